"""The admin form of a notice: the date checks that need what the editor typed in the form.

The notice's own dates are checked by `TenderPage.clean()`. Two checks need more: the
amendments, which only the form holds until the page is saved, and "now", which belongs to the
moment an editor types a deadline, not to every later save of the notice.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import PortalPageForm
from home.language.dates import format_date

from .choices import Outcome
from .date_order import DATE_FIELDS, amendment_errors, deadline_source

# The outcomes that come from the bids, so only once bidding has ended.
AFTER_BIDDING = (Outcome.AWARDED, Outcome.UNSUCCESSFUL)


class TenderPageForm(PortalPageForm):
    """Refuses amendments whose dates break the order of the dates in force, and a submission
    deadline already past on a notice that has never been published, and an award (or "no bid
    won") while bids are still accepted.

    A notice that has been published keeps saving once its deadline has passed: that is when
    editors record its outcome.
    """

    def _post_clean(self):
        # After the model's own checks, so every fault in the dates is reported at once; the
        # dates are read from the instance, which holds each one typed, even one refused.
        super()._post_clean()
        dates = {name: getattr(self.instance, name) for name in DATE_FIELDS}
        forms = self._amendment_forms()
        # Copies: an error added to a form takes its field out of the form's cleaned_data.
        amendments = [dict(form.cleaned_data) for form in forms]
        form_of = {id(amendment): form for amendment, form in zip(amendments, forms, strict=True)}
        for amendment, name, message in amendment_errors(dates, amendments):
            form_of[id(amendment)].add_error(name, message)
        amendment, name = deadline_source(amendments)
        deadline = amendment.get(name) if amendment is not None else dates[name]
        self._check_outcome_after_deadline(deadline)
        unpublished = self.instance.first_published_at is None and not self.instance.outcome
        if unpublished and deadline is not None and deadline <= timezone.now():
            target = form_of[id(amendment)] if amendment is not None else self
            target.add_error(
                name,
                _(
                    "This deadline has already passed. Give a submission deadline in the future, "
                    "or record the outcome of a notice that has ended."
                ),
            )

    def _check_outcome_after_deadline(self, deadline):
        """An award (or "no bid won") was accepted while bids were still open: the public page
        and the OCDS release called the notice awarded before anyone could finish bidding."""
        if self.instance.outcome not in AFTER_BIDDING or deadline is None or deadline <= timezone.now():
            return
        self.add_error(
            "outcome",
            _(
                "Bids are accepted until %(deadline)s: a notice is awarded, or found unsuccessful, only "
                "after its submission deadline. To stop it now, choose “Cancelled” and give the reason."
            )
            % {"deadline": format_date(deadline, with_time=True)},
        )

    def _amendment_forms(self):
        """The amendment forms kept (not deleted), in the order the amendments were issued."""
        formset = self.formsets.get("amendments")
        if formset is None:
            return []
        formset.is_valid()  # their cleaned_data, validated once; the form's is_valid() reuses it
        forms = [
            form
            for form in formset.forms
            if hasattr(form, "cleaned_data") and form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        forms.sort(
            key=lambda form: (
                form.cleaned_data.get("issued_at") is None,
                form.cleaned_data.get("issued_at") or 0,
                form.cleaned_data.get("ORDER") or 0,
            )
        )
        return forms
