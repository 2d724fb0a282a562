"""Every editor reuses any image or document of the portal in their pages, and changes only
their own section's: `seed_editorial` grants "choose" on the root collection to every group that
edits pages, and adding and changing on the group's own collection.

The choosers used to be empty for editors (the demo's media sit in the root collection, and each
group had permissions on its own collection only)."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission

from tests.home.test_editorial import member_of

pytestmark = pytest.mark.django_db

COOPERATIVES = "ویراستاران حوزه تعاون"
EMPLOYMENT_COLLECTION = "اشتغال و کارآفرینی"


@pytest.fixture
def media():
    """An image and a document in the root collection, another section's and the editor's own."""
    root = Collection.get_first_root_node()
    other = root.get_children().get(name=EMPLOYMENT_COLLECTION)
    own = root.get_children().get(name="تعاون")
    made = {}
    for where, collection in (("root", root), ("other", other), ("own", own)):
        made[f"image-{where}"] = get_image_model().objects.create(
            title=f"تصویر آزمون {where}", file=get_test_image_file(), collection=collection
        )
        made[f"document-{where}"] = get_document_model().objects.create(
            title=f"سند آزمون {where}",
            file=ContentFile(b"%PDF-1.4 test", name=f"test-{where}.pdf"),
            collection=collection,
        )
    return made


@pytest.fixture
def editor(client, django_user_model):
    user = member_of(django_user_model, "coop-media-editor", COOPERATIVES)
    client.force_login(user)
    return user


@pytest.mark.parametrize("kind", ["image", "document"])
def test_editor_chooses_media_of_every_collection(client, editor, media, kind):
    url = "/admin/images/chooser/" if kind == "image" else "/admin/documents/chooser/"
    response = client.get(url)
    assert response.status_code == 200
    html = response.json()["html"]
    for where in ("root", "other", "own"):
        assert media[f"{kind}-{where}"].title in html, where
    # The demo's own media, in the root collection, are listed too.
    demo = get_image_model() if kind == "image" else get_document_model()
    first = (
        demo.objects.filter(collection__depth=1).exclude(pk=media[f"{kind}-root"].pk).order_by("-created_at").first()
    )
    assert first is not None and first.title in html


def refused(response):
    """Wagtail refuses an admin view with a redirect to the dashboard and a "no permission" message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


@pytest.mark.parametrize("kind", ["image", "document"])
def test_editor_changes_only_their_own_collection(client, editor, media, kind):
    prefix = "/admin/images" if kind == "image" else "/admin/documents"
    edit = "{}/{}/" if kind == "image" else "{}/edit/{}/"
    delete = "{}/{}/delete/" if kind == "image" else "{}/delete/{}/"
    listing = client.get(f"{prefix}/").content.decode()
    assert media[f"{kind}-own"].title in listing
    for where in ("root", "other"):
        item = media[f"{kind}-{where}"]
        assert item.title not in listing, where
        assert refused(client.get(edit.format(prefix, item.pk))), where
        assert refused(client.post(delete.format(prefix, item.pk))), where
        assert type(item).objects.filter(pk=item.pk).exists()
    assert client.get(edit.format(prefix, media[f"{kind}-own"].pk)).status_code == 200


def test_seeding_again_grants_choosing_to_an_earlier_database():
    """`seed_demo` runs `seed_editorial` on a database seeded before: it adds the grants that
    are missing (here the images'), and the ones still there (the documents') stay single.
    One run of the command: each takes about 1.5 s."""
    root = Collection.get_first_root_node()
    on_root = GroupCollectionPermission.objects.filter(collection=root, permission__codename__startswith="choose_")
    on_root.filter(permission__codename="choose_image").delete()
    documents_before = on_root.filter(permission__codename="choose_document").count()
    assert documents_before
    call_command("seed_editorial", stdout=io.StringIO())
    granted = list(on_root.values_list("group__name", "permission__codename"))
    assert len(granted) == len(set(granted))  # none twice
    for name in (COOPERATIVES, "سرپرست حوزه تعاون", "ویراستاران اخبار", "مدیر کل (تأیید نهایی)"):
        assert {(name, "choose_image"), (name, "choose_document")} <= set(granted), name
    assert not {group for group, _ in granted} & {"راهبران پورتال"}
    assert on_root.filter(permission__codename="choose_document").count() == documents_before
    assert Group.objects.filter(name=COOPERATIVES).exists()
