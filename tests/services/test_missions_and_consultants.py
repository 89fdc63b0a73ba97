from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.staffing import MissionStatus, MissionTerms
from esn_desktop.services.consultants import Availability, list_consultants, save_consultant
from esn_desktop.services.missions import list_missions, preview_mission, save_mission
from esn_desktop.services.transfer import import_document
from tests.conftest import SMALL_WORKSPACE

MARCH = MissionTerms(date(2026, 3, 2), date(2026, 3, 27), Decimal(550))


def account_id(workspace, name: str) -> int:
    from sqlalchemy import select

    from esn_desktop.store import models as m

    with workspace.session() as session:
        return session.execute(select(m.Account.id).where(m.Account.name == name)).scalar_one()


def test_worked_example_mission_previewed_and_saved(small_workspace) -> None:
    consultant = save_consultant(
        small_workspace,
        consultant_id=None,
        name="Nadia Roux",
        start=date(2025, 1, 6),
        end=None,
        typed_cost=Decimal(380),
        annual_salary=None,
        target_rate=Decimal(600),
    ).value
    preview = preview_mission(small_workspace, consultant_id=consultant, terms=MARCH, today=date(2026, 3, 10))
    assert preview.whole is not None
    assert (preview.whole.revenue, preview.whole.cost, preview.whole.margin) == (11000, 7600, 3400)
    assert round(preview.whole.margin_rate, 3) == Decimal("0.309")
    assert not preview.below_cost
    mission = save_mission(
        small_workspace,
        mission_id=None,
        account_id=account_id(small_workspace, "Mutuelle Horizon"),
        consultant_id=consultant,
        terms=MARCH,
        status=MissionStatus.PLANNED,
    ).value
    rows = [r for r in list_missions(small_workspace) if r.id == mission]
    assert rows[0].consultant == "Nadia Roux" and rows[0].terms == MARCH


def test_a_broken_mission_is_refused_and_nothing_is_saved(small_workspace) -> None:
    before = len(list_missions(small_workspace))
    broken = MissionTerms(date(2026, 3, 27), date(2026, 3, 2), Decimal(550), Decimal("1.5"))
    with pytest.raises(ValidationError) as refused:
        save_mission(
            small_workspace,
            mission_id=None,
            account_id=account_id(small_workspace, "Mutuelle Horizon"),
            consultant_id=1,
            terms=broken,
            status=MissionStatus.PLANNED,
        )
    assert [p.field for p in refused.value.problems] == ["end", "time_ratio"]
    assert len(list_missions(small_workspace)) == before


def test_mission_filters(small_workspace) -> None:
    assert [r.account for r in list_missions(small_workspace, account="lemaire")] == ["Transports Lemaire"]
    assert [
        r.consultant for r in list_missions(small_workspace, ending_within_days=45, today=date(2026, 11, 22))
    ] == ["Inès Caron"]


def test_consultants_status_and_availability(small_workspace) -> None:
    rows = {r.name: r for r in list_consultants(small_workspace, today=date(2026, 11, 24))}
    assert rows["Lucas Moreau"].availability is Availability.ON_LEAVE
    assert rows["Lucas Moreau"].available_from == date(2027, 5, 15)
    assert rows["Inès Caron"].availability is Availability.ON_MISSION
    assert rows["Inès Caron"].available_from == date(2027, 1, 1)
    assert rows["Inès Caron"].cost_from_salary
    assert rows["Inès Caron"].daily_cost == Decimal(71600) / 218
    assert rows["Théo Lambert"].availability is Availability.BENCH
    assert rows["Théo Lambert"].available_from == date(2026, 11, 24)


def test_consultant_rules(workspace) -> None:
    import_document(workspace, SMALL_WORKSPACE)
    with pytest.raises(ValidationError) as refused:
        save_consultant(
            workspace,
            consultant_id=None,
            name="Lucas Moreau",
            start=date(2026, 1, 1),
            end=date(2025, 1, 1),
            typed_cost=None,
            annual_salary=None,
            target_rate=Decimal(-1),
        )
    assert [p.field for p in refused.value.problems] == ["daily_cost", "target_rate", "end", "name"]


def lucas(workspace):
    return next(m for m in list_missions(workspace) if m.consultant == "Lucas Moreau")


def test_overbooking_names_the_other_missions_of_the_consultant_only(small_workspace) -> None:
    from esn_desktop.services.missions import check_overbooking

    horizon = lucas(small_workspace)
    december = MissionTerms(date(2026, 12, 1), date(2026, 12, 31), Decimal(600))
    [clash] = check_overbooking(small_workspace, consultant_id=horizon.consultant_id, terms=december)
    assert [(b.account, b.start, b.end, b.time_ratio) for b in clash.clashes] == [
        ("Mutuelle Horizon", date(2026, 11, 16), date(2027, 5, 14), Decimal(1))
    ]
    assert (clash.start, clash.end, clash.working_days, clash.load) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
        22,
        Decimal(2),
    )
    # Editing the mission itself is no clash with itself.
    assert (
        check_overbooking(
            small_workspace, consultant_id=horizon.consultant_id, terms=december, mission_id=horizon.id
        )
        == []
    )
    # A cancelled mission books nobody.
    save_mission(
        small_workspace,
        mission_id=horizon.id,
        account_id=horizon.account_id,
        consultant_id=horizon.consultant_id,
        terms=horizon.terms,
        status=MissionStatus.CANCELLED,
    )
    assert check_overbooking(small_workspace, consultant_id=horizon.consultant_id, terms=december) == []


def test_the_list_knows_each_consultants_cost_to_flag_missions_sold_under_it(small_workspace) -> None:
    horizon = lucas(small_workspace)
    assert (horizon.daily_cost, horizon.margin_a_day, horizon.below_cost) == (Decimal(410), 190, False)
    save_mission(
        small_workspace,
        mission_id=horizon.id,
        account_id=horizon.account_id,
        consultant_id=horizon.consultant_id,
        terms=MissionTerms(horizon.terms.start, horizon.terms.end, Decimal(380)),
        status=horizon.status,
    )
    assert (lucas(small_workspace).margin_a_day, lucas(small_workspace).below_cost) == (-30, True)
    ines = next(m for m in list_missions(small_workspace) if m.consultant == "Inès Caron")
    # From her salary and the workspace settings: (48,000 x 1.45 + 2,000) / 218 days.
    assert round(ines.daily_cost, 2) == Decimal("328.44")


# --- what each write says it changed, undone then redone by `revert` -------------------------


def test_a_new_mission_says_it_added_one_mission_and_is_undone_then_redone(small_workspace) -> None:
    from esn_desktop.services.changes import revert
    from esn_desktop.services.topics import Topic

    before = list_missions(small_workspace)
    saved = save_mission(
        small_workspace,
        mission_id=None,
        account_id=account_id(small_workspace, "Boulangeries Réunies"),
        consultant_id=lucas(small_workspace).consultant_id,
        terms=MissionTerms(date(2027, 6, 1), date(2027, 6, 30), Decimal(650)),
        status=MissionStatus.PLANNED,
    )
    assert saved.changes.topics == {Topic.MISSIONS}
    assert [(rows.table, rows.values) for rows in saved.changes.added] == [("missions", (saved.value,))]
    assert saved.changes.touched == ()
    redo = revert(small_workspace, saved.changes)  # undo
    assert list_missions(small_workspace) == before
    revert(small_workspace, redo)
    assert [m.account for m in list_missions(small_workspace) if m.id == saved.value] == [
        "Boulangeries Réunies"
    ]


def test_editing_a_mission_touches_that_mission_only_and_undo_puts_its_rate_back(small_workspace) -> None:
    from esn_desktop.services.changes import revert
    from esn_desktop.services.topics import Topic

    horizon = lucas(small_workspace)
    saved = save_mission(
        small_workspace,
        mission_id=horizon.id,
        account_id=horizon.account_id,
        consultant_id=horizon.consultant_id,
        terms=MissionTerms(horizon.terms.start, horizon.terms.end, Decimal(650)),
        status=horizon.status,
    )
    assert (saved.value, saved.changes.topics, saved.changes.added) == (horizon.id, {Topic.MISSIONS}, ())
    redo = revert(small_workspace, saved.changes)
    assert lucas(small_workspace).terms.daily_rate == Decimal(600)
    revert(small_workspace, redo)
    assert lucas(small_workspace).terms.daily_rate == Decimal(650)


def test_a_deleted_mission_comes_back_on_undo_and_goes_again_on_redo(small_workspace) -> None:
    from esn_desktop.services.changes import revert
    from esn_desktop.services.missions import delete_mission
    from esn_desktop.services.topics import Topic

    horizon = lucas(small_workspace)
    changes = delete_mission(small_workspace, mission_id=horizon.id)
    assert changes.topics == {Topic.MISSIONS}
    assert [m.id for m in list_missions(small_workspace) if m.id == horizon.id] == []
    redo = revert(small_workspace, changes)
    assert lucas(small_workspace) == horizon
    revert(small_workspace, redo)
    assert [m.id for m in list_missions(small_workspace) if m.id == horizon.id] == []


def test_deleting_a_consultant_says_their_missions_went_too_and_undo_brings_all_back(small_workspace) -> None:
    from esn_desktop.services.changes import revert
    from esn_desktop.services.consultants import consultant_detail, delete_consultant
    from esn_desktop.services.topics import Topic

    today = date(2026, 11, 24)
    horizon = lucas(small_workspace)
    leaves = consultant_detail(small_workspace, horizon.consultant_id, today=today).leaves
    assert len(leaves) == 1
    changes = delete_consultant(small_workspace, consultant_id=horizon.consultant_id)
    # The Missions tab hears it too: his mission went with him.
    assert changes.topics == {Topic.CONSULTANTS, Topic.MISSIONS}
    assert "Lucas Moreau" not in [c.name for c in list_consultants(small_workspace, today=today)]
    redo = revert(small_workspace, changes)
    assert lucas(small_workspace) == horizon
    assert consultant_detail(small_workspace, horizon.consultant_id, today=today).leaves == leaves
    revert(small_workspace, redo)
    assert "Lucas Moreau" not in [c.name for c in list_consultants(small_workspace, today=today)]


def test_a_leave_added_then_removed_each_undo_on_its_own(small_workspace) -> None:
    from esn_desktop.services.changes import revert
    from esn_desktop.services.consultants import add_leave, consultant_detail, delete_leave
    from esn_desktop.services.topics import Topic

    today = date(2026, 3, 10)
    theo = next(c for c in list_consultants(small_workspace, today=today) if c.name == "Théo Lambert")

    def leaves() -> list[tuple[date, date]]:
        return [(x.start, x.end) for x in consultant_detail(small_workspace, theo.id, today=today).leaves]

    august = (date(2026, 8, 3), date(2026, 8, 21))
    added = add_leave(small_workspace, consultant_id=theo.id, start=august[0], end=august[1])
    assert added.changes.topics == {Topic.CONSULTANTS}
    assert leaves() == [august]
    redo = revert(small_workspace, added.changes)
    assert leaves() == []
    revert(small_workspace, redo)
    assert leaves() == [august]

    removed = delete_leave(small_workspace, leave_id=added.value)
    assert removed.topics == {Topic.CONSULTANTS} and leaves() == []
    revert(small_workspace, removed)
    assert leaves() == [august]


def test_a_mission_starting_today_is_ongoing_in_the_list_and_the_consultants_panel(small_workspace) -> None:
    """One rule (`domain.staffing.mission_status_on`): saved as planned the morning it starts, a
    mission is ongoing that day in the Missions list, its status filter, the consultant's panel and
    the Consultants list (the trial saw « Prévue » beside « En mission · En ce moment »)."""
    from esn_desktop.services.consultants import consultant_detail

    today = date(2026, 12, 2)
    theo = next(r for r in list_consultants(small_workspace, today=today) if r.name == "Théo Lambert")
    mission_id = save_mission(
        small_workspace,
        mission_id=None,
        account_id=account_id(small_workspace, "Transports Lemaire"),
        consultant_id=theo.id,
        terms=MissionTerms(today, date(2027, 3, 2), Decimal(550)),
        status=MissionStatus.PLANNED,
    ).value
    row = next(r for r in list_missions(small_workspace, today=today) if r.id == mission_id)
    assert row.status is MissionStatus.ONGOING
    assert mission_id in [
        r.id for r in list_missions(small_workspace, status=MissionStatus.ONGOING, today=today)
    ]
    assert mission_id not in [
        r.id for r in list_missions(small_workspace, status=MissionStatus.PLANNED, today=today)
    ]
    detail = consultant_detail(small_workspace, theo.id, today=today)
    assert detail.current is not None and detail.current.id == mission_id and detail.next is None
    assert detail.current.status is MissionStatus.ONGOING
    theo = next(r for r in list_consultants(small_workspace, today=today) if r.name == "Théo Lambert")
    assert theo.availability is Availability.ON_MISSION
    # The day before, the same mission is planned everywhere: next, not now.
    eve = date(2026, 12, 1)
    assert (
        next(r for r in list_missions(small_workspace, today=eve) if r.id == mission_id).status
        is MissionStatus.PLANNED
    )
    detail = consultant_detail(small_workspace, theo.id, today=eve)
    assert detail.current is None and detail.next is not None and detail.next.id == mission_id


def test_a_departed_consultant_is_not_available(small_workspace) -> None:
    today = date(2026, 12, 2)
    left = save_consultant(
        small_workspace,
        consultant_id=None,
        name="Sarah Garnier",
        start=date(2024, 8, 21),
        end=date(2026, 10, 31),
        typed_cost=Decimal(400),
        annual_salary=None,
        target_rate=Decimal(580),
    ).value
    leaving = save_consultant(  # leaves at the end of the month, her mission running beyond it
        small_workspace,
        consultant_id=None,
        name="Zoé Trial",
        start=date(2024, 1, 8),
        end=date(2026, 12, 31),
        typed_cost=Decimal(400),
        annual_salary=None,
        target_rate=Decimal(600),
    ).value
    save_mission(
        small_workspace,
        mission_id=None,
        account_id=account_id(small_workspace, "Transports Lemaire"),
        consultant_id=leaving,
        terms=MissionTerms(date(2026, 11, 2), date(2026, 12, 31), Decimal(600)),
        status=MissionStatus.ONGOING,
    )
    rows = {r.id: r for r in list_consultants(small_workspace, today=today)}
    assert rows[left].availability is Availability.LEFT
    assert rows[left].available_from is None and rows[left].never_available  # not "available on 02/12/2026"
    assert rows[leaving].availability is Availability.ON_MISSION
    assert rows[leaving].available_from is None and rows[leaving].never_available
    # One still employed is free the day after her mission, as before.
    assert rows[next(i for i, r in rows.items() if r.name == "Théo Lambert")].available_from == today


def test_a_consultants_leave_is_listed_newest_first(small_workspace) -> None:
    from esn_desktop.services.consultants import add_leave, consultant_detail

    theo = next(
        r for r in list_consultants(small_workspace, today=date(2026, 12, 2)) if r.name == "Théo Lambert"
    )
    for start, end in [
        (date(2026, 7, 26), date(2026, 8, 8)),
        (date(2027, 4, 1), date(2027, 4, 7)),
        (date(2026, 4, 9), date(2026, 4, 15)),
        (date(2026, 12, 22), date(2026, 12, 28)),
    ]:
        add_leave(small_workspace, consultant_id=theo.id, start=start, end=end)
    starts = [
        leave.start for leave in consultant_detail(small_workspace, theo.id, today=date(2026, 12, 2)).leaves
    ]
    assert starts == [date(2027, 4, 1), date(2026, 12, 22), date(2026, 7, 26), date(2026, 4, 9)]
