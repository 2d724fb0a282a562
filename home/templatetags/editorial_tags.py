"""The editorial parts of admin screens that are not ours (wagtail-localize's translation editor)."""

from django import template

from home.pages.translation_review import panel_context

register = template.Library()


@register.inclusion_tag("home/admin/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, page):
    """Who publishes this translation, and the editor's button to ask them."""
    return {**panel_context(page, context["request"].user), "csrf_token": context.get("csrf_token")}
