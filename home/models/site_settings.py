"""Editor-managed site furniture: contact details, social links and the outage banner."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from home.caching.page_cache import until_content_changes
from home.language.i18n import is_english, localised
from home.panels import WrittenIn

from ..choices import BannerLevel


class CachedSiteSetting(BaseSiteSetting):
    """A site setting that every page shows, read from the shared cache instead of the database.

    The key holds the page cache's generation, which any saved setting bumps, so a change is
    seen at once. Only `for_request` (templates) reads the cache; the admin edits through
    `for_site`, straight from the database.
    """

    class Meta:
        abstract = True

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        instance = until_content_changes(
            f"sitesetting:{cls._meta.label_lower}:{site.pk}", lambda: cls.for_site(site), timeout=24 * 3600
        )
        instance._request = request
        setattr(request, attr_name, instance)
        return instance


@register_setting(icon="mail")
class ContactSettings(CachedSiteSetting):
    """How to reach the directorate, shown in the footer and on the contact page."""

    organisation_name = models.CharField(
        _("organisation name (Persian)"),
        max_length=200,
        default="اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
    )
    organisation_name_en = models.CharField(
        _("organisation name (English)"),
        max_length=200,
        default="General Directorate of Cooperatives, Labour and Social Welfare of Tehran Province",
    )
    address = models.TextField(_("address (Persian)"), blank=True)
    address_en = models.TextField(_("address (English)"), blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    office_hours = models.CharField(_("office hours (Persian)"), max_length=200, blank=True)
    office_hours_en = models.CharField(_("office hours (English)"), max_length=200, blank=True)
    bale_url = models.URLField(_("Bale channel"), blank=True)
    eitaa_url = models.URLField(_("Eitaa channel"), blank=True)
    aparat_url = models.URLField(_("Aparat channel"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                WrittenIn("organisation_name", "fa"),
                WrittenIn("organisation_name_en", "en"),
                WrittenIn("address", "fa"),
                WrittenIn("address_en", "en"),
                FieldPanel("postal_code"),
                FieldPanel("phone"),
                FieldPanel("email"),
                WrittenIn("office_hours", "fa"),
                WrittenIn("office_hours_en", "en"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("bale_url"),
                FieldPanel("eitaa_url"),
                FieldPanel("aparat_url"),
                FieldPanel("instagram_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("contact details")

    @property
    def display_name(self):
        return localised(self, "organisation_name")

    def name_in(self, language):
        """The organisation's name in `language` (open data and structured data name it so)."""
        return localised(self, "organisation_name", language=language)

    @property
    def display_address(self):
        return localised(self, "address")

    @property
    def display_office_hours(self):
        return localised(self, "office_hours")

    @property
    def social_links(self):
        """The social channels that are filled in, as (label, url) pairs."""
        pairs = [
            (_("Bale"), self.bale_url),
            (_("Eitaa"), self.eitaa_url),
            (_("Aparat"), self.aparat_url),
            (_("Instagram"), self.instagram_url),
        ]
        return [(label, url) for label, url in pairs if url]


def _message_missing_in_one_language(setting, *, english, persian):
    """The form error for a setting whose `message` is written in one language only, on the
    missing one (`english` or `persian` the text saying so); nothing when both or neither are."""
    if bool(setting.message) == bool(setting.message_en):
        return {}
    return {"message_en": english} if setting.message else {"message": persian}


@register_setting(icon="warning")
class SiteBanner(CachedSiteSetting):
    """A notice shown on every public page between its start and end (outages, changes)."""

    message = models.TextField(_("message (Persian)"), blank=True)
    message_en = models.TextField(_("message (English)"), blank=True)
    level = models.CharField(_("level"), max_length=10, choices=BannerLevel.choices, default=BannerLevel.INFO)
    starts_at = models.DateTimeField(_("shown from"), null=True, blank=True)
    ends_at = models.DateTimeField(_("shown until"), null=True, blank=True)

    panels = [
        WrittenIn("message", "fa"),
        WrittenIn("message_en", "en"),
        FieldPanel("level"),
        FieldPanel("starts_at"),
        FieldPanel("ends_at"),
    ]

    class Meta:
        verbose_name = _("site-wide banner")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The banner must stop after it starts: set “shown until” later than “shown from”.")
        # Shown (or to be shown) with one message, half the readers would get the other
        # language's text or nothing; a banner whose time is over may keep what it had.
        if not self.has_ended():
            errors.update(
                _message_missing_in_one_language(
                    self,
                    english=_("Write the English message of the banner too: readers of the English pages see it."),
                    persian=_("Write the Persian message of the banner too: readers of the Persian pages see it."),
                )
            )
        if errors:
            raise ValidationError(errors)

    def has_ended(self, now=None):
        return self.ends_at is not None and self.ends_at <= (now or timezone.now())

    def is_active(self, now=None):
        """Whether the banner shows now: it has a message (in either language; `display_message`
        says what each page shows) and now is inside its window."""
        if not (self.message or self.message_en):
            return False
        now = now or timezone.now()
        if self.starts_at and now < self.starts_at:
            return False
        return not self.has_ended(now)

    @property
    def display_message(self):
        """What the banner shows the reader: the message in the reader's language, never the
        other language's (an English page carries no Persian). For a banner saved with one
        message only (the form no longer allows it), a fixed line in the reader's language that
        links to the home page of the language that has the text: a line rather than nothing,
        as the banner is mostly an outage notice and a reader whose service fails should learn
        there is one. It says no more than the level tells."""
        message = localised(self, "message", fallback=False)
        if message:
            return linebreaksbr(message, autoescape=True)
        if is_english():
            code, link = settings.LANGUAGE_CODE, _("See the notice on the Persian site.")
        else:
            code, link = "en", _("See the notice on the English site.")
        lead = _("Some services are unavailable.") if self.level == BannerLevel.OUTAGE else ""
        url = "/" if code == settings.LANGUAGE_CODE else f"/{code}/"
        return format_html('{} <a href="{}" hreflang="{}">{}</a>', lead, url, code, link)


@register_setting(icon="cogs")
class MaintenanceSettings(BaseSiteSetting):
    """The maintenance switch: while on, the public sees a 503 page; staff keep working."""

    enabled = models.BooleanField(_("maintenance mode on"), default=False)
    message = models.TextField(
        _("what is happening (Persian)"),
        blank=True,
        help_text=_("For example: the portal is being moved to new servers."),
    )
    message_en = models.TextField(_("what is happening (English)"), blank=True)
    expected_back_at = models.DateTimeField(_("expected back at"), null=True, blank=True)

    panels = [
        FieldPanel("enabled"),
        WrittenIn("message", "fa"),
        WrittenIn("message_en", "en"),
        FieldPanel("expected_back_at"),
    ]

    class Meta:
        verbose_name = _("maintenance mode")

    def clean(self):
        super().clean()
        # The 503 page promises this time to the public: it must not be gone already. Once
        # maintenance is off, the time is not shown and may be anything.
        errors = {}
        if self.enabled and self.expected_back_at and self.expected_back_at <= timezone.now():
            errors["expected_back_at"] = _(
                "This time has already passed. Give a time in the future, or leave it blank."
            )
        # Each language's 503 page shows its own message only: written in one language alone,
        # half the readers would get the page's general line instead (as with the banner).
        if self.enabled:
            errors.update(
                _message_missing_in_one_language(
                    self,
                    english=_(
                        "Write what is happening in English too: readers of the English pages see the maintenance page."
                    ),
                    persian=_(
                        "Write what is happening in Persian too: readers of the Persian pages see the maintenance page."
                    ),
                )
            )
        if errors:
            raise ValidationError(errors)

    def as_state(self):
        """A plain dict for the cache and the 503 page."""
        retry_after = 3600
        if self.expected_back_at:
            retry_after = max(60, int((self.expected_back_at - timezone.now()).total_seconds()))
        return {
            "message": self.message,
            "message_en": self.message_en,
            "expected_back_at": self.expected_back_at,
            "retry_after": retry_after,
        }
