"""Wording Wagtail's admin templates write outside any message, put in the reader's language."""

import re

from django import template
from django.apps import apps
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from home.pages.changes_requested import quoted_comment

register = template.Library()

# Wagtail's shared/workflow_history/detail.html quotes a reviewer's comment as <b>"…"</b>, the
# straight quotes written in the template. The comment itself is escaped (a quote in it is
# &quot;, a tag &lt;), so these are the only bare quotes that open and close a <b>.
QUOTED_COMMENT = re.compile(r'<b>"([^"<]*)"</b>')


@register.filter
def quote_comments(html):
    """Wagtail's rendered workflow history with each reviewer's comment quoted in the reader's
    language: «…» in Persian, “…” in English; the comment in <bdi>, so a Persian comment in the
    English admin keeps its full stop inside the quotes. The comment matched is already escaped."""

    def quoted(match):
        return f"<b>{quoted_comment(mark_safe(match.group(1)))}</b>"

    return mark_safe(QUOTED_COMMENT.sub(quoted, str(html)))


@register.filter
def comment_quoted(comment):
    """A reviewer's comment in the workflow's status timeline, between the reader's quotation
    marks and set apart from the sentence (`quoted_comment`)."""
    return quoted_comment(comment)


# Wagtail's page types usage report writes each type's model code in its "App" column
# ("newsroom.newspage"), in a cell of its own.
APP_LABEL_CELL = re.compile(r'(<td class="app-label"[^>]*>)\s*([a-z0-9_]+)\.[a-z0-9_]+\s*(</td>)')


@register.filter
def app_names(html):
    """Wagtail's rendered page types usage report with each type's app by its name in the
    reader's language («اخبار و اطلاعیه‌ها») where upstream writes the model code."""

    def named(match):
        try:
            name = apps.get_app_config(match.group(2)).verbose_name
        except LookupError:
            return match.group(0)
        return match.group(1) + conditional_escape(capfirst(name)) + match.group(3)

    return mark_safe(APP_LABEL_CELL.sub(named, str(html)))


@register.filter
def workflow_heading(html, workflow):
    """Wagtail's rendered workflow details with its heading naming `workflow` in the reader's
    language (home.pages.workflow_names), where upstream prints the name as stored."""
    stored = f"{conditional_escape(workflow.name)}</h2>"
    return mark_safe(str(html).replace(stored, f"{conditional_escape(str(workflow))}</h2>", 1))
