"""Request and response shapes at the edge of the API (msgspec structs).

Field names are English and match the core's entities, so that a request body converts to an
entity by name.  Constraints are declared here so that they show in OpenAPI.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from mutasi_core import (
    EmploymentType,
    Initiator,
    MutationKind,
    ObligationKind,
    PositionKind,
    Predicate,
    Rating,
    TargetFlag,
)

Name = Annotated[str, Meta(min_length=1, max_length=200)]
Short = Annotated[str, Meta(min_length=1, max_length=100)]
NIPStr = Annotated[str, Meta(pattern=r"^[0-9]{18}$", examples=["198503122010011001"])]
Hours = Annotated[int, Meta(ge=1, le=2000)]
Count = Annotated[int, Meta(ge=0, le=1_000_000)]
Score = Annotated[int, Meta(ge=0, le=100)]


class Strict(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Base of request bodies: unknown fields are refused."""


class PositionIn(Strict):
    title: Name
    kind: PositionKind
    unit: Name
    start: date
    sector: Short | None = None
    end: date | None = None
    acting: bool = False


class EducationIn(Strict):
    level: Annotated[str, Meta(min_length=1, max_length=16)]
    field: Short


class AppraisalIn(Strict):
    year: Annotated[int, Meta(ge=1950, le=2100)]
    predicate: Predicate
    work_result: Rating | None = None
    behaviour: Rating | None = None


class SanctionIn(Strict):
    kind: Name
    start: date
    end: date | None = None


class ObligationIn(Strict):
    kind: ObligationKind
    start: date
    end: date | None = None


class TrainingIn(Strict):
    title: Annotated[str, Meta(min_length=1, max_length=300)]
    category: Short
    hours: Hours
    start: date
    end: date
    organizer: Name | None = None


class EmployeeIn(Strict):
    nip: NIPStr
    name: Name
    employment_type: EmploymentType
    position: PositionIn
    rank: Annotated[str, Meta(max_length=8)] | None = None
    position_history: list[PositionIn] = []
    education: EducationIn | None = None
    competencies: list[Short] | None = None
    cpns_start: date | None = None
    pns_start: date | None = None
    appraisals: list[AppraisalIn] = []
    sanctions: list[SanctionIn] = []
    obligations: list[ObligationIn] = []
    training: list[TrainingIn] = []
    potential_score: Score | None = None
    conflict_units: list[Name] = []


class EmployeeOut(EmployeeIn, forbid_unknown_fields=False):
    id: int = 0
    region: str = ""


class EmployeePage(msgspec.Struct, kw_only=True):
    items: list[EmployeeOut]
    total: int
    limit: int
    offset: int


class VacancyIn(Strict):
    code: Annotated[str, Meta(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$")]
    unit: Name
    title: Name
    kind: PositionKind
    sector: Short | None = None
    seats: Count | None = None
    education_fields: list[Short] = []
    required_competencies: list[Short] = []
    flags: list[TargetFlag] = []
    required_staff: Count | None = None
    current_staff: Count | None = None
    agency: Name | None = None


class VacancyOut(VacancyIn, forbid_unknown_fields=False):
    id: int = 0
    region: str = ""


class VacancyPage(msgspec.Struct, kw_only=True):
    items: list[VacancyOut]
    total: int
    limit: int
    offset: int


class RuleOutcomeOut(msgspec.Struct, kw_only=True):
    rule_id: str
    label: str
    outcome: str
    outcome_label: str
    reason: str
    citation: str
    severity: str
    blocks: bool
    plugin: str
    plugin_version: str
    values: dict[str, Any]


class EligibilityOut(msgspec.Struct, kw_only=True):
    region: str
    as_of: date
    overall: str
    overall_label: str
    outcomes: list[RuleOutcomeOut]
    parameters: dict[str, Any]
    plugins: dict[str, str]
    stored: bool = False
    plugin_changed: bool = False


class DryRunIn(Strict):
    employee_nip: NIPStr | None = None
    employee: EmployeeIn | None = None
    vacancy_id: int | None = None
    vacancy: VacancyIn | None = None
    kind: MutationKind = MutationKind.WITHIN_AGENCY
    initiator: Initiator = Initiator.AGENCY
    as_of: date | None = None


class CaseIn(Strict):
    employee_nip: NIPStr
    vacancy_id: Annotated[int, Meta(ge=1)]
    kind: MutationKind
    initiator: Initiator


class GateOut(msgspec.Struct, kw_only=True):
    kind: str
    description: str
    met: bool
    reason: str


class CaseOut(msgspec.Struct, kw_only=True):
    id: int
    number: str
    region: str
    employee_nip: str
    employee_name: str
    vacancy_id: int
    target_title: str
    target_unit: str
    kind: str
    initiator: str
    stage: str
    stage_label: str
    phase: str
    status: str
    version: int
    opened_at: datetime
    closed_at: datetime | None
    plugin: str
    plugin_version: str
    eligibility: str
    gates: list[GateOut]
    next_stages: list[str]
    returns_to: list[str]


class CasePage(msgspec.Struct, kw_only=True):
    items: list[CaseOut]
    total: int
    limit: int
    offset: int


class TransitionIn(Strict):
    to: Annotated[str, Meta(min_length=1, max_length=64)]
    note: Annotated[str, Meta(max_length=2000)] | None = None


class SubmissionIn(Strict):
    form: Annotated[str, Meta(min_length=1, max_length=100)]
    answers: dict[str, Any]


class SubmissionOut(msgspec.Struct, kw_only=True):
    id: int
    form: str
    form_kind: str
    round: int
    score: float | None
    submitted_at: datetime
    submitted_by: str
    plugin: str
    plugin_version: str


class TrainingOut(msgspec.Struct, kw_only=True):
    id: int
    title: str
    category: str
    hours: int
    start: date
    end: date
    requirements: list[GateOut]


class DecisionIn(Strict):
    body: Annotated[str, Meta(min_length=1, max_length=64)]
    verdict: Annotated[str, Meta(pattern=r"^(approve|reject|return)$")]
    reason: Annotated[str, Meta(max_length=2000)] | None = None


class DecisionOut(msgspec.Struct, kw_only=True):
    id: int
    body: str
    verdict: str
    reason: str | None
    decided_at: datetime
    decided_by: str


class EventOut(msgspec.Struct, kw_only=True):
    seq: int
    kind: str
    at: datetime
    actor: str
    stage: str
    summary: str
    data: dict[str, Any]


class ImportResult(msgspec.Struct, kw_only=True):
    imported: int
