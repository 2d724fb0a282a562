"""The status of a notice at each boundary, as a pure function and in the database filter."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from tenders.choices import Outcome, Status
from tenders.factories import TenderPageFactory, add_amendment
from tenders.models import TenderAmendment, TenderPage
from tenders.status import effective_deadlines, notice_status

SECOND = datetime.timedelta(seconds=1)
T0 = datetime.datetime(2026, 11, 24, 10, 30, tzinfo=datetime.UTC)
DOCS_FROM = T0
DEADLINE = T0 + datetime.timedelta(days=10)
OPENING = DEADLINE + datetime.timedelta(days=1)


def notice(**overrides):
    fields = {
        "documents_from": DOCS_FROM,
        "documents_until": DEADLINE - datetime.timedelta(days=2),
        "enquiry_deadline": DEADLINE - datetime.timedelta(days=3),
        "submission_deadline": DEADLINE,
        "opening_at": OPENING,
    }
    fields.update(overrides)
    return SimpleNamespace(**fields)


def amendment(issued_at, order=0, **changes):
    fields = {
        f"new_{name}": None for name in ("documents_until", "enquiry_deadline", "submission_deadline", "opening_at")
    }
    fields.update({f"new_{name}": value for name, value in changes.items()})
    return SimpleNamespace(issued_at=issued_at, sort_order=order, **fields)


def status(at, outcome=Outcome.PENDING, amendments=(), **overrides):
    return notice_status(outcome, effective_deadlines(notice(**overrides), amendments), at)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (DOCS_FROM - SECOND, Status.UPCOMING),
        (DOCS_FROM, Status.OPEN),
        (DOCS_FROM + SECOND, Status.OPEN),
        (DEADLINE - SECOND, Status.OPEN),
        (DEADLINE, Status.CLOSED),
        (DEADLINE + SECOND, Status.CLOSED),
        (OPENING - SECOND, Status.CLOSED),
        (OPENING, Status.OPENED),
        (OPENING + SECOND, Status.OPENED),
    ],
)
def test_status_one_second_around_each_date(moment, expected):
    assert status(moment) == expected


def test_without_start_date_a_notice_is_open_until_its_deadline():
    assert status(DOCS_FROM - datetime.timedelta(days=30), documents_from=None) == Status.OPEN
    assert status(DEADLINE, documents_from=None) == Status.CLOSED


def test_without_opening_date_a_notice_stays_closed():
    assert status(DEADLINE + datetime.timedelta(days=400), opening_at=None) == Status.CLOSED


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (Outcome.AWARDED, Status.AWARDED),
        (Outcome.CANCELLED, Status.CANCELLED),
        (Outcome.UNSUCCESSFUL, Status.UNSUCCESSFUL),
    ],
)
def test_editor_outcome_wins_at_any_moment(outcome, expected):
    for moment in (DOCS_FROM - SECOND, DEADLINE - SECOND, OPENING + SECOND):
        assert status(moment, outcome=outcome) == expected


def test_amendment_moves_the_deadline_both_ways():
    later = DEADLINE + datetime.timedelta(days=3)
    extended = [amendment(T0 + datetime.timedelta(days=2), submission_deadline=later, opening_at=later + SECOND)]
    assert status(DEADLINE + SECOND, amendments=extended) == Status.OPEN
    assert status(later - SECOND, amendments=extended) == Status.OPEN
    assert status(later, amendments=extended) == Status.CLOSED
    assert status(later + SECOND, amendments=extended) == Status.OPENED

    earlier = DEADLINE - datetime.timedelta(days=1)
    shortened = [amendment(T0 + datetime.timedelta(days=2), submission_deadline=earlier)]
    assert status(earlier - SECOND, amendments=shortened) == Status.OPEN
    assert status(earlier + SECOND, amendments=shortened) == Status.CLOSED


def test_latest_amendment_that_names_a_date_wins():
    first = DEADLINE + datetime.timedelta(days=5)
    second = DEADLINE + datetime.timedelta(days=2)
    amendments = [
        # Given out of order on purpose: the later issue date wins, not the list position.
        amendment(T0 + datetime.timedelta(days=4), submission_deadline=second),
        amendment(T0 + datetime.timedelta(days=1), submission_deadline=first, enquiry_deadline=T0),
        amendment(T0 + datetime.timedelta(days=6)),  # names no date: changes nothing
    ]
    deadlines = effective_deadlines(notice(), amendments)
    assert deadlines.submission_deadline == second
    assert deadlines.enquiry_deadline == T0
    assert deadlines.opening_at == OPENING
    assert deadlines.documents_from == DOCS_FROM


@pytest.mark.django_db
class TestInTheDatabase:
    """The listing's SQL filter agrees with the pure function at the same boundaries."""

    @pytest.fixture
    def index(self, home_fa):
        from tenders.factories import TenderIndexPageFactory

        return TenderIndexPageFactory(parent=home_fa, slug="status-index")

    def statuses_at(self, index, moment):
        found = {}
        for status in Status:
            for page in TenderPage.objects.child_of(index).with_status([status], moment):
                found.setdefault(page.pk, []).append(status)
        return found

    def test_sql_filter_matches_pure_function(self, index):
        now = timezone.now().replace(microsecond=0)
        page = TenderPageFactory(
            parent=index,
            documents_from=now,
            submission_deadline=now + datetime.timedelta(days=2),
            opening_at=now + datetime.timedelta(days=3),
        )
        page = TenderPage.objects.get(pk=page.pk)
        for moment in (
            now - SECOND,
            now,
            page.submission_deadline - SECOND,
            page.submission_deadline,
            page.submission_deadline + SECOND,
            page.opening_at - SECOND,
            page.opening_at + SECOND,
        ):
            assert self.statuses_at(index, moment) == {page.pk: [page.status_at(moment)]}, moment

    def test_published_amendment_moves_the_stored_deadline(self, index):
        now = timezone.now().replace(microsecond=0)
        page = TenderPageFactory(parent=index, submission_deadline=now + datetime.timedelta(hours=1))
        original = page.submission_deadline
        new_deadline = original + datetime.timedelta(days=2)
        add_amendment(page, issued_at=now, new_submission_deadline=new_deadline, new_opening_at=new_deadline)
        page = TenderPage.objects.get(pk=page.pk)
        assert page.effective_submission_deadline == new_deadline
        assert page.submission_deadline == original
        after_old_deadline = original + SECOND
        assert page.status_at(after_old_deadline) == Status.OPEN
        assert page.pk in [p.pk for p in TenderPage.objects.open(after_old_deadline)]
        assert page.pk not in [p.pk for p in TenderPage.objects.open(new_deadline)]
        assert page.status_at(new_deadline) == Status.OPENED

    def test_draft_amendment_changes_nothing_until_published(self, index):
        now = timezone.now().replace(microsecond=0)
        page = TenderPageFactory(parent=index, submission_deadline=now + datetime.timedelta(hours=1))
        page.amendments.add(
            TenderAmendment(text="پیش‌نویس", issued_at=now, new_submission_deadline=now + datetime.timedelta(days=9))
        )
        page.save_revision()  # a draft, not published
        stored = TenderPage.objects.get(pk=page.pk)
        assert stored.effective_submission_deadline == now + datetime.timedelta(hours=1)
        assert list(stored.amendments.all()) == []
