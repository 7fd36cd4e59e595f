"""The bundled example companies (resources/examples/*.json, exchange format).

Meridian Clinical AI is THE example a new user opens or reports on at once; the
others (a thin model-API wrapper, an incremental spinout) show contrasting roadmaps.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

from pydantic import ValidationError

from moatdesk.domain.content import ContentError
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Profile, ProfileExchange, upgrade_exchange

EXAMPLE_FILE = "meridian-clinical-ai.json"  # a full-stack company: the richest roadmap


def _examples_dir():  # -> Traversable
    return files("moatdesk.resources").joinpath("examples")


def example_names() -> tuple[str, ...]:
    """File names of every bundled example, sorted."""
    return tuple(sorted(p.name for p in _examples_dir().iterdir() if p.name.endswith(".json")))


@cache
def example_exchange_json(name: str = EXAMPLE_FILE) -> str:
    """The example's exchange-format JSON text, exactly as bundled (ready to import)."""
    try:
        return _examples_dir().joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "cannot read example resources/examples/{name}: {detail}"),
            name=name,
            detail=exc,
        ) from None


def load_example_exchange(name: str = EXAMPLE_FILE) -> ProfileExchange:
    try:
        raw = json.loads(example_exchange_json(name))
        return ProfileExchange.model_validate(upgrade_exchange(raw))
    except (ValidationError, ValueError) as exc:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "example resources/examples/{name} is invalid: {detail}"),
            name=name,
            detail=exc,
        ) from None


def load_example_profile(name: str = EXAMPLE_FILE) -> Profile:
    """The bundled example profile (default: Meridian Clinical AI), quarters oldest first."""
    return load_example_exchange(name).profile
