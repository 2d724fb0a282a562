"""PDF rendering with WeasyPrint and the embedded Vazirmatn font (joined letters, RTL)."""

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from home.caching.page_cache import until_content_changes
from home.language.file_names import content_disposition
from home.security.ratelimit import client_key, hit

FONT_DIR = Path(__file__).resolve().parent / "pdf_fonts"

# @font-face rules pointing at the TTF files shipped with the app, so the PDF never
# depends on fonts installed on the server.
FONT_CSS = f"""
@font-face {{ font-family: "Vazirmatn"; src: url("{(FONT_DIR / "Vazirmatn-Regular.ttf").as_uri()}"); font-weight: 400; }}
@font-face {{ font-family: "Vazirmatn"; src: url("{(FONT_DIR / "Vazirmatn-Bold.ttf").as_uri()}"); font-weight: 700; }}
"""


def render_pdf(template_name, context, request=None):
    """Render a template to PDF bytes. The template should extend `pdf/base.html`."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    html = render_to_string(template_name, context, request=request)
    base_url = request.build_absolute_uri("/") if request is not None else None
    # The @font-face rules only take effect when the stylesheet and the rendering share one
    # FontConfiguration; without it WeasyPrint silently falls back to a system font.
    fonts = FontConfiguration()
    stylesheet = CSS(string=FONT_CSS, font_config=fonts)
    document = HTML(string=html, base_url=base_url).render(stylesheets=[stylesheet], font_config=fonts)
    # The title as a reader's PDF viewer shows it: the template's <title> holds the line breaks
    # and indents of its layout («\n      صدور پروانه…\n    »).
    document.metadata.title = " ".join((document.metadata.title or "").split()) or None
    return document.write_pdf()


class PdfBusy(Exception):
    """More PDFs were asked to be rendered than the server renders per minute."""


def _render_capped(template_name, context, request):
    # A PDF costs 1-4 s of CPU: renders are capped per minute for the whole site and per
    # client, so a flood of them cannot starve every other request (HTML pages, /healthz).

    site_cap = getattr(settings, "PDF_RENDERS_PER_MINUTE", 30)
    client_cap = getattr(settings, "PDF_RENDERS_PER_CLIENT_PER_MINUTE", 6)
    if not hit("pdf-render", "site", site_cap, 60) or (
        request is not None and not hit("pdf-render", client_key(request), client_cap, 60)
    ):
        raise PdfBusy
    return render_pdf(template_name, context, request)


def pdf_response(template_name, context, request, filename, inline=False, cache_key=None):
    """An HTTP response carrying the rendered PDF as a download (or inline).

    With `cache_key` (public PDFs: a service card, a blank form) the PDF is rendered once per
    content change and language, then served from the cache. Over the render cap the reader
    gets a short Persian page and 503 with Retry-After instead.
    """
    try:
        if cache_key:
            key = f"pdf:{cache_key}:{get_language()}"
            content = until_content_changes(key, lambda: _render_capped(template_name, context, request))
        else:
            content = _render_capped(template_name, context, request)
    except PdfBusy:
        response = render(request, "pdf_busy.html", status=503)
        response["Retry-After"] = "60"
        add_never_cache_headers(response)
        return response
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition(filename, inline=inline)
    return response
