"""Another salesperson's laptop: a process of its own that logs one activity on a team database,
then prints when its commit returned (time.time()). Run as
`python -m tests.team_writer URL ACCOUNT NOTES`."""

from __future__ import annotations

import sys
import time
from datetime import date

from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.services.account_editing import ActivityFields, log_activity
from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.store.address import team_database
from esn_desktop.store.team_database import open_team_workspace


def main(url: str, account: str, notes: str) -> None:
    with open_team_workspace(team_database(url)) as workspace:
        account_id = account_ids(workspace, AccountFilter(search=account))[0]
        call = ActivityFields(
            ActivityKind.CALL, ActivityStatus.DONE, date(2026, 11, 24), account_id, notes=notes
        )
        log_activity(workspace, call)
        print(time.time(), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
