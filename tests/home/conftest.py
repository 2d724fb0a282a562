import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings


@pytest.fixture(scope="module")
def demo_users(django_db_setup, django_db_blocker):
    """The demo users of every role, by username, as `seed_editorial` makes them with DEMO_USERS
    on; removed again after the module."""
    User = get_user_model()
    with django_db_blocker.unblock():
        before = set(User.objects.values_list("pk", flat=True))
        with override_settings(DEMO_USERS=True):
            call_command("seed_editorial", stdout=io.StringIO())
        created = list(User.objects.exclude(pk__in=before))
    yield {user.username: user for user in created}
    with django_db_blocker.unblock():
        User.objects.filter(pk__in=[user.pk for user in created]).delete()
