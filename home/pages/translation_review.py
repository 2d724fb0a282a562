"""A translated page's way to a reviewer: the editor asks, whoever may publish it is told.

wagtail-localize's translation editor offers no "submit for moderation", and a Wagtail workflow
would publish the wrong thing: the English page's revision is rebuilt from its translated
strings only when someone presses "Publish" in that editor. So an editor who may not publish
sends a TranslationReview; the people who take the last step of the page's workflow (those who
publish its Persian original, docs/editorial.md) get an e-mail and see it on their dashboard,
and publishing the page closes it and tells the editor.
"""

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from laces.components import Component
from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission, Page

from home.language.text import join_list
from home.models import TranslationReview
from home.pages.editorial import out_of_scope
from home.pages.form_fields import optional_text_field

logger = logging.getLogger(__name__)

REQUESTED = "home.translation_review_requested"
DASHBOARD_LIMIT = 20


def is_translation(page):
    """True when `page` is a translation kept by wagtail-localize's translation editor."""
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


def last_step_groups(page):
    """Ids of the groups that take the last step of `page`'s workflow: whoever publishes it."""
    workflow = page.get_workflow()
    if workflow is None:
        return []
    last = workflow.workflow_tasks.filter(task__active=True).order_by("-sort_order").select_related("task").first()
    if last is None:
        return []
    task = last.task.specific
    if hasattr(task, "approver_group_ids"):
        return task.approver_group_ids(page)
    if hasattr(task, "groups"):
        return list(task.groups.values_list("pk", flat=True))
    return []


def is_publisher(user, page, group_ids=None):
    """`user` takes the last step of `page`'s workflow (or is a superuser) and may publish it."""
    if not user.is_active:
        return False
    if not user.is_superuser:
        group_ids = last_step_groups(page) if group_ids is None else group_ids
        if not user.groups.filter(pk__in=group_ids).exists():
            return False
    return page.permissions_for_user(user).can_publish() and not out_of_scope(user, page)


def publishers(page, exclude=None):
    """The active staff who take the last step of `page`'s workflow and may publish it.

    Superusers are added as Wagtail's own moderation mails add them
    (WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS)."""
    group_ids = last_step_groups(page)
    users = get_user_model().objects.filter(is_active=True)
    candidates = users.filter(groups__in=group_ids)
    if getattr(settings, "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", True):
        candidates = candidates | users.filter(is_superuser=True)
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    return [user for user in candidates.distinct().order_by("pk") if is_publisher(user, page, group_ids)]


def open_review(page):
    return TranslationReview.objects.filter(page=page, closed_at__isnull=True).select_related("requested_by").first()


def may_request(user, page):
    """An editor of `page` who may not publish it may ask for its review."""
    perms = page.permissions_for_user(user)
    return perms.can_edit() and not out_of_scope(user, page)


class ReviewRequestForm(forms.Form):
    note = optional_text_field(
        _("Note to the reviewer (optional)"),
        TranslationReview.NOTE_MAX_LENGTH,
        _("Shorten the note to 1,000 characters or fewer."),
        rows=2,
    )


class ReviewNotifier(EmailNotificationMixin, Notifier):
    """Wagtail's moderation mail machinery (each recipient's language and preferences, one
    connection, failures logged), with our templates: wagtailadmin/notifications/
    translation_review_submitted.* and translation_review_approved.*"""

    def __init__(self, notification):
        super().__init__((TranslationReview,))
        self.notification = notification

    def get_recipient_users(self, review, to=(), **kwargs):
        return set(to)

    def get_context(self, review, **kwargs):
        context = super().get_context(review, **kwargs)
        page = review.page.specific_deferred
        context.update(
            review=review,
            page=page,
            title=page.get_admin_display_title(),
            language=page.locale.get_display_name(),
            asked_by=review.requester_name,
            published_by=names([review.closed_by]) if review.closed_by else "",
        )
        return context


tell_publishers = ReviewNotifier("submitted")
tell_requester = ReviewNotifier("approved")


def _mail(notifier, review, users):
    """Mail after the commit; a mail that fails is logged (by Wagtail, per recipient, or here),
    never the editor's error: the request is saved and shows on the reviewers' dashboard."""

    def send():
        try:
            notifier(review, to=users)
        except Exception:
            logger.exception("Translation review %s: the %s mail failed", review.pk, notifier.notification)

    transaction.on_commit(send)


def request_review(page, user, note=""):
    """Open a review of `page` asked by `user`: (the review, or None when one is open already;
    the people told).

    Saved before anyone is mailed, and mailed only once the transaction holds it."""
    recipients = publishers(page, exclude=user)
    try:
        with transaction.atomic():
            review = TranslationReview.objects.create(page=page, requested_by=user, note=note)
    except IntegrityError:
        return None, recipients
    log(instance=page, action=REQUESTED, user=user, data={"note": note})
    _mail(tell_publishers, review, recipients)
    return review, recipients


def close_reviews(page, user):
    """`page` was published: its open review is done; the editor who asked is told."""
    review = open_review(page)
    if review is None:
        return
    review.closed_at = timezone.now()
    review.closed_by = user
    review.save(update_fields=["closed_at", "closed_by"])
    if review.requested_by is not None and review.requested_by != user:
        _mail(tell_requester, review, [review.requested_by])


def on_page_published(sender, instance, revision=None, **kwargs):
    close_reviews(instance, getattr(revision, "user", None))


def connect_signals():
    from wagtail.signals import page_published

    page_published.connect(on_page_published, dispatch_uid="home_translation_review_closed")


def names(users):
    """The users' names as a list in the reader's language («الف، ب»; "A, B")."""
    return join_list(user.get_full_name() or user.get_username() for user in users)


@require_POST
def request_review_view(request, page_id):
    """The translation editor's "Ask for review" button."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_request(request.user, page) or not is_translation(page):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = ReviewRequestForm(request.POST)
    if not form.is_valid():
        for error in form.errors["note"]:
            messages.error(request, error)
        return redirect(edit_url)
    review, recipients = request_review(page, request.user, form.cleaned_data["note"])
    if review is None:
        messages.warning(request, _("This translation is already waiting for review."))
    elif recipients:
        messages.success(
            request, _("Sent for review. %(names)s will be told by e-mail.") % {"names": names(recipients)}
        )
    else:
        messages.warning(request, _("Sent for review, but nobody who may publish this page has an active account."))
    return redirect(edit_url)


def panel_context(page, user):
    """What the translation editor's review panel shows `user` about `page`."""
    if not is_translation(page):
        return {}
    review = open_review(page)
    can_publish = page.permissions_for_user(user).can_publish() and not out_of_scope(user, page)
    can_request = not can_publish and review is None and may_request(user, page)
    if review is None and not can_request:
        return {}
    return {
        "page": page,
        "review": review,
        "can_publish": can_publish,
        "can_request": can_request,
        "publishers": names(publishers(page)) if not can_publish else "",
        "form": ReviewRequestForm(),
        "action": reverse("translation_review_request", args=[page.pk]),
    }


class TranslationReviewsPanel(Component):
    """The dashboard's translations waiting for this user to review and publish them."""

    name = "translation_reviews"
    order = 210  # just above Wagtail's "Awaiting your review"
    template_name = "home/admin/translation_reviews_panel.html"

    def __init__(self, reviews):
        self.reviews = reviews

    def get_context_data(self, parent_context):
        return {"reviews": self.reviews}


def reviews_for(user):
    """Open reviews `user` may act on, newest first. Staff who may publish nowhere (editors,
    the desk: most dashboards) are answered with one query."""
    if (
        not user.is_superuser
        and not GroupPagePermission.objects.filter(group__user=user, permission__codename="publish_page").exists()
    ):
        return []
    opened = TranslationReview.objects.filter(closed_at__isnull=True).select_related("page__locale", "requested_by")
    mine = []
    for review in opened.order_by("-requested_at")[: DASHBOARD_LIMIT * 5]:
        if is_publisher(user, review.page.specific_deferred):
            mine.append(review)
        if len(mine) == DASHBOARD_LIMIT:
            break
    return mine


def add_dashboard_panel(request, panels):
    reviews = reviews_for(request.user)
    if reviews:
        panels.append(TranslationReviewsPanel(reviews))
