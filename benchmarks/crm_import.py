"""A CRM's export at scale: 100,000 HubSpot contacts imported, against 20 s and 400 MB.

    uv run python benchmarks/crm_import.py [--rows 100000] [--keep DIR] [--skip-existing]

Writes a HubSpot contacts export as HubSpot writes it (UTF-8 with a byte order mark, commas,
every cell quoted, its English headers): French people with accents at some 20,000 companies,
5 contact owners, a few company mailboxes (contact@, info@) and rows holding only a phone, which
stay on the company. Then runs `esn-desktop import NEW.esn FILE` in its own process, as a person
runs it (progress on), and measures its wall time, its peak memory (maximum resident set size),
the progress lines it printed while reading the rows and while writing them, and what it wrote.

The same is done into an existing workspace, the 100,000-prospect demo (built once into
benchmarks/out/ and reused, as benchmarks/visit_pack.py does), from a file where some of the
people are already there (found as duplicates) and others work at its companies.

Beside the figures, the floors no import could go under on this machine: reading and parsing the
file with the csv module alone, and inserting the same rows with sqlite3's executemany.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
LIMIT_SECONDS = 20.0
LIMIT_MB = 400.0
DEMO_AS_OF = "2026-12-01"

HEADER = (
    "Record ID",
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Mobile Phone Number",
    "Job Title",
    "Company Name",
    "Contact owner",
    "Lifecycle Stage",
    "City",
    "Create Date",
)


def words(text: str) -> list[str]:
    """The words of `text`; an underscore joins two into one ('Le_Mans' is 'Le Mans')."""
    return [word.replace("_", " ") for word in text.split()]


OWNERS = ("Camille Rousseau", "Julien Lefèvre", "Sophie Gauthier", "Mathieu Bérard", "Élodie Marchand")
FIRST_NAMES = words(
    "Amélie Anaïs Antoine Aurélie Benoît Bérénice Camille Cécile Charlotte Chloé Clément Damien Élise "
    "Éloïse Émilie Étienne François Frédéric Gaëlle Gaëtan Hélène Inès Jérémy Jérôme Joël Julien Léa "
    "Léon Loïc Lucie Maël Manon Marc Mathilde Maxime Mélanie Nathalie Noël Noémie Océane Pascal "
    "Pierre-Yves Raphaël Rémi Sébastien Solène Stéphane Thérèse Théo Valérie Zoé"
)
LAST_NAMES = words(
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre "
    "Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier Dupont Lambert "
    "Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel "
    "Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin Masson "
    "Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas "
    "Meunier Jean Pérez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet Schmitt Leroux "
    "Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc Vidal Bourgeois "
    "Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier Rodriguez "
    "Da_Silva Hubert Louis Charles Guillot Rivière Le_Gall Guillaume Adam Rey Moulin Gonzalez "
    "Berger Lecomte Ménard Fleury Deschamps Carpentier Julien Benoît Paris Maillard Marchal Aubry "
    "Vasseur Le_Roux Renault Jacquet Collet Prévost Poirier Charpentier Royer Huet Baron Dupuy "
    "Pons Paul Laine Carré Breton Rémy Schneider Perrot Guyot Barre Marty Cousin Bérard Lefebvre"
)
TRADES = words(
    "Conseil Ingénierie Informatique Logistique Transports Bâtiment Énergie Santé Distribution "
    "Assurances Systèmes Industrie Électronique Télécom Hôtellerie Agroalimentaire Médical "
    "Mécanique Numérique Études Services Immobilier Finance Chimie Aéronautique Textile "
    "Matériaux Développement Environnement Réseaux"
)
BRANDS = words(
    "Hélios Cévennes Armor Provence Alpes Océane Atlantique Lumière Étoile Horizon Méridien "
    "Azur Boréal Garonne Loire Rhône Vosges Jura Iroise Érable Chêne Orée Sémaphore Phénix "
    "Aquilon Zénith Équinoxe Quartz Opale Émeraude"
)
FORMS = ("", "", "", " SAS", " SARL", " SA", " & Associés", " Groupe")
CITIES = words(
    "Paris Lyon Marseille Toulouse Nantes Lille Bordeaux Rennes Strasbourg Montpellier Nice Grenoble "
    "Dijon Angers Nîmes Clermont-Ferrand Le_Mans Aix-en-Provence Brest Tours Amiens Limoges Metz "
    "Besançon Orléans Rouen Caen Nancy Saint-Étienne Villeurbanne"
)
JOBS = (
    "Directeur des systèmes d'information",
    "DSI",
    "Responsable achats",
    "Directrice technique",
    "Chef de projet",
    "Responsable infrastructure",
    "Directeur général",
    "Responsable RH",
    "Acheteuse IT",
    "CTO",
    "",
)
STAGES = ("Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer")
MAILBOXES = ("contact", "info", "accueil", "commercial", "compta")


def folded(text: str) -> str:
    """Lower-case ASCII as an address holds a name: 'Hélène Lefèvre' is 'helene.lefevre'."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")


def companies(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """`count` distinct French company names, each with its web domain."""
    made: dict[str, str] = {}
    while len(made) < count:
        pattern = rng.random()
        if pattern < 0.45:
            name = f"{rng.choice(LAST_NAMES)} {rng.choice(TRADES)}{rng.choice(FORMS)}"
        elif pattern < 0.8:
            name = f"{rng.choice(BRANDS)} {rng.choice(TRADES)} {rng.choice(CITIES)}"
        else:
            name = f"{rng.choice(TRADES)} {rng.choice(LAST_NAMES)} et {rng.choice(LAST_NAMES)}"
        made.setdefault(name, f"{folded(name)[:40]}.fr")
    return list(made.items())


def phone(rng: random.Random, mobile: bool = False) -> str:
    first = rng.choice("67") if mobile else rng.choice("12345")
    return f"+33 {first} " + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))


@dataclass
class Expected:
    """What the import of the file should write, worked out while writing it."""

    rows: int = 0
    companies: set[str] = field(default_factory=set)
    #: The companies named by rows holding a person: all a contacts list makes if the others are refused.
    with_people: set[str] = field(default_factory=set)
    people: int = 0
    mailboxes: int = 0
    phones_only: int = 0
    duplicates: int = 0


def hubspot_contacts(
    path: Path,
    rows: int,
    *,
    seed: int = 13,
    known_people: Sequence[tuple[str, str, str, str]] = (),
    known_share: float = 0.0,
    at_known_companies: Sequence[str] = (),
    taken_names: Collection[tuple[str, str, str]] = frozenset(),
) -> Expected:
    """A contacts export as HubSpot writes it. `known_people` (first, last, email, company), a
    `known_share` of the rows, are already in the workspace; other rows may work at
    `at_known_companies`, whose people are `taken_names` (company, first, last)."""
    rng = random.Random(seed)
    firms = companies(rng, 20_000)
    expected = Expected(rows=rows)
    created = datetime(2021, 1, 4, 9, 0)
    emails: set[str] = set()
    named = set(taken_names)
    known = iter(known_people)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)  # HubSpot quotes every cell, "\r\n" lines
        writer.writerow(HEADER)
        for number in range(rows):
            record_id = str(1_201 + number * 50 + rng.randint(0, 49))
            owner, stage, city = rng.choice(OWNERS), rng.choice(STAGES), rng.choice(CITIES)
            when = (created + timedelta(minutes=7 * number + rng.randint(0, 6))).strftime("%Y-%m-%d %H:%M")
            person = next(known, None) if rng.random() < known_share else None
            if person is not None:
                first, last, email, company = person
                expected.duplicates += 1
                writer.writerow(
                    (record_id, first, last, email, phone(rng), "", "", company, owner, stage, city, when)
                )
                continue
            if at_known_companies and rng.random() < 0.3:
                company, domain = rng.choice(at_known_companies), "exemple-client.fr"
            else:
                company, domain = rng.choice(firms)
            expected.companies.add(company)
            kind = rng.random()
            if kind < 0.03:  # the company's mailbox, no one named
                expected.mailboxes += 1
                email = f"{rng.choice(MAILBOXES)}@{domain}"
                row = (record_id, "", "", email, phone(rng), "", "", company, owner, stage, city, when)
            elif kind < 0.05:  # the switchboard only
                expected.phones_only += 1
                row = (record_id, "", "", "", phone(rng), "", "", company, owner, stage, city, when)
            else:
                # One person per name at a company: two rows naming the same one are one contact.
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                while (company, first, last) in named:
                    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                named.add((company, first, last))
                email = f"{folded(first)}.{folded(last)}@{domain}"
                if email in emails:
                    email = f"{folded(first)}.{folded(last)}.{number}@{domain}"
                emails.add(email)
                expected.people += 1
                expected.with_people.add(company)
                row = (
                    record_id,
                    first,
                    last,
                    email,
                    phone(rng) if rng.random() < 0.7 else "",
                    phone(rng, mobile=True) if rng.random() < 0.5 else "",
                    rng.choice(JOBS),
                    company,
                    owner,
                    stage,
                    city,
                    when,
                )
            writer.writerow(row)
    return expected


@dataclass
class Run:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    stdout: str
    progress: list[tuple[str, float, int, int]]  # (step, seconds since start, done, total)
    #: Why the import was refused (its first lines on stderr), or "" when it was done.
    refused: str = ""

    def figures(self) -> dict[str, object]:
        return {
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "peak_mb": self.peak_mb,
            "written": written(self.stdout),
            "progress": self.progress,
        }

    def step(self, name: str) -> list[tuple[float, int, int]]:
        """The progress lines of one step ("reading rows", "writing")."""
        return [(seconds, done, total) for step, seconds, done, total in self.progress if step == name]


_PROGRESS = re.compile(r"^import, ([a-z ]+): \d+% \((\d+)/(\d+)\)$")


def run_import(workspace: Path, csv_file: Path, *options: str) -> Run:
    """`esn-desktop import WORKSPACE FILE` in its own process; its own wall time and peak RSS."""
    progress: list[tuple[str, float, int, int]] = []
    notes: list[str] = []
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "esn_desktop", "import", str(workspace), str(csv_file), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_with_bytecode(),
    )
    out: list[str] = []

    def read_err() -> None:
        for line in process.stderr:  # type: ignore[union-attr]
            if match := _PROGRESS.match(line.strip()):
                progress.append((match[1], time.perf_counter() - start, int(match[2]), int(match[3])))
            else:
                notes.append(line)

    readers = [
        threading.Thread(target=read_err),
        threading.Thread(target=lambda: out.append(process.stdout.read())),  # type: ignore[union-attr]
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    for reader in readers:
        reader.join()
    refused = ""
    if os.waitstatus_to_exitcode(status) != 0:  # its one-line reason, then the rows' problems
        start = next((i for i, line in enumerate(notes) if line.startswith("esn-desktop: ")), 0)
        refused = "".join(notes[start : start + 3]).strip().removeprefix("esn-desktop: ")
    cpu = usage.ru_utime + usage.ru_stime
    peak = round(usage.ru_maxrss / 1024, 1)
    return Run(round(elapsed, 2), round(cpu, 2), peak, "".join(out), progress, refused)


def import_as_a_person_would(
    name: str, workspace: Path, csv_file: Path, verdicts: list[Verdict]
) -> tuple[Run, bool]:
    """The plain import; if it is refused, said as a failure, then again with --skip-invalid (what
    the refusal tells a person to do), measured. Returns the run measured and whether it skipped."""
    run = run_import(workspace, csv_file)
    said = run.refused.splitlines()[0].split(";")[0] if run.refused else "yes"
    verdicts.append(Verdict(f"{name}: plain import done", said, "yes", not run.refused))
    if not run.refused:
        return run, False
    print(f"{name}: the plain import was refused:\n{run.refused}\n", flush=True)
    return run_import(workspace, csv_file, "--skip-invalid"), True


def _with_bytecode() -> dict[str, str]:
    """The environment of the measured commands: bytecode kept (in benchmarks/out/bytecode), as an
    installed app has it. On a machine that sets PYTHONDONTWRITEBYTECODE, each run would otherwise
    compile every module it imports, and the figures would time the compiler."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {"PYTHONPYCACHEPREFIX": str(OUT / "bytecode")}


def start_up(folder: Path) -> Run:
    """A 10-row import into a new workspace, run twice: the first compiles what the import
    imports (kept for the measured runs), the second is the cost of starting at all."""
    small = folder / "hubspot-10.csv"
    hubspot_contacts(small, 10)
    for _ in range(2):
        target = folder / "small.esn"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        run = run_import(target, small, "--skip-invalid")
    return run


def written(stdout: str) -> dict[str, int]:
    """'imported into x.esn: 20000 accounts, 95000 contacts' as {list: count}; duplicates too."""
    counts: dict[str, int] = {}
    for line in stdout.splitlines():
        if line.startswith("imported into"):
            for part in line.split(": ", 1)[1].split(", "):
                number, _, name = part.partition(" ")
                if number.isdigit():
                    counts[name] = int(number)
        elif match := re.match(r"(\d+) rows? (?:was|were) (?:a )?duplicates?", line):
            counts["duplicates"] = int(match[1])
    return counts


def csv_floor(path: Path) -> float:
    """Seconds to read and parse the file with the csv module alone: no import goes under it."""
    start = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    elapsed = time.perf_counter() - start
    del rows
    return elapsed


def sql_floor(path: Path) -> float:
    """Seconds to insert the file's companies and people with sqlite3's executemany into a new
    workspace's tables, in one transaction, with the app's pragmas: the write no import goes under
    (the rows are taken from the file unchecked, before the clock starts)."""
    sys.path.insert(0, str(ROOT))
    from esn_desktop.store.database import new_workspace

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    company_ids: dict[str, int] = {}
    people: dict[tuple[int, str, str], tuple[object, ...]] = {}
    for row in rows:
        account_id = company_ids.setdefault(row[7], len(company_ids) + 1)
        if row[1] or row[2]:
            key = (account_id, row[1], row[2])
            people.setdefault(key, (len(people) + 1, *key, row[3] or None, row[4] or None))
    with tempfile.TemporaryDirectory() as folder:
        floor = Path(folder) / "floor.esn"
        with new_workspace(floor):
            pass
        db = sqlite3.connect(floor)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        start = time.perf_counter()
        with db:
            db.executemany(
                "INSERT INTO accounts (id, name, name_key, referencing) VALUES (?, ?, ?, 'not_referenced')",
                ((i, name, name.lower()) for name, i in company_ids.items()),
            )
            db.executemany(
                "INSERT INTO contacts (id, account_id, first_name, last_name, email, phone) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                people.values(),
            )
        elapsed = time.perf_counter() - start
        db.close()
    return elapsed


def demo(prospects: int) -> Path:
    """The demo workspace, built on first use and kept for the next runs (as visit_pack.py's)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{prospects}-{DEMO_AS_OF}.esn"
    if not path.exists():
        print(f"building the demo ({prospects} prospects) into {path}…", flush=True)
        partial = path.with_name(f"building-{path.name}")
        partial.unlink(missing_ok=True)
        command = [sys.executable, "-m", "esn_desktop", "demo", str(partial)]
        command += ["--prospects", str(prospects), "--as-of", DEMO_AS_OF]
        subprocess.run(command, check=True, capture_output=True)
        partial.rename(path)  # closed by its process: no companion file left beside it
    return path


def copy_of(source: Path, target: Path) -> None:
    """A copy made through SQLite's backup, as a live file must be copied."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def workspace_people(
    path: Path, rng: random.Random, count: int
) -> tuple[list[tuple[str, str, str, str]], list[str], set[tuple[str, str, str]]]:
    """`count` contacts of the workspace (first, last, email, company), some of its companies, and
    the names of everyone at those (company, first, last)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    everyone = db.execute(
        "SELECT c.first_name, c.last_name, c.email, a.name FROM contacts c "
        "JOIN accounts a ON a.id = c.account_id ORDER BY c.id"
    ).fetchall()
    names = [name for (name,) in db.execute("SELECT name FROM accounts ORDER BY id")]
    db.close()
    people = rng.sample([p for p in everyone if p[2]], count)
    firms = rng.sample(names, 5000)
    chosen = set(firms)
    taken = {(company, first, last) for first, last, _, company in everyone if company in chosen}
    return people, firms, taken


@dataclass
class Verdict:
    figure: str
    value: str
    floor: str
    passed: bool | None  # None: a reference, no limit


def judge(name: str, run: Run, expected: Expected, *, into_existing: bool, skipped: bool) -> list[Verdict]:
    counts = written(run.stdout)
    companies = expected.with_people if skipped else expected.companies
    if run.refused:
        return [Verdict(f"{name}: import done", run.refused.splitlines()[0], "yes", False)]
    reading, writing = run.step("reading rows"), run.step("writing")

    def seen(lines: list[tuple[float, int, int]]) -> str:
        return f"{len(lines)} lines, {lines[0][0]:.1f}-{lines[-1][0]:.1f} s" if lines else "none"

    verdicts = [
        Verdict(
            f"{name}: wall time",
            f"{run.seconds:.1f} s (CPU {run.cpu_seconds:.1f} s)",
            f"{LIMIT_SECONDS:.0f} s",
            run.seconds < LIMIT_SECONDS,
        ),
        Verdict(
            f"{name}: peak memory", f"{run.peak_mb:.0f} MB", f"{LIMIT_MB:.0f} MB", run.peak_mb < LIMIT_MB
        ),
        Verdict(
            f"{name}: progress reading rows",
            seen(reading),
            "some",
            bool(reading),
        ),
        Verdict(
            f"{name}: progress writing",
            seen(writing),
            "some",
            bool(writing),
        ),
        Verdict(
            f"{name}: contacts written",
            str(counts.get("contacts", 0)),
            str(expected.people),
            counts.get("contacts", 0) == expected.people,
        ),
    ]
    if into_existing:
        # Rows of people already there, at least: a file read as a list of companies also counts
        # a company's second row as one.
        verdicts.append(
            Verdict(
                f"{name}: duplicate rows found",
                str(counts.get("duplicates", 0)),
                f">= {expected.duplicates}",
                counts.get("duplicates", 0) >= expected.duplicates,
            )
        )
    else:
        verdicts.append(
            Verdict(
                f"{name}: accounts written",
                str(counts.get("accounts", 0)),
                str(len(companies)),
                counts.get("accounts", 0) == len(companies),
            )
        )
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--prospects", type=int, default=100_000, help="the existing demo's size")
    parser.add_argument("--keep", type=Path, help="keep the files in this folder")
    parser.add_argument("--skip-existing", action="store_true", help="only the import into a new workspace")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="esn-crm-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {"rows": args.rows}
    verdicts: list[Verdict] = []

    small = start_up(folder)
    export = folder / "hubspot-contacts.csv"
    expected = hubspot_contacts(export, args.rows)
    new = folder / "new.esn"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{new}{suffix}").unlink(missing_ok=True)
    run, skipped = import_as_a_person_would("new workspace", new, export, verdicts)
    results["new"] = run.figures()
    verdicts += judge("new workspace", run, expected, into_existing=False, skipped=skipped)
    parse = csv_floor(export)
    insert = sql_floor(export)
    verdicts += [
        Verdict("floor: csv module reads the file", f"{parse:.2f} s", "", None),
        Verdict("floor: sqlite3 inserts its rows", f"{insert:.2f} s", "", None),
        Verdict("floor: a 10-row import (start, new file)", f"{small.seconds:.2f} s", "", None),
    ]
    results["floors"] = {
        "csv_seconds": round(parse, 3),
        "sql_seconds": round(insert, 3),
        "ten_rows_seconds": small.seconds,
    }

    if not args.skip_existing:
        source = demo(args.prospects)
        people, firms, taken = workspace_people(source, random.Random(7), args.rows // 10)
        export_known = folder / "hubspot-contacts-known.csv"
        expected_known = hubspot_contacts(
            export_known,
            args.rows,
            seed=14,
            known_people=people,
            known_share=0.1,
            at_known_companies=firms,
            taken_names=taken,
        )
        target = folder / "existing.esn"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        copy_of(source, target)
        name = f"{args.prospects:,}-prospect demo"
        run_known, skipped = import_as_a_person_would(name, target, export_known, verdicts)
        results["existing"] = run_known.figures()
        verdicts += judge(name, run_known, expected_known, into_existing=True, skipped=skipped)

    print(f"\n{args.rows:,} HubSpot contact rows ({export.stat().st_size / 2**20:.1f} MB), in {folder}")
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores (a busy machine stretches wall times)\n")
    width = max(len(v.figure) for v in verdicts) + 2
    print(f"{'figure':<{width}}{'value':>36}{'limit':>10}  verdict")
    for v in verdicts:
        verdict = "reference" if v.passed is None else ("pass" if v.passed else "FAIL")
        print(f"{v.figure:<{width}}{v.value:>36}{v.floor:>10}  {verdict}")
    OUT.mkdir(exist_ok=True)
    results["verdicts"] = [v.__dict__ for v in verdicts]
    (OUT / "crm_import.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
