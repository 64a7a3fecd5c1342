"""wagtail-modeladmin views for monitoring data: every change made through them
bumps the data version (blocks, CSVs and cached pages show it at once), and an
object's history is shown only to those who may inspect it."""

from django.core.exceptions import PermissionDenied
from wagtail_modeladmin.views import CreateView, DeleteView, EditView, HistoryView

from monitoring.versioning import bump_data_version


class BumpsDataVersionOnSave:
    """For the create and edit views: after the form saves, the data version moves."""

    def form_valid(self, form):
        response = super().form_valid(form)
        bump_data_version()
        return response


class DataChangingCreateView(BumpsDataVersionOnSave, CreateView):
    pass


class DataChangingEditView(BumpsDataVersionOnSave, EditView):
    pass


class DataChangingDeleteView(DeleteView):
    def delete_instance(self):
        super().delete_instance()
        bump_data_version()


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
