"""`moatdesk what-if PROFILE --scenario ID [--quarter Q] [--format text|json]` and
`moatdesk what-if --list`: a scenario's effect on a review's decay clock, headless.

Nothing is written: the scenario runs on a scratch copy of the review.  The output
also lists the review's highest-leverage answers (moatdesk.domain.leverage).  Text
output uses the global --lang for the content (titles, reasons, moat names).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError
from moatdesk.domain.textrules import Lang


class WhatIfUsageError(MoatDeskError):
    """`what-if` was given neither a profile and a scenario nor --list."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "what-if",
        help="show what a scenario does to a review's moats (nothing is saved)",
        description=(
            "Apply a what-if scenario to a scratch copy of one review and show, per moat, "
            "the stop quarter before and after, the score change, the flags and the "
            "do-first actions that change, and the review's highest-leverage answers."
        ),
    )
    parser.add_argument("profile", metavar="PROFILE", nargs="?", help="profile name or id")
    parser.add_argument("--scenario", metavar="ID", help="a preset id (see --list)")
    parser.add_argument("--quarter", metavar="YYYY-Qn", help="which review (default: latest)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--list", action="store_true", help="list the scenario presets")
    parser.set_defaults(func=run_what_if)


def run_what_if(args: argparse.Namespace) -> int:
    lang: Lang = "ko" if args.lang == "ko" else "en"
    if args.list:
        return _print_list(args.format, lang)
    if not args.profile or not args.scenario:
        raise WhatIfUsageError(
            QT_TRANSLATE_NOOP(
                "Errors", "give a profile and --scenario ID, or --list to see the scenarios"
            )
        )
    from moatdesk.cli.report_command import latest_quarter
    from moatdesk.cli.store_access import open_store
    from moatdesk.domain.leverage import leverage_search
    from moatdesk.domain.scenarios import load_scenarios
    from moatdesk.domain.whatif import evaluate_scenario

    scenario = load_scenarios().get(args.scenario)  # before the store: a typo fails fast
    with open_store(args) as store:
        profile = store.get_profile(args.profile)
        quarter = args.quarter or latest_quarter(profile)
        review = store.get_assessment(profile.id, quarter)
    basics = review.basics  # the basics as they were that quarter
    effect = evaluate_scenario(basics, review, scenario)
    leverage = leverage_search(basics, review, before=effect.before)
    from moatdesk.cli.whatif_output import what_if_json, what_if_text

    if args.format == "json":
        payload: dict[str, Any] = what_if_json(profile.basics.name, scenario, effect, leverage)
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(what_if_text(profile.basics.name, scenario, effect, leverage, lang))
    return 0


def _print_list(fmt: str, lang: Lang) -> int:
    from moatdesk.cli.whatif_output import scenario_list_json, scenario_list_text

    if fmt == "json":
        print(json.dumps(scenario_list_json(), ensure_ascii=False, indent=2))
    else:
        print(scenario_list_text(lang))
    return 0


def picked_scenarios(
    store: Any, profile_id: str, quarter: str, names: list[str]
) -> tuple[Any, ...]:
    """`report --scenario X`: a preset id, else a scenario saved with that review by name
    (ScenarioError naming X when it is neither)."""
    from moatdesk.domain.scenarios import WhatIfSpec, load_scenarios
    from moatdesk.report.scenario_data import PickedScenario

    library = load_scenarios()
    saved = {s.name: s for s in store.saved_scenarios(profile_id, quarter)} if names else {}
    presets = {s.id for s in library.scenarios}
    picks = []
    for name in names:
        if name in saved:
            picks.append(PickedScenario(name, saved[name].spec))
        elif name in presets:
            picks.append(PickedScenario(None, WhatIfSpec(preset=name)))
        else:
            library.get(name)  # raises: no such scenario
    return tuple(picks)
