"""Headers and cookies: no inline styles on public pages, frame rules that agree, and the
survey cookie Secure under HTTPS."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory

from home.security.admin_csp import AdminInlineScriptNonceMiddleware
from services.models import ServicePage
from tests.soup import soup
from tests.test_fuzz import public_pages

pytestmark = pytest.mark.django_db

ANSWER = {"score": "4", "visited_in_person": "no", "comment": "", "website": ""}


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def test_public_pages_need_no_inline_styles_and_get_none():
    client = Client()
    for page in public_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert "'unsafe-inline'" not in directives(response)["style-src"], page.url
        dom = soup(response)
        assert not dom.find("style"), page.url
        assert not dom.find(attrs={"style": True}), page.url


def test_the_admin_keeps_its_inline_styles(admin_client):
    response = admin_client.get("/admin/")
    assert "'unsafe-inline'" in directives(response)["style-src"]


def test_frame_options_and_frame_ancestors_agree(admin_client):
    response = Client().get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert directives(response)["frame-ancestors"] == ["'none'"]
    # A response that allows same-origin framing (Wagtail's live preview) says so in both.
    preview = HttpResponse("preview")
    preview["X-Frame-Options"] = "SAMEORIGIN"
    request = RequestFactory().get("/admin/pages/3/edit/preview/")
    response = AdminInlineScriptNonceMiddleware(lambda request: preview)(request)
    assert response._csp_replace["frame-ancestors"] == ["'self'"]
    # The preview of a page comes back with the page's own header already written.
    rendered = HttpResponse("page")
    rendered["X-Frame-Options"] = "SAMEORIGIN"
    rendered["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'; script-src 'self'"
    response = AdminInlineScriptNonceMiddleware(lambda request: rendered)(request)
    assert directives(response)["frame-ancestors"] == ["'self'"]
    assert directives(response)["script-src"] == ["'self'"]


def test_survey_cookie_is_secure_under_https():
    service = ServicePage.objects.live().filter(locale__language_code="fa").first()
    client = Client()
    response = client.post(service.url + "survey/", ANSWER, secure=True)
    assert response.status_code == 302
    survey = [morsel for name, morsel in response.cookies.items() if name.startswith("survey_")]
    assert survey and survey[0]["secure"]
