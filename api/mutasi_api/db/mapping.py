"""Explicit mapping between the tables and the core's entities."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from mutasi_api import clock
from mutasi_api.db.models import (
    AppraisalRow,
    CaseLetterRow,
    CaseRow,
    DecisionRow,
    DocumentRow,
    EmployeeRow,
    LetterRow,
    ObligationRow,
    PositionHistoryRow,
    SanctionRow,
    SubmissionRow,
    TrainingRow,
    TransitionRow,
    VacancyRow,
)
from mutasi_core import (
    Appraisal,
    CaseDocument,
    Decision,
    DocumentStatus,
    Education,
    Employee,
    EmploymentType,
    Initiator,
    Letter,
    LetterKind,
    MutationKind,
    ObligationKind,
    Position,
    PositionKind,
    Predicate,
    Rating,
    Sanction,
    ServiceObligation,
    Submission,
    TargetFlag,
    TrainingRecord,
    TransferCase,
    Vacancy,
)
from mutasi_core.entities import Transition
from mutasi_core.vocabulary import CaseStatus


def now() -> datetime:
    return clock.now()


def add_employee(session: Session, emp: Employee, region: str) -> EmployeeRow:
    """Insert ``emp`` with its histories; returns the flushed row."""
    row = EmployeeRow(
        region=region,
        nip=emp.nip,
        name=emp.name,
        employment_type=emp.employment_type.value,
        rank=emp.rank,
        position_title=emp.position.title,
        position_kind=emp.position.kind.value,
        unit=emp.position.unit,
        sector=emp.position.sector,
        position_start=emp.position.start,
        education_level=emp.education.level if emp.education else None,
        education_field=emp.education.field if emp.education else None,
        competencies=sorted(emp.competencies) if emp.competencies is not None else None,
        conflict_units=sorted(emp.conflict_units),
        cpns_start=emp.cpns_start,
        pns_start=emp.pns_start,
        potential_score=emp.potential_score,
        created_at=now(),
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    eid = row.id
    session.add_all(
        [
            PositionHistoryRow(
                employee_id=eid,
                title=p.title,
                kind=p.kind.value,
                unit=p.unit,
                sector=p.sector,
                start=p.start,
                end=p.end,
                acting=p.acting,
            )
            for p in emp.position_history
        ]
        + [
            AppraisalRow(
                employee_id=eid,
                year=a.year,
                predicate=a.predicate.value,
                work_result=a.work_result.value if a.work_result else None,
                behaviour=a.behaviour.value if a.behaviour else None,
            )
            for a in emp.appraisals
        ]
        + [
            SanctionRow(employee_id=eid, kind=s.kind, start=s.start, end=s.end)
            for s in emp.sanctions
        ]
        + [
            ObligationRow(employee_id=eid, kind=o.kind.value, start=o.start, end=o.end)
            for o in emp.obligations
        ]
        + [
            TrainingRow(
                employee_id=eid,
                title=t.title,
                category=t.category,
                hours=t.hours,
                start=t.start,
                end=t.end,
                organizer=t.organizer,
                recorded_at=now(),
            )
            for t in emp.training
        ]
    )
    return row


def load_employee(session: Session, row: EmployeeRow) -> Employee:
    eid = row.id
    history = session.exec(
        select(PositionHistoryRow)
        .where(PositionHistoryRow.employee_id == eid)
        .order_by(col(PositionHistoryRow.start))
    ).all()
    appraisals = session.exec(
        select(AppraisalRow).where(AppraisalRow.employee_id == eid).order_by(col(AppraisalRow.year))
    ).all()
    sanctions = session.exec(select(SanctionRow).where(SanctionRow.employee_id == eid)).all()
    obligations = session.exec(select(ObligationRow).where(ObligationRow.employee_id == eid)).all()
    training = session.exec(
        select(TrainingRow).where(TrainingRow.employee_id == eid).order_by(col(TrainingRow.end))
    ).all()
    education = (
        Education(level=row.education_level or "", field=row.education_field)
        if row.education_field
        else None
    )
    return Employee(
        nip=row.nip,
        name=row.name,
        employment_type=EmploymentType(row.employment_type),
        rank=row.rank,
        position=Position(
            title=row.position_title,
            kind=PositionKind(row.position_kind),
            unit=row.unit,
            sector=row.sector,
            start=row.position_start,
        ),
        position_history=tuple(
            Position(
                title=p.title,
                kind=PositionKind(p.kind),
                unit=p.unit,
                sector=p.sector,
                start=p.start,
                end=p.end,
                acting=p.acting,
            )
            for p in history
        ),
        education=education,
        competencies=frozenset(row.competencies) if row.competencies is not None else None,
        cpns_start=row.cpns_start,
        pns_start=row.pns_start,
        appraisals=tuple(
            Appraisal(
                year=a.year,
                predicate=Predicate(a.predicate),
                work_result=Rating(a.work_result) if a.work_result else None,
                behaviour=Rating(a.behaviour) if a.behaviour else None,
            )
            for a in appraisals
        ),
        sanctions=tuple(Sanction(kind=s.kind, start=s.start, end=s.end) for s in sanctions),
        obligations=tuple(
            ServiceObligation(kind=ObligationKind(o.kind), start=o.start, end=o.end)
            for o in obligations
        ),
        training=tuple(
            TrainingRecord(
                title=t.title,
                category=t.category,
                hours=t.hours,
                start=t.start,
                end=t.end,
                organizer=t.organizer,
            )
            for t in training
        ),
        potential_score=row.potential_score,
        conflict_units=frozenset(row.conflict_units or ()),
        region=row.region,
    )


def vacancy_row(v: Vacancy, code: str) -> VacancyRow:
    return VacancyRow(
        region=v.region,
        code=code,
        unit=v.unit,
        title=v.title,
        kind=v.kind.value,
        sector=v.sector,
        seats=v.seats,
        education_fields=sorted(v.education_fields),
        required_competencies=sorted(v.required_competencies),
        flags=sorted(f.value for f in v.flags),
        required_staff=v.required_staff,
        current_staff=v.current_staff,
        agency=v.agency,
        created_at=now(),
    )


def load_vacancy(row: VacancyRow) -> Vacancy:
    return Vacancy(
        id=row.code,
        region=row.region,
        unit=row.unit,
        title=row.title,
        kind=PositionKind(row.kind),
        sector=row.sector,
        seats=row.seats,
        education_fields=frozenset(row.education_fields or ()),
        required_competencies=frozenset(row.required_competencies or ()),
        flags=frozenset(TargetFlag(f) for f in row.flags or ()),
        required_staff=row.required_staff,
        current_staff=row.current_staff,
        agency=row.agency,
    )


def load_case(session: Session, row: CaseRow) -> TransferCase:
    """The core's view of a stored case, with its employee, target and history."""
    emp_row = session.get(EmployeeRow, row.employee_id)
    vac_row = session.get(VacancyRow, row.vacancy_id)
    assert emp_row is not None and vac_row is not None
    subs = session.exec(select(SubmissionRow).where(SubmissionRow.case_id == row.id)).all()
    decisions = session.exec(select(DecisionRow).where(DecisionRow.case_id == row.id)).all()
    transitions = session.exec(
        select(TransitionRow).where(TransitionRow.case_id == row.id).order_by(col(TransitionRow.id))
    ).all()
    documents = session.exec(
        select(DocumentRow).where(DocumentRow.case_id == row.id).order_by(col(DocumentRow.id))
    ).all()
    letters = session.exec(
        select(LetterRow)
        .join(CaseLetterRow, col(CaseLetterRow.letter_id) == col(LetterRow.id))
        .where(CaseLetterRow.case_id == row.id)
        .order_by(col(LetterRow.issued_on), col(LetterRow.id))
    ).all()
    return TransferCase(
        id=str(row.id),
        region=row.region,
        kind=MutationKind(row.kind),
        initiator=Initiator(row.initiator),
        employee=load_employee(session, emp_row),
        target=load_vacancy(vac_row),
        stage=row.stage,
        status=CaseStatus(row.status),
        opened_at=row.opened_at,
        version=row.version,
        submissions=tuple(
            Submission(
                form=s.form,
                answers=dict(s.answers or {}),
                submitted_at=s.submitted_at,
                submitted_by=s.submitted_by,
                score=s.score,
                round=s.round,
            )
            for s in subs
        ),
        decisions=tuple(
            Decision(
                body=d.body,
                verdict=d.verdict,
                decided_at=d.decided_at,
                decided_by=d.decided_by,
                reason=d.reason,
            )
            for d in decisions
        ),
        transitions=tuple(
            Transition(
                from_stage=t.from_stage,
                to_stage=t.to_stage,
                at=t.at,
                actor=t.actor,
                phase=t.from_phase,
                note=t.note,
            )
            for t in transitions
        ),
        waivers=frozenset(row.waivers or ()),
        documents=tuple(load_document(d) for d in documents),
        letters=tuple(load_letter(x) for x in letters),
    )


def load_document(row: DocumentRow) -> CaseDocument:
    return CaseDocument(
        item=row.item,
        status=DocumentStatus(row.status),
        uploaded_at=row.uploaded_at,
        sha256=row.sha256,
        note=row.note,
    )


def load_letter(row: LetterRow) -> Letter:
    return Letter(
        kind=LetterKind(row.kind),
        number=row.number,
        issued_on=row.issued_on,
        issuer=row.issuer,
        tmt=row.tmt,
    )
