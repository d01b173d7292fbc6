"""Moving a case through its region's stage graph.

:func:`move` is the one way a case changes stage.  Going forward (to a stage in ``next`` or to
``completed``) needs every gate of the current stage met, else :class:`GatesUnmet` lists each
unmet gate and why.  Going back (to a stage in ``returns_to``), rejecting (where ``next``
allows it) and withdrawing need no gate.  The returned case has its version increased and the
transition appended to its history; the input case is unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

import attrs

from mutasi_core.eligibility import EligibilityReport
from mutasi_core.entities import TransferCase, Transition
from mutasi_core.forms import FormSpec
from mutasi_core.stages import (
    GateContext,
    GateResult,
    GatesUnmet,
    InvalidTransition,
    StageGraph,
)
from mutasi_core.training import TrainingRequirement
from mutasi_core.vocabulary import CaseStatus


def gate_context(
    graph: StageGraph,
    case: TransferCase,
    *,
    as_of: date,
    eligibility: EligibilityReport | None,
    forms: Mapping[str, FormSpec],
    training: Mapping[str, TrainingRequirement],
) -> GateContext:
    """What the region's gates look at for ``case`` on ``as_of``."""
    return GateContext(
        case=case,
        as_of=as_of,
        eligibility=eligibility,
        forms=forms,
        training=training,
        placement_stages=graph.placement_stages,
        checklist=graph.checklist,
    )


def check_gates(
    graph: StageGraph,
    case: TransferCase,
    *,
    as_of: date,
    eligibility: EligibilityReport | None,
    forms: Mapping[str, FormSpec],
    training: Mapping[str, TrainingRequirement],
) -> list[GateResult]:
    """Every gate of the case's current stage, met or not."""
    ctx = gate_context(
        graph, case, as_of=as_of, eligibility=eligibility, forms=forms, training=training
    )
    return [gate.check(ctx) for gate in graph.gates[case.stage]]


def move(
    graph: StageGraph,
    case: TransferCase,
    to: str,
    *,
    actor: str,
    at: datetime,
    eligibility: EligibilityReport | None,
    forms: Mapping[str, FormSpec],
    training: Mapping[str, TrainingRequirement],
    note: str | None = None,
) -> TransferCase:
    """Move ``case`` to stage or outcome ``to``; see the module docstring for the rules."""
    if case.status is not CaseStatus.OPEN:
        raise InvalidTransition(f"kasus sudah berakhir dengan status {case.status.value}")
    current = graph.stage(case.stage)
    forward = graph.forward(case.stage)
    if to == CaseStatus.WITHDRAWN.value:
        status = CaseStatus.WITHDRAWN
    elif to in current.returns_to:
        status = CaseStatus.OPEN
    elif to in forward:
        if to == CaseStatus.REJECTED.value:
            status = CaseStatus.REJECTED
        else:
            unmet = [
                g
                for g in check_gates(
                    graph,
                    case,
                    as_of=at.date(),
                    eligibility=eligibility,
                    forms=forms,
                    training=training,
                )
                if not g.met
            ]
            if unmet:
                raise GatesUnmet(case.stage, unmet)
            status = CaseStatus.COMPLETED if to == CaseStatus.COMPLETED.value else CaseStatus.OPEN
    else:
        allowed = [*forward, *current.returns_to, CaseStatus.WITHDRAWN.value]
        raise InvalidTransition(
            f"dari tahap {case.stage!r} tidak dapat ke {to!r}; yang boleh: {', '.join(allowed)}"
        )
    transition = Transition(
        from_stage=case.stage, to_stage=to, at=at, actor=actor, phase=current.phase.value, note=note
    )
    return attrs.evolve(
        case,
        stage=case.stage if status is not CaseStatus.OPEN else to,
        status=status,
        version=case.version + 1,
        transitions=(*case.transitions, transition),
    )
