"""Turning a raw interchange document into records, or refusing it whole with every problem listed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

from esn_desktop.domain.accounts import ContactRole, Referencing
from esn_desktop.domain.action_plans import NEXT_STEP_MAX, NOTES_MAX, ActionRule, Frequency, rule_problems
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import HolidayRegion, WorkingCalendar
from esn_desktop.domain.errors import Problem, ValidationError
from esn_desktop.domain.headcount import (
    MOST_PEOPLE,
    NEGATIVE,
    NOT_WHOLE,
    TOO_MANY,
    HeadcountError,
    read_headcount,
)
from esn_desktop.domain.objectives import Criterion, Metric, objective_rule_breaks
from esn_desktop.domain.pipeline import DEFAULT_PROBABILITIES, Stage
from esn_desktop.domain.records import (
    LISTS,
    AccountRecord,
    ActionPlanRecord,
    ActivityRecord,
    ChannelRecord,
    ConsultantRecord,
    ContactRecord,
    CostLine,
    CriterionLine,
    HistoryLine,
    KnownNames,
    LeaveRecord,
    MissionRecord,
    ObjectiveRecord,
    OpportunityRecord,
    PushLine,
    SalespersonRecord,
    TargetLine,
    WorkspaceContent,
)
from esn_desktop.domain.settings import MAX_IDLE_LOCK_MINUTES, WorkspaceSettings
from esn_desktop.domain.staffing import MissionStatus, MissionTerms, mission_rule_breaks
from esn_desktop.interchange.fields import FieldReader, quoted

FORMAT = "esn-desktop/1"

#: Names where an item's position is shown to the user: ("accounts", 0) -> "accounts #1".
Locator = Callable[[str, int], str]


def json_locator(list_name: str, index: int) -> str:
    return f"{list_name} #{index + 1}"


def parse_document(
    raw: Any, *, known: KnownNames | None = None, locate: Locator = json_locator
) -> WorkspaceContent:
    """Reads a whole interchange document; raises ValidationError listing every problem."""
    known = known or KnownNames()
    problems: list[Problem] = []
    if not isinstance(raw, Mapping):
        raise ValidationError(
            [Problem("document", "(whole)", "must be an object")], "the document was refused"
        )
    if raw.get("format") != FORMAT:
        problems.append(Problem("document", "format", f"must be {FORMAT!r}, not {raw.get('format')!r}"))
    for key in sorted(set(raw) - {"format", "settings", *LISTS}, key=str):
        problems.append(Problem("document", str(key), f"is not a list of the document: {_TYPO}"))
    content = WorkspaceContent()
    # Names of refused items still resolve references, so that one mistake is reported once.
    refused = KnownNames()
    if raw.get("settings") is not None:
        content.settings = parse_settings(raw["settings"], problems)
    region = content.settings.holiday_region if content.settings else known.region
    for list_name in LISTS:
        items = raw.get(list_name)
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem("document", list_name, "must be a list"))
            continue
        for index, item in enumerate(items):
            where = locate(list_name, index)
            if not isinstance(item, Mapping):
                problems.append(Problem(where, "(whole)", "must be an object"))
                continue
            reader = FieldReader(item, where, problems)
            record = PARSERS[list_name](reader)
            # A field the list does not have is refused, not left out: "emial" is an email lost.
            unknown = reader.unknown()
            for at, key in unknown:  # the item's own keys, or a nested line's ("costs #1")
                of = at.removeprefix(where).split("#")[0].strip() or list_name
                problems.append(Problem(at, key, f"is not a field of {of}: {_TYPO}"))
            if unknown:
                record = None
            if record is not None:
                getattr(content, list_name).append(record)
            else:
                _remember_refused(refused, list_name, item)
    check_consistency(content, known, problems, locate, WorkingCalendar(region), refused)
    if problems:
        raise ValidationError(problems, "the document was refused")
    return content


_TYPO = "check its spelling (it would be lost otherwise)"


def _remember_refused(refused: KnownNames, list_name: str, item: Mapping[str, Any]) -> None:
    name = str(item.get("name") or "")
    account = str(item.get("account") or "")
    if list_name in ("salespeople", "channels", "accounts", "consultants"):
        getattr(refused, list_name).add(name)
    elif list_name == "contacts":
        refused.contacts.add(
            (account, f"{item.get('first_name') or ''} {item.get('last_name') or ''}".strip())
        )
    elif list_name == "opportunities":
        refused.opportunities.add((account, str(item.get("title") or "")))


def parse_settings(raw: Any, problems: list[Problem]) -> WorkspaceSettings | None:
    if not isinstance(raw, Mapping):
        problems.append(Problem("settings", "(whole)", "must be an object"))
        return None
    read = FieldReader(raw, "settings", problems)
    defaults = WorkspaceSettings()
    region = read.choice("holiday_region", HolidayRegion)
    values: dict[str, Any] = {
        "company_name": read.text("company_name") or defaults.company_name,
        "holiday_region": region or defaults.holiday_region,
        "employer_charge_rate": read.fraction("employer_charge_rate", allow_above_one=True),
        "yearly_extra_costs": read.money("yearly_extra_costs"),
        "yearly_worked_days": read.money("yearly_worked_days", positive=True),
        "achievement_cap": read.fraction("achievement_cap", allow_zero=False, allow_above_one=True),
        "idle_lock_minutes": read.integer("idle_lock_minutes"),
    }
    idle = values["idle_lock_minutes"]
    if idle is not None and idle > MAX_IDLE_LOCK_MINUTES:
        read.problem("idle_lock_minutes", f"must be at most {MAX_IDLE_LOCK_MINUTES} (0: never)")
    if read.failed:
        return None
    return WorkspaceSettings(**{k: v if v is not None else getattr(defaults, k) for k, v in values.items()})


def parse_salesperson(read: FieldReader) -> SalespersonRecord | None:
    name, email = read.text("name", required=True), read.text("email")
    return None if read.failed or name is None else SalespersonRecord(name, email)


def parse_channel(read: FieldReader) -> ChannelRecord | None:
    name = read.text("name", required=True)
    costs = []
    for index, raw in enumerate(read.items("costs")):
        line = read.line(raw, f"{read.item} costs #{index + 1}")
        start, end, amount = (
            line.day("from", required=True),
            line.day("to", required=True),
            line.money("amount", required=True),
        )
        if start and end and end < start:
            line.problem("to", "is before 'from'")
        if line.failed:
            read.failed = True
        elif start and end and amount is not None:
            costs.append(CostLine(start, end, amount))
    return None if read.failed or name is None else ChannelRecord(name, tuple(costs))


def parse_account(read: FieldReader) -> AccountRecord | None:
    """An account; its `phone` and `email` are the company's own (switchboard, accueil@...). A
    list's row may hold a person's as well: the list import says which are the company's."""
    name = read.text("name", required=True)
    referencing = read.choice("referencing", Referencing) or Referencing.NOT_REFERENCED
    record = AccountRecord(
        name=name or "",
        segment=read.text("segment"),
        sector=read.text("sector"),
        referencing=referencing.value,
        channel=read.text("channel"),
        owner=read.text("owner"),
        city=read.text("city"),
        size=read_size(read, "size"),
        potential=read.money("potential"),
        phone=read.text("phone"),
        email=_email(read, "email"),
    )
    return None if read.failed else record


def read_size(read: FieldReader, name: str) -> str | None:
    """A head count, as `domain.headcount` writes it out ("11-50", "501+", "250"); a number
    (JSON's, a workbook's number cell) is read as the people it counts."""
    read.asked.add(name)
    value = read.raw.get(name)
    text: str | None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(value) if isinstance(value, int | float) else value
        if number.is_finite() and not 0 <= number <= MOST_PEOPLE:  # 5,000 digits: said, not quoted
            read.problem(name, NEGATIVE if number < 0 else TOO_MANY)
            return None
        if not number.is_finite() or number != number.to_integral_value():
            read.problem(name, f"{NOT_WHOLE} ({quoted(value)})")
            return None
        text = str(int(number))
    else:
        text = read.text(name)
    try:
        count = read_headcount(text)
    except HeadcountError as error:
        read.problem(name, f"{error} ({quoted(text)})")
        return None
    return count.text if count else None


def _email(read: FieldReader, name: str) -> str | None:
    email = read.text(name)
    if email is not None and "@" not in email:
        read.problem(name, f"is not an email address ({quoted(email)})")
        return None
    return email


def parse_contact(read: FieldReader) -> ContactRecord | None:
    role = read.choice("role", ContactRole)
    record = ContactRecord(
        account=read.text("account", required=True) or "",
        first_name=read.text("first_name") or "",
        last_name=read.text("last_name", required=True) or "",
        role=role.value if role else None,
        email=_email(read, "email"),
        phone=read.text("phone"),
        job_title=read.text("job_title"),
        mobile=read.text("mobile"),
    )
    return None if read.failed else record


def parse_opportunity(read: FieldReader) -> OpportunityRecord | None:
    stage = read.choice("stage", Stage, required=True)
    probability = read.fraction("probability")
    created = read.day("created", required=True)
    closed = read.day("closed")
    history: list[HistoryLine] = []
    for index, raw in enumerate(read.items("history")):
        line = read.line(raw, f"{read.item} history #{index + 1}")
        line_stage, line_date = line.choice("stage", Stage, required=True), line.day("date", required=True)
        if line.failed:
            read.failed = True
        elif line_stage and line_date:
            history.append(HistoryLine(line_stage, line_date))
    account, title = read.text("account", required=True), read.text("title", required=True)
    amount = read.money("amount", required=True)
    expected_close, owner, channel = read.day("expected_close"), read.text("owner"), read.text("channel")
    if stage is None or created is None or account is None or title is None or amount is None or read.failed:
        return None
    if stage.is_closed and closed is None:
        read.problem("closed", f"is required for a {stage.value} opportunity")
    if not stage.is_closed and closed is not None:
        read.problem("closed", f"must be empty while the opportunity is {stage.value}")
    if closed is not None and closed < created:
        read.problem("closed", "is before 'created'")
    if not history:
        history = [HistoryLine(Stage.LEAD, created)]
        if stage is not Stage.LEAD:
            history.append(HistoryLine(stage, closed or created))
    if any(b.date < a.date for a, b in pairwise(history)):
        read.problem("history", "dates must not go backwards")
    if history[0].date < created:
        read.problem("history", "starts before 'created'")
    if history[-1].stage is not stage:
        read.problem("history", f"must end at the current stage ({stage.value})")
    if read.failed:
        return None
    return OpportunityRecord(
        account=account,
        title=title,
        amount=amount,
        stage=stage,
        probability=probability if probability is not None else DEFAULT_PROBABILITIES[stage],
        created=created,
        expected_close=expected_close,
        owner=owner,
        channel=channel,
        closed=closed,
        history=tuple(history),
    )


def parse_activity(read: FieldReader) -> ActivityRecord | None:
    kind = read.choice("kind", ActivityKind, required=True)
    status = read.choice("status", ActivityStatus, required=True)
    day, start, rescheduled = read.day("date", required=True), read.clock("time"), read.day("rescheduled")
    account, contact, owner = read.text("account"), read.text("contact"), read.text("owner")
    opportunity, notes = read.text("opportunity"), read.text("notes", multiline=True)
    if kind is None or status is None or day is None or read.failed:
        return None
    if status is ActivityStatus.NO_SHOW and kind is not ActivityKind.MEETING:
        read.problem("status", "only a meeting can be a no-show")
    if rescheduled is not None and status is not ActivityStatus.NO_SHOW:
        read.problem("rescheduled", "only a no-show is rescheduled")
    elif rescheduled is not None and rescheduled < day:
        read.problem("rescheduled", "is before the missed meeting's date")
    if account is None:
        for name, value in (("contact", contact), ("opportunity", opportunity)):
            if value is not None:
                read.problem("account", f"is required with a {name}")
    if read.failed:
        return None
    return ActivityRecord(kind, status, day, account, contact, owner, opportunity, notes, start, rescheduled)


def parse_consultant(read: FieldReader) -> ConsultantRecord | None:
    name, start, end = read.text("name", required=True), read.day("start", required=True), read.day("end")
    daily_cost = read.money("daily_cost", positive=True)
    annual_salary = read.money("annual_salary", positive=True)
    target_rate = read.money("target_rate", positive=True)
    skills, seniority = read.texts("skills"), read.text("seniority")
    if read.failed or name is None or start is None:
        return None
    if daily_cost is None and annual_salary is None:
        read.problem("daily_cost", "or annual_salary is required (the CJM comes from one of them)")
    if end is not None and end < start:
        read.problem("end", "is before 'start'")
    if read.failed:
        return None
    return ConsultantRecord(name, start, daily_cost, annual_salary, target_rate, end, skills, seniority)


def parse_leave(read: FieldReader) -> LeaveRecord | None:
    consultant = read.text("consultant", required=True)
    start, end = read.day("start", required=True), read.day("end", required=True)
    if start and end and end < start:
        read.problem("end", "is before 'start'")
    if read.failed or consultant is None or start is None or end is None:
        return None
    return LeaveRecord(consultant, start, end)


def parse_mission(read: FieldReader) -> MissionRecord | None:
    account, consultant = read.text("account", required=True), read.text("consultant", required=True)
    daily_rate = read.money("daily_rate", required=True, positive=True)
    start, end = read.day("start", required=True), read.day("end")
    ratio = read.fraction("time_ratio", allow_zero=False)
    unbilled = read.integer("unbilled_days")
    status = read.choice("status", MissionStatus)
    if read.failed or account is None or consultant is None or daily_rate is None or start is None:
        return None
    return MissionRecord(
        account=account,
        consultant=consultant,
        daily_rate=daily_rate,
        start=start,
        end=end,
        time_ratio=ratio if ratio is not None else Decimal(1),
        unbilled_days=unbilled or 0,
        status=status or MissionStatus.ONGOING,
    )


def parse_objective(read: FieldReader) -> ObjectiveRecord | None:
    salesperson = read.text("salesperson")
    start, end = read.day("start", required=True), read.day("end", required=True)
    criteria: list[CriterionLine] = []
    raw_criteria = read.items("criteria")
    for index, raw in enumerate(raw_criteria):
        line = read.line(raw, f"{read.item} criteria #{index + 1}")
        metric = line.choice("metric", Metric, required=True)
        target = line.money("target", required=True, positive=True)
        weight = line.fraction("weight", required=True, allow_zero=False, allow_above_one=True)
        if line.failed:
            read.failed = True
        elif metric and target is not None and weight is not None:
            criteria.append(CriterionLine(metric, target, weight))
    # The window's form keeps the same rules (domain.objectives): one rule, one place.
    rules = [Criterion(c.metric, c.target, c.weight) for c in criteria]
    for rule_break in objective_rule_breaks(
        start or date.min, end or date.max, rules, count=len(raw_criteria)
    ):
        if rule_break.index is None:
            read.problem(rule_break.field, rule_break.message)
        else:  # a target or a weight the reader let through (it refuses those already)
            criterion = f"criteria #{rule_break.index + 1} {rule_break.field}"
            read.problem(criterion, rule_break.message)
    if read.failed or start is None or end is None:
        return None
    return ObjectiveRecord(salesperson, start, end, tuple(criteria))


def parse_action_plan(read: FieldReader) -> ActionPlanRecord | None:
    salesperson = read.text("salesperson", required=True)
    month = read.day("month", required=True)
    if month is not None and month.day != 1:
        read.problem("month", f"must be the first day of a month (YYYY-MM-01), not {month.isoformat()}")
    goal = read.money("revenue_goal")
    notes = read.text("notes", multiline=True) or ""
    if len(notes) > NOTES_MAX:
        read.problem("notes", f"must be at most {NOTES_MAX} characters")

    def lines(name: str) -> list[FieldReader]:
        return [read.line(raw, f"{read.item} {name} #{i + 1}") for i, raw in enumerate(read.items(name))]

    targets = []
    for line in lines("targets"):
        account = line.text("account", required=True)
        if account:
            targets.append(TargetLine(account))
        read.failed |= line.failed
    rules = []
    for line in lines("rules"):
        segment, kind = line.text("segment", required=True), line.choice("kind", ActivityKind, required=True)
        count, per = (
            line.integer("count", required=True, minimum=1),
            line.choice("per", Frequency, required=True),
        )
        if segment and kind and count is not None and per:
            rule = ActionRule(segment, kind, count, per)
            for problem in rule_problems(rule, line.item):
                line.problem(problem.field, problem.reason)
            rules.append(rule)
        read.failed |= line.failed
    pushes = []
    for line in lines("pushes"):
        account, opportunity = line.text("account", required=True), line.text("opportunity", required=True)
        next_step, due = line.text("next_step") or "", line.day("due")
        if len(next_step) > NEXT_STEP_MAX:
            line.problem("next_step", f"must be at most {NEXT_STEP_MAX} characters")
        if account and opportunity:
            pushes.append(PushLine(account, opportunity, next_step, due))
        read.failed |= line.failed
    if read.failed or salesperson is None or month is None:
        return None
    return ActionPlanRecord(salesperson, month, goal, notes, tuple(targets), tuple(rules), tuple(pushes))


PARSERS: dict[str, Callable[[FieldReader], Any]] = {
    "salespeople": parse_salesperson,
    "channels": parse_channel,
    "accounts": parse_account,
    "contacts": parse_contact,
    "opportunities": parse_opportunity,
    "activities": parse_activity,
    "consultants": parse_consultant,
    "leaves": parse_leave,
    "missions": parse_mission,
    "objectives": parse_objective,
    "action_plans": parse_action_plan,
}


def check_consistency(
    content: WorkspaceContent,
    known: KnownNames,
    problems: list[Problem],
    locate: Locator,
    calendar: WorkingCalendar,
    refused: KnownNames | None = None,
) -> None:
    """Unique names and references that resolve, in the document or in the workspace."""
    refused = refused or KnownNames()

    def unique(list_name: str, keys: list[Any], already: set[Any], field_name: str) -> set[Any]:
        seen: set[Any] = set()
        for index, key in enumerate(keys):
            label = " ".join(key) if isinstance(key, tuple) else key
            if key in seen:
                problems.append(
                    Problem(locate(list_name, index), field_name, f"{quoted(label)} appears twice")
                )
            elif key in already:
                problems.append(
                    Problem(
                        locate(list_name, index), field_name, f"{quoted(label)} is already in the workspace"
                    )
                )
            seen.add(key)
        return seen | already

    refused_names: dict[str, set[Any]] = {
        "salesperson": refused.salespeople,
        "channel": refused.channels,
        "account": refused.accounts,
        "consultant": refused.consultants,
        "contact": refused.contacts,
        "opportunity at this account": refused.opportunities,
    }
    salespeople = unique("salespeople", [s.name for s in content.salespeople], known.salespeople, "name")
    channels = unique("channels", [c.name for c in content.channels], known.channels, "name")
    accounts = unique("accounts", [a.name for a in content.accounts], known.accounts, "name")
    consultants = unique("consultants", [c.name for c in content.consultants], known.consultants, "name")
    contacts = unique(
        "contacts", [(c.account, c.full_name) for c in content.contacts], known.contacts, "last_name"
    )
    opportunities = unique(
        "opportunities", [(o.account, o.title) for o in content.opportunities], known.opportunities, "title"
    )

    def refer(list_name: str, index: int, field_name: str, value: Any, names: set[Any], what: str) -> None:
        if value is not None and value not in names and value not in refused_names[what]:
            label = value[1] if isinstance(value, tuple) else value
            problems.append(Problem(locate(list_name, index), field_name, f"no {what} named {quoted(label)}"))

    for i, account in enumerate(content.accounts):
        refer("accounts", i, "channel", account.channel, channels, "channel")
        refer("accounts", i, "owner", account.owner, salespeople, "salesperson")
    for i, contact in enumerate(content.contacts):
        refer("contacts", i, "account", contact.account, accounts, "account")
    for i, opportunity in enumerate(content.opportunities):
        refer("opportunities", i, "account", opportunity.account, accounts, "account")
        refer("opportunities", i, "owner", opportunity.owner, salespeople, "salesperson")
        refer("opportunities", i, "channel", opportunity.channel, channels, "channel")
    for i, activity in enumerate(content.activities):
        refer("activities", i, "account", activity.account, accounts, "account")
        refer("activities", i, "owner", activity.owner, salespeople, "salesperson")
        if activity.contact is not None:
            refer("activities", i, "contact", (activity.account, activity.contact), contacts, "contact")
        if activity.opportunity is not None:
            refer(
                "activities",
                i,
                "opportunity",
                (activity.account, activity.opportunity),
                opportunities,
                "opportunity at this account",
            )
    for i, leave in enumerate(content.leaves):
        refer("leaves", i, "consultant", leave.consultant, consultants, "consultant")
    for i, mission in enumerate(content.missions):
        refer("missions", i, "account", mission.account, accounts, "account")
        refer("missions", i, "consultant", mission.consultant, consultants, "consultant")
        terms = MissionTerms(
            mission.start, mission.end, mission.daily_rate, mission.time_ratio, mission.unbilled_days
        )
        problems.extend(
            Problem(locate("missions", i), rule_break.field, rule_break.message)
            for rule_break in mission_rule_breaks(terms, calendar)
        )
    objective_keys = []
    for i, objective in enumerate(content.objectives):
        refer("objectives", i, "salesperson", objective.salesperson, salespeople, "salesperson")
        objective_keys.append(
            (objective.salesperson or "", objective.start.isoformat(), objective.end.isoformat())
        )
    unique("objectives", objective_keys, known.objectives, "start")
    plan_keys = []
    for i, plan in enumerate(content.action_plans):
        refer("action_plans", i, "salesperson", plan.salesperson, salespeople, "salesperson")
        for target in plan.targets:
            refer("action_plans", i, "targets", target.account, accounts, "account")
        for push in plan.pushes:
            pushed = (push.account, push.opportunity)
            refer("action_plans", i, "pushes", pushed, opportunities, "opportunity at this account")
        plan_keys.append((plan.salesperson, plan.month.isoformat()))
    unique("action_plans", plan_keys, known.action_plans, "month")
