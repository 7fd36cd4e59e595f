"""`moatdesk show PROFILE [--quarter Q] [--format text|json]` and
`moatdesk compare PROFILE --from Q --to Q [--format text|json]`: a review's roadmap and
what moved between two reviews, headless.  Nothing is written.

The JSON output is documented in docs/cli-json.md (tests/cli/test_roadmap_commands.py
holds the two together).  The store is imported inside the commands.
"""

from __future__ import annotations

import argparse
import json

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError
from moatdesk.domain.textrules import Lang


class CompareQuartersError(MoatDeskError):
    """`compare` was given quarters it cannot compare (the same one twice, or reversed)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "show",
        help="print a review's roadmap: moats, stop quarters, flags, do-first actions",
        description=(
            "Print one review's roadmap: per moat its score, coverage and the calendar "
            "quarter it stops holding (and how that moved since the previous final "
            "review), the raised flags, the do-first actions and the later ones."
        ),
    )
    parser.add_argument("profile", metavar="PROFILE", help="profile name or id")
    parser.add_argument("--quarter", metavar="YYYY-Qn", help="which review (default: latest)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run_show)

    parser = subparsers.add_parser(
        "compare",
        help="compare two reviews of a profile: stop-quarter shifts, scores, answers",
        description=(
            "Compare two reviews of one profile: per moat the score trend and how its stop "
            "quarter moved, the basics, flags and answers that changed."
        ),
    )
    parser.add_argument("profile", metavar="PROFILE", help="profile name or id")
    parser.add_argument("--from", dest="from_quarter", metavar="YYYY-Qn", required=True)
    parser.add_argument("--to", dest="to_quarter", metavar="YYYY-Qn", required=True)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run_compare)


def _lang(args: argparse.Namespace) -> Lang:
    return "ko" if args.lang == "ko" else "en"


def _print_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2))


def run_show(args: argparse.Namespace) -> int:
    from moatdesk.cli.report_command import latest_quarter
    from moatdesk.cli.roadmap_output import show_json, show_text
    from moatdesk.cli.store_access import open_store
    from moatdesk.domain.history import since_previous
    from moatdesk.domain.roadmap import build_roadmap

    with open_store(args) as store:
        profile = store.get_profile(args.profile)
        latest = latest_quarter(profile)  # NoAssessmentError when it has none yet
        quarter = args.quarter or latest
        assessment = store.get_assessment(profile.id, quarter)
    roadmap = build_roadmap(assessment.basics, assessment)
    comparison = since_previous(profile, assessment.quarter)
    name = profile.basics.name
    if args.format == "json":
        _print_json(show_json(name, assessment, roadmap, comparison))
    else:
        print(show_text(name, assessment, roadmap, comparison, _lang(args)))
    return 0


def run_compare(args: argparse.Namespace) -> int:
    from moatdesk.cli.roadmap_output import compare_json, compare_text
    from moatdesk.cli.store_access import open_store
    from moatdesk.domain.quarters import quarter_index

    with open_store(args) as store:
        profile = store.get_profile(args.profile)
        before = store.get_assessment(profile.id, args.from_quarter)
        after = store.get_assessment(profile.id, args.to_quarter)
        if quarter_index(before.quarter) >= quarter_index(after.quarter):
            raise CompareQuartersError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "--from {before} must be an earlier quarter than --to {after}",
                ),
                before=before.quarter,
                after=after.quarter,
            )
        comparison = store.compare(profile.id, before.quarter, after.quarter)
    name = profile.basics.name
    if args.format == "json":
        _print_json(compare_json(name, comparison))
    else:
        print(compare_text(name, comparison, _lang(args)))
    return 0
