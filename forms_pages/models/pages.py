"""The contact page (where requests are sent) and the index of online forms and polls."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.models import BasePage, IndexPageMixin, IntroPage, RichIntroPage
from home.pages.pagination import paginate
from home.pages.route_views import ViewRoutesMixin, view_route


class ContactPage(ViewRoutesMixin, RichIntroPage):
    """Contact us: the 24/7 form for violation reports, criticism, suggestions and questions."""

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
        return super().search_text_parts() + [self.privacy_note]

    view_routes = [
        view_route("", "request_form"),
        view_route("anonymous/", "anonymous"),
        view_route("anonymous/sent/", "anonymous_sent"),
        view_route("figures/", "figures"),
        view_route("thanks/", "thanks"),
    ]


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
