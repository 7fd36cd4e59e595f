"""The whole engine in one call: answers -> scores, flags, decay outlooks, actions.

``build_roadmap`` is what the UI's results view, the PDF and the CLI render; it is
pure and deterministic (no randomness, no clock, stable ordering), so every surface
agrees.  Projections start at the assessment's quarter.
"""

from __future__ import annotations

from collections.abc import Mapping

from moatdesk.domain.actions import select_actions
from moatdesk.domain.basics import basics_levels
from moatdesk.domain.decay import moat_outlooks
from moatdesk.domain.flags import answer_levels, raise_flags
from moatdesk.domain.models import Answer, Assessment, CompanyBasics
from moatdesk.domain.parameters import ModelParams, load_model
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import Roadmap
from moatdesk.domain.scoring import score_moats, unanswered_questions


def roadmap_from_answers(
    basics: CompanyBasics,
    answers: Mapping[str, Answer],
    quarter: str,
    bank: QuestionBank,
    bank_version: str,
    params: ModelParams | None = None,
) -> Roadmap:
    """The roadmap for ``answers`` as of ``quarter`` (what-if scenarios call this too)."""
    params = params or load_model()
    answered = answer_levels(answers, bank)  # each answer's level, read once for all
    scores = score_moats(answers, bank, params.scoring, answered)
    levels = {**answered, **basics_levels(basics, params.basics)}
    flags = raise_flags(basics, levels)
    outlooks = moat_outlooks(scores, flags, basics, levels, params, quarter)
    actions = select_actions(scores, outlooks, flags, params.actions, answers=answers)
    return Roadmap(
        bank_version=bank_version,
        holds_threshold=params.holds_threshold,
        quarter=quarter,
        unanswered=unanswered_questions(answers, bank, answered),
        scores=scores,
        outlooks=outlooks,
        flags=flags,
        actions=actions,
    )


def build_roadmap(
    basics: CompanyBasics, assessment: Assessment, bank: QuestionBank | None = None
) -> Roadmap:
    """The meta-moat x time-horizon roadmap for one assessment (bank None: the packaged one).

    Answers to questions the bank no longer has, or whose value no longer fits the
    question, are ignored rather than fail; ``bank_version`` is the assessment's.
    """
    if bank is None:
        from moatdesk.domain.content import load_bank

        bank = load_bank()
    return roadmap_from_answers(
        basics, assessment.answers, assessment.quarter, bank, assessment.bank_version
    )
