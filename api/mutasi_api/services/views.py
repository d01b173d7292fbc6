"""Turning core results into response shapes."""

from __future__ import annotations

from typing import Any

from mutasi_api import schemas
from mutasi_core import EligibilityReport
from mutasi_core.converter import unstructure
from mutasi_core.stages import GateResult


def eligibility_out(
    report: EligibilityReport, *, stored: bool = False, plugin_changed: bool = False
) -> schemas.EligibilityOut:
    return schemas.EligibilityOut(
        region=report.region,
        as_of=report.as_of,
        overall=report.overall.value,
        overall_label=report.overall.label,
        outcomes=[
            schemas.RuleOutcomeOut(
                rule_id=o.rule_id,
                label=o.label,
                outcome=o.outcome.value,
                outcome_label=o.outcome.label,
                reason=o.reason,
                citation=o.citation,
                severity=o.severity.value,
                blocks=o.blocks,
                plugin=o.plugin,
                plugin_version=o.plugin_version,
                values=jsonable(o.values),
            )
            for o in report.outcomes
        ],
        parameters=jsonable(report.parameters),
        plugins=dict(report.plugins),
        stored=stored,
        plugin_changed=plugin_changed,
    )


def gate_out(g: GateResult) -> schemas.GateOut:
    return schemas.GateOut(kind=g.kind, description=g.description, met=g.met, reason=g.reason)


def jsonable(value: Any) -> Any:
    """Dates to ISO strings, tuples to lists: a value that any JSON column stores."""
    data = unstructure(dict(value)) if hasattr(value, "items") else unstructure(value)
    return _plain(data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
