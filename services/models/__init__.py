"""The electronic services desk: services, categories, laws, FAQ and the per-service survey."""

from .catalogue import ServiceIndexPage
from .codes import ServiceCode, ServiceCodeCounter
from .faq import FAQIndexPage, FAQItem
from .laws import LawIndexPage, LawPage
from .service import ServiceChannel, ServiceLawLink, ServicePage
from .survey import ServiceSurveyResponse
from .taxonomy import Audience, ServiceCategory

__all__ = [
    "Audience",
    "FAQIndexPage",
    "FAQItem",
    "LawIndexPage",
    "LawPage",
    "ServiceCategory",
    "ServiceChannel",
    "ServiceCode",
    "ServiceCodeCounter",
    "ServiceIndexPage",
    "ServiceLawLink",
    "ServicePage",
    "ServiceSurveyResponse",
]
