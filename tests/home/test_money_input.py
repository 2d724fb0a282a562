"""Amounts in rials typed in the admin: any digits, any grouping, one field for every amount."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation

from home.language.money import MoneyField, MoneyFormField, MoneyInput, parse_amount


@pytest.mark.parametrize(
    "text, amount",
    [
        ("50000000", 50_000_000),
        ("۵۰۰۰۰۰۰۰", 50_000_000),
        ("۵۰٬۰۰۰٬۰۰۰", 50_000_000),
        ("٥٠,٠٠٠,٠٠٠", 50_000_000),
        ("50 000 000", 50_000_000),
        ("\u200e۵۰،۰۰۰،۰۰۰ ", 50_000_000),
        ("", None),
        ("  ", None),
    ],
)
def test_parse_amount(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize(
    "text, message",
    [
        ("۵۰ میلیون", "مبلغ را به ریال و تنها با رقم، بی اعشار، بنویسید؛ برای نمونه ۵۰٬۰۰۰٬۰۰۰."),
        ("۱۲٫۵", "مبلغ را به ریال و تنها با رقم، بی اعشار، بنویسید؛ برای نمونه ۵۰٬۰۰۰٬۰۰۰."),
        # A digit missing from a group was read as 5,000,000, a tenth of what was meant.
        ("۵۰٬۰۰۰٬۰۰", "مبلغ را به ریال و تنها با رقم، بی اعشار، بنویسید؛ برای نمونه ۵۰٬۰۰۰٬۰۰۰."),
        ("50,000,0000", "مبلغ را به ریال و تنها با رقم، بی اعشار، بنویسید؛ برای نمونه ۵۰٬۰۰۰٬۰۰۰."),
        ("-۵۰۰", "مبلغ نمی‌تواند منفی باشد."),
        ("9" * 20, "این مبلغ بیش از اندازه بزرگ است؛ شمار رقم‌ها را بررسی کنید."),
    ],
)
def test_bad_amounts_say_what_to_type(text, message):
    with translation.override("fa"):
        with pytest.raises(ValidationError) as error:
            parse_amount(text)
        # Read while Persian is active: the messages are lazy, and a test before this one in the
        # same process may have left English active (its failure depended on the order).
        assert [str(m) for m in error.value.messages] == [message]


def test_english_example_is_in_latin_digits():
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            parse_amount("fifty")
        assert error.value.messages == ["Enter the amount in whole rials, in digits only, for example 50,000,000."]


def test_input_shows_the_amount_grouped_in_the_staff_language():
    widget = MoneyInput()
    with translation.override("fa"):
        assert widget.format_value(50_000_000) == "۵۰٬۰۰۰٬۰۰۰"
        assert widget.format_value("50000000") == "۵۰٬۰۰۰٬۰۰۰"
        assert widget.format_value("۵۰ میلیون") == "۵۰ میلیون"  # a refused entry, as typed
    with translation.override("en"):
        html = widget.render("amount", 50_000_000)
    assert 'type="text"' in html and 'inputmode="numeric"' in html and 'value="50,000,000"' in html


def test_every_amount_in_rials_is_a_money_field():
    with translation.override("en"):
        amounts = [
            f"{model._meta.label}.{field.name}"
            for model in apps.get_models()
            for field in model._meta.get_fields()
            if "rials" in str(getattr(field, "verbose_name", ""))
        ]
    assert amounts, "no amount in rials found"
    for label in amounts:
        model_label, name = label.rsplit(".", 1)
        field = apps.get_model(model_label)._meta.get_field(name)
        assert isinstance(field, MoneyField), label
        assert isinstance(field.formfield(), MoneyFormField), label
