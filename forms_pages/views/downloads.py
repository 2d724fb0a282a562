"""What an applicant who proved the contact downloads from the tracking page: the receipt, all
the data held about the request (JSON, PDF), and the files the department sent with its answers.
Anyone else gets none of them (`_tracked_request`)."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import pgettext

from home.language.file_names import content_disposition
from home.pages.pdf import pdf_response

from ..escalation import lateness
from ..file_responses import attachment_response
from ..models.attachments import by_sender, department_files, sent_with_request
from ..protection import private
from .tracking import NotProved, _tracked_request, prove_first


def _request_pdf(request, code, full):
    """The request as a PDF: its receipt (the request and its answers), or with `full` everything
    held about it."""
    citizen_request = _tracked_request(request, code)
    context = {
        "request_obj": citizen_request,
        "events": citizen_request.public_events(),
        "sent_files": sent_with_request(citizen_request),
        # The full copy's files, the applicant's apart from the department's.
        "files_by_sender": by_sender(citizen_request),
        "full": full,
        "lateness": lateness(citizen_request),
    }
    filename = f"{download_name(citizen_request, full)}.pdf"
    return private(pdf_response("forms_pages/pdf/request_receipt.html", context, request, filename))


def download_name(citizen_request, full):
    """The name of a download, in the language of the page it is asked from: «رسید-درخواست-<code>»
    (the receipt) or «داده‌های-درخواست-<code>» (everything held), "request-<code>[-data]" in English."""
    if full:
        name = pgettext("file name", "request-%(code)s-data")
    else:
        name = pgettext("file name", "request-%(code)s")
    return name % {"code": citizen_request.code}


@prove_first
def receipt_pdf(request, code):
    """The receipt: the request and its answers, as a PDF."""
    return _request_pdf(request, code, full=False)


@prove_first
def data_json(request, code):
    """Everything held about the request, as JSON."""
    citizen_request = _tracked_request(request, code)
    data = citizen_request.as_data()
    late = lateness(citizen_request)
    # Not a bare past date: whether the answer is late, and whether the head of the department knows.
    data["response_overdue"] = late is not None
    data["head_of_department_told"] = bool(late and late["head_told"])
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = content_disposition(f"{download_name(citizen_request, True)}.json")
    return private(response)


def answer_file(request, code, pk):
    """A file the department sent with an answer, to the browser that proved the contact; a 404
    for anyone else (not the tracking form: no file is named to them), for the applicant's own
    files and for another request's."""
    try:
        citizen_request = _tracked_request(request, code)
    except NotProved:
        raise Http404 from None
    return attachment_response(get_object_or_404(department_files(citizen_request).select_related("request"), pk=pk))


@prove_first
def data_pdf(request, code):
    """Everything held about the request, as a PDF."""
    return _request_pdf(request, code, full=True)
