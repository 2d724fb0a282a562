"""A poll takes one vote from each browser (a cookie) or signed-in user, and cannot tell people
apart: what the demo's forms index and the results screen say about it is that, not «one vote
per person»."""

import pytest
from wagtail.models import Locale

from forms_pages.models import FormsIndexPage, PollPage
from tests.soup import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "says", "not_says"),
    [("fa", "از هر مرورگر یک بار", "هر نفر"), ("en", "one vote from each browser", "Each person")],
)
def test_the_demo_forms_index_says_one_vote_per_browser(language, says, not_says):
    intro = FormsIndexPage.objects.get(locale=Locale.objects.get(language_code=language)).intro
    assert says in intro and not_says not in intro


def test_the_results_screen_counts_one_vote_per_browser(admin_client):
    poll = PollPage.objects.get(slug="call-centre-quality", locale__language_code="fa")
    response = admin_client.get(f"/admin/polls/{poll.pk}/results/", HTTP_ACCEPT_LANGUAGE="fa")
    copies = soup(response).select_one(".poll-admin__copies").get_text(" ", strip=True)
    assert "از هر مرورگر یک رأی" in copies and "هر نفر" not in copies
