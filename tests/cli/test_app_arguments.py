"""The app's own options open the GUI without building every command's parser."""

from __future__ import annotations

import pytest

from moatdesk.cli import main as cli


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--lang", "ko"], True),
        (["--data-dir=/tmp/x", "--lang=en"], True),
        (["--data-dir", "/tmp/x", "show", "Acme"], False),  # a command
        (["show"], False),
        (["--help"], False),
        (["--version"], False),
        (["--lang"], False),  # the value is missing: the full parser says so
        (["--data"], False),  # an abbreviation: the full parser decides
    ],
)
def test_only_the_apps_own_options_open_the_app(argv: list[str], gui: bool) -> None:
    assert cli.opens_the_app(argv) is gui


def test_the_app_options_parse_the_same_with_or_without_the_commands() -> None:
    argv = ["--data-dir", "/tmp/x", "--lang", "ko"]
    short = cli.build_parser(with_commands=False).parse_args(argv)
    full = cli.build_parser().parse_args(argv)
    assert vars(short) == vars(full) == {"data_dir": "/tmp/x", "lang": "ko", "command": None}


def test_a_command_still_parses(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert "MoatDesk" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [[], ["--lang", "ko"]])
def test_the_app_parses_the_same_without_a_parser(argv: list[str]) -> None:
    """No argument at all skips argparse: the same defaults as the full parser's."""
    assert vars(cli.parse_arguments(argv)) == vars(cli.build_parser().parse_args(argv))
