"""`moatdesk report PROFILE --out FILE.pdf [--lang en|ko] [--quarter YYYY-Qn] [--brief]
[--investor]`, headless.

The store and reportlab are imported inside the command so `moatdesk --help` stays fast.
Characters no bundled font can draw are listed on stderr (the PDF is still written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from moatdesk.domain.errors import QT_TRANSLATE_NOOP, MoatDeskError
from moatdesk.domain.textrules import Lang

if TYPE_CHECKING:
    from moatdesk.domain.models import Profile


class NoAssessmentError(MoatDeskError):
    """The profile has no assessment yet, so there is nothing to report."""


def latest_quarter(profile: Profile) -> str:
    """The profile's latest quarter; NoAssessmentError when it has none yet."""
    if not profile.assessments:
        raise NoAssessmentError(
            QT_TRANSLATE_NOOP(
                "Errors", "profile “{name}” has no assessment yet; answer the wizard first"
            ),
            name=profile.basics.name,
        )
    return profile.assessments[-1].quarter


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="export a profile's roadmap as a PDF",
        description="Export the roadmap PDF of one profile for one quarter.",
    )
    parser.add_argument("profile", metavar="PROFILE", help="profile name or id")
    parser.add_argument("--out", metavar="FILE.pdf", type=Path, required=True)
    # Own dest: a subparser default would otherwise overwrite the global --lang.
    parser.add_argument(
        "--lang",
        dest="report_lang",
        choices=("en", "ko"),
        default=None,
        help="language of the PDF (default: the global --lang, else English)",
    )
    parser.add_argument(
        "--quarter",
        metavar="YYYY-Qn",
        default=None,
        help="which quarter's assessment (default: the latest)",
    )
    parser.add_argument(
        "--brief",
        action="store_true",
        help="the brief alone (at most two pages) instead of the full roadmap",
    )
    parser.add_argument(
        "--investor",
        action="store_true",
        help="the investor view: notes, free-text answers and private answers withheld",
    )
    parser.add_argument(
        "--scenario",
        metavar="ID|NAME",
        action="append",
        default=[],
        help="add the scenarios page with this what-if: a preset id (what-if --list) or a "
        "scenario saved with the review (repeat for several)",
    )
    parser.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    from moatdesk.cli.store_access import open_store
    from moatdesk.cli.whatif_command import picked_scenarios
    from moatdesk.report.pdf import ReportRequest, export_roadmap_pdf

    with open_store(args) as store:
        store.ensure_output_path(args.out)
        profile = store.get_profile(args.profile)
        quarter = args.quarter or latest_quarter(profile)
        picks = picked_scenarios(store, profile.id, quarter, args.scenario)
    # argparse's choices keep both flags to "en"/"ko"; spelled out for the type checker.
    lang: Lang = "ko" if (args.report_lang or args.lang) == "ko" else "en"
    request = ReportRequest(
        profile, quarter, lang, scenarios=picks, brief=args.brief, investor=args.investor
    )
    result = export_roadmap_pdf(request, args.out)
    pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
    kind = "brief" if args.brief else "full roadmap"
    if args.investor:
        kind += ", investor view"
    print(f"Wrote {result.path} ({kind}, {pages}, {quarter}, {lang}).")
    if result.withheld is not None:
        from moatdesk.report.redact import describe_withheld

        print(describe_withheld(result.withheld, lang))
    for missing in result.missing_glyphs:
        print(
            f"moatdesk: warning: no bundled font draws {missing.characters!r} in the "
            f"{missing.field}; shown as \ufffd",
            file=sys.stderr,
        )
    return 0
