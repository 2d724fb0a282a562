"""The dashboard's "what the public sees now": the site-wide banner and maintenance mode.

Shown to whoever may change either (the operators, superusers), so a banner left running after
an outage, or one that has not started yet, is seen on signing in rather than on the public site.
"""

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Site

from home.models import MaintenanceSettings, SiteBanner

BANNER_PERMISSION = "home.change_sitebanner"
MAINTENANCE_PERMISSION = "home.change_maintenancesettings"


def banner_state(banner, now):
    """ "shown", "scheduled" (it has a message and starts later) or "none"."""
    if banner.is_active(now):
        return "shown"
    if banner.message and banner.starts_at and banner.starts_at > now:
        return "scheduled"
    return "none"


class SiteStatePanel(Component):
    name = "site_state"
    order = 50  # above the review queues: a live outage notice matters first
    template_name = "home/admin/site_state_panel.html"

    def __init__(self, user, site):
        self.user = user
        self.site = site

    def get_context_data(self, parent_context):
        banner = SiteBanner.for_site(self.site)
        return {
            "banner": banner,
            "banner_state": banner_state(banner, timezone.now()),
            "maintenance_on": MaintenanceSettings.for_site(self.site).enabled,
            "site_pk": self.site.pk,
            "may_change_banner": self.user.has_perm(BANNER_PERMISSION),
            "may_change_maintenance": self.user.has_perm(MAINTENANCE_PERMISSION),
        }


def add_site_state_panel(request, panels):
    """`construct_homepage_panels`: the panel, for those who may change the banner or maintenance."""
    user = request.user
    if not (user.has_perm(BANNER_PERMISSION) or user.has_perm(MAINTENANCE_PERMISSION)):
        return
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is not None:
        panels.append(SiteStatePanel(user, site))
