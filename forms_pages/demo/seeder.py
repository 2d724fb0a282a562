"""Seeds the demo content of forms_pages (`manage.py seed_forms`): the contact page, forms and
surveys, polls with votes, and sample requests in every status with their history, from
`content`. Idempotent (found by slug or subject). The contact page, the forms index and the
forms' summaries and introductions follow the demo's wording on pages no one has edited
(`seeding.refresh_texts`), so a database seeded earlier loses an outdated text on the next run;
so does each demo form's staff address (`to_address`: its department's e-mail, in both languages).

The open forms and polls also get English translations (an "en" entry in their spec); a
translation has its own fields or options, so its submissions and votes are its own."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone

from forms_pages.demo.content import FORMS, HOME_CHILDREN, POLLS, REQUESTS, THANKS, THANKS_EN
from forms_pages.models import (
    CitizenRequest,
    ContactPage,
    DepartmentDesk,
    FormField,
    FormPage,
    FormsIndexPage,
    PollOption,
    PollPage,
    PollVote,
    RequestEvent,
    ResponseTarget,
)
from forms_pages.models.desk_access import OVERSEE_REQUESTS
from forms_pages.models.targets import DEFAULT_TARGET_DAYS
from home.demo import content as home_content
from home.demo import seeding
from home.models import Department
from home.pages.editor_groups import DIRECTOR_GROUP

from ..choices import EventAction, RequestStatus
from ..routing import route

# A demo form's texts that follow the demo's wording until someone edits the form (its fields
# and a poll's question stay as made: answers and votes were given to them).
FORM_TEXTS = ("summary", "intro")


class Seeder(seeding.AppSeeder):
    """Creates or completes the demo content of forms_pages."""

    app = "forms_pages"

    @transaction.atomic
    def seed(self, home):
        self.violation_reports_unit()
        self.escalation_contacts()
        self.targets()
        self.staff_permissions()
        contact = self.contact_page(home)
        index = self.forms_index(home)
        now = timezone.now()
        for spec in FORMS:
            demo_owned = {"to_address": self.staff_address(spec)}
            self.seeded_page(
                index, spec, now, self.new_form_page, self.translate_form, texts=FORM_TEXTS, fields=demo_owned
            )
        for spec in POLLS:
            self.seeded_page(index, spec, now, self.new_poll_page, self.translate_poll)
        self.sample_requests(now)
        seeding.add_menu_item(contact, 40)
        seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 30, page=contact)
        seeding.add_menu_item(index, 42)
        self.stdout.write(
            f"  forms_pages: {FormPage.objects.count()} forms, {PollPage.objects.count()} polls, "
            f"{CitizenRequest.objects.count()} requests"
        )

    @staticmethod
    def escalation_contacts():
        """Each department's head, alerted when its requests run late (sample addresses, never
        the department's own inbox, which had the reminder); one an editor set is kept."""
        for department in Department.objects.in_default_language():
            DepartmentDesk.objects.get_or_create(
                department=department, defaults={"head_email": f"head.{department.slug}@example.ir"}
            )

    def targets(self):
        for kind, days in DEFAULT_TARGET_DAYS.items():
            ResponseTarget.objects.get_or_create(kind=kind, department=None, defaults={"days": days})

    def staff_permissions(self):
        """Each department's staff group may enter the admin and answer its requests; the
        director's group those of every department."""
        perms = list(
            Permission.objects.filter(
                content_type__app_label__in=["forms_pages", "wagtailadmin"],
                codename__in=["access_admin", "view_citizenrequest", "change_citizenrequest"],
            )
        )
        for group in Group.objects.filter(departments__isnull=False).distinct():
            group.permissions.add(*perms)
        # The director oversees every department's requests: their overdue alerts link there.
        director, _created = Group.objects.get_or_create(name=DIRECTOR_GROUP)
        director.permissions.add(*perms, Permission.objects.get(codename=OVERSEE_REQUESTS.split(".")[1]))

    def contact_page(self, home):
        return seeding.ensure_page(home, ContactPage, "contact", *HOME_CHILDREN["contact"])

    def forms_index(self, home):
        return seeding.ensure_page(home, FormsIndexPage, "forms", *HOME_CHILDREN["forms"])

    @staticmethod
    def staff_address(spec):
        """The e-mail of the department a demo form belongs to ("" when it has none)."""
        department = Department.objects.in_default_language().filter(slug=spec["department"]).first()
        return department.email if department is not None else ""

    def seeded_page(self, index, spec, now, create, translate, texts=(), fields=None):
        """The form or poll of ``spec`` under ``index``, made by ``create`` unless it is there
        already, and its English translation (made by ``translate``) where the spec has one. The
        fields named in ``texts`` follow the spec's wording, and ``fields`` (name → value, the
        same in both languages) their values, on pages no one has edited."""
        fields = fields or {}
        existing = index.get_children().filter(slug=spec["slug"]).first()
        page = existing.specific if existing is not None else create(index, spec, now, **fields)
        if existing is not None:
            seeding.refresh_texts(page, {name: spec[name] for name in texts} | fields)
        if "en" in spec:
            translated, created = translate(page, spec["en"], **fields)
            if not created:
                seeding.refresh_texts(translated, {name: spec["en"][name] for name in texts} | fields)
        return page

    @staticmethod
    def ensure_english(page, english, **fields):
        """The English form or poll: its own title and ``fields``, the Persian page's dates; with
        whether it was made now."""
        return seeding.ensure_translation(
            page, "en", title=english["title"], opens_at=page.opens_at, closes_at=page.closes_at, **fields
        )

    @staticmethod
    def publish_new(index, page_class, spec, now, **fields):
        """A new form or poll under ``index``: the spec's slug and title, open from ``spec["opens"]``
        days after ``now`` until ``spec["closes"]`` days after it (None: no end), and ``fields``."""
        closes = None if spec["closes"] is None else now + datetime.timedelta(days=spec["closes"])
        opens = now + datetime.timedelta(days=spec["opens"])
        page = page_class(slug=spec["slug"], title=spec["title"], opens_at=opens, closes_at=closes, **fields)
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    def new_form_page(self, index, spec, now, **fields):
        form_fields = [
            FormField(sort_order=order, label=label, field_type=field_type, required=required, choices=choices)
            for order, (label, field_type, required, choices) in enumerate(spec["fields"])
        ]
        texts = {"summary": spec["summary"], "intro": spec["intro"], "thank_you_text": THANKS}
        return self.publish_new(
            index, FormPage, spec, now, one_response_per_person=spec["one"], form_fields=form_fields, **texts, **fields
        )

    def translate_form(self, page, english, **fields):
        """The English form: same fields, types, choices order and dates; its own submissions."""
        persian_fields = page.form_fields.order_by("sort_order")
        form_fields = [
            FormField(
                sort_order=field.sort_order,
                label=label,
                field_type=field.field_type,
                required=field.required,
                choices=choices,
            )
            for field, (label, choices) in zip(persian_fields, english["fields"], strict=True)
        ]
        return self.ensure_english(
            page,
            english,
            summary=english["summary"],
            intro=english["intro"],
            thank_you_text=THANKS_EN,
            form_fields=form_fields,
            **fields,
        )

    def translate_poll(self, page, english):
        """The English poll: same options in the same order and dates; its votes are its own."""
        options = [
            PollOption(sort_order=option.sort_order, label=label)
            for option, label in zip(page.options.order_by("sort_order"), english["options"], strict=True)
        ]
        return self.ensure_english(
            page, english, question=english["question"], summary=english["question"], options=options
        )

    def new_poll_page(self, index, spec, now):
        options = [PollOption(sort_order=order, label=label) for order, (label, _votes) in enumerate(spec["options"])]
        page = self.publish_new(
            index, PollPage, spec, now, question=spec["question"], summary=spec["question"], options=options
        )
        voter = 0
        for option, (_label, votes) in zip(page.options.order_by("sort_order"), spec["options"], strict=True):
            PollVote.objects.bulk_create(
                [PollVote(page=page, option=option, voter=f"seed:{voter + n}") for n in range(votes)]
            )
            voter += votes
        return page

    @staticmethod
    def violation_reports_unit():
        """Reports of administrative violations go to the complaints unit (unless a unit already
        receives them): the flag on it and on its translations."""
        if Department.objects.filter(receives_violation_reports=True).exists():
            return
        unit = Department.objects.in_default_language().filter(slug=home_content.VIOLATION_REPORTS_UNIT).first()
        if unit is not None:
            unit.receives_violation_reports = True
            unit.save()

    def sample_requests(self, now):
        departments = list(Department.objects.in_default_language().order_by("sort_order"))
        if not departments:
            return
        for number, (subject, kind, _dept, status, days_ago, answer, rating) in enumerate(REQUESTS):
            if CitizenRequest.objects.filter(subject=subject).exists():
                continue
            # A violation report about one unit, handled by the unit receiving such reports.
            department, reported = route(kind, departments[number % len(departments)])
            created = now - datetime.timedelta(days=days_ago, hours=3)
            request = CitizenRequest(
                kind=kind,
                department=department,
                reported_department=reported,
                subject=subject,
                text=f"{subject}. لطفاً راهنمایی کنید و نتیجه بررسی را از راه همین سامانه اعلام فرمایید.",
                name="شهروند نمونه",
                mobile=f"0912000000{number}",
                email=f"sample{number}@example.ir",
                created_at=created,
            )
            request.save()
            RequestEvent.objects.create(
                request=request, action=EventAction.SUBMITTED, status=RequestStatus.RECEIVED, created_at=created
            )
            steps = {
                RequestStatus.RECEIVED: [],
                RequestStatus.UNDER_REVIEW: [RequestStatus.UNDER_REVIEW],
                RequestStatus.ANSWERED: [RequestStatus.UNDER_REVIEW, RequestStatus.ANSWERED],
                RequestStatus.VISIT_REQUESTED: [RequestStatus.UNDER_REVIEW, RequestStatus.VISIT_REQUESTED],
                RequestStatus.CLOSED: [RequestStatus.UNDER_REVIEW, RequestStatus.ANSWERED, RequestStatus.CLOSED],
            }[status]
            for offset, step in enumerate(steps, start=1):
                text = answer if step in (RequestStatus.ANSWERED, RequestStatus.VISIT_REQUESTED) else ""
                RequestEvent.objects.create(
                    request=request,
                    action=EventAction.ANSWERED if text else EventAction.STATUS,
                    status=step,
                    public_text=text,
                    created_at=created + datetime.timedelta(days=offset),
                )
            fields = {"status": status}
            if status == RequestStatus.VISIT_REQUESTED:
                fields.update(
                    visit_at=now + datetime.timedelta(days=4, hours=2),
                    visit_place="ساختمان اداره کل، طبقه دوم، دبیرخانه کمیته مشاغل سخت و زیان‌آور",
                    visit_documents="اصل کارت ملی\nسوابق بیمه‌ای\nگواهی اشتغال از کارفرما",
                )
            if rating:
                fields.update(rating=rating, rating_comment="پاسخ روشن و به‌موقع بود.", rated_at=now)
            CitizenRequest.objects.filter(pk=request.pk).update(**fields)
