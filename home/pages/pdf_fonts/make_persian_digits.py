"""Make static/fonts/PersianDigits.woff2: Vazirmatn's Persian digit glyphs at the ASCII digit code points.

The admin (tests: tests/home/test_admin_persian.py) uses it with a unicode-range of 0-9 only, so
counts and numbers that Wagtail prints with ASCII digits read in Persian digits without
changing any text. The source is the variable Vazirmatn of npm's `vazirmatn` package, so the one
file keeps the weight axis (100-900) and every weight the admin uses is drawn, in one download:
    npm pack vazirmatn && tar xzf vazirmatn-*.tgz
    python home/pages/pdf_fonts/make_persian_digits.py "package/fonts/variable/Vazirmatn[wght].ttf" static/fonts/PersianDigits.woff2
"""

import sys

from fontTools import subset
from fontTools.ttLib import TTFont

src, out = sys.argv[1], sys.argv[2]
font = TTFont(src)
cmap = font.getBestCmap()
persian = {0x30 + i: cmap[0x06F0 + i] for i in range(10)}
options = subset.Options()
options.flavor = "woff2"
options.layout_features = []
options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
sub = subset.Subsetter(options)
sub.populate(unicodes=[0x06F0 + i for i in range(10)])
sub.subset(font)
for table in font["cmap"].tables:
    if table.isUnicode():
        table.cmap = dict(persian)
for record in font["name"].names:
    if record.nameID in (1, 4, 16):
        record.string = "Portal Persian Digits"
font.flavor = "woff2"
font.save(out)
