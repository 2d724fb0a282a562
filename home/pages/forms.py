"""The admin form every portal page uses: section staff can only pick their own domain."""

from wagtail.admin.forms import WagtailAdminPageForm


class PortalPageForm(WagtailAdminPageForm):
    """Limits a page's `domain` choices to the domains of a section-limited editor.

    The editor of the cooperatives section drafts cooperatives services, news and notices in
    the shared indexes, and can neither file one under another domain nor leave it without
    one (it would then escape the section head's approval).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("domain")
        user = self.for_user
        if field is None or user is None or type(self.instance).__name__ == "SectionPage":
            return
        from home.pages.editorial import domain_scope

        where = self.parent_page if self.instance.pk is None else self.instance
        if where is None:
            return
        scope = domain_scope(user, where)
        if scope is None:
            return
        field.choices = [(value, label) for value, label in field.choices if value in scope]
        field.required = True
        if len(field.choices) == 1 and not self.is_bound:
            self.initial.setdefault("domain", field.choices[0][0])
