"""The notice board: notices shown between their start and expiry, then kept in an archive.

Whether a notice is on the board is decided at query time against the current time, so an
expired notice leaves the board by itself; no scheduled job is needed.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Min, Q, Value, When
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from home.blocks import BodyBlock
from home.choices import Domain
from home.models import BasePage, IndexPageMixin, IntroPage
from home.models.querysets import PortalPageQuerySet
from home.pages.documents import TitledDocumentMixin
from home.pages.route_views import ViewRoutesMixin, view_route

from ..choices import IMPORTANCE_RANK, Importance


class NoticeQuerySet(PortalPageQuerySet):
    """Notices by their state at a moment (now unless given)."""

    def current(self, now=None):
        now = now or timezone.now()
        return self.filter(starts_at__lte=now, expires_at__gt=now)

    def upcoming(self, now=None):
        return self.filter(starts_at__gt=now or timezone.now())

    def expired(self, now=None):
        return self.filter(expires_at__lte=now or timezone.now())

    def started(self, now=None):
        return self.filter(starts_at__lte=now or timezone.now())

    def next_change(self, now=None):
        """The next moment one of these notices starts or expires (None: none will)."""
        now = now or timezone.now()
        found = self.order_by().aggregate(
            start=Min("starts_at", filter=Q(starts_at__gt=now)), end=Min("expires_at", filter=Q(expires_at__gt=now))
        )
        return min((moment for moment in found.values() if moment is not None), default=None)

    def board_order(self):
        """Pinned first, then by importance, then the newest."""
        rank = Case(
            *(When(importance=value, then=Value(order)) for value, order in IMPORTANCE_RANK.items()),
            default=Value(9),
            output_field=IntegerField(),
        )
        return self.annotate(importance_rank=rank).order_by("-pinned", "importance_rank", "-starts_at", "-pk")


NoticeManager = PageManager.from_queryset(NoticeQuerySet)


class NoticeIndexPage(ViewRoutesMixin, IndexPageMixin, IntroPage):
    """The notice board (current notices) and its archive of expired notices."""

    subpage_types = ["newsroom.NoticePage"]

    class Meta:
        verbose_name = _("notice board")

    def notices(self):
        return NoticePage.objects.child_of(self).live().public().prefetch_related("attachments__document")

    view_routes = [
        view_route("", "board"),
        view_route("archive/", "archive"),
    ]


class NoticePage(BasePage):
    """A notice with a start and an expiry, an importance level, a pin and attachments."""

    search_kind_label = pgettext_lazy("search kind", "Notices")
    search_kind_order = 40

    starts_at = models.DateTimeField(_("shown from"), default=timezone.now, db_index=True)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)
    importance = models.CharField(_("importance"), max_length=10, choices=Importance.choices, default=Importance.NORMAL)
    pinned = models.BooleanField(
        _("pinned"), default=False, help_text=_("Pinned notices stay at the top of the board.")
    )
    domain = models.CharField(_("domain section"), max_length=40, choices=Domain.choices, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    objects = NoticeManager()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("expires_at")]),
                FieldRowPanel([FieldPanel("importance"), FieldPanel("pinned")]),
                FieldPanel("domain"),
            ],
            heading=_("Display"),
        ),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Attachments")),
    ]
    search_fields = BasePage.search_fields + [
        index.FilterField("starts_at"),
        index.FilterField("expires_at"),
    ]

    parent_page_types = ["newsroom.NoticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def clean(self):
        super().clean()
        if self.starts_at and self.expires_at and self.expires_at <= self.starts_at:
            raise ValidationError({"expires_at": _("A notice must expire after it starts.")})

    def search_text_parts(self):
        return super().search_text_parts() + [self.stream_text(self.body)]

    def state(self, now=None):
        """'upcoming', 'current' or 'expired' at `now`."""
        now = now or timezone.now()
        if self.starts_at > now:
            return "upcoming"
        if self.expires_at <= now:
            return "expired"
        return "current"

    @property
    def is_expired(self):
        return self.state() == "expired"

    @classmethod
    def not_yet_visible(cls):
        """The ids of live notices that readers cannot open yet (site search leaves them out)."""
        return cls.objects.upcoming().values("pk")

    def serve(self, request, *args, **kwargs):
        # A notice is public from its start; before that only previews (editors) show it.
        if self.state() == "upcoming" and not getattr(request, "is_preview", False):
            raise Http404(gettext("This notice is not published yet."))
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        # Not public before its start; expired notices stay listed (they remain readable).
        if self.state() == "upcoming":
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachment_list"] = list(self.attachments.select_related("document"))
        context["notice_index"] = self.get_parent().specific
        return context


class NoticeAttachment(TitledDocumentMixin, Orderable):
    """A file attached to a notice (a circular, a form, a list of names)."""

    page = ParentalKey(NoticePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]
