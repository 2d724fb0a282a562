"""The limits under every image and document upload, in the staff member's numbers and lists:
«۵ مگابایت», «GIF، JPG» in the Persian admin, "5 MB", "GIF, JPG" in the English one."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.users.models import UserProfile

from home.language.text import format_file_size, to_persian_digits

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, images, documents, wrong",
    [
        ("fa", ["GIF، JPG، JPEG، PNG", "۵ مگابایت"], ["۱۰ مگابایت"], ["GIF, JPG", "۵.۰", "۱۰.۰", "٫۰"]),
        ("en", ["GIF, JPG, JPEG, PNG", "5 MB"], ["10 MB"], ["5.0", "10.0", "مگابایت"]),
    ],
)
def test_the_upload_screens_say_the_limits_in_the_staff_members_words(
    client, admin_user, language, images, documents, wrong
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin_user)
    image_screen = client.get("/admin/images/multiple/add/").content.decode()
    document_screen = client.get("/admin/documents/multiple/add/").content.decode()
    for text in images:
        assert text in image_screen
    for text in documents:
        assert text in document_screen
    for text in wrong:
        assert text not in image_screen and text not in document_screen


def test_an_image_too_large_is_refused_with_both_sizes_in_persian():
    with translation.override("fa"):
        field = WagtailImageField()
        upload = SimpleUploadedFile("big.png", b"0" * (5 * 1024 * 1024 + 300 * 1024), content_type="image/png")
        with pytest.raises(ValidationError) as refused:
            field.check_image_file_size(upload)
    message = refused.value.messages[0]
    assert "۵٫۳ مگابایت" in message and "۵ مگابایت" in message


def test_an_images_size_on_its_edit_screen_is_in_persian_words(client, admin_user):
    image = get_image_model().objects.order_by("pk").first()
    client.force_login(admin_user)
    screen = client.get(f"/admin/images/{image.pk}/").content.decode()
    with translation.override("fa"):
        size = format_file_size(image.get_file_size())
    assert "کیلوبایت" in size or "مگابایت" in size
    assert size in screen
    assert not re.search(r"[۰-۹]\.[۰-۹]\s*(کیلوبایت|مگابایت)", screen)
    # Its figures named in the portal's words, the dimensions with a multiplication sign.
    assert "اندازهٔ پرونده" in screen and "بیشترین ابعاد" in screen and "اندازه فایل" not in screen
    assert to_persian_digits(f"{image.width}×{image.height}") in screen
    assert f"{image.width}x{image.height}" not in screen and f"{image.width}×" not in screen


@pytest.mark.parametrize("value", ["", None, "abc"])
def test_the_size_filter_says_nothing_is_zero_bytes_as_djangos_did(value):
    with translation.override("en"):
        assert Template("{{ value|filesizeformat }}").render(Context({"value": value})) == "0 bytes"
