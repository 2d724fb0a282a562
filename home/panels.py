"""Admin panels the apps share."""

from wagtail.admin.panels import FieldPanel


class WrittenIn(FieldPanel):
    """A field written in one language (a Persian or an English message beside each other), its
    box laid out in that language's direction whatever the staff member's admin language: a
    Persian text typed in the English admin ran left to right, its full stop on the wrong side."""

    def __init__(self, field_name, language, **kwargs):
        super().__init__(field_name, **kwargs)
        self.language = language

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "language": self.language}

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is not None:
                direction = "rtl" if self.panel.language == "fa" else "ltr"
                self.bound_field.field.widget.attrs.update({"lang": self.panel.language, "dir": direction})
