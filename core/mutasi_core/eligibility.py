"""Eligibility evaluation: every applicable rule, explained, as of a date.

:func:`evaluate` runs each rule's condition with the parameter values in force on the as-of
date.  Each outcome names the rule, the reason with the values used, the citation, whether it
blocks, and the plugin (with version) that produced it.  A rule that raises is reported as an
``error`` of that rule and plugin; it never hides the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import attrs

from mutasi_core.conditions import Facts, Outcome
from mutasi_core.parameters import ParameterSet
from mutasi_core.rules import Rule, RuleOutcome, Severity


@attrs.frozen(kw_only=True)
class BoundRule:
    """A rule together with the plugin (and version) that supplies it."""

    rule: Rule
    plugin: str
    plugin_version: str


@attrs.frozen(kw_only=True)
class EligibilityReport:
    """The explained eligibility of one employee for one target on one date.

    ``overall`` is ``not_eligible`` if any blocking rule fails, else ``undetermined`` if any
    blocking rule could not be decided (missing data or a rule error), else ``eligible``.
    ``parameters`` holds every parameter value used, ``plugins`` every plugin@version involved.
    """

    region: str
    as_of: date
    overall: Outcome
    outcomes: tuple[RuleOutcome, ...]
    parameters: Mapping[str, Any]
    plugins: Mapping[str, str]

    @property
    def blocking(self) -> tuple[RuleOutcome, ...]:
        return tuple(o for o in self.outcomes if o.blocks)

    def outcome_of(self, rule_id: str) -> RuleOutcome:
        for o in self.outcomes:
            if o.rule_id == rule_id:
                return o
        raise KeyError(rule_id)


def evaluate(
    region: str, rules: Sequence[BoundRule], params: ParameterSet, facts: Facts
) -> EligibilityReport:
    """Evaluate ``rules`` for ``facts`` with parameter values as of ``facts.as_of``."""
    values = params.snapshot(facts.as_of)
    outcomes = tuple(_evaluate_one(b, values, facts) for b in rules)
    blocking = [o for o in outcomes if o.severity is Severity.BLOCKING]
    if any(o.outcome is Outcome.NOT_ELIGIBLE for o in blocking):
        overall = Outcome.NOT_ELIGIBLE
    elif any(o.outcome in (Outcome.UNDETERMINED, Outcome.ERROR) for o in blocking):
        overall = Outcome.UNDETERMINED
    else:
        overall = Outcome.ELIGIBLE
    used = {key for b in rules for key in b.rule.condition.parameters()}
    return EligibilityReport(
        region=region,
        as_of=facts.as_of,
        overall=overall,
        outcomes=outcomes,
        parameters={k: v for k, v in values.items() if k in used},
        plugins={b.plugin: b.plugin_version for b in rules},
    )


def _evaluate_one(bound: BoundRule, values: Mapping[str, Any], facts: Facts) -> RuleOutcome:
    rule = bound.rule

    def outcome(result: Outcome, reason: str, used: Mapping[str, Any] | None = None) -> RuleOutcome:
        return RuleOutcome(
            rule_id=rule.id,
            label=rule.label,
            outcome=result,
            reason=reason,
            citation=rule.citation,
            severity=rule.severity,
            plugin=bound.plugin,
            plugin_version=bound.plugin_version,
            values=dict(used or {}),
        )

    not_applicable = rule.applies.why_not(facts)
    if not_applicable is not None:
        return outcome(Outcome.NOT_APPLICABLE, not_applicable)
    if rule.waivable and rule.id in facts.waivers:
        return outcome(
            Outcome.ELIGIBLE, "dikecualikan: persetujuan tertulis yang berwenang tercatat"
        )
    try:
        check = rule.condition.check(facts, values)
    except Exception as exc:  # a faulty rule is reported, never hides the others
        return outcome(
            Outcome.ERROR,
            f"aturan {rule.id} dari plugin {bound.plugin} galat: {type(exc).__name__}: {exc}",
        )
    return outcome(check.outcome, check.reason, check.values)
