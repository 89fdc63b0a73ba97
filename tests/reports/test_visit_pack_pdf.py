"""The visit pack: the monthly review, then one plan per salesperson, in one numbered file;
client-safe in meeting mode, and nothing of another client's workspace."""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from esn_desktop.domain.errors import Cancelled
from esn_desktop.private_files import OutputExistsError
from esn_desktop.reports.files import visit_pack_file_name, write_visit_pack
from esn_desktop.services.workspace_settings import update_workspace_settings, workspace_settings
from esn_desktop.store.database import Workspace, create_workspace
from tests.reports.pdf_text import (
    font_names,
    headings_at_page_foot,
    lines_starting_with_a_unit,
    pages_text,
    qpdf_check,
    whole_text,
)

NOVEMBER = date(2026, 11, 1)
DECEMBER = date(2026, 12, 1)
TODAY = date(2026, 12, 1)
REVIEW_TITLE = "Revue mensuelle — novembre 2026"
#: The visit looks back at November and hands over December's plans.
PLAN_TITLE = "Plan d’action commercial — décembre 2026"
#: At the top of every page after the first: what the file is, and whose.
RUNNING_HEADER = "Dossier de visite — novembre 2026 · Exemple Numérique SAS "
# November 2026 of the shared example, as the review writes them (test_monthly_review_pdf.py).
COST, MARGIN, MARGIN_RATE, CJM = "7 715 €", "4 325 €", "35,9 %", "351 €"


def _starts(pages: list[str]) -> list[tuple[int, str]]:
    """The pages where a part begins, with the part's title (and its salesperson for a plan)."""
    starts = []
    for number, text in enumerate(pages, start=1):
        assert number == 1 or text.startswith(RUNNING_HEADER)
        body = text.removeprefix(RUNNING_HEADER) if number > 1 else text
        if body.startswith(REVIEW_TITLE):
            starts.append((number, "review"))
        elif body.startswith(PLAN_TITLE):
            starts.append((number, body[len(PLAN_TITLE) :].split("·")[0].strip()))
    return starts


def test_the_pack_is_the_review_then_one_plan_per_salesperson(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    steps: list[tuple[int, int]] = []
    path = write_visit_pack(
        small_workspace,
        month=NOVEMBER,
        today=TODAY,
        path=tmp_path / "pack.pdf",
        progress=lambda done, total: steps.append((done, total)),
    )
    qpdf_check(path)
    assert font_names(path) == {"DejaVuSans", "DejaVuSans-Bold"}
    pages = pages_text(path)
    starts = _starts(pages)
    assert [what for _, what in starts] == ["review", "Hélène Garnier", "Karim Benali"]
    assert starts[0][0] == 1
    # Each plan from a new page, after the whole review; the pages numbered through the file.
    assert starts[1][0] > 1 and starts[2][0] > starts[1][0]
    assert all(f"Page {n} sur {len(pages)}" in page for n, page in enumerate(pages, start=1))
    # The review's internal figures are there when the pack is not for the client.
    assert f"Marge {MARGIN}" in whole_text(path)
    assert headings_at_page_foot(path) == [] and lines_starting_with_a_unit(path) == []
    # The review, each plan, the document: every step reported, the last one the whole.
    assert steps == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_in_meeting_mode_the_pack_holds_no_cost_margin_nor_other_client(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    # Another client of the same director, open beside it on the same machine.
    with create_workspace(tmp_path / "autre.esn") as other:
        update_workspace_settings(
            other, replace(workspace_settings(other), company_name="Concurrent Conseil SARL")
        )
    path = write_visit_pack(
        small_workspace, month=NOVEMBER, today=TODAY, path=tmp_path / "client.pdf", client_safe=True
    )
    text = whole_text(path)
    assert [what for _, what in _starts(pages_text(path))] == ["review", "Hélène Garnier", "Karim Benali"]
    assert "Version client : chiffres internes retirés." in text
    assert "Exemple Numérique SAS" in text
    assert "Concurrent Conseil" not in text
    for figure in (COST, MARGIN, MARGIN_RATE, CJM):
        assert figure not in text
    for word in ("Coût", "coût", "Marge", "marge", "CJM"):
        assert word not in text


def test_the_pack_replaces_a_file_only_when_asked_and_a_cancel_leaves_nothing(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "pack.pdf"
    path.write_bytes(b"last month's")
    with pytest.raises(OutputExistsError):
        write_visit_pack(small_workspace, month=NOVEMBER, today=TODAY, path=path)
    assert path.read_bytes() == b"last month's"

    def cancel_at_the_second_plan(done: int, _total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_visit_pack(
            small_workspace,
            month=NOVEMBER,
            today=TODAY,
            path=tmp_path / "new.pdf",
            progress=cancel_at_the_second_plan,
        )
    # No new file, not even a partial one; the workspace and its companions aside.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("acme.esn")) == ["pack.pdf"]
    write_visit_pack(small_workspace, month=NOVEMBER, today=TODAY, path=path, force=True)
    assert path.read_bytes().startswith(b"%PDF")


def test_the_pack_is_named_after_the_client_and_the_month() -> None:
    assert visit_pack_file_name("Exemple Numérique SAS", NOVEMBER) == (
        "dossier-visite-exemple-numerique-sas-2026-11.pdf"
    )
    assert visit_pack_file_name("", NOVEMBER) == "dossier-visite-entreprise-2026-11.pdf"


def test_the_pack_reads_what_every_plan_shares_once(
    small_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import select

    from esn_desktop.reports import files
    from esn_desktop.services import action_plans, funnel, no_shows
    from esn_desktop.store import models as m

    with small_workspace.session() as session:  # Hélène's meeting of 4 November, missed
        meeting = session.execute(
            select(m.Activity.id).where(m.Activity.activity_date == date(2026, 11, 4))
        ).scalar_one()
    no_shows.mark_no_show(small_workspace, activity_id=meeting)
    reads: list[str] = []

    def counted(name: str, read):  # type: ignore[no-untyped-def]
        def reading(workspace: Workspace, *, today: date):  # type: ignore[no-untyped-def]
            reads.append(name)
            return read(workspace, today=today)

        return reading

    drawn: list[action_plans.ActionPlanView] = []
    monkeypatch.setattr(action_plans, "no_show_queue", counted("queue", no_shows.no_show_queue))
    monkeypatch.setattr(action_plans, "funnel_basis", counted("funnel", funnel.funnel_basis))
    monkeypatch.setattr(files, "write_visit_pack_pdf", lambda _path, _review, plans, **_: drawn.extend(plans))
    write_visit_pack(small_workspace, month=NOVEMBER, today=TODAY, path=tmp_path / "pack.pdf")
    assert sorted(reads) == ["funnel", "queue"]
    # Each plan shows what a plan read on its own shows: its salesperson's no-shows, its funnel.
    for view in drawn:
        alone = action_plans.action_plan(
            small_workspace, salesperson=view.salesperson, month=DECEMBER, today=TODAY
        )
        assert view.no_shows == alone.no_shows and view.funnel == alone.funnel
    assert [(view.salesperson, view.no_shows_waiting, view.funnel is not None) for view in drawn] == [
        ("Hélène Garnier", 1, True),
        ("Karim Benali", 0, True),
    ]
