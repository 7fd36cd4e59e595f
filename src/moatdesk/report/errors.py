"""Failures of a PDF export that a founder may see, each naming the real cause."""

from __future__ import annotations

from moatdesk.domain.errors import MoatDeskError


class ReportError(MoatDeskError):
    """The roadmap PDF could not be made."""


class UnknownQuarterError(ReportError):
    """The profile has no assessment for the requested quarter."""
