"""The editors' listing of a form's submissions."""

from wagtail.contrib.forms.views import SubmissionsListView

from home.language.csv_export import BomCsvExportMixin
from home.language.jalali_display import JalaliExportMixin


class BomSubmissionsListView(BomCsvExportMixin, JalaliExportMixin, SubmissionsListView):
    """Wagtail's submissions listing, with a UTF-8 BOM on the CSV so Excel reads Persian right,
    and Jalali submission dates for Persian staff."""
