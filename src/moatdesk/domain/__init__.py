"""The pure core: models, question bank, scoring, decay, flags, roadmap, comparison.

No Qt, no reportlab, no file I/O beyond reading packaged resources.  Deterministic:
the same answers always give the same roadmap.
"""
