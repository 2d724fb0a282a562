"""The filters of the notice listing (GET, so a filtered list has its own address)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import Department

from .choices import Kind


class TenderFilterForm(forms.Form):
    """Kind, status and department; the statuses offered depend on the list (current or archive)."""

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("Tenders and auctions"))] + list(Kind.choices),
        error_messages={"invalid_choice": _("Choose a kind from the list.")},
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        error_messages={"invalid_choice": _("Choose a status from the list.")},
    )
    department = forms.ModelChoiceField(
        label=_("Organising department"),
        required=False,
        queryset=Department.objects.all(),
        to_field_name="slug",
        empty_label=_("All departments"),
        error_messages={"invalid_choice": _("Choose a department from the list.")},
    )

    def __init__(self, *args, statuses=(), **kwargs):
        super().__init__(*args, **kwargs)
        # The departments in the page's language; a notice may link either translation, so the
        # list is filtered by the slug they share.
        self.fields["department"].queryset = Department.objects.in_language()
        self.fields["status"].choices = [("", _("Any status"))] + [(s.value, s.label) for s in statuses]

    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.get(name) for name in self.fields)
