"""A page's clean checks the links an editor chooses, not those Wagtail keeps itself."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Department
from services.factories import make_service
from tests.services.conftest import make_catalogue

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(home_fa):
    return make_service(make_catalogue(home_fa), slug="clean-links", responsible_department=Department.objects.first())


def test_cleaning_a_published_page_asks_nothing_of_its_type_locale_revisions_or_owner(service):
    assert service.latest_revision_id and service.live_revision_id and service.locale_id
    with CaptureQueriesContext(connection) as captured:
        service.full_clean()
    asked = " ".join(query["sql"] for query in captured.captured_queries)
    for table in ("django_content_type", "wagtailcore_locale", "wagtailcore_revision", "auth_user"):
        assert f'FROM "{table}"' not in asked, table
    # The department an editor chose is still looked up.
    assert 'FROM "home_department"' in asked


def test_a_chosen_link_to_a_row_that_is_gone_is_still_refused(service):
    missing = Department.objects.order_by("-pk").first().pk + 1000
    service.responsible_department = Department(pk=missing)  # as a form posting a stale choice would
    with pytest.raises(ValidationError) as refused:
        service.full_clean()
    assert "responsible_department" in refused.value.message_dict
