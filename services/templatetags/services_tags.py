"""Template helpers of the services desk: the panels other pages include."""

from django import template
from wagtail import blocks

from home.caching.page_cache import until_content_changes
from home.language.i18n import active_locale, index_page
from home.language.text import join_list
from services.models import ServiceIndexPage, ServicePage

register = template.Library()


@register.inclusion_tag("services/components/home_panel.html", takes_context=True)
def popular_services(context, count=5):
    """The home page's lead panel: the most-used services (by their rank from the usage
    statistics), topped up with the most recently updated ones, and a link to the catalogue."""
    locale = active_locale()
    index = index_page(ServiceIndexPage, locale)
    services = []
    if index:
        # Kept until content changes: sorting every service by a column took 35 ms at 10,000.
        services = until_content_changes(
            f"services:home-panel:{locale.pk}:{count}",
            lambda: most_used_services(locale, count),
        )
    return {"index": index, "services": services, "request": context.get("request")}


def most_used_services(locale, count):
    live = ServicePage.objects.live().public().filter(locale=locale).select_related("responsible_department")
    ranked = list(live.filter(most_used_rank__isnull=False).order_by("most_used_rank", "title")[:count])
    if len(ranked) < count:
        ranked += list(
            live.exclude(pk__in=[page.pk for page in ranked]).order_by("-last_published_at")[: count - len(ranked)]
        )
    return ranked


@register.inclusion_tag("services/components/domain_services.html", takes_context=True)
def domain_services(context, domain, count=8):
    """The services of one domain, for that domain's section page."""
    locale = active_locale()
    services = ServicePage.objects.live().public().filter(locale=locale, domain=domain).order_by("title")[:count]
    index = index_page(ServiceIndexPage, locale)
    return {"services": services, "index": index, "domain": domain, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """The address of the services catalogue in the active language, from the page tree ("" on a
    site without one): `{% catalogue_url as url %}`, for pages of other apps (the search's
    empty state) that point the reader to it."""
    index = index_page(ServiceIndexPage)
    return index.get_url(context.get("request")) if index else ""


@register.filter
def choice_label(bound_block, name):
    """The human label of a choice sub-block's value: `{{ block|choice_label:"kind" }}`."""
    value = bound_block.value.get(name)
    for choice, label in bound_block.block.child_blocks[name].field.choices:
        if choice == value:
            return label
    return value or ""


@register.filter
def display_names(objects):
    """`{{ page.categories.all|display_names }}`: their display names, joined by the language's
    list separator («، » in Persian)."""
    return join_list(item.display_name for item in objects)


@register.inclusion_tag("services/components/struct_table.html")
def struct_table(stream):
    """A stream of one kind of StructBlock as a table: a column per sub-block, headed by its
    label, a row per block; a choice shows its label (`{% struct_table page.system_links %}`)."""
    if not stream:
        return {"columns": [], "rows": []}
    child_blocks = stream[0].block.child_blocks
    rows = [
        [
            choice_label(bound_block, name) if isinstance(child, blocks.ChoiceBlock) else bound_block.value.get(name)
            for name, child in child_blocks.items()
        ]
        for bound_block in stream
    ]
    return {"columns": [child.label for child in child_blocks.values()], "rows": rows}
