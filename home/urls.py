"""home's reader-facing routes: localised, so portal_site includes them inside i18n_patterns
(/search/ and /en/search/). Reversed as `home:<name>`, like the feature apps' `services:...`."""

from django.urls import path

from home import views

app_name = "home"

urlpatterns = [
    path("search/", views.search, name="search"),
]
