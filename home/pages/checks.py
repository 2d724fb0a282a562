"""System checks: every page an editor submits for moderation reaches someone who can review it,
and every department citizens can write to has someone at its desk to read and answer them.

They need the database, so they run with `manage.py check --database default` (and before
`migrate`, where they wait until the schema is up to date); see docs/editorial.md for the rules.
"""

from django.core import checks
from django.db import connections
from django.db.migrations.executor import MigrationExecutor

from home.models import Department
from home.pages.editorial import root_has_workflow, unreviewable_workflow_problems


def _migrated(databases):
    """Whether every database is fully migrated: before that the models may name columns the
    tables do not have yet (a first `migrate`, or one back to an earlier state)."""
    for alias in databases:
        executor = MigrationExecutor(connections[alias])
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            return False
    return True


def reviewers_check(app_configs=None, databases=None, **kwargs):
    if not databases:
        return []

    if not _migrated(databases):
        return []
    errors = []
    if not root_has_workflow():
        errors.append(
            checks.Warning(
                "The root of the page tree has no active workflow, so some pages can be "
                "submitted for moderation with no workflow at all.",
                hint="Run `manage.py seed_editorial` or assign a workflow to the root page.",
                id="home.W101",
            )
        )
    for problem in unreviewable_workflow_problems():
        errors.append(
            checks.Warning(
                f"A moderation task has nobody to review it: {problem}",
                hint="Add an active member to the group, or change the task's groups.",
                id="home.W102",
            )
        )
    return errors


def desks_check(app_configs=None, databases=None, **kwargs):
    """`home.W103` for each department whose staff group is missing or has no active member:
    its citizens' requests would be read by superusers only."""
    if not databases or not _migrated(databases):
        return []

    return [
        checks.Warning(
            f"Department «{department.name}» has no active staff: its citizens' requests reach superusers only.",
            hint="Choose its staff group on the department, and add an active member to that group.",
            id="home.W103",
        )
        for department in Department.objects.unstaffed()
    ]


def register():
    checks.register(reviewers_check, checks.Tags.database)
    checks.register(desks_check, checks.Tags.database)
