"""The dashboard's state of the site: the site-wide banner, maintenance mode and the newest backup.

Shown to whoever may change the banner or maintenance mode (the operators, superusers), so a
banner left running after an outage, or one that has not started yet, is seen on signing in
rather than on the public site, and so is a backup timer that stopped, before a backup is needed.
"""

import datetime
from dataclasses import dataclass, replace

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from home.language.dates import format_date
from home.language.text import format_file_size, format_number
from home.models import MaintenanceSettings, SiteBanner
from home.operations.backups import newest_backup

# The timer backs up every night: an archive older than a day and a couple of hours means a
# night was missed.
BACKUP_STALE_AFTER = datetime.timedelta(hours=26)


@dataclass(frozen=True)
class Message:
    """One language's text of the banner, named by its field's label and laid out in its own
    language and direction whatever the admin's; `missing` says what that language's readers
    get when it is not written."""

    label: str
    text: str
    lang: str
    direction: str
    missing: str


@dataclass(frozen=True)
class StateLine:
    """One thing about the site: what it is (`strong` when it is on, `warning` when someone
    must act, `detail` under it, a `folder` it is about), the texts it shows in each language (`messages`), and where
    to change it (for those who may)."""

    text: str
    strong: bool = False
    warning: bool = False
    detail: str = ""
    folder: str = ""
    messages: tuple = ()
    edit_url: str = ""
    edit_label: str = ""


def banner_messages(banner):
    """The banner's Persian and English messages, as the readers of each language's pages read
    them; one left empty is named as missing, with the line `display_message` shows instead."""
    return (
        Message(
            capfirst(SiteBanner._meta.get_field("message").verbose_name),
            banner.message,
            "fa",
            "rtl",
            gettext("Not written: readers of the Persian pages see a link to the notice on the English site instead."),
        ),
        Message(
            capfirst(SiteBanner._meta.get_field("message_en").verbose_name),
            banner.message_en,
            "en",
            "ltr",
            gettext("Not written: readers of the English pages see a link to the notice on the Persian site instead."),
        ),
    )


def banner_line(banner, now):
    if banner.is_active(now):
        if banner.ends_at:
            text = gettext("The site-wide banner is shown (%(level)s, until %(end)s):") % {
                "level": banner.get_level_display(),
                "end": format_date(banner.ends_at, with_time=True),
            }
        else:
            text = gettext("The site-wide banner is shown (%(level)s):") % {"level": banner.get_level_display()}
        return StateLine(text, strong=True, messages=banner_messages(banner))
    if (banner.message or banner.message_en) and banner.starts_at and banner.starts_at > now:
        values = {"start": format_date(banner.starts_at, with_time=True), "level": banner.get_level_display()}
        if banner.ends_at:
            values["end"] = format_date(banner.ends_at, with_time=True)
            text = gettext("The site-wide banner will be shown (%(level)s) from %(start)s until %(end)s:") % values
        else:
            text = (
                gettext("The site-wide banner will be shown (%(level)s) from %(start)s until it is switched off:")
                % values
            )
        return StateLine(text, messages=banner_messages(banner))
    return StateLine(gettext("No site-wide banner is shown."))


def maintenance_line(maintenance):
    if maintenance.enabled:
        return StateLine(gettext("Maintenance mode is on: the public sees the maintenance page."), strong=True)
    return StateLine(gettext("Maintenance mode is off."))


def backup_age(age):
    """How long ago, in whole hours under two days, else in whole days: «۳ روز», "30 hours"."""
    hours = int(age.total_seconds() // 3600)
    if hours < 48:
        return ngettext("%(count)s hour", "%(count)s hours", hours) % {"count": format_number(hours)}
    days = age.days
    return ngettext("%(count)s day", "%(count)s days", days) % {"count": format_number(days)}


def backup_line(now):
    """The newest archive in settings.BACKUP_DIR: when and how large, with a warning when there
    is none, it is stale, or the folder cannot be read (said, never raised)."""
    folder = str(settings.BACKUP_DIR)
    try:
        newest = newest_backup()
    except FileNotFoundError:
        text = gettext("No backup: the backup folder does not exist. Check the backup timer.")
        return StateLine(text, warning=True, folder=folder)
    except OSError:
        text = gettext("The backup folder cannot be read, so no backup can be seen. Check its permissions.")
        return StateLine(text, warning=True, folder=folder)
    if newest is None:
        return StateLine(gettext("No backup has been made. Check the backup timer."), warning=True, folder=folder)
    made = gettext("Newest backup: %(date)s (%(size)s).") % {
        "date": format_date(newest.made_at, with_time=True),
        "size": format_file_size(newest.size),
    }
    age = now - newest.made_at
    if age <= BACKUP_STALE_AFTER:
        return StateLine(made)
    warning = gettext("The newest backup was made %(age)s ago; check the backup timer.") % {"age": backup_age(age)}
    return StateLine(warning, warning=True, detail=made)


def change_permission(setting):
    """The permission that lets a staff member change a site setting (its model or a row)."""
    return f"{setting._meta.app_label}.change_{setting._meta.model_name}"


class SiteStatePanel(Component):
    name = "site_state"
    order = 50  # above the review queues: a live outage notice matters first
    template_name = "home/admin/site_state_panel.html"

    def __init__(self, user, site):
        self.user = user
        self.site = site

    def get_context_data(self, parent_context):
        banner = SiteBanner.for_site(self.site)
        maintenance = MaintenanceSettings.for_site(self.site)
        return {
            "lines": [
                self.with_edit_link(banner_line(banner, timezone.now()), banner, gettext("Edit the site-wide banner")),
                self.with_edit_link(maintenance_line(maintenance), maintenance, gettext("Edit maintenance mode")),
                backup_line(timezone.now()),
            ]
        }

    def with_edit_link(self, line, setting, label):
        if not self.user.has_perm(change_permission(setting)):
            return line
        meta = setting._meta
        return replace(
            line,
            edit_url=reverse("wagtailsettings:edit", args=[meta.app_label, meta.model_name, self.site.pk]),
            edit_label=label,
        )


def add_site_state_panel(request, panels):
    """`construct_homepage_panels`: the panel, for those who may change the banner or maintenance."""
    user = request.user
    if not any(user.has_perm(change_permission(setting)) for setting in (SiteBanner, MaintenanceSettings)):
        return
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        panels.append(SiteStatePanel(user, site))
