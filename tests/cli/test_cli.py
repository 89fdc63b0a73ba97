import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.conftest import Place, holds_workspace, is_team, run, shown
from tests.conftest import FORMULA_LIKE_NAMES, SMALL_KPI, SMALL_WORKSPACE


def test_import_creates_the_workspace_and_kpi_json_matches(imported: Place) -> None:
    code, out, _ = run("kpi", str(imported), "--from", "2026-11-01", "--to", "2026-11-30", "--json")
    assert code == 0
    report, expected = json.loads(out), json.loads(SMALL_KPI.read_text(encoding="utf-8"))
    assert report["revenue"] == expected["revenue"] == 12040.0
    assert report["cost_per_lead"] == expected["cost_per_lead"]
    assert report["objectives"] == expected["objectives"]


def test_kpi_text_is_formatted_in_french(imported: Place) -> None:
    code, out, _ = run("kpi", str(imported), "--from", "2026-11-01", "--to", "2026-11-30")
    assert code == 0
    assert "12\u202f040,00\xa0€" in out
    assert "40,0\u202f%" in out
    # Days as the dashboard's tile and the review PDF write them: one decimal, always.
    lines = {line[:40].strip(): line[40:].strip() for line in out.splitlines()}
    assert lines["Bench days"] == "33,0" and lines["Billed / worked days"] == "19,0 / 22,0"
    # October's 48.4 bench days, as the review PDF's previous month writes them (48,4, not 48).
    code, out, _ = run("kpi", str(imported), "--from", "2026-10-01", "--to", "2026-10-31")
    assert code == 0 and "48,4" in {
        line[40:].strip() for line in out.splitlines() if line.startswith("Bench days")
    }


def test_refused_import_prints_every_problem_and_leaves_no_file(tmp_path: Path, new_place: Place) -> None:
    document = json.loads(SMALL_WORKSPACE.read_text(encoding="utf-8"))
    document["missions"][0]["daily_rate"] = "six cents"
    document["leaves"][0]["end"] = "2026-11-01"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run("import", str(new_place), str(bad))
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == "esn-desktop: the document was refused (2 problems); nothing was written"
    assert "  missions #1: daily_rate: must be a number, not 'six cents'" in lines
    assert "  leaves #1: end: is before 'start'" in lines
    assert not holds_workspace(new_place)
    assert list(tmp_path.iterdir()) == [bad]  # nor a partial file, a lock file


@pytest.mark.parametrize("command", ["kpi", "export", "check", "backup"])
def test_errors_are_one_line_never_a_traceback(tmp_path: Path, command: str) -> None:
    not_a_workspace = tmp_path / "notes.txt"
    not_a_workspace.write_text("hello")
    extra = {"kpi": ["--from", "2026-01-01", "--to", "2026-01-31"], "export": [str(tmp_path / "x.json")]}
    result = subprocess.run(
        [sys.executable, "-m", "esn_desktop", command, str(not_a_workspace), *extra.get(command, [])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "esn-desktop: notes.txt is not an esn-desktop workspace (it is not a SQLite database)"
    )
    assert "Traceback" not in result.stderr


def test_export_xlsx_and_check_and_backup(imported: Place, tmp_path: Path) -> None:
    code, out, _ = run("export", str(imported), str(tmp_path / "out.xlsx"))
    assert code == 0 and (tmp_path / "out.xlsx").stat().st_size > 0
    code, out, _ = run("check", str(imported))
    assert code == 0 and out.startswith(f"{shown(imported)}: ok (schema 0008; 3 accounts")
    code, out, _ = run("backup", str(imported), "-o", str(tmp_path / "copy.esn"))
    assert code == 0
    source = f"{shown(imported)} " if is_team(imported) else ""  # a file's backup names only the copy
    assert out.startswith(f"backed up {source}to {tmp_path / 'copy.esn'}")
    code, out, _ = run(
        "kpi", str(tmp_path / "copy.esn"), "--from", "2026-11-01", "--to", "2026-11-30", "--json"
    )
    assert json.loads(out)["revenue"] == 12040.0


def test_backup_is_consistent_while_another_process_writes(imported: Place, tmp_path: Path) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys\nfrom sqlalchemy import text\n"
                "from esn_desktop.store.address import workspace_address\n"
                "from esn_desktop.store.places import open_workspace_at\n"
                "with open_workspace_at(workspace_address(sys.argv[1]), write=True) as ws:\n"
                "    print('ready', flush=True)\n"
                "    for i in range(400):\n"
                "        with ws.session() as s:\n"
                "            s.execute(text('INSERT INTO salespeople (name) VALUES (:n)'), {'n': f'S{i}'})\n"
                "            s.execute(text('INSERT INTO channels (name) VALUES (:n)'), {'n': f'C{i}'})\n"
            ),
            str(imported),
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        copies = []
        for index in range(5):
            copy = tmp_path / f"copy{index}.esn"
            code, _, err = run("backup", str(imported), "-o", str(copy))
            assert code == 0, err
            copies.append(copy)
        assert writer.wait(timeout=60) == 0

    for copy in copies:
        with sqlite3.connect(copy) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            # Each transaction wrote one salesperson and one channel: a snapshot sees both or neither.
            salespeople = db.execute("SELECT COUNT(*) FROM salespeople").fetchone()[0]
            channels = db.execute("SELECT COUNT(*) FROM channels").fetchone()[0]
            assert salespeople - 2 == channels - 2


def test_csv_import_reports_duplicates(tmp_path: Path, new_place: Place) -> None:
    csv = tmp_path / "achat.csv"
    csv.write_bytes(
        "Société;Email\nACME;a@acme.example\nAcmé;b@acme.example\nacme;A@acme.example\n".encode("cp1252")
    )
    code, out, err = run("import", str(new_place), str(csv), "--quiet")
    assert code == 0, err
    # Row 3 brings a new person to row 2's company; row 4 nothing new.
    assert err.splitlines() == [
        "  duplicate, row 4: name 'acme' is already there (row 2); not imported again",
        "  duplicate, row 4: email 'A@acme.example' is already there (row 2); not imported again",
    ]
    assert "1 account, 2 contacts" in out


def test_plan_writes_a_salespersons_pdf_and_everyones(imported: Place, tmp_path: Path) -> None:
    from tests.reports.pdf_text import qpdf_check, whole_text

    target = tmp_path / "plan.pdf"
    code, out, err = run(
        "plan",
        str(imported),
        "--salesperson",
        "Karim Benali",
        "--month",
        "2026-11",
        "-o",
        str(target),
        "--as-of",
        "2026-11-20",
    )
    assert code == 0, err
    assert out == f"written {target}\n"
    qpdf_check(target)
    assert "Karim Benali · Exemple Numérique SAS · établi le 20/11/2026" in whole_text(target)
    folder = tmp_path / "plans"
    code, out, err = run("plan", str(imported), "--all", "--month", "2026-11", "-o", str(folder))
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == [
        "plan-2026-11-helene-garnier.pdf",
        "plan-2026-11-karim-benali.pdf",
    ]
    assert "plans: 2/2" in err


def test_plan_refuses_clearly(imported: Place, tmp_path: Path) -> None:
    code, _, err = run(
        "plan", str(imported), "--salesperson", "Nobody", "--month", "2026-11", "-o", str(tmp_path / "x.pdf")
    )
    assert (code, err) == (1, "esn-desktop: no salesperson named 'Nobody'\n")
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = run(
        "plan",
        str(imported),
        "--salesperson",
        "Karim Benali",
        "--month",
        "2026-11",
        "--combined",
        "-o",
        "x.pdf",
    )
    assert (code, err) == (1, "esn-desktop: --combined goes with --all\n")


def test_review_client_safe_leaves_costs_out(imported: Place, tmp_path: Path) -> None:
    from tests.reports.pdf_text import whole_text

    full, safe = tmp_path / "review.pdf", tmp_path / "client.pdf"
    assert run("review", str(imported), "--month", "2026-11", "-o", str(full))[0] == 0
    assert run("review", str(imported), "--month", "2026-11", "-o", str(safe), "--client-safe")[0] == 0
    assert "Marge" in whole_text(full)
    assert "Marge" not in whole_text(safe) and "CJM" not in whole_text(safe)


def test_review_without_a_month_reviews_the_last_complete_one(imported: Place, tmp_path: Path) -> None:
    from tests.reports.pdf_text import pages_text

    review = tmp_path / "review.pdf"
    code, out, _ = run("review", str(imported), "--as-of", "2026-12-01", "-o", str(review))
    assert (code, out) == (0, f"written {review}\n")
    assert pages_text(review)[0].startswith("Revue mensuelle — novembre 2026")
    january = tmp_path / "january.pdf"
    assert run("review", str(imported), "--as-of", "2027-01-01", "-o", str(january))[0] == 0
    assert pages_text(january)[0].startswith("Revue mensuelle — décembre 2026")


def test_review_with_plans_writes_the_visit_pack(imported: Place, tmp_path: Path) -> None:
    from tests.reports.pdf_text import pages_text, whole_text

    pack = tmp_path / "pack.pdf"
    code, out, err = run(
        "review", str(imported), "--as-of", "2026-12-01", "--with-plans", "--client-safe", "-o", str(pack)
    )
    assert (code, out) == (0, f"written {pack}\n")
    assert err.splitlines() == [f"visit pack: {n}/4" for n in range(5)]
    pages = pages_text(pack)
    assert pages[0].startswith("Revue mensuelle — novembre 2026")
    # November looked back on, December's plans handed over.
    plans = [page for page in pages if "Plan d’action commercial — décembre 2026 Hélène" in page]
    assert len(plans) == 1 and "Karim Benali · Exemple Numérique SAS" in whole_text(pack)
    assert "Marge" not in whole_text(pack) and "CJM" not in whole_text(pack)


def account_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [name for (name,) in db.execute("SELECT name FROM accounts ORDER BY id")]


def test_formula_like_names_come_back_from_xlsx_and_json_unchanged(
    formula_names_document: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source.esn"
    assert run("import", str(source), str(formula_names_document))[0] == 0
    names = account_names(source)
    assert names == [name.strip() for name in FORMULA_LIKE_NAMES]
    workbook, document = tmp_path / "out.xlsx", tmp_path / "out.json"
    for exported in (workbook, document):
        code, _, err = run("export", str(source), str(exported))
        assert code == 0, err
    sheet = load_workbook(workbook)["accounts"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [(c.data_type, c.value) for c in cells] == [("s", name) for name in names]
    # JSON has no formulas: the names are written as they are, no quote added.
    assert [a["name"] for a in json.loads(document.read_text(encoding="utf-8"))["accounts"]] == names
    for exported in (workbook, document):
        copy = tmp_path / f"copy-{exported.suffix[1:]}.esn"
        code, _, err = run("import", str(copy), str(exported))
        assert code == 0, err
        assert account_names(copy) == names


def test_skip_invalid_leaves_out_a_row_whose_number_is_too_large(tmp_path: Path, new_place: Place) -> None:
    prospects = tmp_path / "prospects.csv"
    prospects.write_text("Raison sociale;Potentiel\nCorpus SA;1e20\nBeta SAS;12000\nGamma;1e308\n")
    code, out, err = run("import", str(new_place), str(prospects), "--skip-invalid", "--quiet")
    assert code == 0, err
    assert err.splitlines() == [
        "  left out: row 2: potential: is too large",
        "  left out: row 4: potential: is too large",
    ]
    assert out.splitlines() == [
        f"imported into {shown(new_place)}: 1 account",
        "2 rows were invalid (left out)",
    ]
