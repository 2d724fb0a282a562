import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.management.commands.seed_editorial import Command as SeedEditorial
from home.pages.editor_groups import OPERATORS_GROUP


@pytest.fixture(scope="module")
def demo_users(django_db_setup, django_db_blocker):
    """The demo users of every role, by username, as `seed_editorial` makes them with DEMO_USERS
    on; removed again after the module.

    The seed ran `seed_editorial` already (groups, permissions, workflows), so only its users
    step runs here: the whole command again took about 3 s of CPU per module, spent finding
    that every permission was there. tests/test_seed.py runs the whole command with users."""
    User = get_user_model()
    with django_db_blocker.unblock():
        before = set(User.objects.values_list("pk", flat=True))
        seed_editorial = SeedEditorial(stdout=io.StringIO())
        seed_editorial.created_users = []
        seed_editorial.demo_users()
        created = list(User.objects.exclude(pk__in=before))
    yield {user.username: user for user in created}
    with django_db_blocker.unblock():
        User.objects.filter(pk__in=[user.pk for user in created]).delete()


@pytest.fixture
def operator(client, django_user_model):
    """A member of the operators' group, signed in on `client`."""
    user = django_user_model.objects.create_user(username="site-operator", password="x-unused-123")
    user.groups.add(Group.objects.get(name=OPERATORS_GROUP))
    client.force_login(user)
    return user


@pytest.fixture
def tender(demo_users):
    """The first live Persian tender notice, for a review of a tender editor's change."""
    from tenders.models import TenderPage

    return TenderPage.objects.filter(locale__language_code="fa").live().order_by("path").first()


@pytest.fixture
def editor(demo_users):
    """The tenders editor of the demo (a module may define its own `editor`)."""
    return demo_users["editor-tenders"]
