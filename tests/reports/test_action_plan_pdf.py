import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from esn_desktop.domain.action_plans import ActionRule, Frequency
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.reports.files import plan_file_name, plan_files, write_all_plans, write_plan
from esn_desktop.services.action_plans import PlanInput, Push, action_plan, save_plan
from esn_desktop.services.transfer import import_document
from esn_desktop.store.database import Workspace
from tests.reports.pdf_text import (
    font_names,
    headings_at_page_foot,
    lines_starting_with_a_unit,
    pages_text,
    qpdf_check,
    whole_text,
)

NOVEMBER = date(2026, 11, 1)
TODAY = date(2026, 11, 20)


def _plan_helene(workspace: Workspace) -> None:
    save_plan(
        workspace,
        plan=PlanInput(
            "Hélène Garnier",
            NOVEMBER,
            notes="Pitch : la data au service de la relation adhérent.\nQuestions : qui décide ?",
            account_ids=(1,),
            rules=(
                ActionRule("grand_compte", ActivityKind.CALL, 8, Frequency.YEAR),
                ActionRule("grand_compte", ActivityKind.MEETING, 3, Frequency.MONTH),
            ),
            pushes=(Push(2, "Soutenance de la proposition", date(2026, 11, 27)),),
        ),
    )


def test_the_plan_shows_the_hand_worked_figures(small_workspace: Workspace, tmp_path: Path) -> None:
    _plan_helene(small_workspace)
    path = write_plan(
        small_workspace, salesperson="Hélène Garnier", month=NOVEMBER, today=TODAY, path=tmp_path / "p.pdf"
    )
    qpdf_check(path)
    text = whole_text(path)
    assert "Plan d’action commercial — novembre 2026" in text
    assert "Hélène Garnier · Exemple Numérique SAS · établi le 20/11/2026" in text
    # Q4 objective of 120,000 euros: November carries 20 of its 64 working days.
    assert "37 500 € (part des objectifs couvrant le mois)" in text
    # Won on 12 November: 96,000 euros, 80 % of the objective's revenue criterion.
    assert "Signé ce mois-ci 96 000 €" in text
    assert "CA signé 120 000 € 96 000 € 80 % 70 %" in text
    # Reverse funnel from 37,500 euros with the assumed 50,000 euro deal: 0.75 win, 3
    # proposals, 7.5 meetings, 25 leads, 250 calls; November has four weeks of working days.
    # Whole actions, rounded up: 1 win (one every 4 weeks), 8 meetings, 63 calls a week.
    assert "Affaires gagnées 1 1 toutes les 4 semaines" in text
    assert "Rendez-vous 8 2" in text
    assert "Appels 250 63" in text
    assert "Panier moyen : 50 000 € (hypothèse)" in text
    # 8 calls a year on the one named key account (1 this month); 3 meetings a month, one held.
    assert "8 × appel par compte et par an 1 0" in text
    assert "3 × rendez-vous par compte et par mois 3 1" in text
    # Two different quantities, each named for what it is: the funnel's 8 meetings are what the
    # goal needs, the rules' 3 what the plan schedules (and what "due by now" follows: 15 of the
    # month's 20 working days gone, 2.25, so 3). Side by side in « Fait contre prévu ».
    assert "Étape Nécessaire ce mois-ci Nécessaire par semaine" in text
    assert "Prévu par la règle ce mois" in text
    assert "Rendez-vous 3 8 3 1 33 % en retard" in text
    assert "Appel 1 250 1 0 0 % en retard" in text
    assert "Nécessaire : ce que demande l’objectif de chiffre d’affaires" in text
    # The named account with whom to reach there (its decision maker) and its last action.
    assert "Mutuelle Horizon Grand compte Sophie Marchand Décideur · +33 1 23 45 67 89" in text
    assert "04/11/2026" in text
    assert "Migration cloud" in text and "Soutenance de la proposition" in text and "27/11/2026" in text
    assert "Pitch : la data au service de la relation adhérent." in text
    assert "Page 1 sur" in text
    assert headings_at_page_foot(path) == [] and lines_starting_with_a_unit(path) == []
    # No fraction anywhere: actions are whole, rates and money rounded to the unit.
    assert re.findall(r"\d,\d", text) == []


def test_the_document_embeds_its_font_and_says_what_it_is(small_workspace: Workspace, tmp_path: Path) -> None:
    path = write_plan(
        small_workspace, salesperson="Karim Benali", month=NOVEMBER, today=TODAY, path=tmp_path / "p.pdf"
    )
    assert font_names(path) == {"DejaVuSans", "DejaVuSans-Bold"}
    metadata = PdfReader(path).metadata
    assert metadata.title == "Plan d’action commercial — novembre 2026 — Karim Benali"
    assert metadata.author == "Exemple Numérique SAS"


def test_a_salesperson_without_data_gets_every_section_explained(
    workspace: Workspace, tmp_path: Path
) -> None:
    document = tmp_path / "alone.json"
    document.write_text(json.dumps({"format": "esn-desktop/1", "salespeople": [{"name": "Zoé Nouvelle"}]}))
    import_document(workspace, document)
    path = write_plan(
        workspace, salesperson="Zoé Nouvelle", month=NOVEMBER, today=TODAY, path=tmp_path / "p.pdf"
    )
    qpdf_check(path)
    text = whole_text(path)
    for explanation in (
        "Aucun objectif ne couvre ce mois.",
        "Sans objectif de chiffre d’affaires, rien à décliner",
        "Aucune règle d’action pour l’instant.",
        "Rien de prévu ni de fait pour l’instant ce mois-ci.",
        "Aucune affaire ouverte",
        "Rien n’a été prévu ni fait en octobre 2026.",
        "Aucun rendez-vous manqué n’attend d’être reprogrammé.",
        "Pas encore de notes de méthode",
    ):
        assert explanation in text
    assert "aucun objectif" in text  # the month at a glance


def test_long_tables_repeat_their_header_on_the_next_page(workspace: Workspace, tmp_path: Path) -> None:
    accounts = [{"name": f"Compte {i:03}", "segment": "pme", "owner": "Ana"} for i in range(120)]
    document = tmp_path / "many.json"
    document.write_text(
        json.dumps({"format": "esn-desktop/1", "salespeople": [{"name": "Ana"}], "accounts": accounts})
    )
    import_document(workspace, document)
    save_plan(workspace, plan=PlanInput("Ana", NOVEMBER, account_ids=tuple(range(1, 121))))
    path = write_plan(workspace, salesperson="Ana", month=NOVEMBER, today=TODAY, path=tmp_path / "p.pdf")
    qpdf_check(path)
    assert headings_at_page_foot(path) == []
    with_header = [i for i, page in enumerate(pages_text(path)) if "Dernière action" in page]
    assert len(with_header) >= 2
    assert "Compte 119" in whole_text(path)


def test_every_plan_of_the_month_one_file_each_or_combined(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    files = write_all_plans(
        small_workspace,
        month=NOVEMBER,
        today=TODAY,
        target=tmp_path,
        combined=False,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert [f.name for f in files] == ["plan-2026-11-helene-garnier.pdf", "plan-2026-11-karim-benali.pdf"]
    assert seen == [(0, 2), (1, 2), (2, 2)]
    combined = write_all_plans(
        small_workspace, month=NOVEMBER, today=TODAY, target=tmp_path / "all.pdf", combined=True
    )
    text = whole_text(combined[0])
    assert "Hélène Garnier · Exemple" in text and "Karim Benali · Exemple" in text
    for path in [*files, *combined]:
        qpdf_check(path)


def test_file_names_are_safe_everywhere() -> None:
    assert plan_file_name("Hélène  O'Brien-Garnier", NOVEMBER) == "plan-2026-11-helene-o-brien-garnier.pdf"


def test_a_plan_that_breaks_a_rule_is_refused_whole(small_workspace: Workspace) -> None:
    from esn_desktop.domain.errors import ValidationError
    from esn_desktop.services.action_plans import load_plan

    _plan_helene(small_workspace)
    broken = PlanInput(
        "Hélène Garnier",
        NOVEMBER,
        revenue_goal=Decimal("-1"),
        rules=(ActionRule("", ActivityKind.CALL, 0, Frequency.YEAR),),
        pushes=(Push(999),),
    )
    try:
        save_plan(small_workspace, plan=broken)
    except ValidationError as error:
        fields = {(p.item, p.field) for p in error.problems}
    else:
        raise AssertionError("the plan was saved")
    assert fields == {
        ("action plan", "revenue_goal"),
        ("rule #1", "segment"),
        ("rule #1", "count"),
        ("deal to push #1", "opportunity"),
    }
    with pytest.raises(ValidationError) as refused:
        save_plan(
            small_workspace, plan=PlanInput("Hélène Garnier", NOVEMBER, revenue_goal=Decimal("40000.555"))
        )
    assert [(p.field, p.reason) for p in refused.value.problems] == [
        ("revenue_goal", "must not go below the cent")
    ]
    kept = load_plan(small_workspace, salesperson="Hélène Garnier", month=NOVEMBER)
    assert (
        kept is not None
        and len(kept.rules) == 2
        and kept.pushes[0].next_step == "Soutenance de la proposition"
    )


def test_a_client_safe_plan_leaves_a_margin_criterion_out(small_workspace: Workspace, tmp_path: Path) -> None:
    document = tmp_path / "margin.json"
    objective = {
        "salesperson": "Hélène Garnier",
        "start": "2026-11-01",
        "end": "2026-11-30",
        "criteria": [
            {"metric": "margin", "target": 5000, "weight": 0.5},
            {"metric": "calls", "target": 10, "weight": 0.5},
        ],
    }
    document.write_text(json.dumps({"format": "esn-desktop/1", "objectives": [objective]}), encoding="utf-8")
    import_document(small_workspace, document)
    # Lucas on Mutuelle Horizon in November: 6 days worked (a week of leave), the first 3 unbilled:
    # 3 x 600 billed against 6 x 410 of cost, a margin of -660 euros.
    full = write_plan(
        small_workspace, salesperson="Hélène Garnier", month=NOVEMBER, today=TODAY, path=tmp_path / "a.pdf"
    )
    assert "Marge 5 000 € -660 €" in whole_text(full)
    safe = write_plan(
        small_workspace,
        salesperson="Hélène Garnier",
        month=NOVEMBER,
        today=TODAY,
        path=tmp_path / "b.pdf",
        client_safe=True,
    )
    text = whole_text(safe)
    assert "Marge 50 %" in text  # the criterion and its weight, no figure
    assert "660" not in text and "5 000 €" not in text


def test_a_cancelled_batch_leaves_no_file(small_workspace: Workspace, tmp_path: Path) -> None:
    from esn_desktop.domain.errors import Cancelled

    def cancel_after_the_first(done: int, _total: int) -> None:
        if done == 1:
            raise Cancelled

    folder = tmp_path / "plans"
    folder.mkdir()
    with pytest.raises(Cancelled):
        write_all_plans(
            small_workspace,
            month=NOVEMBER,
            today=TODAY,
            target=folder,
            combined=False,
            progress=cancel_after_the_first,
        )
    assert list(folder.iterdir()) == []
    # Replacing last run's files: cancelled, they stay as they were, and no partial is left.
    older = dict.fromkeys(plan_files(small_workspace, month=NOVEMBER, folder=folder), b"%PDF older")
    for path, content in older.items():
        path.write_bytes(content)
    with pytest.raises(Cancelled):
        write_all_plans(
            small_workspace,
            month=NOVEMBER,
            today=TODAY,
            target=folder,
            combined=False,
            progress=cancel_after_the_first,
            force=True,
        )
    assert {path: path.read_bytes() for path in folder.iterdir()} == older


def test_a_plan_in_english(small_workspace: Workspace, tmp_path: Path) -> None:
    path = write_plan(
        small_workspace,
        salesperson="Hélène Garnier",
        month=NOVEMBER,
        today=TODAY,
        path=tmp_path / "p.pdf",
        locale="en_GB",
    )
    text = whole_text(path)
    assert "Action plan — November 2026" in text
    assert "Hélène Garnier · Exemple Numérique SAS · drawn up on 20 Nov 2026" in text
    assert "Revenue signed €120,000 €96,000 80% 70%" in text
    assert "Page 1 of" in text


def test_deals_to_push_are_counted_as_listed_and_none_suggested_is_overdue(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    # Karim gets three big deals whose closing dates are long past, and one still to come.
    closes = ["2026-06-30", "2026-09-15", "2026-11-19", "2026-12-15"]
    deals = [
        {
            "account": "Transports Lemaire",
            "title": f"Affaire {close}",
            "amount": 900000,
            "stage": "negotiation",
            "probability": 0.8,
            "expected_close": close,
            "owner": "Karim Benali",
            "created": "2026-03-01",
        }
        for close in closes
    ]
    document = tmp_path / "late.json"
    document.write_text(json.dumps({"format": "esn-desktop/1", "opportunities": deals}), encoding="utf-8")
    import_document(small_workspace, document)
    view = action_plan(small_workspace, salesperson="Karim Benali", month=NOVEMBER, today=TODAY)
    suggested = [p for p in view.pushes if not p.named]
    assert [p.title for p in suggested] == ["Affaire 2026-12-15", "Migration cloud", "TMA caisse"]
    assert all(p.expected_close is None or p.expected_close >= TODAY for p in suggested)
    assert view.overdue_deals == 3
    path = write_plan(
        small_workspace, salesperson="Karim Benali", month=NOVEMBER, today=TODAY, path=tmp_path / "p.pdf"
    )
    text = whole_text(path)
    # The month at a glance counts what the list shows.
    assert "Affaires à pousser 0 choisie, 3 suggérées" in text
    assert "3 affaires ouvertes ont dépassé leur date de clôture prévue et ne sont pas suggérées" in text
    assert "Affaire 2026-06-30" not in text
