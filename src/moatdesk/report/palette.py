"""Every colour of the PDF and the chart, in one place.

Restrained: slate ink, one blue lightness ramp for strength, one warm accent for
"stops holding".  Strength is also printed as a number and weak cells are hatched,
so the chart stays readable in greyscale.
"""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor

INK = HexColor("#1F2933")
MUTED = HexColor("#5F6B7A")
RULE = HexColor("#D5DAE1")
PAPER_TINT = HexColor("#F4F6F8")
ACCENT = HexColor("#1C4A73")
WARN = HexColor("#B5452B")  # the month a moat stops holding; high severity
CAUTION = HexColor("#A86A12")  # medium severity
CALM = HexColor("#5F6B7A")  # low severity
GOOD = HexColor("#2E7052")  # opportunities, gains
HATCH = HexColor("#8C96A3")
WHITE = HexColor("#FFFFFF")

# Strength 0 -> 100 from near-white to deep blue; lightness drops monotonically.
_RAMP_LOW = (0.94, 0.96, 0.98)
_RAMP_HIGH = (0.07, 0.22, 0.38)


def strength_colour(strength: float) -> Color:
    share = min(max(strength / 100.0, 0.0), 1.0)
    r, g, b = (lo + (hi - lo) * share for lo, hi in zip(_RAMP_LOW, _RAMP_HIGH, strict=True))
    return Color(r, g, b)


def text_on(strength: float) -> Color:
    """Ink that stays legible on ``strength_colour(strength)``."""
    return WHITE if strength >= 50 else INK


SEVERITY_COLOURS = {"high": WARN, "medium": CAUTION, "low": CALM}
