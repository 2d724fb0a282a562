"""The electronic services desk: services, categories, laws, FAQ and the per-service survey."""

from .catalogue import ServiceIndexPage
from .codes import ServiceCode, ServiceCodeCounter
from .faq import FAQIndexPage, FAQItem
from .laws import LawIndexPage, LawKind, LawPage, LawStatus
from .service import Channel, DeliveryLevel, ServiceChannel, ServiceLawLink, ServicePage, ServiceType
from .survey import ServiceSurveyResponse
from .taxonomy import Audience, ServiceCategory

__all__ = [
    "Audience",
    "Channel",
    "DeliveryLevel",
    "FAQIndexPage",
    "FAQItem",
    "LawIndexPage",
    "LawKind",
    "LawPage",
    "LawStatus",
    "ServiceCategory",
    "ServiceChannel",
    "ServiceCode",
    "ServiceCodeCounter",
    "ServiceIndexPage",
    "ServiceLawLink",
    "ServicePage",
    "ServiceSurveyResponse",
    "ServiceType",
]
