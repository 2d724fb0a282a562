"""Form fields the citizens' forms of several apps share: the bot trap and a score from 1 to 5."""

from django import forms
from django.utils.translation import gettext_lazy as _

SCORES = [(n, str(n)) for n in range(1, 6)]


def bot_trap():
    """A field people never see (the template hides it); bots that fill every input give themselves away."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def score_field(label, required_message):
    """A required score from 1 (poor) to 5 (very good), as radio buttons; cleaned to an int."""
    return forms.TypedChoiceField(
        label=label,
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
    )
