from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """News, the notice board and the feeds."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self):
        from home.caching.page_cache import watch_app
        from home.pages.editor_groups import SECTION_HEAD, Step, editor_group, review_workflow, reviewer_group
        from home.pages.feeds import register_feed

        from .models import NewsIndexPage, NoticeIndexPage

        watch_app(self.label)

        editor_group("ویراستاران اخبار", [NewsIndexPage], snippet_apps=["taggit"], demo_user="editor-news")
        editor_group("ویراستاران اعلانات", [NoticeIndexPage], demo_user="editor-notices")
        # News goes to its section's head; news of no section to the public relations reviewers.
        reviewers = "بازبینان اخبار (روابط عمومی)"
        reviewer_group(reviewers, [NewsIndexPage], demo_user="reviewer-news")
        review_workflow(
            "بازبینی خبر",
            [NewsIndexPage],
            [Step("بازبینی خبر: سرپرست حوزه یا روابط عمومی", group=reviewers, section_head=True)],
            retired_tasks=["بازبینی خبر در روابط عمومی"],
        )
        # A notice goes to its section's head; one of no section to the director.
        review_workflow("تأیید اعلان", [NoticeIndexPage], [SECTION_HEAD])

        register_feed("news", _("All news"), "newsroom:news_rss", "newsroom:news_atom", order=10)
        register_feed("notices", _("Notice board"), "newsroom:notices_rss", "newsroom:notices_atom", order=20)
        from . import views  # noqa: F401  (registers the news archive's and notice board's route views)
