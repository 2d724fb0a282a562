"""A stored request file as a download, the same for staff and for the applicant."""

from django.http import FileResponse, Http404

from .protection import private


def attachment_response(attachment):
    """`attachment` (a RequestAttachment) downloaded, never shown in the browser: under a neutral
    name (the tracking code and its number), with the type judged from its first bytes, never
    sniffed, never cached. A file gone from the disk is a 404."""
    try:
        opened = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        opened,
        as_attachment=True,
        filename=f"{attachment.request.code}-{attachment.pk}.{attachment.extension}",
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return private(response)
