"""Factories for the forms_pages models, for tests."""

import factory
import wagtail_factories

from home.factories import days_from_now
from home.models import Department

from .choices import RequestKind
from .models import CitizenRequest, FormField, FormPage, PollOption, PollPage


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


class OpenPageFactory(wagtail_factories.PageFactory):
    """A form or poll that opened yesterday and stays open ten more days."""

    opens_at = days_from_now(-1)
    closes_at = days_from_now(10)

    class Meta:
        abstract = True


class FormPageFactory(OpenPageFactory):
    """A form; `fields=[(label, field_type), (label, field_type, required), ...]` adds its
    fields in that order (required unless said)."""

    title = "فرم آزمایشی"

    class Meta:
        model = FormPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields(self, create, extracted, **kwargs):
        for label, field_type, *required in extracted or ():
            FormFieldFactory(page=self, label=label, field_type=field_type, required=required[0] if required else True)


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = "نظر شما"
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField


class PollPageFactory(OpenPageFactory):
    title = "نظرسنجی آزمایشی"
    question = "کدام گزینه؟"

    class Meta:
        model = PollPage


class PollOptionFactory(factory.django.DjangoModelFactory):
    label = "گزینه"

    class Meta:
        model = PollOption
