"""Admin: the catalogue's reference lists, the FAQ and the survey answers (filterable, exportable)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from home.language.csv_export import BomCsvExportMixin
from home.language.jalali_display import JalaliExportMixin

from .models import Audience, FAQItem, ServiceCategory, ServiceSurveyResponse


class ServiceCategoryViewSet(SnippetViewSet):
    model = ServiceCategory
    icon = "folder-open-inverse"
    # Translatable: the listing has a locale switcher and each entry wagtail-localize's Translate action.
    list_display = ["name", "parent", "sort_order", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]

    def get_queryset(self, request):
        return ServiceCategory.objects.select_related("locale", "parent")


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "sort_order", "locale"]
    search_fields = ["name"]

    def get_queryset(self, request):
        return Audience.objects.select_related("locale")


class FAQItemViewSet(SnippetViewSet):
    model = FAQItem
    icon = "help"
    list_display = ["question", "category", "locale"]
    list_filter = ["category", "locale"]
    search_fields = ["question"]

    def get_queryset(self, request):
        return FAQItem.objects.select_related("locale", "category")


class SurveyIndexView(BomCsvExportMixin, JalaliExportMixin, IndexView):
    """The survey answers list; its CSV starts with a byte-order mark so Excel reads Persian,
    says yes or no in the staff member's language, and gives Persian staff Jalali dates."""


class SurveyResponseViewSet(SnippetViewSet):
    model = ServiceSurveyResponse
    icon = "pick"
    index_view_class = SurveyIndexView
    # A yes/no icon (templates/wagtailadmin/tables/boolean_cell.html), not Python's "True"/"False".
    list_display = [
        "service",
        "score",
        BooleanColumn(
            "visited_in_person", label=ServiceSurveyResponse._meta.get_field("visited_in_person").verbose_name
        ),
        "comment",
        "created_at",
    ]
    list_filter = {"service": ["exact"], "created_at": ["gte", "lte"], "score": ["exact"]}
    list_export = [
        "service.service_code",
        "service.title",
        "score",
        "visited_in_person",
        "comment",
        "language",
        "created_at",
    ]
    export_headings = {
        "service.service_code": _("service code"),
        "service.title": _("service"),
    }
    export_filename = pgettext_lazy("export file name", "service-survey-responses")
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return ServiceSurveyResponse.objects.select_related("service")


class ServicesDeskGroup(SnippetViewSetGroup):
    menu_label = _("Services desk")
    menu_icon = "list-ul"
    menu_order = 200
    items = (ServiceCategoryViewSet, AudienceViewSet, FAQItemViewSet, SurveyResponseViewSet)


register_snippet(ServicesDeskGroup)
