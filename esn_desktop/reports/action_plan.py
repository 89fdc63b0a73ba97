"""The monthly action plan (PAM) as a document a salesperson can follow: the goal, the reasoning
from it down to the week's actions, whom to work on and how often, what to push, how last month
went, and what was missed."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph

from esn_desktop.domain.action_plans import ActionRule
from esn_desktop.domain.activities import ActivityKind
from esn_desktop.domain.cadence import Rhythm, weekly_rhythm
from esn_desktop.domain.funnel import Rate, Source
from esn_desktop.domain.objectives import Metric
from esn_desktop.formatting import Formatter
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
from esn_desktop.services.action_plans import ActionPlanView, TargetAccount

FUNNEL_STEPS = (
    ("wins", "Wins"),
    ("proposals", "Proposals"),
    ("meetings", "Meetings"),
    ("qualified_leads", "Qualified leads"),
    ("calls", "Calls"),
)
#: The reverse funnel's step of each kind of action the plan's rules can schedule.
FUNNEL_STEP_OF_KIND = {
    ActivityKind.CALL: "calls",
    ActivityKind.MEETING: "meetings",
    ActivityKind.PROPOSAL: "proposals",
}


def write_action_plans(
    path: Path, views: Sequence[ActionPlanView], locale: str = "fr_FR", *, client_safe: bool = False
) -> None:
    """One plan, or several one after the other (each from a new page) in one file. Client-safe,
    a margin criterion's figures are left out."""
    words, formatter, styles = Words(locale), Formatter(locale), Styles()
    story: list[Flowable] = []
    for index, view in enumerate(views):
        if index:
            story.append(PageBreak())
        story += plan_story(view, words, formatter, styles, client_safe=client_safe)
    first = views[0]
    month = formatter.month(first.month.start)
    names = ", ".join(v.salesperson for v in views)
    write_pdf(
        path,
        story,
        Metadata(
            title=words("Action plan — {month}", month=month) + f" — {names}",
            author=first.company or "esn-desktop",
            subject=words("Action plan"),
            running_header=f"{words('Action plan — {month}', month=month)} · {names} · {first.company}",
            page_label=words("Page {page} of {pages}"),
        ),
    )


def plan_story(
    view: ActionPlanView, words: Words, f: Formatter, styles: Styles, *, client_safe: bool = False
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(text(words("Action plan — {month}", month=f.month(view.month.start))), styles.title),
        Paragraph(
            text(
                words(
                    "{salesperson} · {company} · drawn up on {day}",
                    salesperson=view.salesperson,
                    company=view.company,
                    day=f.day(view.today),
                )
            ),
            styles.subtitle,
        ),
    ]
    story += _glance(view, words, f, styles)
    story += _objectives(view, words, f, styles, client_safe)
    story += _funnel(view, words, f, styles)
    story += _segments(view, words, f, styles)
    story += _progress(view, words, f, styles)
    story += _pushes(view, words, f, styles)
    story += _last_month(view, words, f, styles)
    story += _no_shows(view, words, f, styles)
    story += _method(view, words, styles)
    return story


def _glance(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    if view.goal is None:
        goal = words("no goal")
    else:
        source = (
            words("set in the plan") if view.goal_source == "typed" else words("its share of the objectives")
        )
        goal = f"{f.money(view.goal, cents=False)} ({source})"
    rows = [
        [words("Revenue goal of the month"), goal],
        [words("Signed so far this month"), f.money(view.signed, cents=False)],
        [words("Working days gone by"), f.rate(view.elapsed, decimals=0)],
        [words("Deals to push"), _pushes_count(view, words, f)],
        [words("No-shows to reschedule"), f.number(view.no_shows_waiting, decimals=0)],
    ]
    return section(styles, words("The month at a glance"), table(styles, None, rows, [3, 4]))


def _pushes_count(view: ActionPlanView, words: Words, f: Formatter) -> str:
    """What the list of deals to push holds, as listed: "2 chosen, 8 suggested"."""
    chosen = sum(1 for p in view.pushes if p.named)
    suggested = len(view.pushes) - chosen
    parts = [
        words.counted(chosen, "{count} chosen", "{count} chosen (many)", count=f.number(chosen, decimals=0)),
        words.counted(
            suggested, "{count} suggested", "{count} suggested (many)", count=f.number(suggested, decimals=0)
        ),
    ]
    return ", ".join(parts)


def _objectives(
    view: ActionPlanView, words: Words, f: Formatter, styles: Styles, client_safe: bool
) -> list[Flowable]:
    title = words("Objectives")
    if not view.objectives:
        return explained_section(
            styles,
            title,
            words(
                "No objective covers this month. Set one in the Objectives tab: the plan then "
                "derives the month's revenue goal from it."
            ),
        )
    body: list[Flowable] = []
    for outcome in view.objectives:
        rows = []
        for c in outcome.result.criteria:
            metric = c.criterion.metric
            if client_safe and metric is Metric.MARGIN:
                rows.append([words.label(metric.value), "", "", "", f.rate(c.criterion.weight, decimals=0)])
                continue
            shown = (
                (lambda v: f.money(v, cents=False))
                if metric.is_money
                else (lambda v: f.number(v, decimals=0))
            )
            rows.append(
                [
                    words.label(metric.value),
                    shown(c.criterion.target),
                    shown(c.actual),
                    f.rate(c.achievement, decimals=0),
                    f.rate(c.criterion.weight, decimals=0),
                ]
            )
        dates = outcome.dates
        caption = words(
            "{start} to {end}: score {score}",
            start=f.day(dates.start),
            end=f.day(dates.end),
            score=f.rate(outcome.result.score, decimals=0),
        )
        caption += " — " + (words("reached") if outcome.result.reached else words("not reached yet"))
        body += [
            *subheading(
                styles,
                caption,
                table(
                    styles,
                    [
                        words("Criterion"),
                        words("Target"),
                        words("Actual"),
                        words("Achievement"),
                        words("Weight"),
                    ],
                    rows,
                    [4, 2, 2, 1.6, 1.3],
                    numeric=(1, 2, 3, 4),
                ),
            ),
            spacer(2),
        ]
    return section(styles, title, *body)


def _funnel(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    title = words("From the revenue goal to weekly actions")
    if view.funnel is None:
        return explained_section(
            styles,
            title,
            words(
                "Without a revenue goal there is nothing to work back from: type one in the "
                "plan, or set an objective with a revenue criterion."
            ),
        )
    funnel = view.funnel.funnel
    rows = [
        [
            words(name),
            f.number(funnel.step(key).rounded, decimals=0),
            _rhythm(weekly_rhythm(funnel.step(key).rounded, funnel.weeks), words, f),
        ]
        for key, name in FUNNEL_STEPS
    ]

    def source(kind: Source) -> str:
        return words("from the workspace's history") if kind is Source.HISTORY else words("assumed")

    def rate(r: Rate) -> str:
        return f"{f.rate(r.value, decimals=0)} ({source(r.source)})"

    rates = funnel.rates
    sources = [
        words(
            "Average deal: {amount} ({source}).",
            amount=f.money(funnel.average_deal, cents=False),
            source=source(view.funnel.average_deal_source),
        ),
        words(
            "Conversion rates: proposal to win {p}, meeting to proposal {m}, qualified lead to "
            "meeting {q}, call to qualified lead {c}.",
            p=rate(rates.proposal_to_win),
            m=rate(rates.meeting_to_proposal),
            q=rate(rates.qualified_to_meeting),
            c=rate(rates.call_to_qualified),
        ),
    ]
    sources.insert(
        0,
        words(
            "What the revenue goal needs, worked back through the conversion rates. What the plan's "
            "rules schedule (so many actions per account) is below, beside it."
        ),
    )
    closed = f.number(view.funnel.closed_opportunities, decimals=0)
    if rates.from_history and view.funnel.average_deal_source is Source.HISTORY:
        sources.append(
            words(
                "The rates come from the last twelve months of this workspace (deals closed: {count}).",
                count=closed,
            )
        )
    else:
        sources.append(
            words(
                "The history is too thin for some rates (deals closed in twelve months: {count}): "
                "those marked assumed are the usual figures of the trade, to be replaced as the "
                "history grows.",
                count=closed,
            )
        )
    return section(
        styles,
        title,
        table(
            styles,
            [words("Step"), words("Needed this month"), words("Needed per week")],
            rows,
            [4, 2, 2],
            numeric=(1, 2),
        ),
        spacer(1.5),
        *(explained(styles, line) for line in sources),
    )


def _rhythm(rhythm: Rhythm, words: Words, f: Formatter) -> str:
    count = f.number(rhythm.count, decimals=0)
    if rhythm.weeks == 1:
        return count
    return words("{count} every {weeks} weeks", count=count, weeks=f.number(rhythm.weeks, decimals=0))


def _rule_text(rule: ActionRule, words: Words) -> str:
    return words(
        "{count} {kind} per account a {per}",
        count=rule.count,
        kind=words.label(rule.kind.value).lower(),
        per=words(rule.per.value),
    )


def _segments(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    title = words("Target accounts and actions per segment")
    if not view.segments:
        body: list[Flowable] = [
            explained(
                styles,
                words(
                    "No action rule yet. Add some in the plan, for example 8 calls and 3 meetings "
                    "a year for each key account."
                ),
            )
        ]
    else:
        rows = []
        for plan in view.segments:
            for rule in plan.rules:
                rows.append(
                    [
                        words.label(plan.segment),
                        f.number(plan.prospects, decimals=0),
                        _rule_text(rule, words),
                        f.number(rule.per_month(plan.prospects), decimals=0),
                        f.number(plan.done.get(rule.kind, 0), decimals=0),
                    ]
                )
        scope = (
            words("The rules apply to the {count} accounts named below.", count=len(view.targets))
            if view.targets
            else words(
                "No account is named: the rules apply to every account of the segment this "
                "salesperson follows."
            )
        )
        body = [
            table(
                styles,
                [
                    words("Segment"),
                    words("Accounts"),
                    words("Rule"),
                    words("Planned by the rule this month"),
                    words("Done"),
                ],
                rows,
                [2.2, 1.3, 4.2, 1.8, 1.2],
                numeric=(1, 3, 4),
            ),
            spacer(1.5),
            explained(styles, scope),
        ]
    if view.targets:
        body += [
            spacer(2),
            *subheading(
                styles,
                words("Named target accounts"),
                table(
                    styles,
                    [
                        words("Account"),
                        words("Segment"),
                        words("Contact to reach"),
                        words("Last action done"),
                    ],
                    [
                        [
                            f"{t.name}\n{t.city or ''}".strip(),
                            words.label(t.segment),
                            _contact(t, words),
                            f.day(t.last_done),
                        ]
                        for t in view.targets
                    ],
                    [3.4, 1.6, 3.6, 1.6],
                ),
            ),
        ]
    return section(styles, title, *body)


def _contact(target: TargetAccount, words: Words) -> str:
    contact = target.contact
    if contact is None:
        return "—"
    reach = " · ".join(
        x for x in (words.label(contact.role.value if contact.role else None), contact.phone) if x
    )
    return "\n".join(x for x in (contact.name, reach, contact.email or "") if x)


def _progress(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    title = words("Done against planned this month")
    if not view.progress:
        return explained_section(styles, title, words("Nothing planned or done yet this month."))

    def needed(kind: ActivityKind) -> str:
        """What the revenue goal needs of this kind this month (the funnel above), to read beside
        what the rules plan: two different quantities, each named for what it is."""
        step = FUNNEL_STEP_OF_KIND.get(kind)
        if view.funnel is None or step is None:
            return "—"
        return f.number(view.funnel.funnel.step(step).rounded, decimals=0)

    rows = [
        [
            words.label(p.kind.value),
            f.number(p.planned, decimals=0),
            needed(p.kind),
            f.number(p.due_by_now, decimals=0),
            f.number(p.done, decimals=0),
            f.rate(p.achievement, decimals=0),
            words(p.pace.value) if p.planned else "",
        ]
        for p in view.progress
    ]
    chart = bar_chart(
        words("Planned and done"),
        [words.label(p.kind.value) for p in view.progress],
        [
            Bars(words("Planned by the rules"), [p.planned for p in view.progress], PALETTE["sky"]),
            Bars(words("Done"), [p.done for p in view.progress], PALETTE["blue"]),
        ],
        lambda v: f.number(Decimal(str(v)), decimals=0),
        height=150,
    )
    return section(
        styles,
        title,
        table(
            styles,
            [
                words("Kind"),
                words("Planned by the rules"),
                words("Needed for the goal"),
                words("Due by now"),
                words("Done"),
                words("Achievement"),
                words("Pace"),
            ],
            rows,
            [1.8, 1.5, 1.9, 1.3, 1.1, 1.3, 1.6],
            numeric=(1, 2, 3, 4, 5),
        ),
        spacer(1.5),
        explained(
            styles,
            words(
                "Planned: what the plan's rules schedule this month; due by now and pace follow "
                "it. Needed: what the revenue goal asks for, from the funnel above."
            ),
        ),
        spacer(2),
        chart,
    )


def _pushes(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    title = words("Deals to push")
    if not view.pushes:
        return explained_section(
            styles, title, words("No open deal: the month's work is to create some (see the funnel above).")
        )
    rows = [
        [
            f"{p.title}\n{p.account}\n{words.stage(p.stage.value)}",
            f"{f.money(p.amount, cents=False)}\n({f.money(p.weighted, cents=False)})",
            f.day(p.expected_close),
            p.next_step if p.named else words("suggested: one of the biggest open deals"),
            f.day(p.due) if p.due else "",
        ]
        for p in view.pushes
    ]
    body: list[Flowable] = [
        table(
            styles,
            [
                words("Deal"),
                words("Amount (weighted)"),
                words("Expected close"),
                words("Next step"),
                words("Due"),
            ],
            rows,
            [4.2, 2.1, 1.8, 3.4, 1.8],
            numeric=(1,),
        )
    ]
    if view.overdue_deals:
        overdue = words.counted(
            view.overdue_deals,
            "{count} open deal is past its expected closing date and left out of the suggestions: "
            "re-date it or close it in the Prospects tab.",
            "{count} open deals are past their expected closing date and left out of the "
            "suggestions: re-date them or close them in the Prospects tab.",
            count=f.number(view.overdue_deals, decimals=0),
        )
        body += [spacer(1), explained(styles, overdue)]
    if view.pipeline:
        body += [
            spacer(2),
            bar_chart(
                words("Open deals by stage"),
                [words.stage(stage.value) for stage, _, _ in view.pipeline],
                [Bars(words("Amount"), [amount for _, _, amount in view.pipeline], PALETTE["blue"])],
                lambda v: f.money(Decimal(round(v)), cents=False),
                height=150,
            ),
        ]
    return section(styles, title, *body)


def _last_month(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    last = view.last_month
    month = f.month(last.month.start)
    title = words("Last month: results against the plan")
    if last.goal is not None:
        signed = words(
            "Signed in {month}: {signed}, against a goal of {goal}.",
            month=month,
            signed=f.money(last.signed, cents=False),
            goal=f.money(last.goal, cents=False),
        )
    else:
        signed = words(
            "Signed in {month}: {signed} (no goal was set).",
            month=month,
            signed=f.money(last.signed, cents=False),
        )
    body: list[Flowable] = [Paragraph(text(signed), styles.body)]
    if not last.planned:
        body.append(
            explained(
                styles, words("No plan was saved for {month}: only what was done is shown.", month=month)
            )
        )
    if last.progress:
        rows = [
            [
                words.label(p.kind.value),
                f.number(p.planned, decimals=0) if last.planned else "—",
                f.number(p.done, decimals=0),
                f.rate(p.achievement, decimals=0),
            ]
            for p in last.progress
        ]
        body += [
            spacer(1.5),
            table(
                styles,
                [words("Kind"), words("Planned by the rules"), words("Done"), words("Achievement")],
                rows,
                [3, 2, 2, 2],
                numeric=(1, 2, 3),
            ),
        ]
    else:
        body.append(explained(styles, words("Nothing was planned or done in {month}.", month=month)))
    return section(styles, title, *body)


def _no_shows(view: ActionPlanView, words: Words, f: Formatter, styles: Styles) -> list[Flowable]:
    title = words("No-shows to reschedule")
    if not view.no_shows:
        return explained_section(styles, title, words("No missed meeting waits to be rescheduled."))
    rows = [
        [
            item.account,
            item.contact or "",
            f.day(item.day),
            "\n".join(f.moment(slot) for slot in item.slots),
        ]
        for item in view.no_shows
    ]
    body: list[Flowable] = [
        table(
            styles,
            [words("Account"), words("Contact"), words("Missed on"), words("Slots to offer")],
            rows,
            [3.5, 2.5, 1.6, 2.4],
        )
    ]
    if view.no_shows_waiting > len(view.no_shows):
        more = words(
            "The {shown} newest of {count}: the others wait in the no-show queue of the Prospects tab.",
            shown=len(view.no_shows),
            count=f.number(view.no_shows_waiting, decimals=0),
        )
        body += [spacer(1), explained(styles, more)]
    return section(styles, title, *body)


def _method(view: ActionPlanView, words: Words, styles: Styles) -> list[Flowable]:
    title = words("Method")
    if not view.plan.notes.strip():
        return explained_section(
            styles,
            title,
            words(
                "No notes on method yet: the pitch, the questions for discovery meetings and "
                "the objections to expect belong here."
            ),
        )
    return section(styles, title, Paragraph(text(view.plan.notes), styles.body))
