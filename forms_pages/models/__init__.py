"""Everything a citizen submits: requests, online forms, surveys and polls."""

from .attachments import RequestAttachment
from .closures import OfficeClosure
from .desks import DepartmentDesk
from .forms import FormDocument, FormField, FormPage, FormPageSubmission
from .history import RequestEvent
from .outbox import OutboundMessage
from .pages import ContactPage, FormsIndexPage
from .polls import PollOption, PollPage, PollVote
from .requests import CitizenRequest
from .targets import ResponseTarget

__all__ = [
    "CitizenRequest",
    "ContactPage",
    "DepartmentDesk",
    "FormDocument",
    "FormField",
    "FormPage",
    "FormPageSubmission",
    "FormsIndexPage",
    "OfficeClosure",
    "OutboundMessage",
    "PollOption",
    "PollPage",
    "PollVote",
    "RequestAttachment",
    "RequestEvent",
    "ResponseTarget",
]
