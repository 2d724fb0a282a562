"""The thank-you page says what has happened, not more: the acknowledgement is still in the
outbox when the page is shown (a worker sends it), so the page says it is on its way."""

import pytest

from forms_pages.choices import Channel, MessagePurpose, MessageState
from forms_pages.models import CitizenRequest, OutboundMessage
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_the_thank_you_page_does_not_claim_a_mail_still_waiting_to_be_sent(client, valid_data):
    response = client.post("/contact/", valid_data, follow=True)
    stored = CitizenRequest.objects.get(subject=valid_data["subject"])
    mail = OutboundMessage.objects.get(request=stored, channel=Channel.EMAIL, purpose=MessagePurpose.ACKNOWLEDGEMENT)
    assert mail.state == MessageState.PENDING  # not sent yet while the citizen reads the page
    text = soup(response).select_one("main").get_text(" ", strip=True)
    assert "کد پیگیری را به نشانی ایمیل‌تان هم می‌فرستیم" in text
    assert "ایمیل هم کرده‌ایم" not in text
