"""The answer that matters most: which one-step change moves the earliest stop quarter.

For every answered, scored question, every value one step away (``moatdesk.domain.steps``:
a scale point, the neighbouring choice, the other yes/no, a number step) is tried on a
scratch copy and the roadmap rebuilt with ``build_roadmap``: nothing is estimated.  The
options are ranked by how far they move the earliest stop quarter, in either direction
(a change that brings it forward is as worth knowing as one that pushes it back), then by
the quarters all moats gain or lose together, then by the bank's order.  Unanswered
questions are not tried: answering them is the coverage step, not a one-step change.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from moatdesk.domain.answers import usable_level
from moatdesk.domain.models import Answer, AnswerValue, Assessment, CompanyBasics
from moatdesk.domain.questions import QuestionBank, QuestionKind
from moatdesk.domain.results import Roadmap
from moatdesk.domain.roadmap import build_roadmap
from moatdesk.domain.steps import one_step_values
from moatdesk.domain.taxonomy import Moat
from moatdesk.domain.whatif import (
    earliest_position,
    holding_quarters,
    position_label,
    stop_position,
)

_FROZEN = ConfigDict(extra="forbid", frozen=True)
TOP = 3  # "your highest-leverage answers": the three shown on screen and in the PDF


class MoatMove(BaseModel):
    model_config = _FROZEN

    moat: Moat
    quarters: int  # later = positive


class LeverageOption(BaseModel):
    """One one-step change and what it does to the clock."""

    model_config = _FROZEN

    question: str
    before: AnswerValue
    after: AnswerValue
    earliest_after: str | None  # position_label
    earliest_moved: int  # quarters, later = positive
    total_moved: int  # quarters gained (+) or lost (-) by all assessed moats together
    moats: tuple[MoatMove, ...]  # the moats whose stop moved, in Moat order

    @property
    def moves(self) -> bool:
        return self.earliest_moved != 0 or self.total_moved != 0 or bool(self.moats)


class Leverage(BaseModel):
    model_config = _FROZEN

    quarter: str
    earliest: str | None  # the review's earliest stop, as position_label
    options: tuple[LeverageOption, ...]  # every one-step change, ranked
    evaluated: int  # roadmaps built for the search (one per option)

    def top(self, count: int = TOP) -> tuple[LeverageOption, ...]:
        """The highest-leverage changes that move anything at all."""
        return tuple(o for o in self.options if o.moves)[:count]


def one_step_changes(
    assessment: Assessment, bank: QuestionBank
) -> Iterator[tuple[str, AnswerValue, AnswerValue]]:
    """(question id, value now, value one step away) for every answered scored question."""
    for question in bank.questions:
        if question.kind is QuestionKind.TEXT:
            continue
        answer = assessment.answers.get(question.id)
        if answer is None or answer.value is None or usable_level(question, answer) is None:
            continue
        for value in one_step_values(question, answer.value):
            yield question.id, answer.value, value


def with_answer(assessment: Assessment, question_id: str, value: AnswerValue) -> Assessment:
    """A scratch copy with one answer's value replaced (its note and confidence kept)."""
    answers = dict(assessment.answers)
    answers[question_id] = (answers.get(question_id) or Answer()).model_copy(
        update={"value": value}
    )
    return assessment.model_copy(update={"answers": answers})


def _positions(roadmap: Roadmap) -> dict[Moat, int]:
    return {o.moat: p for o in roadmap.outlooks if (p := stop_position(o)) is not None}


class LeverageSearch:
    """The search one option at a time (``step``), so a screen can run it between events;
    ``result()`` ranks what has been tried.  ``leverage_search`` runs it to the end."""

    def __init__(
        self,
        basics: CompanyBasics,
        assessment: Assessment,
        bank: QuestionBank | None = None,
        before: Roadmap | None = None,
    ) -> None:
        if bank is None:
            from moatdesk.domain.content import load_bank

            bank = load_bank()
        self._basics, self._assessment, self._bank = basics, assessment, bank
        self.quarter = assessment.quarter
        self._before = before or build_roadmap(basics, assessment, bank)
        self._first = earliest_position(self._before)
        self._total = holding_quarters(self._before)
        self._stops = _positions(self._before)
        self._position = {q.id: i for i, q in enumerate(bank.questions)}
        self._pending = list(one_step_changes(assessment, bank))
        self._tried: list[tuple[tuple[int, int, int, int], LeverageOption]] = []

    @property
    def done(self) -> bool:
        return len(self._tried) == len(self._pending)

    @property
    def total(self) -> int:
        return len(self._pending)

    def step(self) -> None:
        """Try the next one-step change (one roadmap build)."""
        order = len(self._tried)
        qid, old, new = self._pending[order]
        after = build_roadmap(self._basics, with_answer(self._assessment, qid, new), self._bank)
        first_after = earliest_position(after)
        first = self._first
        moved = 0 if first is None or first_after is None else first_after - first
        total_moved = holding_quarters(after) - self._total
        after_stops = _positions(after)
        stops = self._stops
        moats = tuple(
            MoatMove(moat=m, quarters=after_stops[m] - stops[m])
            for m in Moat
            if m in stops and m in after_stops and after_stops[m] != stops[m]
        )
        option = LeverageOption(
            question=qid,
            before=old,
            after=new,
            earliest_after=position_label(first_after, after),
            earliest_moved=moved,
            total_moved=total_moved,
            moats=moats,
        )
        key = (-abs(moved), -abs(total_moved), self._position[qid], order)
        self._tried.append((key, option))

    def result(self) -> Leverage:
        ranked = sorted(self._tried, key=lambda pair: pair[0])
        return Leverage(
            quarter=self.quarter,
            earliest=position_label(self._first, self._before),
            options=tuple(o for _, o in ranked),
            evaluated=len(ranked),
        )


def leverage_search(
    basics: CompanyBasics,
    assessment: Assessment,
    bank: QuestionBank | None = None,
    before: Roadmap | None = None,
) -> Leverage:
    """Every one-step change of the review, ranked by its effect on the earliest stop."""
    search = LeverageSearch(basics, assessment, bank, before)
    while not search.done:
        search.step()
    return search.result()
