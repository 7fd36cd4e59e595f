"""The words of `moatdesk show` and `moatdesk compare` in English and Korean.

Content-like, as the PDF's ``report.strings``: every entry exists in both languages
with the same placeholders (tests/cli/test_roadmap_words.py checks that).  Kept apart
from the PDF's words because the terminal's are terse table cells and headings, not
sentences on a page; but a stop quarter and its shift are said in the one table the
screen and the PDF read (``report.strings.outlook_words``, ``shift_words``).
"""

from __future__ import annotations

from moatdesk.domain.textrules import Lang

WORDS: dict[str, tuple[str, str]] = {
    "head": (
        "{name} — review {quarter} ({status})",
        "{name} — {quarter} 분기 점검 ({status})",
    ),
    "head_since": (", compared with {quarter}", ", {quarter} 분기 점검과 비교"),
    "status_draft": ("draft", "작성 중"),
    "status_final": ("final", "완료"),
    "projected_to": ("projected to {quarter}", "{quarter}까지 전망"),
    "col_moat": ("MOAT", "해자"),
    "col_score": ("SCORE", "점수"),
    "col_coverage": ("COVERAGE", "답변 비율"),
    "col_stops": ("STOPS HOLDING", "유지가 끝나는 분기"),
    "col_since": ("SINCE {quarter}", "{quarter} 이후"),
    "col_trend": ("TREND", "추이"),
    "col_stop_at": ("STOP {quarter}", "{quarter} 전망"),
    "col_shift": ("SHIFT", "변화"),
    "trend_up": ("up", "상승"),
    "trend_down": ("down", "하락"),
    "trend_flat": ("flat", "변화 없음"),
    "risks": ("Risks", "위험"),
    "opportunities": ("Opportunities", "기회"),
    "severity_low": ("low", "낮음"),
    "severity_medium": ("medium", "중간"),
    "severity_high": ("high", "높음"),
    "do_first": ("Do first (next quarter)", "먼저 할 일 (다음 분기)"),
    "nothing_due": ("nothing is due yet", "아직 급한 일이 없음"),
    "why_stops": ("stops {quarter}", "{quarter}에 유지 종료"),
    "why_holds_past": ("holds past the horizon", "전망 끝까지 유지"),
    "because": ("because: {reasons}", "이유: {reasons}"),
    "because_decay": ("decay", "약화"),
    "because_coverage": ("open questions", "답하지 않은 질문"),
    "waits_for_proof": ("waits for early deployment and PMF", "초기 배포와 PMF 입증 뒤로 미룸"),
    "unanswered": ("Unanswered ({n})", "답하지 않은 질문 ({n}개)"),
    "bank_changed": (
        "(the question bank changed between these reviews)",
        "(두 점검 사이에 질문 목록이 바뀌었습니다)",
    ),
    "basics_changed": ("Basics that changed", "바뀐 회사 기본 정보"),
    "flags_raised": ("Flags raised", "새로 표시된 항목"),
    "flags_cleared": ("Flags cleared", "해소된 항목"),
    "answers_changed": ("Answers that changed ({n})", "바뀐 답변 ({n}개)"),
}


def w(key: str, lang: Lang, /, **values: object) -> str:
    """The entry ``key`` in ``lang`` with its placeholders filled in."""
    en, ko = WORDS[key]
    return (ko if lang == "ko" else en).format(**values)
