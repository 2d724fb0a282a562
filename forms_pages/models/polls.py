"""Poll pages: one question, a few options, one vote per person, results without personal data."""

from django.db import IntegrityError, models, transaction
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from home.models import BasePage, IntroPage

from .forms import OpenCloseMixin


class PollPage(OpenCloseMixin, IntroPage):
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
        from ..protection import respondent_key

        context = super().get_context(request, *args, **kwargs)
        key = respondent_key(request)
        voted = PollVote.objects.filter(page=self, voter=key).select_related("option").first() if key else None
        context["is_open"] = self.is_open()
        context["not_yet_open"] = self.not_yet_open()
        context["my_vote"] = voted
        context["show_results"] = voted is not None or (not context["is_open"] and not context["not_yet_open"])
        if context["show_results"]:
            context["results"], context["total_votes"] = self.results()
        context["options"] = self.options.all()
        return context

    def serve(self, request, *args, **kwargs):
        from ..protection import ensure_respondent_cookie, new_token, over_limit, private, respondent_key, too_many

        token = new_token(request)
        error = None
        status = 200
        if request.method == "POST":
            if over_limit(request, "poll"):
                return too_many(request, self)
            key = respondent_key(request, token)
            raw = request.POST.get("option", "")
            # isascii: "²" and other Unicode digits pass isdigit() but not int().
            option = self.options.filter(pk=int(raw)).first() if raw.isascii() and raw.isdigit() else None
            if not self.is_open():
                error, status = _("This poll is not open for voting."), 403
            elif option is None:
                error, status = _("Choose one of the options."), 400
            else:
                try:
                    with transaction.atomic():
                        PollVote.objects.create(page=self, option=option, voter=key)
                except IntegrityError:
                    error, status = _("You have already voted in this poll."), 409
                else:
                    # Straight to the confirmation, above the results.
                    response = redirect(self.url + "#my-vote")
                    return private(ensure_respondent_cookie(request, response, token))
        context = self.get_context(request)
        context["error"] = error
        response = render(request, self.get_template(request), context, status=status)
        return private(ensure_respondent_cookie(request, response, token))


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
