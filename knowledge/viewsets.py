"""Admin of the knowledge taxonomy: snippet viewsets whose buttons, titles and
messages name the model in the Czech case they need (monitoring.admin_names)."""

from django.utils.functional import cached_property
from wagtail.snippets.views import snippets
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.models import Country, Topic
from monitoring.admin_names import CzechName, Gender


class CzechNamedIndexView(snippets.IndexView):
    czech_name: CzechName | None = None

    @cached_property
    def add_item_label(self):
        return self.czech_name.add_label()


class CzechNamedCreateView(snippets.CreateView):
    czech_name: CzechName | None = None

    def get_success_message(self, instance):
        return self.czech_name.created(instance)

    def get_error_message(self):
        if self.expects_json_response:
            return super().get_error_message()
        return self.czech_name.not_saved()


class CzechNamedEditView(snippets.EditView):
    czech_name: CzechName | None = None

    def get_success_message(self, instance):
        return self.czech_name.updated(instance)

    def get_error_message(self):
        if self.expects_json_response:
            return super().get_error_message()
        return self.czech_name.not_saved()


class CzechNamedDeleteView(snippets.DeleteView):
    czech_name: CzechName | None = None

    @property
    def confirmation_message(self):
        return self.czech_name.delete_question(self.object)

    def get_success_message(self):
        return self.czech_name.deleted(self.object)


class CzechNamedSnippetViewSet(SnippetViewSet):
    czech_name: CzechName
    index_view_class = CzechNamedIndexView
    add_view_class = CzechNamedCreateView
    edit_view_class = CzechNamedEditView
    delete_view_class = CzechNamedDeleteView

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(czech_name=self.czech_name, **kwargs)

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(czech_name=self.czech_name, **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(czech_name=self.czech_name, **kwargs)

    def get_delete_view_kwargs(self, **kwargs):
        return super().get_delete_view_kwargs(czech_name=self.czech_name, **kwargs)


class TopicViewSet(CzechNamedSnippetViewSet):
    model = Topic
    icon = "tag"
    czech_name = CzechName("téma", "téma", "tématu", Gender.NEUTER)


class CountryViewSet(CzechNamedSnippetViewSet):
    model = Country
    icon = "globe"
    czech_name = CzechName("země", "zemi", "země", Gender.FEMININE)
