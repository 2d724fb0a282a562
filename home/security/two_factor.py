"""Optional two-factor sign-in (TOTP) for staff, on top of Wagtail's login.

A staff member turns it on from the admin menu ("Two-factor sign-in"): scan the QR code with
an authenticator app and confirm one code. From then on, after the password, the admin asks
for the current six-digit code before anything else opens. With
STAFF_TWO_FACTOR_REQUIRED=1 every staff member must set it up at the next sign-in.
"""

import base64
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.language.text import to_ascii_digits

# The code prompt itself needs the admin's translations and icons: the icon sprite is fetched by
# script and pasted into the page, so a redirect there pasted a whole second admin (with its
# own sidebar, stuck half over the prompt on a phone) into the code prompt.
EXEMPT_PREFIXES = ("/admin/login/", "/admin/logout/", "/admin/2fa/", "/admin/jsi18n/", "/admin/sprite/")


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "dir": "ltr"}),
    )

    def clean_token(self):
        token = to_ascii_digits(self.cleaned_data["token"]).replace(" ", "")
        if not token.isdigit():
            raise forms.ValidationError(_("Enter the digits shown in your authenticator app."))
        return token


def _safe_next(request):
    target = request.GET.get("next") or request.POST.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return reverse("wagtailadmin_home")
    return target


class TitledMixin(WagtailAdminTemplateMixin):
    """The screen's title as the header's last breadcrumb: Wagtail's default breadcrumbs are
    "Home" alone, so the two-factor screens' header read «خانه», not their title."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


class VerifyView(TitledMixin, FormView):
    """After the password: ask for the current code of the user's confirmed device."""

    template_name = "wagtailadmin/two_factor/verify.html"
    form_class = TokenForm
    page_title = _("Two-factor sign-in")
    header_icon = "key"

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=_safe_next(self.request), **kwargs)

    def form_valid(self, form):
        for device in devices_for_user(self.request.user):
            if device.verify_token(form.cleaned_data["token"]):
                otp_login(self.request, device)
                return redirect(_safe_next(self.request))
        form.add_error("token", _("This code is wrong or has expired. Enter the code now shown in your app."))
        return self.form_invalid(form)


class SetupView(TitledMixin, FormView):
    """Turn on two-factor sign-in: show the secret as a QR code, confirm with one code."""

    template_name = "wagtailadmin/two_factor/setup.html"
    form_class = TokenForm
    page_title = _("Two-factor sign-in")
    header_icon = "key"

    def device(self):
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        return device or TOTPDevice.objects.create(user=self.request.user, name="portal", confirmed=False)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enabled = user_has_device(self.request.user)
        context["enabled"] = enabled
        if not enabled:
            device = self.device()
            context["qr_svg"] = segno.make(device.config_url, error="m").svg_inline(scale=4, title="TOTP")
            context["secret"] = base64.b32encode(device.bin_key).decode()
        return context

    def form_valid(self, form):
        device = self.device()
        if not device.verify_token(form.cleaned_data["token"]):
            form.add_error("token", _("This code is wrong or has expired. Enter the code now shown in your app."))
            return self.form_invalid(form)
        device.confirmed = True
        device.save()
        otp_login(self.request, device)
        messages.success(self.request, _("Two-factor sign-in is on for your account."))
        return redirect("wagtailadmin_home")


class StaffTwoFactorMiddleware:
    """Hold a signed-in admin user at the code prompt until the second factor is given."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        user = getattr(request, "user", None)
        if path.startswith("/admin/") and not path.startswith(EXEMPT_PREFIXES) and user and user.is_authenticated:
            if not user.is_verified():
                if user_has_device(user):
                    query = urlencode({"next": request.get_full_path()})
                    return redirect(f"{reverse('two_factor_verify')}?{query}")
                if getattr(settings, "STAFF_TWO_FACTOR_REQUIRED", False):
                    return redirect(reverse("two_factor_setup"))
        return self.get_response(request)
