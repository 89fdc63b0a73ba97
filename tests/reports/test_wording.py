"""The reports word what they share with the screens as the screens do: the same English as
the screens' source, the same French as their catalogue."""

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from xml.etree import ElementTree

from esn_desktop.domain.pipeline import Stage
from esn_desktop.reports.files import write_plan, write_review
from esn_desktop.reports.wording import FRENCH as FRENCH_TABLE
from esn_desktop.reports.wording import LABELS, Words
from esn_desktop.resources import resources_dir
from esn_desktop.store.database import Workspace
from esn_desktop.ui import labels
from esn_desktop.ui.widgets.kpi_tiles import KpiTiles
from tests.reports.pdf_text import whole_text

FRENCH, ENGLISH = Words("fr_FR"), Words("en_GB")
#: The screens' tables of stored codes, each with the report's way to name its codes.
CODE_TABLES = {
    "segment": labels.SEGMENTS,
    "role": labels.ROLES,
    "activity kind": labels.ACTIVITY_KINDS,
    "metric": labels.METRICS,
}


def screens_french(context: str) -> dict[str, str]:
    """The screens' French of one context of the catalogue, by English source."""
    catalogue = ElementTree.parse(resources_dir() / "translations" / "esn_desktop_fr.ts")
    return {
        message.findtext("source", ""): message.findtext("translation", "")
        for element in catalogue.iter("context")
        if element.findtext("name") == context
        for message in element.iter("message")
    }


def _kpi_names() -> list[str]:
    """The dashboard's KPI tiles, in the English of its source."""
    return [tile.title for tile in KpiTiles.kpis(SimpleNamespace(tr=str))]  # type: ignore[arg-type]


def test_codes_are_named_as_on_the_screens() -> None:
    french = screens_french("labels")
    differ = []
    for table in CODE_TABLES.values():
        for code, english in table.items():
            if (ENGLISH.label(code), FRENCH.label(code)) != (english, french[english]):
                differ.append((code, ENGLISH.label(code), FRENCH.label(code), english, french[english]))
    for stage in Stage:
        english = labels.STAGES[stage]
        if (ENGLISH.stage(stage.value), FRENCH.stage(stage.value)) != (english, french[english]):
            differ.append((stage.value, ENGLISH.stage(stage.value), FRENCH.stage(stage.value), english))
    assert differ == []
    # Nothing in the reports' table that the screens do not name.
    screens = {code for table in CODE_TABLES.values() for code in table} | {s.value for s in Stage}
    assert set(LABELS) <= screens


def test_the_review_names_its_kpis_and_stages_as_the_screens_do(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_review(
        small_workspace, month=date(2026, 11, 1), today=date(2026, 11, 30), path=tmp_path / "r.pdf"
    )
    text = whole_text(path)
    dashboard, stages = screens_french("KpiTiles"), screens_french("labels")
    # Read back as extracted: the narrow no-break space of "100 %" comes out a plain space.
    expected = [dashboard[name].replace("\u202f", " ") for name in _kpi_names()]
    expected += [stages[labels.STAGES[s]] for s in Stage if s not in (Stage.WON, Stage.LOST)]
    assert [name for name in expected if name not in text] == []
    for word in ("Lead", "no-show", "No-show"):
        assert word not in text


def test_the_plan_names_leads_and_no_shows_as_the_screens_do(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_plan(
        small_workspace,
        salesperson="Hélène Garnier",
        month=date(2026, 11, 1),
        today=date(2026, 11, 20),
        path=tmp_path / "p.pdf",
    )
    text = whole_text(path)
    assert "Pistes qualifiées" in text and "Rendez-vous non honorés à reprogrammer" in text
    for word in ("Lead", "lead qualifié", "no-show", "No-show"):
        assert word not in text


def test_every_english_text_the_screens_also_say_is_french_as_on_the_screens() -> None:
    """Whatever text a report shares with a screen (a chart's title, a KPI, a column) reads the
    same in the PDF: "Coût par piste" on both, never "lead" on one and "piste" on the other."""
    catalogue = ElementTree.parse(resources_dir() / "translations" / "esn_desktop_fr.ts")
    screens: dict[str, set[str]] = {}
    for message in catalogue.iter("message"):
        screens.setdefault(message.findtext("source", ""), set()).add(message.findtext("translation", ""))
    differ = {
        english: (french, screens[english])
        for english, french in FRENCH_TABLE.items()
        if english in screens and french not in screens[english]
    }
    assert differ == {}
    assert {"Cost per lead", "Meetings", "Calls"} <= set(FRENCH_TABLE) & set(screens)  # the test bites
