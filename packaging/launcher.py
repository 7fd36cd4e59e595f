"""The frozen app's entry point: the `moatdesk` command, with or without a subcommand.

PyInstaller freezes it twice (packaging/moatdesk.spec): as ``MoatDesk`` (no command: the
desktop app) and as ``moatdesk-cli`` (a console program on Windows, for the subcommands).
"""

from moatdesk.cli.main import main

raise SystemExit(main())
