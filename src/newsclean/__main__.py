"""``python -m newsclean``: see :mod:`newsclean.cli`."""

from newsclean.cli import main

raise SystemExit(main())
