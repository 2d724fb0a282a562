"""Staff screens for citizens' requests: the list (a ModelViewSet, which routes to the request
screen in `answer_screen`) and the dashboard panel. Staff only ever see their departments' requests."""

import django_filters
from django.urls import path, reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from laces.components import Component
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from home.language.csv_export import BomCsvExportMixin, spreadsheet_text
from home.language.dates import format_date
from home.language.jalali_display import JalaliExportMixin
from home.language.text import fold_for_search, local_digits
from home.pages.pagination import CappedPaginator, capped_count_text, count_up_to

from .answer_screen import AnswerView, download_attachment
from .choices import RequestKind
from .models import CitizenRequest
from .models.desk_access import desk_departments
from .models.requests import SEARCH_FIELDS, CitizenRequestQuerySet


class RequestPermissionPolicy(ModelPermissionPolicy):
    """Requests arrive only from citizens: nobody adds, copies or deletes them in the admin."""

    def user_has_permission(self, user, action):
        if action in ("add", "delete", "copy"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def yes_no_filter(label, yes, no):
    """A Yes/No filter narrowing the requests with the queryset methods `yes` and `no`.

    Choices rather than a BooleanFilter: the active filter's chip then reads «دیرکرد: بله», not «True».
    """
    narrowed = {"true": yes, "false": no}

    def narrow(queryset, name, value):
        return narrowed[value](queryset) if value in narrowed else queryset

    return django_filters.ChoiceFilter(label=label, method=narrow, choices=[("true", _("Yes")), ("false", _("No"))])


class RequestFilterSet(WagtailFilterSet):
    # The dashboard's «۲ در انتظار پاسخ» leads here: exactly the requests it counted.
    waiting = yes_no_filter(
        _("Waiting for a response"), CitizenRequestQuerySet.waiting, CitizenRequestQuerySet.not_waiting
    )
    overdue = yes_no_filter(_("Overdue"), CitizenRequestQuerySet.overdue, CitizenRequestQuerySet.not_overdue)
    unreached = yes_no_filter(
        _("Applicant not reached"), CitizenRequestQuerySet.unreached, CitizenRequestQuerySet.reached
    )

    class Meta:
        model = CitizenRequest
        fields = ["kind", "department", "status"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        # Exactly the departments whose requests this user sees (the director: all of them),
        # named in the staff member's language.
        if request is not None:
            self.filters["department"].queryset = desk_departments(request.user)


class LabelledColumn(Column):
    """A column whose cells carry its name (`data-label`): on a phone the list's rows are cards,
    each cell after its column's name (table.desk-list in static/css/admin.css)."""

    cell_template_name = "forms_pages/admin/labelled_cell.html"
    relative_date = False


class ReceivedColumn(LabelledColumn):
    """When the request came, as Wagtail's DateColumn says it ("3 days ago")."""

    relative_date = True


class OverdueColumn(LabelledColumn):
    def get_value(self, instance):
        if instance.is_overdue:
            return format_html(
                '<span class="w-status w-status--label" style="background:#cd4444;color:#fff">{}</span>', _("Overdue")
            )
        return ""


class CodeColumn(LabelledColumn):
    def get_value(self, instance):
        return format_html('<bdi dir="ltr" style="white-space:nowrap">{}</bdi>', local_digits(instance.code_display))


class DueColumn(LabelledColumn):
    """The due date as a date (Wagtail's DateColumn shows "x ago", wrong for future dates)."""

    def get_value(self, instance):
        return format_date(instance.due_at)


# The desk's export: the columns of the list, no more. The list shows no applicant's name,
# contact, national ID, text or files, so neither does a file that leaves the admin.
EXPORT_COLUMNS = {
    "code_display": _("Tracking code"),
    "subject": _("Subject"),
    "get_kind_display": _("Kind"),
    "department_id": _("Department"),
    "get_status_display": _("Status"),
    "is_overdue": _("Overdue"),
    "created_at": _("Received"),
    "due_at": _("Response due"),
}
# What the export reads of each request (`is_overdue` reads the status and the due date).
EXPORT_READS = ("code", "subject", "kind", "department", "status", "created_at", "due_at")


class RequestIndexView(BomCsvExportMixin, JalaliExportMixin, IndexView):
    """The desk's list. At a million requests it neither counts every match (CappedPaginator)
    nor reads every row to search (one `LIKE` on the stored folded column, trigram-indexed).

    Its CSV and XLSX export hold what the list shows this user (the same filters and search,
    only the requests `visible_to` them), in the staff member's language: Persian headings,
    Jalali dates, kind and status labels, department names, yes or no for "overdue"."""

    paginator_class = CappedPaginator
    results_template_name = "home/admin/capped_index_results.html"
    table_classname = "listing desk-list"
    list_export = list(EXPORT_COLUMNS)
    export_headings = EXPORT_COLUMNS
    # A citizen typed the subject: a spreadsheet must not run it as a formula.
    custom_field_preprocess = {"subject": {"csv": spreadsheet_text}}

    def get_preprocess_function(self, field, value, export_format):
        if field == "department_id":
            return self.department_names.get
        return super().get_preprocess_function(field, value, export_format)

    @cached_property
    def department_names(self):
        """The names of the departments this user sees, in their language, read in one query."""
        return {department.pk: department.display_name for department in desk_departments(self.request.user)}

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Row by row, only the exported columns: the director may export a million requests.
        rows = queryset.select_related(None).only(*EXPORT_READS).iterator(chunk_size=2000)
        return super().as_spreadsheet(rows, spreadsheet_format)

    def stream_csv(self, queryset):
        # Streamed after the view has returned: the labels and names in the staff member's language.
        with translation.override(self.export_language):
            yield from super().stream_csv(queryset)

    def get_base_queryset(self):
        return CitizenRequest.objects.visible_to(self.request.user).select_related("department")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        folded = fold_for_search(self.search_query)
        if not folded:
            return queryset
        return queryset.filter(search_folded__contains=folded)

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        return self.paginator_class(
            queryset,
            per_page,
            orphans=orphans,
            allow_empty_first_page=allow_empty_first_page,
            page_number=self.request.GET.get(self.page_kwarg) or 1,
        )


class CitizenRequestViewSet(ModelViewSet):
    model = CitizenRequest
    icon = "mail"
    menu_label = _("Citizens' requests")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "citizen-requests"
    name = "citizen_requests"
    index_view_class = RequestIndexView
    # The export's name (the viewset hands it to the index view): «forms_pages_citizenrequest.csv»
    # before; Persian staff save «درخواست‌های-شهروندان.csv», as a form's responses and a poll's results.
    export_filename = pgettext_lazy("export file name", "citizen-requests")
    filterset_class = RequestFilterSet
    search_fields = list(SEARCH_FIELDS)  # searched as one folded column (RequestIndexView.search_queryset)
    search_backend_name = None
    list_per_page = 30
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = [
        TitleColumn("subject", label=_("Subject"), url_name="citizen_requests:edit"),
        CodeColumn("code", label=_("Tracking code")),
        LabelledColumn("kind", label=_("Kind"), accessor="get_kind_display"),
        LabelledColumn("department", label=_("Department")),
        LabelledColumn("status", label=_("Status"), accessor="get_status_display"),
        OverdueColumn("overdue", label=_("Overdue"), classname="overdue"),
        ReceivedColumn("created_at", label=_("Received"), classname="desk-date"),
        DueColumn("due_at", label=_("Response due"), classname="desk-date"),
    ]

    def get_urlpatterns(self):
        # Only a listing and the answer screen: requests are never added or deleted by hand.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("attachment/<int:pk>/", download_attachment, name="attachment"),
        ]

    @property
    def edit_view(self):
        return AnswerView.as_view()


DASHBOARD_COUNT_CAP = 10_000


class RequestsDashboardPanel(Component):
    """Open and overdue requests of the user's departments, on the admin dashboard."""

    name = "citizen_requests"
    order = 90
    template_name = "forms_pages/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        visible = CitizenRequest.objects.visible_to(self.user)
        # Counted from the open requests' index by department (forms_pages 0013), and never
        # further than DASHBOARD_COUNT_CAP: «بیش از ۱۰٬۰۰۰» is as useful as the exact number.
        open_count = count_up_to(visible.waiting(), DASHBOARD_COUNT_CAP)
        overdue_count = count_up_to(visible.overdue(), DASHBOARD_COUNT_CAP)
        unreached_count = count_up_to(visible.unreached(), DASHBOARD_COUNT_CAP)
        return {
            "open_count": capped_count_text(open_count, DASHBOARD_COUNT_CAP) if open_count else "",
            # Zero overdue is a statement («هیچ درخواستی دیرکرد ندارد»), not a link to an empty list.
            "overdue_count": capped_count_text(overdue_count, DASHBOARD_COUNT_CAP) if overdue_count else "",
            "unreached_count": capped_count_text(unreached_count, DASHBOARD_COUNT_CAP) if unreached_count else "",
            "waiting_url": reverse("citizen_requests:index") + "?waiting=true",
            "overdue_url": reverse("citizen_requests:index") + "?overdue=true",
            "unreached_url": reverse("citizen_requests:index") + "?unreached=true",
            "kinds": RequestKind,
        }
