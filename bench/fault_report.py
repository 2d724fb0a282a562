"""The report of bench/faults.py: what citizens saw in each phase, and what was stored."""

import collections
import json
import os
import time


def stored(stack, tokens):
    """What the database and the upload disk hold for the bench's submissions."""
    script = f"""
import json, os
from django.conf import settings
from forms_pages.models import CitizenRequest, RequestAttachment
from forms_pages.models.outbox import OutboundMessage
tokens = json.load(open({str(stack.tmp / "tokens.json")!r}))
rows = {{}}
for r in CitizenRequest.objects.filter(subject__startswith="پرسش آزمون خطا").prefetch_related("attachments"):
    token = r.subject.rsplit(" ", 1)[-1]
    files = [(a.file.name, a.size, os.path.exists(a.file.path) and os.path.getsize(a.file.path)) for a in r.attachments.all()]
    rows.setdefault(token, []).append({{"code": r.code, "files": files}})
known = set(RequestAttachment.objects.values_list("file", flat=True))
orphans = []
for folder, _dirs, names in os.walk(settings.PRIVATE_MEDIA_ROOT):
    for name in names:
        path = os.path.relpath(os.path.join(folder, name), settings.PRIVATE_MEDIA_ROOT)
        if path not in known and path != "filler":
            orphans.append(path)
states = {{}}
for state in OutboundMessage.objects.filter(request__subject__startswith="پرسش آزمون خطا").values_list("state", flat=True):
    states[state] = states.get(state, 0) + 1
print(json.dumps({{"rows": rows, "orphans": orphans, "outbox": states}}))
"""
    (stack.tmp / "tokens.json").write_text(json.dumps(tokens))
    output = stack.manage("shell", "-c", script, capture=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def report(recorder, phases, stack, pdf_size, options):
    print()
    print(f"machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(
        f"stack: nginx (deploy/nginx.conf) -> 2 gunicorn servers x{options.workers} sync workers "
        "(deploy/gunicorn.conf.py), PostgreSQL 15, Redis, outbox worker; uploads on a "
        f"{options.upload_mb} MB tmpfs; attachment {pdf_size // 1024} KB"
    )
    header = (
        f"{'phase':<24} {'kind':<17} {'requests':>8} {'ok':>5} {'failed: statuses':<18} {'error pages':<22} "
        f"{'recovered':>9} {'median':>7} {'max':>6}"
    )
    print(header)
    print("-" * len(header))
    rows = []
    for name, start, end, fault_end, note in phases:
        events = [e for e in recorder.events if start <= e[0] < end]
        for kind in ("submission", "tracking look-up", "page view"):
            mine = [e for e in events if e[2] == kind]
            failed = [e for e in mine if e[4]]
            statuses = collections.Counter(e[3] for e in failed)
            pages = collections.Counter(e[4] for e in failed)
            if failed:
                last = max(e[1] for e in failed)
                recovered = f"{max(0.0, last - fault_end):.1f} s"
            else:
                recovered = "-"
            status_text = " ".join(f"{s}×{n}" for s, n in sorted(statuses.items())) or "-"
            page_text = ", ".join(f"{p} ×{n}" for p, n in pages.items()) or "-"
            page_text = page_text.replace("Persian page", "Persian")
            durations = sorted(e[1] - e[0] for e in mine) or [0.0]
            line = (
                f"{name:<24} {kind:<17} {len(mine):>8} {len(mine) - len(failed):>5} {status_text:<18} {page_text:<22} "
                f"{recovered:>9} {durations[len(durations) // 2]:>6.2f}s {durations[-1]:>5.1f}s"
            )
            rows.append(line)
            print(line)
        print(f"{'':<24} ({note})")
    tokens = [s["token"] for s in recorder.submissions]
    found = stored(stack, tokens)
    with_code = [s for s in recorder.submissions if s["code"]]
    without = [s for s in recorder.submissions if not s["code"]]
    exact = sum(
        1
        for s in with_code
        if len(found["rows"].get(s["token"], [])) == 1
        and found["rows"][s["token"]][0]["code"] == s["code"]
        and len(found["rows"][s["token"]][0]["files"]) == 1
        and all(size == disk == pdf_size for _, size, disk in found["rows"][s["token"]][0]["files"])
    )
    stored_anyway = sum(1 for s in without if s["token"] in found["rows"])
    duplicates = sum(1 for rows_ in found["rows"].values() if len(rows_) > 1)
    print()
    print(f"submissions: {len(recorder.submissions)}; got a tracking code: {len(with_code)}")
    print(f"  stored exactly once with the attachment intact on disk: {exact} of {len(with_code)}")
    print(f"  failed (no code): {len(without)}; of these stored anyway: {stored_anyway}")
    print(f"  stored more than once: {duplicates}; attachment files without a request: {len(found['orphans'])}")
    print(f"  outbox messages of these requests: {found['outbox']}; worker restarts: {stack.worker_restarts}")
    non_persian = [e for e in recorder.events if e[4] and e[4] != "Persian page" and e[2] != "page view"]
    print(f"  failed submissions or look-ups without a Persian page: {len(non_persian)}")
    return exact == len(with_code) and not duplicates and not found["orphans"] and not non_persian
