"""MoatDesk: an offline strategy self-assessment for AI founders.

Layers (one-way): ui / cli -> report, storage -> domain.  See docs/architecture.md.
"""

__version__ = "0.1.0"
