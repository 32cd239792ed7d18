"""`python -m livcr_desktop` is the same as the `livcr` command."""

from livcr_desktop.cli import main

raise SystemExit(main())
