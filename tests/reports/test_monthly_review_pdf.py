import ast
from datetime import date
from pathlib import Path

from esn_desktop.reports import action_plan, monthly_review, visit_pack
from esn_desktop.reports.files import write_review
from esn_desktop.reports.wording import FRENCH
from esn_desktop.store.database import Workspace
from tests.reports.pdf_text import (
    font_names,
    headings_at_page_foot,
    lines_starting_with_a_unit,
    qpdf_check,
    whole_text,
)

NOVEMBER = date(2026, 11, 1)
TODAY = date(2026, 11, 30)
# November 2026 of the shared example (small-workspace.kpi-2026-11.json), as the PDF writes them.
REVENUE, TJM = "12 040 €", "634 €"
COST, MARGIN, MARGIN_RATE, CJM = "7 715 €", "4 325 €", "35,9 %", "351 €"


def test_the_review_shows_the_months_kpis(small_workspace: Workspace, tmp_path: Path) -> None:
    path = write_review(small_workspace, month=NOVEMBER, today=TODAY, path=tmp_path / "review.pdf")
    qpdf_check(path)
    assert font_names(path) == {"DejaVuSans", "DejaVuSans-Bold"}
    text = whole_text(path)
    assert "Revue mensuelle — novembre 2026" in text
    # Against October, by the dashboard's rule (domain.comparison): money, days and counts in a
    # share of October's value, rates in points.
    assert f"Chiffre d’affaires {REVENUE} 11 264 € +6,9 %" in text
    # Days by the formatter's one rule, a tenth always shown: 33,0 beside 48,4, never 33 beside 48,4.
    assert "Jours d’intercontrat 33,0 48,4 −31,8 %" in text
    # Open deals and the pipeline are each month's at its end; the objectives' scores are today's.
    assert "Affaires ouvertes, en fin de mois 2 2 0,0 %" in text
    assert "Pipeline pondéré, en fin de mois 61 000 €" in text
    assert "Équipe à 100 % de ses objectifs, au 30/11" in text
    assert f"Taux journalier moyen (TJM) {TJM}" in text
    # A rate's change is in points: 35.9 % after 48.7 % is 12.8 points down, not "−12,8 %".
    assert f"Taux de marge {MARGIN_RATE} 48,7 % −12,8 pts" in text
    assert "Taux d’occupation 40,0 % 26,7 % +13,3 pts" in text
    assert f"Coût {COST}" in text and f"Marge {MARGIN}" in text
    assert f"Taux de marge {MARGIN_RATE}" in text and f"Coût journalier moyen (CJM) {CJM}" in text
    # The team's objectives, as kpi --json scores them: 0.61 and 0.1375.
    assert "Hélène Garnier 01/10/2026 – 31/12/2026 61 % non" in text
    assert "Karim Benali 01/10/2026 – 31/12/2026 14 % non" in text
    assert "Lucas Moreau Mutuelle Horizon" not in text  # his mission ends in May: beyond 90 days
    assert "Inès Caron Transports Lemaire 31/12/2026" in text
    assert "Coût par piste" in text
    assert headings_at_page_foot(path) == [] and lines_starting_with_a_unit(path) == []


def test_a_change_from_nothing_is_new_and_one_without_a_figure_is_left_blank() -> None:
    from decimal import Decimal

    from esn_desktop.domain.comparison import Measure, compare
    from esn_desktop.formatting import Formatter
    from esn_desktop.reports.wording import Words

    french = Words("fr_FR"), Formatter("fr_FR")
    # A first lead bought this month, none the month before: no share of zero to give.
    assert monthly_review._change(compare(Decimal(1500), Decimal(0), Measure.AMOUNT), *french) == "nouveau"
    assert monthly_review._change(compare(0, 0, Measure.AMOUNT), *french) == "0,0\u202f%"
    # No meeting in October: no no-show rate, nothing to compare.
    assert monthly_review._change(compare(Decimal("0.25"), None, Measure.RATE), *french) == "—"


def test_the_client_safe_review_leaves_out_every_cost_and_margin(
    small_workspace: Workspace, tmp_path: Path
) -> None:
    path = write_review(
        small_workspace, month=NOVEMBER, today=TODAY, path=tmp_path / "client.pdf", client_safe=True
    )
    qpdf_check(path)
    text = whole_text(path)
    assert REVENUE in text and TJM in text
    for figure in (COST, MARGIN, MARGIN_RATE, CJM):
        assert figure not in text
    for word in ("Coût", "Marge", "marge", "CJM", "coût"):
        assert word not in text
    assert "Version client : chiffres internes retirés." in text


def test_every_sentence_of_the_reports_has_its_french() -> None:
    missing = []
    for module in (action_plan, monthly_review, visit_pack):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "words":
                english = node.args[:1]
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "counted":
                english = node.args[1:3]  # words.counted(number, one, many)
            else:
                continue
            missing += [
                first.value
                for first in english
                if isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value not in FRENCH
            ]
    assert missing == []


def test_a_month_of_huge_pipeline_is_cut_and_labelled_not_flattening_the_revenue() -> None:
    from decimal import Decimal

    from pytest import approx

    from esn_desktop.reports.charts import Bars, bar_chart

    drawing = bar_chart(
        "Chiffre d’affaires par mois",
        ["oct.", "nov.", "déc."],
        [
            Bars("Chiffre d’affaires", [Decimal(150_000), Decimal(200_000), Decimal(0)], "#0072B2"),
            Bars("Pipeline", [Decimal(0), Decimal(0), Decimal(15_200_000)], "#56B4E9", beyond_scale=True),
        ],
        lambda v: f"{v:.0f} €",
        cut_text=lambda v: f"{v / 1e6:.1f} M€",
    )
    chart = drawing.contents[1]
    assert chart.valueAxis.valueMax == approx(230_000)  # set by the revenue, not by the 15 M€
    assert chart.data[1][2] == approx(200_100)  # the pipeline's bar cut below the top
    assert chart.barLabelArray == [["", "", ""], ["", "", "15.2 M€"]]
