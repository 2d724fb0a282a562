"""Poll pages: one question, a few options, one vote per browser (or signed-in user), results without personal data.

A poll is one poll in every language: its copies share the page's translation_key, their options
match by position (sort_order, kept by translation), and the results and the one-vote rule
count the votes of all its copies.
"""

from django.db import IntegrityError, models, transaction
from django.db.models import F, Func, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
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

    def copies(self):
        """This poll's pages in every language (this one among them)."""
        return Page.objects.filter(translation_key=self.translation_key)

    def votes_of_every_copy(self):
        return PollVote.objects.filter(page__translation_key=self.translation_key)

    def results(self):
        """[(option, votes, percent)] and the total over every language copy, in one query.

        A vote counts for this copy's option in the same position as the option voted for; an
        option without a position (never saved through the editor) counts its own votes."""
        same_option = Q(option=OuterRef("pk")) | Q(
            page__translation_key=self.translation_key, option__sort_order=OuterRef("sort_order")
        )
        counted = (
            PollVote.objects.filter(same_option).order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
        )
        options = list(self.options.annotate(votes=Coalesce(Subquery(counted), 0)).order_by("sort_order", "pk"))
        total = sum(option.votes for option in options)
        rows = [(option, option.votes, round(100 * option.votes / total, 1) if total else 0) for option in options]
        return rows, total

    def vote_of(self, key):
        """`key`'s vote in any language copy of this poll, or None."""
        if not key:
            return None
        return self.votes_of_every_copy().filter(voter=key).select_related("option").first()

    def record_vote(self, option, key):
        """Count `key`'s vote for `option`; False if they have voted already, in any language.

        The poll's copies are locked while the vote is checked and written, so two votes sent at
        once from the Persian and the English page cannot both count."""
        with transaction.atomic():
            list(PollPage.objects.select_for_update(of=("self",)).filter(translation_key=self.translation_key))
            if self.votes_of_every_copy().filter(voter=key).exists():
                return False
            try:
                with transaction.atomic():
                    PollVote.objects.create(page=self, option=option, voter=key)
            except IntegrityError:
                return False
        return True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_open"] = self.is_open()
        context["not_yet_open"] = self.not_yet_open()
        context["options"] = self.options.all()
        return context

    def vote_context(self, key):
        """The respondent's vote (if any, in this page's language) and, once voted or closed,
        the results."""
        voted = self.vote_of(key)
        show_results = voted is not None or (not self.is_open() and not self.not_yet_open())
        context = {"my_choice": None, "show_results": show_results}
        if show_results:
            context["results"], context["total_votes"] = self.results()
        if voted is not None:
            context["my_choice"] = next(
                (option for option, _votes, _percent in context["results"] if voted.option.matches(option)),
                voted.option,
            )
        return context

    view_routes = [view_route("", "vote")]


class PollOption(Orderable):
    page = ParentalKey(PollPage, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(_("option"), max_length=200)

    panels = [FieldPanel("label")]

    def __str__(self):
        return self.label

    def matches(self, other):
        """True for the same option, or the one in its position in another language copy."""
        return self.pk == other.pk or (self.sort_order is not None and self.sort_order == other.sort_order)


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
        """The addresses that show this vote: its poll's results in every language, nowhere else."""
        return [url for url in (page.url for page in self.page.copies()) if url]
