"""The desk's answer screen with files for the applicant.

`admin_views.AnswerView` binds the answer part to the posted text alone; this screen binds it
to the posted files too (chosen in the answer part, checked as a citizen's are, kept on the
answer's step), and says so when the disk cannot keep them. The desk's other screens are those
of `admin_views`."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from .admin_views import (
    NOTHING_TO_RECORD,
    TRANSFER_FIELDS,
    AnswerView,
    CitizenRequestViewSet,
    _typed,
    what_was_recorded,
)
from .answer_forms import AnswerForm
from .handling import StorageUnavailable, record_answer
from .protection import files_not_stored


class AnswerWithFilesView(AnswerView):
    def post(self, request, pk):
        if request.POST.get("action") == "transfer":
            return super().post(request, pk)
        form = AnswerForm(request.POST, request.FILES, current=self.object, applicant_language=self.object.language)
        event = None
        if form.is_valid():
            try:
                locked, event = record_answer(self.object, request.user, form.cleaned_data)
            except StorageUnavailable:
                return files_not_stored(
                    form, lambda form: self.refuse("answer", form, self.transfer_form(request.POST))
                )
            if event is None:  # the same change was saved by someone else meanwhile
                form.add_error(None, NOTHING_TO_RECORD)
                form.ask_to_choose_files_again()
        if event is None:
            return self.refuse("answer", form, self.transfer_form(request.POST))
        messages.success(request, what_was_recorded(locked, form.changes))
        self.keep_draft(_typed(request.POST, TRANSFER_FIELDS), ("reason",))
        return redirect(reverse("citizen_requests:edit", args=[self.object.pk]))


class RequestsWithFilesViewSet(CitizenRequestViewSet):
    """The requests desk, its answer screen taking files."""

    @property
    def edit_view(self):
        return AnswerWithFilesView.as_view()
