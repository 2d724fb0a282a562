"""Separate management: editor groups per section and per content type, their permissions,
the moderation workflows, and (with DEMO_USERS on) one demo user per role.

Runs after every app's seeder. The groups of each kind of content and their workflows are
declared by the apps that own it (`home.pages.editor_groups`, called from their `AppConfig`),
so `home` names no feature app. Idempotent.

Who approves what (docs/editorial.md):
- a section's own pages, and its domain's services, news and notices: the section's head;
- services then also the director; news of no domain: the news reviewers; notices of no
  domain: the director;
- everything else (tenders, forms, laws, FAQ, ...): the director, through the workflow on the
  root of the tree, which replaces Wagtail's default "Moderators approval" (its group is empty).
"""

import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_page_models,
)

from home.caching.page_cache import saved_for_citizens
from home.demo.people import give_demo_name
from home.models import Department, SectionHeadApprovalTask, SectionPage
from home.pages.editor_groups import (
    DIRECTOR,
    DIRECTOR_GROUP,
    OPERATOR_PERMISSIONS,
    OPERATORS_GROUP,
    ROOT_WORKFLOW,
    SECTION_HEAD,
    SECTION_WORKFLOW,
    WAGTAIL_DEFAULT_GROUPS,
    WAGTAIL_DEFAULT_WORKFLOW,
    editor_groups,
    review_workflows,
    stored_name,
)

EDIT = ["add_page", "change_page", "lock_page", "unlock_page"]
PUBLISH = EDIT + ["publish_page"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
# Every group that edits pages may reuse (choose) any image or document of the portal in them:
# granted on the root collection, so its children inherit it. Adding and changing stay with
# each group's own collection (`grant_media`).
CHOOSE_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def domain_indexes():
    """Index pages (all languages) whose children carry a domain: services, news, notices.

    Found by shape, not by name, so a new domain-filed content type is covered too.
    """
    indexes = []
    for model in get_page_models():
        if model is SectionPage or model._meta.abstract:
            continue
        children = [child for child in model.allowed_subpage_models() if child is not SectionPage]
        if any("domain" in {f.name for f in child._meta.get_fields()} for child in children):
            if model is not Page and "domain" not in {f.name for f in model._meta.get_fields()}:
                indexes.extend(model.objects.all())
    return indexes


def pages_of(page_types):
    """Pages (all languages) of these page types."""
    return [page for model in page_types for page in model.objects.all()]


class Command(BaseCommand):
    help = "Editor groups, page/collection/snippet permissions, workflows and demo users. Safe to run again."

    def handle(self, *args, **options):
        self.permissions = {}
        self.page_grants = None
        self.admin_access = self.permission("wagtailadmin", "access_admin")
        self.created_users = []
        self.editing_groups = set()
        director = self.group(DIRECTOR_GROUP)
        head_groups = self.sections()
        # Editors first, then reviewers (who publish what the editors of their pages draft).
        for declared in sorted(editor_groups(), key=lambda declared: declared.reviewers):
            group = self.group(declared.name)
            if declared.reviewers:
                for page in pages_of(declared.page_types):
                    self.grant_pages(group, page, PUBLISH)
                continue
            for page in pages_of(declared.page_types):
                self.grant_pages(group, page, EDIT)
                self.grant_pages(director, page, PUBLISH)
            for app_label in declared.snippet_apps:
                self.grant_snippets(group, app_label)
            self.grant_media(group, self.collection(declared.name))
        # The director has the last word everywhere, so may also publish directly.
        for home in Page.objects.filter(depth=2):
            self.grant_pages(director, home, PUBLISH)
        self.workflows(head_groups)
        self.grant_choosing()
        operators = self.group(OPERATORS_GROUP)
        operators.permissions.add(
            *(self.permission(app_label, codename) for app_label, codename in OPERATOR_PERMISSIONS)
        )
        if getattr(settings, "DEMO_USERS", False):
            self.demo_users()
        self.stdout.write("  editorial: groups, permissions and workflows ready")
        for username, password, group in self.created_users:
            self.stdout.write(f"    demo user {username} / {password}  ({group})")

    def permission(self, app_label, codename):
        """A permission, read once a run (a run asks for each some hundred times)."""
        key = (app_label, codename)
        if key not in self.permissions:
            self.permissions[key] = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        return self.permissions[key]

    def group(self, name):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(self.admin_access)
        # Every editorial role makes and updates the English versions of what it edits,
        # in wagtail-localize's translation editor (its "Translate" and "Sync" actions).
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
        )
        return group

    def grant_pages(self, group, page, codenames):
        self.editing_groups.add(group)
        if self.page_grants is None:
            # Read once: a run grants some 900 page permissions, almost all there already.
            self.page_grants = set(GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id"))
        for codename in codenames:
            grant = (group.pk, page.pk, self.permission("wagtailcore", codename).pk)
            if grant not in self.page_grants:
                GroupPagePermission.objects.create(group=group, page=page, permission_id=grant[2])
                self.page_grants.add(grant)

    def grant_snippets(self, group, app_label):
        try:
            config = apps.get_app_config(app_label)
        except LookupError:
            return
        for model in config.get_models():
            # What citizens send is never editable by content editors.
            if issubclass(model, Page) or saved_for_citizens(model):
                continue
            for action in ("add", "change", "view"):
                codename = f"{action}_{model._meta.model_name}"
                perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
                if perm:
                    group.permissions.add(perm)

    def collection(self, name):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        return existing or root.add_child(name=name)

    def grant_media(self, group, collection):
        for app_label, codename in MEDIA_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=self.permission(app_label, codename)
            )

    def grant_choosing(self):
        """Choosers of every group that edits pages list all the portal's media, not only what
        sits in the group's own collection (the demo's media sit in the root)."""
        root = Collection.get_first_root_node()
        for group in self.editing_groups:
            for app_label, codename in CHOOSE_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root, permission=self.permission(app_label, codename)
                )

    def sections(self):
        """Per domain: an editors' group limited to its section's subtree, and a head group."""
        heads = []
        for section in SectionPage.objects.filter(locale__language_code="fa"):
            editors = self.group(f"ویراستاران حوزه {section.title}")
            head = self.group(f"سرپرست حوزه {section.title}")
            heads.append(head)
            SectionPage.objects.filter(translation_key=section.translation_key).update(
                editors_group=editors, head_group=head
            )
            for page in SectionPage.objects.filter(translation_key=section.translation_key):
                self.grant_pages(editors, page, EDIT)
                self.grant_pages(head, page, PUBLISH)
            # Their domain's services, news and notices live in shared indexes; the page form
            # and the editing hooks keep them to their own domain (home.pages.editorial).
            for index in domain_indexes():
                self.grant_pages(editors, index, EDIT)
                self.grant_pages(head, index, EDIT)
            collection = self.collection(section.title)
            self.grant_media(editors, collection)
            self.grant_media(head, collection)
        return heads

    def workflows(self, head_groups):
        director_flow = self.workflow(ROOT_WORKFLOW, [self.step(DIRECTOR)])
        section_flow = self.workflow(SECTION_WORKFLOW, [self.step(SECTION_HEAD)])

        root = Page.get_first_root_node()
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": director_flow})
        # Wagtail's default workflow waits for an empty "Moderators" group; nothing uses it now.
        for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
            workflow.deactivate()
        for task in GroupApprovalTask.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True):
            task.deactivate()
        # Kept while someone is in one, or an active review step waits on it for its reviewers.
        Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).exclude(
            groupapprovaltask__active=True
        ).delete()
        assignments = [
            (self.workflow(declared.name, [self.step(step) for step in declared.steps]), pages_of(declared.page_types))
            for declared in review_workflows()
        ]
        assignments.append((section_flow, list(SectionPage.objects.all())))
        for workflow, pages in assignments:
            for page in pages:
                WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
        # Wagtail publishes on the last approval as the approver, who therefore needs publish
        # permission: where a section head has the last word (news, notices), heads may publish.
        for index in domain_indexes():
            last = WorkflowTask.objects.filter(workflow=index.get_workflow()).order_by("-sort_order").first()
            if last is not None and isinstance(last.task.specific, SectionHeadApprovalTask):
                for head in head_groups:
                    self.grant_pages(head, index, ["publish_page"])
        # Tasks of earlier versions: `workflow()` took them out of their workflow already.
        for declared in review_workflows():
            retired = [stored_name(name) for name in declared.retired_tasks]
            for task in GroupApprovalTask.objects.filter(name__in=retired, active=True):
                task.deactivate()

    def step(self, step):
        """The task of a workflow step; a section head task's group reviews content of no section."""
        model = SectionHeadApprovalTask if step.section_head else GroupApprovalTask
        return self.task(model, step.name, [self.group(step.group)])

    def task(self, model, name, groups):
        """The task of `model` stored as `name` (a declared name: its Persian, home.pages.editor_groups)."""
        name = stored_name(name)
        task = model.objects.filter(name=name).first() or model.objects.create(name=name)
        task.groups.set(groups)
        return task

    def workflow(self, name, tasks):
        """The workflow stored as `name` (a declared name: its Persian), with `tasks` in order."""
        workflow, _ = Workflow.objects.get_or_create(name=stored_name(name))
        WorkflowTask.objects.filter(workflow=workflow).exclude(task__in=tasks).delete()
        for order, task in enumerate(tasks):
            WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
        return workflow

    def demo_users(self):
        User = get_user_model()
        roles = [
            (f"editor-{s.slug}", f"ویراستاران حوزه {s.title}")
            for s in SectionPage.objects.filter(locale__language_code="fa")
        ]
        roles += [
            (f"head-{s.slug}", f"سرپرست حوزه {s.title}") for s in SectionPage.objects.filter(locale__language_code="fa")
        ]
        roles += [(declared.demo_user, declared.name) for declared in editor_groups() if declared.demo_user]
        roles.append(("director", DIRECTOR_GROUP))
        roles.append(("operator", OPERATORS_GROUP))
        # Desk staff: one for each department with a staff group, so every citizen's request is
        # read by someone (`manage.py check --database default`, home.W103); the first is `desk-staff`.
        desks = Department.objects.in_default_language().filter(staff_group__isnull=False).order_by("sort_order", "pk")
        for number, desk in enumerate(desks):
            roles.append(("desk-staff" if number == 0 else f"desk-{desk.slug}", desk.staff_group.name))
        for username, group_name in roles:
            existing = User.objects.filter(username=username).first()
            if existing is not None:
                give_demo_name(existing)
                continue
            password = secrets.token_urlsafe(9)
            user = User.objects.create_user(username=username, email=f"{username}@example.ir", password=password)
            give_demo_name(user)
            user.groups.add(Group.objects.get(name=group_name))
            self.created_users.append((username, password, group_name))
