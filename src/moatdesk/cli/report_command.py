"""`moatdesk report`: export a profile's roadmap PDF from the command line, headless.

The store and reportlab are imported inside the command so `moatdesk --help` stays fast.
"""

from __future__ import annotations

import argparse

from moatdesk.domain.errors import MoatDeskError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="export a profile's roadmap as a PDF",
        description="Export the roadmap PDF of one profile for one quarter.",
    )
    parser.add_argument("profile", metavar="PROFILE", help="profile id or exact name")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, help="where to write the PDF")
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
    parser.set_defaults(func=run_report)


def run_report(args: argparse.Namespace) -> int:
    raise MoatDeskError("the report command is not ready yet")
