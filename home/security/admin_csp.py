"""Keep the Wagtail admin working under a Content-Security-Policy without 'unsafe-inline'.

A handful of Wagtail's admin widgets still print tiny inline initialisers (date pickers,
inline panels, choosers). Allowing inline scripts for the whole admin would also allow any
injected script, so instead each inline script of an admin page is checked against the
exact shapes Wagtail produces (a known initialiser called with an element id and JSON data)
and only those get the request's CSP nonce. Anything else stays blocked by the browser.
"""

import json
import re

from django.utils.html import escape

# An inline script: `<script>`, or `<script type="text/javascript">` as wagtail-localize writes it.
_SCRIPT = re.compile(r'<script(?: type="text/javascript")?>(?P<body>.*?)</script>', re.S)
_INLINE_OPENINGS = (b"<script>", b'<script type="text/javascript">')
_JS_STRING = r'"(?:[^"\\]|\\.)*"'
_ELEMENT_ID = r'"[\w\-]+"'
_JSON_CALL_SHAPES = [
    # initDateChooser("id_starts_at", {...});  # noqa: ERA001 - the shape this matches
    re.compile(
        r"^\s*(?:initDateChooser|initTimeChooser|initDateTimeChooser)\(" + _ELEMENT_ID + r", (?P<json>\{.*\})\);\s*$",
        re.S,
    ),
    # new PageChooser("id_page", {...}); and the other choosers of Wagtail's BaseChooser
    re.compile(r"^\s*new [A-Z]\w*Chooser\(" + _ELEMENT_ID + r", (?P<json>\{.*\})\);\s*$", re.S),
]
_PLAIN_SHAPES = [
    # Comment-only blocks (wagtailmenus prints one when there is no locale to set).
    re.compile(r"^(?:\s*//[^\n]*)*\s*$"),
    re.compile(r"^\s*createTaskChooser\(" + _ELEMENT_ID + r"\);\s*$"),
    # wagtail-localize's translation editor names the choosers' addresses for its script
    # (an English image or document chosen in place of the Persian one).
    re.compile(
        r'^\s*if \(typeof window\.chooserUrls === "undefined"\) \{\s*window\.chooserUrls = \{'
        r'(?:\s*\w+: "/[\w/\-]*",)+\s*\}\s*\}\s*$'
    ),
    # wagtail-localize's "Translate" form: "Select all" ticks every language.
    re.compile(
        r"^\s*document\.addEventListener\('DOMContentLoaded', function\(\) \{"
        r"\s*var selectAll = document\.querySelector\('\[name=\"select_all\"\]'\);"
        r"\s*var locales = document\.querySelectorAll\('\[name=\"locales\"\]'\);"
        r"\s*selectAll\.addEventListener\('change', function\(\) \{"
        r"\s*for \(var i = 0; i < locales\.length; i\+\+\) \{\s*locales\[i\]\.checked = selectAll\.checked;\s*\}"
        r"\s*\}\);\s*\}\);\s*$"
    ),
    re.compile(
        r"^\s*\(function\(\)\s*\{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)\(JSON\.parse\("
        + _JS_STRING
        + r"\)\);\s*\}\)\(\);\s*$",
        re.S,
    ),
]


def is_wagtail_initialiser(body):
    """True when an inline script is exactly one of Wagtail's own widget initialisers."""
    for shape in _PLAIN_SHAPES:
        if shape.match(body):
            return True
    for shape in _JSON_CALL_SHAPES:
        match = shape.match(body)
        if match:
            try:
                return isinstance(json.loads(match.group("json")), dict)
            except ValueError:
                return False
    return False


_FRAME_ANCESTORS = re.compile(r"frame-ancestors [^;]*")


def frame_ancestors_follow_frame_options(response):
    """Make CSP frame-ancestors say what X-Frame-Options says: 'none' for DENY (the default),
    'self' where a view allows same-origin framing (Wagtail's live preview).

    The preview renders the page through the whole middleware stack, so its response comes back
    with the public page's header already written ('none'), which django-csp never rewrites: the
    preview panel was blank. That header is corrected in place."""
    if response.get("X-Frame-Options", "").upper() != "SAMEORIGIN":
        return
    written = response.get("Content-Security-Policy")
    if written:
        response["Content-Security-Policy"] = _FRAME_ANCESTORS.sub("frame-ancestors 'self'", written)
    else:
        response._csp_replace = {**(getattr(response, "_csp_replace", None) or {}), "frame-ancestors": ["'self'"]}


class AdminInlineScriptNonceMiddleware:
    """Give the CSP nonce to Wagtail's own inline initialisers on admin HTML pages.

    Sits after django-csp's middleware in MIDDLEWARE, so it edits the response before
    django-csp writes the header (which then carries the nonce it handed out).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        frame_ancestors_follow_frame_options(response)
        if not request.path.startswith("/admin/"):
            return response
        # Wagtail's admin sets style attributes from its own scripts and templates; public
        # pages keep style-src 'self' (no 'unsafe-inline').
        response._csp_update = {**(getattr(response, "_csp_update", None) or {}), "style-src": ["'unsafe-inline'"]}
        if getattr(response, "streaming", False):
            return response
        if "text/html" not in response.get("Content-Type", "") or not any(
            opening in response.content for opening in _INLINE_OPENINGS
        ):
            return response
        nonce = None

        def add_nonce(match):
            nonlocal nonce
            if not is_wagtail_initialiser(match.group("body")):
                return match.group(0)
            if nonce is None:
                nonce = escape(str(request.csp_nonce))
            return f'<script nonce="{nonce}">{match.group("body")}</script>'

        response.content = _SCRIPT.sub(add_nonce, response.content.decode(response.charset)).encode(response.charset)
        return response
