"""The frozen program's entry point: the same `livcr` command as the console script.

PyInstaller starts from a script, not from a console-script entry point; this is that script.
"""

import sys

from livcr_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
