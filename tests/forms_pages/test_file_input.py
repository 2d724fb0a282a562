"""The attachments field renders the page's words for choosing files, hidden until
static/js/file-input.js (which the field loads itself, in the admin too) shows them
(tests/browser/test_file_input.py sees them work)."""

from django.utils import translation

from forms_pages.forms import MultipleFileField


def render(language):
    with translation.override(language):
        return MultipleFileField(required=False).widget.render("attachments", None, attrs={"id": "id_attachments"})


def test_the_attachments_field_carries_the_words_in_each_language():
    persian, english = render("fa"), render("en")
    assert "انتخاب پرونده‌ها" in persian and "پرونده‌ای انتخاب نشده است" in persian
    assert "Choose files" in english and "No file chosen" in english
    for html in (persian, english):
        assert 'type="file"' in html and "multiple" in html and 'accept=".pdf,.jpg,.jpeg,.png"' in html
        assert html.count(" hidden>") == 2  # shown only by the script
        assert '<script src="/static/js/file-input.js" defer></script>' in html
