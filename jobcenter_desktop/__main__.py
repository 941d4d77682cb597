"""``python -m jobcenter_desktop`` runs the command line (the GUI by default)."""

import sys

from .cli import main

sys.exit(main())
