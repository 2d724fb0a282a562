"""The editors' listing of a form's submissions."""

from django.utils import timezone
from django.utils.translation import pgettext
from wagtail.contrib.forms.views import SubmissionsListView

from home.language.csv_export import BomCsvExportMixin
from home.language.jalali_display import JalaliExportMixin, jalali_export_text
from home.language.text import to_persian_digits


class BomSubmissionsListView(BomCsvExportMixin, JalaliExportMixin, SubmissionsListView):
    """Wagtail's submissions listing, with a UTF-8 BOM on the CSV so Excel reads Persian right,
    and Jalali submission dates for Persian staff."""

    def get_filename(self):
        """Persian staff saved «<slug>-export-2026-12-06.csv»: an English word and a Gregorian
        date. They now save «<slug>-پاسخ‌ها-۱۴۰۵-۰۹-۱۵.csv»; English staff keep Wagtail's name."""
        if not getattr(self, "export_in_jalali", False):
            return super().get_filename()
        stamp = to_persian_digits(jalali_export_text(timezone.localdate()).replace("/", "-"))
        return f"{self.form_page.slug}-{pgettext('export file name', 'responses')}-{stamp}"
