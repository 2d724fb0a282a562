"""The editorial parts of admin screens that are not ours (wagtail-localize's translation editor)."""

from django import template
from django.utils.encoding import uri_to_iri

from home.pages import translate_form
from home.pages.translation_review import panel_context

register = template.Library()


@register.inclusion_tag("home/admin/translation_review_panel.html", takes_context=True)
def translation_review_panel(context, page):
    """Who publishes this translation, and the editor's button to ask them."""
    return {**panel_context(page, context["request"].user), "csrf_token": context.get("csrf_token")}


@register.simple_tag(takes_context=True)
def translations_to_edit(context, instance):
    """The other languages' versions of `instance`, with their edit links (home.pages.translate_form)."""
    return translate_form.translations_to_edit(instance, context["request"].user)


@register.filter
def readable_url(url):
    """A page's address as its words for a person to read in a mail («/tenders/مناقصه-…/», not
    «/tenders/%D9%85…»); the link itself keeps the encoded address."""
    return uri_to_iri(url) if url else ""
