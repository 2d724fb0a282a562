"""The limits of Wagtail's image and document uploads, said as the site says numbers and lists.

Wagtail writes them with Django's `filesizeformat`, whose decimal point is the locale's "."
(kept for numbers written into CSS and attributes, home/language/formats), and joins the image
formats with ", ": Persian staff read «قالب‌های پذیرفته: GIF, JPG, … بیشترین اندازهٔ پرونده:
۵.۰ مگابایت» under every upload. `install` gives both fields `format_file_size` («۵ مگابایت»,
"5 MB") and `join_list` («GIF، JPG»): the help text, the refusals and the size of a file refused;
and the templates' `filesizeformat` filter (an image's size on its edit screen) is the same.
"""

import functools

from django.utils.translation import gettext

from home.language.text import format_file_size, join_list


def _formats_in_the_readers_list(init):
    @functools.wraps(init)
    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.supported_formats_text = join_list(extension.upper() for extension in self.allowed_image_extensions)
        # Wagtail's own sentences (and their translations), with the list as the reader writes it.
        if self.max_upload_size is None:
            text = gettext("Supported formats: %(supported_formats)s.")
        else:
            text = gettext("Supported formats: %(supported_formats)s. Maximum filesize: %(max_upload_size)s.")
        self.help_text = text % {
            "supported_formats": self.supported_formats_text,
            "max_upload_size": self.max_upload_size_text,
        }
        self.error_messages["invalid_image_extension"] = gettext(
            "Not a supported image format. Supported formats: %(supported_formats)s."
        ) % {"supported_formats": self.supported_formats_text}

    return __init__


def _file_size_filter(value):
    """The `filesizeformat` filter: as Django's, "0 bytes" for what is no size at all."""
    try:
        return format_file_size(float(value))
    except (TypeError, ValueError):
        return format_file_size(0)


def install():
    """From HomeConfig.ready: Wagtail's upload fields name sizes and formats in the reader's words."""
    from django.template import defaultfilters
    from wagtail.documents import fields as document_fields
    from wagtail.images import fields as image_fields

    for module in (image_fields, document_fields):
        module.filesizeformat = format_file_size
    defaultfilters.register.filter("filesizeformat", _file_size_filter, is_safe=True)
    field = image_fields.WagtailImageField
    field.__init__ = _formats_in_the_readers_list(field.__init__)
