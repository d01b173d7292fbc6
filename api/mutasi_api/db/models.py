"""The tables.  Kept apart from the core's entities and mapped explicitly (see ``mapping``).

Everything central government compares is stored so that SQL can aggregate it: employees'
histories in their own tables, per-rule eligibility outcomes, and phase-stamped stage
transitions.  ``case_event`` is the append-only history of each case.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
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
    __table_args__ = (UniqueConstraint("employee_id", "year"),)

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
