"""Local stand-ins for the two channels, for benchmarks: an SMTP sink and a server speaking
Kavenegar's sms/send.json. Each records what it received (Message-IDs, localids) so a run can
check that every message arrived exactly once. Neither de-duplicates: a double send shows."""

import json
import re
import socketserver
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


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
    """A server on its own thread that records what it is sent."""

    def __init__(self, server):
        self.server = server
        self.server.lock = threading.Lock()

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class SmtpSink(_Sink):
    def __init__(self, port):
        super().__init__(_Server(("127.0.0.1", port), _SmtpHandler))
        self.server.message_ids = []
        self.message_ids = self.server.message_ids


class _KavenegarHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        fields = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
        if self.path != f"/v1/{self.server.api_key}/sms/send.json":
            body, status = {"return": {"status": 403, "message": "bad key"}}, 403
        else:
            with self.server.lock:
                self.server.local_ids.append(fields.get("localid"))
                number = len(self.server.local_ids)
            entry = {"messageid": number, "status": 1, "receptor": fields.get("receptor"), "cost": 120}
            body, status = {"return": {"status": 200, "message": "تایید شد"}, "entries": [entry]}, 200
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class KavenegarSink(_Sink):
    def __init__(self, port, api_key):
        super().__init__(ThreadingHTTPServer(("127.0.0.1", port), _KavenegarHandler))
        self.server.api_key = api_key
        self.server.local_ids = []
        self.local_ids = self.server.local_ids
