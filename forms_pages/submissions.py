"""The editors' listing of a form's submissions."""

from wagtail.contrib.forms.views import SubmissionsListView


class BomSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing, with a UTF-8 BOM on the CSV so Excel reads Persian right."""

    def stream_csv(self, queryset):
        yield "\ufeff"
        yield from super().stream_csv(queryset)
