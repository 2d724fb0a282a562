"""PDF rendering with WeasyPrint and the embedded Vazirmatn font (joined letters, RTL)."""

from pathlib import Path

from django.http import HttpResponse
from django.template.loader import render_to_string

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
    return HTML(string=html, base_url=base_url).write_pdf(stylesheets=[stylesheet], font_config=fonts)


def pdf_response(template_name, context, request, filename, inline=False):
    """An HTTP response carrying the rendered PDF as a download (or inline)."""
    response = HttpResponse(render_pdf(template_name, context, request), content_type="application/pdf")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
