"""The desk's request screen: the request in full with its audit trail, the answer (with files
for the applicant) and the transfer, and the staff download of a request's files. The list and
the viewset that routes here are in `admin_views`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views import View

from home.language.text import local_digits
from home.templatetags.form_tags import summary_items
from home.templatetags.portal_tags import ltr_token

from .answer_forms import NOTHING_TO_RECORD, AnswerForm, TransferForm
from .file_responses import attachment_response
from .handling import Change, StorageUnavailable, record_answer, transfer_request
from .models import CitizenRequest, RequestAttachment
from .models.attachments import by_sender
from .notifications import applicant_channels
from .protection import files_not_stored, private


def _visible_or_404(user, pk):
    return get_object_or_404(
        CitizenRequest.objects.visible_to(user)
        .select_related("department", "reported_department")
        .prefetch_related("attachments", "events__actor", "events__messages", "events__attachments"),
        pk=pk,
    )


ANSWER_FIELDS = ("status", "answer", "visit_at", "visit_place", "visit_documents", "send_anyway", "internal_note")
TRANSFER_FIELDS = ("department", "reason")
SESSION_DRAFT = "citizen_request_draft"


def _typed(data, fields):
    """What was posted in those of `fields` the page sent (a dict, JSON-ready for the session)."""
    return {field: data[field] for field in fields if field in data}


def what_was_recorded(citizen_request, changes):
    """The desk's line after a save: what it recorded (a subset of `Change`), and whether the
    applicant is sent a message or reads it on the tracking page (an anonymous report)."""
    said = []
    if Change.ANSWER in changes:
        said.append(_("The answer was recorded."))
    if Change.VISIT in changes:
        said.append(_("The in-person visit request was recorded."))
    elif Change.STATUS in changes:
        said.append(
            _("The request's status was changed to “%(status)s”.") % {"status": citizen_request.get_status_display()}
        )
    if said:
        if applicant_channels(citizen_request):
            said.append(_("A message will be sent to the applicant."))
        else:
            said.append(_("The applicant will see it on the tracking page."))
    if Change.NOTE in changes:
        said.append(_("The internal note was recorded; only staff see it."))
    return " ".join(str(sentence) for sentence in said)


# What the message at the top says of a refused part of the screen, before what to fix.
REFUSED = {
    "answer": _("The answer was not saved and nothing was sent to the applicant."),
    "transfer": _("The request was not transferred."),
}


def refusal_message(action, items):
    """The message at the top: the action refused, then each error (`summary_items`) with its field."""
    said = [str(REFUSED[action])]
    for item in items:
        label = f"{item['label']}{':' if item.get('colon') else ''} " if item["label"] else ""
        said.append(f"{label}{item['message']}")
    return " ".join(said)


class AnswerView(View):
    """The request in full with its audit trail, and one form with two actions: record an
    answer, or transfer the request. Both parts post together, so whatever fails or succeeds,
    the text typed in the other part is shown again (after a success, as a draft kept in the
    session across the redirect). The part not acted on is shown unbound, with what was typed
    as its initial values: it was not submitted, so it shows no errors."""

    template_name = "forms_pages/admin/answer.html"
    permission_policy = None
    index_url_name = None

    def dispatch(self, request, pk):
        if not request.user.has_perm("forms_pages.change_citizenrequest"):
            raise PermissionDenied
        self.object = _visible_or_404(request.user, pk)
        return super().dispatch(request, pk)

    def get(self, request, pk):
        typed = {}
        draft = request.session.get(SESSION_DRAFT)
        if draft and draft.get("pk") == self.object.pk:
            del request.session[SESSION_DRAFT]
            typed = draft["data"]
        return self.render(self.answer_form(typed), self.transfer_form(typed))

    def answer_form(self, typed=None):
        initial = {
            "status": self.object.status,
            "visit_at": self.object.visit_at and timezone.localtime(self.object.visit_at),
            "visit_place": self.object.visit_place,
            "visit_documents": self.object.visit_documents,
        }
        return AnswerForm(
            initial={**initial, **_typed(typed or {}, ANSWER_FIELDS)},
            current=self.object,
            applicant_language=self.object.language,
        )

    def transfer_form(self, typed=None):
        return TransferForm(initial=_typed(typed or {}, TRANSFER_FIELDS), current=self.object)

    def post(self, request, pk):
        if request.POST.get("action") == "transfer":
            transfer_form = TransferForm(request.POST, current=self.object)
            if not transfer_form.is_valid():
                return self.refuse("transfer", self.answer_form(request.POST), transfer_form)
            department = transfer_form.cleaned_data["department"]
            transfer_request(self.object, request.user, department, transfer_form.cleaned_data["reason"])
            messages.success(request, _("The request was transferred to %(department)s.") % {"department": department})
            # It may now belong to a department this user cannot see.
            if CitizenRequest.objects.visible_to(request.user).filter(pk=self.object.pk).exists():
                self.keep_draft(_typed(request.POST, ANSWER_FIELDS), ("answer", "internal_note"))
                return redirect(reverse("citizen_requests:edit", args=[self.object.pk]))
            return redirect(reverse("citizen_requests:index"))
        # The answer part, with the files for the applicant (checked as a citizen's are, kept on
        # the answer's step).
        form = AnswerForm(request.POST, request.FILES, current=self.object, applicant_language=self.object.language)
        event = None
        if form.is_valid():
            try:
                locked, event = record_answer(self.object, request.user, form.cleaned_data)
            except StorageUnavailable:
                return files_not_stored(
                    form, lambda form: self.refuse("answer", form, self.transfer_form(request.POST))
                )
            if event is None:  # the same change was saved by someone else meanwhile
                form.add_error(None, NOTHING_TO_RECORD)
                form.ask_to_choose_files_again()
        if event is None:
            return self.refuse("answer", form, self.transfer_form(request.POST))
        messages.success(request, what_was_recorded(locked, form.changes))
        self.keep_draft(_typed(request.POST, TRANSFER_FIELDS), ("reason",))
        return redirect(reverse("citizen_requests:edit", args=[self.object.pk]))

    def keep_draft(self, typed, telling_fields):
        """Keep the other part's text for the next page when something was typed in it."""
        if any(typed.get(field, "").strip() for field in telling_fields):
            self.request.session[SESSION_DRAFT] = {"pk": self.object.pk, "data": typed}
            messages.info(
                self.request, _("The text you typed in the other part of the page is kept below; it is not saved yet.")
            )

    def refuse(self, action, form, transfer_form):
        """The screen again (400) with everything typed, where the staff member looks: Wagtail's
        error message at the top names the action refused and what to fix (its "Go to the first
        error" button leads down to the part), and the refused part opens at its error summary
        (the site's, `autofocus`: no script needed), which links to each field."""
        items = summary_items(transfer_form if action == "transfer" else form)
        messages.error(self.request, refusal_message(action, items))
        return self.render(form, transfer_form, status=400, refused={"action": action, "errors": items})

    def file_lists(self):
        """The request's files told apart by who sent them: (heading, class, files) for each sender
        who sent any, the applicant's first."""
        applicants, departments = by_sender(self.object)
        lists = (
            (_("Files the applicant sent"), "applicant-files", applicants),
            (_("Files the department sent the applicant"), "department-files", departments),
        )
        return [(heading, classname, files) for heading, classname, files in lists if files]

    def render(self, form, transfer_form, status=200, refused=None):
        context = {
            "refused": refused,
            "object": self.object,
            "form": form,
            "transfer_form": transfer_form,
            "events": self.object.events.all(),
            "file_lists": self.file_lists(),
            "unreached": CitizenRequest.objects.filter(pk=self.object.pk).unreached().exists(),
            # In the staff's language: the applicant's messages and answer are in this one.
            "applicant_language": get_language_info(self.object.language or "fa")["name_translated"],
            "index_url": reverse("citizen_requests:index"),
            "header_title": local_digits(self.object.code_display),
            # The code in a left-to-right isolate no line breaks inside: the RTL heading reordered
            # its groups, and at 390 px the English one ended a line at «83739-».
            "page_title": mark_safe(
                escape(_("Request %(code)s")) % {"code": ltr_token(local_digits(self.object.code_display))}
            ),
            "header_icon": "mail",
        }
        return private(TemplateResponse(self.request, self.template_name, context, status=status))


def download_attachment(request, pk):
    """Serve an attachment to staff of the request's department (or a superuser) only."""
    if not request.user.has_perm("forms_pages.view_citizenrequest") and not request.user.has_perm(
        "forms_pages.change_citizenrequest"
    ):
        raise PermissionDenied
    attachment = get_object_or_404(RequestAttachment.objects.select_related("request"), pk=pk)
    if not CitizenRequest.objects.visible_to(request.user).filter(pk=attachment.request_id).exists():
        raise Http404
    return attachment_response(attachment)
