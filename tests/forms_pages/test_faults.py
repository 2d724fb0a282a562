"""Faults a citizen must not pay for (bench/faults.py shows them on a real stack): a full or
failing upload disk gives the form back with a clear Persian 503 and keeps nothing, neither
rows nor files; Redis down when a request is saved still gives the tracking code."""

import errno
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.test import Client

import forms_pages.handling
from forms_pages.models import CitizenRequest, OutboundMessage, RequestAttachment, RequestEvent
from forms_pages.storage import PrivateStorage
from tests.soup import soup

from .conftest import PDF_BYTES, PNG_BYTES

pytestmark = pytest.mark.django_db

NOT_STORED = "پرونده‌های پیوست شما هم‌اکنون ذخیره نشد"


@pytest.fixture
def disk_fills_up(monkeypatch):
    """The second file written runs out of space halfway, as on a full disk."""
    real_save = PrivateStorage._save
    names = []

    def save(self, name, content):
        names.append(name)
        if len(names) < 2:
            return real_save(self, name, content)
        path = Path(self.path(name))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"\x89PNG\r\n\x1a\n")  # what got written before the disk was full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PrivateStorage, "_save", save)
    return names


def files_under(root):
    return sorted(p for p in Path(root).rglob("*") if p.is_file())


def two_files():
    return [SimpleUploadedFile("scan.pdf", PDF_BYTES), SimpleUploadedFile("photo.png", PNG_BYTES)]


def assert_form_back_with_persian_503(response, field_value):
    assert response.status_code == 503
    assert response["Retry-After"] == "300"
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    errors = " ".join(li.get_text() for li in page.select(".errorlist li"))
    assert NOT_STORED in errors
    # What the citizen typed is still in the form.
    assert field_value in page.decode()


def test_contact_request_on_a_full_disk_keeps_nothing_and_says_so(client, valid_data, private_media, disk_fills_up):
    before = (CitizenRequest.objects.count(), OutboundMessage.objects.count())
    response = client.post("/contact/", {**valid_data, "attachments": two_files()})
    assert_form_back_with_persian_503(response, valid_data["subject"])
    assert len(disk_fills_up) == 2  # the first file was written, the second ran out of space
    assert (CitizenRequest.objects.count(), OutboundMessage.objects.count()) == before
    assert not RequestAttachment.objects.exists()
    assert files_under(private_media) == []


def test_anonymous_report_on_a_full_disk_keeps_nothing_and_says_so(client, departments, private_media, disk_fills_up):
    report = {
        "department": departments[3].pk,
        "subject": "دریافت وجه برای صدور مجوز",
        "text": "کارمند باجه سه برای صدور مجوز تعاونی بدون رسید وجه نقد خواست.",
        "website": "",
        "attachments": two_files(),
    }
    response = client.post("/contact/anonymous/", report)
    assert_form_back_with_persian_503(response, report["subject"])
    assert not CitizenRequest.objects.filter(subject=report["subject"]).exists()
    assert files_under(private_media) == []


def test_reply_on_a_full_disk_keeps_nothing_and_says_so(client, valid_data, private_media, monkeypatch):
    client.post("/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    client.post("/track/", {"code": stored.code, "contact": "09123456789"})
    events = RequestEvent.objects.filter(request=stored).count()

    def full(self, name, content):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PrivateStorage, "_save", full)
    text = "برگه پایان کار را پیوست کردم."
    response = client.post(f"/track/{stored.code}/reply/", {"text": text, "attachments": two_files()})
    assert_form_back_with_persian_503(response, text)
    assert RequestEvent.objects.filter(request=stored).count() == events
    assert files_under(private_media) == []


def test_files_of_a_submission_whose_transaction_fails_are_removed(valid_data, private_media, monkeypatch):
    """The database failing after the files were written (e.g. PostgreSQL restarting at
    commit) must not leave files that no request owns."""

    def database_gone(*args, **kwargs):
        raise DatabaseError("server closed the connection unexpectedly")

    monkeypatch.setattr(forms_pages.handling, "notify_submitted", database_gone)
    client = Client(raise_request_exception=False)
    response = client.post("/contact/", {**valid_data, "attachments": two_files()})
    assert response.status_code >= 500
    assert not CitizenRequest.objects.filter(subject=valid_data["subject"]).exists()
    assert files_under(private_media) == []


class RedisDown:
    """The outbox task on RQ with Redis unreachable: every push raises."""

    class Backend:  # not django_tasks_db: _enqueue pushes after the commit
        pass

    def get_backend(self):
        return self.Backend()

    def using(self, **kwargs):
        return self

    def enqueue(self, *args):
        from redis.exceptions import ConnectionError as RedisConnectionError

        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def test_redis_down_at_commit_still_gives_the_tracking_code(
    client, valid_data, monkeypatch, django_capture_on_commit_callbacks
):
    import forms_pages.outbox
    from forms_pages.choices import MessageState

    monkeypatch.setattr(forms_pages.outbox, "deliver_message", RedisDown())
    with django_capture_on_commit_callbacks(execute=True) as pushes:
        response = client.post("/contact/", valid_data)
    assert pushes  # the push was tried, after the commit, and failed
    assert response.status_code == 302
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    thanks = client.get(response["Location"])
    assert stored.code in thanks.content.decode()
    # The messages wait in the outbox for requeue_stale (the worker runs it every minute).
    assert set(stored.messages.values_list("state", flat=True)) == {MessageState.PENDING}
