"""File > Connect to a team database…: the firm's shared PostgreSQL database, opened as easily as
a file. The fields (or a whole URL pasted), the connection tried in the background (a server that
does not answer takes its timeout, never the window's), and a refusal said under the fields.

The password goes to the connection, and to the system keychain when asked; never to the
settings, the recent workspaces or a log.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from esn_desktop.domain.errors import EsnError
from esn_desktop.formatting import Formatter
from esn_desktop.services import keychain, workspaces
from esn_desktop.services.workspaces import TeamDatabase, Workspace
from esn_desktop.ui.background import BackgroundTask
from esn_desktop.ui.error_text import error_text, team_name
from esn_desktop.ui.forms import reserved_error_label, secret_field, show_error

DEFAULT_PORT = 5432
# libpq's sslmodes that encrypt the connection: the box is ticked for them.
ENCRYPTED_MODES = ("require", "verify-ca", "verify-full")


def _close_late(workspace: object) -> None:
    """A connection that arrived after the person cancelled: closed, not kept open."""
    if isinstance(workspace, Workspace):
        workspace.close()


class TeamConnectDialog(QDialog):
    """The connection form; `workspace` holds the team's workspace, open, once accepted."""

    def __init__(self, keychain_available: bool, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.workspace: Workspace | None = None
        self.task: BackgroundTask | None = None
        #: libpq's options of the URL the fields were filled from, other than what they show.
        self.options: dict[str, str] = {}
        self.setWindowTitle(self.tr("Connect to a team database"))
        intro = QLabel(
            self.tr(
                "Your firm's shared PostgreSQL database: ask whoever runs it for the server, the "
                "database and your user."
            )
        )
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("postgresql://user@server:5432/database"))
        self.url.setToolTip(self.tr("Paste a whole URL: it fills the fields below"))
        self.url_error = reserved_error_label()
        self.server = QLineEdit()
        self.server.setPlaceholderText(self.tr("db.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = secret_field()
        self.ssl = QCheckBox(self.tr("Encrypted connection (SSL)"))
        self.ssl.setToolTip(
            self.tr("Refuses a server that does not encrypt the connection (sslmode=require)")
        )
        self.remember = QCheckBox(self.tr("Remember the password in the system keychain"))
        self.remember.setEnabled(keychain_available)
        self.remember.setToolTip(
            self.tr("The next connection asks nothing on this computer, for this user")
            if keychain_available
            else self.tr(
                "No system keychain is available on this computer: the password is asked at each connection"
            )
        )
        # Under the fields: the connection under way, or why it was refused.
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = reserved_error_label()
        form = QFormLayout()
        form.addRow(self.tr("URL"), self.url)
        form.addRow("", self.url_error)
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.ssl)
        form.addRow("", self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # Enter connects, wherever the focus is: Cancel never takes it (a person types the
        # password, then presses Enter).
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.connect_button.setAutoDefault(True)
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.url.textEdited.connect(self._url_edited)
        self.setMinimumWidth(520)

    # --- the fields -----------------------------------------------------------------------

    def fill(self, database: TeamDatabase) -> None:
        """The fields from `database` (its password too, when it holds one)."""
        url = database.url
        self.server.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")
        if url.password is not None:  # a URL without one leaves the one typed
            self.password.setText(url.password)
        self.ssl.setChecked(url.query.get("sslmode") in ENCRYPTED_MODES)
        # Its other options (verify-full and its root certificate, a client certificate, a
        # timeout...) are kept as given: the fields show only what they can say.
        self.options = {k: v for k, v in url.query.items() if isinstance(v, str) and k != "password"}

    def _url_edited(self, text: str) -> None:
        if not text.strip():
            show_error(self.url_error, "")
            return
        try:
            database = workspaces.team_database(text.strip())
        except EsnError as error:
            show_error(self.url_error, error_text(error, self.formatter))
            return
        show_error(self.url_error, "")
        self.fill(database)
        if database.has_password:  # hidden in its own field, never left readable in the URL
            self.url.setText(database.shown)

    def database_named(self) -> TeamDatabase | None:
        """The team database the fields name; None (said under them) when one is missing."""
        missing = [
            label
            for label, field in (
                (self.tr("the server"), self.server),
                (self.tr("the database"), self.database),
                (self.tr("the user"), self.user),
            )
            if not field.text().strip()
        ]
        if missing:
            show_error(self.error, self.tr("Fill in %1.").replace("%1", ", ".join(missing)))
            return None
        return workspaces.team_database_at(
            host=self.server.text(),
            port=self.port.value(),
            database=self.database.text(),
            user=self.user.text(),
            password=self.password.text(),
            ssl=self.ssl.isChecked(),
            options=self.options,
        )

    # --- connecting -----------------------------------------------------------------------

    def connect_now(self) -> None:
        """Tries the connection in the background; the dialog closes once the workspace is open."""
        if self.task is not None:
            return
        show_error(self.error, "")
        database = self.database_named()
        if database is None:
            return
        self._busy(True)
        self.status.setText(self.tr("Connecting to %1…").replace("%1", team_name(database.name)))
        task = BackgroundTask(lambda _progress: workspaces.open_team(database))
        task.signals.succeeded.connect(lambda workspace: self._connected(database, workspace))
        task.signals.failed.connect(self._refused)
        self.task = task.start()

    def _connected(self, database: TeamDatabase, workspace: Workspace) -> None:
        self.task = None
        self.workspace = workspace
        password = self.password.text()
        if self.remember.isEnabled() and self.remember.isChecked() and password:
            keychain.remember(database, password)
        elif self.remember.isEnabled() and not self.remember.isChecked():
            keychain.forget(database)
        self.accept()

    def _refused(self, text: str) -> None:
        self.task = None
        self._busy(False)
        self.status.setText("")
        show_error(self.error, text)

    def _busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        for field in (self.url, self.server, self.port, self.database, self.user, self.password, self.ssl):
            field.setEnabled(not busy)

    def reject(self) -> None:
        """Cancelled, even while connecting: a connection that arrives later is closed."""
        if self.task is not None:
            self.task.signals.succeeded.disconnect()
            self.task.signals.failed.disconnect()
            self.task.signals.succeeded.connect(_close_late)
            self.task.drop()
            self.task = None
        super().reject()
