"""The one place that decides a client's address.

Behind `TRUSTED_PROXY_COUNT` proxies (nginx: 1), each proxy appends the address it saw to
`X-Forwarded-For`, so the entry `TRUSTED_PROXY_COUNT` places from the end is the one our
outermost proxy saw: the client. Everything to the left of it was written by the client and
is ignored. With 0 (gunicorn facing the internet) the header is ignored altogether.

Used by the rate limiter (home/security/ratelimit.py) and by django-axes (AXES_CLIENT_IP_CALLABLE).
"""

import ipaddress

from django.conf import settings


def _valid(address):
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_ip(request):
    """The client's address as our trusted proxies saw it (REMOTE_ADDR without proxies)."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if count > 0:
        hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
        # Fewer entries than proxies: the request did not come through all of them (a direct
        # connection to the app server); only the socket address is known for sure.
        if len(hops) >= count:
            address = _valid(hops[-count])
            if address:
                return address
    return _valid(remote) or remote or "0.0.0.0"
