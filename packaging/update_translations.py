"""Refreshes the French catalogue from the source and compiles it.

    uv run python packaging/update_translations.py

lupdate collects every tr() string of the UI into resources/translations/esn_desktop_fr.ts
(keeping existing translations); lrelease compiles it to the .qm the app loads. A test
fails while a string is untranslated or the .qm is older than the .ts.

qtbase_supplement_fr.ts, written by hand, holds Qt's own strings that the French catalogue of
the PySide6 wheel lacks; it is compiled here too.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "esn_desktop_fr.ts"
QT_SUPPLEMENT = TS.with_name("qtbase_supplement_fr.ts")
_NOTE = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.S)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "esn_desktop" / "ui").rglob("*.py"))
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete"], check=True)
    # lupdate takes a `#:` comment (an attribute's documentation in the code) above a tr() call
    # for a note to the translator: none is meant for them, and a wrong one misleads.
    TS.write_text(_NOTE.sub("", TS.read_text(encoding="utf-8")), encoding="utf-8")
    for catalogue in (TS, QT_SUPPLEMENT):
        # Compiled beside it, then renamed over it: a running window maps the .qm it loaded, and
        # lrelease rewriting that file in place pulls its texts from under it.
        compiled = catalogue.with_suffix(".qm")
        partial = compiled.with_name(f".{compiled.name}.part")
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(catalogue), "-qm", str(partial)], check=True)
        partial.replace(compiled)
    return 0


if __name__ == "__main__":
    sys.exit(main())
