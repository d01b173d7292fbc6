"""Stages, the gates that must be met to leave them, and the stage graph.

Stages form a graph: forward edges (``next``), returns to named earlier stages
(``returns_to``) and terminal outcomes (``completed``, ``rejected``; ``withdrawn`` is always
possible while a case is open).  Each stage maps to exactly one common phase and may carry a
deadline in working days.

Gates are one family: every kind implements :meth:`Gate.check`, returning whether it is met and,
in words, why not.  Adding a kind is adding one class with ``kind`` and ``check``.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from datetime import date
from typing import ClassVar

import attrs

from mutasi_core.conditions import Facts, Outcome
from mutasi_core.documents import Checklist, ChecklistEntry
from mutasi_core.eligibility import EligibilityReport
from mutasi_core.entities import DocumentStatus, LetterKind, MutationKind, TransferCase
from mutasi_core.forms import FormSpec
from mutasi_core.training import TrainingRequirement
from mutasi_core.vocabulary import TERMINAL_STATUSES, CaseStatus, Phase


@attrs.frozen(kw_only=True)
class GateContext:
    """What a gate may look at when a case wants to leave a stage."""

    case: TransferCase
    as_of: date
    eligibility: EligibilityReport | None
    forms: Mapping[str, FormSpec]
    training: Mapping[str, TrainingRequirement]
    #: keys of the stages whose phase is ``placement`` (the move itself)
    placement_stages: frozenset[str] = frozenset()
    #: the region's document checklist (what ``documents_accepted`` gates look up)
    checklist: Checklist = attrs.field(factory=Checklist)


@attrs.frozen(kw_only=True)
class GateResult:
    """One gate's verdict: met or not, and in words what it asks and why it is unmet."""

    kind: str
    description: str
    met: bool
    reason: str


def facts_of(case: TransferCase, as_of: date) -> Facts:
    """The rule facts of a case on a date."""
    return Facts(
        employee=case.employee,
        target=case.target,
        kind=case.kind,
        initiator=case.initiator,
        as_of=as_of,
        waivers=case.waivers,
    )


class Gate(abc.ABC):
    """Base of every gate kind.  Subclasses are frozen attrs classes."""

    kind: ClassVar[str]

    @abc.abstractmethod
    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        """What the gate asks, in Bahasa Indonesia."""

    @abc.abstractmethod
    def check(self, ctx: GateContext) -> GateResult:
        """Whether the gate is met for ``ctx.case``, with the reason."""

    def _result(self, ctx: GateContext, met: bool, reason: str) -> GateResult:
        return GateResult(
            kind=self.kind,
            description=self.describe(ctx.forms, ctx.training),
            met=met,
            reason=reason,
        )


@attrs.frozen
class FormSubmitted(Gate):
    """The form ``form`` has been submitted on the case (with score ≥ ``min_score`` if set)."""

    kind: ClassVar[str] = "form_submitted"
    form: str
    min_score: float | None = None

    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        title = forms[self.form].title if self.form in forms else self.form
        if self.min_score is None:
            return f"formulir '{title}' telah diisi"
        return f"formulir '{title}' telah diisi dengan nilai minimal {self.min_score:g}"

    def check(self, ctx: GateContext) -> GateResult:
        mine = [s for s in ctx.case.submissions if s.form == self.form]
        if not mine:
            return self._result(ctx, False, "formulir belum diisi")
        latest = max(mine, key=lambda s: (s.round, s.submitted_at))
        if self.min_score is not None:
            if latest.score is None or latest.score < self.min_score:
                shown = "tanpa nilai" if latest.score is None else f"{latest.score:g}"
                return self._result(ctx, False, f"nilai {shown}; minimal {self.min_score:g}")
            return self._result(ctx, True, f"diisi dengan nilai {latest.score:g}")
        return self._result(ctx, True, f"diisi pada {latest.submitted_at:%Y-%m-%d}")


@attrs.frozen
class TrainingCompleted(Gate):
    """The training requirement ``requirement`` is met on the check date."""

    kind: ClassVar[str] = "training_completed"
    requirement: str

    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        req = training.get(self.requirement)
        return f"pelatihan '{req.label if req else self.requirement}' telah dipenuhi"

    def check(self, ctx: GateContext) -> GateResult:
        req = ctx.training[self.requirement]
        not_applicable = req.applies.why_not(facts_of(ctx.case, ctx.as_of))
        if not_applicable is not None:
            return self._result(ctx, True, not_applicable)
        moved_on = next(
            (t.at.date() for t in ctx.case.transitions if t.to_stage in ctx.placement_stages),
            None,
        )
        result = req.check(ctx.case.employee, ctx.as_of, moved_on=moved_on)
        return self._result(ctx, result.met, result.reason)


@attrs.frozen
class EligibilityHolds(Gate):
    """No blocking eligibility rule fails or is undetermined."""

    kind: ClassVar[str] = "eligibility_holds"

    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        return "syarat mutasi terpenuhi"

    def check(self, ctx: GateContext) -> GateResult:
        report = ctx.eligibility
        if report is None:
            return self._result(ctx, False, "kelayakan belum dievaluasi")
        if report.overall is Outcome.ELIGIBLE:
            return self._result(ctx, True, f"semua syarat wajib terpenuhi per {report.as_of}")
        reasons = "; ".join(f"{o.label}: {o.reason}" for o in report.blocking)
        return self._result(ctx, False, f"{report.overall.label}: {reasons}")


@attrs.frozen
class DecisionTaken(Gate):
    """The named position or body (``body``) has approved the case."""

    kind: ClassVar[str] = "decision_taken"
    body: str
    label: str

    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        return f"keputusan {self.label} telah diambil"

    def check(self, ctx: GateContext) -> GateResult:
        mine = [d for d in ctx.case.decisions if d.body == self.body]
        if not mine:
            return self._result(ctx, False, f"belum ada keputusan {self.label}")
        latest = max(mine, key=lambda d: d.decided_at)
        if latest.verdict != "approve":
            return self._result(ctx, False, f"keputusan terakhir {self.label}: {latest.verdict}")
        return self._result(ctx, True, f"disetujui pada {latest.decided_at:%Y-%m-%d}")


@attrs.frozen
class DocumentsAccepted(Gate):
    """Each listed checklist item asked of the case has its latest upload accepted by HR.

    ``documents`` are checklist keys.  Items the case is not asked for (another kind of
    mutasi or job group, or dropped by the region) are skipped.  Stages need not list this
    gate: every required checklist item adds itself to such a gate on its stage (by default
    the first stage of the ``decision`` phase).  Unmet, it names each missing document and
    where it stands (not uploaded, waiting, rejected or needing fixes, with HR's note).
    """

    kind: ClassVar[str] = "documents_accepted"
    documents: tuple[str, ...]
    labels: tuple[str, ...] = ()

    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        names = self.labels if len(self.labels) == len(self.documents) else self.documents
        return "dokumen diterima: " + ", ".join(names)

    def check(self, ctx: GateContext) -> GateResult:
        facts = facts_of(ctx.case, ctx.as_of)
        latest = {d.item: d for d in ctx.case.documents}  # in upload order: the last counts
        asked = missing = 0
        problems: list[str] = []
        for key in self.documents:
            if ctx.checklist.why_not(key, facts) is not None:
                continue
            asked += 1
            label = ctx.checklist.label(key)
            doc = latest.get(key)
            if doc is None:
                problems.append(f"{label} (belum diunggah)")
            elif doc.status is not DocumentStatus.ACCEPTED:
                note = f": {doc.note}" if doc.note else ""
                problems.append(f"{label} ({doc.status.label}{note})")
            else:
                continue
            missing += 1
        if asked == 0:
            return self._result(ctx, True, "tidak ada dokumen yang diminta untuk kasus ini")
        if problems:
            return self._result(
                ctx,
                False,
                f"{missing} dari {asked} dokumen belum diterima: " + "; ".join(problems),
            )
        return self._result(ctx, True, f"{asked} dokumen diterima")


@attrs.frozen
class LetterRecorded(Gate):
    """A letter of kind ``letter`` (``usul``, ``persetujuan_asal``, ``pertek_bkn``, ...) is
    recorded on the case with its number, date and issuer.

    ``kinds`` limits the gate to some kinds of mutasi (``None``: every kind); for other cases
    it is met.
    """

    kind: ClassVar[str] = "letter_recorded"
    letter: str
    kinds: frozenset[MutationKind] | None = None

    def _label(self) -> str:
        try:
            return LetterKind(self.letter).label
        except ValueError:
            return f"surat {self.letter}"

    def describe(
        self, forms: Mapping[str, FormSpec], training: Mapping[str, TrainingRequirement]
    ) -> str:
        return f"{self._label()} telah dicatat"

    def check(self, ctx: GateContext) -> GateResult:
        if self.kinds is not None and ctx.case.kind not in self.kinds:
            return self._result(ctx, True, f"tidak berlaku untuk {ctx.case.kind.label.lower()}")
        mine = [x for x in ctx.case.letters if x.kind.value == self.letter]
        if not mine:
            return self._result(ctx, False, f"{self._label()} belum dicatat")
        latest = max(mine, key=lambda x: x.issued_on)
        return self._result(
            ctx,
            True,
            f"nomor {latest.number} tanggal {latest.issued_on:%Y-%m-%d} oleh {latest.issuer}",
        )


GATE_KINDS: dict[str, type[Gate]] = {
    g.kind: g
    for g in (
        FormSubmitted,
        TrainingCompleted,
        EligibilityHolds,
        DecisionTaken,
        DocumentsAccepted,
        LetterRecorded,
    )
}

LETTER_KINDS = frozenset(k.value for k in LetterKind)

#: Keys that name outcomes, not stages, inside ``Stage.next``.
OUTCOME_KEYS = frozenset(s.value for s in TERMINAL_STATUSES)


@attrs.frozen(kw_only=True)
class Stage:
    """A stage of a region's flow.

    ``next`` lists where the case may go forward: other stage keys or the outcomes
    ``completed`` / ``rejected``.  ``None`` (the default) means the following stage in the
    region's list, or ``completed`` for the last one.  ``returns_to`` names earlier stages a case
    may be sent back to.  ``gates`` must all be met to go forward (returns and withdrawal need
    none); training requirements that name this stage as ``gate_stage`` add their own gate.
    """

    key: str
    label: str
    phase: Phase
    gates: tuple[Gate, ...] = ()
    next: tuple[str, ...] | None = None
    returns_to: tuple[str, ...] = ()
    deadline_working_days: int | None = None
    description: str | None = None
    citation: str | None = None


class InvalidTransition(ValueError):
    """The graph has no such edge (or the case is closed)."""


class GatesUnmet(Exception):
    """Moving forward was refused: ``unmet`` lists each unmet gate with its reason."""

    def __init__(self, stage: str, unmet: Sequence[GateResult]) -> None:
        super().__init__(
            f"tahap {stage} belum dapat ditinggalkan: "
            + "; ".join(f"{g.description} ({g.reason})" for g in unmet)
        )
        self.stage = stage
        self.unmet = tuple(unmet)


@attrs.frozen(kw_only=True)
class StageGraph:
    """The validated stages of one region, in order, with derived forward edges."""

    stages: tuple[Stage, ...]
    edges: Mapping[str, tuple[str, ...]]
    gates: Mapping[str, tuple[Gate, ...]]
    checklist: Checklist = attrs.field(factory=Checklist)

    @property
    def placement_stages(self) -> frozenset[str]:
        return frozenset(s.key for s in self.stages if s.phase is Phase.PLACEMENT)

    @property
    def first(self) -> Stage:
        return self.stages[0]

    def stage(self, key: str) -> Stage:
        for s in self.stages:
            if s.key == key:
                return s
        raise KeyError(key)

    def index(self, key: str) -> int:
        return [s.key for s in self.stages].index(key)

    def forward(self, key: str) -> tuple[str, ...]:
        return self.edges[key]


def build_graph(
    stages: Sequence[Stage],
    training: Sequence[TrainingRequirement],
    documents: Sequence[ChecklistEntry] = (),
) -> tuple[StageGraph | None, list[str]]:
    """Validate ``stages`` and derive the graph; returns (graph or None, problems).

    ``documents`` is the region's checklist: each required item adds itself to a
    :class:`DocumentsAccepted` gate of its stage (by default the first ``decision`` stage).
    """
    problems: list[str] = []
    if not stages:
        return None, ["tidak ada tahap (stages kosong)"]
    keys = [s.key for s in stages]
    seen: set[str] = set()
    for s in stages:
        if not isinstance(s, Stage):
            problems.append(f"tahap bukan Stage: {s!r}")
            continue
        if s.key in seen:
            problems.append(f"kunci tahap ganda: {s.key!r}")
        seen.add(s.key)
        if s.key in OUTCOME_KEYS or s.key == CaseStatus.OPEN.value:
            problems.append(f"kunci tahap {s.key!r} dipakai untuk status akhir")
        if not isinstance(s.phase, Phase):
            try:
                Phase(s.phase)
            except ValueError:
                problems.append(
                    f"tahap {s.key!r} tidak dipetakan ke fase bersama (phase={s.phase!r})"
                )
    if problems:
        return None, problems
    edges: dict[str, tuple[str, ...]] = {}
    for i, s in enumerate(stages):
        nxt = (
            s.next
            if s.next is not None
            else ((keys[i + 1],) if i + 1 < len(stages) else (CaseStatus.COMPLETED.value,))
        )
        for target in nxt:
            if target not in seen and target not in OUTCOME_KEYS:
                problems.append(f"tahap {s.key!r} menuju tahap yang tidak ada: {target!r}")
        for back in s.returns_to:
            if back not in seen:
                problems.append(f"tahap {s.key!r} kembali ke tahap yang tidak ada: {back!r}")
            elif keys.index(back) >= i:
                problems.append(
                    f"tahap {s.key!r} hanya boleh kembali ke tahap sebelumnya, bukan {back!r}"
                )
        edges[s.key] = tuple(nxt)
    reachable = {keys[0]}
    frontier = [keys[0]]
    while frontier:
        for target in edges.get(frontier.pop(), ()):
            if target in seen and target not in reachable:
                reachable.add(target)
                frontier.append(target)
    for k in keys:
        if k not in reachable:
            problems.append(f"tahap {k!r} tidak dapat dicapai dari tahap pertama {keys[0]!r}")
    ends = {k for k in keys if any(t in OUTCOME_KEYS for t in edges[k])}
    changed = True
    while changed:
        changed = False
        for k in keys:
            if k not in ends and any(t in ends for t in edges[k]):
                ends.add(k)
                changed = True
    for k in keys:
        if k not in ends:
            problems.append(f"tahap {k!r} buntu: tidak ada jalan menuju status akhir")
    gates: dict[str, tuple[Gate, ...]] = {s.key: tuple(s.gates) for s in stages}
    for req in training:
        if req.gate_stage is None:
            continue
        if req.gate_stage not in gates:
            problems.append(
                f"pelatihan {req.id!r} menahan tahap yang tidak ada: {req.gate_stage!r}"
            )
        else:
            gates[req.gate_stage] += (TrainingCompleted(req.id),)
    checklist, document_problems = _checklist(stages, gates, documents)
    problems.extend(document_problems)
    if problems:
        return None, problems
    return StageGraph(stages=tuple(stages), edges=edges, gates=gates, checklist=checklist), []


def default_document_stage(stages: Sequence[Stage]) -> str:
    """The stage a checklist item gates when it names none: the first stage of the
    ``decision`` phase; a region without one: its first ``placement`` stage, else its last."""
    for phase in (Phase.DECISION, Phase.PLACEMENT):
        found = next((s.key for s in stages if s.phase is phase), None)
        if found is not None:
            return found
    return stages[-1].key


def _checklist(
    stages: Sequence[Stage],
    gates: dict[str, tuple[Gate, ...]],
    documents: Sequence[ChecklistEntry],
) -> tuple[Checklist, list[str]]:
    """Resolve each item's stage, derive its gate, and label the stages' own document gates."""
    problems: list[str] = []
    default = default_document_stage(stages)
    entries: list[ChecklistEntry] = []
    derived: dict[str, list[ChecklistEntry]] = {}
    for entry in documents:
        stage = entry.item.stage or default
        if entry.item.stage is not None and entry.item.stage not in gates:
            problems.append(
                f"butir dokumen {entry.item.key!r} menahan tahap yang tidak ada: "
                f"{entry.item.stage!r}"
            )
            continue
        entry = attrs.evolve(entry, stage=stage)
        entries.append(entry)
        if entry.item.required:
            derived.setdefault(stage, []).append(entry)
    checklist = Checklist(entries=tuple(entries))
    for key, own in list(gates.items()):
        labelled: list[Gate] = []
        for gate in own:
            if isinstance(gate, DocumentsAccepted):
                unknown = [d for d in gate.documents if checklist.get(d) is None]
                if not gate.documents:
                    problems.append(f"tahap {key!r}: gerbang dokumen tanpa butir dokumen")
                elif unknown:
                    problems.append(
                        f"tahap {key!r} memerlukan dokumen yang tidak ada di daftar: "
                        + ", ".join(repr(u) for u in unknown)
                    )
                gate = attrs.evolve(gate, labels=tuple(checklist.label(d) for d in gate.documents))
            elif isinstance(gate, LetterRecorded) and gate.letter not in LETTER_KINDS:
                problems.append(
                    f"tahap {key!r} memerlukan jenis surat tak dikenal {gate.letter!r} "
                    f"(yang ada: {', '.join(k.value for k in LetterKind)})"
                )
            labelled.append(gate)
        gates[key] = tuple(labelled)
    for key, items in derived.items():
        gates[key] += (
            DocumentsAccepted(
                documents=tuple(e.item.key for e in items),
                labels=tuple(e.item.label for e in items),
            ),
        )
    return checklist, problems
