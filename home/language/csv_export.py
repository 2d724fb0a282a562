"""CSV files that Excel opens as UTF-8: a byte-order mark first, else Persian comes out garbled;
named so the browser keeps a Persian file name."""

from django.utils import translation

from home.language.file_names import content_disposition

CSV_BOM = "\ufeff"


def with_bom(text):
    """CSV text with the byte-order mark in front (for files written outside a view)."""
    return CSV_BOM + text


class BomCsvExportMixin:
    """For Wagtail's spreadsheet exports (SpreadsheetExportMixin): the CSV starts with a BOM, and
    a yes/no column reads «بله»/«خیر» (Yes/No for English staff), not Python's True/False.

    The language is read when the view starts: a CSV export is streamed after the view has
    returned. XLSX keeps real booleans, which a spreadsheet shows in its own language.
    """

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.export_language = translation.get_language()

    def get_preprocess_function(self, field, value, export_format):
        if isinstance(value, bool) and export_format == "csv" and field not in self.custom_field_preprocess:
            return self.yes_no
        return super().get_preprocess_function(field, value, export_format)

    def yes_no(self, value):
        with translation.override(getattr(self, "export_language", None)):
            return translation.gettext("Yes") if value else translation.gettext("No")

    def stream_csv(self, queryset):
        yield CSV_BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        # Wagtail writes `filename="…"` as it is: a Persian name (a form's slug) went out as a
        # MIME-encoded header no browser reads, and the file was saved as «download.csv». It is
        # named as every download is (home.language.file_names).
        response = super().write_csv_response(queryset)
        response["Content-Disposition"] = content_disposition(f"{self.get_filename()}.csv")
        return response

    def write_xlsx_response(self, queryset):
        # The same for the XLSX export: Django's FileResponse wrote the name's ZWNJ, which
        # Chromium saves as «_».
        response = super().write_xlsx_response(queryset)
        response["Content-Disposition"] = content_disposition(f"{self.get_filename()}.xlsx")
        return response


# What a spreadsheet reads as the start of a formula (OWASP's list of CSV injection triggers).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_text(value):
    """Text someone typed (a citizen's subject), for a CSV cell a spreadsheet shows as text: one
    that would start a formula («=HYPERLINK(…)») gets an apostrophe in front, which Excel hides."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
