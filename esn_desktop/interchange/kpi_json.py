"""The `kpi --json` object of shared/interchange.md: euros rounded to cents, rates as fractions or null."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from esn_desktop.domain.kpis import KpiReport
from esn_desktop.domain.money import round_cents


def _euros(value: Decimal) -> float:
    return float(round_cents(value))


def _hidden_euros(value: Decimal | None) -> float | None:
    """A cost or a margin; None (null) for a login that may not see costs."""
    return None if value is None else _euros(value)


def _rate(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def kpi_report_to_json(report: KpiReport) -> dict[str, Any]:
    return {
        "period": {"from": report.period.start.isoformat(), "to": report.period.end.isoformat()},
        "revenue": _euros(report.revenue),
        "cost": _hidden_euros(report.cost),
        "margin": _hidden_euros(report.margin),
        "margin_rate": _rate(report.margin_rate),
        "billed_days": float(report.billed_days),
        "worked_days": float(report.worked_days),
        "available_days": float(report.available_days),
        "utilization": _rate(report.utilization),
        "bench_days": float(report.bench_days),
        "tjm": _rate(report.tjm),
        "cjm": _rate(report.cjm),
        "pipeline_weighted": _euros(report.pipeline_weighted),
        "open_opportunities": report.open_opportunities,
        "win_rate": _rate(report.win_rate),
        "no_show_rate": _rate(report.no_show_rate),
        "cost_per_lead": {name: _rate(value) for name, value in report.cost_per_lead.items()},
        "top_client_share": _rate(report.top_client_share),
        "top3_client_share": _rate(report.top3_client_share),
        "objectives": [
            {
                "salesperson": outcome.salesperson,
                "score": float(outcome.result.score),
                "reached": outcome.result.reached,
                "criteria": [
                    {
                        "metric": c.criterion.metric.value,
                        "target": _number(c.criterion.target),
                        "actual": float(c.actual),
                        "achievement": _rate(c.achievement),
                    }
                    for c in outcome.result.criteria
                ],
            }
            for outcome in report.objectives
        ],
        "team_reaching_share": _rate(report.team_reaching_share),
    }
