"""Risk and opportunity flags: rules in resources/content/flags.toml, evaluated here.

A flag's *signal* (0..1) is the weighted mean of its signal answers, each oriented so
that 1 points toward the flag (``direction = "low"`` flips a level).  It is raised when
every requirement holds and the signal reaches the rule's ``low`` threshold; its
severity is the highest threshold reached.  Company basics can gate a flag (a
locked-data sector) or count as one more signal (a full-stack stack position).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from moatdesk.domain.answers import usable_level
from moatdesk.domain.basics import basic_field, is_basic
from moatdesk.domain.models import Answer, CompanyBasics
from moatdesk.domain.parameters import parse_content, read_content_toml, require_unique
from moatdesk.domain.questions import LevelCondition, QuestionBank
from moatdesk.domain.results import Flag
from moatdesk.domain.taxonomy import (
    LOCKED_DATA_SECTORS,
    EssaySection,
    FlagKind,
    Moat,
    Severity,
    StackPosition,
)
from moatdesk.domain.text import LocalizedText

_STRICT = ConfigDict(extra="forbid", frozen=True)
FLAGS_FILE = "flags.toml"


class Signal(BaseModel):
    model_config = _STRICT

    question: str
    direction: Literal["high", "low"] = "high"  # which end of the answer points to the flag
    weight: float = Field(default=1.0, gt=0.0)


class Thresholds(BaseModel):
    model_config = _STRICT

    low: float = Field(ge=0.0, le=1.0)
    medium: float = Field(ge=0.0, le=1.0)
    high: float = Field(ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _ordered(self) -> Thresholds:
        if not 0 < self.low <= self.medium <= self.high:
            raise ValueError("thresholds must satisfy 0 < low <= medium <= high")
        return self

    def severity(self, signal: float) -> Severity | None:
        if signal >= self.high:
            return Severity.HIGH
        if signal >= self.medium:
            return Severity.MEDIUM
        if signal >= self.low:
            return Severity.LOW
        return None


class FlagRule(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z_]+$")
    kind: FlagKind
    essay_section: EssaySection
    title: LocalizedText
    explanation: LocalizedText
    affects: tuple[Moat, ...] = Field(min_length=1)
    signals: tuple[Signal, ...] = Field(min_length=1)
    requires: tuple[LevelCondition, ...] = ()
    locked_data_sector: bool = False  # raised only in a sector whose data incumbents hold
    stack_positions: tuple[StackPosition, ...] = ()  # basics that count as a full signal
    stack_weight: float = Field(default=1.0, gt=0.0)
    thresholds: Thresholds

    def question_ids(self) -> tuple[str, ...]:
        ids = [s.question for s in self.signals] + [r.question for r in self.requires]
        return tuple(dict.fromkeys(ids))


class FlagRules(BaseModel):
    model_config = _STRICT

    flags: tuple[FlagRule, ...]

    @model_validator(mode="after")
    def _unique(self) -> FlagRules:
        require_unique((f.id for f in self.flags), "flag")
        return self


def parse_flag_rules(data: dict[str, Any], name: str = FLAGS_FILE) -> FlagRules:
    return parse_content(FlagRules, data, name)


@cache
def load_flag_rules() -> FlagRules:
    """The packaged flag rules (read once per process)."""
    return parse_flag_rules(read_content_toml(FLAGS_FILE))


_SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
_KIND_ORDER = {FlagKind.RISK: 0, FlagKind.OPPORTUNITY: 1}


def evaluate_flag(
    rule: FlagRule, basics: CompanyBasics, levels: Mapping[str, float]
) -> Flag | None:
    """The raised flag, or None.  ``levels`` holds the answered questions' levels (and
    the ``basics.<field>`` levels a rule may weigh as signals)."""
    if rule.locked_data_sector and basics.sector not in LOCKED_DATA_SECTORS:
        return None
    if not all(req.holds(levels) for req in rule.requires):
        return None
    total = weight = 0.0
    pushing: list[str] = []  # answers that point toward the flag: what raised it
    for signal in rule.signals:
        level = levels.get(signal.question)
        if level is None:
            continue
        oriented = level if signal.direction == "high" else 1.0 - level
        total += signal.weight * oriented
        weight += signal.weight
        # A middle answer counts as a cause: most rules start at low = 0.5, where a
        # middle answer alone is enough to raise the flag.
        if oriented >= 0.5:
            pushing.append(signal.question)
    if rule.stack_positions:
        total += rule.stack_weight * (basics.stack_position in rule.stack_positions)
        weight += rule.stack_weight
    if weight == 0:
        return None
    severity = rule.thresholds.severity(total / weight)
    if severity is None:
        return None
    required = [r.question for r in rule.requires]
    ids = list(dict.fromkeys(required + pushing))
    return Flag(
        id=rule.id,
        kind=rule.kind,
        severity=severity,
        title=rule.title,
        explanation=rule.explanation,
        triggered_by=tuple(i for i in ids if not is_basic(i)),
        essay_section=rule.essay_section,
        affects=rule.affects,
        triggered_by_basics=tuple(basic_field(i) for i in ids if is_basic(i)),
    )


def answer_levels(answers: Mapping[str, Answer], bank: QuestionBank) -> dict[str, float]:
    """Level of every answered, scored question of the bank (stale values skipped)."""
    levels: dict[str, float] = {}
    for question in bank.questions:
        level = usable_level(question, answers.get(question.id))
        if level is not None:
            levels[question.id] = level
    return levels


def raise_flags(
    basics: CompanyBasics, levels: Mapping[str, float], rules: FlagRules | None = None
) -> tuple[Flag, ...]:
    """Every raised flag: risks then opportunities, most severe first, then by id."""
    rules = rules or load_flag_rules()
    raised = [f for rule in rules.flags if (f := evaluate_flag(rule, basics, levels))]
    raised.sort(key=lambda f: (_KIND_ORDER[f.kind], _SEVERITY_ORDER[f.severity], f.id))
    return tuple(raised)
