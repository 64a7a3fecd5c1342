from django.utils.translation import gettext_lazy
from wagtail.admin.forms.auth import LoginForm


class CzechLoginForm(LoginForm):
    """Wagtail's login form leaves the password field without a label, so Django
    shows the untranslated field name; Django's own catalogue translates this one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")
