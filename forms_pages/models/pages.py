"""The contact page (where requests are sent) and the index of online forms and polls."""

from django.db import models
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from home.models import BasePage, IndexPageMixin, IntroPage
from home.pages.pagination import paginate
from home.pages.route_views import call_route_view

SESSION_LAST_CODE = "forms_pages_last_request"


class ContactPage(RoutablePageMixin, BasePage):
    """Contact us: the 24/7 form for violation reports, criticism, suggestions and questions."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    privacy_note = models.TextField(
        _("privacy note"),
        blank=True,
        help_text=_("Told to the applicant above the form: how their personal data is kept."),
    )
    thanks_text = models.TextField(_("text after sending"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_note"),
        FieldPanel("thanks_text"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("privacy_note")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")

    def search_text_parts(self):
        return super().search_text_parts() + [self.intro, self.privacy_note]

    @path("")
    def request_form(self, request):
        from ..forms import RequestForm
        from ..handling import StorageUnavailable, create_request
        from ..protection import LIMIT_MESSAGE, files_not_stored, limited, private, submission_limited

        limit_message = None

        def form_page(form, status=200):
            context = self.get_context(request)
            context["form"] = form
            context["limit_message"] = limit_message
            return render(request, self.get_template(request), context, status=status)

        if request.method == "POST":
            form = RequestForm(request.POST, request.FILES)
            if submission_limited(request, "request", form):
                limit_message = LIMIT_MESSAGE
            elif form.is_valid():
                if form.is_spam:
                    # Look successful to the bot; keep nothing.
                    return redirect(self.url + "thanks/")
                try:
                    citizen_request = create_request(
                        form.cleaned_data, form.cleaned_data["attachments"], language=(get_language() or "fa")[:2]
                    )
                except StorageUnavailable:
                    return files_not_stored(form, form_page)
                request.session[SESSION_LAST_CODE] = citizen_request.pk
                return private(redirect(self.url + self.reverse_subpage("thanks")))
            status = 400
        else:
            form = RequestForm()
            status = 200
        response = form_page(form, status)
        return limited(response) if limit_message else private(response)

    @path("anonymous/", name="anonymous")
    def anonymous_report(self, request):
        return call_route_view(self, "anonymous", request)

    @path("anonymous/sent/", name="anonymous_sent")
    def anonymous_sent(self, request):
        return call_route_view(self, "anonymous_sent", request)

    @path("figures/", name="figures")
    def figures(self, request):
        return call_route_view(self, "figures", request)

    @path("thanks/", name="thanks")
    def thanks(self, request):
        from ..models import CitizenRequest
        from ..protection import private

        pk = request.session.get(SESSION_LAST_CODE)
        citizen_request = CitizenRequest.objects.select_related("department").filter(pk=pk).first() if pk else None
        context = self.get_context(request)
        context["request_obj"] = citizen_request
        return private(render(request, "forms_pages/contact_page_thanks.html", context))


class FormsIndexPage(IndexPageMixin, IntroPage):
    """Online forms, surveys and polls of the directorate, newest first."""

    subpage_types = ["forms_pages.FormPage", "forms_pages.PollPage"]
    page_size = 12

    class Meta:
        verbose_name = _("forms and polls index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public().specific().order_by("-first_published_at")
        context["page_obj"] = page_obj = paginate(request, children, self.page_size)
        context["paginator"] = page_obj.paginator
        return context
