"""The abstract page every public page type of the portal inherits."""

import re

from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.caching.page_cache import until_content_changes
from home.caching.page_routing import route_child
from home.caching.request_memo import in_reading_request
from home.forms import PortalPageForm
from home.language.text import normalise

from .querysets import PortalPageManager

# The links of a page that Wagtail sets and keeps (never a form): its type, locale, revisions,
# owner and lock.
WAGTAIL_BOOKKEEPING_LINKS = (
    "content_type",
    "locale",
    "latest_revision",
    "live_revision",
    "owner",
    "locked_by",
    "alias_of",
)


class BasePage(Page):
    """Common fields and behaviour: a listing summary and Persian-normalised search text.

    Subclasses extend `search_text_parts()` with their own text; the normalised text is what
    the search backend indexes, and the search view normalises queries the same way.
    """

    # The query parameters this page type (and its routes) read; the page cache keys on these
    # only (home/caching/query_params.py), so other parameters cannot force a render.
    query_params = ()

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("normalised_search_text"),
        index.AutocompleteField("normalised_title"),
    ]

    content_panels = Page.content_panels + [FieldPanel("summary")]
    base_form_class = PortalPageForm

    # Site search: a page type with a kind label gets its own filter ("Services (12)"); the
    # others are counted together. The weight scales the database's score (index pages < 1).
    search_kind_label = None
    search_kind_order = 50
    search_weight = 1.0

    objects = PortalPageManager()

    class Meta:
        abstract = True

    def clean_fields(self, exclude=None):
        """Django's field checks, without a query for each of the links Wagtail keeps itself.

        Wagtail cleans a page on every save, revision and publish (three times a publish), and
        Django checks each filled foreign key with a query: the page type, the locale, the
        revisions, the owner. No form sets these; the database's own keys refuse a row that
        is gone. The links an editor chooses (a department, an image) are still checked."""
        super().clean_fields(exclude={*(exclude or ()), *WAGTAIL_BOOKKEEPING_LINKS})

    def route(self, request, path_components):
        # Each level's child comes from the cache until content changes (home/caching/page_routing.py).
        return route_child(self, request, path_components)

    def get_view_restrictions(self):
        """Wagtail's restrictions of this page and its ancestors, kept until content changes
        in a reading request (two queries on every view otherwise)."""
        if not in_reading_request():
            return super().get_view_restrictions()
        return until_content_changes(
            f"view-restrictions:{self.pk}", lambda: list(super(BasePage, self).get_view_restrictions())
        )

    def search_text_parts(self):
        """The texts of this page a search should find; subclasses add their own."""
        return [self.title, self.seo_title, self.summary, self.search_description]

    def normalised_search_text(self):
        # In the page's own language: the labels of its choices (a document's «Electronic
        # file») are translated when read, and a page is indexed whatever language is active.
        with translation.override(self.locale.language_code):
            return normalise(" ".join(str(part) for part in self.search_text_parts() if part))

    def normalised_title(self):
        return normalise(self.title)

    @staticmethod
    def stream_text(stream_value):
        """The searchable plain text of a StreamField value."""
        if not stream_value:
            return ""
        return " ".join(stream_value.stream_block.get_searchable_content(stream_value))


_BLANK_LINES = re.compile(r"\n\s*\n+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def tidy_intro(text):
    """An introduction as it is shown: no spaces at either end, Windows line ends and runs of
    blank lines folded to one paragraph break, control characters (a pasted NUL) gone."""
    text = _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


class IndexPageMixin:
    """A feature app's index page: it lists the app's pages, one index per language tree under
    the home page. It goes before the page class in the bases."""

    # An index lists what its pages say in full: they rank above it in search.
    search_weight = 0.2

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    # What the page cache lets through to the listing (the page number by default).
    query_params = ("page",)


class IntroPage(BasePage):
    """A page that opens with a short plain-text introduction: index pages, sections, polls.

    The introduction is tidied when the page is saved (tidy_intro) and found by search. Pages
    whose introduction carries links and lists (contact, form and tender index pages) are
    RichIntroPages: the same introduction as rich text (turning it into plain text would lose
    them), tidied and searched its own way.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    # The introduction as it is stored and shown.
    tidy = staticmethod(tidy_intro)

    class Meta:
        abstract = True

    def intro_text(self):
        """The introduction as search reads it."""
        return self.intro

    def clean(self):
        super().clean()
        self.intro = self.tidy(self.intro)

    def search_text_parts(self):
        return super().search_text_parts() + [self.intro_text()]


# What an introduction may carry when it is rich text: emphasis, links and lists, no headings.
RICH_INTRO_FEATURES = ["bold", "italic", "link", "ul", "ol"]
_EMPTY_PARAGRAPHS = re.compile(r"<p>(?:\s|&nbsp;|<br\s*/?>)*</p>")


def tidy_rich_intro(html):
    """A rich-text introduction as it is shown: control characters and empty paragraphs (what
    pressing Enter twice leaves) gone, no space at either end."""
    return _EMPTY_PARAGRAPHS.sub("", _CONTROL.sub("", html or "")).strip()


class RichIntroPage(IntroPage):
    """A page whose introduction carries links and lists (the contact page's rules, a form's
    privacy note, the tender regulations): the one rich-text introduction, with one feature
    list, tidied when saved and searched as plain text."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_INTRO_FEATURES)

    tidy = staticmethod(tidy_rich_intro)

    class Meta:
        abstract = True

    def intro_text(self):
        return strip_tags(self.intro)
