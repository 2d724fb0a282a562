"""What listings keep in the shared cache holds text, not lazy translations: unpickling a lazy
one builds its class again on every read (about 0.1 ms each)."""

import pickle

import pytest
from django.http import QueryDict
from django.utils import translation

from home.choices import Domain
from newsroom.factories import NewsPageFactory
from newsroom.models import NewsIndexPage
from services.models import ServiceIndexPage
from services.models.facets import Catalogue

pytestmark = pytest.mark.django_db

LAZY = b"_lazy_proxy_unpickle"


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_news_sidebar_keeps_its_section_names_as_text(language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    NewsPageFactory(parent=index, slug="cached-text-news", domain=Domain.values[0])
    with translation.override(language):
        sidebar = index.sidebar()
        assert sidebar["sections"] and sidebar["archive"]
        assert str(Domain(Domain.values[0]).label) == sidebar["sections"][0]["label"]
    assert LAZY not in pickle.dumps(sidebar)


@pytest.mark.parametrize("language", ["fa", "en"])
def test_the_catalogue_keeps_its_facet_names_as_text(language):
    index = ServiceIndexPage.objects.get(locale__language_code=language)
    with translation.override(language):
        facets = Catalogue(index.services(), QueryDict()).facets()
        assert [facet for facet in facets if facet.options]
    assert LAZY not in pickle.dumps(facets)
