from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home.apps import FeatureApp


class NewsroomConfig(FeatureApp, AppConfig):
    """News, the notice board and the feeds."""

    name = "newsroom"
    verbose_name = _("Newsroom")
    feeds = [
        ("news", _("All news"), "newsroom:news_rss", "newsroom:news_atom", 10),
        ("notices", _("Notice board"), "newsroom:notices_rss", "newsroom:notices_atom", 20),
    ]
    feed_directory = "newsroom:feed_list"

    def declare(self):
        from home.pages.editor_groups import SECTION_HEAD, Step, editor_group, review_workflow, reviewer_group

        from .models import NewsIndexPage, NoticeIndexPage

        editor_group("ویراستاران اخبار", [NewsIndexPage], snippet_apps=["taggit"], demo_user="editor-news")
        editor_group("ویراستاران اعلانات", [NoticeIndexPage], demo_user="editor-notices")
        # News goes to its section's head; news of no section to the public relations reviewers.
        reviewers = "بازبینان اخبار (روابط عمومی)"
        reviewer_group(reviewers, [NewsIndexPage], demo_user="reviewer-news")
        review_workflow(
            _("News review"),
            [NewsIndexPage],
            [Step(_("News review: section head or public relations"), group=reviewers, section_head=True)],
            retired_tasks=[_("News review at public relations")],
        )
        # A notice goes to its section's head; one of no section to the director.
        review_workflow(_("Notice approval"), [NoticeIndexPage], [SECTION_HEAD])
