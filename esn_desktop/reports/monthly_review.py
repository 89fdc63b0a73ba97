"""The firm's monthly review: the month's KPIs against the previous month, the dashboard's charts,
the pipeline, the team's objectives and the staffing risk. Client-safe, it leaves out every cost,
CJM, salary and margin figure, so that it can be handed over in a client's meeting room."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from esn_desktop.domain.comparison import Comparison, compare
from esn_desktop.domain.kpi_figures import FIGURES, Figure, Moment, Unit
from esn_desktop.domain.kpis import KpiReport
from esn_desktop.formatting import MISSING, Formatter
from esn_desktop.palette import PALETTE
from esn_desktop.reports.charts import Bars, bar_chart
from esn_desktop.reports.document import (
    Metadata,
    Styles,
    explained,
    explained_section,
    section,
    spacer,
    subheading,
    table,
    text,
    write_pdf,
)
from esn_desktop.reports.wording import Words
from esn_desktop.services.dashboard import Dashboard

Shown = Callable[[Decimal | int | None], str]


def write_monthly_review(
    path: Path,
    review: Dashboard,
    *,
    company: str,
    today: date,
    locale: str = "fr_FR",
    client_safe: bool = False,
) -> None:
    words, f, styles = Words(locale), Formatter(locale), Styles()
    title = words("Monthly review — {month}", month=f.month(review.period.start))
    write_pdf(
        path,
        review_story(review, words, f, styles, company=company, today=today, client_safe=client_safe),
        Metadata(
            title=title,
            author=company or "esn-desktop",
            subject=words("Key figures"),
            running_header=f"{title} · {company}",
            page_label=words("Page {page} of {pages}"),
        ),
    )


def review_story(
    review: Dashboard,
    words: Words,
    f: Formatter,
    styles: Styles,
    *,
    company: str,
    today: date,
    client_safe: bool = False,
) -> list[Flowable]:
    """The review's pages, to write alone or at the head of a visit pack."""
    title = words("Monthly review — {month}", month=f.month(review.period.start))
    story: list[Flowable] = [
        Paragraph(text(title), styles.title),
        Paragraph(
            text(words("{company} · drawn up on {day}", company=company, day=f.day(today))), styles.subtitle
        ),
    ]
    if client_safe:
        story.append(explained(styles, words("Client-safe version: internal figures left out.")))
    story += _key_figures(review, words, f, styles, client_safe)
    story += _months(review, words, f, styles, client_safe)
    story += _pipeline(review, words, f, styles)
    story += _objectives(review, words, f, styles)
    story += _staffing(review, words, f, styles)
    if not client_safe:
        story += _rates(review, words, f, styles)
        story += _cost_per_lead(review.current, words, f, styles)
    return story


def _key_figures(
    review: Dashboard, words: Words, f: Formatter, styles: Styles, client_safe: bool
) -> list[Flowable]:
    def money(v: Decimal | int | None) -> str:
        return f.money(Decimal(v) if v is not None else None, cents=False)

    def rate(v: Decimal | int | None) -> str:
        return f.rate(Decimal(v) if v is not None else None)

    def days(v: Decimal | int | None) -> str:
        return f.days(v)

    def count(v: Decimal | int | None) -> str:
        return f.number(v, decimals=0)

    shown_as: dict[Unit, Shown] = {Unit.MONEY: money, Unit.RATE: rate, Unit.DAYS: days, Unit.COUNT: count}
    # What each figure is (how it reads and moves, whether it is internal): `domain.kpi_figures`.
    lines = [
        (words("Revenue"), FIGURES["revenue"]),
        (words("Cost"), FIGURES["cost"]),
        (words("Margin"), FIGURES["margin"]),
        (words("Margin rate"), FIGURES["margin_rate"]),
        (words("Average daily rate (TJM)"), FIGURES["tjm"]),
        (words("Average daily cost (CJM)"), FIGURES["cjm"]),
        (words("Utilization"), FIGURES["utilization"]),
        (words("Bench days"), FIGURES["bench_days"]),
        (words("Weighted pipeline"), FIGURES["pipeline_weighted"]),
        (words("Open deals"), FIGURES["open_opportunities"]),
        (words("Win rate"), FIGURES["win_rate"]),
        (words("No-show rate"), FIGURES["no_show_rate"]),
        (words("Top client's share"), FIGURES["top_client_share"]),
        (words("Team reaching its objectives"), FIGURES["team_reaching_share"]),
    ]
    rows = []
    for name, figure in lines:
        if figure.internal and client_safe:
            continue
        now, before, shown = figure.of(review.current), figure.of(review.previous), shown_as[figure.unit]
        rows.append(
            [
                _when(name, figure, review, words, f),
                shown(now),
                shown(before),
                _change(compare(now, before, figure.measure), words, f),
            ]
        )
    return section(
        styles,
        words("Key figures"),
        table(
            styles,
            [words("Figure"), words("This month"), words("Previous month"), words("Change")],
            rows,
            [4, 2.2, 2.2, 2],
            numeric=(1, 2, 3),
        ),
    )


def _when(name: str, figure: Figure, review: Dashboard, words: Words, f: Formatter) -> str:
    """A figure's name, with when it is measured if on a day (`Figure.measured_on`), as the
    dashboard's tile says it: the open pipeline at each month's end, objectives today."""
    day = figure.measured_on(review.period, review.today)
    if day is None:
        return name
    if figure.moment is Moment.PERIOD_END and day == review.period.end:  # each column at its month's end
        return words("{figure}, at month end", figure=name)
    return words("{figure}, at {day}", figure=name, day=f.short_day(day))


def _change(comparison: Comparison | None, words: Words, f: Formatter) -> str:
    """The change, signed, as the dashboard measures it (domain.comparison): a share of the
    previous month's value, a rate's in points; "new" from zero; nothing when either is missing."""
    if comparison is None:
        return MISSING
    return words("new") if comparison.new else f.change(comparison, signed=True)


def _months(
    review: Dashboard, words: Words, f: Formatter, styles: Styles, client_safe: bool
) -> list[Flowable]:
    months = review.months
    names = [f.short_month(m.month.start) for m in months]
    forecast = [i for i, m in enumerate(months) if m.forecast]
    series = [Bars(words("Revenue"), [m.revenue for m in months], PALETTE["blue"])]
    if not client_safe:
        series.append(Bars(words("Margin"), [m.margin or 0 for m in months], PALETTE["orange"]))
    series.append(
        Bars(
            words("Weighted pipeline expected"),
            [m.pipeline for m in months],
            PALETTE["sky"],
            beyond_scale=True,  # a big deal's month must not flatten every month's revenue
        )
    )
    title = words("Revenue per month") if client_safe else words("Revenue and margin per month")
    money = bar_chart(
        title,
        names,
        series,
        lambda v: f.money(Decimal(round(v)), cents=False),
        hatched=forecast,
        cut_text=lambda v: f.compact_money(Decimal(round(v))),
    )
    utilization = bar_chart(
        words("Utilization per month"),
        names,
        [Bars(words("Utilization"), [(m.utilization or 0) * 100 for m in months], PALETTE["green"])],
        lambda v: f.rate(Decimal(str(v)) / 100, decimals=0),
        height=140,
        hatched=forecast,
    )
    return section(
        styles,
        words("Month by month"),
        money,
        explained(
            styles,
            words(
                "Months after today (lighter) are a forecast: signed missions, and beside them "
                "the weighted deals expected to close then."
            ),
        ),
        spacer(2),
        utilization,
    )


def _pipeline(review: Dashboard, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    rows = [
        [
            words.stage(step.stage.value),
            f.number(step.reached, decimals=0),
            f.rate(step.conversion, decimals=0),
        ]
        for step in review.funnel
    ]
    chart = bar_chart(
        words("Deals created in the month"),
        [words.stage(step.stage.value) for step in review.funnel],
        [Bars(words("Reached"), [step.reached for step in review.funnel], PALETTE["purple"])],
        lambda v: f.number(Decimal(round(v)), decimals=0),
        height=140,
    )
    return section(
        styles,
        words("Pipeline by stage"),
        table(
            styles,
            [words("Stage"), words("Reached"), words("Conversion to the next stage")],
            rows,
            [4, 2, 3],
            numeric=(1, 2),
        ),
        spacer(2),
        chart,
    )


def _objectives(review: Dashboard, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    outcomes = review.current.objectives
    if not outcomes:
        return explained_section(styles, words("Team objectives"), words("No objective covers this month."))
    rows = [
        [
            o.salesperson or words("Whole team"),
            f"{f.day(o.dates.start)} – {f.day(o.dates.end)}",
            f.rate(o.result.score, decimals=0),
            words("yes") if o.result.reached else words("no"),
        ]
        for o in outcomes
    ]
    return section(
        styles,
        words("Team objectives"),
        table(
            styles,
            [words("Salesperson"), "", words("Score"), words("Reached")],
            rows,
            [4, 3.4, 1.5, 1.5],
            numeric=(2,),
        ),
    )


def _staffing(review: Dashboard, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    ending = (
        table(
            styles,
            [words("Consultant"), words("Account"), words("Ends on")],
            [[e.consultant, e.account, f.day(e.end)] for e in review.ending],
            [3, 4, 2],
        )
        if review.ending
        else explained(styles, words("No mission ends in the next 90 days."))
    )
    freed = (
        table(
            styles,
            [words("Consultant"), words("Available from")],
            [[c.name, f.day(c.available_from)] for c in review.freed],
            [5, 2],
        )
        if review.freed
        else explained(styles, words("Nobody becomes available in the next 90 days."))
    )
    return section(
        styles,
        words("Staffing: missions ending and the bench"),
        *subheading(styles, words("Missions ending in the next 90 days"), ending),
        spacer(2),
        *subheading(styles, words("Consultants available within 90 days"), freed),
    )


def _rates(review: Dashboard, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    title = words("Daily rate against daily cost, per consultant")
    if not review.rates:
        return explained_section(styles, title, words("No billed day this month."))
    rows = [
        [
            r.name + (f" ({words('sold under cost')})" if r.under_cost else ""),
            f.money(r.tjm),
            f.money(r.cjm),
            f.days(r.billed_days),
        ]
        for r in review.rates
    ]
    under = [i for i, r in enumerate(review.rates) if r.under_cost]
    return section(
        styles,
        title,
        table(
            styles,
            [words("Consultant"), "TJM", "CJM", words("Billed days")],
            rows,
            [4, 2, 2, 2],
            numeric=(1, 2, 3),
            emphasis=under,
        ),
    )


def _cost_per_lead(report: KpiReport, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    if not report.cost_per_lead:
        return []
    rows = [[name, f.money(cost)] for name, cost in sorted(report.cost_per_lead.items())]
    return section(
        styles,
        words("Cost per lead by channel"),
        table(styles, [words("Channel"), words("Cost per lead")], rows, [5, 2], numeric=(1,)),
    )
