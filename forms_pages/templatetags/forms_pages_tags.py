"""The home page panel: the contact page, follow-up link and the open forms and polls."""

from django import template
from django.utils import timezone

from forms_pages.models import ContactPage, FormPage, FormsIndexPage, PollPage
from home.language.i18n import active_locale, index_page

register = template.Library()


@register.inclusion_tag("forms_pages/tags/home_panel.html", takes_context=True)
def forms_panel(context, count=3):
    locale = active_locale()
    now = timezone.now()
    contact_page = index_page(ContactPage, locale)
    forms_index = index_page(FormsIndexPage, locale)
    open_items = []
    for model in (PollPage, FormPage):
        open_items += list(
            model.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(opens_at__gt=now)
            .exclude(closes_at__lte=now)
            .order_by("-first_published_at")[:count]
        )
    open_items.sort(key=lambda page: page.first_published_at or now, reverse=True)
    return {
        "request": context.get("request"),
        "contact_page": contact_page,
        "index_page": forms_index,
        "open_items": open_items[:count],
    }


@register.inclusion_tag("forms_pages/tags/request_actions.html", takes_context=True)
def request_actions(context):
    """The two things most people come for: send a request, and follow one they sent."""
    return {"request": context.get("request"), "contact_page": index_page(ContactPage, active_locale())}
