"""The frozen app's entry point (PyInstaller needs a script): ``kindred``."""

import sys

from ui.app import main

sys.exit(main())
