"""The citizens of bench/faults.py: each thread a steady stream of one kind of visit to the
portal (contact requests with a PDF attachment, tracking look-ups, page views), recording what
each citizen saw: status, time, and how an error page looked.
"""

import http.client
import random
import re
import threading
import time
import uuid

PAGES = ["/", "/news/", "/services/", "/laws/", "/tenders/", "/contact/", "/en/", "/en/news/"]
PERSIAN = re.compile("[\u0600-\u06ff]{3}")


def minimal_pdf(size):
    """A PDF of about `size` bytes (the form checks the signature, the desk opens it)."""
    body = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    padding = b"% " + b"x" * 70 + b"\n"
    while len(body) < size:
        body += padding
    return body + b"trailer<</Root 1 0 R>>\n%%EOF\n"


class Client:
    """One citizen's browser: cookies, and its own source address on the loopback network."""

    def __init__(self, port, address="127.0.0.1"):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, body=None, headers=None, timeout=60):
        headers = dict(headers or {})
        headers["Host"] = "127.0.0.1"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=timeout, source_address=(self.address, 0)
        )
        started = time.time()
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, response.headers, text, started
        except OSError as error:
            return 0, {}, f"{type(error).__name__}: {error}", started
        finally:
            connection.close()


def error_kind(status, text):
    """How an error looked to a citizen: Persian page, nginx's bare page, or something else."""
    if status == 0:
        return "no answer"
    if "<center>nginx" in text:
        return "nginx's bare page"
    return "Persian page" if PERSIAN.search(text) else "non-Persian page"


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.events = []  # (started, finished, kind, status, error kind or "")
        self.submissions = []  # dicts: token, mobile, status, code, started

    def add(self, started, kind, status, text, ok):
        with self.lock:
            self.events.append((started, time.time(), kind, status, "" if ok else error_kind(status, text)))


def submitter(front, recorder, stop, addresses, pdf, departments):
    while not stop.is_set():
        client = Client(front, next(addresses))
        token = uuid.uuid4().hex[:12]
        mobile = "0912" + f"{random.randrange(10**7):07d}"
        status, _, text, started = client.request("GET", "/contact/")
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if status != 200 or not match:
            recorder.add(started, "submission", status, text, False)
            time.sleep(0.5)
            continue
        if not departments:
            departments.extend(re.findall(r'<option value="(\d+)"', text))
        fields = {
            "csrfmiddlewaretoken": match.group(1),
            "kind": "question",
            "department": random.choice(departments),
            "subject": f"پرسش آزمون خطا {token}",
            "text": "پرسش دربارهٔ بیمهٔ بیکاری که در آزمون خطاهای سرور فرستاده شد.",
            "name": "شهروند آزمون",
            "mobile": mobile,
            "email": "",
            "national_id": "",
            "website": "",
        }
        boundary = "----portalfaults" + token
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        ]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="letter-{token}.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n".encode()
            + pdf
            + b"\r\n"
        )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        status, headers, text, started = client.request(
            "POST", "/contact/", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
        code = None
        if status == 302:
            thanks_status, _, thanks, _ = client.request("GET", headers["Location"])
            found = re.search(r'data-code="(\d+)"', thanks)
            code = found.group(1) if thanks_status == 200 and found else None
        recorder.add(started, "submission", status, text, code is not None)
        with recorder.lock:
            recorder.submissions.append(
                {"token": token, "mobile": mobile, "status": status, "code": code, "started": started}
            )
        time.sleep(0.3)


def tracker(front, recorder, stop, addresses):
    while not stop.is_set():
        with recorder.lock:
            known = [s for s in recorder.submissions if s["code"]]
        if not known:
            time.sleep(0.5)
            continue
        chosen = random.choice(known)
        client = Client(front, next(addresses))
        status, _, text, started = client.request("GET", "/track/")
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if status == 200 and match:
            body = f"csrfmiddlewaretoken={match.group(1)}&code={chosen['code']}&contact={chosen['mobile']}"
            status, headers, text, started = client.request(
                "POST", "/track/", body.encode(), {"Content-Type": "application/x-www-form-urlencoded"}
            )
            ok = status == 302 and "/track/" in headers.get("Location", "")
        else:
            ok = False
        recorder.add(started, "tracking look-up", status, text, ok)
        time.sleep(0.4)


def reader(front, recorder, stop):
    client = Client(front)
    while not stop.is_set():
        status, _, text, started = client.request("GET", random.choice(PAGES))
        recorder.add(started, "page view", status, text, status == 200)
        time.sleep(0.1)
