"""The packaged question bank: it loads, covers the essay and feeds every moat."""

from __future__ import annotations

from collections import Counter

import pytest

from moatdesk.domain.content import ContentError, load_bank, parse_bank
from moatdesk.domain.questions import QuestionKind
from moatdesk.domain.taxonomy import HOME_HORIZON, WIZARD_SECTIONS, EssaySection, Horizon, Moat

# Ids other parts of the app (flags, examples, tests) refer to, with their kind.
REFERENCED_IDS = {
    "speed.steamroll_exposure": QuestionKind.SCALE,
    "speed.better_model_gain": QuestionKind.SCALE,
    "speed.x_but_with_ai": QuestionKind.YES_NO,
    "speed.infra_rate_limit": QuestionKind.SCALE,
    "data.stack_ownership": QuestionKind.SCALE,
    "data.locked_data_partnerships": QuestionKind.CHOICE,
    "data.real_world_feedback": QuestionKind.SCALE,
    "synth.acquisition_hypothesis": QuestionKind.SCALE,
    "spinout.former_employer_similarity": QuestionKind.SCALE,
    "spinout.step_change": QuestionKind.SCALE,
    "spinout.incumbent_scale": QuestionKind.SCALE,
    "spinout.pmf_signal_quality": QuestionKind.SCALE,
    "contrarian.soon_solved_problem": QuestionKind.YES_NO,
    "contrarian.approach_divergence": QuestionKind.SCALE,
    "contrarian.evidence": QuestionKind.SCALE,
}


def test_bank_loads_with_version_and_enough_questions() -> None:
    bank = load_bank()
    assert bank.version == "1.0"
    assert len(bank.questions) >= 38
    assert load_bank() is bank  # cached: loaded once per process


def test_every_wizard_section_has_five_to_ten_questions() -> None:
    # Ten at most keeps a wizard page to one scroll; issue 13 added the essay's missing
    # claims to pages that already had eight.
    bank = load_bank()
    counts = Counter(q.section for q in bank.questions)
    assert set(counts) == set(WIZARD_SECTIONS)
    for section in WIZARD_SECTIONS:
        assert 5 <= counts[section] <= 10, (section, counts[section])


def test_every_moat_is_fed_by_at_least_three_questions() -> None:
    fed = Counter(f.moat for q in load_bank().questions for f in q.feeds)
    for moat in Moat:
        assert fed[moat] >= 3, moat


def test_referenced_ids_exist_with_their_kind() -> None:
    by_id = load_bank().by_id()
    for qid, kind in REFERENCED_IDS.items():
        assert qid in by_id, qid
        assert by_id[qid].kind is kind, qid


def test_question_ids_are_prefixed_by_their_section() -> None:
    prefixes = {
        "speed": "speed",
        "data_flywheel": "data",
        "synthetic_data": "synth",
        "timing_talent": "talent",
        "spinouts": "spinout",
        "contrarian": "contrarian",
    }
    for q in load_bank().questions:
        assert q.id.split(".")[0] == prefixes[q.section.value], q.id


def test_scored_questions_feed_one_to_three_moats_and_text_is_never_scored() -> None:
    questions = load_bank().questions
    texts = [q for q in questions if q.kind is QuestionKind.TEXT]
    assert 2 <= len(texts) <= 3
    for q in questions:
        if q.kind is QuestionKind.TEXT:
            assert not q.feeds, q.id
        elif q.feeds:
            assert 1 <= len(q.feeds) <= 3, q.id
            assert len({f.moat for f in q.feeds}) == len(q.feeds), q.id


def test_the_bank_mixes_answer_kinds() -> None:
    kinds = Counter(q.kind for q in load_bank().questions)
    assert kinds[QuestionKind.SCALE] > len(load_bank().questions) / 2
    for kind in (QuestionKind.CHOICE, QuestionKind.YES_NO, QuestionKind.NUMBER):
        assert kinds[kind] >= 2, kind


def test_questions_feeding_short_horizon_moats_are_reconfirmed_each_quarter() -> None:
    short = {m for m, h in HOME_HORIZON.items() if h is Horizon.SHORT}
    for q in load_bank().questions:
        if any(f.moat in short for f in q.feeds):
            assert q.reconfirm_each_quarter, q.id


def test_steamroll_exposure_weakens_speed_and_first_mover_moats() -> None:
    q = load_bank().by_id()["speed.steamroll_exposure"]
    weights = {f.moat: f.weight for f in q.feeds}
    assert weights[Moat.SHIPPING_VELOCITY] < 0
    assert weights[Moat.FIRST_TO_MARKET] < 0


def test_choice_options_rise_from_none_to_signed_partnership() -> None:
    q = load_bank().by_id()["data.locked_data_partnerships"]
    levels = {o.value: o.level for o in q.options}
    assert list(levels) == ["none", "exploring", "pilot", "signed"]
    assert levels["none"] < levels["exploring"] < levels["pilot"] < levels["signed"]


_BROKEN_SCALE = """
version = "1.0"
[[questions]]
id = "speed.fine"
section = "speed"
essay_section = "speed"
kind = "yes_no"
text = { en = "Fine?", ko = "괜찮나요?" }
help = { en = "Because.", ko = "그래서요." }

[[questions]]
id = "speed.broken_scale"
section = "speed"
essay_section = "speed"
kind = "scale"
text = { en = "Broken?", ko = "고장인가요?" }
help = { en = "Because.", ko = "그래서요." }
scale_labels = [{ en = "Only one", ko = "하나뿐" }]
"""


def test_malformed_bank_error_names_the_question_id() -> None:
    with pytest.raises(ContentError) as info:
        parse_bank(_BROKEN_SCALE, "broken.toml")
    message = str(info.value)
    assert "broken.toml" in message
    assert "speed.broken_scale" in message
    assert "speed.fine" not in message


def test_field_error_names_the_question_id_not_its_index() -> None:
    text = _BROKEN_SCALE.replace('kind = "yes_no"', 'kind = "slider"')
    with pytest.raises(ContentError) as info:
        parse_bank(text, "broken.toml")
    assert "question 'speed.fine' kind" in str(info.value)


def test_a_question_without_an_id_is_named_by_its_place() -> None:
    # the second question has no id and a wrong kind: the founder editing the file
    # is told which one (counted from 1) and how many problems there are, one per line
    text = _BROKEN_SCALE.replace('id = "speed.broken_scale"\n', "").replace(
        'kind = "yes_no"', 'kind = "slider"'
    )
    with pytest.raises(ContentError) as info:
        parse_bank(text, "broken.toml")
    message = str(info.value)
    assert "question #2 (no id)" in message
    assert "question 'speed.fine' kind" in message
    count = int(info.value.params["count"])
    assert count >= 2
    assert len(info.value.params["problems"].splitlines()) == count


def test_invalid_toml_names_the_file() -> None:
    with pytest.raises(ContentError, match=r"bad\.toml is not valid TOML"):
        parse_bank("version = ", "bad.toml")


def test_number_questions_map_levels_inside_their_allowed_range() -> None:
    numbers = [q for q in load_bank().questions if q.kind is QuestionKind.NUMBER]
    assert len(numbers) >= 3
    for q in numbers:
        assert q.number is not None
        low, high = q.number.minimum, q.number.maximum
        assert low <= q.number.zero_level_at <= high, q.id
        assert low <= q.number.full_level_at <= high, q.id


# Choices that record a camp or a path the essay does not rank: every decided option
# counts the same and only "undecided" is low (issue 13).
UNRANKED_CHOICES = {"synth.acquisition_mix", "talent.camp"}


def test_choice_options_have_distinct_levels_unless_the_essay_does_not_rank_them() -> None:
    for q in load_bank().questions:
        levels = {o.value: o.level for o in q.options}
        if q.id in UNRANKED_CHOICES:
            decided = {v for k, v in levels.items() if k != "undecided"}
            assert len(decided) == 1 and levels["undecided"] < min(decided), q.id
        else:
            assert len(levels) == len(set(levels.values())), q.id


def test_questions_cite_their_own_essay_section_or_the_framework() -> None:
    for q in load_bank().questions:
        assert q.essay_section in (q.section, EssaySection.FRAMEWORK), q.id


def test_duplicate_ids_are_named() -> None:
    second = _BROKEN_SCALE.split("[[questions]]")[1]
    text = _BROKEN_SCALE.split("[[questions]]")[0] + ("[[questions]]" + second) * 2
    with pytest.raises(ContentError, match=r"duplicate question ids: \['speed\.fine'\]"):
        parse_bank(text, "dupes.toml")


def test_missing_korean_is_named_with_the_question_and_field() -> None:
    no_korean = _BROKEN_SCALE.replace(
        'text = { en = "Fine?", ko = "괜찮나요?" }', 'text = { en = "Fine?" }'
    )
    with pytest.raises(ContentError) as info:
        parse_bank(no_korean, "b.toml")
    assert "question 'speed.fine' text.ko: Field required" in str(info.value)


def test_each_problem_line_says_where_the_file_went_wrong() -> None:
    # a rule over the whole bank is "(top level)"; an entry that is not a question at all
    # is named by its place, with nothing after it
    second = _BROKEN_SCALE.split("[[questions]]")[1]
    dupes = _BROKEN_SCALE.split("[[questions]]")[0] + ("[[questions]]" + second) * 2
    with pytest.raises(ContentError) as info:
        parse_bank(dupes, "dupes.toml")
    assert info.value.params["problems"].startswith("  - (top level): ")
    with pytest.raises(ContentError) as info:
        parse_bank('version = "1.0"\nquestions = ["junk"]\n', "junk.toml")
    assert info.value.params["problems"].startswith("  - question #1 (no id): ")
    with pytest.raises(ContentError) as info:
        parse_bank("questions = []\n", "empty.toml")
    assert "  - version: " in info.value.params["problems"]


def test_a_content_file_that_cannot_be_read_is_named_with_the_reason() -> None:
    from moatdesk.domain.content import _read_resource
    from moatdesk.domain.parameters import read_content_toml

    with pytest.raises(ContentError) as info:
        read_content_toml("no_such_file.toml")
    assert str(info.value).startswith("cannot read resources/content/no_such_file.toml: ")
    assert "No such file" in str(info.value)
    with pytest.raises(ContentError) as info:
        _read_resource("no_such_file.toml")
    assert str(info.value).startswith("cannot read content file no_such_file.toml: ")
    assert "No such file" in str(info.value)
    with pytest.raises(ContentError, match=r"bad\.toml is not valid TOML: Invalid value"):
        parse_bank("version = ", "bad.toml")
