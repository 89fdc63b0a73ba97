"""Setting, changing and deleting an objective from the window's services: worked examples,
refusals (every problem listed, nothing written), and undo/redo through `revert`."""

from datetime import date
from decimal import Decimal

import pytest

from esn_desktop.domain.calendar import Period
from esn_desktop.domain.errors import ValidationError
from esn_desktop.domain.objectives import Criterion, Metric
from esn_desktop.services.changes import revert
from esn_desktop.services.objectives import (
    ObjectiveTerms,
    delete_objective,
    objectives_in,
    salespeople_to_aim,
    save_objective,
    stored_objective,
)
from esn_desktop.services.topics import Topic

Q4 = (date(2026, 10, 1), date(2026, 12, 31))
NOVEMBER = Period.month(2026, 11)


def revenue(target: int, weight: str) -> Criterion:
    return Criterion(Metric.SIGNED_REVENUE, Decimal(target), Decimal(weight))


def meetings(target: int, weight: str) -> Criterion:
    return Criterion(Metric.MEETINGS, Decimal(target), Decimal(weight))


def salesperson_id(workspace, name: str) -> int:
    return {n: i for i, n in salespeople_to_aim(workspace)}[name]


def scores(workspace) -> dict[str | None, Decimal]:
    return {o.salesperson: o.result.score for o in objectives_in(workspace, NOVEMBER).outcomes}


def test_a_team_objective_is_set_and_scored_as_a_worked_example(small_workspace) -> None:
    # The team signed 96,000 € and held 3 meetings over Q4 2026. Revenue weighted 60% against
    # 80,000 € is 120%; meetings weighted 40% against 5 is 60%: 0.6 x 1.2 + 0.4 x 0.6 = 0.96.
    terms = ObjectiveTerms(None, *Q4, (revenue(80000, "0.6"), meetings(5, "0.4")))
    saved = save_objective(small_workspace, objective_id=None, terms=terms)
    assert saved.changes.topics == {Topic.OBJECTIVES}
    assert scores(small_workspace)[None] == Decimal("0.96")
    team = next(o for o in objectives_in(small_workspace, NOVEMBER).outcomes if o.salesperson is None)
    assert team.objective_id == saved.value and not team.result.reached
    assert [r.actual for r in team.result.criteria] == [Decimal(96000), Decimal(3)]
    # A team objective is not a salesperson's: the share of the team reaching 100% is unchanged.
    assert objectives_in(small_workspace, NOVEMBER).team_reaching_share == 0
    stored = stored_objective(small_workspace, saved.value)
    assert (stored.salesperson, stored.terms) == (None, terms)


def test_editing_an_objective_rescores_it_and_undo_puts_it_back(small_workspace) -> None:
    helene = salesperson_id(small_workspace, "Hélène Garnier")
    objective = next(
        o.objective_id for o in objectives_in(small_workspace, NOVEMBER).outcomes if o.salesperson
    )
    assert objective is not None
    assert scores(small_workspace)["Hélène Garnier"] == Decimal("0.61")
    # 96,000 signed of 100,000 (96%) weighted 1; one meeting of 2 (50%) weighted 1: 0.73.
    terms = ObjectiveTerms(helene, *Q4, (revenue(100000, "1"), meetings(2, "1")))
    saved = save_objective(small_workspace, objective_id=objective, terms=terms)
    assert saved.value == objective
    assert scores(small_workspace)["Hélène Garnier"] == Decimal("0.73")
    redo = revert(small_workspace, saved.changes)
    assert scores(small_workspace)["Hélène Garnier"] == Decimal("0.61")
    assert stored_objective(small_workspace, objective).terms.criteria == (
        revenue(120000, "0.7"),
        meetings(6, "0.3"),
    )
    revert(small_workspace, redo)
    assert scores(small_workspace)["Hélène Garnier"] == Decimal("0.73")


def test_a_deleted_objective_goes_with_its_criteria_and_comes_back_on_undo(small_workspace) -> None:
    karim = next(
        o.objective_id
        for o in objectives_in(small_workspace, NOVEMBER).outcomes
        if o.salesperson == "Karim Benali"
    )
    assert karim is not None
    changes = delete_objective(small_workspace, objective_id=karim)
    assert changes.topics == {Topic.OBJECTIVES}
    assert "Karim Benali" not in scores(small_workspace)
    redo = revert(small_workspace, changes)
    assert scores(small_workspace)["Karim Benali"] == Decimal("0.1375")
    assert len(stored_objective(small_workspace, karim).terms.criteria) == 3
    revert(small_workspace, redo)
    assert "Karim Benali" not in scores(small_workspace)


def test_a_broken_objective_is_refused_with_every_problem_and_nothing_is_written(small_workspace) -> None:
    before = scores(small_workspace)
    terms = ObjectiveTerms(
        None,
        date(2026, 12, 31),
        date(2026, 10, 1),
        (revenue(0, "0.5"), revenue(1000, "0"), revenue(1000, "1"), meetings(2, "1"), meetings(3, "1")),
    )
    with pytest.raises(ValidationError) as refused:
        save_objective(small_workspace, objective_id=None, terms=terms)
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("end", "is before 'start'"),
        ("criteria", "must hold 2 to 4 criteria, not 5"),
        ("criteria", "names signed_revenue 3 times"),
        ("criteria", "names meetings 2 times"),
        ("target 1", "must be positive"),
        ("weight 2", "must be positive"),
    ]
    assert scores(small_workspace) == before


def test_a_second_objective_of_the_same_person_over_the_same_dates_is_refused(small_workspace) -> None:
    helene = salesperson_id(small_workspace, "Hélène Garnier")
    again = ObjectiveTerms(helene, *Q4, (revenue(50000, "0.5"), meetings(4, "0.5")))
    with pytest.raises(ValidationError) as refused:
        save_objective(small_workspace, objective_id=None, terms=again)
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("start", "an objective over these dates is already set for them")
    ]
    # Over other dates (her December), or for the team, it is another objective.
    december = ObjectiveTerms(helene, date(2026, 12, 1), date(2026, 12, 31), again.criteria)
    save_objective(small_workspace, objective_id=None, terms=december)
    save_objective(small_workspace, objective_id=None, terms=ObjectiveTerms(None, *Q4, again.criteria))
    assert len(objectives_in(small_workspace, NOVEMBER).outcomes) == 3  # December is not November


def test_changing_an_objective_into_another_ones_dates_is_refused(small_workspace) -> None:
    helene = salesperson_id(small_workspace, "Hélène Garnier")
    december = ObjectiveTerms(
        helene, date(2026, 12, 1), date(2026, 12, 31), (revenue(1, "1"), meetings(1, "1"))
    )
    saved = save_objective(small_workspace, objective_id=None, terms=december)
    onto_q4 = ObjectiveTerms(helene, *Q4, december.criteria)
    with pytest.raises(ValidationError):
        save_objective(small_workspace, objective_id=saved.value, terms=onto_q4)
    # Saving it unchanged is not a duplicate of itself.
    save_objective(small_workspace, objective_id=saved.value, terms=december)


def test_an_objective_for_a_salesperson_who_is_not_there_is_refused(small_workspace) -> None:
    terms = ObjectiveTerms(999, *Q4, (revenue(1000, "1"), meetings(1, "1")))
    with pytest.raises(ValidationError) as refused:
        save_objective(small_workspace, objective_id=None, terms=terms)
    assert [p.field for p in refused.value.problems] == ["salesperson"]


def test_an_objective_deleted_meanwhile_is_refused_on_save(small_workspace) -> None:
    terms = ObjectiveTerms(None, *Q4, (revenue(1000, "1"), meetings(1, "1")))
    saved = save_objective(small_workspace, objective_id=None, terms=terms)
    delete_objective(small_workspace, objective_id=saved.value)
    with pytest.raises(ValidationError) as refused:
        save_objective(small_workspace, objective_id=saved.value, terms=terms)
    assert [p.field for p in refused.value.problems] == ["id"]
    with pytest.raises(ValidationError):
        stored_objective(small_workspace, saved.value)
