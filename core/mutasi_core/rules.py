"""Eligibility rules: a condition with its citation, applicability and severity."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import attrs

from mutasi_core.conditions import Condition, Facts, Outcome
from mutasi_core.entities import EmploymentType, Initiator, MutationKind, PositionKind, TargetFlag


class Severity(StrEnum):
    """What a failure means: it blocks the move, it is advice, or it only feeds a score."""

    BLOCKING = "blocking"
    ADVISORY = "advisory"
    SCORING = "scoring"


@attrs.frozen(kw_only=True)
class Applicability:
    """When a rule applies; ``None`` (the default) means any value.

    ``target_flags``: the rule applies only to targets carrying every flag listed.
    """

    kinds: frozenset[MutationKind] | None = None
    initiators: frozenset[Initiator] | None = None
    employment_types: frozenset[EmploymentType] | None = None
    position_kinds: frozenset[PositionKind] | None = None
    target_flags: frozenset[TargetFlag] = frozenset()

    def why_not(self, facts: Facts) -> str | None:
        """``None`` when the rule applies to ``facts``, else the reason (Bahasa Indonesia)."""
        if self.kinds is not None and facts.kind not in self.kinds:
            return f"tidak berlaku untuk {facts.kind.label.lower()}"
        if self.initiators is not None and facts.initiator not in self.initiators:
            return f"tidak berlaku untuk mutasi {facts.initiator.label.lower()}"
        employee = facts.employee
        if (
            self.employment_types is not None
            and employee.employment_type not in self.employment_types
        ):
            return f"tidak berlaku untuk pegawai {employee.employment_type.value}"
        if self.position_kinds is not None and employee.position.kind not in self.position_kinds:
            return f"tidak berlaku untuk jabatan {employee.position.kind.value}"
        missing = self.target_flags - facts.target.flags
        if missing:
            names = ", ".join(FLAG_LABELS[f] for f in sorted(missing))
            return f"jabatan tujuan bukan {names}"
        return None


FLAG_LABELS = {
    TargetFlag.STRATEGIC: "jabatan strategis",
    TargetFlag.PUBLIC_FACING: "jabatan pelayanan langsung kepada masyarakat",
}


@attrs.frozen(kw_only=True)
class Rule:
    """An eligibility rule.

    ``id`` is stable and namespaced by the plugin (``medan.komunikasi_layanan_publik``);
    ``citation`` is the article or the seed sentence the rule rests on (never empty);
    ``waivable`` rules are lifted when the case records a waiver for their id (e.g. the
    Minister's written approval during an election window).
    """

    id: str
    label: str
    citation: str
    condition: Condition
    severity: Severity = Severity.BLOCKING
    applies: Applicability = attrs.field(factory=Applicability)
    description: str | None = None
    waivable: bool = False


@attrs.frozen(kw_only=True)
class RuleOutcome:
    """One rule's verdict for one employee and target, with who produced it."""

    rule_id: str
    label: str
    outcome: Outcome
    reason: str
    citation: str
    severity: Severity
    plugin: str
    plugin_version: str
    values: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def blocks(self) -> bool:
        """True when this outcome stops the move (a blocking rule not passed)."""
        return self.severity is Severity.BLOCKING and self.outcome in (
            Outcome.NOT_ELIGIBLE,
            Outcome.UNDETERMINED,
            Outcome.ERROR,
        )
