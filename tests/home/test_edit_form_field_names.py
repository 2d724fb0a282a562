"""No edit form has a field named after one of the form element's own properties.

The browser gives a form's named fields as properties of the form itself, so a field called
`method` hides `form.method`: the tender notice's procurement method did, and Wagtail's
autosave, which posts with `form.method`, failed on every notice ("a network error
occurred", and no request sent)."""

import pytest
from wagtail.admin.panels import get_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

pytestmark = pytest.mark.django_db

# HTMLFormElement's properties that Wagtail's scripts (and people's) read.
FORM_PROPERTIES = {
    "acceptCharset",
    "action",
    "autocomplete",
    "elements",
    "encoding",
    "enctype",
    "length",
    "method",
    "noValidate",
    "reset",
    "submit",
    "target",
}


def field_names(model):
    form_class = get_edit_handler(model).get_form_class()
    names = set(form_class.base_fields)
    for formset in getattr(form_class, "formsets", {}).values():
        names |= set(formset.get("fields") or ())
    return names


def test_no_edit_form_hides_a_property_of_the_form():
    models = [*get_page_models(), *get_snippet_models()]
    assert len(models) > 10
    clashes = {model.__name__: field_names(model) & FORM_PROPERTIES for model in models}
    assert {name: names for name, names in clashes.items() if names} == {}
