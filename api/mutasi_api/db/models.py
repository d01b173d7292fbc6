"""The tables.  Kept apart from the core's entities and mapped explicitly (see ``mapping``).

Everything central government compares is stored so that SQL can aggregate it: employees'
histories in their own tables, per-rule eligibility outcomes, and phase-stamped stage
transitions.  ``case_event`` is the append-only history of each case.

The composite indexes named ``ix_*`` in ``__table_args__`` serve the common indicators
(``mutasi_api.indicators``): each holds every column its query reads, so that PostgreSQL and
SQLite answer from the index alone (see ``bench/RESULTS.md``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel


def _json(nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


class EmployeeRow(SQLModel, table=True):
    __tablename__ = "employee"

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(index=True, max_length=64)
    nip: str = Field(unique=True, max_length=18)
    name: str = Field(max_length=200)
    employment_type: str = Field(max_length=8)
    rank: str | None = Field(default=None, max_length=8)
    position_title: str = Field(max_length=200)
    position_kind: str = Field(max_length=32)
    unit: str = Field(index=True, max_length=200)
    sector: str | None = Field(default=None, max_length=100)
    position_start: date
    education_level: str | None = Field(default=None, max_length=16)
    education_field: str | None = Field(default=None, max_length=100)
    competencies: list[str] | None = _json()
    conflict_units: list[str] | None = _json()
    cpns_start: date | None = None
    pns_start: date | None = None
    potential_score: int | None = None
    created_at: datetime


class PositionHistoryRow(SQLModel, table=True):
    __tablename__ = "employee_position"

    id: int | None = Field(default=None, primary_key=True)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    title: str = Field(max_length=200)
    kind: str = Field(max_length=32)
    unit: str = Field(max_length=200)
    sector: str | None = Field(default=None, max_length=100)
    start: date
    end: date | None = None
    acting: bool = False


class AppraisalRow(SQLModel, table=True):
    __tablename__ = "appraisal"
    __table_args__ = (
        UniqueConstraint("employee_id", "year"),
        Index("ix_appraisal_employee_year_predicate", "employee_id", "year", "predicate"),
    )

    id: int | None = Field(default=None, primary_key=True)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    year: int
    predicate: str = Field(max_length=32)
    work_result: str | None = Field(default=None, max_length=32)
    behaviour: str | None = Field(default=None, max_length=32)


class SanctionRow(SQLModel, table=True):
    __tablename__ = "sanction"

    id: int | None = Field(default=None, primary_key=True)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    kind: str = Field(max_length=200)
    start: date
    end: date | None = None


class ObligationRow(SQLModel, table=True):
    __tablename__ = "obligation"

    id: int | None = Field(default=None, primary_key=True)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    kind: str = Field(max_length=32)
    start: date
    end: date | None = None


class TrainingRow(SQLModel, table=True):
    __tablename__ = "training_record"
    __table_args__ = (
        Index("ix_training_record_employee_end_hours", "employee_id", "end", "hours"),
    )

    id: int | None = Field(default=None, primary_key=True)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="transfer_case.id", index=True)
    title: str = Field(max_length=300)
    category: str = Field(max_length=100)
    hours: int
    start: date
    end: date
    organizer: str | None = Field(default=None, max_length=200)
    recorded_at: datetime
    recorded_by: str | None = Field(default=None, max_length=100)


class VacancyRow(SQLModel, table=True):
    __tablename__ = "vacancy"
    __table_args__ = (UniqueConstraint("region", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(index=True, max_length=64)
    code: str = Field(max_length=100)
    unit: str = Field(max_length=200)
    title: str = Field(max_length=200)
    kind: str = Field(max_length=32)
    sector: str | None = Field(default=None, max_length=100)
    seats: int | None = None
    education_fields: list[str] | None = _json()
    required_competencies: list[str] | None = _json()
    flags: list[str] | None = _json()
    required_staff: int | None = None
    current_staff: int | None = None
    agency: str | None = Field(default=None, max_length=200)
    created_at: datetime


class CaseRow(SQLModel, table=True):
    __tablename__ = "transfer_case"
    __table_args__ = (
        Index(
            "ix_transfer_case_opened_cover",
            "opened_at", "region", "kind", "initiator", "status", "id",
        ),
        Index("ix_transfer_case_closed_cover", "status", "closed_at", "region", "employee_id", "id"),
        Index("ix_transfer_case_id_opened_region", "id", "opened_at", "region"),
    )  # fmt: skip

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True, max_length=40)
    region: str = Field(index=True, max_length=64)
    employee_id: int = Field(foreign_key="employee.id", index=True)
    vacancy_id: int = Field(foreign_key="vacancy.id", index=True)
    kind: str = Field(max_length=32, index=True)
    initiator: str = Field(max_length=16)
    stage: str = Field(max_length=64, index=True)
    phase: str = Field(max_length=32)
    status: str = Field(max_length=16, index=True)
    version: int = 1
    opened_at: datetime
    opened_by: str = Field(max_length=100)
    closed_at: datetime | None = None
    plugin: str = Field(max_length=64)
    plugin_version: str = Field(max_length=32)
    parameters: dict[str, Any] | None = _json()
    waivers: list[str] | None = _json()


class CaseEventRow(SQLModel, table=True):
    """Append-only history of a case: every transition, submission, training and decision."""

    __tablename__ = "case_event"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    seq: int
    kind: str = Field(max_length=32)
    at: datetime
    actor: str = Field(max_length=100)
    stage: str = Field(max_length=64)
    summary: str = Field(max_length=1000)
    data: dict[str, Any] | None = _json()


class TransitionRow(SQLModel, table=True):
    """Phase-stamped stage transitions, for aggregation by common phase."""

    __tablename__ = "stage_transition"
    __table_args__ = (
        Index("ix_stage_transition_case_order", "case_id", "at", "id", "region", "from_phase"),
    )

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    region: str = Field(index=True, max_length=64)
    from_stage: str = Field(max_length=64)
    from_phase: str = Field(max_length=32)
    to_stage: str = Field(max_length=64)
    to_phase: str | None = Field(default=None, max_length=32)
    at: datetime
    actor: str = Field(max_length=100)
    note: str | None = Field(default=None, max_length=2000)
    plugin: str = Field(max_length=64)
    plugin_version: str = Field(max_length=32)


class SubmissionRow(SQLModel, table=True):
    __tablename__ = "form_submission"
    __table_args__ = (
        Index(
            "ix_form_submission_kind_cover",
            "form_kind", "case_id", "submitted_at", "score", "adaptation_score",
        ),
        Index("ix_form_submission_objection_case", "objection", "case_id"),
    )  # fmt: skip

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    form: str = Field(max_length=100)
    form_kind: str = Field(max_length=40, index=True)
    round: int = 1
    answers: dict[str, Any] | None = _json()
    score: float | None = None
    adaptation_score: float | None = None
    objection: bool = False
    submitted_at: datetime
    submitted_by: str = Field(max_length=100)
    plugin: str = Field(max_length=64)
    plugin_version: str = Field(max_length=32)


class DecisionRow(SQLModel, table=True):
    __tablename__ = "decision"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    body: str = Field(max_length=64)
    verdict: str = Field(max_length=16)
    reason: str | None = Field(default=None, max_length=2000)
    decided_at: datetime
    decided_by: str = Field(max_length=100)


class EvaluationRow(SQLModel, table=True):
    """One eligibility evaluation (of a case, or a dry run is not stored)."""

    __tablename__ = "eligibility_evaluation"
    __table_args__ = (Index("ix_eligibility_evaluation_case_first", "case_id", "id", "region"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    region: str = Field(index=True, max_length=64)
    as_of: date
    overall: str = Field(max_length=16)
    parameters: dict[str, Any] | None = _json()
    plugins: dict[str, Any] | None = _json()
    created_at: datetime


class OutcomeRow(SQLModel, table=True):
    __tablename__ = "eligibility_outcome"
    __table_args__ = (
        Index("ix_eligibility_outcome_counted", "outcome", "rule_id", "region", "evaluation_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    evaluation_id: int = Field(foreign_key="eligibility_evaluation.id", index=True)
    region: str = Field(index=True, max_length=64)
    rule_id: str = Field(max_length=100, index=True)
    label: str = Field(max_length=300)
    outcome: str = Field(max_length=16)
    severity: str = Field(max_length=16)
    reason: str = Field(max_length=2000)
    citation: str = Field(max_length=2000)
    plugin: str = Field(max_length=64)
    plugin_version: str = Field(max_length=32)
    values: dict[str, Any] | None = _json()


class UserRow(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    role: str = Field(max_length=32)
    region: str | None = Field(default=None, max_length=64)
    token_hash: str = Field(unique=True, max_length=64)
    created_at: datetime
    revoked_at: datetime | None = None


class DocumentRow(SQLModel, table=True):
    """A file uploaded on a case for a checklist item; the file itself is on disk by SHA-256."""

    __tablename__ = "case_document"

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    region: str = Field(index=True, max_length=64)
    item: str = Field(max_length=100)
    filename: str = Field(max_length=255)
    media_type: str = Field(max_length=64)
    size: int
    sha256: str = Field(index=True, max_length=64)
    status: str = Field(max_length=16, index=True)
    note: str | None = Field(default=None, max_length=2000)
    uploaded_at: datetime
    uploaded_by: str = Field(max_length=100)
    verified_at: datetime | None = None
    verified_by: str | None = Field(default=None, max_length=100)


class LetterRow(SQLModel, table=True):
    """A letter of the flow (one letter may concern many cases: see ``case_letter``)."""

    __tablename__ = "letter"
    __table_args__ = (UniqueConstraint("region", "kind", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    region: str = Field(index=True, max_length=64)
    kind: str = Field(max_length=32)
    number: str = Field(max_length=100)
    issued_on: date
    issuer: str = Field(max_length=200)
    tmt: date | None = None
    recorded_at: datetime
    recorded_by: str = Field(max_length=100)


class CaseLetterRow(SQLModel, table=True):
    __tablename__ = "case_letter"
    __table_args__ = (UniqueConstraint("case_id", "letter_id"),)

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="transfer_case.id", index=True)
    letter_id: int = Field(foreign_key="letter.id", index=True)
    linked_at: datetime
    linked_by: str = Field(max_length=100)
