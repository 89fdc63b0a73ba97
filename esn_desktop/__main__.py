"""Entry point: `esn-desktop` starts the desktop app; its subcommands work without a display."""

from __future__ import annotations

import sys


def main() -> int:
    from esn_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
