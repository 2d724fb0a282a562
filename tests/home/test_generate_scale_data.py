"""The scale-data generator: tops up to the totals once, leaves a sound page tree, and what it
makes renders, is searchable and trackable like content made through the site."""

import io
import re

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

from forms_pages.choices import EventAction
from forms_pages.models import CitizenRequest, RequestEvent
from forms_pages.validators import normalise_mobile, normalise_national_id
from home.caching.page_cache import generation
from home.language.dates import to_jalali
from newsroom.models import NewsPage, NewsPageTag
from services.models import ServiceCode, ServiceCodeCounter, ServiceIndexPage, ServicePage

ADD = {"services": 30, "news": 200, "requests": 500}


def generate(**totals):
    out = io.StringIO()
    call_command("generate_scale_data", batch_size=64, stdout=out, **totals)
    return out.getvalue()


class GeneratedContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.before = {
            "services": ServicePage.objects.count(),
            "news": NewsPage.objects.count(),
            "requests": CitizenRequest.objects.count(),
        }
        cls.totals = {name: count + ADD[name] for name, count in cls.before.items()}
        cls.last_page_pk = Page.objects.order_by("-pk").values_list("pk", flat=True).first()
        cls.last_request_pk = CitizenRequest.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        cls.output = generate(**cls.totals)

    def generated_services(self):
        return ServicePage.objects.filter(pk__gt=self.last_page_pk)

    def generated_news(self):
        return NewsPage.objects.filter(pk__gt=self.last_page_pk)

    def generated_requests(self):
        return CitizenRequest.objects.filter(pk__gt=self.last_request_pk)

    def test_counts_reach_the_totals_exactly(self):
        self.assertEqual(ServicePage.objects.count(), self.totals["services"])
        self.assertEqual(NewsPage.objects.count(), self.totals["news"])
        self.assertEqual(CitizenRequest.objects.count(), self.totals["requests"])
        self.assertIn("Table sizes:", self.output)

    def test_a_second_run_adds_nothing(self):
        output = generate(**self.totals)
        self.assertEqual(ServicePage.objects.count(), self.totals["services"])
        self.assertEqual(NewsPage.objects.count(), self.totals["news"])
        self.assertEqual(CitizenRequest.objects.count(), self.totals["requests"])
        self.assertEqual(output.count("nothing to add"), 3)

    def test_the_page_tree_is_sound(self):
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        catalogue = ServiceIndexPage.objects.get(locale__language_code="fa")
        self.assertEqual(catalogue.numchild, catalogue.get_children().count())
        news = self.generated_news().first()
        self.assertEqual(news.url_path, f"{news.get_parent().url_path}{news.slug}/")
        self.assertEqual(news.locale.language_code, "fa")

    def test_pages_load_through_the_orm_as_live_specific_pages(self):
        pages = list(NewsPage.objects.live().specific().filter(pk__gt=self.last_page_pk))
        self.assertEqual(len(pages), ADD["news"])
        self.assertTrue(all(page.body and page.lead and page.summary for page in pages))
        self.assertTrue(NewsPageTag.objects.filter(content_object__in=pages).exists())
        dates = {to_jalali(page.date).year for page in pages}
        self.assertGreaterEqual(len(dates), 5, "news should spread over several Jalali years")

    def test_a_generated_service_page_renders(self):
        service = self.generated_services().first()
        response = self.client.get(service.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, service.title)
        self.assertContains(response, service.service_code)
        self.assertTrue(service.channels.exists() and service.categories.exists() and service.audiences.exists())

    def test_a_generated_news_item_and_its_archive_month_render(self):
        news = self.generated_news().order_by("-date").first()
        response = self.client.get(news.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, news.title)
        month = to_jalali(news.date)
        response = self.client.get(f"{news.get_parent().url}archive/{month.year}/{month.month}/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, news.title)

    def test_the_filtered_catalogue_lists_generated_services(self):
        service = self.generated_services().first()
        query = {"domain": service.domain, "level": service.delivery_level}
        expected = list(
            ServicePage.objects.live()
            .filter(locale__language_code="fa", domain=service.domain, delivery_level=service.delivery_level)
            .order_by("title")
            .values_list("pk", "title")[:12]
        )
        response = self.client.get("/services/", query)
        self.assertEqual(response.status_code, 200)
        for _pk, title in expected:
            self.assertContains(response, title)
        self.assertTrue(any(pk > self.last_page_pk for pk, _title in expected))

    def test_site_search_finds_a_generated_news_item(self):
        news = self.generated_news().first()
        response = self.client.get("/search/", {"q": news.title})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, news.title)

    def test_service_codes_are_unique_registered_and_behind_the_counter(self):
        services = list(self.generated_services().values_list("service_code", "translation_key"))
        codes = [code for code, _key in services]
        self.assertEqual(len(codes), ADD["services"])
        self.assertEqual(len(set(codes)), len(codes))
        self.assertEqual(ServicePage.objects.filter(service_code__in=codes).count(), len(codes))
        registered = dict(ServiceCode.objects.filter(code__in=codes).values_list("code", "translation_key"))
        self.assertEqual(registered, dict(services))
        counter = ServiceCodeCounter.objects.get(pk=1).last_number
        self.assertGreaterEqual(counter, max(int(re.sub(r"\D", "", code)) for code in codes))

    def test_requests_look_like_submitted_ones(self):
        requests = list(self.generated_requests())
        self.assertEqual(len(requests), ADD["requests"])
        self.assertEqual(len({r.code for r in requests}), len(requests))
        for request in requests:
            self.assertRegex(request.code, r"^\d{15}$")
            self.assertIsNotNone(request.due_at)
            if request.mobile:
                self.assertEqual(normalise_mobile(request.mobile), request.mobile)
            if request.national_id:
                self.assertEqual(normalise_national_id(request.national_id), request.national_id)
        submitted = RequestEvent.objects.filter(request__in=requests, action=EventAction.SUBMITTED).count()
        self.assertEqual(submitted, len(requests))
        self.assertTrue(any(r.anonymised_at for r in requests), "old requests should be anonymised")
        statuses = {r.status for r in requests}
        self.assertLessEqual({"received", "under_review", "answered", "closed"}, statuses)

    def test_a_generated_request_can_be_tracked(self):
        request = self.generated_requests().filter(anonymised_at__isnull=True).exclude(mobile="").first()
        response = self.client.post("/track/", {"code": request.code, "contact": request.mobile})
        self.assertEqual(response.status_code, 302)
        response = self.client.get(response["Location"])
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, request.subject)

    def test_adding_makes_cached_pages_stale(self):
        before = generation()
        generate(**{**self.totals, "requests": self.totals["requests"] + 1})
        self.assertGreater(generation(), before)
