"""Flat illustrations for the demo news, drawn with Pillow for this project (no outside art).

One scene per domain: a dispute board's meeting table, a workshop inspection, cooperating
households, rising employment, a family under a sheltering roof, and a work permit with a
globe. They are released with the project under CC0 (see docs/illustrations.md). Only the
demo seeder uses this module.
"""

import io
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675
SCALE = 2  # drawn at twice the size, then reduced: smooth edges without an antialiasing API

INK = (31, 42, 52)
SKIN = (224, 172, 134)
WHITE = (255, 255, 255)


def _mix(colour, other, amount):
    return tuple(round(c + (o - c) * amount) for c, o in zip(colour, other, strict=True))


class Canvas:
    """A drawing surface in 1200×675 coordinates, drawn at SCALE times the size."""

    def __init__(self, colour):
        self.colour = colour
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), WHITE)
        self.draw = ImageDraw.Draw(self.image)
        top, bottom = _mix(colour, WHITE, 0.82), _mix(colour, WHITE, 0.55)
        for y in range(HEIGHT * SCALE):
            self.draw.line((0, y, WIDTH * SCALE, y), fill=_mix(top, bottom, y / (HEIGHT * SCALE)))

    def _box(self, box):
        return [round(v * SCALE) for v in box]

    def rect(self, box, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            self._box(box), radius=radius * SCALE, fill=fill, outline=outline, width=width * SCALE
        )

    def ellipse(self, box, fill, outline=None, width=0):
        self.draw.ellipse(self._box(box), fill=fill, outline=outline, width=width * SCALE)

    def polygon(self, points, fill):
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def line(self, points, fill, width):
        self.draw.line([(x * SCALE, y * SCALE) for x, y in points], fill=fill, width=width * SCALE, joint="curve")

    def arc(self, box, start, end, fill, width):
        self.draw.arc(self._box(box), start, end, fill=fill, width=width * SCALE)

    def person(self, x, y, size, shirt):
        """A seated or standing figure: head and shoulders, `y` at the top of the head."""
        head = size * 0.42
        self.ellipse((x - head / 2, y, x + head / 2, y + head), SKIN)
        self.rect((x - size / 2, y + head * 1.05, x + size / 2, y + head * 1.05 + size), shirt, radius=size * 0.35)

    def ground(self, height=120, amount=0.25):
        self.rect((0, HEIGHT - height, WIDTH, HEIGHT), _mix(self.colour, WHITE, amount))

    def sun(self, x, y, radius):
        self.ellipse((x - radius, y - radius, x + radius, y + radius), _mix(self.colour, (255, 214, 102), 0.75))

    def jpeg(self):
        buffer = io.BytesIO()
        self.image.resize((WIDTH, HEIGHT), Image.LANCZOS).save(buffer, "JPEG", quality=82, optimize=True)
        return buffer.getvalue()


def labour_relations(colour):
    """A dispute board: two sides across a table, a balance above them."""
    c = Canvas(colour)
    c.ground(150)
    # the balance
    c.line([(600, 70), (600, 250)], INK, 8)
    c.line([(450, 110), (750, 110)], INK, 8)
    for x in (450, 750):
        c.line([(x, 110), (x - 45, 190)], INK, 3)
        c.line([(x, 110), (x + 45, 190)], INK, 3)
        c.arc((x - 55, 150, x + 55, 230), 0, 180, INK, 8)
    c.polygon([(560, 260), (640, 260), (620, 235), (580, 235)], INK)
    # people on both sides and the table in front of them
    for i, x in enumerate((210, 320, 430)):
        c.person(x, 300, 95, _mix(colour, INK, 0.15 + 0.1 * i))
    for i, x in enumerate((770, 880, 990)):
        c.person(x, 300, 95, _mix(colour, (200, 120, 40), 0.45 + 0.1 * i))
    c.rect((120, 430, 1080, 480), (120, 82, 52), radius=12)
    c.rect((150, 480, 180, 600), (96, 64, 40))
    c.rect((1020, 480, 1050, 600), (96, 64, 40))
    for x in (300, 560, 860):
        c.rect((x, 410, x + 110, 432), WHITE, radius=3)
    return c.jpeg()


def labour_inspection(colour):
    """A workshop with a saw-tooth roof, an inspector's helmet and checklist in front."""
    c = Canvas(colour)
    c.sun(1040, 120, 60)
    c.ground(170)
    wall = _mix(colour, INK, 0.35)
    c.rect((120, 260, 760, 520), wall)
    for i in range(4):
        x = 120 + i * 160
        c.polygon([(x, 260), (x + 160, 260), (x + 160, 170)], _mix(colour, INK, 0.5))
    c.rect((640, 110, 690, 260), _mix(colour, INK, 0.55))
    for i, radius in enumerate((26, 34, 42)):
        c.ellipse(
            (650 + i * 40 - radius, 80 - i * 30 - radius, 650 + i * 40 + radius, 80 - i * 30 + radius), (236, 240, 243)
        )
    for x in range(160, 720, 110):
        c.rect((x, 320, x + 70, 390), _mix(colour, WHITE, 0.7), radius=4)
    c.rect((380, 430, 500, 520), _mix(colour, WHITE, 0.5))
    # helmet
    yellow = (245, 190, 40)
    c.draw.pieslice(c._box((800, 330, 1080, 600)), 180, 360, fill=yellow)
    c.rect((770, 455, 1110, 485), _mix(yellow, INK, 0.2), radius=14)
    c.rect((925, 330, 955, 465), _mix(yellow, WHITE, 0.35), radius=8)
    # clipboard
    c.rect((160, 470, 330, 650), (150, 105, 60), radius=10)
    c.rect((175, 490, 315, 640), WHITE, radius=4)
    for row in range(4):
        y = 515 + row * 30
        c.line([(190, y), (205, y + 10), (225, y - 10)], (40, 140, 70), 5)
        c.rect((240, y - 4, 300, y + 6), (200, 205, 210), radius=3)
    return c.jpeg()


def cooperatives(colour):
    """Households side by side, their members joined hand in hand."""
    c = Canvas(colour)
    c.sun(160, 120, 55)
    c.ground(160)
    for i, x in enumerate((330, 560, 790)):
        body = _mix(colour, WHITE, 0.15 + 0.12 * i)
        c.rect((x, 250, x + 190, 420), body)
        c.polygon([(x - 20, 255), (x + 95, 170), (x + 210, 255)], _mix(colour, INK, 0.35))
        c.rect((x + 75, 340, x + 115, 420), _mix(colour, INK, 0.45))
        c.rect((x + 20, 285, x + 60, 320), WHITE)
        c.rect((x + 130, 285, x + 170, 320), WHITE)
    shirts = [(200, 80, 60), (60, 120, 190), (240, 170, 40), (90, 150, 90), (150, 80, 160), (40, 150, 160)]
    xs = [250, 390, 530, 670, 810, 950]
    for i in range(len(xs) - 1):
        c.line([(xs[i] + 30, 520), (xs[i + 1] - 30, 520)], SKIN, 12)
    for x, shirt in zip(xs, shirts, strict=True):
        c.person(x, 440, 80, shirt)
    return c.jpeg()


def employment(colour):
    """A rising bar chart with an arrow, a briefcase and a job seeker."""
    c = Canvas(colour)
    c.ground(130)
    base = 545
    for i, height in enumerate((90, 150, 210, 290, 370)):
        x = 500 + i * 110
        c.rect((x, base - height, x + 80, base), _mix(colour, INK, 0.1 + 0.08 * i), radius=6)
    points = [(520, 420), (630, 360), (740, 330), (850, 240), (990, 140)]
    c.line(points, (230, 90, 40), 12)
    c.polygon([(1010, 120), (960, 130), (1000, 170)], (230, 90, 40))
    # briefcase
    c.rect((170, 400, 390, 550), (120, 72, 40), radius=18)
    c.rect((235, 365, 325, 405), (120, 72, 40), radius=14)
    c.rect((255, 380, 305, 400), _mix(colour, WHITE, 0.8), radius=6)
    c.rect((170, 455, 390, 470), (92, 54, 30))
    c.rect((265, 445, 295, 480), (230, 190, 60), radius=4)
    c.person(1080, 390, 90, _mix(colour, INK, 0.4))
    return c.jpeg()


def social_welfare(colour):
    """A family under a sheltering roof, a heart above them."""
    c = Canvas(colour)
    c.ground(140)
    roof = _mix(colour, INK, 0.3)
    c.polygon([(300, 330), (600, 120), (900, 330), (850, 330), (600, 175), (350, 330)], roof)
    c.rect((380, 330, 820, 345), _mix(colour, WHITE, 0.4))
    for x, y, size, shirt in (
        (470, 350, 110, (60, 110, 170)),
        (730, 350, 110, (190, 80, 90)),
        (600, 420, 75, (240, 175, 50)),
    ):
        c.person(x, y, size, shirt)
    heart = (214, 62, 82)
    c.ellipse((555, 200, 605, 250), heart)
    c.ellipse((595, 200, 645, 250), heart)
    c.polygon([(558, 236), (642, 236), (600, 285)], heart)
    c.rect((90, 420, 200, 560), _mix(colour, INK, 0.2), radius=50)
    c.rect((1000, 400, 1110, 560), _mix(colour, INK, 0.25), radius=50)
    return c.jpeg()


def foreign_nationals(colour):
    """A work permit card with its photo and lines, beside a globe."""
    c = Canvas(colour)
    c.ground(110)
    # globe
    cx, cy, r = 360, 330, 190
    c.ellipse((cx - r, cy - r, cx + r, cy + r), _mix(colour, (70, 150, 210), 0.6))
    for k in (-2, -1, 0, 1, 2):
        half = abs(k) * r / 2.6
        c.arc((cx - r + half, cy - r, cx + r - half, cy + r), 0, 360, WHITE, 4)
    for k in (-2, -1, 1, 2):
        y = cy + k * r / 3
        w = math.sqrt(max(r * r - (y - cy) ** 2, 0))
        c.line([(cx - w, y), (cx + w, y)], WHITE, 4)
    c.line([(cx - r, cy), (cx + r, cy)], WHITE, 4)
    # card
    c.rect((640, 170, 1080, 470), WHITE, radius=22, outline=_mix(colour, INK, 0.3), width=4)
    c.rect((640, 170, 1080, 230), _mix(colour, INK, 0.25), radius=22)
    c.rect((640, 205, 1080, 230), _mix(colour, INK, 0.25))
    c.rect((670, 260, 800, 420), _mix(colour, WHITE, 0.6), radius=8)
    c.person(735, 285, 80, _mix(colour, INK, 0.35))
    for row, length in enumerate((220, 180, 240, 150)):
        y = 275 + row * 38
        c.rect((830, y, 830 + length, y + 16), (205, 210, 215), radius=8)
    c.ellipse((990, 395, 1050, 455), (210, 60, 70), outline=(170, 40, 50), width=4)
    return c.jpeg()


SCENES = {
    "labour-relations": labour_relations,
    "labour-inspection": labour_inspection,
    "cooperatives": cooperatives,
    "employment": employment,
    "social-welfare": social_welfare,
    "foreign-nationals": foreign_nationals,
}


def illustration(domain, colour):
    """The JPEG bytes of the demo illustration for a domain, in its colour."""
    return SCENES[domain](colour)
