"""wagtail-modeladmin views for monitoring data: every change made through them
bumps the data version (blocks, CSVs and cached pages show it at once), an
object's history is shown only to those who may inspect it, and titles and
messages name the model in the Czech case they need (monitoring.admin_names)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.shortcuts import redirect
from wagtail.log_actions import log
from wagtail_modeladmin.helpers import ButtonHelper
from wagtail_modeladmin.views import CreateView, DeleteView, EditView, HistoryView

from monitoring.registers import refresh_register_indicators
from monitoring.versioning import bump_data_version, record_changed


class CzechButtonHelper(ButtonHelper):
    """ "Přidat datovou sadu" rather than "Přidat Datová sada"."""

    def add_button(self, *args, **kwargs):
        button = super().add_button(*args, **kwargs)
        label = self.view.model_admin.czech_name.add_label()
        button.update(label=label, title=label)
        return button


class CzechNamedFormView:
    """Messages of the create and edit views; the model admin gives the forms."""

    def get_error_message(self):
        return self.model_admin.czech_name.not_saved()


class BumpsDataVersionOnSave:
    """For the create and edit views: after the form saves, the data version moves."""

    def form_valid(self, form):
        response = super().form_valid(form)
        bump_data_version()
        record_changed.send(sender=type(form.instance), instance=form.instance)
        return response


class DataChangingCreateView(BumpsDataVersionOnSave, CzechNamedFormView, CreateView):
    def get_page_title(self):
        return self.model_admin.czech_name.add_label()

    def get_page_subtitle(self):
        return ""

    def get_meta_title(self):
        return self.get_page_title()

    def get_success_message(self, instance):
        return self.model_admin.czech_name.created(instance)


class DataChangingEditView(BumpsDataVersionOnSave, CzechNamedFormView, EditView):
    def get_page_title(self):
        return self.model_admin.czech_name.edit_title()

    def get_meta_title(self):
        return self.get_page_title()

    def get_success_message(self, instance):
        return self.model_admin.czech_name.updated(instance)


class DataChangingDeleteView(DeleteView):
    def get_meta_title(self):
        return self.model_admin.czech_name.delete_title()

    def confirmation_message(self):
        return self.model_admin.czech_name.delete_question(self.instance)

    def delete_instance(self):
        record_changed.send(sender=type(self.instance), instance=self.instance)
        super().delete_instance()
        bump_data_version()

    def post(self, request, *args, **kwargs):
        """The library's post with a Czech message; a protected object is left to
        it, which lists what still refers to it."""
        message = self.model_admin.czech_name.deleted(self.instance)
        try:
            with transaction.atomic():
                log(instance=self.instance, action="wagtail.delete")
                self.delete_instance()
        except models.ProtectedError:
            return super().post(request, *args, **kwargs)
        messages.success(request, message)
        return redirect(self.index_url)


class PermittedHistoryView(HistoryView):
    def dispatch(self, request, *args, **kwargs):
        helper = self.permission_helper
        user = request.user
        if not (
            helper.user_can_edit_obj(user, self.instance)
            or helper.user_can_inspect_obj(user, self.instance)
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _register_region(instance):
    """The region whose register the object belongs to (guarantees: their fund's)."""
    return instance.fund.region if hasattr(instance, "fund") else instance.region


class RegisterCreateView(DataChangingCreateView):
    """Creating a register record recomputes its region's indicator values."""

    def form_valid(self, form):
        response = super().form_valid(form)
        refresh_register_indicators(_register_region(form.instance), self.request.user)
        return response


class RegisterEditView(DataChangingEditView):
    """Editing recomputes the record's region, and its former one if it moved."""

    def form_valid(self, form):
        stored = type(self.instance)._default_manager.get(pk=self.instance.pk)
        before = _register_region(stored)
        response = super().form_valid(form)
        after = _register_region(form.instance)
        for region in {before.pk: before, after.pk: after}.values():
            refresh_register_indicators(region, self.request.user)
        return response


class RegisterDeleteView(DataChangingDeleteView):
    def delete_instance(self):
        region = _register_region(self.instance)
        super().delete_instance()
        refresh_register_indicators(region, self.request.user)
