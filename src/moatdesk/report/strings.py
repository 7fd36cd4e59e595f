"""The PDF's own words (headings, captions, templates), in English and Korean.

Content-like: every entry exists in both languages with the same placeholders
(a test checks that).  Labels of moats, horizons, sections etc. come from the
taxonomy, not from here.
"""

from __future__ import annotations

import string
from datetime import date
from xml.sax.saxutils import escape

from moatdesk.domain.textrules import Lang

STRINGS: dict[str, tuple[str, str]] = {
    # document
    "doc_kind": ("Meta-moat roadmap", "메타-해자 로드맵"),
    "doc_title": (
        "{company}: meta-moat roadmap {quarter}",
        "{company}: 메타-해자 로드맵 {quarter}",
    ),
    "doc_subject": (
        "Which meta-moats hold, when they decay and what to build before they do, {quarter}",
        "어떤 메타-해자가 유지되고 언제 약해지며 그 전에 무엇을 만들어야 하는지, {quarter}",
    ),
    "page_x_of_y": ("Page {page} of {total}", "{total}쪽 중 {page}쪽"),
    "footer_made": ("Made with MoatDesk on {date}", "{date} MoatDesk로 작성"),
    # cover
    "cover_quarter": ("Quarter", "분기"),
    "cover_date": ("Date", "작성일"),
    "cover_language": ("Language", "언어"),
    "language_name": ("English", "한국어"),
    "cover_sector": ("Sector", "산업"),
    "cover_stage": ("Stage", "투자 단계"),
    "cover_stack": ("Position in the AI stack", "AI 스택에서의 위치"),
    "cover_team": ("Team size", "팀 규모"),
    "cover_runway": ("Runway", "런웨이"),
    "cover_status": ("Assessment", "평가 상태"),
    "cover_bank": ("Question bank", "질문 목록"),
    "people": ("{n} people", "{n}명"),
    "people_one": ("{n} person", "{n}명"),  # English needs the singular; Korean does not
    "months_n": ("{n} months", "{n}개월"),
    "months_one": ("{n} month", "{n}개월"),
    "amended": ("amended", "수정됨"),
    "summary_heading": ("Summary", "요약"),
    "first_steps": ("First steps", "먼저 할 일"),
    "first_steps_none": (
        "No action is due: every moat holds past month 60.",
        "당장 필요한 실행 항목이 없습니다. 모든 해자가 60개월 이후에도 유지됩니다.",
    ),
    "summary_holding": (
        "{count} of 9 meta-moats hold today: {moats}.",
        "9개 메타-해자 중 {count}개가 현재 유지됩니다: {moats}.",
    ),
    "summary_unanswered": (
        "No question is answered yet for {quarter}, so every moat scores 0 for now. Answer the "
        "wizard's questions and export again.",
        "{quarter} 평가에 답한 질문이 아직 없어 모든 해자의 점수가 지금은 0입니다. 마법사의 "
        "질문에 답한 뒤 다시 내보내세요.",
    ),
    "summary_none_holding": (
        "None of the 9 meta-moats holds today.",
        "현재 유지되는 메타-해자가 없습니다.",
    ),
    "summary_soonest": (
        "The soonest decay: {moat} stops holding {when}.",
        "가장 먼저 약해지는 해자: {moat}, {when} 유지되지 않습니다.",
    ),
    "summary_no_decay": (
        "No moat that holds today stops holding within 60 months.",
        "현재 유지되는 해자 중 60개월 안에 유지되지 않게 되는 해자는 없습니다.",
    ),
    "summary_top_risk": (
        "The top risk: {risk} ({severity}).",
        "가장 큰 위험: {risk} ({severity}).",
    ),
    "summary_no_risk": ("No risk was flagged.", "표시된 위험이 없습니다."),
    "when_now": ("already now", "이미 현재"),
    "when_month": ("at month {n}", "{n}개월 시점에"),
    # chart
    "sec_chart": ("Meta-moats over time", "시간에 따른 메타-해자"),
    "chart_intro": (
        "Strength of each meta-moat (0-100) now and over the next five years, grouped by "
        "the horizon on which it matters. A moat holds while its strength is at least "
        "{threshold}; the marker shows the month it stops holding.",
        "각 메타-해자의 강도(0-100)를 현재부터 5년 뒤까지, 중요해지는 시간 지평별로 묶어 "
        "보여 줍니다. 강도가 {threshold} 이상이면 해자가 유지되며, 표시는 유지되지 않게 "
        "되는 시점을 나타냅니다.",
    ),
    "month_now": ("Now", "현재"),
    "month_n": ("{n} mo", "{n}개월"),
    "holds_until": ("Holds until", "유지 기간"),
    "holds_past": ("60+ mo", "60개월+"),
    "holds_not": ("not now", "현재 아님"),
    "legend_strength": ("Strength", "강도"),
    "legend_below": ("Below {threshold}: does not hold", "{threshold} 미만: 유지되지 않음"),
    "legend_stops": ("Stops holding here", "이 시점부터 유지되지 않음"),
    # per moat
    "sec_moats": ("Moat by moat", "해자별 상세"),
    "moat_score": ("Score {score} / 100", "점수 {score} / 100"),
    "moat_coverage": ("{percent}% of its questions answered", "관련 질문의 {percent}%에 답함"),
    "moat_holds_until": ("holds until month {n}", "{n}개월까지 유지"),
    "moat_holds_past": ("holds past month 60", "60개월 이후에도 유지"),
    "moat_not_holding": ("does not hold now", "현재 유지되지 않음"),
    "moat_why": ("Why", "근거"),
    "moat_more_answers": (
        "{count} more answers had smaller effects on this score; the appendix lists every answer.",
        "이 밖에 {count}개 답변이 이 점수에 더 작은 영향을 주었습니다. "
        "전체 답변은 부록에 있습니다.",
    ),
    "moat_no_answers": (
        "No answer feeds this moat yet.",
        "아직 이 해자에 반영된 답변이 없습니다.",
    ),
    "moat_outlook": ("Decay outlook", "약화 전망"),
    "moat_accelerated": ("Sped up by: {items}", "가속 요인: {items}"),
    "moat_slowed": ("Slowed by: {items}", "완화 요인: {items}"),
    "col_question": ("Question", "질문"),
    "col_answer": ("Answer", "답변"),
    "col_points": ("Points", "증감"),
    "col_essay": ("Essay section", "에세이 섹션"),
    # flags
    "sec_flags": ("Risks and opportunities", "위험과 기회"),
    "flags_none": ("Nothing was flagged this quarter.", "이번 분기에 표시된 항목이 없습니다."),
    "flag_affects": ("Affects: {moats}", "영향받는 해자: {moats}"),
    "flag_because": ("Because of: {answers}", "근거 답변: {answers}"),
    # roadmap
    "sec_roadmap": ("Roadmap", "로드맵"),
    "roadmap_none": ("No action in this period.", "이 기간에 해당하는 실행 항목이 없습니다."),
    "action_for": ("Protects or builds: {moat}", "보호·구축 대상: {moat}"),
    "action_before": ("before month {n}, when it stops holding", "{n}개월째에 약해지기 전에"),
    "action_now": ("it does not hold now", "현재 유지되지 않음"),
    "action_no_decay": ("that moat holds past month 60", "해당 해자는 60개월 이후에도 유지"),
    # trend
    "sec_trend": ("Trend across quarters", "분기별 추이"),
    "trend_single": (
        "This is the first assessment of this profile; the trend appears from the next quarter.",
        "이 프로필의 첫 평가입니다. 추이는 다음 분기부터 표시됩니다.",
    ),
    "trend_moat": ("Meta-moat", "메타-해자"),
    "changed_since": ("What changed since {quarter}", "{quarter} 이후 달라진 점"),
    "changed_moats": ("Moat strength", "해자 강도"),
    "changed_answers": ("Answers", "답변"),
    "changed_flags_new": ("New flags: {items}", "새로 표시된 항목: {items}"),
    "changed_flags_gone": ("Cleared flags: {items}", "해소된 항목: {items}"),
    "changed_nothing": ("No answer changed.", "바뀐 답변이 없습니다."),
    "changed_bank": (
        "The question bank changed from version {before} to {after}; some differences may "
        "come from the new questions rather than from the company.",
        "질문 목록이 {before} 버전에서 {after} 버전으로 바뀌었습니다. 일부 차이는 회사가 "
        "아니라 새 질문 때문일 수 있습니다.",
    ),
    "unanswered": ("not answered", "답하지 않음"),
    # appendix
    "sec_appendix": ("Appendix: every question and answer", "부록: 모든 질문과 답변"),
    "appendix_answer": ("Answer: {answer}", "답변: {answer}"),
    "appendix_note": ("Note", "메모"),
    "sec_method": ("Methodology", "방법론"),
    "sec_essay": ("Essay reference", "에세이 참고 문헌"),
    "method_scores": (
        "Each meta-moat's score (0-100) is the weighted mean of the answers that feed it, as "
        "set in the question bank. A positive weight counts the answer as strength; a negative "
        "weight counts it as exposure. Only answered questions count, and an answer given with "
        "low confidence is pulled toward the neutral middle. The points in each moat's table "
        "show how far each answer moved the score from a neutral 50.",
        "각 메타-해자의 점수(0-100)는 질문 목록에 정해진 가중치로 해당 해자에 반영되는 답변들을 "
        "가중 평균한 값입니다. 양의 가중치는 답변을 강점으로, 음의 가중치는 노출 위험으로 "
        "셉니다. 답한 질문만 반영되며, 확신이 낮은 답변은 중립 쪽으로 당겨집니다. 해자별 표의 "
        "증감은 각 답변이 중립값 50에서 점수를 얼마나 움직였는지 보여 줍니다.",
    ),
    "method_decay": (
        "Each moat's strength starts at its score and halves over a period set by the horizon "
        "on which it matters: short-term moats fade within months, long-term moats over years. "
        "Every risk flag that affects a moat shortens that period; compounding mechanisms (a "
        "working data flywheel, for example) lengthen it, and a strong one lets a long-term "
        "moat that holds today keep growing. The strengths at 0, 6, 12, 24, 36 and 60 months "
        "follow from that; a moat holds while its strength is at least {threshold}.",
        "각 해자의 강도는 점수에서 출발해, 그 해자가 중요한 시간 지평에 따라 정해진 기간마다 "
        "절반으로 줄어듭니다. 단기 해자는 몇 달 안에, 장기 해자는 몇 년에 걸쳐 약해집니다. "
        "해자에 영향을 주는 위험은 그 기간을 줄이고, 복리 효과를 내는 메커니즘(예: 작동하는 "
        "데이터 플라이휠)은 늘리며, 강한 메커니즘은 지금 유지되는 장기 해자를 계속 키우기도 "
        "합니다. 0, 6, 12, 24, 36, 60개월 시점의 강도는 이렇게 계산되며, 강도가 {threshold} "
        "이상인 동안 해자가 유지됩니다.",
    ),
    "method_actions": (
        "A moat that stops holding within 60 months, or scores weak today, gets actions that "
        "protect or rebuild it; every flag raised brings its own actions. An action's period "
        "follows from the month its moat stops holding, and within a period actions are listed "
        "by how soon that is, how severe the flag and how weak the moat.",
        "60개월 안에 유지되지 않게 되거나 지금 약한 해자에는 그 해자를 지키거나 다시 세우는 "
        "실행 항목이 붙고, 표시된 위험·기회마다 그에 맞는 항목이 더해집니다. 항목의 기간은 해당 "
        "해자가 유지되지 않게 되는 시점에서 정해지며, 같은 기간 안에서는 그 시점이 얼마나 "
        "가까운지, 위험이 얼마나 심각한지, 해자가 얼마나 약한지에 따라 나열됩니다.",
    ),
    "method_bank": (
        "This assessment was answered against question bank version {answered}; the report was "
        "computed with version {current}. The same answers always give the same roadmap.",
        "이 평가는 질문 목록 {answered} 버전으로 답했으며, 이 보고서는 {current} 버전으로 "
        "계산했습니다. 같은 답변은 언제나 같은 로드맵을 만듭니다.",
    ),
    "essay_citation": (
        'Michael Dempsey, "The Shifting Dynamics and Meta-Moats of AI", Compound. MoatDesk\'s '
        "questions and recommendations paraphrase its sections: {sections}.",
        "Michael Dempsey, 「AI의 변화하는 역학 및 메타-해자」(The Shifting Dynamics and "
        "Meta-Moats of AI), Compound. MoatDesk의 질문과 권고는 다음 섹션을 바탕으로 새로 "
        "쓴 것입니다: {sections}.",
    ),
    "essay_disclaimer": (
        "MoatDesk is a self-assessment aid, not investment advice; the scores reflect the "
        "answers given, not an outside audit.",
        "MoatDesk는 자가 진단 도구이며 투자 조언이 아닙니다. 점수는 외부 감사가 아니라 "
        "입력한 답변을 반영합니다.",
    ),
    # the optional scenarios page (sections/scenarios.py)
    "sec_scenarios": ("What if: scenarios", "가정: 시나리오"),
    "wi_intro": (
        "Each what-if runs on a scratch copy of the {quarter} review; the review itself is"
        " unchanged. Stop quarters before and after, side by side.",
        "각 가정은 {quarter} 점검의 사본에서 계산합니다. 점검 자체는 바뀌지 않습니다."
        " 유지 종료 분기를 전후로 나란히 보여 줍니다.",
    ),
    "wi_earliest": (
        "Earliest stop: {before} now, {after} with this what-if ({moved})",
        "가장 이른 유지 종료: 현재 {before}, 이 가정에서는 {after} ({moved})",
    ),
    "wi_no_changes": (
        "None of its changes apply to this review.",
        "이 점검에 적용되는 변경이 없습니다.",
    ),
    "wi_col_moat": ("Meta-moat", "메타-해자"),
    "wi_col_score": ("Score", "점수"),
    "wi_col_stops_now": ("Stops now", "현재 유지 종료"),
    "wi_col_stops_if": ("Stops if", "가정 시 유지 종료"),
    "wi_col_moved": ("Moved", "변화"),
    "wi_moved_none": ("no change", "변화 없음"),
    "wi_later_1": ("{n} quarter later", "{n}분기 늦게"),
    "wi_later": ("{n} quarters later", "{n}분기 늦게"),
    "wi_earlier_1": ("{n} quarter earlier", "{n}분기 이르게"),
    "wi_earlier": ("{n} quarters earlier", "{n}분기 이르게"),
    "wi_at_least": ("at least {moved}", "최소 {moved}"),
    "wi_not_assessed": ("not assessed", "평가되지 않음"),
    "wi_not_holding": ("not holding now", "지금 유지되지 않음"),
    "wi_holds_past": ("holds past {quarter}", "{quarter} 이후까지 유지"),
    "wi_basic_stage": ("Stage", "투자 단계"),
    "wi_basic_team_size": ("Team size", "팀 규모"),
    "wi_basic_runway_months": ("Runway (months)", "런웨이(개월)"),
    "wi_basic_stack_position": ("Stack position", "AI 스택에서의 위치"),
    "wi_basic_sector": ("Sector", "산업"),
    "wi_flag_raised": ("Raised: {flag} ({severity})", "새로 생김: {flag} ({severity})"),
    "wi_flag_cleared": ("Cleared: {flag}", "사라짐: {flag}"),
    "wi_flag_severity": (
        "Severity of {flag}: {before} → {after}",
        "{flag}의 심각도: {before} → {after}",
    ),
    "wi_do_first_new": ("New do-first: {action}", "새로 먼저 할 일: {action}"),
    "wi_do_first_gone": ("No longer do-first: {action}", "더는 먼저 할 일이 아님: {action}"),
    "wi_leverage": ("Your highest-leverage answers", "가장 영향이 큰 답"),
    "wi_leverage_intro": (
        "Of {count} one-step changes to this review's answers, these move the earliest stop"
        " quarter (now {earliest}) the most: the natural start of next quarter's plan.",
        "이 점검의 답을 한 단계씩 바꾼 {count}가지 가운데, 가장 이른 유지 종료 분기(현재"
        " {earliest})를 가장 크게 움직이는 답입니다. 다음 분기 계획은 여기서 시작하면 됩니다.",
    ),
    "wi_leverage_none": (
        "No one-step change to an answer moves any stop quarter.",
        "답을 한 단계 바꿔도 유지 종료 분기가 움직이지 않습니다.",
    ),
    "wi_leverage_effect": (
        "the earliest stop moves {earliest}; all moats together {total}",
        "가장 이른 유지 종료 {earliest}, 전체 해자 {total}",
    ),
}

_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def t(key: str, lang: Lang, /, **values: object) -> str:
    """The PDF string ``key`` in ``lang``, with its placeholders filled in."""
    en, ko = STRINGS[key]
    return (ko if lang == "ko" else en).format(**values)


def t_markup(key: str, lang: Lang, /, **markup: str) -> str:
    """Like ``t`` for Paragraph markup: the template is escaped, the values (already
    safe markup, e.g. a founder's escaped answer) are inserted as they are."""
    en, ko = STRINGS[key]
    parts = []
    for literal, name, _, _ in _FORMATTER.parse(ko if lang == "ko" else en):
        parts.append(escape(literal))
        if name:
            parts.append(markup[name])
    return "".join(parts)


_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(day: date, lang: Lang) -> str:
    """27 November 2026 / 2026년 11월 27일."""
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_month(month: int, lang: Lang) -> str:
    return t("month_now", lang) if month == 0 else t("month_n", lang, n=month)


def format_score(value: float) -> str:
    return f"{value:.0f}"


def format_points(value: float) -> str:
    """Signed points with a real minus sign: +12, −4, 0."""
    rounded = round(value)
    if rounded > 0:
        return f"+{rounded}"
    return f"−{-rounded}" if rounded < 0 else "0"


def join_list(items: list[str], lang: Lang) -> str:
    return ", ".join(items) if items else "—"
