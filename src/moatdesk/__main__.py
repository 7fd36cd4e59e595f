"""`python -m moatdesk`: the same entry point as the `moatdesk` command."""

from moatdesk.cli.main import main

raise SystemExit(main())
