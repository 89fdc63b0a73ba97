"""What PyInstaller freezes: the same entry point as the `esn-desktop` script."""

import sys

from esn_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
