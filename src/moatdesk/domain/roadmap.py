"""The whole engine in one call: answers -> scores, flags, decay outlooks, actions.

``build_roadmap`` is what the UI's results view and the PDF render; it is pure and
deterministic (no randomness, no clock, stable ordering), so the screen and the
report always agree.
"""

from __future__ import annotations

from moatdesk.domain.actions import select_actions
from moatdesk.domain.decay import moat_outlooks
from moatdesk.domain.flags import answer_levels, raise_flags
from moatdesk.domain.models import Assessment, CompanyBasics
from moatdesk.domain.parameters import load_model
from moatdesk.domain.questions import QuestionBank
from moatdesk.domain.results import Roadmap
from moatdesk.domain.scoring import score_moats


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
    params = load_model()
    scores = score_moats(assessment.answers, bank, params.scoring)
    levels = answer_levels(assessment.answers, bank)
    flags = raise_flags(basics, levels)
    outlooks = moat_outlooks(scores, flags, basics, levels, params)
    actions = select_actions(scores, outlooks, flags, params.actions)
    return Roadmap(
        bank_version=assessment.bank_version,
        holds_threshold=params.holds_threshold,
        scores=scores,
        outlooks=outlooks,
        flags=flags,
        actions=actions,
    )
