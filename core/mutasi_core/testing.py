"""Builders for tests of rules and plugins: employees, targets, and a minimal region plugin.

``employee()`` returns a PNS who passes every national rule on :data:`AS_OF`; ``vacancy()`` an
open target in the same sector.  Pass keyword arguments to change what a test is about.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from types import SimpleNamespace
from typing import Any

import attrs

from mutasi_core.catalog import RegionCatalog
from mutasi_core.conditions import Outcome
from mutasi_core.entities import (
    Appraisal,
    Education,
    Employee,
    EmploymentType,
    Initiator,
    MutationKind,
    Position,
    PositionKind,
    Predicate,
    Rating,
    TargetFlag,
    TrainingRecord,
    Vacancy,
)
from mutasi_core.forms import FormSpec, LikertScoring
from mutasi_core.hookspecs import hookimpl
from mutasi_core.regions import Level, Region
from mutasi_core.rules import RuleOutcome
from mutasi_core.stages import DecisionTaken, EligibilityHolds, FormSubmitted, Stage
from mutasi_core.training import Timing, TrainingRequirement
from mutasi_core.vocabulary import Addressee, FormKind, Phase

AS_OF = date(2025, 6, 2)
NIP = "198503122010011001"


def position(**changes: Any) -> Position:
    base = Position(
        title="Analis Kebijakan",
        kind=PositionKind.FUNGSIONAL,
        unit="Dinas Kesehatan",
        sector="kesehatan",
        start=date(2021, 1, 4),
    )
    return attrs.evolve(base, **changes)


def employee(**changes: Any) -> Employee:
    base = Employee(
        nip=NIP,
        name="Rina Marlina",
        employment_type=EmploymentType.PNS,
        rank="III/c",
        position=position(),
        education=Education(level="S1", field="kesehatan"),
        competencies=frozenset({"komunikasi", "kepemimpinan"}),
        appraisals=tuple(
            Appraisal(
                year=y, predicate=Predicate.BAIK, work_result=Rating.MEETS, behaviour=Rating.MEETS
            )
            for y in (2022, 2023, 2024)
        ),
        training=(
            TrainingRecord(
                title="Pelatihan teknis",
                category="teknis",
                hours=24,
                start=date(2025, 2, 3),
                end=date(2025, 2, 6),
            ),
        ),
        potential_score=80,
    )
    return attrs.evolve(base, **changes)


def vacancy(region: str = "sawahlunto", **changes: Any) -> Vacancy:
    base = Vacancy(
        id="v-1",
        region=region,
        unit="Dinas Kesehatan",
        title="Administrator Kesehatan",
        kind=PositionKind.FUNGSIONAL,
        sector="kesehatan",
        seats=1,
        education_fields=frozenset({"kesehatan"}),
        required_staff=12,
        current_staff=10,
    )
    return attrs.evolve(base, **changes)


def flags(*names: str) -> frozenset[TargetFlag]:
    return frozenset(TargetFlag(n) for n in names)


def outcome(
    region: RegionCatalog,
    rule_id: str,
    emp: Employee | None = None,
    target: Vacancy | None = None,
    *,
    as_of: date = AS_OF,
    kind: MutationKind = MutationKind.WITHIN_AGENCY,
    initiator: Initiator = Initiator.AGENCY,
    waivers: Iterable[str] = (),
) -> RuleOutcome:
    """The outcome of one rule of ``region`` for ``emp`` and ``target``."""
    report = region.evaluate(
        emp or employee(),
        target or vacancy(region.code),
        as_of=as_of,
        kind=kind,
        initiator=initiator,
        waivers=frozenset(waivers),
    )
    return report.outcome_of(rule_id)


SURVEY_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["puas", "adaptasi"],
    "properties": {
        "puas": {"type": "integer", "minimum": 1, "maximum": 5, "title": "Kepuasan"},
        "adaptasi": {"type": "integer", "minimum": 1, "maximum": 5, "title": "Adaptasi"},
        "catatan": {"type": "string", "title": "Catatan"},
    },
    "examples": [{"puas": 5, "adaptasi": 3}],
}


def default_parts(code: str) -> dict[str, Any]:
    """Hook results of a small valid region: three stages, one form, one training.

    ``documents`` (checklist items and drops) and ``templates`` (draft letters) are empty: the
    region gets the national ones.
    """
    return {
        "region": Region(code=code, name=f"Kota Uji {code}", level=Level.KOTA, area_code="9971"),
        "stages": [
            Stage(
                key="penilaian",
                label="Penilaian",
                phase=Phase.PERFORMANCE_REVIEW,
                gates=(FormSubmitted("survei", min_score=50),),
            ),
            Stage(
                key="keputusan",
                label="Keputusan",
                phase=Phase.DECISION,
                gates=(EligibilityHolds(), DecisionTaken("baperjakat", "Baperjakat")),
                next=("penempatan", "rejected"),
                returns_to=("penilaian",),
            ),
            Stage(key="penempatan", label="Penempatan", phase=Phase.PLACEMENT),
        ],
        "forms": [
            FormSpec(
                id="survei",
                kind=FormKind.POST_TRANSFER_SURVEY,
                title="Survei",
                addressee=Addressee.EMPLOYEE,
                schema=SURVEY_SCHEMA,
                scoring=LikertScoring(items=("puas", "adaptasi")),
                citation="uji",
            )
        ],
        "training": [
            TrainingRequirement(
                id="teknis",
                label="Pelatihan teknis",
                categories=frozenset({"teknis"}),
                min_hours=16,
                timing=Timing.BEFORE_MOVE,
                gate_stage="penempatan",
                citation="uji",
            )
        ],
        "rules": [],
        "parameters": [],
        "overrides": [],
        "documents": [],
        "templates": [],
    }


def make_plugin(code: str = "uji", **changes: Any) -> SimpleNamespace:
    """A plugin object whose hooks return ``default_parts(code)`` with ``changes`` applied."""
    parts = default_parts(code)
    parts.update(changes)

    class Plugin:
        @hookimpl
        def mutasi_region(self) -> Any:
            return parts["region"]

        @hookimpl
        def mutasi_stages(self) -> Any:
            return parts["stages"]

        @hookimpl
        def mutasi_forms(self) -> Any:
            return parts["forms"]

        @hookimpl
        def mutasi_training_requirements(self) -> Any:
            return parts["training"]

        @hookimpl
        def mutasi_rules(self) -> Any:
            return parts["rules"]

        @hookimpl
        def mutasi_parameters(self) -> Any:
            return parts["parameters"]

        @hookimpl
        def mutasi_parameter_overrides(self) -> Any:
            return parts["overrides"]

        @hookimpl
        def mutasi_document_checklist(self) -> Any:
            return parts["documents"]

        @hookimpl
        def mutasi_letter_templates(self) -> Any:
            return parts["templates"]

    return SimpleNamespace(plugin=Plugin(), parts=parts)


__all__ = [
    "AS_OF",
    "NIP",
    "Outcome",
    "employee",
    "flags",
    "make_plugin",
    "outcome",
    "position",
    "vacancy",
]
