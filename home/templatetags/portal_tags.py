"""Template helpers shared by every app: dates, digits, numbers, language marks, cached fragments,
a page's sections and tables (the frame around every page: `frame_tags`)."""

import json
import unicodedata

from django import template
from django.utils.html import conditional_escape, format_html, format_html_join, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from home.caching.page_cache import reader_key, until_content_changes
from home.caching.request_memo import in_reading_request
from home.language.dates import format_date
from home.language.i18n import is_english, localised
from home.language.text import (
    TOKEN_MAX_LENGTH,
    digit_group_runs,
    format_file_size,
    format_money,
    format_number,
    has_arabic_script,
    is_token,
    join_list,
    latin_runs,
    persian_runs,
    token_pieces,
    token_runs,
)
from home.language.text import local_digits as localise_digits
from home.models import Department

register = template.Library()


@register.filter
def jdate(value, arg=""):
    """`{{ value|jdate }}` or `{{ value|jdate:"time" }}`: Jalali on Persian pages, Gregorian on English."""
    return format_date(value, with_time=(arg == "time"))


@register.filter
def isodate(value):
    """A machine-readable date-time for `<time datetime>`: ISO 8601 to the second."""
    if not value:
        return ""
    if hasattr(value, "hour"):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


@register.filter
def local_digits(value):
    """Persian digits on Persian pages, Latin digits elsewhere (whichever the value was typed in)."""
    return localise_digits(value)


def _persian_page():
    return not is_english()


@register.filter(name="localised")
def localised_filter(obj, field):
    """`{{ settings|localised:"message" }}`: the English copy of a field on English pages (the
    Persian one when it is empty), the Persian one otherwise."""
    return localised(obj, field)


@register.filter
def mark_language(value):
    """A plain text with each run in the other script marked with its language, the text
    escaped. On Persian pages each Latin run («فایل PDF», «tenders@example.ir») in a
    `<bdi lang="en">` and each spaced or hyphenated number («۰۹۱۲ ۳۴۵ ۶۷۸۹») in a
    `<bdi dir="ltr">`, so both keep their left-to-right order; on English pages each run of
    Persian words (a name not translated yet) in a `<bdi lang="fa" dir="rtl">`. In both, a
    number, an e-mail or a code is one token that no line breaks inside (see `ltr_token`)."""
    if value in (None, ""):
        return ""
    html = []
    if not _persian_page():
        for part, persian in persian_runs(str(value)):
            if persian:
                html.append(format_html('<bdi lang="fa" dir="rtl">{}</bdi>', part))
                continue
            html.append(_mark_tokens(part))
        return mark_safe("".join(html))
    for part, latin in latin_runs(str(value)):
        if latin:
            html.append(
                _token(part, "en") if is_token(part) else format_html('<bdi lang="en">{}</bdi>', _mark_tokens(part))
            )
            continue
        html.extend(_token(piece) if digits else conditional_escape(piece) for piece, digits in digit_group_runs(part))
    return mark_safe("".join(html))


@register.filter
def ltr_token(value):
    """`{{ phone|local_digits|ltr_token }}`: a telephone number, e-mail or code as one
    left-to-right token that no line breaks inside («021-» ended a line and «88000000» began the
    next, on a phone), with `lang="en"` on Persian pages when it is all Latin («info@example.ir»).
    Text already marked up (`|mark_language`) is kept as it is."""
    if value in (None, ""):
        return ""
    return _token(value, "en" if _latin_only(strip_tags(str(value))) and _persian_page() else "")


@register.filter
def web_address(value):
    """`{{ url|web_address }}`: a web address for a reader to copy (a page's printed address)
    as it is typed, Latin digits and all («?page=2», not «۲»), in one left-to-right isolate
    (`ltr-address`, broken after a slash only where a whole line cannot hold it). The runs in
    the other script are marked with their language by a `<span>`, not an isolate: with an
    isolate around each Latin run (`mark_language`) «q» and «page» became neutral, and «=2»
    and the parameters after a Persian query printed on its far side, out of order."""
    if value in (None, ""):
        return ""
    text = str(value)
    persian = _persian_page()
    runs_of = latin_runs if persian else persian_runs
    mixed = has_arabic_script(text)
    pieces = []
    for piece in token_pieces(text):
        html = format_html_join(
            "",
            "{}",
            (
                (format_html('<span lang="{}">{}</span>', "en" if persian else "fa", part) if other else part,)
                for part, other in (runs_of(piece) if mixed else [(piece, False)])
            ),
        )
        pieces.append(
            format_html('<span class="ltr-token">{}</span>', html) if len(piece) <= TOKEN_MAX_LENGTH else html
        )
    lang = mark_safe(' lang="en"') if persian and not mixed else ""
    return format_html(
        '<bdi dir="ltr"{} class="ltr-address">{}</bdi>',
        lang,
        format_html_join(mark_safe("<wbr>"), "{}", ((piece,) for piece in pieces)),
    )


def _latin_only(text):
    """Latin letters and no Persian or Arabic ones (an English word, an e-mail)."""
    return any(c.isascii() and c.isalpha() for c in text) and not has_arabic_script(text)


def _mark_tokens(text):
    """A left-to-right text, escaped, with each number, e-mail and code in it a token."""
    return mark_safe(
        "".join(_token(piece) if token else conditional_escape(piece) for piece, token in token_runs(text))
    )


def _token(value, lang=""):
    """`<bdi dir="ltr" class="ltr-token">`, the value escaped unless marked up already. An e-mail
    or a web address is one `ltr-address` that moves to the next line whole and breaks between
    its pieces (`token_pieces`) only where a whole line cannot hold it («name» ended a line and
    «@example.com» began the next in a Persian error at 390 px); a value longer than a phone's
    line may wrap (kept whole, it made the page wider than the phone)."""
    lang = format_html(' lang="{}"', lang) if lang else ""
    text = str(value)
    pieces = [value] if "<" in text else token_pieces(text)
    if len(pieces) > 1:
        return format_html(
            '<bdi dir="ltr"{} class="ltr-address">{}</bdi>',
            lang,
            format_html_join(mark_safe("<wbr>"), "{}", ((_unbroken(p),) for p in pieces)),
        )
    if len(strip_tags(text)) > TOKEN_MAX_LENGTH:
        return format_html('<bdi dir="ltr"{}>{}</bdi>', lang, value)
    return format_html('<bdi dir="ltr"{} class="ltr-token">{}</bdi>', lang, value)


def _unbroken(piece):
    if len(piece) > TOKEN_MAX_LENGTH:
        return conditional_escape(piece)
    return format_html('<span class="ltr-token">{}</span>', piece)


@register.filter
def persian_lang(value):
    """`fa` for a plain text in Persian on an English page (a name not translated yet) where
    no markup can go inside it, for the element's `lang` (a select's option); "" otherwise."""
    if _persian_page() or not value:
        return ""
    return "fa" if any(persian for _part, persian in persian_runs(str(value))) else ""


@register.filter
def text_language(value, pdf=False):
    """`<p{{ text|text_language }}>`: the attributes of an element holding what someone typed
    (a request, an answer), which may be in either language. Its direction is its own
    (`dir="auto"`, laid out by portal.css), and its language is named where it is not the
    page's: `lang="fa"` for a Persian text on an English page, `lang="en"` for a Latin-only one
    on a Persian page, so a screen reader reads it in the right voice.

    `|text_language:"pdf"` names the direction itself, as `dir="auto"` would find it (the first
    letter's): WeasyPrint ignores `dir="auto"`, and an English request in a Persian receipt had
    its full stop at the wrong end."""
    text = str(value or "")
    direction = _first_letter_direction(text) if pdf else "auto"
    if persian_lang(text):
        return format_html(' lang="fa" dir="{}"', direction)
    if _persian_page() and _latin_only(text):
        return format_html(' lang="en" dir="{}"', direction)
    return format_html(' dir="{}"', direction)


def _first_letter_direction(text):
    """ "rtl" or "ltr" by the first letter of `text` with a direction of its own (HTML's
    `dir="auto"` rule); "auto" when it has none."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "auto"


@register.filter(name="join_list")
def join_list_filter(items):
    """`{{ items|join_list }}`: «الف، ب» on Persian pages, "A, B" on English ones."""
    return join_list(items)


@register.filter
def local_number(value, decimals=None):
    """`{{ n|local_number }}` or `{{ average|local_number:1 }}`: «۱۲٬۵۰۰٫۵» on Persian pages."""
    return format_number(value, decimals=None if decimals in (None, "") else int(decimals))


_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """`{{ data|json_ld }}`: a `<script type="application/ld+json">` block of structured data
    (schema.org, CPSV-AP), which nothing in the text can close early: `<`, `>` and `&` are
    written as JSON escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.filter
def money(value):
    """An amount in rials in the page's language: «۱٬۲۵۰٬۰۰۰ ریال» or «1,250,000 rials»."""
    return format_money(value)


@register.filter
def filesize(value):
    """A file size in the page's language: «۱۴٫۸ کیلوبایت» or «14.8 KB»."""
    return format_file_size(value)


@register.simple_tag
def table_head(*labels):
    """`{% table_head _("Step") _("Date and time") %}`: a table's `<thead>`, a column heading per label."""
    cells = format_html_join("", '<th scope="col">{}</th>', ((label,) for label in labels))
    return format_html("<thead><tr>{}</tr></thead>", cells)


@register.simple_block_tag
def scroll_region(content, *labelled_by):
    """`{% scroll_region "dates-heading" %}<table>…</table>{% endscroll_region %}`: a table that
    scrolls in its own box on a phone. The box is a region named by the headings or captions
    whose ids it is given, and is reached with the keyboard, to scroll it."""
    return format_html(
        '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="{}">{}</div>',
        " ".join(str(label) for label in labelled_by),
        content,
    )


FRAGMENT_SECONDS = 60


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if request is None or not in_reading_request():
            return self.nodelist.render(context)
        parts = [self.name.resolve(context), *(variable.resolve(context) for variable in self.vary_on)]
        key = "fragment:" + reader_key(request, *parts)
        return mark_safe(
            until_content_changes(key, lambda: str(self.nodelist.render(context)), timeout=FRAGMENT_SECONDS, local=True)
        )


@register.tag
def fragment(parser, token):
    """`{% fragment "name" [vary_on ...] %}…{% endfragment %}`: the output, kept until content
    changes, per language, host and the values given.

    For parts that show only published content (the home page's panels): their queries and
    rendering run once per change instead of on every uncached view. About a minute at most, as
    some of them count down to a deadline; never in forms or anything personal.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])


@register.inclusion_tag("components/department_contacts.html")
def department_contacts(domain=None):
    """Address, telephone and opening hours of the departments (of one domain when given)."""
    departments = Department.objects.in_language().order_by("sort_order", "name")
    if domain:
        departments = departments.filter(domain=domain)
    departments = list(departments)
    for field in ("address", "office_hours"):  # one query each, not one per department
        Department.untranslated(departments, field)
    return {
        "departments": [department for department in departments if department.has_contact_details],
        "heading": _("Visit or call us") if domain else _("Departments: addresses, telephones and opening hours"),
    }


class SectionNode(template.Node):
    def __init__(self, nodelist, heading_id, heading, attrs):
        self.nodelist = nodelist
        self.heading_id = heading_id
        self.heading = heading
        self.attrs = attrs

    def render(self, context):
        attrs = {name: value.resolve(context) for name, value in self.attrs.items()}
        element = attrs.pop("element", None) or "section"
        heading_id = self.heading_id.resolve(context)
        opening = format_html_join("", ' {}="{}"', ((name, value) for name, value in attrs.items() if value))
        return format_html(
            '<{element}{opening} aria-labelledby="{id}"><h2 id="{id}">{heading}</h2>{body}</{element}>',
            element=element,
            opening=opening,
            id=heading_id,
            heading=self.heading.resolve(context),
            body=self.nodelist.render(context),
        )


@register.tag
def section(parser, token):
    """`{% section "faq-heading" _("Frequently asked questions") [element="nav"] [class="…"] [id="…"] %}
    …{% endsection %}`: a part of a page named by its `<h2>`, which screen readers announce as the
    part's name (`aria-labelledby` points at the heading's id, given once here)."""
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError("{% section %} needs the heading's id and the heading")
    attrs = {}
    for bit in bits[3:]:
        name, sep, value = bit.partition("=")
        if not sep or name not in ("element", "class", "id"):
            raise template.TemplateSyntaxError(f"{{% section %}} takes element=, class= and id=, not {bit}")
        attrs[name] = parser.compile_filter(value)
    nodelist = parser.parse(("endsection",))
    parser.delete_first_token()
    return SectionNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]), attrs)
