"""Local stand-ins for the two channels, for the benchmarks and the tests (which must never reach
the internet): an SMTP sink and a server speaking Kavenegar's sms/send.json. Each records what
it was sent (Message-IDs, localids) so a run can check that every message arrived exactly once:
a double send shows."""

import json
import re
import socketserver
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    """An HTTP stand-in that answers with `answer()` and keeps its log off the run's output."""

    def answer(self, status, body, headers):
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


class _SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 bench SMTP sink")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 bench")
            elif command.startswith(("MAIL", "RCPT", "RSET", "NOOP")):
                self.reply("250 OK")
            elif command == "DATA":
                self.reply("354 go ahead")
                data = []
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk)
                match = re.search(rb"^Message-ID:\s*(\S+)", b"".join(data), re.M | re.I)
                with self.server.lock:
                    self.server.message_ids.append(match.group(1).decode() if match else None)
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class _Sink:
    """A server on its own thread that records what it is sent. Until `start()` nothing
    answers (the port is bound but never served): a channel that is down."""

    def __init__(self, server):
        self.server = server
        self.server.lock = threading.Lock()
        self.port = server.server_address[1]
        self.started = False

    def start(self):
        # shutdown() waits for the loop's next look at its flag: every half second by default,
        # half a second at the end of every test that used a sink.
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        self.started = True
        return self

    def stop(self):
        if self.started:
            self.server.shutdown()
        self.server.server_close()


class SmtpSink(_Sink):
    def __init__(self, port=0):
        super().__init__(_Server(("127.0.0.1", port), _SmtpHandler))
        self.server.message_ids = []
        self.message_ids = self.server.message_ids


class _KavenegarHandler(QuietHandler):
    """Kavenegar's documented sms/send.json: form fields receptor, message, sender, localid;
    JSON {"return": {"status", "message"}, "entries": [...]}; a wrong key is HTTP 403."""

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        fields = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
        if self.path != f"/v1/{self.server.sink.api_key}/sms/send.json":
            return self.reply(403, {"return": {"status": 403, "message": "کد شناسائی API-Key معتبر نمی‌باشد"}})
        entry = self.server.sink.accept(fields)
        self.reply(200, {"return": {"status": 200, "message": "تایید شد"}, "entries": [entry]})

    def reply(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.answer(status, data, {"Content-Type": "application/json; charset=utf-8"})


class KavenegarSink(_Sink):
    """A Kavenegar look-alike on 127.0.0.1. `local_ids` lists the localid of every send it was
    asked for (a double send shows there); `received` holds the messages it took, one per
    localid, since Kavenegar does not send a second message with a localid it has seen."""

    def __init__(self, api_key, port=0):
        super().__init__(ThreadingHTTPServer(("127.0.0.1", port), _KavenegarHandler))
        self.server.sink = self
        self.api_key = api_key
        self.local_ids = []
        self.received = []
        self._entries = {}

    def accept(self, fields):
        """The entry Kavenegar answers for one send of `fields`."""
        local_id = fields.get("localid")
        with self.server.lock:
            self.local_ids.append(local_id)
            if local_id and local_id in self._entries:
                return self._entries[local_id]
            self.received.append(fields)
            entry = {
                "messageid": 8792343 + len(self.received),
                "message": fields["message"],
                "status": 1,
                "statustext": "در صف ارسال",
                "sender": fields.get("sender", "10004346"),
                "receptor": fields["receptor"],
                "date": 1356619709,
                "cost": 120,
            }
            if local_id:
                self._entries[local_id] = entry
            return entry

    def texts_to(self, receptor):
        return [fields["message"] for fields in self.received if fields["receptor"] == receptor]
