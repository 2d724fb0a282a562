"""Wording Wagtail's admin templates write outside any message, put in the reader's language."""

import re

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()

# Wagtail's shared/workflow_history/detail.html quotes a reviewer's comment as <b>"…"</b>, the
# straight quotes written in the template. The comment itself is escaped (a quote in it is
# &quot;, a tag &lt;), so these are the only bare quotes that open and close a <b>.
QUOTED_COMMENT = re.compile(r'<b>"([^"<]*)"</b>')


@register.filter
def quote_comments(html):
    """Wagtail's rendered workflow history with each reviewer's comment quoted in the reader's
    language: «…» in Persian, the straight quotes in English."""

    def quoted(match):
        return "<b>" + gettext('"%(comment)s"') % {"comment": match.group(1)} + "</b>"

    return mark_safe(QUOTED_COMMENT.sub(quoted, str(html)))
