"""A believable demo workspace of a French ESN: same seed and date, same workspace.

Prospects are generated and written in batches, so that 100,000 of them (and their
half-million activities) fit in memory. Missions, consultants and objectives come last,
their targets drawn from what the generated sales actually produced.
"""

from __future__ import annotations

import random
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from esn_desktop.domain.accounts import ContactRole, Referencing, Segment, name_key
from esn_desktop.domain.action_plans import ActionRule, Frequency
from esn_desktop.domain.activities import ActivityKind, ActivityStatus
from esn_desktop.domain.calendar import Period, WorkingCalendar
from esn_desktop.domain.objectives import METRIC_OF_ACTIVITY, Metric
from esn_desktop.domain.pipeline import DEFAULT_PROBABILITIES, FUNNEL_STAGES, Stage, StageChange, reached_on
from esn_desktop.domain.progress import Progress, no_progress
from esn_desktop.domain.records import (
    AccountRecord,
    ActivityRecord,
    ChannelRecord,
    ConsultantRecord,
    ContactRecord,
    CostLine,
    CriterionLine,
    HistoryLine,
    LeaveRecord,
    MissionRecord,
    ObjectiveRecord,
    OpportunityRecord,
    SalespersonRecord,
    WorkspaceContent,
)
from esn_desktop.domain.settings import WorkspaceSettings
from esn_desktop.domain.staffing import MissionStatus
from esn_desktop.services import demo_data as words
from esn_desktop.services.action_plans import PlanInput, Push, salespeople, save_plan
from esn_desktop.services.demo_agenda import PLANNING_DAYS, DemoAgenda
from esn_desktop.services.no_shows import RESCHEDULED_NOTE
from esn_desktop.store import models as m
from esn_desktop.store.address import WorkspaceAddress
from esn_desktop.store.content_writer import write_content
from esn_desktop.store.database import Workspace
from esn_desktop.store.places import new_workspace_at
from esn_desktop.store.types import stored_weighted

BATCH = 2000
HISTORY_DAYS = 548  # 18 months back
FUTURE_DAYS = 183  # 6 months ahead

_SEGMENTS = ((Segment.GRAND_COMPTE, 0.03), (Segment.ETI, 0.12), (Segment.PME, 0.45), (Segment.TPE, 0.40))
#: Head-count bands as CRMs give them (HubSpot, Dolibarr); the rest of the demo's accounts
#: give their number of people, as a company's own record or Salesforce's does.
_BANDS = ((1, 10), (11, 50), (51, 200), (201, 500))
_JOB_TITLES = {  # words that suit anyone, as the demo's first names are drawn apart from them
    ContactRole.DECISION_MAKER: ("DSI", "DAF", "Responsable du pôle digital"),
    ContactRole.BUYER: ("Responsable achats IT", "Category manager prestations intellectuelles"),
    ContactRole.PRESCRIBER: ("Responsable études", "Chef de projet MOA", "Architecte SI"),
    ContactRole.USER: ("Responsable d'application", "Chef de projet", "Product owner"),
    ContactRole.PURCHASING: ("Responsable des achats", "Gestionnaire achats IT"),
}
_SIZE = {
    Segment.GRAND_COMPTE: (5000, 60000),
    Segment.ETI: (250, 4999),
    Segment.PME: (10, 249),
    Segment.TPE: (2, 9),
}
_DEAL = {Segment.GRAND_COMPTE: (80, 400), Segment.ETI: (40, 160), Segment.PME: (15, 70), Segment.TPE: (5, 20)}
_OPPORTUNITY_CHANCE = {Segment.GRAND_COMPTE: 0.6, Segment.ETI: 0.4, Segment.PME: 0.27, Segment.TPE: 0.18}
# Chance of moving from each open stage to the next one (otherwise lost or stalled).
_ADVANCE = {
    Stage.LEAD: 0.62,
    Stage.QUALIFIED: 0.55,
    Stage.MEETING: 0.55,
    Stage.PROPOSAL: 0.6,
    Stage.NEGOTIATION: 0.62,
}
_ACTIVITY_KINDS = (
    (ActivityKind.CALL, 0.5),
    (ActivityKind.EMAIL, 0.2),
    (ActivityKind.MEETING, 0.15),
    (ActivityKind.FOLLOW_UP, 0.1),
    (ActivityKind.EVENT, 0.05),
)
_ACTIVITY_COUNTS = ((1, 8), (2, 10), (3, 14), (4, 16), (5, 16), (6, 12), (7, 9), (8, 7), (10, 5), (12, 3))
#: The director works the no-show queue: a meeting missed more than this many working days
#: before the demo's today has been held again since; the newer ones wait in the queue.
QUEUE_WORKING_DAYS = 5


def create_demo(
    path: WorkspaceAddress,
    *,
    prospects: int,
    seed: int,
    as_of: date,
    progress: Progress = no_progress,
    passphrase: str | None = None,
) -> dict[str, int]:
    """Writes a new demo workspace at `path` (encrypted with `passphrase` when one is given); it
    appears only once complete."""
    progress(0, prospects)  # a cancel heard before the file is made, then after each long step
    with new_workspace_at(path, passphrase=passphrase) as workspace:
        with workspace.session() as session:
            progress(0, prospects)
            generator = DemoGenerator(prospects=prospects, seed=seed, as_of=as_of)
            counts: dict[str, int] = defaultdict(int)
            done = 0
            for content in generator.contents():
                write_content(session, content)
                for name, n in content.counts().items():
                    counts[name] += n
                if content.accounts:
                    done += len(content.accounts)
                    progress(done, prospects)
        counts["action_plans"] = _action_plans(workspace, random.Random(seed), as_of)
    return dict(counts)


#: How often the demo's salespeople plan to work each segment's accounts.
_PLAN_RULES = (
    ActionRule(Segment.GRAND_COMPTE.value, ActivityKind.CALL, 8, Frequency.YEAR),
    ActionRule(Segment.GRAND_COMPTE.value, ActivityKind.MEETING, 3, Frequency.YEAR),
    ActionRule(Segment.ETI.value, ActivityKind.CALL, 4, Frequency.YEAR),
    ActionRule(Segment.ETI.value, ActivityKind.MEETING, 1, Frequency.YEAR),
    ActionRule(Segment.PME.value, ActivityKind.CALL, 2, Frequency.YEAR),
)
_NEXT_STEPS = (
    "Soutenance de la proposition devant le comité",
    "Relancer l’acheteur sur le référencement",
    "Caler un rendez-vous avec le DSI",
    "Envoyer les CV des consultants pressentis",
    "Point sur le budget avec la direction financière",
)
_METHOD = (
    "Pitch : une équipe qui démarre en deux semaines, des consultants seniors, un interlocuteur "
    "unique.\nEn rendez-vous de découverte : quel projet, quelle échéance, qui décide, quel budget, "
    "quels prestataires en place ?\nObjection attendue : « nous avons déjà nos fournisseurs "
    "référencés » : proposer un premier lot au forfait."
)


def _action_plans(workspace: Workspace, rng: random.Random, as_of: date) -> int:
    """This month's plan of each salesperson: the usual rules, their biggest open deals to push."""
    month = as_of.replace(day=1)
    names = salespeople(workspace)
    for name in names:
        with workspace.session() as session:
            deals = list(
                session.scalars(
                    select(m.Opportunity.id)
                    .join(m.Salesperson, m.Salesperson.id == m.Opportunity.owner_id)
                    .where(m.Salesperson.name == name, m.Opportunity.closed_on.is_(None))
                    .order_by(stored_weighted(m.Opportunity.amount, m.Opportunity.probability).desc())
                    .limit(4)
                )
            )
        pushes = tuple(
            Push(deal, rng.choice(_NEXT_STEPS), as_of + timedelta(days=rng.randint(2, 20))) for deal in deals
        )
        save_plan(
            workspace,
            plan=PlanInput(name, month, notes=_METHOD, rules=_PLAN_RULES, pushes=pushes),
        )
    return len(names)


class DemoGenerator:
    def __init__(self, *, prospects: int, seed: int, as_of: date) -> None:
        self.rng = random.Random(seed)
        # Fields drawn apart from the rest (job titles, switchboards), so that adding them left
        # every other draw, and so the demo's figures, as they were.
        self.extra = random.Random(f"{seed}-fields")
        self.prospects = prospects
        self.as_of = as_of
        self.start = as_of - timedelta(days=HISTORY_DAYS)
        self.end = as_of + timedelta(days=FUTURE_DAYS)
        self.calendar = WorkingCalendar()
        self.agenda = DemoAgenda(as_of=as_of, calendar=self.calendar, rng=self.rng)
        # The first day of the queue: missed meetings before it have been held again.
        self.queue_start = self._working_days_before(as_of, QUEUE_WORKING_DAYS)
        self.names: set[str] = set()
        self.salespeople = self._salespeople()
        self.channels = self._channels()
        self.clients: list[tuple[str, Segment]] = []
        # (salesperson, quarter start) -> metric -> actual, to set believable objectives.
        self.results: dict[tuple[str, date], dict[Metric, Decimal]] = defaultdict(
            lambda: defaultdict(Decimal)
        )

    def contents(self) -> Iterator[WorkspaceContent]:
        rng = self.rng
        first = WorkspaceContent(
            settings=WorkspaceSettings(
                company_name=rng.choice(words.COMPANY_NAMES),
                employer_charge_rate=Decimal("0.45"),
                yearly_extra_costs=Decimal(rng.randrange(1500, 4000, 100)),
                yearly_worked_days=Decimal(218),
            ),
            salespeople=[SalespersonRecord(n, self._email(n, "demo-esn.example")) for n in self.salespeople],
            channels=self.channels,
        )
        # At least twenty batches: each one reports progress, where a cancel is heard (a small
        # demo in one batch showed no progress and could not be stopped until it was built).
        batch = min(BATCH, max(1, -(-self.prospects // 20)))
        for index in range(0, self.prospects, batch):
            content = first if index == 0 else WorkspaceContent()
            for number in range(index, min(index + batch, self.prospects)):
                self._prospect(content, historical_client=number < max(3, min(12, self.prospects // 20)))
            yield content
        yield self._delivery()

    # --- people and channels -------------------------------------------------------------

    def _person(self) -> tuple[str, str]:
        return self.rng.choice(words.FIRST_NAMES), self.rng.choice(words.LAST_NAMES)

    def _salespeople(self) -> list[str]:
        count = 2 if self.prospects < 100 else self.rng.randint(3 if self.prospects > 5000 else 2, 5)
        names: list[str] = []
        while len(names) < count:
            name = " ".join(self._person())
            if name not in names:
                names.append(name)
        return names

    def _channels(self) -> list[ChannelRecord]:
        scale = Decimal(1) + Decimal(self.prospects) / 20000
        channels = []
        for name, monthly, event_cost, events_a_year, _ in words.CHANNEL_BUDGETS:
            lines = []
            if monthly:
                for month in Period(self.start, self.as_of).months():
                    full = Period.month_of(month.start)
                    amount = (Decimal(monthly) * scale * Decimal(self.rng.uniform(0.85, 1.15))).quantize(
                        Decimal(1)
                    )
                    lines.append(CostLine(full.start, full.end, amount))
            for _ in range(events_a_year * HISTORY_DAYS // 365):
                day = self._working_day(self.start + timedelta(days=self.rng.randrange(HISTORY_DAYS)))
                amount = (Decimal(event_cost) * scale * Decimal(self.rng.uniform(0.8, 1.2))).quantize(
                    Decimal(1)
                )
                lines.append(CostLine(day, day, amount))
            channels.append(ChannelRecord(name, tuple(sorted(lines, key=lambda c: c.start))))
        return channels

    # --- prospects -------------------------------------------------------------------------

    def _company_name(self, sector_word: str) -> str:
        rng = self.rng
        while True:
            brand = (
                rng.choice(words.NAME_STARTS) + rng.choice(words.NAME_MIDDLES) + rng.choice(words.NAME_ENDS)
            )
            style = rng.random()
            if style < 0.12:
                name = f"{sector_word} {rng.choice(words.LAST_NAMES)}"
            elif style < 0.3:
                name = f"{brand.capitalize()} {sector_word}"
            else:
                name = brand.capitalize() + rng.choice(words.LEGAL_FORMS)
            if rng.random() < 0.25 or name_key(name) in self.names:
                name = f"{name} {rng.choice(words.CITIES)}"
            if name_key(name) not in self.names:
                self.names.add(name_key(name))
                return name

    def _prospect(self, content: WorkspaceContent, *, historical_client: bool) -> None:
        rng = self.rng
        segment = (
            rng.choice((Segment.GRAND_COMPTE, Segment.ETI))
            if historical_client
            else rng.choices([s for s, _ in _SEGMENTS], [w for _, w in _SEGMENTS])[0]
        )
        sector, sector_word = rng.choice(words.SECTORS)
        name = self._company_name(sector_word)
        owner = rng.choice(self.salespeople)
        channel = rng.choices(words.CHANNEL_BUDGETS, [c[4] for c in words.CHANNEL_BUDGETS])[0][0]
        referencing = Referencing.NOT_REFERENCED
        if segment in (Segment.GRAND_COMPTE, Segment.ETI):
            referencing = Referencing.REFERENCED if historical_client else rng.choice(list(Referencing))
        low, high = _SIZE[segment]
        deal_low, deal_high = _DEAL[segment]
        content.accounts.append(
            AccountRecord(
                name=name,
                segment=segment.value,
                sector=sector,
                referencing=referencing.value,
                channel=channel,
                owner=owner,
                city=rng.choice(words.CITIES),
                size=self._size(rng.randint(low, high)),
                potential=Decimal(rng.randint(deal_low, deal_high) * 3000),
                phone=self._phone("0" + str(self.extra.randint(1, 5))) if self.extra.random() < 0.7 else None,
                email=f"contact@{self._slug(name)}.example" if self.extra.random() < 0.4 else None,
            )
        )
        if historical_client:
            self.clients.append((name, segment))
        domain = self._slug(name) + ".example"
        contacts: list[ContactRecord] = []
        for role in rng.sample(list(ContactRole), rng.choices((1, 2, 3), (55, 32, 13))[0]):
            first, last = self._person()
            if any(c.full_name == f"{first} {last}" for c in contacts):
                continue
            mobile = rng.random() < 0.5
            contacts.append(
                ContactRecord(
                    account=name,
                    first_name=first,
                    last_name=last,
                    role=role.value,
                    email=self._email(f"{first} {last}", domain),
                    phone=f"+33 {6 if mobile else rng.randint(1, 5)} "
                    + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4)),
                    job_title=self.extra.choice(_JOB_TITLES[role]),
                    mobile=self._phone(self.extra.choice(("06", "07")))
                    if self.extra.random() < 0.4
                    else None,
                )
            )
        content.contacts.extend(contacts)
        first_touch = self.start + timedelta(days=rng.randrange(HISTORY_DAYS))
        if historical_client or rng.random() < _OPPORTUNITY_CHANCE[segment]:
            self._opportunity(
                content, name, segment, owner, channel, contacts, first_touch, historical_client
            )
        count = rng.choices([c for c, _ in _ACTIVITY_COUNTS], [w for _, w in _ACTIVITY_COUNTS])[0]
        for _ in range(count):
            self._activity(content, name, owner, contacts, first_touch)

    def _size(self, people: int) -> str:
        """A head count as a CRM gives it: mostly its band ("11-50", "501+"), sometimes the number."""
        if self.extra.random() < 0.25:
            return str(people)
        for low, high in _BANDS:
            if people <= high:
                return f"{low}-{high}"
        return "501+"

    def _phone(self, prefix: str) -> str:
        return prefix + " " + " ".join(f"{self.extra.randint(0, 99):02d}" for _ in range(4))

    def _opportunity(
        self,
        content: WorkspaceContent,
        account: str,
        segment: Segment,
        owner: str,
        channel: str,
        contacts: list[ContactRecord],
        first_touch: date,
        sure_win: bool,
    ) -> None:
        rng = self.rng
        created = self._working_day(first_touch + timedelta(days=rng.randint(0, 45)))
        if created > self.as_of:
            return
        low, high = _DEAL[segment]
        amount = Decimal(rng.randint(low * 2, high * 2) * 500)
        title = rng.choice(words.OPPORTUNITY_TITLES).format(skill=rng.choice(words.SKILLS)[0])
        history = [HistoryLine(Stage.LEAD, created)]
        stage, day, closed = Stage.LEAD, created, None
        while not stage.is_closed:
            step_day = self._working_day(day + timedelta(days=rng.randint(4, 24)))
            if step_day > self.as_of:
                break
            if sure_win or rng.random() < _ADVANCE[stage]:
                stage = FUNNEL_STAGES[FUNNEL_STAGES.index(stage) + 1]
            elif rng.random() < 0.55:
                stage = Stage.LOST
            else:
                break  # stalled: still open at this stage
            day = step_day
            history.append(HistoryLine(stage, day))
            if stage is Stage.MEETING:
                self._logged(content, ActivityKind.MEETING, day, account, owner, contacts, title)
            if stage is Stage.PROPOSAL:
                self._logged(content, ActivityKind.PROPOSAL, day, account, owner, contacts, title)
        if stage.is_closed:
            closed = day
        content.opportunities.append(
            OpportunityRecord(
                account=account,
                title=title,
                amount=amount,
                stage=stage,
                probability=DEFAULT_PROBABILITIES[stage],
                created=created,
                expected_close=None if closed else self._working_day(day + timedelta(days=45)),
                owner=owner,
                channel=channel,
                closed=closed,
                history=tuple(history),
            )
        )
        first_qualified = reached_on([StageChange(h.stage, h.date) for h in history], Stage.QUALIFIED)
        if first_qualified is not None:
            self.results[(owner, _quarter_start(first_qualified))][Metric.QUALIFIED_LEADS] += 1
        if stage is Stage.WON and closed is not None:
            self.results[(owner, _quarter_start(closed))][Metric.SIGNED_REVENUE] += amount
            if not sure_win:
                self.clients.append((account, segment))

    def _logged(
        self,
        content: WorkspaceContent,
        kind: ActivityKind,
        day: date,
        account: str,
        owner: str,
        contacts: list[ContactRecord],
        opportunity: str,
    ) -> None:
        """The meeting or proposal that moved an opportunity to its stage."""
        contact = self.rng.choice(contacts).full_name if contacts else None
        notes = (
            self.rng.choice(words.NOTES_MEETING) if kind is ActivityKind.MEETING else "Proposition envoyée"
        )
        content.activities.append(
            ActivityRecord(kind, ActivityStatus.DONE, day, account, contact, owner, opportunity, notes)
        )
        if kind is ActivityKind.MEETING:
            self.agenda.count_meeting(owner, day)
        self._count(kind, ActivityStatus.DONE, owner, day)

    def _activity(
        self,
        content: WorkspaceContent,
        account: str,
        owner: str,
        contacts: list[ContactRecord],
        first_touch: date,
    ) -> None:
        rng = self.rng
        kind = rng.choices([k for k, _ in _ACTIVITY_KINDS], [w for _, w in _ACTIVITY_KINDS])[0]
        day = first_touch + timedelta(days=rng.randint(0, 240))
        if day > self.as_of + timedelta(days=PLANNING_DAYS):
            day = self.as_of + timedelta(days=rng.randint(1, PLANNING_DAYS))
        day = self._working_day(day)
        start = None
        if day > self.as_of:
            planned = self.agenda.plan(kind, owner, day)
            if planned is None:
                return  # the salesperson's coming weeks are full: not planned yet
            day, start = planned
            status = ActivityStatus.PLANNED
        else:
            kind = self.agenda.held_kind(kind, owner, day)
            if kind is ActivityKind.MEETING:
                status = rng.choices(
                    (ActivityStatus.DONE, ActivityStatus.NO_SHOW, ActivityStatus.CANCELLED), (78, 17, 5)
                )[0]
            else:
                status = ActivityStatus.DONE if rng.random() < 0.97 else ActivityStatus.CANCELLED
        contact = rng.choice(contacts).full_name if contacts and kind is not ActivityKind.EVENT else None
        notes = rng.choice(words.NOTES_MEETING) if kind is ActivityKind.MEETING else None
        content.activities.append(
            ActivityRecord(kind, status, day, account, contact, owner, None, notes, start)
        )
        self._count(kind, status, owner, day)
        if status is ActivityStatus.NO_SHOW and day < self.queue_start:
            self._held_again(content, day, account, contact, owner)

    def _held_again(
        self, content: WorkspaceContent, missed: date, account: str, contact: str | None, owner: str
    ) -> None:
        """The meeting a missed one was rescheduled to and held, a few working days later."""
        day = self.calendar.nth_working_day_from(
            missed + timedelta(days=1), self.rng.randint(1, QUEUE_WORKING_DAYS)
        )
        notes = RESCHEDULED_NOTE.format(day=missed.strftime("%d/%m/%Y"))
        content.activities.append(
            ActivityRecord(
                ActivityKind.MEETING, ActivityStatus.DONE, day, account, contact, owner, None, notes
            )
        )
        self.agenda.count_meeting(owner, day)
        self._count(ActivityKind.MEETING, ActivityStatus.DONE, owner, day)

    def _count(self, kind: ActivityKind, status: ActivityStatus, owner: str, day: date) -> None:
        metric = METRIC_OF_ACTIVITY.get(kind)
        if metric is not None and status is ActivityStatus.DONE:
            self.results[(owner, _quarter_start(day))][metric] += 1

    # --- delivery and objectives -----------------------------------------------------------

    def _delivery(self) -> WorkspaceContent:
        rng = self.rng
        content = WorkspaceContent()
        count = max(20, min(150, self.prospects // 700))
        names: set[str] = set()
        clients = self.clients
        # One client weighs far more than the others: the classic ESN concentration risk.
        weights = [6.0] + [1.0] * (len(clients) - 1)
        while len(names) < count:
            first, last = self._person()
            name = f"{first} {last}"
            if name in names:
                continue
            names.add(name)
            if rng.random() < 0.7:
                start = self.start - timedelta(days=rng.randint(30, 6 * 365))
            else:
                start = self._working_day(self.start + timedelta(days=rng.randint(0, HISTORY_DAYS - 30)))
            end = None
            if rng.random() < 0.08:
                end = start + timedelta(days=rng.randint(200, 900))
                if end <= self.start or end >= self.as_of:
                    end = None
            salary = Decimal(rng.randrange(36000, 72000, 500))
            typed = rng.random() < 0.5
            cjm = salary * Decimal("1.45") / 218 if not typed else Decimal(rng.randrange(320, 560, 5))
            target = Decimal(int(cjm * Decimal(rng.uniform(1.35, 1.7)) / 10) * 10)
            skills = rng.choice(words.SKILLS)
            content.consultants.append(
                ConsultantRecord(
                    name=name,
                    start=start,
                    daily_cost=cjm.quantize(Decimal(1)) if typed else None,
                    annual_salary=None if typed else salary,
                    target_rate=target,
                    end=end,
                    skills=skills,
                    seniority=rng.choice(words.SENIORITIES),
                )
            )
            employed = Period(max(start, self.start), min(end or self.end, self.end))
            content.leaves.extend(self._leaves(name, employed))
            self._missions(content, name, employed, end, target, cjm, clients, weights)
        content.objectives = self._objectives()
        return content

    def _leaves(self, consultant: str, employed: Period) -> list[LeaveRecord]:
        rng = self.rng
        leaves = []
        for year in range(employed.start.year, employed.end.year + 1):
            for start, days in (
                (date(year, 7, 1) + timedelta(days=rng.randint(0, 45)), rng.choice((14, 21))),
                (date(year, 12, 21) + timedelta(days=rng.randint(0, 3)), 7),
                (date(year, 2, 1) + timedelta(days=rng.randint(0, 100)), rng.choice((3, 4, 7))),
            ):
                leave = Period(start, start + timedelta(days=days - 1)).intersection(employed)
                if leave is not None:
                    leaves.append(LeaveRecord(consultant, leave.start, leave.end))
        return leaves

    def _missions(
        self,
        content: WorkspaceContent,
        consultant: str,
        employed: Period,
        leaves_on: date | None,
        target: Decimal,
        cjm: Decimal,
        clients: list[tuple[str, Segment]],
        weights: list[float],
    ) -> None:
        rng = self.rng
        day = self._working_day(employed.start + timedelta(days=rng.randint(0, 20)))
        while day < employed.end - timedelta(days=20):
            # New missions start inside the demo's window; they end when their contract does.
            end = day + timedelta(days=rng.randint(60, 270))
            if leaves_on is not None:
                end = min(end, leaves_on)
            account, segment = rng.choices(clients, weights)[0]
            rate = Decimal(int(target * Decimal(rng.uniform(0.9, 1.1)) / 5) * 5)
            if rng.random() < 0.03:
                rate = Decimal(int(cjm * Decimal("0.95") / 5) * 5)  # a foot in the door, under cost
            working = self.calendar.count(Period(day, end))
            unbilled = rng.randint(5, 10) if segment is Segment.GRAND_COMPTE and rng.random() < 0.4 else 0
            status = (
                MissionStatus.ENDED
                if end < self.as_of
                else MissionStatus.PLANNED
                if day > self.as_of
                else MissionStatus.ONGOING
            )
            content.missions.append(
                MissionRecord(
                    account=account,
                    consultant=consultant,
                    daily_rate=rate,
                    start=day,
                    end=end,
                    time_ratio=rng.choices((Decimal(1), Decimal("0.8"), Decimal("0.5")), (85, 10, 5))[0],
                    unbilled_days=min(unbilled, working),
                    status=status,
                )
            )
            day = self._working_day(end + timedelta(days=1 + rng.choice((0, 0, 0, 5, 12, 25, 40))))

    def _objectives(self) -> list[ObjectiveRecord]:
        rng = self.rng
        objectives = []
        quarters = sorted({_quarter_start(self.as_of - timedelta(days=92 * k)) for k in range(0, 4)})
        for salesperson in self.salespeople:
            past = [self.results[(salesperson, q)] for q in quarters[:-1]]
            for quarter in quarters:
                observed = self.results[(salesperson, quarter)] if quarter != quarters[-1] else _average(past)
                criteria = []
                for metric, weight in (
                    (Metric.SIGNED_REVENUE, "0.5"),
                    (Metric.MEETINGS, "0.25"),
                    (Metric.CALLS, "0.25"),
                ):
                    value = observed.get(metric, Decimal(0)) * Decimal(rng.uniform(0.7, 1.15))
                    step = Decimal(5000) if metric.is_money else Decimal(1)
                    target = max(step, (value / step).quantize(Decimal(1)) * step)
                    criteria.append(CriterionLine(metric, target, Decimal(weight)))
                end = Period.quarter_of(quarter).end
                objectives.append(ObjectiveRecord(salesperson, quarter, end, tuple(criteria)))
        return objectives

    # --- helpers ---------------------------------------------------------------------------

    def _working_days_before(self, day: date, count: int) -> date:
        """The working day `count` working days before `day`."""
        while count:
            day -= timedelta(days=1)
            count -= self.calendar.is_working_day(day)
        return day

    def _working_day(self, day: date) -> date:
        while not self.calendar.is_working_day(day):
            day += timedelta(days=1)
        return day

    @staticmethod
    def _slug(text: str) -> str:
        bare = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
        return "-".join("".join(ch if ch.isalnum() else " " for ch in bare).split())

    def _email(self, person: str, domain: str) -> str:
        return self._slug(person).replace("-", ".", 1) + "@" + domain


def _quarter_start(day: date) -> date:
    return Period.quarter_of(day).start


def _average(results: list[dict[Metric, Decimal]]) -> dict[Metric, Decimal]:
    totals: dict[Metric, Decimal] = defaultdict(Decimal)
    for result in results:
        for metric, value in result.items():
            totals[metric] += value
    return {metric: value / max(1, len(results)) for metric, value in totals.items()}
