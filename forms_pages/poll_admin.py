"""A poll's results for its editors: the admin page, its CSV and the buttons that lead there.

Editors saw the counts only by voting on the public page or once the poll had closed. Whoever
may edit a poll sees here each option's votes and percentage over all its language copies,
its dates and whether it is open; anyone else is refused (403).
"""

import csv
import io

from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.utils import get_breadcrumbs_items_for_page
from wagtail.admin.widgets.button import Button, HeaderButton

from home.language.csv_export import with_bom
from home.language.file_names import content_disposition
from home.language.text import format_number

from .models import PollPage

RESULTS_URL_NAME = "forms_pages_poll_results"
RESULTS_CSV_URL_NAME = "forms_pages_poll_results_csv"


def is_poll(page):
    return issubclass(page.specific_class or type(page), PollPage)


def editable_poll(request, page_id):
    """The poll `page_id` if the user may edit it, else None (404 if there is no such poll)."""
    page = get_object_or_404(PollPage, pk=page_id)
    return page if page.permissions_for_user(request.user).can_edit() else None


class PollRefusedView(WagtailAdminTemplateMixin, TemplateView):
    """A 403 in the admin's frame saying who may see the results (Wagtail's own refusal is a
    redirect to the dashboard, which leaves the editor guessing what happened)."""

    template_name = "forms_pages/admin/poll_refused.html"
    page_title = gettext_lazy("Poll results")
    header_icon = "list-ol"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(), status=403)


refused = PollRefusedView.as_view()


def poll_status(page):
    if page.not_yet_open():
        return _("Not open yet")
    return _("Open") if page.is_open() else _("Closed")


def votes_by_copy(page):
    """«فارسی: ۷۲ رأی» for each language copy of the poll, this page's language first."""
    counts = dict(page.votes_of_every_copy().order_by().values_list("page_id").annotate(n=Count("pk")))
    copies = sorted(page.copies().select_related("locale"), key=lambda copy: copy.pk != page.pk)
    return [
        ngettext("%(language)s: %(votes)s vote", "%(language)s: %(votes)s votes", votes)
        % {"language": copy.locale.get_display_name(), "votes": format_number(votes)}
        for copy, votes in ((copy, counts.get(copy.pk, 0)) for copy in copies)
    ]


class PollResultsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "forms_pages/admin/poll_results.html"
    page_title = gettext_lazy("Poll results")
    header_icon = "list-ol"

    def dispatch(self, request, page_id):
        self.page = editable_poll(request, page_id)
        if self.page is None:
            return refused(request)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        here = {"url": "", "label": self.get_page_title()}
        return get_breadcrumbs_items_for_page(self.page, self.request.user) + [here]

    def get_header_buttons(self):
        url = reverse(RESULTS_CSV_URL_NAME, args=[self.page.pk])
        return [HeaderButton(_("Download CSV"), url, icon_name="download")]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows, total = self.page.results()
        context.update(
            page=self.page,
            rows=rows,
            total_votes=total,
            status=poll_status(self.page),
            is_open=self.page.is_open(),
            by_copy=votes_by_copy(self.page),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
        )
        return context


def poll_results_csv(request, page_id):
    """The results as a CSV file Excel opens as UTF-8: option, votes, percent, then the total."""
    page = editable_poll(request, page_id)
    if page is None:
        return refused(request)
    rows, total = page.results()
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("Option"), _("Votes"), _("Percent")])
    writer.writerows([option.label, votes, percent] for option, votes, percent in rows)
    writer.writerow([_("Total"), total, 100 if total else 0])
    response = HttpResponse(with_bom(out.getvalue()), content_type="text/csv; charset=utf-8")
    # Persian staff saved «poll-207-results.csv»; they now save «نتیجه-نظرسنجی-<slug>.csv».
    name = f"{pgettext('export file name', 'poll-results')}-{page.slug}.csv"
    response["Content-Disposition"] = content_disposition(name)
    return response


def poll_results_buttons(page, user, next_url=None, view_name=None):
    """The «نتیجهٔ نظرسنجی» button of a poll its user may edit, in its listing menu and its header."""
    if is_poll(page) and page.permissions_for_user(user).can_edit():
        url = reverse(RESULTS_URL_NAME, args=[page.pk])
        yield Button(_("Poll results"), url, icon_name="list-ol", priority=45)
