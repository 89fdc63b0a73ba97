"""The contacts of prospects with no exchange for years (GDPR retention), as `esn-desktop stale`
lists them, and forgetting them all at once through the same preview as one contact."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.erasure import Span
from esn_desktop.domain.progress import Progress
from esn_desktop.formatting import Formatter
from esn_desktop.services.erasure import STALE_CONTACT, StaleContact, stale_contacts
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.dialogs.forget_dialog import ForgetDialog, counted
from esn_desktop.ui.models.rows_table_model import RowsTableModel
from esn_desktop.ui.models.table_model import Column
from esn_desktop.ui.operations import Operations
from esn_desktop.ui.role_rights import Right, allows

#: The spans offered, the French data-protection authority's usual one for prospects first.
SPANS = (Span(3, "y"), Span(18, "m"), Span(1, "y"), Span(90, "d"))


class StaleContactsDialog(QDialog):
    def __init__(
        self, operations: Operations, formatter: Formatter, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations, self.formatter, self.today = operations, formatter, today
        self.stale: list[StaleContact] = []
        #: The list being read (every contact and activity: seconds on a big workspace), and
        #: which reading is the latest: a span picked meanwhile makes an answer stale.
        self.reading: BackgroundTask | None = None
        self._asked = 0
        self.setWindowTitle(self.tr("Stale contacts (GDPR)"))
        self.resize(720, 480)
        self.span = QComboBox()
        for span, text in zip(
            SPANS,
            (self.tr("3 years"), self.tr("18 months"), self.tr("1 year"), self.tr("90 days")),
            strict=True,
        ):
            self.span.addItem(text, span)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        never = self.tr("never")
        self.model: RowsTableModel[StaleContact] = RowsTableModel(
            [
                Column("contact", self.tr("Contact"), lambda r: r.person.name),
                Column("account", self.tr("Account"), lambda r: r.person.account),
                Column(
                    "last",
                    self.tr("Last exchange"),
                    lambda r: formatter.day(r.last_exchange) if r.last_exchange else never,
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.count = QLabel()
        buttons = QDialogButtonBox()
        self.forget_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        # A read-only workspace (or a role that may not forget) lists only.
        self.forget_button.setVisible(allows(operations.workspace, Right.FORGET))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.forget_button.clicked.connect(self.forget)
        self.span.currentIndexChanged.connect(self.reload)

        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("No exchange for:")))
        choice.addWidget(self.span)
        choice.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Reads the list for the span picked, in the background; shown when it arrives."""
        span: Span = self.span.currentData()
        since = self.formatter.day(span.before(self.today))
        self.explanation.setText(
            self.tr(
                "Contacts of prospects (no deal won, no mission under way) with no activity naming them "
                "or their account since %1."
            ).replace("%1", since)
        )
        self.count.setText(self.tr("Reading…"))
        self.forget_button.setEnabled(False)
        self._asked += 1
        asked, workspace, today = self._asked, self.operations.workspace, self.today
        if self.reading is not None:
            self.reading.drop()

        def read(_progress: Progress) -> tuple[int, list[StaleContact]]:
            return asked, stale_contacts(workspace, as_of=today, span=span)

        task = BackgroundTask(read)
        task.signals.succeeded.connect(self._read)
        task.signals.failed.connect(self.count.setText)
        self.reading = task.start()

    def _read(self, answer: tuple[int, list[StaleContact]]) -> None:
        asked, stale = answer
        if asked != self._asked:  # another span picked since
            return
        self.reading = None
        self.stale = stale
        self.model.set_rows(stale)
        count = len(stale)
        self.count.setText(counted(count, self.tr("1 stale contact"), self.tr("%1 stale contacts")))
        self.forget_button.setText(
            counted(count, self.tr("Forget this contact…"), self.tr("Forget these %1 contacts…"))
        )
        self.forget_button.setEnabled(bool(stale))

    def reject(self) -> None:
        if self.reading is not None:
            self.reading.drop()
            self.reading = None
        super().reject()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Shows the preview; tests drive it instead."""
        return bool(dialog.exec())

    def forget(self) -> None:
        """The same preview, confirmation and background erasure as one contact; the list read again."""
        ids = tuple(item.person.contact_id for item in self.stale)
        if not ids or not allows(self.operations.workspace, Right.FORGET):
            return
        dialog = ForgetDialog(self.operations, ids, today=self.today, kind=STALE_CONTACT, parent=self)
        self.run_dialog(dialog)
        self.reload()
