"""Forms of the services desk: the satisfaction survey."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.pages.form_fields import CitizenForm, bot_trap, comment_field, score_field

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class SurveyForm(CitizenForm):
    """Score 1–5, whether an in-person visit was needed, an optional comment; plus a honeypot."""

    score = score_field(
        _("How satisfied are you with this service?"),
        _("Choose a score from 1 to 5."),
        ends=(_("Very dissatisfied"), _("Very satisfied")),
    )
    visited_in_person = forms.ChoiceField(
        label=_("Did you have to visit an office in person?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Tell us whether you had to visit in person."),
            "invalid_choice": _("Tell us whether you had to visit in person."),
        },
    )
    comment = comment_field(
        2000,
        _("Shorten your comment to 2,000 characters or fewer."),
        help_text=_("Only the staff of the directorate read comments; they are never published."),
    )
    # Hidden from people (CSS and aria-hidden), filled in by naive bots.
    website = bot_trap()

    def clean_visited_in_person(self):
        return self.cleaned_data["visited_in_person"] == "yes"
