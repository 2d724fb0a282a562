"""Who sees which departments' requests on the desk: the rule the list, its filter and every
request screen read (`CitizenRequestQuerySet.visible_to` builds on it)."""

from home.models.departments import Department

# The director's view of the whole desk: the overdue alerts they receive link to requests of
# every department (given to the director's group by the seed and migration 0023).
OVERSEE_REQUESTS = "forms_pages.oversee_requests"


def sees_every_department(user):
    """Whether `user` sees every department's requests: an active superuser, or whoever oversees
    the desk (the director, alerted of late ones)."""
    return user.is_active and (user.is_superuser or user.has_perm(OVERSEE_REQUESTS))


def desk_departments(user):
    """The departments whose requests `user` sees (their default-locale entries, which requests
    point at): every one for `sees_every_department`, else those their staff groups handle, none
    for an inactive or anonymous user. The desk's list offers exactly these in its filter;
    `CitizenRequestQuerySet.visible_to` reads them."""
    departments = Department.objects.in_default_language()
    if sees_every_department(user):
        return departments
    if not user.is_active:
        return departments.none()
    return departments.filter(staff_group__in=user.groups.all())
