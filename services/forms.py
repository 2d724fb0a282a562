"""Forms of the services desk: the satisfaction survey and the law page's admin form."""

import re

import jdatetime
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from home.text import to_ascii_digits, to_persian_digits

JALALI_DATE = re.compile(r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})")

SCORE_CHOICES = [(n, str(n)) for n in range(1, 6)]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class SurveyForm(forms.Form):
    """Score 1–5, whether an in-person visit was needed, an optional comment; plus a honeypot."""

    score = forms.TypedChoiceField(
        label=_("How satisfied are you with this service?"),
        choices=SCORE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a score from 1 to 5.")},
    )
    visited_in_person = forms.ChoiceField(
        label=_("Did you have to visit an office in person?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us whether you had to visit in person.")},
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the staff of the directorate read comments; they are never published."),
    )
    # Hidden from people (CSS and aria-hidden), filled in by naive bots.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def clean_visited_in_person(self):
        return self.cleaned_data["visited_in_person"] == "yes"


class LawPageForm(WagtailAdminPageForm):
    """Editors enter a law's approval date as a Jalali date (۱۳۶۹/۰۸/۲۹); it is stored as Gregorian."""

    approval_date_jalali = forms.CharField(
        label=_("Approval date (Jalali)"),
        max_length=10,
        help_text=_("Year/month/day in the Solar Hijri calendar, for example ۱۳۶۹/۰۸/۲۹."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.approval_date and not self.is_bound:
            jalali = jdatetime.date.fromgregorian(date=self.instance.approval_date)
            self.initial["approval_date_jalali"] = to_persian_digits(
                f"{jalali.year}/{jalali.month:02d}/{jalali.day:02d}"
            )

    def clean_approval_date_jalali(self):
        value = to_ascii_digits(self.cleaned_data["approval_date_jalali"]).strip()
        match = JALALI_DATE.fullmatch(value)
        try:
            if match is None:
                raise ValueError(value)
            year, month, day = (int(part) for part in match.groups())
            gregorian = jdatetime.date(year, month, day).togregorian()
        except ValueError:
            raise forms.ValidationError(_("Enter a valid Jalali date such as ۱۳۶۹/۰۸/۲۹.")) from None
        self.instance.approval_date = gregorian
        return value
