"""The Qt binding as this app uses it: guards against binding bugs that crash the app later."""

import gc
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return "x" if role == Qt.ItemDataRole.DisplayRole else None


def test_a_model_answering_none_keeps_none_alive(qapp) -> None:
    # PySide6 6.12.0 dropped a reference to None each time data() answered None: on Python 3.11
    # (None is not immortal there) the app then died at a random moment. Every model of the app
    # answers None for the roles it does not handle.
    model = Model()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(100):
        for row in range(10):
            model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    gc.collect()
    assert sys.getrefcount(None) >= before - 50
