"""What the mission form says in words: the rule a field breaks, who a mission would over-book
and by which missions, what selling under cost loses, and a mission's name on the undo history."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from esn_desktop.domain.staffing import MissionRule, Overbooking
from esn_desktop.formatting import Formatter
from esn_desktop.services.missions import MissionPreview

#: How many over-booked periods are spelled out; the others are counted.
SHOWN_CLASHES = 3


class MissionTexts(QObject):
    """The mission form's words, its figures written by the workspace's formatter."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter

    def name(self, consultant: str, account: str) -> str:
        """A mission as Edit > Undo and the deletion name it."""
        return self.tr("Mission %1 at %2").replace("%1", consultant).replace("%2", account)

    def rule(self, rule: MissionRule, limit: int | None) -> str:
        """The error under the field whose rule the terms break."""
        messages = {
            MissionRule.END_BEFORE_START: self.tr("The end is before the start."),
            MissionRule.RATE_NOT_POSITIVE: self.tr("The daily rate must be positive."),
            MissionRule.RATIO_OUT_OF_RANGE: self.tr(
                "The time ratio must be above 0 and at most 1 (0.8: four days a week)."
            ),
            MissionRule.UNBILLED_NEGATIVE: self.tr("Cannot be negative."),
            MissionRule.UNBILLED_ABOVE_DAYS: self.tr("More than the mission's %1 working days.").replace(
                "%1", str(limit)
            ),
        }
        return messages[rule]

    def overbooking(self, consultant: str, clashes: Sequence[Overbooking]) -> str:
        """Who is over-booked, on which days, at what time, and by which missions."""
        f = self.formatter
        lines = [self.tr("%1 would be booked above full time:").replace("%1", consultant)]
        for clash in clashes[:SHOWN_CLASHES]:
            load = f.rate(clash.load, decimals=0)
            if clash.end is None or clash.working_days is None:
                when = self.tr("from %1 on, with no end, at %2").replace("%1", f.day(clash.start))
                when = when.replace("%2", load)
            else:
                when = (
                    self.tr("%1 to %2 (%3 working days), at %4")
                    .replace("%1", f.day(clash.start))
                    .replace("%2", f.day(clash.end))
                    .replace("%3", f.number(clash.working_days, decimals=0))
                    .replace("%4", load)
                )
            lines.append("• " + when)
            for booking in clash.clashes:
                dates = (
                    self.tr("%1 to %2").replace("%1", f.day(booking.start)).replace("%2", f.day(booking.end))
                    if booking.end is not None
                    else self.tr("from %1, open-ended").replace("%1", f.day(booking.start))
                )
                lines.append(
                    "    "
                    + self.tr("with %1, %2, %3")
                    .replace("%1", booking.account)
                    .replace("%2", dates)
                    .replace("%3", f.rate(booking.time_ratio, decimals=0))
                )
        if len(clashes) > SHOWN_CLASHES:
            lines.append(
                self.tr("and %1 more periods").replace(
                    "%1", self.formatter.number(len(clashes) - SHOWN_CLASHES, decimals=0)
                )
            )
        return "\n".join(lines)

    def under_cost_warning(self, preview: MissionPreview) -> str:
        """The form's warning while the daily rate is below the consultant's CJM."""
        f = self.formatter
        return (
            self.tr(
                "Sold under cost: the daily rate is below the consultant's CJM (%1), "
                "a loss of %2 per worked day."
            )
            .replace("%1", f.money(preview.daily_cost))
            .replace("%2", f.money(preview.daily_cost - preview.this_month.daily_rate))
        )

    def under_cost_question(self, consultant: str, preview: MissionPreview, costs_hidden: bool) -> str:
        """What selling under cost loses, per worked day and over the mission (this month when
        it has no end); in meeting mode, no figure that would tell the cost."""
        if costs_hidden:
            return self.tr(
                "The daily rate is below the consultant's daily cost (the figures stay hidden in "
                "meeting mode)."
            )
        f = self.formatter
        per_day = preview.daily_cost - preview.this_month.daily_rate
        text = (
            self.tr("The daily rate (%1) is below the daily cost of %2 (%3): a loss of %4 per worked day")
            .replace("%1", f.money(preview.this_month.daily_rate))
            .replace("%2", consultant)
            .replace("%3", f.money(preview.daily_cost))
            .replace("%4", f.money(per_day))
        )
        if preview.whole is not None:
            return text + self.tr(", %1 over the whole mission (%2 worked days).").replace(
                "%1", f.money(-preview.whole.margin)
            ).replace("%2", f.days(preview.whole.worked_days))
        return text + self.tr(", %1 this month (the mission has no end).").replace(
            "%1", f.money(-preview.this_month.margin)
        )
