"""The admin's "add page" view without the race between autosave and the editor.

Wagtail 8 autosaves a new page half a second after the first keystroke by posting
the whole form to the same "add" address. An editor who then clicks "Odeslat ke
schválení" or "Publikovat" before the autosave has answered sends a second post to
that address: both pass the form's slug check, the slower one fails in
``add_child`` and the editor gets a server error (or, when the autosave wins, a
"slug already in use" error caused by their own draft). A page therefore autosaves
only once it exists (the edit view keeps autosave), and a slug taken between the
form's check and the save is reported on the form instead of as a server error.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet


class PageCreateView(CreateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        return {**context, "autosave_enabled": False, "autosave_indicator": None}

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ValidationError as error:
            if "slug" not in getattr(error, "error_dict", {}):
                raise
            message = gettext(
                "Adresu „%(slug)s“ mezitím dostala jiná stránka na stejném místě. "
                "Zvolte jinou adresu a uložte znovu."
            )
            form.add_error("slug", message % {"slug": form.cleaned_data["slug"]})
            return self.form_invalid(form)


class BydleniPageViewSet(PageViewSet):
    """Replaces Wagtail's viewset for every page type (registered for ``Page``)."""

    add_view_class = PageCreateView
