"""Persian number formats over Django's `fa` locale.

Django's `fa` locale sets no NUMBER_GROUPING, so `intcomma` leaves Persian counts ungrouped:
Wagtail's explorer read «۱ تا ۲۰ از ۹۹۹۸۵ صفحه‌ها». Persian groups thousands in threes with the
Arabic thousands separator «٬», as `home.language.text.format_number` writes numbers on the public
site. Only `intcomma` (and `floatformat` with "g") group: USE_THOUSAND_SEPARATOR stays off, so
years, ids and numbers in attributes are written as they are. The decimal separator stays "."
because templates write numbers into CSS and data attributes.
"""

THOUSAND_SEPARATOR = "\u066c"
NUMBER_GROUPING = 3
