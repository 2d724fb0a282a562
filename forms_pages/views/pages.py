"""The route views of this app's pages: the contact page's forms, an online form, a poll.

Each page's route methods hand the request here through home.pages.route_views, so the
models never import forms, handling or protection. FormsPagesConfig.ready imports this module.
"""

from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.pages.pdf import pdf_response
from home.pages.route_views import TAKES_FORMS, route_view

from ..figures import desk_figures
from ..forms import AnonymousReportForm, RequestForm
from ..handling import StorageUnavailable, create_anonymous_report, create_request
from ..models import CitizenRequest, ContactPage, FormPage, PollPage
from ..models.requests import group_code
from ..protection import (
    LIMIT_MESSAGE,
    POLL_LIMIT_MESSAGE,
    ensure_respondent_cookie,
    files_not_stored,
    limited,
    new_token,
    over_limit,
    private,
    respondent_key,
    submission_limited,
)

SESSION_LAST_CODE = "forms_pages_last_request"
SESSION_ANONYMOUS = "forms_pages_anonymous_sent"
# The online forms (their translation keys) this browser sent a response to, for their thank-you.
SESSION_RESPONDED = "forms_pages_responded"
RESPONDED_KEPT = 20


def _language():
    return (get_language() or "fa")[:2]


@route_view(ContactPage, "request_form", methods=TAKES_FORMS)
def request_form(request, page):
    """The 24/7 request form: saved first, then the applicant is sent to the thank-you page."""
    limit_message = None

    def form_page(form, status=200):
        context = page.get_context(request)
        context["form"] = form
        context["limit_message"] = limit_message
        return render(request, page.get_template(request), context, status=status)

    if request.method == "POST":
        form = RequestForm(request.POST, request.FILES)
        if submission_limited(request, "request", form):
            limit_message = LIMIT_MESSAGE
        elif form.is_valid():
            if form.is_spam:
                # Look successful to the bot; keep nothing.
                return redirect(page.url + page.reverse_subpage("thanks"))
            try:
                citizen_request = create_request(
                    form.cleaned_data, form.cleaned_data["attachments"], language=_language()
                )
            except StorageUnavailable:
                return files_not_stored(form, form_page)
            request.session[SESSION_LAST_CODE] = citizen_request.pk
            return private(redirect(page.url + page.reverse_subpage("thanks")))
        status = 400
    else:
        form = RequestForm()
        status = 200
    response = form_page(form, status)
    return limited(response) if limit_message else private(response)


@route_view(ContactPage, "thanks")
def request_thanks(request, page):
    """The tracking code of the request just sent (kept in the session, never in the address)."""
    pk = request.session.get(SESSION_LAST_CODE)
    citizen_request = (
        CitizenRequest.objects.select_related("department", "reported_department").filter(pk=pk).first() if pk else None
    )
    context = page.get_context(request)
    context["request_obj"] = citizen_request
    context["reported_elsewhere"] = citizen_request is not None and citizen_request.reported_elsewhere
    context["about_the_violation_unit"] = citizen_request is not None and citizen_request.about_the_violation_unit
    return private(render(request, "forms_pages/contact_page_thanks.html", context))


@route_view(ContactPage, "anonymous", methods=TAKES_FORMS)
def anonymous_report(request, page):
    """The anonymous violation report form (no name, no contact). Over a limit the report comes
    back filled with the limit's message (HTTP 429), as the ordinary form does."""
    if request.method == "POST":
        form = AnonymousReportForm(request.POST, request.FILES)
        if submission_limited(request, "request", form):
            response = anonymous_form_page(request, page, form, limit_message=LIMIT_MESSAGE)
            return limited(response)
        if form.is_valid():
            if form.is_spam:
                return redirect(page.url + page.reverse_subpage("anonymous_sent"))
            try:
                citizen_request, phrase = create_anonymous_report(
                    form.cleaned_data, form.cleaned_data["attachments"], language=_language()
                )
            except StorageUnavailable:
                return files_not_stored(form, lambda form: anonymous_form_page(request, page, form))
            # Shown once on the next page, then forgotten.
            request.session[SESSION_ANONYMOUS] = [citizen_request.code, phrase]
            return private(redirect(page.url + page.reverse_subpage("anonymous_sent")))
        status = 400
    else:
        form = AnonymousReportForm()
        status = 200
    return private(anonymous_form_page(request, page, form, status))


def anonymous_form_page(request, page, form, status=200, limit_message=None):
    context = page.get_context(request)
    context["heading"] = context["subview_crumb"] = _("Report an administrative violation anonymously")
    context["form"] = form
    context["limit_message"] = limit_message
    return render(request, "forms_pages/contact_page_anonymous.html", context, status=status)


@route_view(ContactPage, "anonymous_sent")
def anonymous_sent(request, page):
    """The code and the secret phrase of an anonymous report, shown once."""
    code, phrase = request.session.pop(SESSION_ANONYMOUS, [None, None])
    context = page.get_context(request)
    context["heading"] = context["subview_crumb"] = _("Your report was received")
    context["code_display"] = group_code(code) if code else None
    context["phrase"] = phrase
    # Which unit handles the report (and which it is about), said under the code.
    reports = CitizenRequest.objects.select_related("department", "reported_department")
    report = reports.filter(code=code).first() if code else None
    context["request_obj"] = report
    context["reported_elsewhere"] = report is not None and report.reported_elsewhere
    context["about_the_violation_unit"] = report is not None and report.about_the_violation_unit
    return private(render(request, "forms_pages/contact_page_anonymous_sent.html", context))


@route_view(ContactPage, "figures")
def figures(request, page):
    """Public figures of the desk for the last 90 days and the last year (no personal data)."""
    data = desk_figures()
    context = page.get_context(request)
    context["heading"] = context["subview_crumb"] = _("The requests desk in figures")
    context["periods"] = [
        {"name": _("Last 90 days"), "figures": data["90"]},
        {"name": _("Last year"), "figures": data["365"]},
    ]
    return render(request, "forms_pages/contact_page_figures.html", context)


@route_view(FormPage, "form", methods=TAKES_FORMS)
def form_page(request, page):
    """An online form or survey: closed, already answered, the form, or its landing page."""
    token = new_token(request)
    key = respondent_key(request, token)
    context = page.get_context(request)
    if not context["is_open"] or (page.one_response_per_person and page.has_responded(key)):
        context["already_responded"] = context["is_open"]
        status = 200 if request.method == "GET" else 403 if not context["is_open"] else 409
        response = render(request, page.get_template(request), context, status=status)
        return private(ensure_respondent_cookie(request, response, token))
    limit_message = None
    if request.method == "POST":
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        if submission_limited(request, "form", form):
            limit_message = LIMIT_MESSAGE
        elif form.is_valid():
            form.respondent_key = key
            page.process_form_submission(form)
            # Post/redirect/get: reloading the thank-you reads it again, it sends nothing twice.
            sent = [str(page.translation_key)]
            request.session[SESSION_RESPONDED] = (request.session.get(SESSION_RESPONDED, []) + sent)[-RESPONDED_KEPT:]
            response = HttpResponseRedirect(page.url + page.reverse_subpage("thanks"), status=303)
            return private(ensure_respondent_cookie(request, response, token))
        status = 400
    else:
        form = page.get_form(page=page, user=request.user)
        status = 200
    context["form"] = form
    context["limit_message"] = limit_message
    response = render(request, page.get_template(request), context, status=status)
    if limit_message:
        limited(response)
    return private(ensure_respondent_cookie(request, response, token))


@route_view(FormPage, "thanks")
def form_thanks(request, page):
    """The thank-you after a response from this browser (in either language's copy of the form);
    opened without one, the address leads to the form itself rather than thank anybody."""
    if str(page.translation_key) not in request.session.get(SESSION_RESPONDED, []):
        return private(redirect(page.url))
    return private(page.render_landing_page(request))


@route_view(FormPage, "print")
def form_print(request, page):
    context = page.get_context(request)
    context["fields"] = page.paper_fields()
    return render(request, "forms_pages/form_page_print.html", context)


@route_view(FormPage, "pdf")
def form_pdf(request, page):
    context = {"page": page, "fields": page.paper_fields()}
    # Named after the form's slug, as a service card after its code. A file name in a header is
    # ASCII (a slug's letters, digits, «-» and «_»): a form with a Persian slug keeps its number.
    return pdf_response(
        "forms_pages/pdf/form_blank.html",
        context,
        request,
        f"{page.slug if page.slug.isascii() else f'form-{page.pk}'}.pdf",
        cache_key=f"form:{page.pk}:{request.get_host()}",
    )


@route_view(PollPage, "vote", methods=TAKES_FORMS)
def poll(request, page):
    """A poll: its options, a vote (one per person), and the results once voted or closed."""
    token = new_token(request)
    error = None
    status = 200
    option = None
    if request.method == "POST":
        key = respondent_key(request, token)
        raw = request.POST.get("option", "")
        # isascii: "²" and other Unicode digits pass isdigit() but not int().
        option = page.options.filter(pk=int(raw)).first() if raw.isascii() and raw.isdigit() else None
        if over_limit(request, "poll"):
            # The poll comes back with the choice still ticked, as a form comes back filled.
            error, status = POLL_LIMIT_MESSAGE, 429
        elif not page.is_open():
            error, status = _("This poll is not open for voting."), 403
        elif option is None:
            error, status = _("Choose one of the options."), 400
        elif not page.record_vote(option, key):
            # One vote per person, whichever language copy of the poll they voted in.
            error, status = _("You have already voted in this poll."), 409
        else:
            # Straight to the confirmation, above the results.
            response = redirect(page.url + "#my-vote")
            return private(ensure_respondent_cookie(request, response, token))
    context = page.get_context(request)
    context.update(page.vote_context(respondent_key(request)))
    context["error"] = error
    context["chosen"] = option.pk if option else None
    response = render(request, page.get_template(request), context, status=status)
    if status == 429:
        limited(response)
    return private(ensure_respondent_cookie(request, response, token))
