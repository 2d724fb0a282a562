"""The static pages nginx serves when the application cannot answer are made from templates/errors/."""

import re

from home.operations.offline_pages import render_offline_pages


def test_committed_offline_pages_are_what_their_templates_render():
    pages = render_offline_pages()
    assert {path.name for path in pages} == {
        "busy.fa.html",
        "busy.en.html",
        "unavailable.fa.html",
        "unavailable.en.html",
    }
    for path, text in pages.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run `manage.py build_offline_pages`"


def test_each_language_gets_its_own_words_direction_and_links():
    pages = {path.name: text for path, text in render_offline_pages().items()}
    fa, en = pages["unavailable.fa.html"], pages["unavailable.en.html"]
    assert '<html lang="fa" dir="rtl">' in fa and "سامانه چند لحظه در دسترس نیست" in fa
    assert '<a href="/track/">پیگیری درخواست</a>' in fa and '<a href="/">' in fa
    assert '<html lang="en" dir="ltr">' in en and not re.search(r"[\u0600-\u06FF]", en)
    assert '<a href="/en/track/">request tracking</a>' in en and '<a href="/en/">' in en
    assert "بیش از اندازه" in pages["busy.fa.html"] and "Vazirmatn" in pages["busy.fa.html"]
    assert not re.search(r"[\u0600-\u06FF]", pages["busy.en.html"])
