"""The admin's sign-in form, with every label translated."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class PortalLoginForm(LoginForm):
    """Wagtail's login form names its password field with no label, so it reads "Password"
    in every language; this one gives it a translated label."""

    password = forms.CharField(
        label=_("Password"),
        widget=forms.PasswordInput(attrs={"placeholder": _("Enter password")}),
        strip=False,
    )
    remember = forms.BooleanField(label=_("Remember me"), required=False)
