"""The editor groups and review workflows each app declares for its own content.

A feature app calls these from its `AppConfig.ready()`, naming its own page types; `manage.py
seed_editorial` creates the groups, their permissions and the workflows from what is declared,
so `home` names no feature app. The director, the section groups and the workflows of the
sections and of the tree's root are home's own. See docs/editorial.md.

Workflows and steps are named once in both languages: an English msgid, its Persian in
locale/fa. The seed stores the Persian (`stored_name`), as a name an editor types is stored;
the admin shows each declared name in the reader's language (`shown_name`,
home.pages.workflow_names), and every other name as it was typed.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

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


SECTION_HEAD = Step(_("Section head's approval"), section_head=True)
DIRECTOR = Step(_("Director general's approval"))
# The workflow on the root of the tree (everything without a workflow of its own) and on each
# section page.
ROOT_WORKFLOW = _("Director general's approval")
SECTION_WORKFLOW = _("Section pages approval")
# Wagtail's own workflow and task, made in English by its migrations; the seed disables both.
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"
# Wagtail's own groups, made in English by its migrations with add, edit (and, for moderators,
# publish) on the whole tree: someone added to one would edit every section past its head. The
# seed removes them while nobody is in them.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")


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
    global _declared
    registry[:] = [existing for existing in registry if str(existing.name) != str(entry.name)] + [entry]
    _declared = None


def editor_groups():
    return list(_groups)


def review_workflows():
    return list(_workflows)


def stored_name(name):
    """A declared workflow or step name as the seed stores it: in the site's default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(name)


_declared = None  # stored name -> declared (lazy) name, built on first use


def _declared_names():
    names = [ROOT_WORKFLOW, SECTION_WORKFLOW, DIRECTOR.name, SECTION_HEAD.name]
    for workflow in _workflows:
        names += [workflow.name, *(step.name for step in workflow.steps), *workflow.retired_tasks]
    return names


def shown_name(name):
    """A workflow's or task's stored `name` in the reader's language when the portal declared it
    (the seed's workflows and steps, Wagtail's disabled default), otherwise as it was typed."""
    global _declared
    if _declared is None:
        _declared = {stored_name(declared): declared for declared in _declared_names()}
        _declared[WAGTAIL_DEFAULT_WORKFLOW] = _("Moderators approval")
    declared = _declared.get(name)
    return name if declared is None else str(declared)
