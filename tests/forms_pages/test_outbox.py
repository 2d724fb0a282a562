"""The outbox: messages stored with their event, sent once by the worker, through channels
that fail and recover; SMS through a local server speaking Kavenegar's REST API."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from bench.channels import KavenegarSink
from forms_pages.choices import RequestStatus
from forms_pages.models import CitizenRequest, OutboundMessage
from forms_pages.notifications import VISIT_SMS_PARTS, acknowledgement_sms, fit_sms, update_sms
from forms_pages.outbox import deliver_message
from home.language.dates import format_date
from home.language.jalali_input import format_jalali_input
from home.operations.sms import FileBackend, segments
from tests.soup import soup

from .conftest import working_day_ahead

pytestmark = pytest.mark.django_db

API_KEY = "test-key-123"


class BrokenMail:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def gateway(settings):
    gateway = KavenegarSink(API_KEY)
    settings.SMS_BACKEND = "kavenegar"
    settings.KAVENEGAR_API_KEY = API_KEY
    settings.KAVENEGAR_SENDER = "10004346"
    settings.KAVENEGAR_BASE_URL = f"http://127.0.0.1:{gateway.port}"
    settings.SMS_TIMEOUT = 2
    yield gateway
    gateway.stop()


def time_passes():
    """The retries' backoff has elapsed."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def answer(staff_client, citizen_request, **data):
    response = staff_client.post(f"/admin/citizen-requests/edit/{citizen_request.pk}/", data)
    assert response.status_code == 302, response.content[:500]


def test_every_message_is_delivered_once_after_both_channels_were_down(
    client, valid_data, staff_a, gateway, settings, run_outbox
):
    settings.EMAIL_BACKEND = "tests.forms_pages.test_outbox.BrokenMail"
    # The gateway takes the connection and never answers: each attempt ends at SMS_TIMEOUT,
    # kept short while it is down (two attempts of 2 s were most of this test's time).
    settings.SMS_TIMEOUT = 0.2
    # Both channels are down: the applicant still gets the code, everything is stored and queued.
    response = client.post("/contact/", valid_data, follow=True)
    assert response.status_code == 200
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert stored.code_display_fa in response.content.decode()
    queued = OutboundMessage.objects.filter(request=stored)
    assert sorted(queued.values_list("channel", "purpose")) == [
        ("email", "acknowledgement"),
        ("email", "new_request"),
        ("sms", "acknowledgement"),
    ]
    run_outbox()
    assert set(queued.values_list("state", "attempts")) == {("pending", 1)}
    sms_error = queued.get(channel="sms").last_error
    assert "Kavenegar unreachable" in sms_error
    run_outbox()  # the retry waits for its backoff
    assert set(queued.values_list("attempts", flat=True)) == {1}

    # Staff answer while the channels are still down.
    staff = Client()
    staff.force_login(staff_a)
    text = "مدارک لازم: کارت ملی و برگه پایان کار."
    answer(staff, stored, status=RequestStatus.ANSWERED, answer=text)
    run_outbox()
    assert mail.outbox == [] and gateway.received == []

    # Staff see the delivery state in the request's history.
    history = soup(staff.get(f"/admin/citizen-requests/edit/{stored.pk}/"))
    states = history.select_one(".audit-trail").get_text()
    assert "در انتظار ارسال" in states and "mail server down" in states

    # The channels come back; the backoff elapses; each message goes out exactly once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SMS_TIMEOUT = 2
    gateway.start()
    time_passes()
    run_outbox()
    assert set(queued.values_list("state", flat=True)) == {"sent"}
    texts = gateway.texts_to("09123456789")
    assert len(texts) == 2
    # The worker takes messages whose backoff ended together in no fixed order.
    acknowledgement, answered = sorted(texts, key=lambda sent: text in sent)
    assert stored.code_display_fa in acknowledgement and text not in acknowledgement and text in answered
    assert [m.to for m in mail.outbox].count(["maryam@example.ir"]) == 2
    assert [m.to for m in mail.outbox].count([stored.department.email]) == 1
    assert all(fields["sender"] == "10004346" and fields["localid"] for fields in gateway.received)

    # A duplicate task for a sent message (e.g. a redelivered job) sends nothing again.
    for message in queued:
        deliver_message.enqueue(message.pk)
    time_passes()
    run_outbox()
    assert len(gateway.received) == 2 and len(mail.outbox) == 3
    assert list(queued.values_list("attempts", flat=True)) == [2] * queued.count()

    history = soup(staff.get(f"/admin/citizen-requests/edit/{stored.pk}/"))
    assert "در انتظار ارسال" not in history.select_one(".audit-trail").get_text()
    assert history.select(".outbox-state--sent")


def test_a_mobile_only_applicant_gets_code_due_date_and_answer_by_sms(client, valid_data, staff_a, gateway, run_outbox):
    gateway.start()
    client.post("/contact/", dict(valid_data, email=""))
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    run_outbox()
    [ack] = gateway.texts_to("09123456789")
    assert stored.code_display_fa in ack
    assert format_date(stored.due_at, "fa") in ack
    assert not any(ch.isascii() and ch.isdigit() for ch in ack.split("http")[0])  # Persian digits
    assert segments(ack) <= 2

    staff = Client()
    staff.force_login(staff_a)
    visit_at = working_day_ahead(3)
    answer(
        staff,
        stored,
        status=RequestStatus.VISIT_REQUESTED,
        visit_at=format_jalali_input(visit_at, with_time=True),
        visit_place="خیابان آزادی، ساختمان اداره کل، طبقه دوم، اتاق ۲۰۴",
        visit_documents="کارت ملی",
    )
    text = "درخواست شما بررسی و بیمه بیکاری برقرار شد."
    answer(staff, stored, status=RequestStatus.ANSWERED, answer=text)
    run_outbox()
    ack_, visit, answered = gateway.texts_to("09123456789")
    assert "خیابان آزادی" in visit and stored.department.name in visit and segments(visit) <= VISIT_SMS_PARTS
    assert text in answered
    assert [m.to for m in mail.outbox] == [[stored.department.email]]  # the applicant gave no e-mail
    assert set(OutboundMessage.objects.filter(request=stored).values_list("state", flat=True)) == {"sent"}


def test_a_wrong_api_key_is_recorded_and_retried(client, valid_data, gateway, settings, run_outbox):
    settings.KAVENEGAR_API_KEY = "wrong"
    gateway.start()
    client.post("/contact/", dict(valid_data, email=""))
    run_outbox()
    message = OutboundMessage.objects.get(channel="sms")
    assert message.state == "pending" and "403" in message.last_error and gateway.received == []
    settings.KAVENEGAR_API_KEY = API_KEY
    time_passes()
    run_outbox()
    message.refresh_from_db()
    assert message.state == "sent" and len(gateway.received) == 1


def test_a_message_is_marked_failed_after_the_last_attempt(client, valid_data, settings, run_outbox):
    settings.EMAIL_BACKEND = "tests.forms_pages.test_outbox.BrokenMail"
    settings.OUTBOX_MAX_ATTEMPTS = 3
    client.post("/contact/", valid_data)
    for _attempt in range(5):
        time_passes()
        run_outbox()
    states = set(OutboundMessage.objects.filter(channel="email").values_list("state", "attempts"))
    assert states == {("failed", 3)}


def test_persian_sms_are_counted_in_ucs2_segments():
    assert segments("a" * 160) == 1 and segments("a" * 161) == 2  # GSM-7
    assert segments("س" * 70) == 1
    assert segments("س" * 71) == 2
    assert segments("س" * 134) == 2
    assert segments("س" * 135) == 3
    assert segments("Hello سلام") == 1
    long_place = "خیابان " * 60
    fitted = fit_sms(lambda place: f"مراجعه کنید به {place} جزئیات: https://portal.example.ir/track/", long_place)
    assert segments(fitted) == 2 and fitted.endswith("/track/") and "…" in fitted


def test_routine_texts_fit_in_two_parts(client, valid_data, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.tehran-labour.example.ir"
    client.post("/contact/", valid_data)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    assert segments(acknowledgement_sms(stored)) == 2
    stored.status = RequestStatus.UNDER_REVIEW
    event = stored.events.first()
    assert segments(update_sms(stored, event)) <= 2
    stored.language = "en"
    assert "Answer by" in acknowledgement_sms(stored) and segments(acknowledgement_sms(stored)) == 1


def test_file_backend_writes_one_file_per_message(settings, tmp_path):
    settings.SMS_FILE_PATH = tmp_path / "sms"
    FileBackend().send("09123456789", "کد پیگیری: ۱۲۳", local_id=1)
    FileBackend().send("09123456789", "پاسخ", local_id=2)
    files = sorted((tmp_path / "sms").iterdir())
    assert len(files) == 2
    assert "کد پیگیری: ۱۲۳" in files[0].read_text(encoding="utf-8")
    assert "To: 09123456789" in files[1].read_text(encoding="utf-8")


def test_with_redis_url_the_outbox_uses_the_rq_backend(settings):
    import os
    import subprocess
    import sys

    from django_tasks import task_backends

    # Settings are read once per process: a fresh one, started with REDIS_URL. Reading the
    # settings and making the backend is what is asked; django.setup() (importing every app,
    # 3-4 s of CPU) is not needed for it.
    code = (
        "from django_tasks import task_backends; from django.conf import settings;"
        "b = task_backends['outbox']; print(type(b).__module__, sorted(b.queues), 'django_rq' in settings.INSTALLED_APPS)"
    )
    env = dict(os.environ, REDIS_URL="redis://127.0.0.1:6399/5", DJANGO_SETTINGS_MODULE="portal_site.settings.test")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["django_tasks_rq.backend", "['outbox']", "True"]
    # Without it: this very process, whose test settings were read with no REDIS_URL.
    assert not settings.REDIS_URL, "the unit tests run without Redis"
    assert type(task_backends["outbox"]).__module__ == "django_tasks_db.backend"
    assert "django_rq" not in settings.INSTALLED_APPS
