"""The framework's ceiling: the smallest Django view, served by gunicorn like the portal."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "bench-minimal"),
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
    )


def hello(request):
    return HttpResponse("<!DOCTYPE html><html lang='fa'><title>ok</title><p>سلام</p></html>")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
