"""Training requirements: what training a case asks for, before or after the move."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

import attrs

from mutasi_core.dates import add_months
from mutasi_core.entities import Employee
from mutasi_core.rules import Applicability


class Timing(StrEnum):
    """Whether training is due before the move or after it."""

    BEFORE_MOVE = "before_move"
    AFTER_MOVE = "after_move"


@attrs.frozen(kw_only=True)
class TrainingCheck:
    """Whether a requirement is met on a date, and why."""

    met: bool
    hours: int
    reason: str


@attrs.frozen(kw_only=True)
class TrainingRequirement:
    """``min_hours`` JP of training in ``categories``, ended in the last ``window_months``.

    ``gate_stage`` names the stage that cannot be left until the requirement is met
    (``None``: the requirement is reported but gates nothing).  ``applies`` restricts it to
    some cases (e.g. only strategic targets).
    """

    id: str
    label: str
    categories: frozenset[str]
    min_hours: int = attrs.field(validator=attrs.validators.gt(0))
    timing: Timing
    citation: str
    gate_stage: str | None = None
    window_months: int = 12
    applies: Applicability = attrs.field(factory=Applicability)

    def check(
        self, employee: Employee, as_of: date, *, moved_on: date | None = None
    ) -> TrainingCheck:
        """Met on ``as_of``?  For ``after_move`` requirements, training counts only from
        ``moved_on`` (the day the case entered its placement stage) when it is known."""
        since = add_months(as_of, -self.window_months)
        if self.timing is Timing.AFTER_MOVE and moved_on is not None and moved_on > since:
            since = moved_on - timedelta(days=1)
        hours = sum(
            t.hours
            for t in employee.training
            if t.category in self.categories and since < t.end <= as_of
        )
        cats = "/".join(sorted(self.categories))
        reason = f"{hours} JP pelatihan {cats} sejak {since}; dibutuhkan {self.min_hours} JP"
        return TrainingCheck(met=hours >= self.min_hours, hours=hours, reason=reason)
