"""The investor view: the report's data with the founder's private words taken out.

Redaction works on ``ReportData`` before anything is drawn, never in the layout: the
renderer of an investor PDF only ever sees the redacted copy, so no section, table,
bookmark or metadata field can reach a note, a free-text answer or an answer the
founder marked private.  What was withheld is counted (``Withheld``) so the PDF can
say so ("notes on 23 answers; 3 free-text answers").

Withheld: every note; the value of every free-text answer; the value and confidence
of every answer marked private; the founder's words that roadmap actions quote back;
the earlier quarters' answers (the profile keeps only the redacted current one);
changed-answer rows of withheld questions in the comparison with the previous review;
on the optional scenarios page, the names the founder gave saved what-ifs (shown under
the preset's title, else "What-if 2"), the values a what-if sets for withheld questions,
the quotations in its two roadmaps, and the leverage options that would
change a withheld answer.  Scores, flags and actions stay: they are the app's reading
of the answers, and the investor view exists to share them.  The company's name stays
too: the report is about that company, handed to someone who knows it.
"""

from __future__ import annotations

from dataclasses import replace

from moatdesk.domain.models import Answer, Assessment
from moatdesk.domain.questions import QuestionBank, QuestionKind
from moatdesk.domain.results import Comparison, Roadmap
from moatdesk.domain.textrules import Lang
from moatdesk.report.data import ReportData, Withheld
from moatdesk.report.scenario_data import ScenarioPage
from moatdesk.report.strings import t, tn


def describe_withheld(withheld: Withheld, lang: Lang) -> str:
    """One sentence for the reader, the preview and the CLI: what this view left out."""
    items = [
        tn(key, lang, count)
        for key, count in (
            ("withheld_notes", withheld.notes),
            ("withheld_text", withheld.free_text),
            ("withheld_private", withheld.private),
            ("withheld_quotes", withheld.quotes),
            ("withheld_scenarios", withheld.scenario_names),
        )
        if count
    ]
    if not items:
        return t("withheld_nothing", lang)
    return t("withheld_line", lang, items="; ".join(items))


def _is_free_text(bank: QuestionBank, question_id: str) -> bool:
    question = bank.by_id().get(question_id)
    # An answer to a question the bank no longer asks may be anything: treat it as text.
    return question is None or question.kind is QuestionKind.TEXT


def _withheld_ids(bank: QuestionBank, assessment: Assessment) -> set[str]:
    return {
        qid
        for qid, answer in assessment.answers.items()
        if answer.value is not None and (answer.private or _is_free_text(bank, qid))
    }


def redact_assessment(bank: QuestionBank, assessment: Assessment) -> Assessment:
    """The assessment with no note, no free text and no private answer left in it."""
    answers: dict[str, Answer] = {}
    for qid, answer in assessment.answers.items():
        if answer.private or _is_free_text(bank, qid):
            answers[qid] = Answer(private=answer.private)
        else:
            answers[qid] = Answer(value=answer.value, confidence=answer.confidence)
    return assessment.model_copy(update={"answers": answers})


def _without_quotes(roadmap: Roadmap) -> tuple[Roadmap, int]:
    quoted = sum(len(a.quotes) for a in roadmap.actions)
    if not quoted:
        return roadmap, 0
    actions = tuple(
        a.model_copy(update={"quotes": (), "quoted_questions": ()}) for a in roadmap.actions
    )
    return roadmap.model_copy(update={"actions": actions}), quoted


def _redact_comparison(comparison: Comparison | None, hidden: set[str]) -> Comparison | None:
    if comparison is None:
        return None
    kept = tuple(c for c in comparison.answer_changes if c.question_id not in hidden)
    return comparison.model_copy(update={"answer_changes": kept})


def _scenario_questions(data: ReportData) -> set[str]:
    """Answers marked private that a what-if changes, even one not answered yet (what-ifs
    change scored questions only: the domain refuses free text)."""
    private = {qid for qid, a in data.assessment.answers.items() if a.private}
    return {
        change.question
        for page in data.scenarios
        for change in page.effect.changes
        if change.question is not None and change.question in private
    }


def _redact_scenarios(
    pages: tuple[ScenarioPage, ...], hidden: set[str], lang: Lang
) -> tuple[tuple[ScenarioPage, ...], int]:
    """The pages without the founder's names for them, withheld values or quotations;
    and how many names were withheld."""
    redacted, names = [], 0
    for number, page in enumerate(pages, start=1):
        title = page.title
        if page.users_name:
            names += 1
            title = page.preset_title or t("wi_untitled", lang, number=number)
        effect = page.effect
        changes = tuple(
            c.model_copy(update={"before": None, "after": None}) if c.question in hidden else c
            for c in effect.changes
        )
        effect = effect.model_copy(
            update={
                "changes": changes,
                "before": _without_quotes(effect.before)[0],
                "after": _without_quotes(effect.after)[0],
            }
        )
        redacted.append(replace(page, title=title, users_name=False, effect=effect))
    return tuple(redacted), names


def redact_for_investor(data: ReportData) -> ReportData:
    """The investor view of ``data``: private words out, ``data.withheld`` counting them."""
    bank = data.bank
    current = data.assessment
    hidden = _withheld_ids(bank, current)
    if data.previous is not None:
        hidden |= _withheld_ids(bank, data.previous)
    hidden |= _scenario_questions(data)
    scenarios, scenario_names = _redact_scenarios(data.scenarios, hidden, data.lang)
    leverage = data.leverage
    if leverage is not None:
        options = tuple(o for o in leverage.options if o.question not in hidden)
        leverage = leverage.model_copy(update={"options": options})
    answers = current.answers.values()
    roadmap, quotes = _without_quotes(data.roadmap)
    history = tuple(
        (quarter, roadmap if quarter == data.quarter else _without_quotes(r)[0])
        for quarter, r in data.history
    )
    assessment = redact_assessment(bank, current)
    previous = redact_assessment(bank, data.previous) if data.previous is not None else None
    withheld = Withheld(
        notes=sum(1 for a in answers if a.note.strip()),
        free_text=sum(
            1
            for qid, a in current.answers.items()
            if a.value is not None and not a.private and _is_free_text(bank, qid)
        ),
        private=sum(1 for a in answers if a.private and a.value is not None),
        quotes=quotes,
        questions=frozenset(hidden),
        scenario_names=scenario_names,
    )
    return replace(
        data,
        profile=data.profile.model_copy(update={"assessments": [assessment]}),
        assessment=assessment,
        previous=previous,
        roadmap=roadmap,
        history=history,
        comparison=_redact_comparison(data.comparison, hidden),
        scenarios=scenarios,
        leverage=leverage,
        withheld=withheld,
    )
