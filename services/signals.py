"""Keep the FAQ page's search entry in step with its questions (snippets, not pages)."""

from django.db.models.signals import post_delete, post_save
from wagtail.search import index

from .models.faq import FAQIndexPage, FAQItem


def reindex_faq_pages(sender, instance, **kwargs):
    for page in FAQIndexPage.objects.filter(locale_id=instance.locale_id):
        index.insert_or_update_object(page)


def connect():
    post_save.connect(reindex_faq_pages, sender=FAQItem, dispatch_uid="services.faq.reindex.save")
    post_delete.connect(reindex_faq_pages, sender=FAQItem, dispatch_uid="services.faq.reindex.delete")
