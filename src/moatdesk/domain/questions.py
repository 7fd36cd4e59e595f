"""The question bank's schema: what a question is and how its answer feeds the moats.

The bank itself is content (resources/content/questions.toml), validated against
these models when it is loaded.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from moatdesk.domain.taxonomy import EssaySection, Moat
from moatdesk.domain.text import LocalizedText


class QuestionKind(StrEnum):
    SCALE = "scale"  # 0-4, a label for every point
    CHOICE = "choice"  # one of several options
    YES_NO = "yes_no"
    NUMBER = "number"  # a number with a unit
    TEXT = "text"  # free text, never scored


_STRICT = ConfigDict(extra="forbid", frozen=True)


class LevelCondition(BaseModel):
    """A question answered with a level inside [min_level, max_level]: what a flag
    requires, what exposes us to an attack and when a scenario's change applies (one
    rule for all three content files)."""

    model_config = _STRICT

    question: str
    min_level: float = Field(default=0.0, ge=0.0, le=1.0)
    max_level: float = Field(default=1.0, ge=0.0, le=1.0)

    def holds(self, levels: Mapping[str, float]) -> bool:
        """``levels``: the answered questions' levels (``flags.answer_levels``)."""
        level = levels.get(self.question)
        return level is not None and self.min_level <= level <= self.max_level


class MoatFeed(BaseModel):
    """How an answer's level (0..1) feeds one moat.

    A positive weight raises the moat as the level rises; a negative weight lowers
    it (the answer describes an exposure, e.g. the steamroll test).
    """

    model_config = _STRICT

    moat: Moat
    weight: float = Field(ge=-1.0, le=1.0)

    @model_validator(mode="after")
    def _nonzero(self) -> MoatFeed:
        if self.weight == 0:
            raise ValueError("a feed with weight 0 feeds nothing; remove it")
        return self


class ChoiceOption(BaseModel):
    model_config = _STRICT

    value: str = Field(pattern=r"^[a-z0-9_]+$")
    label: LocalizedText
    level: float = Field(ge=0.0, le=1.0)  # how strongly this option feeds, 0..1


class NumberRange(BaseModel):
    """A number answer's unit and how it maps to a 0..1 level (linear, clamped)."""

    model_config = _STRICT

    unit: LocalizedText
    # The unit after exactly 1 where a language needs it ("1 year", not "1 years");
    # omitted for symbols and for Korean counters, which do not change.
    unit_one: LocalizedText | None = None
    minimum: float
    maximum: float
    zero_level_at: float  # the value that counts as level 0
    full_level_at: float  # the value that counts as level 1 (may be below zero_level_at)

    @model_validator(mode="after")
    def _ordered(self) -> NumberRange:
        if self.minimum >= self.maximum:
            raise ValueError("minimum must be below maximum")
        if self.zero_level_at == self.full_level_at:
            raise ValueError("zero_level_at and full_level_at must differ")
        return self


class Question(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")
    section: EssaySection
    kind: QuestionKind
    text: LocalizedText
    help: LocalizedText  # "why this matters", in the app's own words
    essay_section: EssaySection  # where in the essay the question comes from
    scale_labels: tuple[LocalizedText, ...] = ()  # exactly 5 for SCALE
    options: tuple[ChoiceOption, ...] = ()  # 2+ for CHOICE
    number: NumberRange | None = None  # required for NUMBER
    feeds: tuple[MoatFeed, ...] = ()
    reconfirm_each_quarter: bool = False  # feeds fast-decaying moats: ask again

    @model_validator(mode="after")
    def _kind_fields(self) -> Question:
        kind = self.kind
        if (kind is QuestionKind.SCALE) != (len(self.scale_labels) == 5):
            raise ValueError(f"{self.id}: a scale question has exactly 5 labels, others none")
        if (kind is QuestionKind.CHOICE) != (len(self.options) >= 2):
            raise ValueError(f"{self.id}: a choice question has 2+ options, others none")
        if (kind is QuestionKind.NUMBER) != (self.number is not None):
            raise ValueError(f"{self.id}: a number question has a number range, others none")
        if kind is QuestionKind.TEXT and self.feeds:
            raise ValueError(f"{self.id}: free text is never scored")
        values = [o.value for o in self.options]
        if len(values) != len(set(values)):
            raise ValueError(f"{self.id}: duplicate option values")
        return self


class QuestionBank(BaseModel):
    model_config = _STRICT

    version: str = Field(pattern=r"^\d+\.\d+$")
    questions: tuple[Question, ...]

    @model_validator(mode="after")
    def _unique_ids(self) -> QuestionBank:
        ids = [q.id for q in self.questions]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate question ids: {sorted(dupes)}")
        return self

    def by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    def in_section(self, section: EssaySection) -> list[Question]:
        return [q for q in self.questions if q.section is section]
