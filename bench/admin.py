#!/usr/bin/env python
"""Time and query count of the admin screens editors and desk staff use most.

Each screen is fetched in-process with Django's test client (logged in, Persian admin), a few
times after one warm-up; the table gives the median and the slowest time and the number of
SQL queries of one fetch. Run it on demo data or, to see how it holds at full size, after
`generate_scale_data` (10,000 services, 100,000 news items, 1,000,000 requests):

    .ci/with-postgres.sh sh -c '.venv/bin/python manage.py migrate -v0 &&
      .venv/bin/python manage.py seed_demo && .venv/bin/python manage.py generate_scale_data &&
      .venv/bin/python bench/admin.py'
    DATABASE_URL=postgres://... .venv/bin/python bench/admin.py --repeat 10

The screens: the page explorer of the news index, the requests desk list with a Persian
free-text search and with part of a mobile number, its overdue list, a request's page, a service's edit page, the dashboard; the desk screens
both as a superuser and as a desk staff member limited to one department.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal_site.settings.test")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed fetches per screen (default 5)")
    parser.add_argument("--search", default="بیمه", help="free-text search of the requests desk")
    parser.add_argument("--mobile", default="0912345", help="part of a mobile number to search for")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("set DATABASE_URL (or run through .ci/with-postgres.sh)")

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from forms_pages.models import CitizenRequest
    from home.models import Department
    from newsroom.models import NewsIndexPage, NewsPage
    from services.models import ServicePage

    User = get_user_model()
    admin, _ = User.objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True, "email": "bench@example.ir"}
    )
    department = (
        Department.objects.in_default_language()
        .exclude(staff_group=None)
        .filter(pk__in=CitizenRequest.objects.values("department")[:1])
        .first()
        or Department.objects.in_default_language().exclude(staff_group=None).first()
    )
    staff, _ = User.objects.get_or_create(username="bench-desk", defaults={"email": "desk@example.ir"})
    staff.groups.add(department.staff_group)

    news_index = NewsIndexPage.objects.get(locale__language_code="fa")
    citizen_request = CitizenRequest.objects.filter(department=department).order_by("-created_at").first()
    service = ServicePage.objects.filter(locale__language_code="fa").order_by("pk").first()
    sizes = {
        "services": ServicePage.objects.count(),
        "news": NewsPage.objects.count(),
        "requests": CitizenRequest.objects.count(),
    }

    screens = [
        ("page explorer: news index", admin, f"/admin/pages/{news_index.pk}/"),
        ("requests desk: search", admin, f"/admin/citizen-requests/?q={args.search}"),
        ("requests desk: search (desk staff)", staff, f"/admin/citizen-requests/?q={args.search}"),
        ("requests desk: search a mobile", admin, f"/admin/citizen-requests/?q={args.mobile}"),
        ("requests desk: overdue", admin, "/admin/citizen-requests/?overdue=true"),
        ("requests desk: overdue (desk staff)", staff, "/admin/citizen-requests/?overdue=true"),
        ("a request's page", admin, f"/admin/citizen-requests/edit/{citizen_request.pk}/"),
        ("a request's page (desk staff)", staff, f"/admin/citizen-requests/edit/{citizen_request.pk}/"),
        ("service edit page", admin, f"/admin/pages/{service.pk}/edit/"),
        ("dashboard", admin, "/admin/"),
        ("dashboard (desk staff)", staff, "/admin/"),
    ]

    print(
        f"Admin screens, {sizes['services']:,} services, {sizes['news']:,} news pages, "
        f"{sizes['requests']:,} requests; {args.repeat} fetches each after one warm-up; "
        f"load average {os.getloadavg()[0]:.1f} at the start, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.\n"
        "CPU ms is this process's own time (rendering, Python); wall ms adds the database and waiting for a core.\n"
    )
    print("| screen | status | median ms | slowest ms | CPU ms (median) | queries |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, user, url in screens:
        client = Client(HTTP_ACCEPT_LANGUAGE="fa")
        client.force_login(user)
        client.get(url)  # warm-up: templates, caches, the connection
        timings, cpu = [], []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
        print(
            f"| {label} | {response.status_code} | {statistics.median(timings):.0f} | {max(timings):.0f} "
            f"| {statistics.median(cpu):.0f} | {len(queries.captured_queries)} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
