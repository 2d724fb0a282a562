"""Text messages (SMS), chosen by a setting as Django chooses its e-mail backend.

`settings.SMS_BACKEND` is "console", "file", "locmem", "kavenegar" or a dotted path to a class
with a `send(recipient, text, local_id)` method that returns the provider's message id or
raises `SmsError`. Callers never send from a web request: the requests desk's outbox worker
does (forms_pages/outbox.py).

Persian text travels as UCS-2: 70 characters in one message, 67 per part when it is split.
`segments()` counts the parts a text will cost.
"""

import json
import logging
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# The GSM 03.38 basic alphabet (and the characters of its extension table, which cost two).
GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€\f")


class SmsError(Exception):
    """The message was not accepted; the outbox retries it later."""


def segments(text):
    """How many SMS parts `text` costs (UCS-2: 70 single / 67 per part; GSM-7: 160 / 153)."""
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text):
        length = sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
        single, part = 160, 153
    else:
        # Characters outside the Basic Multilingual Plane take two UCS-2 units.
        length = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
        single, part = 70, 67
    if length <= single:
        return 1
    return -(-length // part)


class ConsoleBackend:
    """Print each message to standard output (development)."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stdout

    def send(self, recipient, text, local_id=None):
        self.stream.write(f"SMS to {recipient} ({segments(text)} part(s)):\n{text}\n{'-' * 40}\n")
        self.stream.flush()
        return f"console-{local_id}"


class FileBackend:
    """Write each message as one file under settings.SMS_FILE_PATH, as Django's file e-mail backend does."""

    def send(self, recipient, text, local_id=None):
        folder = Path(settings.SMS_FILE_PATH)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{timezone.now():%Y%m%d-%H%M%S}-{local_id or get_random_string(8)}.txt"
        (folder / name).write_text(f"To: {recipient}\nParts: {segments(text)}\n\n{text}\n", encoding="utf-8")
        return name


class LocmemBackend:
    """Keep messages in `LocmemBackend.outbox` (tests)."""

    outbox = []
    _lock = threading.Lock()

    def send(self, recipient, text, local_id=None):
        with self._lock:
            self.outbox.append({"recipient": recipient, "text": text, "local_id": local_id})
        return f"locmem-{local_id}"


class KavenegarBackend:
    """Kavenegar's REST API: POST {base}/v1/{API-KEY}/sms/send.json with receptor, message,
    sender and localid (the provider refuses a second message with the same localid, so a
    retry after a lost reply is not sent twice). Settings: KAVENEGAR_API_KEY,
    KAVENEGAR_SENDER, KAVENEGAR_BASE_URL (tests point it at a local server), SMS_TIMEOUT."""

    def __init__(self):
        if not settings.KAVENEGAR_API_KEY:
            raise SmsError("KAVENEGAR_API_KEY is not set.")
        self.url = "{}/v1/{}/sms/send.json".format(
            settings.KAVENEGAR_BASE_URL.rstrip("/"), urllib.parse.quote(settings.KAVENEGAR_API_KEY, safe="")
        )

    def send(self, recipient, text, local_id=None):
        fields = {"receptor": recipient, "message": text}
        if settings.KAVENEGAR_SENDER:
            fields["sender"] = settings.KAVENEGAR_SENDER
        if local_id is not None:
            fields["localid"] = str(local_id)
        request = urllib.request.Request(
            self.url,
            data=urllib.parse.urlencode(fields).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=settings.SMS_TIMEOUT) as response:  # noqa: S310
                body = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            # Kavenegar answers errors with an HTTP status and {"return": {"status", "message"}}.
            try:
                detail = json.loads(error.read().decode("utf-8"))["return"]
                raise SmsError(f"Kavenegar {detail.get('status')}: {detail.get('message')}") from error
            except (ValueError, KeyError, TypeError):
                raise SmsError(f"Kavenegar HTTP {error.code}") from error
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise SmsError(f"Kavenegar unreachable: {error}") from error
        status = (body.get("return") or {}).get("status")
        if status != 200:
            raise SmsError(f"Kavenegar {status}: {(body.get('return') or {}).get('message')}")
        entries = body.get("entries") or [{}]
        return str(entries[0].get("messageid", ""))


BACKENDS = {
    "console": ConsoleBackend,
    "file": FileBackend,
    "locmem": LocmemBackend,
    "kavenegar": KavenegarBackend,
}


def get_backend():
    name = settings.SMS_BACKEND
    backend_class = BACKENDS.get(name) or import_string(name)
    return backend_class()


def send_sms(recipient, text, local_id=None):
    """Send one message through the configured backend; raises SmsError when it was not accepted."""
    return get_backend().send(recipient, text, local_id=local_id)
