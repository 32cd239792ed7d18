"""The frozen program's entry point: the same `livcr` command as the console script.

PyInstaller starts from a script, not from a console-script entry point; this is that script.
"""

import multiprocessing
import sys

from livcr_desktop.cli import main

if __name__ == "__main__":
    # The opening process of a sync round (services/sync/opening_process.py) is this program
    # started again: PyInstaller's bootloader hands such a start to multiprocessing here.
    multiprocessing.freeze_support()
    sys.exit(main())
