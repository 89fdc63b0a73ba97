import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from esn_desktop.resources import resources_dir

TS = resources_dir() / "translations" / "esn_desktop_fr.ts"


def test_every_string_of_the_interface_is_translated(tmp_path: Path) -> None:
    # lupdate on a copy collects the strings the code has today, keeping the translations.
    current = tmp_path / "current.ts"
    current.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (resources_dir().parent / "esn_desktop" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(current), "-no-obsolete"], check=True, capture_output=True
    )
    unfinished = [
        message.findtext("source")
        for message in ElementTree.parse(current).iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == [], (
        "translate them in resources/translations, then run packaging/update_translations.py"
    )


@pytest.mark.parametrize("catalogue", [TS, TS.with_name("qtbase_supplement_fr.ts")], ids=lambda p: p.stem)
def test_compiled_catalogue_matches_its_source(tmp_path: Path, catalogue: Path) -> None:
    compiled = tmp_path / "check.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(catalogue), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == catalogue.with_suffix(".qm").read_bytes(), (
        "run packaging/update_translations.py"
    )
