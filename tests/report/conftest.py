"""Hand-built report inputs: a profile whose answers fit the real question bank, and
roadmaps built directly (so renderer tests do not depend on the engine's numbers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from moatdesk.domain.content import load_bank, load_taxonomy
from moatdesk.domain.decay import horizon_end, stop_quarter_of, stop_status
from moatdesk.domain.models import Answer, Assessment, CompanyBasics, Profile
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.results import (
    DECAY_MONTHS,
    Action,
    Contribution,
    DecayPoint,
    Flag,
    MoatOutlook,
    MoatScore,
    Roadmap,
)
from moatdesk.domain.taxonomy import (
    HOME_HORIZON,
    AssessmentStatus,
    Bucket,
    Confidence,
    EssaySection,
    FlagKind,
    Moat,
    Sector,
    Severity,
    StackPosition,
    Stage,
)
from moatdesk.domain.text import LocalizedText

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
THRESHOLD = 40.0
QUARTER = "2026-Q3"  # the hand-built roadmap's quarter


def sample_answers(text: str = "We ship weekly", note: str = "") -> dict[str, Answer]:
    """One valid answer for every question of the bank; free text carries ``text``."""
    answers: dict[str, Answer] = {}
    for index, q in enumerate(load_bank().questions):
        if q.kind is QuestionKind.SCALE:
            value: object = index % 5
        elif q.kind is QuestionKind.YES_NO:
            value = index % 2 == 0
        elif q.kind is QuestionKind.CHOICE:
            value = q.options[index % len(q.options)].value
        elif q.kind is QuestionKind.NUMBER:
            assert q.number is not None
            value = q.number.minimum
        else:
            value = text
        answers[q.id] = Answer(value=value, note=note, confidence=list(Confidence)[index % 3])
    return answers


def make_assessment(
    quarter: str,
    answers: dict[str, Answer],
    final: bool = True,
    basics: CompanyBasics | None = None,
) -> Assessment:
    return Assessment(
        quarter=quarter,
        basics=basics or make_basics(),
        bank_version=load_bank().version,
        status=AssessmentStatus.FINAL if final else AssessmentStatus.DRAFT,
        answers=answers,
        created_at=NOW,
        updated_at=NOW,
        finalised_at=NOW if final else None,
    )


def make_basics(name: str = "Acme Robotics") -> CompanyBasics:
    return CompanyBasics(
        name=name,
        sector=Sector.HEALTHCARE,
        stage=Stage.SEED,
        stack_position=StackPosition.MODEL_APIS,
        team_size=12,
        runway_months=18,
    )


def make_profile(
    name: str = "Acme Robotics", quarters: tuple[str, ...] = ("2026-Q3",), **answer_text: str
) -> Profile:
    basics = make_basics(name)
    assessments = [
        make_assessment(q, sample_answers(**answer_text), basics=basics) for q in quarters
    ]
    return Profile(
        id="0" * 31 + "1",
        basics=basics,
        created_at=NOW,
        updated_at=NOW,
        assessments=assessments,
    )


def make_roadmap(shift: float = 0.0) -> Roadmap:
    """Nine moats with varied strengths and decays, two flags, one action per bucket."""
    bank = load_bank()
    scores, outlooks = [], []
    for index, moat in enumerate(Moat):
        start = min(100.0, max(0.0, 25 + index * 8 + shift))
        feeding = [q for q in bank.questions if any(f.moat is moat for f in q.feeds)][:3]
        contributions = tuple(
            Contribution(
                question_id=q.id, level=0.5, weight=0.5, points=6 - 4 * i, essay_section=q.section
            )
            for i, q in enumerate(feeding)
        )
        scores.append(
            MoatScore(
                moat=moat,
                score=start,
                coverage=0.75,
                assessed=True,
                unanswered=(),
                contributions=contributions,
            )
        )
        points = tuple(
            DecayPoint(month=m, strength=max(0.0, start * (1 - m / (40 + 10 * index))))
            for m in DECAY_MONTHS
        )
        weak = next((p.month for p in points if p.strength < THRESHOLD), None)
        outlooks.append(
            MoatOutlook(
                moat=moat,
                horizon=HOME_HORIZON[moat],
                points=points,
                holds_until_month=weak,
                accelerated_by=("steamroll",) if index == 0 else (),
                slowed_by=(),
                assessed=True,
                status=stop_status(weak, True),
                stop_quarter=stop_quarter_of(QUARTER, weak, True),
                horizon_end=horizon_end(QUARTER),
            )
        )
    some_question = bank.questions[0].id
    flags = (
        Flag(
            id="steamroll",
            kind=FlagKind.RISK,
            severity=Severity.HIGH,
            title=LocalizedText(en="Steamroll risk", ko="추월 위험"),
            explanation=LocalizedText(
                en="The next model closes your gap.", ko="다음 모델이 격차를 없앱니다."
            ),
            triggered_by=(some_question,),
            essay_section=EssaySection.SPEED,
            affects=(Moat.FIRST_TO_MARKET,),
        ),
        Flag(
            id="locked_data",
            kind=FlagKind.OPPORTUNITY,
            severity=Severity.MEDIUM,
            title=LocalizedText(en="Locked data partnership", ko="잠긴 데이터 제휴"),
            explanation=LocalizedText(
                en="Unlock incumbent data.", ko="기존 기업의 데이터를 엽니다."
            ),
            triggered_by=(),
            essay_section=EssaySection.DATA_FLYWHEEL,
            affects=(Moat.DATA_ADVANTAGE,),
        ),
    )
    actions = tuple(
        Action(
            id=f"act_{bucket.value}",
            title=LocalizedText(en=f"Build for {bucket.value}", ko=f"{bucket.value} 준비"),
            detail=LocalizedText(en="Concrete steps.", ko="구체적인 단계."),
            moat=list(Moat)[i],
            bucket=bucket,
            before_month=outlooks[i].holds_until_month,
            urgency=10 - i,
            essay_section=EssaySection.SPEED,
            because_of=("decay",),
            do_first=i == 0,
            stop_quarter=outlooks[i].stop_quarter,
            quotes=(),
        )
        for i, bucket in enumerate(Bucket)
    )
    return Roadmap(
        bank_version=bank.version,
        holds_threshold=THRESHOLD,
        quarter=QUARTER,
        unanswered=(),
        scores=tuple(scores),
        outlooks=tuple(outlooks),
        flags=flags,
        actions=actions,
    )


@pytest.fixture
def roadmap() -> Roadmap:
    return make_roadmap()


@pytest.fixture
def report_data_factory() -> Callable[..., object]:
    """ReportData for a hand-built profile and roadmap; no engine involved."""
    from moatdesk.report.data import ReportData

    load_taxonomy()

    def build(profile: Profile | None = None, lang: str = "en", history: int = 1) -> ReportData:
        profile = profile or make_profile()
        current = profile.assessments[-1]
        maps = tuple(
            (f"2026-Q{i + 1}", make_roadmap(shift=5.0 * (i - history + 1))) for i in range(history)
        )
        return ReportData(
            profile=profile,
            lang=lang,
            assessment=current,
            roadmap=maps[-1][1],
            bank=load_bank(),
            history=maps,
            previous=None,
            comparison=None,
            made_on=date(2026, 11, 27),
        )

    return build


BODY_BOTTOM, BODY_TOP = 50.0, 785.0  # points: between the footer and the header


class PdfView:
    """What a reader of the PDF gets: its text, metadata, outline and fonts."""

    def __init__(self, pdf: bytes) -> None:
        import io

        from pypdf import PdfReader

        self.reader = PdfReader(io.BytesIO(pdf))
        self.text = "\n".join(page.extract_text() for page in self.reader.pages)
        body: list[str] = []

        def keep_body(text: str, cm: list, tm: list, *_: object) -> None:
            if BODY_BOTTOM < tm[5] * cm[3] + cm[5] < BODY_TOP:
                body.append(text)

        for page in self.reader.pages:
            page.extract_text(visitor_text=keep_body)
        self._body = squash("".join(body))

    def contains(self, typed: str) -> bool:
        """Whether the page bodies show ``typed``, whitespace aside (lines may wrap anywhere,
        text may flow across pages; running headers and footers are left out)."""
        return squash(typed) in self._body

    def outline_titles(self) -> list[str]:
        titles: list[str] = []

        def walk(items: list) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    titles.append(item.title)

        walk(self.reader.outline)
        return titles

    def font_names(self) -> set[str]:
        names: set[str] = set()
        for page in self.reader.pages:
            fonts = page["/Resources"].get_object().get("/Font", {})
            for ref in fonts.values():
                names.add(str(ref.get_object()["/BaseFont"]))
        return names


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def profile_factory() -> Callable[..., Profile]:
    return make_profile


@pytest.fixture
def read_pdf() -> Callable[[bytes], PdfView]:
    return PdfView
