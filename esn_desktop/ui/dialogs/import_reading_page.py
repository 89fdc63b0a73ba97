"""The import wizard's first page: how the file was read (its text or sheet, its rows, the CRM
that wrote it), the list it holds, and the field each column fills, all of which the person
may change before anything is planned."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from esn_desktop.interchange.lists.mapping import HeaderReading
from esn_desktop.interchange.lists.table import ListTable
from esn_desktop.interchange.lists.targets import ListName
from esn_desktop.ui.dialogs.import_mapping_table import MappingTable
from esn_desktop.ui.dialogs.import_texts import ImportTexts
from esn_desktop.ui.forms import error_label, show_error

#: The encodings a text file may be read in (None: as detected), as a spreadsheet saves them.
ENCODINGS: tuple[tuple[str | None, str], ...] = (
    (None, ""),  # named by the page: "Automatic"
    ("utf-8", "UTF-8"),
    ("cp1252", "Windows-1252"),
    ("mac_roman", "Mac Roman"),
    ("utf-16", "UTF-16"),
)


class ReadingPage(QWidget):
    """How the file was read, its list and its mapping; the person's choices are signalled."""

    #: The person chose another list (a ListName).
    list_chosen = Signal(object)
    #: The person chose another encoding (a name, or None to detect it): the file is read again.
    encoding_chosen = Signal(object)

    def __init__(self, texts: ImportTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.read = QLabel()
        self.read.setWordWrap(True)
        self.recognised = QLabel()
        self.recognised.setWordWrap(True)
        self.list_choice = QComboBox()
        for list_name in ListName:
            self.list_choice.addItem(texts.list_label(list_name), list_name)
        self.encoding_label = QLabel(self.tr("Encoding:"))
        self.encoding_choice = QComboBox()
        for encoding, name in ENCODINGS:
            self.encoding_choice.addItem(name or self.tr("Automatic"), encoding)
        self.hint = QLabel(
            self.tr(
                "Check the field each column fills, then Next. A column marked “(not imported)” "
                "stays out of the workspace."
            )
        )
        self.hint.setWordWrap(True)
        self.mapping = MappingTable(texts)
        self.error = error_label()

        top = QGridLayout()
        top.addWidget(self.read, 0, 0, 1, 2)
        top.addWidget(self.encoding_label, 0, 2)
        top.addWidget(self.encoding_choice, 0, 3)
        top.addWidget(self.recognised, 1, 0, 1, 4)
        top.addWidget(QLabel(self.tr("The file holds:")), 2, 0)
        top.addWidget(self.list_choice, 2, 1)
        top.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.error)
        layout.addStretch(0)

        self.list_choice.activated.connect(lambda _index: self.list_chosen.emit(self.chosen_list()))
        self.encoding_choice.activated.connect(
            lambda _index: self.encoding_chosen.emit(self.encoding_choice.currentData())
        )
        self.mapping.changed.connect(self.check)

    def chosen_list(self) -> ListName:
        return ListName(self.list_choice.currentData())  # Qt keeps the enum's text

    def show_reading(self, table: ListTable, reading: HeaderReading) -> None:
        """The file as read, its list and mapping as `reading` says."""
        self.read.setText(self.texts.how_read(table))
        self.recognised.setText(self.texts.recognised(reading.dialect))
        self.list_choice.setCurrentIndex(self.list_choice.findData(reading.list_name))
        self.list_choice.setEnabled(True)
        self.set_text_file(table.sheet is None)
        self.mapping.show_columns(table, reading.list_name, reading.mapping)
        for widget in (self.recognised, self.hint, self.mapping):
            widget.show()
        self.check()

    def show_refusal(self, text: str, *, text_file: bool) -> None:
        """The file could not be read (as it was asked to be): why, and the encoding to try."""
        self.read.setText(self.tr("The file could not be read."))
        self.list_choice.setEnabled(False)
        self.set_text_file(text_file)
        self.mapping.setRowCount(0)
        for widget in (self.recognised, self.hint, self.mapping):
            widget.hide()
        hint = self.tr("Choose its encoding above: the file is read again.") if text_file else ""
        show_error(self.error, f"{text}\n{hint}".strip())

    def set_text_file(self, text_file: bool) -> None:
        """A text file's encoding may be chosen; a workbook says its own."""
        self.encoding_label.setVisible(text_file)
        self.encoding_choice.setVisible(text_file)

    def check(self) -> bool:
        """Whether the mapping may be planned: a field taken by two columns is said at them, and here."""
        clashes = self.mapping.clashes()
        text = "\n".join(
            self.texts.field_taken_twice(field, columns, self.mapping.list_name)
            for field, columns in clashes.items()
        )
        show_error(self.error, text)
        return not clashes

    def say(self, text: str) -> None:
        """A problem of the mapping found by planning it (no column fills a needed field)."""
        show_error(self.error, text)
