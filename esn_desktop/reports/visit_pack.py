"""The visit pack: what a director hands over at a client's monthly meeting, in one file: the
monthly review, then every salesperson's action plan, each from a new page, the pages numbered
through. Client-safe, both parts leave out what they leave out alone (costs, CJMs, margins)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from esn_desktop.formatting import Formatter
from esn_desktop.reports.action_plan import plan_story
from esn_desktop.reports.document import Metadata, Styles, write_pdf
from esn_desktop.reports.monthly_review import review_story
from esn_desktop.reports.wording import Words
from esn_desktop.services.action_plans import ActionPlanView
from esn_desktop.services.dashboard import Dashboard


def write_visit_pack(
    path: Path,
    review: Dashboard,
    plans: Sequence[ActionPlanView],
    *,
    company: str,
    today: date,
    locale: str = "fr_FR",
    client_safe: bool = False,
) -> None:
    words, f, styles = Words(locale), Formatter(locale), Styles()
    story: list[Flowable] = review_story(
        review, words, f, styles, company=company, today=today, client_safe=client_safe
    )
    for view in plans:
        story.append(PageBreak())
        story += plan_story(view, words, f, styles, client_safe=client_safe)
    title = words("Visit pack — {month}", month=f.month(review.period.start))
    write_pdf(
        path,
        story,
        Metadata(
            title=title,
            author=company or "esn-desktop",
            subject=words("Monthly review and action plans"),
            running_header=f"{title} · {company}",
            page_label=words("Page {page} of {pages}"),
        ),
    )
