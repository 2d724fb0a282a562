"""What the desk tells applicants and staff, put in the outbox (never sent from here).

Every function is called inside the transaction that records the event, so the messages are
stored with it. The applicant is reached on every channel they gave: e-mail, and SMS to an
Iranian mobile (a number abroad is kept for staff, never texted: such an applicant gave an e-mail).
SMS texts are short: routine ones fit in two UCS-2 parts (134 Persian characters), a visit
request (its time, its place and the department asking) in `VISIT_SMS_PARTS`, and an answer is
cut to `ANSWER_SMS_PARTS` parts with a pointer to the tracking page.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.language.dates import format_date
from home.language.text import local_digits, to_persian_digits
from home.operations.sms import segments

from .choices import Channel, MessagePurpose, RequestStatus
from .outbox import queue_message

ROUTINE_SMS_PARTS = 2
# The department's name (up to ~50 letters) took the place's room in two parts.
VISIT_SMS_PARTS = 3
ANSWER_SMS_PARTS = 6


def track_url(language):
    with translation.override(language or "fa"):
        path = reverse("forms_pages:track")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def admin_url(citizen_request):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("citizen_requests:edit", args=[citizen_request.pk])


def fit_sms(build, value, parts=ROUTINE_SMS_PARTS):
    """`build(value)`, with `value` shortened (ending in "…") until the text fits in `parts` parts."""
    text = build(value)
    while segments(text) > parts and value:
        value = value[: max(len(value) - max(len(text) // 20, 1), 0)].rstrip()
        text = build(value + "…" if value else "")
    return text


def applicant_channels(citizen_request):
    """The channels the applicant is told on: e-mail when they gave one, SMS to an Iranian mobile
    (a number abroad is kept for staff, never texted). None for an anonymous report: its reporter
    reads everything on the tracking page. The desk's screen says the same (`answer_forms`)."""
    return tuple(
        channel
        for channel, reached in ((Channel.EMAIL, citizen_request.email), (Channel.SMS, citizen_request.texted))
        if reached
    )


def _tell_applicant(citizen_request, event, purpose, template, sms_text, /, **context):
    """Tell the applicant on every channel they gave, in their language: the e-mail
    `forms_pages/emails/<template>.txt` (and its `_subject`), and the text `sms_text`."""
    channels = applicant_channels(citizen_request)
    if Channel.EMAIL in channels:
        context |= {"request_obj": citizen_request, "track_url": track_url(citizen_request.language)}
        with translation.override(citizen_request.language or "fa"):
            subject = " ".join(render_to_string(f"forms_pages/emails/{template}_subject.txt", context).split())
            body = render_to_string(f"forms_pages/emails/{template}.txt", context)
        _queue(citizen_request, event, purpose, Channel.EMAIL, citizen_request.email, body, subject)
    if Channel.SMS in channels:
        _queue(citizen_request, event, purpose, Channel.SMS, citizen_request.mobile, sms_text)


def _queue(request, event, purpose, channel, recipient, body, subject=""):
    """One message about `request` (and its `event`) in the outbox, by e-mail or SMS."""
    queue_message(
        channel=channel, purpose=purpose, recipient=recipient, subject=subject, body=body, request=request, event=event
    )


def acknowledgement_sms(citizen_request):
    language = citizen_request.language or "fa"
    with translation.override(language):
        due = format_date(citizen_request.due_at, language) if citizen_request.due_at else ""
        return _("Request received. Tracking code: %(code)s. Answer by %(date)s. Track: %(url)s") % {
            "code": local_digits(citizen_request.code_display, language),
            "date": due,
            "url": track_url(language),
        }


def files_sms(files, language):
    """The SMS's last sentence, after a space: how many `files` came with the answer, to download
    on the tracking page; "" for none."""
    if not files:
        return ""
    with translation.override(language):
        # On a line of its own: after the tracking address a space alone ran it into the link.
        return "\n" + ngettext(
            "%(count)s file from the department is waiting for you on the tracking page.",
            "%(count)s files from the department are waiting for you on the tracking page.",
            files,
        ) % {"count": local_digits(str(files), language)}


def update_sms(citizen_request, event, cancelled_visit=None, files=0):
    """The SMS for a staff answer, status change or visit request; a visit called off
    (`cancelled_visit`, its time) is said first, the number of `files` sent with it last."""
    language = citizen_request.language or "fa"
    code = local_digits(citizen_request.code_display, language)
    url = track_url(language)
    tail = files_sms(files, language)
    answer = event.public_text
    # The department answering or asking for the visit, named in the applicant's language.
    department = citizen_request.department.in_language(language).name
    with translation.override(language):
        if cancelled_visit:
            called_off = _("The in-person visit on %(date)s is cancelled; you need not come.") % {
                "date": format_date(cancelled_visit, language)
            }
            if not answer:
                news = _("Request %(code)s: %(news)s Track: %(url)s") % {"code": code, "news": called_off, "url": url}
                return news + tail
            answer = f"{called_off} {answer}"
        # What the step states (`event.status`): a new status, or a visit asked for (again); an
        # answer added with the status left as it was says nothing of the status.
        if event.status == RequestStatus.VISIT_REQUESTED:
            when = format_date(citizen_request.visit_at, language, with_time=True)
            return fit_sms(
                lambda place: (
                    _("Request %(code)s: %(department)s asks you to visit on %(when)s at %(place)s. Details: %(url)s")
                    % {"code": code, "department": department, "when": when, "place": place, "url": url}
                    + tail
                ),
                citizen_request.visit_place,
                parts=VISIT_SMS_PARTS,
            )
        if answer and event.status and event.status != RequestStatus.ANSWERED:
            # The text came with another status (closed, waiting for the applicant): say it too.
            status = citizen_request.get_status_display()
            return fit_sms(
                lambda answer: (
                    _("Request %(code)s is now: %(status)s. Answer from %(department)s: %(answer)s Full text: %(url)s")
                    % {"code": code, "status": status, "department": department, "answer": answer, "url": url}
                    + tail
                ),
                answer,
                parts=ANSWER_SMS_PARTS,
            )
        if answer:
            return fit_sms(
                lambda answer: (
                    _("Answer to request %(code)s from %(department)s: %(answer)s Full text: %(url)s")
                    % {"code": code, "department": department, "answer": answer, "url": url}
                    + tail
                ),
                answer,
                parts=ANSWER_SMS_PARTS,
            )
        status = citizen_request.get_status_display()
        if citizen_request.awaiting_answer and not citizen_request.is_overdue:
            # Work resumed or the request reopened: the (new) answer-by date, as the e-mail gives it.
            news = _("Request %(code)s is now: %(status)s. Answer by %(date)s. Track: %(url)s") % {
                "code": code,
                "status": status,
                "date": format_date(citizen_request.due_at, language),
                "url": url,
            }
            return news + tail
        news = _("Request %(code)s is now: %(status)s. Track: %(url)s") % {"code": code, "status": status, "url": url}
        return news + tail


def notify_submitted(citizen_request, event):
    """Acknowledge to the applicant on every channel they gave; tell the department."""
    sms_text = acknowledgement_sms(citizen_request)
    _tell_applicant(citizen_request, event, MessagePurpose.ACKNOWLEDGEMENT, "acknowledgement", sms_text)
    department_email = citizen_request.department.email
    if department_email:
        # Only what staff need to find the request in the admin; no personal data in mail.
        staff_context = {
            "request_obj": citizen_request,
            "track_url": track_url(citizen_request.language),
            "admin_url": admin_url(citizen_request),
        }
        with translation.override("fa"):
            subject = " ".join(render_to_string("forms_pages/emails/department_subject.txt", staff_context).split())
            body = render_to_string("forms_pages/emails/department.txt", staff_context)
        _queue(citizen_request, event, MessagePurpose.NEW_REQUEST, Channel.EMAIL, department_email, body, subject)


def update_news(citizen_request, event, status_changed):
    """The e-mail's first sentence, in the active language: the new status when the step changed
    it, else the visit's new time or place, or the new answer (a status left as it was is no news)."""
    subject = {"subject": citizen_request.subject}
    if status_changed:
        return _("Your request “%(subject)s” is now: %(status)s.") % (subject | {"status": event.get_status_display()})
    if event.status == RequestStatus.VISIT_REQUESTED:
        return _("The in-person visit for your request “%(subject)s” has changed.") % subject
    return _("There is a new answer to your request “%(subject)s”.") % subject


def notify_update(citizen_request, event, cancelled_visit=None, files=0, status_changed=True):
    """Tell the applicant about an answer, a visit request or a new status, about a visit
    called off (`cancelled_visit`, its time) and how many `files` came with it (never attached:
    they are downloaded from the tracking page)."""
    if event.public_text:
        purpose = MessagePurpose.ANSWER
    elif citizen_request.status == RequestStatus.VISIT_REQUESTED:
        purpose = MessagePurpose.VISIT
    else:
        purpose = MessagePurpose.STATUS
    sms_text = update_sms(citizen_request, event, cancelled_visit, files)
    with translation.override(citizen_request.language or "fa"):
        news = update_news(citizen_request, event, status_changed)
    context = {"event": event, "cancelled_visit": cancelled_visit, "files": files, "news": news}
    _tell_applicant(citizen_request, event, purpose, "answer", sms_text, **context)


def _staff_email(citizen_request, event, purpose, recipient, subject, lines):
    """A short Persian e-mail to staff: what happened and the admin link, no personal data."""
    if not recipient:
        return
    body = "\n".join([*lines, "", admin_url(citizen_request)]) + "\n"
    _queue(citizen_request, event, purpose, Channel.EMAIL, recipient, body, subject)


def staff_code(citizen_request):
    """The tracking code as Persian staff read it, in Persian digits (the desk's search takes either)."""
    return local_digits(citizen_request.code_display, "fa")


def _staff_facts(citizen_request):
    with translation.override("fa"):
        reported = citizen_request.reported_department
        return [
            _("Tracking code") + ": " + staff_code(citizen_request),
            _("Kind of request") + ": " + str(citizen_request.get_kind_display()),
            *([_("Unit reported") + ": " + reported.name] if reported else []),
            _("Response due") + ": " + format_date(citizen_request.due_at, "fa"),
        ]


def notify_reply(citizen_request, event):
    """Tell the department the applicant replied (or answered a visit request)."""
    with translation.override("fa"):
        subject = _("The applicant replied to request %(code)s") % {"code": staff_code(citizen_request)}
        lines = [str(event.get_action_display()), *_staff_facts(citizen_request)]
    _staff_email(citizen_request, event, MessagePurpose.REPLY, citizen_request.department.email, subject, lines)


def transfer_sms(citizen_request):
    """The SMS telling the applicant which department now follows their request."""
    language = citizen_request.language or "fa"
    with translation.override(language):
        return fit_sms(
            lambda department: (
                _("Request %(code)s was transferred to %(department)s, which will follow it up. Track: %(url)s")
                % {
                    "code": local_digits(citizen_request.code_display, language),
                    "department": department,
                    "url": track_url(language),
                }
            ),
            citizen_request.department.in_language(language).name,
        )


def notify_transfer(citizen_request, event, previous, reason):
    """Alert the department a request was transferred to, and tell the applicant on every
    channel they gave which department follows it now (the reason stays with the staff)."""
    _tell_applicant(citizen_request, event, MessagePurpose.TRANSFER_NOTICE, "transfer", transfer_sms(citizen_request))
    with translation.override("fa"):
        subject = _("Request %(code)s was transferred to your department") % {"code": staff_code(citizen_request)}
        lines = [
            _("From: %(department)s") % {"department": previous.name},
            _("Reason: %(reason)s") % {"reason": reason},
            *_staff_facts(citizen_request),
        ]
    _staff_email(citizen_request, event, MessagePurpose.TRANSFER, citizen_request.department.email, subject, lines)


def overdue_sms(citizen_request):
    """The SMS telling the applicant their answer is late and the head of the department knows."""
    language = citizen_request.language or "fa"
    with translation.override(language):
        # No date: with it a Persian text no longer fits two parts (the e-mail and the tracking page give it).
        return _(
            "The answer to request %(code)s is late. We apologise; the head of the department has been told. Track: %(url)s"
        ) % {
            "code": local_digits(citizen_request.code_display, language),
            "url": track_url(language),
        }


def notify_overdue(citizen_request, event):
    """Tell the applicant, on every channel they gave and in their language, that the answer is
    late and that the head of the department has been alerted (`event`, the escalation)."""
    _tell_applicant(citizen_request, event, MessagePurpose.OVERDUE_NOTICE, "overdue", overdue_sms(citizen_request))


def notify_escalation(citizen_request, event, purpose, recipient):
    """A reminder before the due date, or an alert that the request is overdue."""
    with translation.override("fa"):
        if purpose == MessagePurpose.REMINDER:
            subject = _("Request %(code)s is due soon") % {"code": staff_code(citizen_request)}
        else:
            subject = _("Request %(code)s is overdue") % {"code": staff_code(citizen_request)}
        lines = [str(citizen_request.department.name), *_staff_facts(citizen_request)]
    _staff_email(citizen_request, event, purpose, recipient, subject, lines)


def queue_digest(department, open_requests, overdue_count, today):
    """The daily digest of a department's open and overdue requests (codes, kinds, due dates)."""
    with translation.override("fa"):
        subject = _("Requests of %(department)s on %(date)s") % {
            "department": department.name,
            "date": format_date(today, "fa"),
        }
        lines = [
            _("Open requests: %(open)s; overdue: %(overdue)s")
            % {"open": to_persian_digits(str(len(open_requests))), "overdue": to_persian_digits(str(overdue_count))},
            "",
        ]
        for citizen_request in open_requests:
            late = " — " + _("Overdue") if citizen_request.is_overdue else ""
            lines.append(
                f"{staff_code(citizen_request)}  {citizen_request.get_kind_display()}  "
                f"{format_date(citizen_request.due_at, 'fa')}{late}"
            )
    queue_message(
        channel=Channel.EMAIL,
        purpose=MessagePurpose.DIGEST,
        recipient=department.email,
        subject=subject,
        body="\n".join(lines) + "\n",
    )
