"""The KPI report as lines of text for the terminal, formatted in the user's locale."""

from __future__ import annotations

from esn_desktop.domain.kpis import KpiReport
from esn_desktop.formatting import Formatter


def kpi_report_lines(report: KpiReport, locale: str = "fr_FR") -> list[str]:
    f = Formatter(locale)
    rows = [
        ("Revenue", f.money(report.revenue)),
        ("Cost", f.money(report.cost)),
        ("Margin", f"{f.money(report.margin)} ({f.rate(report.margin_rate)})"),
        ("Billed / worked days", f"{f.days(report.billed_days)} / {f.days(report.worked_days)}"),
        ("Available days", f.days(report.available_days)),
        ("Utilization", f.rate(report.utilization)),
        ("Bench days", f.days(report.bench_days)),
        ("TJM / CJM", f"{f.money(report.tjm)} / {f.money(report.cjm)}"),
        ("Weighted pipeline", f"{f.money(report.pipeline_weighted)} ({report.open_opportunities} open)"),
        ("Win rate", f.rate(report.win_rate)),
        ("No-show rate", f.rate(report.no_show_rate)),
        ("Top client / top 3", f"{f.rate(report.top_client_share)} / {f.rate(report.top3_client_share)}"),
    ]
    rows += [(f"Cost per lead: {name}", f.money(value)) for name, value in report.cost_per_lead.items()]
    for outcome in report.objectives:
        # A person has several objectives (a month's, a quarter's...): each told by its dates.
        verdict = "reached" if outcome.result.reached else "not reached"
        dates = f"{f.day(outcome.dates.start)} – {f.day(outcome.dates.end)}"
        rows.append(
            (
                f"Objective: {outcome.salesperson or 'team'}, {dates}",
                f"{f.rate(outcome.result.score)} ({verdict})",
            )
        )
    rows.append(("Team reaching objectives", f.rate(report.team_reaching_share)))
    width = max(len(label) for label, _ in rows)
    header = f"KPIs {f.day(report.period.start)} – {f.day(report.period.end)}"
    return [header, *(f"{label.ljust(width)}  {value}" for label, value in rows)]
