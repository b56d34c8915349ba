"""The frozen command line's entry point (PyInstaller needs a script): ``kindred-cli``."""

import sys

from caregiver_app.cli import main

sys.exit(main())
