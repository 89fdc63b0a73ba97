"""What the import wizard says in words: how a file was read, counts of what an import writes
and makes, a duplicate or a refused row, and the outcome, in the interface's language.

The plan (interchange/lists/plan.py) holds codes and the service's English reasons; the field
and list names are put in words here, the reasons are shown as the service gives them, but for
their mentions of the command line's options (the window has its own words for those).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QObject

from esn_desktop.domain.errors import Problem
from esn_desktop.formatting import Formatter
from esn_desktop.interchange.lists import activities, deals, people, planning
from esn_desktop.interchange.lists.dialects import Dialect
from esn_desktop.interchange.lists.plan import Duplicate
from esn_desktop.interchange.lists.report import NAMES_SHOWN
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.services.transfer import ImportSummary
from esn_desktop.ui.labels import IMPORT_FIELDS, label

#: How many lines a list shows (names of a kind are spelled out as the command line does them).
LINES_SHOWN = 500

_ROW = re.compile(r"row (\d+)")
#: What the service's reasons say of the command line's options, and the window's words for it
#: (its "Create nothing" box, its encoding choice).
_OPTIONS = (
    (", and --no-create makes none", ""),
    ("; give the right one with --encoding", ": choose it"),
    ("give its encoding with --encoding", "choose its encoding"),
    ("then give --encoding utf-16-le", "then choose UTF-16"),
)
#: A row refused for a name the workspace lacks, which the "Create nothing" box keeps from being made.
#: (names.not_made words it.)
_NOT_MADE = re.compile(
    r"no (salesperson|channel|account|contact) named '(.*?)'(?: at '(.*)')?, and --no-create makes none"
)
#: The items and fields of a refusal that name no field of a list.
_WHERE = {"(header)", "(file)", "(encoding)", "(row)", "(rows)"}


class ImportTexts(QObject):
    """The wizard's words, its counts written by the workspace's formatter."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter

    # --- names -------------------------------------------------------------------------

    def list_label(self, list_name: ListName) -> str:
        """A list as the list chooser offers it."""
        labels = {
            ListName.ACCOUNTS: self.tr("Accounts (companies, maybe one contact each)"),
            ListName.CONTACTS: self.tr("Contacts (people at a company)"),
            ListName.OPPORTUNITIES: self.tr("Opportunities"),
            ListName.ACTIVITIES: self.tr("Activities"),
            ListName.CONSULTANTS: self.tr("Consultants"),
        }
        return labels[list_name]

    def field(self, name: str, list_name: ListName | None = None) -> str:
        """A field of a list, as the mapping names it ("email": "Contact's email")."""
        if name in _WHERE:
            return self.where(name)
        if name == "name" and list_name is not ListName.CONSULTANTS:
            # Beside the contact's names, a company's is said to be one.
            return self.tr("Company's name")
        return label(IMPORT_FIELDS, name)

    def listed(self, names: Sequence[str]) -> str:
        """'“A”, “B” and “C”': names quoted, as a sentence lists them."""
        quoted = [self.quoted(name) for name in names]
        if len(quoted) < 2:
            return "".join(quoted)
        return self.tr("%1 and %2").replace("%1", ", ".join(quoted[:-1])).replace("%2", quoted[-1])

    def encoding(self, name: str) -> str:
        """An encoding as a spreadsheet's "Save as" names it."""
        names = {
            "utf-8": "UTF-8",
            "utf-8-sig": self.tr("UTF-8 (with BOM)"),
            "utf-16": "UTF-16",
            "utf-16-le": "UTF-16",
            "utf-16-be": "UTF-16",
            "cp1252": "Windows-1252",
            "mac_roman": "Mac Roman",
        }
        return names.get(name, name.upper())

    def items(self, count: int, list_name: str) -> str:
        """'1 account', '12 accounts': a count of one list's items."""
        words = {
            "salespeople": (self.tr("1 salesperson"), self.tr("%1 salespeople")),
            "channels": (self.tr("1 channel"), self.tr("%1 channels")),
            "accounts": (self.tr("1 account"), self.tr("%1 accounts")),
            "contacts": (self.tr("1 contact"), self.tr("%1 contacts")),
            "opportunities": (self.tr("1 opportunity"), self.tr("%1 opportunities")),
            "activities": (self.tr("1 activity"), self.tr("%1 activities")),
            "consultants": (self.tr("1 consultant"), self.tr("%1 consultants")),
            "leaves": (self.tr("1 leave"), self.tr("%1 leaves")),
            "missions": (self.tr("1 mission"), self.tr("%1 missions")),
            "objectives": (self.tr("1 objective"), self.tr("%1 objectives")),
            "action_plans": (self.tr("1 action plan"), self.tr("%1 action plans")),
        }
        one, many = words.get(list_name, ("1 " + list_name, "%1 " + list_name))
        return one if count == 1 else many.replace("%1", self.formatter.number(count, decimals=0))

    def rows(self, count: int) -> str:
        return self.tr("1 row") if count == 1 else self.tr("%1 rows").replace("%1", self.number(count))

    def number(self, count: int) -> str:
        return self.formatter.number(count, decimals=0)

    def quoted(self, text: str) -> str:
        return self.tr("“%1”").replace("%1", text)

    # --- the reading -------------------------------------------------------------------

    def how_read(self, table: ListTable) -> str:
        """'Read: UTF-8 text separated by commas, 3 rows', or the sheet of a workbook."""
        if table.sheet is not None:
            how = self.tr("sheet %1 of the workbook").replace("%1", self.quoted(table.sheet))
        else:
            separators = {";": self.tr("semicolons"), ",": self.tr("commas"), "\t": self.tr("tabs")}
            separator = separators.get(table.delimiter) or self.quoted(table.delimiter)
            how = (
                self.tr("%1 text separated by %2")
                .replace("%1", self.encoding(table.encoding))
                .replace("%2", separator)
            )
        return self.tr("Read: %1, %2.").replace("%1", how).replace("%2", self.rows(len(table.rows)))

    def recognised(self, dialect: Dialect | None) -> str:
        """The CRM whose export the columns say the file is, or that none was recognised."""
        if dialect is None:
            return self.tr("No CRM recognised: the columns are matched by their headers.")
        name = (
            self.tr("%1, %2").replace("%1", dialect.vendor).replace("%2", self.list_word(dialect.list_name))
        )
        if dialect.language is not None:
            languages = {"English": self.tr("English"), "French": self.tr("French")}
            language = languages.get(dialect.language, dialect.language)
            name = self.tr("%1 (%2)").replace("%1", name).replace("%2", language)
        return self.tr("Recognised: %1.").replace("%1", name)

    def list_word(self, list_name: ListName) -> str:
        """A list named within a sentence: 'HubSpot, contacts'."""
        words = {
            ListName.ACCOUNTS: self.tr("accounts"),
            ListName.CONTACTS: self.tr("contacts"),
            ListName.OPPORTUNITIES: self.tr("opportunities"),
            ListName.ACTIVITIES: self.tr("activities"),
            ListName.CONSULTANTS: self.tr("consultants"),
        }
        return words[list_name]

    def field_taken_twice(self, field: str, columns: Sequence[str], list_name: ListName) -> str:
        return (
            self.tr("%1 fill the same field, %2: a field takes one column; leave the others out.")
            .replace("%1", self.listed(columns))
            .replace("%2", self.quoted(self.field(field, list_name)))
        )

    def header_problem(self, problem: Problem, list_name: ListName) -> str:
        """A list no column of which fills the field its rows need."""
        return self.tr("No column fills %1, which each row needs: choose it in the Field column.").replace(
            "%1", self.quoted(self.field(problem.field, list_name))
        )

    # --- the preview -------------------------------------------------------------------

    def counts(self, counts: Mapping[str, int], skipped: Iterable[str] = ()) -> str:
        """'12 accounts, 30 contacts' (lists in `skipped` left out), or 'nothing'."""
        left = set(skipped)
        written = [self.items(n, name) for name, n in counts.items() if n and name not in left]
        return ", ".join(written) if written else self.tr("nothing new")

    def created(self, created: Mapping[str, list[str]]) -> str:
        """'2 salespeople (Jean Martin, Claire Dubois), 1 channel (Trade fair)'."""
        parts = []
        for list_name, names in created.items():
            shown = ", ".join(names[:NAMES_SHOWN])
            if len(names) > NAMES_SHOWN:
                more = self.tr("%1 and %2 more").replace("%1", shown)
                shown = more.replace("%2", self.number(len(names) - NAMES_SHOWN))
            parts.append(
                self.tr("%1 (%2)").replace("%1", self.items(len(names), list_name)).replace("%2", shown)
            )
        return ", ".join(parts)

    def will_be_created(self, created: Mapping[str, list[str]]) -> str:
        return self.tr("Will be created: %1.").replace("%1", self.created(created))

    def row(self, number: int) -> str:
        return self.tr("Row %1").replace("%1", str(number))

    def item(self, item: str) -> str:
        """Where a problem is: 'row 4' is 'Row 4'."""
        row = _ROW.fullmatch(item)
        if row is not None:
            return self.row(int(row.group(1)))
        return self.where(item)

    def where(self, code: str) -> str:
        """'(header)', '(encoding)'...: the parts of a file a refusal names, in words."""
        words = {
            "(header)": self.tr("Header"),
            "(file)": self.tr("File"),
            "(encoding)": self.tr("Encoding"),
            "(row)": self.tr("Row"),
            "(rows)": self.tr("Rows"),
        }
        return words.get(code, code)

    def problem(self, problem: Problem, list_name: ListName | None = None) -> str:
        """'Row 4 · Contact's email: is not an email address ('pas-un-email')'."""
        return (
            self.tr("%1 · %2: %3")
            .replace("%1", self.item(problem.item))
            .replace("%2", self.field(problem.field, list_name))
            .replace("%3", self.reason(problem.reason))
        )

    def reason(self, reason: str) -> str:
        """A service's reason, in the interface's language when the wizard knows it (a name not
        made, a row left out), else with its mentions of command-line options put as the window
        offers them."""
        not_made = _NOT_MADE.fullmatch(reason)
        if not_made is not None:
            kinds = {
                "salesperson": self.tr("no salesperson named %1"),
                "channel": self.tr("no channel named %1"),
                "account": self.tr("no account named %1"),
                "contact": self.tr("no contact named %1"),
            }
            text = kinds[not_made.group(1)].replace("%1", self.quoted(not_made.group(2)))
            if not_made.group(3):
                text = self.tr("%1 at %2").replace("%1", text).replace("%2", self.quoted(not_made.group(3)))
            return text
        left_out = {
            people.NO_COMPANY: self.tr("a person at no company: no account to put them in"),
            people.NO_PERSON: self.tr("a contact naming no person (its phone or mailbox is the company’s)"),
            people.KEPT_OWNER: self.tr(
                "the salesperson or channel of an account already there, which keeps its own"
            ),
            activities.UNKNOWN_OPPORTUNITY: self.tr(
                "an opportunity the account does not have (the activity kept without it)"
            ),
            activities.CONTACT_WITHOUT_ACCOUNT: self.tr(
                "a contact named without a company (the activity kept without them)"
            ),
            activities.OPPORTUNITY_WITHOUT_ACCOUNT: self.tr(
                "an opportunity named without a company (the activity kept without it)"
            ),
            deals.OPEN_DEAL_CLOSED: self.tr("a closing day on an open opportunity (kept open, without it)"),
            deals.NO_AMOUNT: self.tr("an empty amount (the opportunity imported at 0 €)"),
            deals.DELETED_DEAL: self.tr("a deal the CRM says was deleted"),
            planning.FOOTER: self.tr(
                "the footer its CRM writes under a report (title, totals, copyright, author), not data"
            ),
        }
        if reason in left_out:
            return left_out[reason]
        for option, window in _OPTIONS:
            reason = reason.replace(option, window)
        return reason

    def duplicate(self, duplicate: Duplicate, list_name: ListName) -> str:
        """'Row 3 · Name “MUTUELLE HORIZON”: already in the workspace as “Mutuelle Horizon”'."""
        if duplicate.earlier_row is not None:
            why = self.tr("already on row %1").replace("%1", str(duplicate.earlier_row))
        elif duplicate.existing is not None:
            why = self.tr("already in the workspace as %1").replace("%1", self.quoted(duplicate.existing))
        else:
            why = self.tr("already in the workspace")
        return (
            self.tr("%1 · %2 %3: %4")
            .replace("%1", self.row(duplicate.row))
            .replace("%2", self.field(duplicate.field, list_name))
            .replace("%3", self.quoted(duplicate.value))
            .replace("%4", why)
        )

    def left_out_columns(self, columns: Sequence[str]) -> str:
        return self.tr("Columns not imported (no field takes them): %1.").replace("%1", self.listed(columns))

    def left_out_rows(self, reason: str, count: int) -> str:
        """Rows (or a value of theirs) kept out of the workspace for a reason, not refused."""
        text = self.tr("1 row left out: %2") if count == 1 else self.tr("%1 rows left out: %2")
        return text.replace("%1", self.number(count)).replace("%2", self.reason(reason))

    def more(self, count: int) -> str:
        return self.tr("… and %1 more").replace("%1", self.number(count))

    # --- the outcome -------------------------------------------------------------------

    def outcome(self, summary: ImportSummary, created: Mapping[str, list[str]]) -> str:
        """What the import wrote, made and left out, in a few lines."""
        skipped = [name for name in created if name in ("salespeople", "channels")]
        lines = [self.tr("Imported: %1.").replace("%1", self.counts(summary.written, skipped))]
        if created:
            lines.append(self.tr("Created: %1.").replace("%1", self.created(created)))
        if summary.duplicates:
            duplicates = (
                self.tr("1 row held something already there, not imported again.")
                if summary.duplicates == 1
                else self.tr("%1 rows held something already there, not imported again.")
            )
            lines.append(duplicates.replace("%1", self.number(summary.duplicates)))
        if summary.rejected_rows:
            refused = (
                self.tr("1 refused row was left out.")
                if summary.rejected_rows == 1
                else self.tr("%1 refused rows were left out.")
            )
            lines.append(refused.replace("%1", self.number(summary.rejected_rows)))
        if summary.settings_kept:
            lines.append(self.tr("The workspace's settings were kept; the document's were not applied."))
        return "\n".join(lines)
