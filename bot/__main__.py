"""`python -m bot` runs the nhacviec CLI."""

from bot.cli import main

raise SystemExit(main())
