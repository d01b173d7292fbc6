"""Transfer cases: open, list, read, explain, move, submit forms, record training, decide.

Each function runs in the caller's transaction: when it raises, nothing it did is stored.
Every change appends to the case's history (``case_event``) with who and when.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from mutasi_api import schemas
from mutasi_api.auth import User
from mutasi_api.db.mapping import load_case, load_employee, load_vacancy, now
from mutasi_api.db.models import (
    CaseEventRow,
    CaseRow,
    DecisionRow,
    EvaluationRow,
    OutcomeRow,
    SubmissionRow,
    TrainingRow,
    TransitionRow,
)
from mutasi_api.errors import Conflict, Invalid, NotFound
from mutasi_api.services import employees, vacancies
from mutasi_api.services.views import eligibility_out, gate_out, jsonable
from mutasi_core import EligibilityReport, RegionCatalog, TransferCase
from mutasi_core.conditions import Outcome
from mutasi_core.forms import LikertScoring
from mutasi_core.rules import RuleOutcome, Severity
from mutasi_core.stages import (
    OUTCOME_KEYS,
    DecisionTaken,
    GatesUnmet,
    InvalidTransition,
    TrainingCompleted,
)
from mutasi_core.vocabulary import CaseStatus
from mutasi_core.workflow import check_gates, gate_context, move

VERDICTS = ("approve", "reject", "return")


def today() -> date:
    return now().date()


# --- reading --------------------------------------------------------------------------------


def row_by_id(session: Session, region: str, case_id: int) -> CaseRow:
    row = session.get(CaseRow, case_id)
    if row is None or row.region != region:
        raise NotFound(f"kasus {case_id} tidak ditemukan di wilayah {region}")
    return row


def _evaluate(rc: RegionCatalog, case: TransferCase, as_of: date) -> EligibilityReport:
    return rc.evaluate(
        case.employee,
        case.target,
        as_of=as_of,
        kind=case.kind,
        initiator=case.initiator,
        waivers=case.waivers,
    )


def case_out(session: Session, rc: RegionCatalog, row: CaseRow) -> schemas.CaseOut:
    case = load_case(session, row)
    assert row.id is not None
    gates: list[schemas.GateOut] = []
    next_stages: list[str] = []
    returns_to: list[str] = []
    stage_label = row.stage
    if row.status == CaseStatus.OPEN.value:
        stage = rc.graph.stage(row.stage)
        stage_label = stage.label
        report = _evaluate(rc, case, today())
        gates = [
            gate_out(g)
            for g in check_gates(
                rc.graph,
                case,
                as_of=today(),
                eligibility=report,
                forms=rc.form_specs,
                training=rc.training,
            )
        ]
        next_stages = list(rc.graph.forward(row.stage))
        returns_to = list(stage.returns_to)
    latest = _latest_evaluation(session, row)
    return schemas.CaseOut(
        id=row.id,
        number=row.number,
        region=row.region,
        employee_nip=case.employee.nip,
        employee_name=case.employee.name,
        vacancy_id=row.vacancy_id,
        target_title=case.target.title,
        target_unit=case.target.unit,
        kind=row.kind,
        initiator=row.initiator,
        stage=row.stage,
        stage_label=stage_label,
        phase=row.phase,
        status=row.status,
        version=row.version,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
        plugin=row.plugin,
        plugin_version=row.plugin_version,
        eligibility=latest.overall if latest else Outcome.UNDETERMINED.value,
        gates=gates,
        next_stages=next_stages,
        returns_to=returns_to,
    )


def listing(
    session: Session,
    rc: RegionCatalog,
    *,
    stage: str | None,
    status: str | None,
    kind: str | None,
    limit: int,
    offset: int,
) -> schemas.CasePage:
    query = select(CaseRow).where(CaseRow.region == rc.code)
    if stage:
        query = query.where(CaseRow.stage == stage)
    if status:
        query = query.where(CaseRow.status == status)
    if kind:
        query = query.where(CaseRow.kind == kind)
    total = session.exec(select(func.count()).select_from(query.subquery())).one()
    rows = session.exec(query.order_by(col(CaseRow.id)).limit(limit).offset(offset)).all()
    return schemas.CasePage(
        items=[case_out(session, rc, r) for r in rows], total=total, limit=limit, offset=offset
    )


def history(session: Session, rc: RegionCatalog, case_id: int) -> list[schemas.EventOut]:
    row = row_by_id(session, rc.code, case_id)
    events = session.exec(
        select(CaseEventRow).where(CaseEventRow.case_id == row.id).order_by(col(CaseEventRow.seq))
    ).all()
    return [
        schemas.EventOut(
            seq=e.seq,
            kind=e.kind,
            at=e.at,
            actor=e.actor,
            stage=e.stage,
            summary=e.summary,
            data=dict(e.data or {}),
        )
        for e in events
    ]


def _latest_evaluation(session: Session, row: CaseRow) -> EvaluationRow | None:
    return session.exec(
        select(EvaluationRow)
        .where(EvaluationRow.case_id == row.id)
        .order_by(col(EvaluationRow.id).desc())
    ).first()


def stored_report(session: Session, row: CaseRow) -> EligibilityReport | None:
    """The latest evaluation stored for the case, exactly as it was made."""
    ev = _latest_evaluation(session, row)
    if ev is None:
        return None
    outcomes = session.exec(
        select(OutcomeRow).where(OutcomeRow.evaluation_id == ev.id).order_by(col(OutcomeRow.id))
    ).all()
    return EligibilityReport(
        region=ev.region,
        as_of=ev.as_of,
        overall=Outcome(ev.overall),
        outcomes=tuple(
            RuleOutcome(
                rule_id=o.rule_id,
                label=o.label,
                outcome=Outcome(o.outcome),
                reason=o.reason,
                citation=o.citation,
                severity=Severity(o.severity),
                plugin=o.plugin,
                plugin_version=o.plugin_version,
                values=dict(o.values or {}),
            )
            for o in outcomes
        ),
        parameters=dict(ev.parameters or {}),
        plugins=dict(ev.plugins or {}),
    )


def eligibility(
    session: Session, rc: RegionCatalog, case_id: int, as_of: date | None
) -> schemas.EligibilityOut:
    """Without ``as_of``: the stored explanation.  With it: re-explained as of that date."""
    row = row_by_id(session, rc.code, case_id)
    changed = row.plugin_version != rc.plugin.version
    if as_of is None:
        report = stored_report(session, row)
        if report is not None:
            return eligibility_out(report, stored=True, plugin_changed=changed)
        as_of = today()
    return eligibility_out(_evaluate(rc, load_case(session, row), as_of), plugin_changed=changed)


def dry_run(session: Session, rc: RegionCatalog, body: schemas.DryRunIn) -> schemas.EligibilityOut:
    if (body.employee_nip is None) == (body.employee is None):
        raise Invalid(
            "sebutkan tepat satu: employee_nip atau employee",
            errors=[("$.employee_nip", "isi employee_nip atau employee, tidak keduanya")],
        )
    if (body.vacancy_id is None) == (body.vacancy is None):
        raise Invalid(
            "sebutkan tepat satu: vacancy_id atau vacancy",
            errors=[("$.vacancy_id", "isi vacancy_id atau vacancy, tidak keduanya")],
        )
    if body.employee_nip is not None:
        emp = load_employee(session, employees.row_by_nip(session, rc.code, body.employee_nip))
    else:
        assert body.employee is not None
        emp = employees.to_entity(body.employee)
    if body.vacancy_id is not None:
        target = load_vacancy(vacancies.row_by_id(session, rc.code, body.vacancy_id))
    else:
        assert body.vacancy is not None
        target = vacancies.to_entity(body.vacancy, rc.code)
    report = rc.evaluate(
        emp, target, as_of=body.as_of or today(), kind=body.kind, initiator=body.initiator
    )
    return eligibility_out(report)


# --- writing --------------------------------------------------------------------------------


def _event(
    session: Session, row: CaseRow, kind: str, actor: User, summary: str, data: dict[str, Any]
) -> None:
    last = session.exec(
        select(func.max(CaseEventRow.seq)).where(CaseEventRow.case_id == row.id)
    ).one()
    assert row.id is not None
    session.add(
        CaseEventRow(
            case_id=row.id,
            seq=(last or 0) + 1,
            kind=kind,
            at=now(),
            actor=actor.label,
            stage=row.stage,
            summary=summary,
            data=jsonable(data),
        )
    )


def _store_evaluation(session: Session, row: CaseRow, report: EligibilityReport) -> None:
    assert row.id is not None
    ev = EvaluationRow(
        case_id=row.id,
        region=report.region,
        as_of=report.as_of,
        overall=report.overall.value,
        parameters=jsonable(report.parameters),
        plugins=dict(report.plugins),
        created_at=now(),
    )
    session.add(ev)
    session.flush()
    assert ev.id is not None
    session.add_all(
        [
            OutcomeRow(
                evaluation_id=ev.id,
                region=report.region,
                rule_id=o.rule_id,
                label=o.label,
                outcome=o.outcome.value,
                severity=o.severity.value,
                reason=o.reason,
                citation=o.citation,
                plugin=o.plugin,
                plugin_version=o.plugin_version,
                values=jsonable(o.values),
            )
            for o in report.outcomes
        ]
    )


def open_case(
    session: Session, rc: RegionCatalog, user: User, body: schemas.CaseIn
) -> schemas.CaseOut:
    emp_row = employees.row_by_nip(session, rc.code, body.employee_nip)
    vac_row = vacancies.row_by_id(session, rc.code, body.vacancy_id)
    first = rc.graph.first
    opened = now()
    row = CaseRow(
        number="",
        region=rc.code,
        employee_id=emp_row.id or 0,
        vacancy_id=vac_row.id or 0,
        kind=body.kind.value,
        initiator=body.initiator.value,
        stage=first.key,
        phase=first.phase.value,
        status=CaseStatus.OPEN.value,
        opened_at=opened,
        opened_by=user.label,
        plugin=rc.plugin.name,
        plugin_version=rc.plugin.version,
        parameters=jsonable(rc.parameters.snapshot(opened.date())),
        waivers=[],
    )
    session.add(row)
    session.flush()
    row.number = f"{rc.code.upper()}/{opened.year}/{row.id:06d}"
    case = load_case(session, row)
    report = _evaluate(rc, case, opened.date())
    _store_evaluation(session, row, report)
    _event(
        session,
        row,
        "opened",
        user,
        f"kasus dibuka untuk {case.employee.name} ke {case.target.title}; kelayakan: {report.overall.label}",
        {"number": row.number, "eligibility": report.overall.value, "plugin": rc.plugin.label},
    )
    session.flush()
    return case_out(session, rc, row)


def _open_row(session: Session, rc: RegionCatalog, case_id: int) -> CaseRow:
    row = row_by_id(session, rc.code, case_id)
    if row.status != CaseStatus.OPEN.value:
        raise Conflict(f"kasus {row.number} sudah berakhir ({row.status})")
    return row


def transition(
    session: Session, rc: RegionCatalog, user: User, case_id: int, body: schemas.TransitionIn
) -> schemas.CaseOut:
    row = _open_row(session, rc, case_id)
    stage_keys = {s.key for s in rc.graph.stages}
    if body.to not in stage_keys and body.to not in OUTCOME_KEYS:
        raise Invalid(
            f"tahap tidak dikenal: {body.to!r}",
            errors=[
                (
                    "$.to",
                    f"tahap {body.to!r} tidak ada; tahap yang ada: {', '.join(sorted(stage_keys))}",
                )
            ],
        )
    case = load_case(session, row)
    at = now()
    report = _evaluate(rc, case, at.date())
    try:
        moved = move(
            rc.graph,
            case,
            body.to,
            actor=user.label,
            at=at,
            eligibility=report,
            forms=rc.form_specs,
            training=rc.training,
            note=body.note,
        )
    except GatesUnmet as exc:
        raise Conflict(
            str(exc),
            extra={
                "unmet_gates": [
                    {"kind": g.kind, "description": g.description, "reason": g.reason}
                    for g in exc.unmet
                ]
            },
        ) from None
    except InvalidTransition as exc:
        raise Conflict(str(exc), errors=[("$.to", str(exc))]) from None
    from_stage = rc.graph.stage(row.stage)
    to_phase = rc.graph.stage(body.to).phase.value if body.to in stage_keys else None
    session.add(
        TransitionRow(
            case_id=row.id or 0,
            region=rc.code,
            from_stage=row.stage,
            from_phase=from_stage.phase.value,
            to_stage=body.to,
            to_phase=to_phase,
            at=at,
            actor=user.label,
            note=body.note,
            plugin=rc.plugin.name,
            plugin_version=rc.plugin.version,
        )
    )
    row.stage = moved.stage
    row.phase = rc.graph.stage(moved.stage).phase.value
    row.status = moved.status.value
    row.version = moved.version
    if moved.status is not CaseStatus.OPEN:
        row.closed_at = at
    session.add(row)
    _event(
        session,
        row,
        "transition",
        user,
        f"{from_stage.label} → {rc.graph.stage(body.to).label if to_phase else body.to}",
        {
            "from": from_stage.key,
            "to": body.to,
            "note": body.note,
            "eligibility": report.overall.value,
            "status": moved.status.value,
        },
    )
    session.flush()
    return case_out(session, rc, row)


def submit(
    session: Session, rc: RegionCatalog, user: User, case_id: int, body: schemas.SubmissionIn
) -> schemas.SubmissionOut:
    row = _open_row(session, rc, case_id)
    validator = rc.forms.get(body.form)
    if validator is None:
        raise Invalid(
            f"formulir tidak dikenal: {body.form!r}",
            errors=[
                (
                    "$.form",
                    f"formulir {body.form!r} tidak ada; yang ada: {', '.join(sorted(rc.forms))}",
                )
            ],
        )
    errors = validator.errors(body.answers)
    if errors:
        raise Invalid(
            f"isian formulir {body.form} tidak sesuai skema",
            errors=[("$.answers" + e.path[1:], e.message) for e in errors],
        )
    spec = validator.spec
    score = validator.score(body.answers)
    adaptation = None
    if spec.adaptation_items:
        adaptation = LikertScoring(items=spec.adaptation_items).score(body.answers)
    previous = session.exec(
        select(func.count()).where(SubmissionRow.case_id == row.id, SubmissionRow.form == body.form)
    ).one()
    sub = SubmissionRow(
        case_id=row.id or 0,
        form=body.form,
        form_kind=spec.kind.value,
        round=previous + 1,
        answers=body.answers,
        score=score,
        adaptation_score=adaptation,
        objection=spec.objects(body.answers),
        submitted_at=now(),
        submitted_by=user.label,
        plugin=rc.plugin.name,
        plugin_version=rc.plugin.version,
    )
    session.add(sub)
    session.flush()
    assert sub.id is not None
    _event(
        session,
        row,
        "submission",
        user,
        f"formulir '{spec.title}' diisi (putaran {sub.round})"
        + (f", nilai {score:g}" if score is not None else ""),
        {"form": body.form, "round": sub.round, "score": score},
    )
    return schemas.SubmissionOut(
        id=sub.id,
        form=sub.form,
        form_kind=sub.form_kind,
        round=sub.round,
        score=score,
        submitted_at=sub.submitted_at,
        submitted_by=sub.submitted_by,
        plugin=sub.plugin,
        plugin_version=sub.plugin_version,
    )


def record_training(
    session: Session, rc: RegionCatalog, user: User, case_id: int, body: schemas.TrainingIn
) -> schemas.TrainingOut:
    row = _open_row(session, rc, case_id)
    if body.end < body.start:
        raise Invalid(
            "tanggal selesai sebelum tanggal mulai",
            errors=[("$.end", "harus pada atau setelah start")],
        )
    if body.end > today():
        raise Invalid(
            "pelatihan belum selesai", errors=[("$.end", "tanggal selesai di masa depan")]
        )
    rec = TrainingRow(
        employee_id=row.employee_id,
        case_id=row.id,
        title=body.title,
        category=body.category,
        hours=body.hours,
        start=body.start,
        end=body.end,
        organizer=body.organizer,
        recorded_at=now(),
        recorded_by=user.label,
    )
    session.add(rec)
    session.flush()
    assert rec.id is not None
    _event(
        session,
        row,
        "training",
        user,
        f"pelatihan '{body.title}' ({body.category}, {body.hours} JP) dicatat",
        {
            "title": body.title,
            "category": body.category,
            "hours": body.hours,
            "start": body.start,
            "end": body.end,
        },
    )
    case = load_case(session, row)
    ctx = gate_context(
        rc.graph, case, as_of=today(), eligibility=None, forms=rc.form_specs, training=rc.training
    )
    requirements = [
        schemas.GateOut(
            kind=result.kind, description=req.label, met=result.met, reason=result.reason
        )
        for req in rc.training.values()
        for result in [TrainingCompleted(req.id).check(ctx)]
    ]
    return schemas.TrainingOut(
        id=rec.id,
        title=rec.title,
        category=rec.category,
        hours=rec.hours,
        start=rec.start,
        end=rec.end,
        requirements=requirements,
    )


def decide(
    session: Session, rc: RegionCatalog, user: User, case_id: int, body: schemas.DecisionIn
) -> schemas.DecisionOut:
    row = _open_row(session, rc, case_id)
    bodies = {
        g.body: g.label
        for gates in rc.graph.gates.values()
        for g in gates
        if isinstance(g, DecisionTaken)
    }
    if body.body not in bodies:
        raise Invalid(
            f"jabatan/badan pemutus tidak dikenal: {body.body!r}",
            errors=[("$.body", f"yang ada: {', '.join(sorted(bodies)) or 'tidak ada'}")],
        )
    if body.verdict != "approve" and not (body.reason or "").strip():
        raise Invalid(
            "keputusan menolak atau mengembalikan wajib beralasan",
            errors=[("$.reason", "wajib diisi")],
        )
    dec = DecisionRow(
        case_id=row.id or 0,
        body=body.body,
        verdict=body.verdict,
        reason=body.reason,
        decided_at=now(),
        decided_by=user.label,
    )
    session.add(dec)
    session.flush()
    assert dec.id is not None
    _event(
        session,
        row,
        "decision",
        user,
        f"keputusan {bodies[body.body]}: {body.verdict}"
        + (f" ({body.reason})" if body.reason else ""),
        {"body": body.body, "verdict": body.verdict, "reason": body.reason},
    )
    return schemas.DecisionOut(
        id=dec.id,
        body=dec.body,
        verdict=dec.verdict,
        reason=dec.reason,
        decided_at=dec.decided_at,
        decided_by=dec.decided_by,
    )
