"""Public tracking views."""

from functools import partial, wraps

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from home.language.text import local_digits

from ..choices import EventAction, RequestStatus
from ..escalation import lateness
from ..forms import RatingForm, ReplyForm, TrackForm, VisitAnswerForm, choose_again_message, code_digits
from ..handling import StorageUnavailable, record_reply
from ..models import CitizenRequest, RequestEvent
from ..models.attachments import sent_with_request
from ..models.requests import CODE_DIGITS, group_code
from ..protection import (
    LIMIT_MESSAGE,
    choose_files_again,
    count_tracking_failure,
    files_not_stored,
    limited,
    over_limit,
    private,
    tracking_lock,
    tracking_wait,
    tracking_wait_message,
)
from ..validators import MAX_ATTACHMENTS

SESSION_TRACKED = "forms_pages_tracked"
# The code of a request's address opened without a proved contact, for the tracking form.
SESSION_ASKED_CODE = "forms_pages_track_code"
# A reply or visit answer posted once this browser's tracking had ended (the session expired,
# «forget this request» in another tab), by the request's code: what was typed (a browser never
# sends a file twice), until the contact is proved and the person sends it. One per code, for
# the last few codes.
SESSION_DRAFTS = "forms_pages_track_drafts"
DRAFT_CODES = 3
DRAFT_FORMS = {"reply": ReplyForm, "visit": VisitAnswerForm}
NOT_SENT_YET = {
    "reply": gettext_lazy(
        "Your reply has not been sent yet. Enter the mobile number or e-mail address you sent the request "
        "with: your reply will be waiting on the request's page, ready to send."
    ),
    "visit": gettext_lazy(
        "Your answer about the visit has not been sent yet. Enter the mobile number or e-mail address you sent "
        "the request with: your answer will be waiting on the request's page, ready to send."
    ),
}


class NotProved(Exception):
    """This browser has not proved it knows the request's contact (see prove_first)."""


def _tracked_request(request, code):
    """The request with `code` if this browser proved it knows the contact; else NotProved,
    then 404 when a proved code's request is gone (anonymised)."""
    if code not in request.session.get(SESSION_TRACKED, []):
        raise NotProved
    citizen_request = (
        CitizenRequest.objects.select_related("department", "reported_department")
        .prefetch_related("events__attachments", "events__department", "attachments")
        .filter(code=code, anonymised_at__isnull=True)
        .first()
    )
    if citizen_request is None:
        raise Http404
    return citizen_request


LOCKED = {
    "code": gettext_lazy(
        "For your security, this tracking code is locked for 24 hours after several tries with a wrong "
        "mobile number or e-mail. If the request is yours, try again tomorrow or call the directorate."
    ),
    "contact": gettext_lazy(
        "For your security, look-ups with this mobile number or e-mail are paused for 24 hours after "
        "many tries with wrong tracking codes. Try again tomorrow or call the directorate."
    ),
}


def prove_first(view=None, *, draft=None):
    """A request's address opened without a proved contact (a saved link, another browser, after
    «forget this request») goes to the tracking form with its code filled in and a notice, not
    to «page not found»; the same for an unknown code, so nothing tells whether a code exists.

    `draft` names the form a view takes ("reply", "visit"): what such a post typed is kept for
    the code (keep_draft) and the notice says it was not sent yet."""
    if view is None:
        return partial(prove_first, draft=draft)

    @wraps(view)
    def wrapped(request, code, *args, **kwargs):
        try:
            return view(request, code, *args, **kwargs)
        except NotProved:
            digits = code_digits(code)
            notice = _("To see this request, enter the mobile number or e-mail address you sent it with.")
            if len(digits) == CODE_DIGITS:
                request.session[SESSION_ASKED_CODE] = digits
                if draft and request.method == "POST" and keep_draft(request, digits, draft):
                    notice = NOT_SENT_YET[draft]
                    if request.FILES:
                        # Outside the f-string: makemessages does not read inside one.
                        files_not_kept = _("Attached files are not kept: you will choose them again there.")
                        notice = f"{notice} {files_not_kept}"
            messages.info(request, notice)
            return private(redirect("forms_pages:track"))

    return wrapped


def _typed(form_class, data):
    """What a post of `form_class` typed, bounded by its fields: a text to its length, a choice
    when it is one of the field's own; never a file."""
    typed = {}
    for name, field in form_class.base_fields.items():
        value = data.get(name, "")
        if isinstance(field, forms.ChoiceField):
            if value and field.valid_value(value):
                typed[name] = value
        elif isinstance(field, forms.CharField) and value.strip():
            typed[name] = value[: field.max_length]
    return typed


def keep_draft(request, code, kind):
    """Keep what a post of the `kind` form typed for the request `code` (its last post; the last
    DRAFT_CODES codes), with the names of its files; False when it typed nothing."""
    typed = _typed(DRAFT_FORMS[kind], request.POST)
    if not typed:
        return False
    files = [uploaded.name[:100] for uploaded in request.FILES.getlist("attachments")][:MAX_ATTACHMENTS]
    drafts = request.session.get(SESSION_DRAFTS, {})
    drafts.pop(code, None)
    drafts[code] = {"form": kind, "data": typed, "files": files}
    request.session[SESSION_DRAFTS] = dict(list(drafts.items())[-DRAFT_CODES:])
    return True


def _draft_form(request, code, kind):
    """The `kind` form filled with the draft kept for the request `code`, naming the files to
    choose again (as a form that comes back does); None without one."""
    draft = request.session.get(SESSION_DRAFTS, {}).get(code)
    if draft is None or draft["form"] != kind:
        return None
    form = DRAFT_FORMS[kind](draft["data"])
    if draft["files"]:
        form.full_clean()
        form.add_error("attachments", choose_again_message(draft["files"]))
    return form


def _drop_draft(request, code, kind):
    """The draft of the `kind` form for `code` was sent: forget it."""
    drafts = request.session.get(SESSION_DRAFTS, {})
    if drafts.get(code, {}).get("form") == kind:
        del drafts[code]
        request.session[SESSION_DRAFTS] = drafts


def record_tracking_failure(citizen_request, failures, limit):
    """Put a wrong-contact look-up, and the lock it may cause, in the request's history for the desk."""
    RequestEvent.objects.create(request=citizen_request, action=EventAction.TRACK_FAILED)
    if failures == limit:
        RequestEvent.objects.create(request=citizen_request, action=EventAction.TRACK_LOCKED)


@require_http_methods(["GET", "POST"])
def track(request):
    """Ask for the tracking code and the contact given with the request."""
    status = 200
    error = None
    if request.method == "POST":
        form = TrackForm(request.POST)
        if form.is_valid():
            code, contact = form.cleaned_data["code"], form.cleaned_data["contact"]
            wait = tracking_wait(request)
            if wait:
                # Refused for the address's wrong look-ups: the form comes back with the code.
                return limited(_track_page(request, form, tracking_wait_message(wait), status=429), wait)
            lock = tracking_lock(code, contact)
            if lock is not None:
                return private(_track_page(request, form, LOCKED[lock], status=429))
            citizen_request = CitizenRequest.objects.filter(code=code).first()
            if citizen_request is not None and citizen_request.matches_contact(contact):
                tracked = request.session.get(SESSION_TRACKED, [])
                if citizen_request.code not in tracked:
                    request.session[SESSION_TRACKED] = (tracked + [citizen_request.code])[-20:]
                request.session.cycle_key()
                detail = reverse("forms_pages:track_detail", kwargs={"code": citizen_request.code})
                # A reply or answer kept while the tracking had ended: to its form, ready to send.
                draft = request.session.get(SESSION_DRAFTS, {}).get(citizen_request.code)
                if draft:
                    detail += f"#{draft['form']}-heading"
                return private(redirect(detail))
            failures, limit = count_tracking_failure(request, code, contact)
            if citizen_request is not None:
                record_tracking_failure(citizen_request, failures, limit)
            # The same words whether the code is unknown or the contact is wrong.
            error = _("No request matches this tracking code and contact. Check both and try again.")
            status = 404
        else:
            status = 400
    else:
        asked = request.session.pop(SESSION_ASKED_CODE, None)
        form = TrackForm(initial={"code": local_digits(group_code(asked))} if asked else None)
        if asked:
            # Sent here from the request's address: its code is filled in, the contact is asked.
            form.fields["contact"].widget.attrs["autofocus"] = True
    return private(_track_page(request, form, error, status))


def _track_page(request, form, error, status):
    context = {"heading": _("Follow a request"), "form": form, "error": error}
    return render(request, "forms_pages/track.html", context, status=status)


@require_http_methods(["GET", "POST"])
@prove_first
def track_detail(request, code):
    """The request's history, answers, visit details, rating form and downloads."""
    citizen_request = _tracked_request(request, code)
    rating_form = None
    status = 200
    if citizen_request.can_be_rated:
        if request.method == "POST":
            rating_form = RatingForm(request.POST)
            if rating_form.is_valid():
                updated = CitizenRequest.objects.filter(pk=citizen_request.pk, rating__isnull=True).update(
                    rating=rating_form.cleaned_data["rating"],
                    rating_comment=rating_form.cleaned_data["comment"],
                    rated_at=timezone.now(),
                )
                if updated:
                    RequestEvent.objects.create(request=citizen_request, action=EventAction.RATED)
                # To the confirmation, where the rating form was.
                return private(redirect(reverse("forms_pages:track_detail", kwargs={"code": code}) + "#rated"))
            status = 400
        else:
            rating_form = RatingForm()
    elif request.method == "POST":
        status = 409
    return _render_detail(request, citizen_request, rating_form=rating_form, status=status)


def _render_detail(
    request, citizen_request, status=200, rating_form=None, reply_form=None, visit_form=None, limit=None
):
    """The request's page; `limit` names the form ("reply", "visit") that came back over its limit."""
    forms_shown = {
        "reply": (reply_form, citizen_request.status != RequestStatus.CLOSED),
        "visit": (visit_form, citizen_request.status == RequestStatus.VISIT_REQUESTED),
    }
    context = {
        "heading": _("Your request"),
        "request_obj": citizen_request,
        "lateness": lateness(citizen_request),
        "events": citizen_request.public_events(),
        "sent_files": sent_with_request(citizen_request),
        "rating_form": rating_form,
        "draft": None,
        "statuses": RequestStatus,
    }
    for kind, (form, shown) in forms_shown.items():
        if shown and form is None:
            # A reply or answer kept while the tracking had ended comes back filled in, not sent.
            form = _draft_form(request, citizen_request.code, kind)
            if form is not None:
                context["draft"] = kind
        context[f"{kind}_form"] = (form or DRAFT_FORMS[kind]()) if shown else None
        context[f"{kind}_limit"] = LIMIT_MESSAGE if limit == kind else None
    return private(render(request, "forms_pages/track_detail.html", context, status=status))


def posted_only(view):
    """A reply or visit answer's address opened as a page (the address bar keeps it after a form
    came back with an error; a shared link) goes to the request's page, where the form is."""

    @wraps(view)
    def wrapped(request, code, *args, **kwargs):
        if request.method == "GET":
            return private(redirect("forms_pages:track_detail", code=code))
        return view(request, code, *args, **kwargs)

    return require_http_methods(["GET", "POST"])(wrapped)


@posted_only
@prove_first(draft="reply")
def track_reply(request, code):
    """The applicant adds a reply (and files) to their request."""
    citizen_request = _tracked_request(request, code)
    if citizen_request.status == RequestStatus.CLOSED:
        return _render_detail(request, citizen_request, status=409)
    form = ReplyForm(request.POST, request.FILES)
    if over_limit(request, "reply"):
        return _over_limit(request, citizen_request, "reply", form)
    if not form.is_valid():
        return _render_detail(request, citizen_request, reply_form=form, status=400)
    try:
        record_reply(citizen_request, form.cleaned_data["text"], form.cleaned_data["attachments"])
    except StorageUnavailable:
        return files_not_stored(form, lambda form: _render_detail(request, citizen_request, reply_form=form))
    _drop_draft(request, citizen_request.code, "reply")
    return _sent(
        request, citizen_request, _("Your reply was sent to the %(department)s. We will tell you when they answer.")
    )


@posted_only
@prove_first(draft="visit")
def track_visit(request, code):
    """The applicant confirms a requested visit or asks for another time."""
    citizen_request = _tracked_request(request, code)
    if citizen_request.status != RequestStatus.VISIT_REQUESTED:
        return _render_detail(request, citizen_request, status=409)
    form = VisitAnswerForm(request.POST)
    if over_limit(request, "reply"):
        return _over_limit(request, citizen_request, "visit", form)
    if not form.is_valid():
        return _render_detail(request, citizen_request, visit_form=form, status=400)
    record_reply(citizen_request, form.cleaned_data["note"], visit_answer=form.cleaned_data["answer"])
    _drop_draft(request, citizen_request.code, "visit")
    return _sent(request, citizen_request, _("Your answer about the visit was sent to the %(department)s."))


def _over_limit(request, citizen_request, kind, form):
    """A reply or visit answer over the client's limit: the page again with the form as sent and
    the limit's message in its summary (HTTP 429, Retry-After), the files named to choose again."""
    choose_files_again(form)
    return limited(_render_detail(request, citizen_request, limit=kind, **{f"{kind}_form": form}))


def _sent(request, citizen_request, message):
    """Back to the request's page, on a confirmation of what was just sent: the page reloads at
    its top, and the new line of its history alone did not tell a reader it had gone."""
    messages.success(request, message % {"department": citizen_request.department.display_name})
    return private(redirect(reverse("forms_pages:track_detail", args=[citizen_request.code]) + "#messages"))


def track_logout(request):
    """«Forget this request on this browser»: the proved codes, and any reply kept unsent."""
    request.session.pop(SESSION_TRACKED, None)
    request.session.pop(SESSION_DRAFTS, None)
    return redirect(reverse("forms_pages:track"))
