import json
from datetime import date

from esn_desktop.services.account_list import AccountFilter, account_ids
from esn_desktop.services.action_plans import PlanInput, Push, save_plan
from esn_desktop.services.deletion import account_deletion_impact, delete_account, restore
from esn_desktop.services.transfer import export_workspace


def document(workspace, tmp_path) -> dict:
    export_workspace(workspace, tmp_path / "out.json", force=True)  # one snapshot replaces the last
    return json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))


def test_deleting_an_account_takes_what_goes_with_it_and_restore_brings_it_all_back(
    small_workspace, tmp_path
) -> None:
    save_plan(
        small_workspace,
        plan=PlanInput("Karim Benali", date(2026, 11, 1), account_ids=(2,), pushes=(Push(2, "Soutenance"),)),
    )
    before = document(small_workspace, tmp_path)
    lemaire = account_ids(small_workspace, AccountFilter(search="lemaire"))[0]
    assert account_deletion_impact(small_workspace, lemaire) == {
        "contacts": 1,
        "opportunities": 1,
        "activities": 4,
        "missions": 1,
    }
    snapshot = delete_account(small_workspace, name="Transports Lemaire")
    after = document(small_workspace, tmp_path)
    assert [a["name"] for a in after["accounts"]] == ["Mutuelle Horizon", "Boulangeries Réunies"]
    assert len(after["activities"]) == 4 and len(after["missions"]) == 1
    assert (after["action_plans"][0]["targets"], after["action_plans"][0]["pushes"]) == ([], [])
    restore(small_workspace, snapshot)
    again = document(small_workspace, tmp_path)
    for name in ("accounts", "contacts", "opportunities", "activities", "missions", "action_plans"):
        key = lambda item: json.dumps(item, sort_keys=True)  # noqa: E731 (order changes with new ids)
        assert sorted(again[name], key=key) == sorted(before[name], key=key), name
