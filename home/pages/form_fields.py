"""What the forms of several apps share: the citizens' base form, the bot trap, a score from 1
to 5, an optional text (a comment, a staff member's answer or note)."""

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

SCORES = [(n, str(n)) for n in range(1, 6)]


def bot_trap():
    """A field people never see (the template hides it); bots that fill every input give themselves away."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


class ScoreField(forms.TypedChoiceField):
    """A score from 1 to 5 whose two ends may be named (`ends`: what 1 and 5 mean).

    A bare 1–5 scale left people guessing which end was good; `components/form_field.html`
    shows the ends under the scale and gives them to screen readers with the question
    (the fieldset's description)."""

    def __init__(self, *, ends=None, **kwargs):
        super().__init__(**kwargs)
        # [(score, meaning)] for the lowest and the highest score; [] when they are not named.
        self.ends = [(SCORES[0][1], ends[0]), (SCORES[-1][1], ends[1])] if ends else []


def score_field(label, required_message, ends=None):
    """A required score from 1 (poor) to 5 (very good), as radio buttons; cleaned to an int.
    `ends`: what 1 and 5 mean, (low, high), said with the scale."""
    return ScoreField(
        label=label,
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        # A value off the scale (a tampered form) asks for the same: Django's own message
        # echoed it in Latin digits and did not say what to choose.
        error_messages={"required": required_message, "invalid_choice": required_message},
        ends=ends,
    )


def text_field(label, max_length, messages, *, min_length=None, rows=None, help_text=""):
    """A text of at most `max_length` characters (`rows`: a text area that high) with our own
    `messages` by error code: Django's named the lengths in Latin digits on a Persian page and said
    "required". Required exactly when `messages` say what to do when it is missing ("required")."""
    return forms.CharField(
        label=label,
        required="required" in messages,
        min_length=min_length,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}) if rows else None,
        help_text=help_text,
        error_messages=messages,
    )


def optional_text_field(label, max_length, too_long_message, rows=None, help_text=""):
    """An optional text of at most `max_length` characters, whose message says how to shorten it."""
    return text_field(label, max_length, {"max_length": too_long_message}, rows=rows, help_text=help_text)


def comment_field(max_length, too_long_message, rows=3, help_text=""):
    """An optional comment of at most `max_length` characters, in a text area."""
    return optional_text_field(_("Comment (optional)"), max_length, too_long_message, rows, help_text)


def name_null_characters(field, label):
    """Give a text field's null-character check a message naming the field and what to do:
    Django's «Null characters are not allowed.» said neither."""
    message = _(
        "“%(label)s” contains a null character, an invisible character some programs add to copied text: "
        "delete it, or type the text again."
    ) % {"label": label}
    field.validators = [
        ProhibitNullCharactersValidator(message=message)
        if isinstance(validator, ProhibitNullCharactersValidator)
        else validator
        for validator in field.validators
    ]


class CitizenForm(forms.Form):
    """A form a citizen fills in: a null character in a text names the field it is in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            name_null_characters(field, field.label or name)
