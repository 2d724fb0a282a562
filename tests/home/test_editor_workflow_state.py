"""The page editor reads a page's workflow state once (home.pages.editorial.read_workflow_state_once).

Wagtail's editor asked the database for the current workflow state of the page it shows about
ten times as it drew (its step, its task, its lock, the action menu, the status panel): it
reads it ahead only for the page's record, not for the latest revision the editor shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.test_review_messages import in_review
from tests.soup import soup

pytestmark = pytest.mark.django_db


def test_the_editor_of_a_page_in_review_reads_its_workflow_state_once(client, demo_users):
    from newsroom.models import NewsPage

    page = in_review(client, NewsPage)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    reads = [query["sql"] for query in queries if 'FROM "wagtailcore_workflowstate"' in query["sql"]]
    # Wagtail's own: the record's state read ahead, the lock looked for before the editor's
    # hooks run; then this one.
    assert len(reads) <= 3, "\n".join(reads)
    # What the state drives is still drawn from it: the reviewer's approve button in the
    # footer's menu, and the step the page waits at in the status panel.
    html = soup(response)
    assert html.select_one("button[data-workflow-action-name=approve]") is not None
    task = page.current_workflow_task.name
    assert task in html.select_one("[data-side-panel=status]").get_text(" "), task
