"""The editor groups and review workflows each app declares for its own content.

A feature app calls these from its `AppConfig.ready()`, naming its own page types; `manage.py
seed_editorial` creates the groups, their permissions and the workflows from what is declared,
so `home` names no feature app. The director, the section groups and the workflows of the
sections and of the tree's root are home's own. See docs/editorial.md.
"""

from dataclasses import dataclass

DIRECTOR_GROUP = "مدیر کل (تأیید نهایی)"

# Who runs the portal itself rather than its content: the outage banner, the contact details,
# maintenance mode, the departments' public details, the ministry's organisations, the menus and
# redirects. Not users, groups or pages, and not where a department's requests go (its e-mail
# and staff group, and new departments): those stay with superusers, since they decide who reads
# what citizens send.
OPERATORS_GROUP = "راهبران پورتال"
OPERATOR_PERMISSIONS = (
    ("home", "change_sitebanner"),
    ("home", "change_contactsettings"),
    ("home", "change_maintenancesettings"),
    ("home", "change_department"),
    ("home", "view_department"),
    ("home", "add_organisation"),
    ("home", "change_organisation"),
    ("home", "delete_organisation"),
    ("home", "view_organisation"),
    ("wagtailmenus", "change_mainmenu"),
    ("wagtailmenus", "change_flatmenu"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
)


@dataclass(frozen=True)
class Step:
    """One task of a review workflow, by name.

    A section head step goes to the head of the page's section (by its domain, or the section
    it sits under); `group` reviews content of no section. Any other step goes to `group`.
    """

    name: str
    group: str = DIRECTOR_GROUP
    section_head: bool = False


SECTION_HEAD = Step("تأیید سرپرست حوزه", section_head=True)
DIRECTOR = Step("تأیید مدیر کل")


@dataclass(frozen=True)
class EditorGroup:
    """A group that drafts (or, as reviewers, publishes) the pages of some page types."""

    name: str
    page_types: tuple
    snippet_apps: tuple = ()
    demo_user: str = ""
    reviewers: bool = False


@dataclass(frozen=True)
class ReviewWorkflow:
    """The workflow the pages of some page types (and everything below them) go through."""

    name: str
    page_types: tuple
    steps: tuple
    retired_tasks: tuple = ()


_groups = []
_workflows = []


def editor_group(name, page_types, snippet_apps=(), demo_user=""):
    """Editors who draft pages of `page_types` (in both languages) and the snippets of
    `snippet_apps`; the director publishes them. `demo_user` names their demo account."""
    _add(_groups, EditorGroup(name, tuple(page_types), tuple(snippet_apps), demo_user))


def reviewer_group(name, page_types, demo_user=""):
    """Reviewers who may publish pages of `page_types` (a workflow step names their group)."""
    _add(_groups, EditorGroup(name, tuple(page_types), (), demo_user, reviewers=True))


def review_workflow(name, page_types, steps, retired_tasks=()):
    """Pages of `page_types` go through `steps` in order. `retired_tasks` names tasks of
    earlier versions to deactivate."""
    _add(_workflows, ReviewWorkflow(name, tuple(page_types), tuple(steps), tuple(retired_tasks)))


def _add(registry, entry):
    # ready() may run twice (tests, autoreload): a name is declared once.
    registry[:] = [existing for existing in registry if existing.name != entry.name] + [entry]


def editor_groups():
    return list(_groups)


def review_workflows():
    return list(_workflows)
