"""What-if scenarios: the preset library (resources/content/scenarios.toml) and how a
scenario turns a review into a scratch copy.

A scenario is a list of answer changes and basics changes, each with its reason.  An
answer change either sets a value (``to``), moves it by whole ``steps`` (scale points,
choice options in the bank's order, number steps as in ``moatdesk.domain.steps``), or
multiplies a number (``factor``); a ``when`` condition limits it to the companies it
concerns (read on the review as it was, so the order of changes never matters).
Applying never mutates anything: it returns new ``CompanyBasics`` and ``Assessment``
objects plus the list of what changed.  A founder's own what-if is a ``Scenario`` too,
made of ``to`` changes only (``custom_scenario``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from moatdesk.domain.answers import usable_level, validate_answer
from moatdesk.domain.content import ContentError, load_bank
from moatdesk.domain.errors import QT_TRANSLATE_NOOP
from moatdesk.domain.models import Answer, AnswerValue, Assessment, CompanyBasics, Quarter
from moatdesk.domain.parameters import parse_content, read_content_toml, require_unique
from moatdesk.domain.questions import LevelCondition, Question, QuestionBank, QuestionKind
from moatdesk.domain.steps import clamp_number, number_step, stepped_choice
from moatdesk.domain.taxonomy import EssaySection, Moat, Sector, StackPosition, Stage
from moatdesk.domain.text import LocalizedText, StorableText

_STRICT = ConfigDict(extra="forbid", frozen=True)
SCENARIOS_FILE = "scenarios.toml"
CUSTOM_ID = "custom"  # the id of a founder's own what-if
MAX_SCENARIO_NAME = 120

BasicField = Literal["stage", "team_size", "runway_months", "stack_position", "sector"]
NUMBER_BASICS: dict[str, tuple[int, int]] = {  # CompanyBasics' bounds
    "team_size": (1, 1_000_000),
    "runway_months": (0, 600),
}
ENUM_BASICS: dict[str, type[Stage] | type[StackPosition] | type[Sector]] = {
    "stage": Stage,
    "stack_position": StackPosition,
    "sector": Sector,
}


class ScenarioError(ContentError):
    """A scenario does not fit the question bank or names no known preset."""


class AnswerShift(BaseModel):
    """One answer the scenario sets or moves, and why."""

    model_config = _STRICT

    question: str
    to: AnswerValue | None = None  # set this value (answered or not)
    steps: int | None = None  # move an answered scale/choice/number by whole steps
    factor: float | None = Field(default=None, ge=0.0)  # multiply an answered number
    when: LevelCondition | None = None
    why: LocalizedText

    @model_validator(mode="after")
    def _one_kind(self) -> AnswerShift:
        given = [x is not None for x in (self.to, self.steps, self.factor)]
        if sum(given) != 1:
            raise ValueError(f"{self.question}: give exactly one of to, steps, factor")
        if self.steps == 0:
            raise ValueError(f"{self.question}: steps = 0 changes nothing")
        return self


class BasicShift(BaseModel):
    """One company basic the scenario sets or moves, and why."""

    model_config = _STRICT

    basic: BasicField
    to: str | int | None = None
    steps: int | None = None  # a number basic: add; stage: move along the stages
    factor: float | None = Field(default=None, ge=0.0)  # a number basic: multiply
    when: LevelCondition | None = None
    why: LocalizedText

    @model_validator(mode="after")
    def _fits(self) -> BasicShift:
        given = [x is not None for x in (self.to, self.steps, self.factor)]
        if sum(given) != 1:
            raise ValueError(f"{self.basic}: give exactly one of to, steps, factor")
        if self.basic in ENUM_BASICS:
            if self.factor is not None or (self.steps is not None and self.basic != "stage"):
                raise ValueError(f"{self.basic}: only 'to' (or steps for stage) fits")
            known = {m.value for m in ENUM_BASICS[self.basic]}
            if self.to is not None and str(self.to) not in known:
                raise ValueError(f"{self.basic}: {self.to!r} is not a known value")
        elif self.to is not None and (isinstance(self.to, bool) or not isinstance(self.to, int)):
            raise ValueError(f"{self.basic}: 'to' is a whole number")
        return self


class Move(BaseModel):
    """What the scenario's text says it does to a moat (checked by the tests)."""

    model_config = _STRICT

    moat: Moat
    direction: Literal["weaker", "stronger"]
    when: LevelCondition | None = None


class Scenario(BaseModel):
    model_config = _STRICT

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    essay_section: EssaySection
    title: LocalizedText
    summary: LocalizedText  # what happens in the world, in one or two sentences
    answers: tuple[AnswerShift, ...] = ()
    basics: tuple[BasicShift, ...] = ()
    moves: tuple[Move, ...] = ()

    @model_validator(mode="after")
    def _changes_something(self) -> Scenario:
        if not self.answers and not self.basics and self.id != CUSTOM_ID:
            raise ValueError(f"{self.id}: a scenario changes at least one answer or basic")
        return self


class ScenarioLibrary(BaseModel):
    model_config = _STRICT

    scenarios: tuple[Scenario, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> ScenarioLibrary:
        require_unique((s.id for s in self.scenarios), "scenario")
        if any(s.id == CUSTOM_ID for s in self.scenarios):
            raise ValueError(f"{CUSTOM_ID!r} is reserved for a founder's own what-if")
        return self

    def get(self, scenario_id: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise ScenarioError(
            QT_TRANSLATE_NOOP("Errors", "no scenario “{id}”; `moatdesk what-if --list` shows them"),
            id=scenario_id,
        )


# ----------------------------------------------------------------- checking against the bank
def _bank_problems(scenario: Scenario, bank: QuestionBank) -> list[str]:
    questions = bank.by_id()
    problems: list[str] = []

    def scored(qid: str, where: str) -> Question | None:
        question = questions.get(qid)
        if question is None or question.kind is QuestionKind.TEXT:
            problems.append(f"{scenario.id}: {where} names {qid!r}, not a scored question")
            return None
        return question

    for shift in scenario.answers:
        question = scored(shift.question, "an answer change")
        if shift.when is not None:
            scored(shift.when.question, "a condition")
        if question is None:
            continue
        if shift.to is not None:
            try:
                validate_answer(question, Answer(value=shift.to))
            except ValueError as exc:
                problems.append(f"{scenario.id}: {exc}")
        if shift.steps is not None and question.kind is QuestionKind.YES_NO:
            problems.append(f"{scenario.id}: {question.id} is yes/no; use 'to'")
        if shift.factor is not None and question.kind is not QuestionKind.NUMBER:
            problems.append(f"{scenario.id}: {question.id} is not a number; 'factor' fits none")
    for basic in scenario.basics:
        if basic.when is not None:
            scored(basic.when.question, "a condition")
    for move in scenario.moves:
        if move.when is not None:
            scored(move.when.question, "a condition")
    return problems


def parse_scenarios(
    data: dict[str, Any], bank: QuestionBank, name: str = SCENARIOS_FILE
) -> ScenarioLibrary:
    """Validate the scenario library, and every change against the question bank."""
    library = parse_content(ScenarioLibrary, data, name)
    problems = [p for s in library.scenarios for p in _bank_problems(s, bank)]
    if problems:
        raise ContentError(
            QT_TRANSLATE_NOOP("Errors", "{source} has {count} problem(s):\n{problems}"),
            source=f"resources/content/{name}",
            count=len(problems),
            problems="\n".join(f"  - {p}" for p in problems),
        )
    return library


@cache
def load_scenarios() -> ScenarioLibrary:
    """The packaged presets (read and checked against the packaged bank once per process)."""
    return parse_scenarios(read_content_toml(SCENARIOS_FILE), load_bank())


# ----------------------------------------------------------------- applying
class AppliedChange(BaseModel):
    """One change a scenario made to the scratch copy (``question`` or ``basic`` is set)."""

    model_config = _STRICT

    question: str | None = None
    basic: str | None = None
    before: AnswerValue | None
    after: AnswerValue | None
    why: LocalizedText | None = None  # None for a founder's own change


class SkippedChange(BaseModel):
    """A change that did not apply: its condition is false, the answer is missing, or the
    value is already at its limit."""

    model_config = _STRICT

    question: str | None = None
    basic: str | None = None
    reason: Literal["condition", "not_answered", "at_limit"]


class Applied(BaseModel):
    """A scenario applied to one review: the scratch copy and what changed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scenario_id: str
    basics: CompanyBasics
    assessment: Assessment
    changes: tuple[AppliedChange, ...]
    skipped: tuple[SkippedChange, ...]


def _same(a: object, b: object) -> bool:
    return type(a) is type(b) and a == b


def shifted_value(
    question: Question, shift: AnswerShift, current: AnswerValue | None
) -> AnswerValue:
    """The answer's value after the shift (``current`` must fit the question unless ``to``)."""
    if shift.to is not None:
        return validate_answer(question, Answer(value=shift.to)).value  # type: ignore[return-value]
    assert current is not None
    if shift.factor is not None:
        return clamp_number(question, float(current) * shift.factor)
    steps = shift.steps or 0
    if question.kind is QuestionKind.SCALE:
        return max(0, min(4, int(current) + steps))
    if question.kind is QuestionKind.CHOICE:
        return stepped_choice(question, str(current), steps)
    return clamp_number(question, float(current) + steps * number_step(question))


def _shift_basic(basics: CompanyBasics, shift: BasicShift) -> object:
    current = getattr(basics, shift.basic)
    if shift.basic in ENUM_BASICS:
        enum = ENUM_BASICS[shift.basic]
        if shift.to is not None:
            return enum(str(shift.to))
        members = list(enum)
        index = max(0, min(len(members) - 1, members.index(current) + (shift.steps or 0)))
        return members[index]
    low, high = NUMBER_BASICS[shift.basic]
    if shift.to is not None:
        value = float(shift.to)
    elif shift.factor is not None:
        value = current * shift.factor
    else:
        value = current + (shift.steps or 0)
    return int(max(low, min(high, round(value))))


def apply_scenario(
    basics: CompanyBasics,
    assessment: Assessment,
    scenario: Scenario,
    bank: QuestionBank | None = None,
) -> Applied:
    """The review as the scenario would leave it; ``basics`` and ``assessment`` untouched.

    A changed answer keeps its note and confidence (the evidence is the founder's);
    conditions read the review before any change.
    """
    bank = bank or load_bank()
    questions = bank.by_id()
    levels = {
        qid: level
        for qid, answer in assessment.answers.items()
        if qid in questions and (level := usable_level(questions[qid], answer)) is not None
    }
    answers = dict(assessment.answers)
    changes: list[AppliedChange] = []
    skipped: list[SkippedChange] = []
    for shift in scenario.answers:
        question = questions.get(shift.question)
        if question is None:
            continue  # a saved custom change for a question the bank no longer has
        if shift.when is not None and not shift.when.holds(levels):
            skipped.append(SkippedChange(question=shift.question, reason="condition"))
            continue
        old = answers.get(shift.question)
        current = old.value if old is not None and shift.question in levels else None
        if current is None and shift.to is None:
            skipped.append(SkippedChange(question=shift.question, reason="not_answered"))
            continue
        value = shifted_value(question, shift, current)
        if _same(value, current):
            skipped.append(SkippedChange(question=shift.question, reason="at_limit"))
            continue
        answers[shift.question] = (old or Answer()).model_copy(update={"value": value})
        changes.append(
            AppliedChange(question=shift.question, before=current, after=value, why=shift.why)
        )
    updates: dict[str, object] = {}
    for basic in scenario.basics:
        if basic.when is not None and not basic.when.holds(levels):
            skipped.append(SkippedChange(basic=basic.basic, reason="condition"))
            continue
        before = updates.get(basic.basic, getattr(basics, basic.basic))
        after = _shift_basic(basics.model_copy(update=updates), basic)
        if _same(after, before):
            skipped.append(SkippedChange(basic=basic.basic, reason="at_limit"))
            continue
        updates[basic.basic] = after
        changes.append(
            AppliedChange(
                basic=basic.basic, before=_plain(before), after=_plain(after), why=basic.why
            )
        )
    why_custom = scenario.id == CUSTOM_ID
    if why_custom:
        changes = [c.model_copy(update={"why": None}) for c in changes]
    new_basics = basics.model_copy(update=updates) if updates else basics
    return Applied(
        scenario_id=scenario.id,
        basics=new_basics,
        assessment=assessment.model_copy(update={"answers": answers, "basics": new_basics}),
        changes=tuple(changes),
        skipped=tuple(skipped),
    )


def _plain(value: object) -> AnswerValue:
    return value.value if hasattr(value, "value") else value  # type: ignore[return-value]


# ----------------------------------------------------------------- a founder's own what-if
_CUSTOM_WHY = LocalizedText(en="Your change", ko="직접 바꾼 값")


def custom_scenario(
    answers: Mapping[str, AnswerValue] | None = None,
    basics: Mapping[str, str | int] | None = None,
    bank: QuestionBank | None = None,
) -> Scenario:
    """A what-if made of the founder's own values (``ScenarioError`` if one does not fit)."""
    data = {
        "id": CUSTOM_ID,
        "essay_section": EssaySection.FRAMEWORK,
        "title": {"en": "Your what-if", "ko": "직접 만든 가정"},
        "summary": {"en": "Answers and basics you changed.", "ko": "직접 바꾼 답과 기본 정보"},
        "answers": [
            {"question": q, "to": v, "why": _CUSTOM_WHY} for q, v in (answers or {}).items()
        ],
        "basics": [{"basic": b, "to": v, "why": _CUSTOM_WHY} for b, v in (basics or {}).items()],
    }
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(
            QT_TRANSLATE_NOOP("Errors", "this what-if does not fit: {detail}"),
            detail=exc.errors()[0]["msg"],
        ) from None
    problems = _bank_problems(scenario, bank or load_bank())
    if problems:
        raise ScenarioError(
            QT_TRANSLATE_NOOP("Errors", "this what-if does not fit: {detail}"),
            detail="; ".join(problems),
        )
    return scenario


# ----------------------------------------------------------------- what a founder saves
class WhatIfSpec(BaseModel):
    """A what-if as a founder builds it: a preset (or none), then their own values on top."""

    model_config = _STRICT

    preset: str | None = None
    answers: dict[str, AnswerValue] = Field(default_factory=dict)
    basics: dict[str, str | int] = Field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return self.preset is None and not self.answers and not self.basics


class SavedScenario(BaseModel):
    """A what-if saved by name with one review (storage keeps it beside the assessment)."""

    model_config = _STRICT

    name: StorableText = Field(min_length=1, max_length=MAX_SCENARIO_NAME)
    quarter: Quarter
    spec: WhatIfSpec


def saved_scenario(name: str, quarter: str, spec: WhatIfSpec) -> SavedScenario:
    """A scenario to save under ``name`` (ScenarioError when the name cannot be one)."""
    try:
        return SavedScenario(name=name.strip(), quarter=quarter, spec=spec)
    except ValidationError as exc:
        raise ScenarioError(
            QT_TRANSLATE_NOOP(
                "Errors", "a scenario name is 1 to {limit} characters of text: {detail}"
            ),
            limit=MAX_SCENARIO_NAME,
            detail=exc.errors()[0]["msg"],
        ) from None


def apply_spec(
    basics: CompanyBasics,
    assessment: Assessment,
    spec: WhatIfSpec,
    bank: QuestionBank | None = None,
    library: ScenarioLibrary | None = None,
) -> Applied:
    """The preset first, then the founder's own values on the result; never mutating."""
    bank = bank or load_bank()
    applied = Applied(
        scenario_id=CUSTOM_ID, basics=basics, assessment=assessment, changes=(), skipped=()
    )
    if spec.preset is not None:
        preset = (library or load_scenarios()).get(spec.preset)
        applied = apply_scenario(basics, assessment, preset, bank)
    if spec.answers or spec.basics:
        own = apply_scenario(
            applied.basics,
            applied.assessment,
            custom_scenario(spec.answers, spec.basics, bank),
            bank,
        )
        applied = Applied(
            scenario_id=applied.scenario_id,
            basics=own.basics,
            assessment=own.assessment,
            changes=applied.changes + own.changes,
            skipped=applied.skipped + own.skipped,
        )
    return applied
