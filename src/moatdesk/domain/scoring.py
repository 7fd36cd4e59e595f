"""Moat scores 0-100 from the answers, each explained by its contributions.

A moat's score is the |weight|-weighted mean of the answers feeding it (a positive
weight counts the level, a negative one counts 1 - level) times 100, over ALL its
feeding questions: an unanswered one counts as neutral (0.5).  So partial coverage
pulls the score toward 50 in proportion to the unanswered weight, and skipping a
question can never lift a moat above what its answered share allows.  A moat with
fewer than ``min_coverage`` of its feeding questions answered is not assessed.
Each contribution's ``points`` is its signed share of the distance from a neutral 50,
so the points of a moat add up to ``score - 50``.
"""

from __future__ import annotations

from collections.abc import Mapping

from moatdesk.domain.answers import usable_level
from moatdesk.domain.models import Answer
from moatdesk.domain.parameters import ScoringParams
from moatdesk.domain.questions import Question, QuestionBank, QuestionKind
from moatdesk.domain.results import Contribution, MoatScore
from moatdesk.domain.taxonomy import Moat

NEUTRAL = 0.5  # an answer of "half" neither raises nor lowers a moat


def damped_level(level: float, answer: Answer, params: ScoringParams) -> float:
    """The level pulled toward neutral by low stated confidence (never past it)."""
    if answer.confidence is None:
        return level
    return NEUTRAL + (level - NEUTRAL) * params.confidence_damping[answer.confidence]


Feeds = dict[Moat, tuple[tuple[Question, float], ...]]
# Each bank's feeds by moat, kept with the bank itself (so an id is never reused for
# another bank while its entry stands); a roadmap reads them for all nine moats.
_FEEDS: dict[int, tuple[QuestionBank, Feeds]] = {}
_FEEDS_KEPT = 8  # banks; the app has one, tests build a few


def _feeds_by_moat(bank: QuestionBank) -> Feeds:
    entry = _FEEDS.get(id(bank))
    if entry is not None and entry[0] is bank:
        return entry[1]
    feeds: dict[Moat, list[tuple[Question, float]]] = {moat: [] for moat in Moat}
    for q in bank.questions:
        if q.kind is not QuestionKind.TEXT:
            for feed in q.feeds:
                feeds[feed.moat].append((q, feed.weight))
    frozen = {moat: tuple(pairs) for moat, pairs in feeds.items()}
    if len(_FEEDS) >= _FEEDS_KEPT:
        _FEEDS.clear()
    _FEEDS[id(bank)] = (bank, frozen)
    return frozen


def feeding_questions(bank: QuestionBank, moat: Moat) -> list[tuple[Question, float]]:
    """(question, weight) for every scored question that feeds ``moat``, in bank order."""
    return list(_feeds_by_moat(bank)[moat])


def score_moat(
    moat: Moat,
    answers: Mapping[str, Answer],
    bank: QuestionBank,
    params: ScoringParams,
    levels: Mapping[str, float] | None = None,
) -> MoatScore:
    """``levels``: the answered questions' levels (``flags.answer_levels`` of the same
    answers and bank), when the caller has them already."""
    feeding = _feeds_by_moat(bank)[moat]
    # (question, weight, level as answered, level after confidence damping)
    answered: list[tuple[Question, float, float, float]] = []
    for question, weight in feeding:
        if levels is None:
            answer = answers.get(question.id)
            level = usable_level(question, answer)
        else:
            level = levels.get(question.id)
            answer = answers[question.id] if level is not None else None
        if answer is not None and level is not None:
            answered.append((question, weight, level, damped_level(level, answer, params)))
    coverage = len(answered) / len(feeding) if feeding else 0.0
    answered_ids = {q.id for q, _, _, _ in answered}
    unanswered = tuple(dict.fromkeys(q.id for q, _ in feeding if q.id not in answered_ids))
    # Unanswered questions weigh in at neutral: 50 points times their weight share.
    total_weight = sum(abs(w) for _, w in feeding) or 1.0
    score = 100.0 * NEUTRAL * sum(abs(w) for q, w in feeding if q.id not in answered_ids)
    score /= total_weight
    contributions = []
    for question, weight, level, damped in answered:
        oriented = damped if weight > 0 else 1.0 - damped
        share = abs(weight) / total_weight
        score += 100.0 * share * oriented
        contributions.append(
            Contribution(
                question_id=question.id,
                level=level,
                weight=weight,
                points=round(100.0 * share * (oriented - NEUTRAL), 2),
                essay_section=question.essay_section,
            )
        )
    contributions.sort(key=lambda c: (-abs(c.points), c.question_id))
    return MoatScore(
        moat=moat,
        score=round(min(100.0, max(0.0, score)), 2),
        coverage=round(coverage, 4),
        assessed=bool(feeding) and coverage >= params.min_coverage,
        unanswered=unanswered,
        contributions=tuple(contributions),
    )


def score_moats(
    answers: Mapping[str, Answer],
    bank: QuestionBank,
    params: ScoringParams,
    levels: Mapping[str, float] | None = None,
) -> tuple[MoatScore, ...]:
    """Every moat's score, in Moat order (``levels``: as for ``score_moat``)."""
    return tuple(score_moat(moat, answers, bank, params, levels) for moat in Moat)


def unanswered_questions(
    answers: Mapping[str, Answer],
    bank: QuestionBank,
    levels: Mapping[str, float] | None = None,
) -> tuple[str, ...]:
    """Scored questions without a usable answer, in bank order (free text is never counted).
    ``levels``: as for ``score_moat``."""
    if levels is not None:
        return tuple(
            q.id for q in bank.questions if q.kind is not QuestionKind.TEXT and q.id not in levels
        )
    return tuple(
        q.id
        for q in bank.questions
        if q.kind is not QuestionKind.TEXT and usable_level(q, answers.get(q.id)) is None
    )
