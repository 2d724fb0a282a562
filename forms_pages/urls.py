"""Public URLs of request tracking (mounted at /track/ inside i18n_patterns)."""

from django.urls import path

from .views import downloads
from .views import tracking as views

app_name = "forms_pages"

urlpatterns = [
    path("", views.track, name="track"),
    path("done/", views.track_logout, name="track_logout"),
    path("<str:code>/", views.track_detail, name="track_detail"),
    path("<str:code>/reply/", views.track_reply, name="track_reply"),
    path("<str:code>/visit/", views.track_visit, name="track_visit"),
    path("<str:code>/receipt.pdf", downloads.receipt_pdf, name="receipt_pdf"),
    path("<str:code>/data.json", downloads.data_json, name="data_json"),
    path("<str:code>/data.pdf", downloads.data_pdf, name="data_pdf"),
    path("<str:code>/files/<int:pk>/", downloads.answer_file, name="answer_file"),
]
