"""Factories for the forms_pages models, for tests."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from home.models import Department

from .models import CitizenRequest, FormField, FormPage, PollOption, PollPage, RequestKind


class CitizenRequestFactory(factory.django.DjangoModelFactory):
    kind = RequestKind.QUESTION
    department = factory.LazyFunction(lambda: Department.objects.in_default_language().order_by("sort_order").first())
    subject = "پرسش آزمایشی درباره بیمه بیکاری"
    text = "متن آزمایشی درخواست، به اندازه کافی بلند برای گذشتن از حداقل طول."
    name = "متقاضی آزمایشی"
    mobile = "09121234567"
    email = "applicant@example.ir"

    class Meta:
        model = CitizenRequest


class FormPageFactory(wagtail_factories.PageFactory):
    title = "فرم آزمایشی"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = "نظر شما"
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField


class PollPageFactory(wagtail_factories.PageFactory):
    title = "نظرسنجی آزمایشی"
    question = "کدام گزینه؟"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))

    class Meta:
        model = PollPage


class PollOptionFactory(factory.django.DjangoModelFactory):
    label = "گزینه"

    class Meta:
        model = PollOption
