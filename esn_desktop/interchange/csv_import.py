"""Reading one list from a CSV file as French Excel or any CRM writes it, or from a one-sheet workbook.

Accepts `;`, `,` or tab separators (or the one a first `sep=` line declares), and the
encodings of text_encoding.py: UTF-8 or UTF-16 with a BOM, UTF-8, Windows-1252, Mac Roman.
Columns are mapped from French or English headers; the mapping can be corrected before import.
Rows whose company or email is already known are reported as duplicates, not doubled.
A cell quoted because it starts like a formula (ours, or any OWASP-minded export) loses the quote.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from esn_desktop.domain.accounts import email_key, holds_a_letter, name_key
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.domain.records import KnownNames, WorkspaceContent
from esn_desktop.interchange.cell_text import csv_cell_text
from esn_desktop.interchange.fields import FieldReader, quoted
from esn_desktop.interchange.text_encoding import TextEncodingError, decode_text
from esn_desktop.interchange.validation import parse_account, parse_consultant, parse_contact
from esn_desktop.interchange.xlsx_format import read_xlsx_list

#: Target fields of a prospect row: the account, and optionally one contact at it.
ACCOUNT_FIELDS = ("name", "segment", "sector", "city", "size", "potential", "referencing", "channel", "owner")
CONTACT_FIELDS = ("first_name", "last_name", "full_name", "email", "phone", "role")
CONSULTANT_FIELDS = (
    "name",
    "daily_cost",
    "annual_salary",
    "target_rate",
    "start",
    "end",
    "skills",
    "seniority",
)

# Headers people actually write, French and English, compared after name_key() folding.
_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "name": (
            "raison sociale",
            "societe",
            "entreprise",
            "company",
            "company name",
            "nom de l entreprise",
            "nom entreprise",
            "nom societe",
            "account",
            "account name",
            "compte",
            "client",
            "organisation",
            "organization",
            "denomination",
            "name",
        ),
        "segment": ("segment", "segmentation", "categorie", "category"),
        "sector": ("secteur", "secteur d activite", "activite", "industry", "sector", "libelle naf"),
        "city": ("ville", "city", "commune", "localite", "town"),
        "size": ("effectif", "effectifs", "employees", "size", "headcount", "nombre de salaries", "salaries"),
        "potential": ("potentiel", "potential", "potentiel ca"),
        "referencing": ("referencement", "referencing", "statut referencement"),
        "channel": ("canal", "source", "channel", "origine", "lead source", "canal de prospection"),
        "owner": (
            "commercial",
            "owner",
            "responsable",
            "proprietaire",
            "account owner",
            "charge d affaires",
            "salesperson",
        ),
        "first_name": (
            "prenom",
            "first name",
            "firstname",
            "given name",
            "prenom du contact",
            "contact first name",
        ),
        "last_name": (
            "nom",
            "last name",
            "lastname",
            "surname",
            "nom de famille",
            "family name",
            "nom du contact",
            "contact last name",
        ),
        "full_name": ("contact", "nom complet", "full name", "interlocuteur", "contact name"),
        "email": (
            "email",
            "e mail",
            "mail",
            "courriel",
            "adresse email",
            "adresse e mail",
            "email address",
            "adresse mail",
        ),
        "phone": (
            "telephone",
            "tel",
            "phone",
            "portable",
            "mobile",
            "numero de telephone",
            "phone number",
            "telephone fixe",
            "ligne directe",
        ),
        "role": ("role", "role dans la decision", "decision role"),
    },
    "consultants": {
        "name": ("nom", "name", "consultant", "nom complet", "collaborateur"),
        "daily_cost": ("cjm", "cout journalier", "daily cost", "cout journalier moyen"),
        "annual_salary": ("salaire", "salaire annuel", "salaire brut annuel", "annual salary", "salary"),
        "target_rate": ("tjm cible", "tjm", "target rate", "daily rate", "taux journalier"),
        "start": (
            "date d entree",
            "entree",
            "start",
            "start date",
            "started",
            "date d embauche",
            "embauche",
            "since",
        ),
        "end": ("date de sortie", "sortie", "end", "end date"),
        "skills": ("competences", "skills", "technologies", "stack"),
        "seniority": ("seniorite", "seniority", "niveau", "experience"),
    },
}

# Values people write for our enumerations.
_VALUE_SYNONYMS: dict[str, dict[str, str]] = {
    "role": {
        "decideur": "decision_maker",
        "decision maker": "decision_maker",
        "decision_maker": "decision_maker",
        "acheteur": "buyer",
        "buyer": "buyer",
        "prescripteur": "prescriber",
        "prescriber": "prescriber",
        "referent technique": "prescriber",
        "utilisateur": "user",
        "user": "user",
        "achats": "purchasing",
        "service achats": "purchasing",
        "purchasing": "purchasing",
    },
    "referencing": {
        "non reference": "not_referenced",
        "not referenced": "not_referenced",
        "not_referenced": "not_referenced",
        "en cours": "in_progress",
        "in progress": "in_progress",
        "in_progress": "in_progress",
        "reference": "referenced",
        "referenced": "referenced",
        # The labels of the app's own list export, English and French.
        "referencing in progress": "in_progress",
        "referencement en cours": "in_progress",
    },
    "segment": {
        "grand compte": "grand_compte",
        "grands comptes": "grand_compte",
        "grand_compte": "grand_compte",
        "eti": "eti",
        "pme": "pme",
        "tpe": "tpe",
        # The labels of the app's own list export in English.
        "key account": "grand_compte",
        "mid cap": "eti",
        "sme": "pme",
        "micro business": "tpe",
    },
}

LIST_FIELDS = {"accounts": ACCOUNT_FIELDS + CONTACT_FIELDS, "consultants": CONSULTANT_FIELDS}
IGNORED = ""
PROGRESS_EVERY = 5000


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A CSV file decoded: how it was read, its header and its rows as text."""

    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sheet: str | None = None  # the workbook's sheet the list was on, for a list from XLSX


@dataclass(frozen=True, slots=True)
class Duplicate:
    row: int
    field: str
    value: str
    matches: str


@dataclass(slots=True)
class CsvImportPlan:
    """What an import of the CSV would write, shown before anything is written."""

    list_name: str
    table: CsvTable
    mapping: dict[str, str]
    content: WorkspaceContent = field(default_factory=WorkspaceContent)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    #: Rows whose email or phone names no person (a company's switchboard, its contact@ address):
    #: no contact is made of them, and the person is told.
    without_person: list[int] = field(default_factory=list)

    @property
    def columns_left_out(self) -> list[str]:
        """The columns no field takes: listed, never dropped without a word."""
        return [h for h in self.table.header if h.strip() and self.mapping.get(h, IGNORED) == IGNORED]

    @property
    def rejected_rows(self) -> int:
        return len({p.item for p in self.rejected})

    @property
    def duplicate_rows(self) -> int:
        """Rows holding something already there; a row whose company and email both are counts once."""
        return len({d.row for d in self.duplicates})


def read_list_table(path: Path, *, encoding: str | None = None) -> CsvTable:
    """The list a CSV (or tab-separated text) file or a one-sheet workbook holds, as text.

    `encoding` forces a text file's encoding; a workbook says its own.
    """
    if path.suffix.lower() == ".xlsx":
        sheet, rows = read_xlsx_list(path)
        return _table(path, rows, encoding="xlsx", delimiter="", sheet=sheet)
    return read_csv_table(path, encoding=encoding)


def read_csv_table(path: Path, *, encoding: str | None = None) -> CsvTable:
    """The CSV's header and rows; its encoding detected (text_encoding.py) unless `encoding` is given."""
    try:
        decoded = decode_text(path.read_bytes(), encoding=encoding)
    except TextEncodingError as error:
        raise _refused(path, error.field, str(error)) from None
    text = decoded.text
    if "\x00" in text:
        raise _refused(
            path, "(file)", f"is not CSV text: read as {decoded.encoding}, it holds NUL characters"
        )
    delimiter, text, skipped_lines = _declared_separator(text)
    if delimiter is None:
        first_line = _LINE_END.split(text, maxsplit=1)[0]
        delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = ([cell.strip() for cell in row] for row in reader)
    try:
        return _table(path, rows, encoding=decoded.encoding, delimiter=delimiter, unquote=csv_cell_text)
    except csv.Error as error:  # a field beyond csv's 128 KB limit, most often an unclosed quote
        line = reader.line_num + skipped_lines
        raise _refused(path, f"line {line}", f"is not readable CSV ({error})") from None


# Excel writes "sep=;" as a first line when asked to, and honours it when it opens the file
# (then hidden: the header is its row 1). Some tools quote it, or write the tab as "\t".
_SEPARATOR_LINE = re.compile(r'"?sep=(\\t|[^\r\n"])"?[ ]*(?:\r\n|\r|\n|$)', re.IGNORECASE)
_LINE_END = re.compile(r"\r\n|\r|\n")


def _declared_separator(text: str) -> tuple[str | None, str, int]:
    """The separator a first `sep=` line declares, the text after that line, and the lines skipped."""
    declared = _SEPARATOR_LINE.match(text)
    if declared is None:
        return None, text, 0
    separator = declared.group(1)
    return ("\t" if separator.lower() == "\\t" else separator), text[declared.end() :], 1


def _table(
    path: Path,
    rows: Iterable[Sequence[str]],
    *,
    encoding: str,
    delimiter: str,
    sheet: str | None = None,
    unquote: Callable[[str], str] = str,
) -> CsvTable:
    """The header (first row) and the non-blank rows under it; refused when either is missing."""
    lines = iter(rows)
    header = next(lines, None)
    if not header or not any(header):
        raise _refused(path, "(header)", "the first line must name the columns")
    body = tuple(tuple(unquote(cell) for cell in row) for row in lines if any(row))
    if not body:
        raise _refused(path, "(rows)", "there is no row under the header")
    return CsvTable(encoding, delimiter, tuple(header), body, sheet)


def _refused(path: Path, field: str, reason: str) -> ValidationError:
    return ValidationError([Problem(path.name, field, reason)], "the file was refused")


def guess_list(header: tuple[str, ...]) -> str:
    """The list whose fields the header names best (prospect files are the usual case)."""
    scores = {name: len({v for v in guess_mapping(header, name).values() if v}) for name in _SYNONYMS}
    consultants_only = {"daily_cost", "annual_salary", "target_rate", "skills"}
    if set(guess_mapping(header, "consultants").values()) & consultants_only:
        return "consultants"
    return max(scores, key=lambda name: (name == "accounts", scores[name]))


def guess_mapping(header: tuple[str, ...], list_name: str) -> dict[str, str]:
    """Column -> target field (IGNORED for columns we do not know); each field taken once."""
    lookup = {name_key(s): target for target, synonyms in _SYNONYMS[list_name].items() for s in synonyms}
    lookup.update({name_key(f): f for f in LIST_FIELDS[list_name]})
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in header:
        target = lookup.get(name_key(column), IGNORED)
        if target in taken:
            target = IGNORED
        mapping[column] = target
        if target:
            taken.add(target)
    return mapping


def corrected_mapping(
    header: tuple[str, ...], list_name: str, corrections: list[tuple[str, str]]
) -> dict[str, str]:
    """The guessed mapping with a person's corrections ("Column=field", as `--map` takes them).

    A column is found ignoring case and accents ("societe" names "Société"); a field must be
    one of the list's, or empty to leave the column out. Refuses in one line otherwise.
    """
    mapping = guess_mapping(header, list_name)
    columns = {name_key(column): column for column in reversed(header)}
    fields = LIST_FIELDS[list_name]
    for written, target in corrections:
        column = written if written in mapping else columns.get(name_key(written))
        if column is None:
            raise ValidationError(
                [
                    Problem(
                        "--map", written, f"the file has no such column; its columns are {', '.join(header)}"
                    )
                ],
                "the mapping was refused",
            )
        field = next((f for f in fields if name_key(f) == name_key(target)), None) if target else IGNORED
        if field is None:
            raise ValidationError(
                [
                    Problem(
                        "--map",
                        written,
                        f"{quoted(target)} is not a field of {list_name}; the fields are "
                        f"{', '.join(fields)} (or nothing, to leave the column out)",
                    )
                ],
                "the mapping was refused",
            )
        mapping[column] = field
    return mapping


def plan_csv_import(
    table: CsvTable,
    *,
    known: KnownNames,
    known_name_keys: Mapping[str, str],
    known_emails: set[str],
    list_name: str | None = None,
    mapping: dict[str, str] | None = None,
    progress: Progress = no_progress,
) -> CsvImportPlan:
    """Maps, validates and de-duplicates every row; writes nothing."""
    list_name = list_name or guess_list(table.header)
    if list_name not in _SYNONYMS:
        raise ValidationError(
            [Problem("csv", "list", f"must be one of {', '.join(_SYNONYMS)}, not {quoted(list_name)}")]
        )
    mapping = mapping or guess_mapping(table.header, list_name)
    unknown = {target for target in mapping.values() if target and target not in LIST_FIELDS[list_name]}
    if unknown:
        fields = ", ".join(LIST_FIELDS[list_name])
        raise ValidationError(
            [
                Problem(
                    "csv",
                    "mapping",
                    f"{quoted(sorted(unknown)[0])} is not a field of {list_name}; the fields are {fields}",
                )
            ]
        )
    plan = CsvImportPlan(list_name, table, mapping)
    if "name" not in mapping.values():
        plan.rejected.append(Problem("csv", "name", f"no column was recognised as the {list_name[:-1]} name"))
        return plan
    columns = [
        (index, target)
        for index, target in enumerate(mapping.get(h, IGNORED) for h in table.header)
        if target
    ]
    if list_name == "accounts":
        _plan_prospects(plan, columns, known, dict(known_name_keys), set(known_emails), progress)
    else:
        _plan_consultants(plan, columns, known)
    progress(len(table.rows), len(table.rows))
    return plan


def _row_values(row: tuple[str, ...], columns: list[tuple[int, str]]) -> dict[str, Any]:
    return {target: row[index] if index < len(row) else "" for index, target in columns}


def _cells_beyond_header(row: tuple[str, ...], header: tuple[str, ...], where: str) -> list[Problem]:
    """A row longer than the header has its cells shifted (an unquoted separator): refuse it.

    Shorter rows are fine: Excel leaves out the separators of trailing empty cells.
    """
    extra = [cell for cell in row[len(header) :] if cell]
    if not extra:
        return []
    return [Problem(where, "(row)", f"has {len(header) + len(extra)} cells, the header names {len(header)}")]


def _translate(values: dict[str, Any]) -> None:
    for name, synonyms in _VALUE_SYNONYMS.items():
        value = values.get(name)
        if value and isinstance(value, str):
            values[name] = synonyms.get(name_key(value), value)


#: The mailboxes of a company rather than of a person, as French and English firms name them
#: (compared folded: "Comptabilité" is "comptabilite", "service-client" is "service client").
COMPANY_MAILBOXES = frozenset(
    {
        "accueil",
        "admin",
        "administration",
        "bonjour",
        "commercial",
        "commandes",
        "compta",
        "comptabilite",
        "contact",
        "direction",
        "facturation",
        "hello",
        "hr",
        "info",
        "infos",
        "mail",
        "office",
        "rh",
        "sales",
        "secretariat",
        "service client",
        "support",
        "team",
        "vente",
        "ventes",
    }
)


def is_company_mailbox(email: str) -> bool:
    """Whether `email` is a company's mailbox (contact@acme.fr), not a person's (s.marchand@...)."""
    return name_key(email.split("@", 1)[0]) in COMPANY_MAILBOXES


def _plan_prospects(
    plan: CsvImportPlan,
    columns: list[tuple[int, str]],
    known: KnownNames,
    seen_companies: dict[str, str],
    seen_emails: set[str],
    progress: Progress,
) -> None:
    first_row_of_email: dict[str, int] = {}
    new_accounts: dict[str, str] = {}
    total = len(plan.table.rows)
    for number, row in enumerate(plan.table.rows, start=2):
        if number % PROGRESS_EVERY == 0:
            progress(number - 2, total)
        values = _row_values(row, columns)
        _translate(values)
        if values.get("full_name") and not (values.get("first_name") or values.get("last_name")):
            first, _, last = str(values["full_name"]).strip().partition(" ")
            values["first_name"], values["last_name"] = (first, last) if last else ("", first)
        where = f"row {number}"
        problems = _cells_beyond_header(row, plan.table.header, where)
        account = parse_account(FieldReader(values, where, problems, spreadsheet=True))
        # A contact is a person: a name, or a person's own email (known by it until named). A
        # phone alone, or a company's mailbox (contact@, info@...), is the company's own: never
        # a person named after it.
        given_email = str(values.get("email") or "")
        named = any(values.get(f) for f in ("first_name", "last_name"))
        has_person = named or bool(given_email and not is_company_mailbox(given_email))
        if not has_person and (given_email or values.get("phone")):
            plan.without_person.append(number)
            if given_email and "@" not in given_email:  # left out, yet wrong all the same: said
                problems.append(Problem(where, "email", f"is not an email address ({quoted(given_email)})"))
        contact = None
        if account is not None and has_person:
            contact_values = {**values, "account": account.name}
            if not contact_values.get("last_name"):  # one name given is the last name, else the email
                contact_values["last_name"] = contact_values.get("first_name") or given_email
                contact_values["first_name"] = ""
            contact = parse_contact(FieldReader(contact_values, where, problems, spreadsheet=True))
        for what, name in (
            ("name", account.name if account else ""),
            ("last_name", contact.last_name if contact else ""),
        ):
            if name and not holds_a_letter(name):
                problems.append(Problem(where, what, f"must hold a letter, not {quoted(name)}"))
        if account is not None:
            if account.owner and account.owner not in known.salespeople:
                problems.append(Problem(where, "owner", f"no salesperson named {quoted(account.owner)}"))
            if account.channel and account.channel not in known.channels:
                problems.append(Problem(where, "channel", f"no channel named {quoted(account.channel)}"))
        if problems or account is None:
            plan.rejected.extend(problems)
            continue
        key = name_key(account.name)
        existing_name = seen_companies.get(key)
        if existing_name is not None:
            matches = (
                f"row {new_accounts[key]}"
                if key in new_accounts
                else f"{quoted(existing_name)} in the workspace"
            )
            plan.duplicates.append(Duplicate(number, "name", account.name, matches))
            account_name = existing_name
        else:
            seen_companies[key] = account.name
            new_accounts[key] = str(number)
            plan.content.accounts.append(account)
            account_name = account.name
        if contact is None:
            continue
        contact = replace(contact, account=account_name)
        email = email_key(contact.email) if contact.email else None
        if email and email in seen_emails:
            matches = (
                f"row {first_row_of_email[email]}"
                if email in first_row_of_email
                else "a contact in the workspace"
            )
            plan.duplicates.append(Duplicate(number, "email", contact.email or "", matches))
            continue
        if (account_name, contact.full_name) in known.contacts:
            plan.duplicates.append(
                Duplicate(number, "last_name", contact.full_name, "a contact in the workspace")
            )
            continue
        if email:
            seen_emails.add(email)
            first_row_of_email[email] = number
        plan.content.contacts.append(contact)
    _drop_repeated_people(plan)


def _drop_repeated_people(plan: CsvImportPlan) -> None:
    """Two rows naming the same person at the same company without an email are one contact."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for contact in plan.content.contacts:
        key = (contact.account, contact.full_name)
        if key not in seen:
            seen.add(key)
            kept.append(contact)
    plan.content.contacts = kept


def _plan_consultants(plan: CsvImportPlan, columns: list[tuple[int, str]], known: KnownNames) -> None:
    seen = {name_key(n): n for n in known.consultants}
    for number, row in enumerate(plan.table.rows, start=2):
        values = _row_values(row, columns)
        if isinstance(values.get("skills"), str):
            values["skills"] = [s.strip() for s in values["skills"].replace(";", ",").split(",") if s.strip()]
        problems = _cells_beyond_header(row, plan.table.header, f"row {number}")
        consultant = parse_consultant(FieldReader(values, f"row {number}", problems, spreadsheet=True))
        if consultant is None or problems:
            plan.rejected.extend(problems)
            continue
        key = name_key(consultant.name)
        if key in seen:
            plan.duplicates.append(Duplicate(number, "name", consultant.name, quoted(seen[key])))
            continue
        seen[key] = consultant.name
        plan.content.consultants.append(consultant)
