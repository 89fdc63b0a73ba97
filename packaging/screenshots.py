"""Takes the screenshots of docs/screenshots from the real app on a demo workspace, in French.

    xvfb-run -a -s "-screen 0 1600x1000x24" uv run python packaging/screenshots.py [OUT_DIR]

Each main screen is shown as a director would see it, then grabbed to a PNG; look at them
before committing. Run it as a user, not root: the last one needs a write-protected folder.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QThread
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from esn_desktop.domain.calendar import last_complete_month  # noqa: E402
from esn_desktop.formatting import Formatter  # noqa: E402
from esn_desktop.reports.files import write_plan, write_review  # noqa: E402
from esn_desktop.services.action_plans import salespeople  # noqa: E402
from esn_desktop.services.demo import create_demo  # noqa: E402
from esn_desktop.store.database import Workspace, open_workspace  # noqa: E402
from esn_desktop.ui.i18n import install_language  # noqa: E402
from esn_desktop.ui.main_window import MainWindow  # noqa: E402
from esn_desktop.ui.tabs.prospects_tab import NO_SHOWS_PAGE, PIPELINE_PAGE  # noqa: E402
from esn_desktop.ui.window_tabs import Tab  # noqa: E402

SIZE = (1440, 900)
#: The No-shows page is shown on a busier firm: a 300-prospect demo has a missed meeting or
#: none waiting on most days, where a director with a few salespeople has a handful.
NO_SHOWS_PROSPECTS = 5000


def settle(app: QApplication, rounds: int = 30) -> None:
    """Lets background reads land and the window paint."""
    for _ in range(rounds):
        app.processEvents()
        QThread.msleep(20)


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def _documents(workspace: Workspace, out: Path) -> None:
    """The first pages of a plan and of the monthly review, as PNGs (pdftoppm, poppler-utils).
    The review is of the last complete month, as the window and the command line default to."""
    month, today = date.today().replace(day=1), date.today()
    reviewed = last_complete_month(today).start
    folder = Path(tempfile.mkdtemp())
    first = salespeople(workspace)[0]
    documents = {
        "plan-pdf": write_plan(
            workspace, salesperson=first, month=month, today=today, path=folder / "plan.pdf"
        ),
        "review-pdf": write_review(workspace, month=reviewed, today=today, path=folder / "review.pdf"),
    }
    for name, pdf in documents.items():
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(pdf), str(out / name)], check=True
        )
        for png in sorted(out.glob(f"{name}-*.png")):
            print(png)


# A contacts export as HubSpot writes it, for the import wizard's preview.
HUBSPOT_CONTACTS = (
    "First Name,Last Name,Email,Company Name,Contact owner,Lifecycle Stage,Job Title\r\n"
    "Amélie,Lefèvre,a.lefevre@sge.example,Société Générale des Eaux,Jean Martin,lead,DSI\r\n"
    "Paul,Noël,p.noel@cdl.example,Crédit du Lac,Claire Dubois,customer,Acheteur IT\r\n"
    "Jérôme,Muller,pas-un-email,Brasserie Müller,Jean Martin,lead,Gérant\r\n"
)


def _import_wizard(
    app: QApplication, window: MainWindow, formatter: Formatter, listing: Path, out: Path
) -> None:
    """File > Import's preview of a CRM's contacts, the owners' column given its field."""
    from esn_desktop.interchange.lists.targets import ListName
    from esn_desktop.ui.dialogs.import_wizard import ImportWizard

    assert window.scope is not None
    listing.write_text(HUBSPOT_CONTACTS, encoding="utf-8")
    wizard = ImportWizard(window.scope.operations, listing, formatter)
    wizard.show()
    while wizard.table is None:
        settle(app, 5)
    wizard.choose_list(ListName.CONTACTS)
    wizard.reading_page.mapping.choose("Contact owner", "owner")
    wizard.preview_import()
    while wizard.plan is None:
        settle(app, 5)
    settle(app)
    grab(wizard, out / "import-wizard.png")
    wizard.close()


def _encryption(app: QApplication, window: MainWindow, out: Path) -> None:
    """The passphrase asked when an encrypted workspace opens, and the lock screen that hides one
    after its idle minutes (shown here over the demo's tabs)."""
    from esn_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog

    asked = PassphraseDialog("Numeria Conseil (numeria.esn)", lambda _given: False, True, window)
    asked.field.setText("une phrase secrète")
    asked.show()
    settle(app)
    grab(asked, out / "passphrase.png")
    asked.close()
    shown = window.windowTitle()
    window.screen_lock.lock()
    settle(app)
    grab(window, out / "lock.png")
    window.screen_lock.release()
    window.stack.setCurrentWidget(window.tabs)
    window.setWindowTitle(shown)


def _forget_dialog(app: QApplication, window: MainWindow, out: Path) -> None:
    """A contact's « Oublier cette personne (RGPD)… » preview, a manual backup still holding them."""
    from esn_desktop.store.backup import timestamped_backup
    from esn_desktop.ui.dialogs.forget_dialog import ForgetDialog

    assert window.scope is not None and window.workspace is not None
    timestamped_backup(window.workspace.path, "manuelle")
    panel = window.prospects.panel
    assert panel.detail is not None and panel.detail.contacts
    contact = panel.detail.contacts[0].id
    dialog = ForgetDialog(window.scope.operations, (contact,), today=date.today(), parent=window)
    dialog.show()
    while dialog.plan is None:  # the preview is read in the background
        settle(app, 5)
    settle(app)
    grab(dialog, out / "forget-dialog.png")
    dialog.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    QStandardPaths.setTestModeEnabled(True)  # never the user's own recent files or settings
    QSettings().setValue("backups/every_hours", 0)
    formatter = install_language(app, "fr")
    folder = Path(tempfile.mkdtemp())
    path = folder / "demo.esn"
    create_demo(path, prospects=300, seed=1, as_of=date.today())

    window = MainWindow(formatter=formatter)
    window.resize(*SIZE)
    window.show()
    settle(app)
    grab(window, out / "welcome.png")

    workspace = open_workspace(path)
    window.close_workspace()
    window.show_workspace(workspace, "Numeria Conseil (démo)")
    settle(app)
    prospects = window.prospects
    prospects.table.selectRow(3)
    settle(app)
    grab(window, out / "prospects.png")
    prospects.pages.setCurrentIndex(PIPELINE_PAGE)
    settle(app)
    grab(window, out / "pipeline.png")
    prospects.pages.setCurrentIndex(0)

    from esn_desktop.ui.dialogs.account_dialogs import OpportunityDialog
    from esn_desktop.ui.dialogs.activity_dialog import ActivityDialog

    detail = prospects.panel.detail
    assert detail is not None
    activity = ActivityDialog(window.scope.operations, formatter, date.today(), detail.id)
    activity.show()
    settle(app)
    grab(activity, out / "activity-dialog.png")
    activity.close()
    deal = OpportunityDialog(window.scope.operations, formatter, detail, date.today(), None)
    deal.title.setText("Renfort développeurs Java")
    deal.amount.setText("84 000")
    deal.show()
    settle(app)
    grab(deal, out / "deal-dialog.png")
    deal.close()

    window.show_tab(Tab.CONSULTANTS)
    window.consultants.table.selectRow(0)
    settle(app)
    grab(window, out / "consultants.png")

    window.show_tab(Tab.MISSIONS)
    settle(app)
    grab(window, out / "missions.png")
    missions = window.missions
    dialog = missions.open_dialog(missions.model.row_at(0))
    dialog.show()
    settle(app)
    grab(dialog, out / "mission-dialog.png")
    dialog.close()

    window.show_tab(Tab.OBJECTIVES)
    window.objectives.goal.setText("500 000")
    window.objectives.compute_funnel()
    settle(app)
    grab(window, out / "objectives.png")
    plans = window.objectives.plans
    window.objectives.pages.setCurrentWidget(plans)
    while plans.view is None:
        settle(app, 5)
    # As after the visit pack is written: the notice that offers to open it.
    task = plans.write_visit_pack(folder / "dossier-visite.pdf")
    while task is not None and plans.documents.notice.isHidden():
        settle(app, 5)
    settle(app)
    grab(window, out / "action-plan.png")
    window.objectives.pages.setCurrentIndex(0)
    _documents(workspace, out)

    window.show_tab(Tab.DASHBOARD)
    dashboard = window.dashboard
    while not dashboard.ready:
        settle(app, 5)
    settle(app)
    grab(window, out / "dashboard.png")
    from PySide6.QtWidgets import QScrollArea

    scroll = dashboard.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    settle(app)
    grab(window, out / "dashboard-charts.png")
    scroll.verticalScrollBar().setValue(0)
    window.meeting.set(True)
    settle(app)
    grab(window, out / "dashboard-meeting.png")
    window.meeting.set(False)

    from esn_desktop.ui.dialogs.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.scope.operations, formatter, 24)
    settings.show()
    settle(app)
    grab(settings, out / "settings-dialog.png")
    settings.close()
    _encryption(app, window, out)
    _import_wizard(app, window, formatter, folder / "hubspot-contacts.csv", out)
    window.show_tab(Tab.PROSPECTS)
    _forget_dialog(app, window, out)

    busy = folder / "busy.esn"
    create_demo(busy, prospects=NO_SHOWS_PROSPECTS, seed=1, as_of=date.today())
    window.close_workspace()
    window.show_workspace(open_workspace(busy), "Numeria Conseil (démo)")
    window.show_tab(Tab.PROSPECTS)
    queue = window.prospects.no_shows
    window.prospects.pages.setCurrentIndex(NO_SHOWS_PAGE)
    while queue.task is not None or not queue.all_items:
        settle(app, 5)
    queue.list.setCurrentRow(0)
    settle(app)
    grab(window, out / "no-shows.png")

    # The same workspace on a write-protected folder: opened for reading, with its banner. Run
    # as a user (root writes anywhere, so nothing would be read-only).
    window.close_workspace()
    path.chmod(0o444)
    folder.chmod(0o555)
    window.open_path(path)
    assert window.workspace is not None and not window.workspace.writable, "run as a user, not root"
    window.show_tab(Tab.PROSPECTS)
    window.prospects.table.selectRow(3)
    settle(app)
    grab(window, out / "read-only.png")
    window.close()
    folder.chmod(0o755)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
