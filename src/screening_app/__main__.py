"""``python -m screening_app``: the same entry point as the ``screening-app`` command."""

from screening_app.app import main

raise SystemExit(main())
