"""The attacks over time (essay section 7): who can attack the company, which of its
answers expose it, and which long-term moats hold the attack off.

The attackers live in resources/content/attacks.toml, validated at load against the
question bank and the flag rules.  ``read_attacks`` only *reads* the engine's results
(the raised flags and each moat's outlook in a Roadmap) and the answers' levels (the
engine's own ``answer_levels``): it computes no score of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from moatdesk.domain.content import ContentError, load_bank
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.flags import answer_levels, load_flag_rules
from moatdesk.domain.models import Answer
from moatdesk.domain.parameters import parse_content, read_content_toml, require_unique
from moatdesk.domain.questions import LevelCondition, QuestionBank
from moatdesk.domain.results import MoatOutlook, Roadmap
from moatdesk.domain.taxonomy import EssaySection, Moat
from moatdesk.domain.text import LocalizedText

_STRICT = ConfigDict(extra="forbid", frozen=True)
ATTACKS_FILE = "attacks.toml"


class AttackTemplate(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z_]+$")
    essay_sections: tuple[EssaySection, ...] = Field(min_length=1)
    title: LocalizedText
    description: LocalizedText
    exposed_by: tuple[LevelCondition, ...] = Field(min_length=1)
    flags: tuple[str, ...] = ()  # raised flags that expose us to the same attacker
    held_off_by: tuple[Moat, ...] = Field(min_length=1)


class AttackStatus(StrEnum):
    OPEN = "open"  # an answer or flag exposes us and no moat that holds it off holds now
    HELD_OFF = "held_off"  # exposed, but at least one of those moats holds now
    QUIET = "quiet"  # nothing in our answers exposes us to it


class MoatState(StrEnum):
    HOLDS = "holds"
    NOT_HOLDING = "not_holding"
    NOT_ASSESSED = "not_assessed"


class AttackTexts(BaseModel):
    """The words around the attacks, shared by the results screen and the PDF."""

    model_config = _STRICT

    heading: LocalizedText
    intro: LocalizedText
    exposed_by: LocalizedText
    held_off_by: LocalizedText
    status_open: LocalizedText
    status_held_off: LocalizedText
    status_quiet: LocalizedText
    moat_holds: LocalizedText
    moat_not_holding: LocalizedText
    moat_not_assessed: LocalizedText
    none: LocalizedText

    def status(self, status: AttackStatus) -> LocalizedText:
        return {
            AttackStatus.OPEN: self.status_open,
            AttackStatus.HELD_OFF: self.status_held_off,
            AttackStatus.QUIET: self.status_quiet,
        }[status]

    def state(self, state: MoatState) -> LocalizedText:
        return {
            MoatState.HOLDS: self.moat_holds,
            MoatState.NOT_HOLDING: self.moat_not_holding,
            MoatState.NOT_ASSESSED: self.moat_not_assessed,
        }[state]


class AttackLibrary(BaseModel):
    model_config = _STRICT

    version: str
    text: AttackTexts
    attacks: tuple[AttackTemplate, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> AttackLibrary:
        require_unique((a.id for a in self.attacks), "attack")
        return self


def _unknown_reference(name: str, where: str, detail: str) -> ContentError:
    return ContentError(
        QT_TRANSLATE_NOOP("Errors", "resources/content/{name} is invalid at {where}: {detail}"),
        name=name,
        where=where,
        detail=detail,
    )


def parse_attacks(
    data: dict[str, Any],
    name: str = ATTACKS_FILE,
    bank: QuestionBank | None = None,
    flag_ids: frozenset[str] | None = None,
) -> AttackLibrary:
    """Validate the attackers, and that every question and flag they name exists."""
    library = parse_content(AttackLibrary, data, name)
    questions = (bank or load_bank()).by_id()
    known_flags = flag_ids if flag_ids is not None else {f.id for f in load_flag_rules().flags}
    for index, attack in enumerate(library.attacks):
        for exposure in attack.exposed_by:
            if exposure.question not in questions:
                raise _unknown_reference(
                    name, f"attacks.{index}.exposed_by", f"unknown question {exposure.question!r}"
                )
        for flag in attack.flags:
            if flag not in known_flags:
                raise _unknown_reference(name, f"attacks.{index}.flags", f"unknown flag {flag!r}")
    return library


@cache
def load_attacks() -> AttackLibrary:
    """The packaged attackers (read and checked once per process)."""
    return parse_attacks(read_content_toml(ATTACKS_FILE))


class AttackReading(BaseModel):
    """One attacker, read against one quarter's answers and roadmap."""

    model_config = _STRICT

    attack: AttackTemplate
    exposing_answers: tuple[str, ...]  # question ids, in the file's order
    exposing_flags: tuple[str, ...]  # raised flag ids
    defences: tuple[tuple[Moat, MoatState], ...]  # held_off_by, with each moat's state now

    @property
    def status(self) -> AttackStatus:
        if not (self.exposing_answers or self.exposing_flags):
            return AttackStatus.QUIET
        if any(state is MoatState.HOLDS for _, state in self.defences):
            return AttackStatus.HELD_OFF
        return AttackStatus.OPEN


def moat_state(outlook: MoatOutlook | None) -> MoatState:
    """Whether a moat holds now, exactly as the engine's outlook says."""
    if outlook is None or outlook.status == "not_assessed":
        return MoatState.NOT_ASSESSED
    return MoatState.HOLDS if outlook.holds_now else MoatState.NOT_HOLDING


_ORDER = {AttackStatus.OPEN: 0, AttackStatus.HELD_OFF: 1, AttackStatus.QUIET: 2}


def read_attacks(
    roadmap: Roadmap,
    answers: Mapping[str, Answer],
    library: AttackLibrary | None = None,
    bank: QuestionBank | None = None,
) -> tuple[AttackReading, ...]:
    """Every attacker with what exposes us and what holds it off: open attacks first,
    then those held off, then the quiet ones (each group in the file's order)."""
    library = library or load_attacks()
    levels = answer_levels(answers, bank or load_bank())
    raised = {flag.id for flag in roadmap.flags}
    outlooks = {o.moat: o for o in roadmap.outlooks}
    readings = [
        AttackReading(
            attack=attack,
            exposing_answers=tuple(e.question for e in attack.exposed_by if e.holds(levels)),
            exposing_flags=tuple(f for f in attack.flags if f in raised),
            defences=tuple((moat, moat_state(outlooks.get(moat))) for moat in attack.held_off_by),
        )
        for attack in library.attacks
    ]
    return tuple(sorted(readings, key=lambda r: _ORDER[r.status]))
