"""A staff member's admin language in tests: one way to make someone read the admin in English."""

from wagtail.users.models import UserProfile


def prefers_english(user):
    """`user`'s admin is English from their next request on (their profile's preferred language,
    as they would set it under Account → Preferences); returns the user."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
