"""Poll pages: one question, a few options, one vote per person, results without personal data."""

from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from home.models import BasePage, IntroPage
from home.pages.route_views import ViewRoutesMixin, view_route

from .forms import OpenCloseMixin


class PollPage(ViewRoutesMixin, OpenCloseMixin, IntroPage):
    """A single-question poll; results are shown after voting and once the poll has closed."""

    question = models.CharField(_("question"), max_length=300)

    content_panels = BasePage.content_panels + [
        FieldPanel("question"),
        FieldPanel("intro"),
        InlinePanel("options", label=_("Options"), min_num=2),
        MultiFieldPanel([FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])], heading=_("Availability")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("question")]

    parent_page_types = ["forms_pages.FormsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("poll")

    def search_text_parts(self):
        return super().search_text_parts() + [self.question]

    def results(self):
        """[(option, votes, percent)] and the total, in one query."""
        options = list(self.options.annotate(votes=Count("poll_votes")).order_by("sort_order", "pk"))
        total = sum(option.votes for option in options)
        rows = [(option, option.votes, round(100 * option.votes / total, 1) if total else 0) for option in options]
        return rows, total

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_open"] = self.is_open()
        context["not_yet_open"] = self.not_yet_open()
        context["options"] = self.options.all()
        return context

    def vote_context(self, key):
        """The respondent's vote (if any) and, once voted or closed, the results."""
        voted = PollVote.objects.filter(page=self, voter=key).select_related("option").first() if key else None
        show_results = voted is not None or (not self.is_open() and not self.not_yet_open())
        context = {"my_vote": voted, "show_results": show_results}
        if show_results:
            context["results"], context["total_votes"] = self.results()
        return context

    view_routes = [view_route("", "vote")]


class PollOption(Orderable):
    page = ParentalKey(PollPage, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(_("option"), max_length=200)

    panels = [FieldPanel("label")]

    def __str__(self):
        return self.label


class PollVote(models.Model):
    """One vote; `voter` is an opaque key (signed-cookie token or user id), never shown."""

    page = models.ForeignKey(PollPage, on_delete=models.CASCADE, related_name="votes")
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="poll_votes")
    voter = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["page", "voter"], name="one_vote_per_person")]
        verbose_name = _("poll vote")
        verbose_name_plural = _("poll votes")

    def __str__(self):
        return f"{self.page_id}:{self.option_id}"

    def pages_showing(self):
        """The addresses that show this vote: its poll's results, nowhere else."""
        url = self.page.url
        return [url] if url else []
