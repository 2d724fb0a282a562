"""Seeds the shared base's demo content (`manage.py seed_home`): home pages, domain sections and
their pages, the about page, menus, settings, departments and the ministry's organisations.
The texts are in `content`. Idempotent: objects are found by stable keys before anything is
created."""

import json

from django.contrib.auth.models import Group
from wagtail.models import Site

from home.demo import content, seeding
from home.models import (
    ContactSettings,
    Department,
    HomePage,
    MaintenanceSettings,
    Organisation,
    SectionPage,
    SiteBanner,
    StandardPage,
)


def body(*blocks):
    """A StreamField value from (type, value) pairs, as raw JSON."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


class Seeder:
    """Creates or completes the shared base's demo content, reporting to `stdout`."""

    def __init__(self, stdout):
        self.stdout = stdout

    def run(self):
        home = self.home_pages()
        self.sections(home)
        self.about(home)
        self.settings_and_menus(home)
        self.departments()
        self.stdout.write("  home: pages, sections, menus, settings and departments ready")

    def home_pages(self):
        fa = seeding.locale("fa")
        seeding.locale("en")
        root = seeding.root_page()
        home = HomePage.objects.filter(locale=fa).first()
        if home is None:
            # Wagtail's initial "Welcome" page has no place in the portal (deleting it also
            # deletes the site that points at it; the site is made again below).
            for welcome in root.get_children().filter(
                content_type__model="page", content_type__app_label="wagtailcore"
            ):
                welcome.delete()
            home = HomePage(slug="home", locale=fa, **content.HOME)
            root.add_child(instance=home)
            home.save_revision().publish()
            site = Site.objects.filter(is_default_site=True).first() or Site(
                hostname="localhost", port=80, is_default_site=True
            )
            site.root_page = home
            site.site_name = content.SITE_NAME
            site.save()
        seeding.ensure_translation(home, "en", **content.HOME_EN)
        return home

    def sections(self, home):
        for data in content.SECTIONS:
            section, _ = seeding.ensure_child(
                home,
                SectionPage,
                data["slug"],
                title=data["title"],
                domain=data["domain"],
                summary=data["summary"],
                intro=data["intro"],
            )
            seeding.ensure_translation(
                section, "en", title=data["title_en"], summary=data["summary_en"], intro=data["intro_en"]
            )
            for slug, title, summary, blocks in data["pages"]:
                child, _ = seeding.ensure_child(
                    section, StandardPage, slug, title=title, summary=summary, body=body(*blocks)
                )
                title_en, summary_en, blocks_en = content.SECTION_PAGES_EN[slug]
                seeding.ensure_translation(child, "en", title=title_en, summary=summary_en, body=body(*blocks_en))

    def about(self, home):
        title, summary, blocks = content.ABOUT
        about, _ = seeding.ensure_child(home, StandardPage, "about", title=title, summary=summary, body=body(*blocks))
        title_en, summary_en, blocks_en = content.ABOUT_EN
        seeding.ensure_translation(about, "en", title=title_en, summary=summary_en, body=body(*blocks_en))
        return about

    def settings_and_menus(self, home):
        site = seeding.default_site()
        # Create every settings row now, so no public request has to write one.
        SiteBanner.for_site(site)
        MaintenanceSettings.for_site(site)
        contact = ContactSettings.for_site(site)
        if not contact.address:
            contact.address, contact.address_en = content.MAIN_BUILDING
            for field, value in content.CONTACT.items():
                setattr(contact, field, value)
            contact.save()
        self.clear_placeholders(contact)
        # Every domain section in the footer of every page: in the main menu (which had the
        # first three of six) they made it three rows deep on a wide screen.
        for order, section in enumerate(SectionPage.objects.child_of(home).order_by("path")):
            seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 50 + order, page=section)
        about = home.get_children().filter(slug="about").first()
        if about:
            seeding.add_menu_item(about, 90)
            seeding.add_flat_menu_item("footer", "پیوندهای سودمند", 10, page=about)
        for order, (name, name_en, url) in enumerate(content.ORGANISATIONS):
            seeding.ensure_reference(
                Organisation, url, {"name": name, "sort_order": order}, {"name": name_en}, key="url"
            )

    def clear_placeholders(self, contact):
        """Empty the social channels a database seeded earlier pointed at placeholder addresses."""
        retired = [
            field for field, url in content.RETIRED_SOCIAL_PLACEHOLDERS.items() if getattr(contact, field) == url
        ]
        for field in retired:
            setattr(contact, field, "")
        if retired:
            contact.save(update_fields=retired)

    def departments(self):
        for order, (slug, name, name_en, domain) in enumerate(content.DEPARTMENTS):
            group, _ = Group.objects.get_or_create(name=f"کارشناسان {name}")
            address, address_en, phone = content.DEPARTMENT_CONTACTS[slug]
            hours, hours_en = content.INSPECTION_HOURS if slug == "labour-inspection" else content.OFFICE_HOURS
            # Each department in Persian and in English: one entry with a translation.
            seeding.ensure_reference(
                Department,
                slug,
                {
                    "name": name,
                    "email": f"{slug}@example.ir",
                    "staff_group": group,
                    "domain": domain,
                    "sort_order": order,
                    "address": address,
                    "phone": phone,
                    "office_hours": hours,
                },
                {"name": name_en, "address": address_en, "office_hours": hours_en},
            )
        # A report about the unit receiving violation reports goes to the Director General's
        # office (unless a unit already handles those): the flag on it and on its translation.
        if not Department.objects.filter(oversees_violation_unit=True).exists():
            office = Department.objects.in_default_language().filter(slug=content.OVERSIGHT_UNIT).first()
            if office is not None:
                office.oversees_violation_unit = True
                office.save()
