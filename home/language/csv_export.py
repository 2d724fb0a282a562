"""CSV files that Excel opens as UTF-8: a byte-order mark first, else Persian comes out garbled."""

CSV_BOM = "\ufeff"


def with_bom(text):
    """CSV text with the byte-order mark in front (for files written outside a view)."""
    return CSV_BOM + text


class BomCsvExportMixin:
    """For Wagtail's spreadsheet exports (SpreadsheetExportMixin): the CSV starts with a BOM."""

    def stream_csv(self, queryset):
        yield CSV_BOM
        yield from super().stream_csv(queryset)
