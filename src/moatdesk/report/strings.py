"""The PDF's own words (headings, captions, templates), in English and Korean; and the
one table of how a stop quarter is said, which the screen and the CLI read too.

Content-like: every entry exists in both languages with the same placeholders
(a test checks that).  Labels of moats, horizons, sections etc. come from the
taxonomy, not from here.

How a moat's outlook is said ("stops holding around 2027-Q3", "holds past 2031-Q3",
"does not hold now", "not assessed") and how its stop quarter moved ("2 quarters later
than projected in 2026-Q2") live here once, in ``outlook_words``, ``moved_words`` and
``shift_words``: the results screen, the what-if panel, the countdown, the PDF and
``moatdesk show``/``compare`` all call them, so no output can drift from another
(tests/ui/test_stop_words.py).  Here, because this is the lowest layer every one of
them may import (the domain holds no wording, report <- ui, cli), because it already
has the counted-phrase mechanism (``tn`` with ``_one`` entries), and because this
module imports nothing heavy (no reportlab, no pydantic: only the standard library and
``domain.textrules``), so the screens may read it on the start-up path
(tests/ui/test_startup_path.py).
"""

from __future__ import annotations

import string
from datetime import date
from html import escape as _escape_html
from typing import TYPE_CHECKING, Literal

from moatdesk.domain.textrules import Lang

if TYPE_CHECKING:
    from moatdesk.domain.results import Action, HoldSummary, MoatOutlook, Roadmap, StopShift


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities, as xml.sax.saxutils.escape does (whose import
    pulls in urllib.request, http.client and ssl: ~8 MiB of a process, issue 16)."""
    return _escape_html(text, quote=False)


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
    # the brief (page 1)
    "kind_brief": ("Brief", "요약본"),
    "kind_investor": ("Investor view", "투자자용"),
    "brief_quarter": ("{quarter} review · {status}", "{quarter} 분기 점검 · {status}"),
    "amended": ("amended", "수정됨"),
    "people": ("{n} people", "{n}명"),
    "people_one": ("{n} person", "{n}명"),
    "runway": ("{n} months of runway", "런웨이 {n}개월"),
    "runway_one": ("{n} month of runway", "런웨이 {n}개월"),
    "brief_picture": ("Which moat stops holding when", "어떤 해자가 언제 유지되지 않게 되는지"),
    # how many moats hold (hold_counts_words: the screen, the history, the CLI, page 1)
    "hold_counts": (
        "{holding} of {total} moats hold now",
        "해자 {total}개 중 {holding}개가 현재 유지됨",
    ),
    "hold_counts_one": (
        "{holding} of {total} moats holds now",
        "해자 {total}개 중 {holding}개가 현재 유지됨",
    ),
    "hold_counts_short": ("{holding} of {total} hold", "{total}개 중 {holding}개 유지"),
    "hold_counts_short_one": ("{holding} of {total} holds", "{total}개 중 {holding}개 유지"),
    "hold_counts_not_assessed": ("{n} not assessed", "{n}개는 평가되지 않음"),
    "brief_first_stop": (
        "The first to stop holding: {moat}, around {quarter}.",
        "가장 먼저 유지되지 않게 되는 해자: {moat}, {quarter} 무렵.",
    ),
    "brief_unanswered": (
        "No question is answered yet for {quarter}, so no moat is assessed. Answer the wizard's "
        "questions and export again.",
        "{quarter} 평가에 답한 질문이 아직 없어 평가된 해자가 없습니다. 마법사의 질문에 답한 "
        "뒤 다시 내보내세요.",
    ),
    "shifts_heading": ("Since the {quarter} review", "{quarter} 분기 점검 이후"),
    "first_review": (
        "First review: from the next review on, this page shows how each stop quarter moved.",
        "첫 점검입니다. 다음 점검부터 이 쪽에 해자별로 유지가 끝나는 분기가 어떻게 "
        "움직였는지 표시됩니다.",
    ),
    "shift_later": ("{n} quarters later", "{n}개 분기 늦춰짐"),
    "shift_later_one": ("{n} quarter later", "{n}개 분기 늦춰짐"),
    "shift_earlier": ("{n} quarters earlier", "{n}개 분기 앞당겨짐"),
    "shift_earlier_one": ("{n} quarter earlier", "{n}개 분기 앞당겨짐"),
    "shifts_outran": ("Later — we outran the decay", "늦춰짐 — 약화를 앞질렀습니다"),
    "shifts_lost": ("Earlier — we lost ground", "앞당겨짐 — 약화가 빨라졌습니다"),
    "shifts_other": ("Not comparable", "비교할 수 없음"),
    "shifts_unchanged": ("{n} moats unchanged.", "{n}개 해자는 그대로입니다."),
    "shifts_unchanged_one": ("{n} moat unchanged.", "{n}개 해자는 그대로입니다."),
    "shifts_none": (
        "No stop quarter moved since the {quarter} review.",
        "{quarter} 분기 점검 이후 유지가 끝나는 분기가 움직인 해자가 없습니다.",
    ),
    "do_first": ("Do first", "먼저 할 일"),
    "do_first_none": (
        "Nothing is due first this quarter; the roadmap below lists what comes later.",
        "이번 분기에 먼저 할 일은 없습니다. 이후에 할 일은 로드맵에 있습니다.",
    ),
    "do_first_none_brief": (
        "Nothing is due first this quarter.",
        "이번 분기에 먼저 할 일은 없습니다.",
    ),
    "why_now": ("Why now: {reasons}", "지금 해야 하는 이유: {reasons}"),
    "why_stops": ("{moat} stops holding around {quarter}", "{moat}, {quarter} 무렵 유지되지 않음"),
    "why_not_holding": ("{moat} does not hold now", "{moat}, 현재 유지되지 않음"),
    "why_not_assessed": (
        "{moat} is not assessed: too many of its questions are open",
        "{moat}, 답하지 않은 질문이 많아 아직 평가되지 않음",
    ),
    "why_holds": ("{moat} holds past {quarter}", "{moat}, {quarter} 이후에도 유지"),
    "why_flag": ("raised risk: {flag}", "표시된 위험: {flag}"),
    "why_opportunity": ("opportunity: {flag}", "기회: {flag}"),
    "why_coverage": ("answers missing", "답하지 않은 질문이 있음"),
    "risks_heading": ("Gravest risks", "가장 심각한 위험"),
    "risks_none": ("No risk is raised.", "표시된 위험이 없습니다."),
    "risk_affects": ("{risk} — affects {moats}", "{risk} — 영향받는 해자: {moats}"),
    "risks_more": ("{n} more risks in the detail.", "상세 내용에 위험이 {n}개 더 있습니다."),
    "risks_more_one": ("{n} more risk in the detail.", "상세 내용에 위험이 {n}개 더 있습니다."),
    "withheld_line": ("Withheld from this view: {items}.", "이 보고서에서 제외한 내용: {items}."),
    "withheld_nothing": (
        "Investor view: nothing private was found to withhold.",
        "투자자용: 제외할 비공개 내용이 없습니다.",
    ),
    "withheld_notes": ("notes on {n} answers", "답변 {n}개의 메모"),
    "withheld_notes_one": ("the note on {n} answer", "답변 {n}개의 메모"),
    "withheld_text": ("{n} free-text answers", "서술형 답변 {n}개"),
    "withheld_text_one": ("{n} free-text answer", "서술형 답변 {n}개"),
    "withheld_private": ("{n} answers marked private", "비공개로 표시한 답변 {n}개"),
    "withheld_private_one": ("{n} answer marked private", "비공개로 표시한 답변 {n}개"),
    "withheld_quotes": ("{n} quotations in the roadmap", "로드맵의 인용 {n}개"),
    "withheld_quotes_one": ("{n} quotation in the roadmap", "로드맵의 인용 {n}개"),
    "withheld_scenarios": ("the names of {n} saved what-ifs", "저장한 가정 {n}개의 이름"),
    "withheld_scenarios_one": ("the name of {n} saved what-if", "저장한 가정 {n}개의 이름"),
    "withheld": ("withheld", "비공개"),
    # the brief alone: its second page
    "brief_rest": ("The rest of the roadmap", "로드맵의 나머지"),
    "brief_rest_more": ("and {n} more in the full roadmap", "외 {n}개는 전체 로드맵에 있습니다"),
    "brief_rest_more_one": (
        "and {n} more in the full roadmap",
        "외 {n}개는 전체 로드맵에 있습니다",
    ),
    "brief_rest_none": ("No later action.", "이후 실행 항목이 없습니다."),
    "brief_not_assessed_heading": ("Not assessed yet", "아직 평가되지 않은 해자"),
    "brief_full": (
        "The full roadmap adds each moat's reasons, every flag, the trend and every answer.",
        "전체 로드맵에는 해자별 근거, 모든 위험과 기회, 추이, 모든 답변이 더 담겨 있습니다.",
    ),
    # metadata (the appendix; the brief's last lines)
    "sec_about": ("About this report", "이 보고서에 대해"),
    "about_made": ("Made on", "작성일"),
    "about_language": ("Language", "언어"),
    "language_name": ("English", "한국어"),
    "about_status": ("Assessment", "평가 상태"),
    "about_bank": ("Question bank", "질문 목록"),
    "about_app": ("MoatDesk version", "MoatDesk 버전"),
    "about_view": ("Document", "문서"),
    "view_full": ("Full roadmap", "전체 로드맵"),
    "view_brief": ("Brief", "요약본"),
    "view_investor_full": ("Full roadmap, investor view", "전체 로드맵, 투자자용"),
    "view_investor_brief": ("Brief, investor view", "요약본, 투자자용"),
    "when_month": ("month {n}", "{n}개월"),
    "not_assessed": ("not assessed", "평가되지 않음"),
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
    "holds_until": ("Stops holding", "유지 종료"),
    "holds_past": ("past {quarter}", "{quarter} 이후"),
    "holds_not": ("not now", "현재 아님"),
    "chart_not_assessed": (
        "too few answers to tell: answer its questions",
        "답변이 적어 판단할 수 없습니다. 관련 질문에 답하세요",
    ),
    "legend_strength": ("Strength", "강도"),
    "legend_below": ("Below {threshold}: does not hold", "{threshold} 미만: 유지되지 않음"),
    "legend_stops": ("Stops holding here", "이 시점부터 유지되지 않음"),
    # per moat
    "sec_moats": ("Moat by moat", "해자별 상세"),
    "moat_score": ("Score {score} / 100", "점수 {score} / 100"),
    "moat_coverage": ("{percent}% of its questions answered", "관련 질문의 {percent}%에 답함"),
    "moat_holds_until": ("holds until month {n}", "{n}개월까지 유지"),
    "moat_why": ("Why", "근거"),
    "moat_more_answers": (
        "{n} more answers had smaller effects on this score; the appendix lists every answer.",
        "이 밖에 답변 {n}개가 이 점수에 더 작은 영향을 주었습니다. 전체 답변은 부록에 있습니다.",
    ),
    "moat_more_answers_one": (
        "{n} more answer had a smaller effect on this score; the appendix lists every answer.",
        "이 밖에 답변 {n}개가 이 점수에 더 작은 영향을 주었습니다. 전체 답변은 부록에 있습니다.",
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
    "action_do_first": ("Do first (page 1)", "먼저 할 일 (1쪽)"),
    "action_in_our_words": ("In our own words:", "우리가 쓴 말:"),
    "action_waits_for_proof": (
        "waits until early deployment and PMF hold (essay section 7)",
        "초기 배포와 PMF가 유지될 때까지 기다립니다(에세이 7장)",
    ),
    # trend
    "sec_trend": ("Trend across quarters", "분기별 추이"),
    "trend_stops": ("Stop quarter by review", "점검별 유지가 끝나는 분기"),
    "trend_scores": ("Strength by review", "점검별 강도"),
    "trend_left_out": (
        "{n} earlier reviews ({first} to {last}) are left out for room; the app's history "
        "shows them all.",
        "지면 관계로 이전 점검 {n}개({first}–{last})는 생략했습니다. 앱의 기록에서 모두 볼 "
        "수 있습니다.",
    ),
    "trend_left_out_one": (
        "{n} earlier review ({first}) is left out for room; the app's history shows it.",
        "지면 관계로 이전 점검 {n}개({first})는 생략했습니다. 앱의 기록에서 볼 수 있습니다.",
    ),
    "trend_past": ("past {quarter}", "{quarter} 이후"),
    "trend_now": ("not now", "현재 아님"),
    "trend_past_note": (
        "{quarter}+: holds past the end of that review's projection; not now: below the line "
        "in that quarter; —: not assessed.",
        "{quarter}+: 그 점검의 전망 기간이 끝난 뒤에도 유지됩니다. 현재 아님: 그 분기에 이미 "
        "기준선 아래입니다. —: 평가되지 않음.",
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
    # an investor view's title for a saved what-if of the founder's own (no preset)
    "wi_untitled": ("What-if {number}", "가정 {number}"),
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
    # How a stop quarter is said, on every screen, in the PDF and in the CLI: one table
    # (outlook_words, moved_words, shift_words below).  The compact forms of an outlook are
    # "not_assessed", "holds_not" and "holds_past" above (the chart's, page 1's arrows).
    "outlook_stops": ("stops holding around {quarter}", "{quarter} 무렵 유지되지 않음"),
    "outlook_holds_past": ("holds past {quarter}", "{quarter} 이후에도 유지"),
    "outlook_not_holding": ("does not hold now", "현재 유지되지 않음"),
    "outlook_month": ("{outlook} (month {month})", "{outlook} ({month}개월째)"),
    "moved_none": ("no change", "변화 없음"),
    "moved_at_least": ("at least {moved}", "최소 {moved}"),
    "shift_later_than": (
        "{n} quarters later than projected in {quarter}",
        "{quarter} 전망보다 {n}개 분기 늦춰짐",
    ),
    "shift_later_than_one": (
        "{n} quarter later than projected in {quarter}",
        "{quarter} 전망보다 {n}개 분기 늦춰짐",
    ),
    "shift_earlier_than": (
        "{n} quarters earlier than projected in {quarter}",
        "{quarter} 전망보다 {n}개 분기 앞당겨짐",
    ),
    "shift_earlier_than_one": (
        "{n} quarter earlier than projected in {quarter}",
        "{quarter} 전망보다 {n}개 분기 앞당겨짐",
    ),
    "shift_same_as": ("same as projected in {quarter}", "{quarter} 전망과 같음"),
    "shift_both_past": ("held past the horizon both times", "두 번 모두 전망 끝까지 유지"),
    "shift_now_past": ("now holds past the horizon", "이제 전망 끝까지 유지"),
    "shift_now_stops": (
        "now stops holding around {quarter}; held past the horizon in {since}",
        "이제 {quarter} 무렵 유지되지 않음, {since}에는 전망 끝까지 유지",
    ),
    "shift_not_assessed_then": ("not assessed in {quarter}", "{quarter}에는 평가되지 않음"),
    "shift_not_comparable": ("not comparable", "비교할 수 없음"),
}

_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


def t(key: str, lang: Lang, /, **values: object) -> str:
    """The PDF string ``key`` in ``lang``, with its placeholders filled in."""
    en, ko = STRINGS[key]
    return (ko if lang == "ko" else en).format(**values)


def tn(key: str, lang: Lang, /, n: int, **values: object) -> str:
    """A string that counts ``n`` things: ``key_one`` for exactly one, else ``key``.

    Korean has no plural, so both entries read the same there; English needs them apart
    ("1 month", "2 months"), and every count in the PDF goes through here.
    """
    singular = f"{key}_one"
    return t(singular if n == 1 and singular in STRINGS else key, lang, n=f"{n:,}", **values)


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


OutlookForm = Literal["sentence", "cell", "compact"]


def outlook_words(
    status: str,
    stop_quarter: str | None,
    horizon_end: str,
    lang: Lang,
    /,
    form: OutlookForm = "sentence",
    month: int | None = None,
) -> str:
    """How a moat's outlook is said: "stops holding around 2027-Q3", "holds past 2031-Q3",
    "does not hold now" or "not assessed".

    ``form="cell"`` is for a column headed "stops": a stop quarter alone ("2027-Q3");
    ``form="compact"`` also shortens the others ("past 2031-Q3", "not now") for the chart
    and "before → after" arrows.  ``month`` adds the month a stopping moat stops in.
    """
    if status == "not_assessed":
        return t("not_assessed", lang)
    compact = form == "compact"
    if status == "not_holding":
        return t("holds_not" if compact else "outlook_not_holding", lang)
    if status == "holds_past":
        return t("holds_past" if compact else "outlook_holds_past", lang, quarter=horizon_end)
    text = t("outlook_stops", lang, quarter=stop_quarter) if form == "sentence" else None
    text = text or stop_quarter or "—"
    return text if month is None else t("outlook_month", lang, outlook=text, month=month)


def moved_words(quarters: int | None, lang: Lang, /, open_ended: bool = False) -> str:
    """How far a stop quarter moved: "2 quarters later", "1 quarter earlier", "no change",
    "at least 3 quarters later" (open-ended: it now holds past the horizon); "" for None."""
    if quarters is None:
        return ""
    if quarters == 0:
        return t("moved_none", lang)
    text = tn("shift_later" if quarters > 0 else "shift_earlier", lang, abs(quarters))
    return t("moved_at_least", lang, moved=text) if open_ended else text


def shift_words(shift: StopShift, since: str, lang: Lang, /) -> str:
    """How a moat's stop quarter moved since the review of quarter ``since``:
    "2 quarters later than projected in 2026-Q2", "… earlier …", "same as projected in
    2026-Q2", or why it cannot be compared."""
    if shift.direction == "not_comparable":
        if shift.before_status == "not_assessed" and shift.after_status != "not_assessed":
            return t("shift_not_assessed_then", lang, quarter=since)
        return t("shift_not_comparable", lang)
    moved = shift.quarters_moved
    if moved is None:  # one side or both hold past the horizon: no count of quarters
        if shift.direction == "same":
            return t("shift_both_past", lang)
        if shift.direction == "later":
            return t("shift_now_past", lang)
        return t("shift_now_stops", lang, quarter=shift.after, since=since)
    if moved == 0:
        return t("shift_same_as", lang, quarter=since)
    key = "shift_later_than" if moved > 0 else "shift_earlier_than"
    return tn(key, lang, abs(moved), quarter=since)


def earliest_words(position_label: str | None, lang: Lang, /) -> str:
    """The domain's earliest-stop label (``whatif.earliest_label``: "2027-Q3", ">2031-Q4"
    past the horizon, None when no moat is assessed) in words."""
    if position_label is None:
        return outlook_words("not_assessed", None, "", lang)
    if position_label.startswith(">"):
        return outlook_words("holds_past", None, position_label[1:], lang)
    return position_label


def hold_counts_words(summary: HoldSummary, lang: Lang, /, short: bool = False) -> str:
    """ "7 of 9 moats hold now, 1 not assessed" (``short``: "7 of 9 hold, 1 not assessed",
    for the history's column): the results screen, the history, the CLI and page 1."""
    key = "hold_counts_short" if short else "hold_counts"
    text = tn(key, lang, summary.holding, holding=summary.holding, total=summary.total)
    if summary.not_assessed:
        text += ", " + t("hold_counts_not_assessed", lang, n=summary.not_assessed)
    return text


def why_now_words(action: Action, roadmap: Roadmap, moat_label: str, lang: Lang, /) -> str:
    """ "Why now: <moat> stops holding around 2027-Q3; raised risk: <flag>" for one action
    of ``roadmap`` (the results screen and the PDF's do-first table): its moat's outlook,
    then each raised risk or opportunity it answers, then open questions."""
    outlook = next(o for o in roadmap.outlooks if o.moat == action.moat)
    if outlook.status == "not_assessed":
        reasons = [t("why_not_assessed", lang, moat=moat_label)]
    elif outlook.status == "not_holding":
        reasons = [t("why_not_holding", lang, moat=moat_label)]
    elif outlook.status == "stops":
        reasons = [t("why_stops", lang, moat=moat_label, quarter=outlook.stop_quarter)]
    else:
        reasons = [t("why_holds", lang, moat=moat_label, quarter=outlook.horizon_end)]
    flags = {flag.id: flag for flag in roadmap.flags}
    for cause in action.because_of:
        flag = flags.get(cause)
        if flag is not None:
            key = "why_flag" if flag.kind.value == "risk" else "why_opportunity"
            reasons.append(t(key, lang, flag=flag.title.get(lang)))
        elif cause == "coverage" and outlook.status != "not_assessed":
            reasons.append(t("why_coverage", lang))
    return t("why_now", lang, reasons="; ".join(reasons))


def capitalized(text: str) -> str:
    """A phrase of the table as a label or a cell that starts with a capital ("Not
    assessed"); Korean and quarters are unchanged."""
    return text[:1].upper() + text[1:]


def chart_outcome(outlook: MoatOutlook, lang: Lang) -> tuple[str, bool]:
    """The chart's right-hand column for one moat, and whether it warns: its stop
    quarter, "not now", "past 2031-Q4" or "not assessed" (the PDF's and the screen's)."""
    text = outlook_words(outlook.status, outlook.stop_quarter, outlook.horizon_end, lang, "compact")
    return text, outlook.status in ("not_holding", "stops")


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
