"""A tender or auction notice: the page, its dates and status, and the queries that list it."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Prefetch, Q, Value, When, prefetch_related_objects
from django.utils import timezone
from django.utils.encoding import uri_to_iri
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import PageManager

from home.language.money import MoneyField
from home.language.text import local_digits, to_ascii_digits
from home.models import BasePage
from home.models.fields import optional_foreign_key
from home.models.querysets import PortalPageQuerySet
from home.pages.route_views import ViewRoutesMixin, view_route

from ..admin_forms import TenderPageForm
from ..choices import GuaranteeForm, Kind, Method, Outcome, Stages, Status
from ..date_order import DATE_FIELDS, order_errors
from ..status import effective_deadlines, notice_status
from .attachments import TenderAmendment, TenderDocument

# Route names of the index and notice pages; a notice may not use them as its slug.
RESERVED_SLUGS = {"archive", "ocds"}
REFERENCE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-]*$")


def normalise_reference(value):
    """A reference number as stored: ASCII digits, no surrounding spaces, upper case."""
    return to_ascii_digits(value or "").strip().upper()


class TenderPageQuerySet(PortalPageQuerySet):
    def for_listing(self):
        """With what a notice's card shows: its department and the amendments its dates follow."""
        return self.select_related("department", "locale").prefetch_related(
            Prefetch("amendments", queryset=TenderAmendment.objects.order_by("issued_at", "sort_order"))
        )

    def with_documents(self):
        """With the notices' documents too (open data lists them; the cards do not)."""
        return self.prefetch_related(
            Prefetch(
                "notice_documents", queryset=TenderDocument.objects.select_related("document").order_by("sort_order")
            )
        )

    @staticmethod
    def status_q(status, now):
        """The database filter matching `status.notice_status()` for one status at `now`."""
        running = Q(outcome=Outcome.PENDING)
        started = Q(documents_from__isnull=True) | Q(documents_from__lte=now)
        past_deadline = Q(effective_submission_deadline__lte=now)
        return {
            Status.CANCELLED: Q(outcome=Outcome.CANCELLED),
            Status.AWARDED: Q(outcome=Outcome.AWARDED),
            Status.UNSUCCESSFUL: Q(outcome=Outcome.UNSUCCESSFUL),
            Status.UPCOMING: running & Q(documents_from__gt=now),
            Status.OPEN: running & started & Q(effective_submission_deadline__gt=now),
            Status.CLOSED: running
            & past_deadline
            & (Q(effective_opening_at__isnull=True) | Q(effective_opening_at__gt=now)),
            Status.OPENED: running & past_deadline & Q(effective_opening_at__lte=now),
        }[status]

    def with_status(self, statuses, now):
        """Notices whose status at `now` is one of `statuses`."""
        q = Q(pk__in=[])
        for status in statuses:
            q |= self.status_q(status, now)
        return self.filter(q)

    def open(self, now):
        return self.with_status([Status.OPEN], now)

    def in_reading_order(self, now):
        """Open notices first, nearest deadline first; then upcoming ones, soonest first;
        then the rest, latest deadline first."""
        rank = Case(
            When(self.status_q(Status.OPEN, now), then=Value(0)),
            When(self.status_q(Status.UPCOMING, now), then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        ascending = Case(
            When(self.status_q(Status.OPEN, now), then=F("effective_submission_deadline")),
            When(self.status_q(Status.UPCOMING, now), then=F("documents_from")),
            default=None,
        )
        return self.annotate(reading_rank=rank, reading_key=ascending).order_by(
            "reading_rank",
            F("reading_key").asc(nulls_last=True),
            F("effective_submission_deadline").desc(),
            "-pk",
        )


TenderPageManager = PageManager.from_queryset(TenderPageQuerySet)


class TenderPage(ViewRoutesMixin, BasePage):
    """One tender (مناقصه) or auction (مزایده) notice with its documents and amendments."""

    search_kind_label = pgettext_lazy("search kind", "Tenders and auctions")
    search_kind_order = 50

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.TENDER)
    # Not `method`: a form field of that name hides the form's own `method`, and Wagtail's
    # autosave then failed on every notice ("a network error occurred", no request sent).
    procurement_method = models.CharField(_("method"), max_length=10, choices=Method.choices, default=Method.PUBLIC)
    stages = models.CharField(_("stages"), max_length=5, choices=Stages.choices, default=Stages.ONE)
    reference_number = models.CharField(
        _("reference number"),
        max_length=40,
        help_text=_("Unique in this language, e.g. T-1405-012. Latin letters, digits, hyphens and slashes."),
    )
    subject = models.CharField(
        _("subject"), max_length=300, help_text=_("What is bought, sold or contracted, in one line.")
    )
    description = RichTextField(_("description"), blank=True)
    department = optional_foreign_key("home.Department", _("organising department"), related_name="tender_notices")
    estimated_value = MoneyField(
        _("estimated value (rials)"),
        null=True,
        blank=True,
        help_text=_("For an auction, the base price. Leave blank to not publish it."),
    )
    guarantee_amount = MoneyField(_("bid guarantee (rials)"), null=True, blank=True)
    guarantee_form = models.CharField(
        _("form of the bid guarantee"), max_length=20, choices=GuaranteeForm.choices, blank=True
    )
    documents_from = models.DateTimeField(
        _("documents available from"),
        null=True,
        blank=True,
        help_text=_("The notice is 'upcoming' until then. Blank: open as soon as it is published."),
    )
    documents_until = models.DateTimeField(_("documents available until"), null=True, blank=True)
    enquiry_deadline = models.DateTimeField(_("deadline for questions"), null=True, blank=True)
    submission_deadline = models.DateTimeField(_("submission deadline"))
    opening_at = models.DateTimeField(_("opening of bids"), null=True, blank=True)
    opening_place = models.CharField(_("place of the opening"), max_length=300, blank=True)
    eligibility = RichTextField(_("eligibility conditions"), blank=True)
    contact = models.TextField(_("contact"), blank=True, help_text=_("Who answers bidders' questions, and how."))
    outcome = models.CharField(_("outcome"), max_length=15, choices=Outcome.choices, blank=True, default="")
    winner = models.CharField(_("winner"), max_length=200, blank=True)
    awarded_amount = MoneyField(_("awarded amount (rials)"), null=True, blank=True)
    cancellation_reason = models.TextField(_("reason for cancellation"), blank=True)

    # Denormalised from the amendments in save(), so listings can filter by status in SQL.
    effective_submission_deadline = models.DateTimeField(editable=False, null=True, db_index=True)
    effective_opening_at = models.DateTimeField(editable=False, null=True)
    last_amended_at = models.DateTimeField(editable=False, null=True)

    objects = TenderPageManager()
    base_form_class = TenderPageForm

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("procurement_method"), FieldPanel("stages")]),
                FieldPanel("reference_number"),
                FieldPanel("subject"),
                FieldPanel("department"),
                FieldPanel("description"),
            ],
            heading=_("The notice"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("documents_from"), FieldPanel("documents_until")]),
                FieldPanel("enquiry_deadline"),
                FieldPanel("submission_deadline"),
                FieldRowPanel([FieldPanel("opening_at"), FieldPanel("opening_place")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("estimated_value"),
                FieldRowPanel([FieldPanel("guarantee_amount"), FieldPanel("guarantee_form")]),
                FieldPanel("eligibility"),
                FieldPanel("contact"),
            ],
            heading=_("Conditions"),
        ),
        InlinePanel("notice_documents", label=_("Documents")),
        InlinePanel("amendments", label=_("Amendments (addenda)")),
        MultiFieldPanel(
            [
                FieldPanel("outcome"),
                FieldRowPanel([FieldPanel("winner"), FieldPanel("awarded_amount")]),
                FieldPanel("cancellation_reason"),
            ],
            heading=_("Outcome"),
        ),
    ]

    parent_page_types = ["tenders.TenderIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tender or auction notice")
        verbose_name_plural = _("tender and auction notices")

    # -- dates and status -------------------------------------------------------------

    def deadlines(self):
        """The dates in force, amendments applied (uses prefetched amendments when present)."""
        return effective_deadlines(self, self.amendments.all())

    def status_at(self, now=None):
        return notice_status(self.outcome, self.deadlines(), now or timezone.now())

    def time_left(self, now=None):
        """A countdown such as «3 days and 4 hours left» for an open notice, else ''."""
        now = now or timezone.now()
        deadline = self.deadlines().submission_deadline
        if self.status_at(now) != Status.OPEN or deadline is None:
            return ""
        seconds = int((deadline - now).total_seconds())
        days, rest = divmod(seconds, 86400)
        hours = rest // 3600
        if days and hours:
            return _("%(days)s and %(hours)s left") % {"days": _days(days), "hours": _hours(hours)}
        if days:
            return _("%(days)s left") % {"days": _days(days)}
        if hours:
            return _("%(hours)s left") % {"hours": _hours(hours)}
        return _("less than an hour left")

    def ordered_amendments(self):
        return sorted(self.amendments.all(), key=lambda a: (a.issued_at, a.sort_order or 0))

    # -- validation and saving --------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        self.reference_number = normalise_reference(self.reference_number)
        if self.reference_number and not REFERENCE_PATTERN.match(self.reference_number):
            errors["reference_number"] = _("Use only Latin letters, digits, hyphens and slashes.")
        elif self.reference_number:
            clash = (
                TenderPage.objects.filter(reference_number=self.reference_number, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .exclude(translation_key=self.translation_key)
            )
            if clash.exists():
                errors["reference_number"] = _("Another notice already has this reference number.")
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is reserved; choose another slug.")
        errors.update(order_errors({name: getattr(self, name) for name in DATE_FIELDS}))
        if self.outcome == Outcome.AWARDED and not self.winner:
            errors["winner"] = _("Name the winner of an awarded notice.")
        if self.outcome == Outcome.CANCELLED and not self.cancellation_reason.strip():
            errors["cancellation_reason"] = _("Give the reason for the cancellation.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Runs with the amendments being saved (modelcluster keeps them in memory until the
        # page row is written). A draft save passes update_fields without these fields, so
        # the published values stay in place until the next publish.
        self.reference_number = normalise_reference(self.reference_number)
        amendments = list(self.amendments.all())
        deadlines = effective_deadlines(self, amendments)
        self.effective_submission_deadline = deadlines.submission_deadline
        self.effective_opening_at = deadlines.opening_at
        dates = [a.issued_at for a in amendments if a.issued_at]
        self.last_amended_at = max(dates) if dates else None
        return super().save(*args, **kwargs)

    def search_text_parts(self):
        return super().search_text_parts() + [
            self.reference_number,
            # The parts too, so "1405-004" or "A 1405 004" find "A-1405-004".
            re.sub(r"[-/]", " ", self.reference_number),
            self.subject,
            strip_tags(self.description),
            strip_tags(self.eligibility),
            self.department.name if self.department_id else "",
        ]

    # -- routes -----------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        # The dates in force, the status and the countdown all read the amendments: once.
        prefetch_related_objects([self], "amendments")
        context["now"] = now
        context["status"] = self.status_at(now)
        context["deadlines"] = self.deadlines()
        context["time_left"] = self.time_left(now)
        context["amendment_list"] = self.ordered_amendments()
        # The notice's facts, dates and documents are a fragment kept until content changes
        # (tenders/tender_page.html): its documents are read only when it is rendered again.
        documents = self.notice_documents.select_related("document").order_by("sort_order")
        context["document_list"] = SimpleLazyObject(
            lambda: [(item, request.build_absolute_uri(item.document.url)) for item in documents]
        )
        # Readable, as the page's print header prints its own: «…/مناقصه-نظافت-۱۴۰۵/», not «%D9%85…».
        context["page_url"] = uri_to_iri(request.build_absolute_uri(self.url))
        return context

    view_routes = [view_route("ocds/", "ocds")]


# The countdown is read outside templates too (the feeds): its digits are the language's here.
def _days(n):
    return ngettext("%(n)s day", "%(n)s days", n) % {"n": local_digits(n)}


def _hours(n):
    return ngettext("%(n)s hour", "%(n)s hours", n) % {"n": local_digits(n)}
