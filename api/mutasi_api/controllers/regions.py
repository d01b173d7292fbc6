"""Regions: what each enabled plugin supplies, and its form schemas."""

from __future__ import annotations

from typing import Any

import attrs
import msgspec
from litestar import Controller, Request, get
from litestar.di import NamedDependency
from litestar.params import FromPath

from mutasi_api.auth import ANY_ROLE, REGION_ROLES, current_user
from mutasi_api.errors import NotFound
from mutasi_api.services.views import jsonable
from mutasi_core import Catalog, RegionCatalog
from mutasi_core.catalog import NATIONAL
from mutasi_core.rules import Applicability


class RegionSummary(msgspec.Struct, kw_only=True):
    code: str
    name: str
    level: str
    area_code: str | None
    parent_province: str | None
    plugin: str
    plugin_version: str


class StageOut(msgspec.Struct, kw_only=True):
    key: str
    label: str
    phase: str
    gates: list[dict[str, Any]]
    next: list[str]
    returns_to: list[str]
    deadline_working_days: int | None
    citation: str | None


class RuleOut(msgspec.Struct, kw_only=True):
    id: str
    label: str
    citation: str
    severity: str
    description: str | None
    condition: str
    compilable: bool
    applies: dict[str, Any]
    waivable: bool
    plugin: str
    plugin_version: str


class RegionDetail(RegionSummary, kw_only=True):
    note: str | None
    stages: list[StageOut]
    rules: list[RuleOut]
    training: list[dict[str, Any]]
    forms: list[dict[str, Any]]
    parameters: list[dict[str, Any]]


def summary(rc: RegionCatalog) -> RegionSummary:
    r = rc.region
    return RegionSummary(
        code=r.code,
        name=r.name,
        level=r.level.value,
        area_code=r.area_code,
        parent_province=r.parent_province,
        plugin=rc.plugin.name,
        plugin_version=rc.plugin.version,
    )


def _applies(a: Applicability) -> dict[str, Any]:
    return {
        k: sorted(str(x) for x in v) if v is not None else None
        for k, v in {
            "kinds": a.kinds,
            "initiators": a.initiators,
            "employment_types": a.employment_types,
            "position_kinds": a.position_kinds,
            "target_flags": a.target_flags or None,
        }.items()
    }


def detail(rc: RegionCatalog) -> RegionDetail:
    base = summary(rc)
    forms, training = rc.form_specs, rc.training
    return RegionDetail(
        **msgspec.structs.asdict(base),
        note=rc.region.note,
        stages=[
            StageOut(
                key=s.key,
                label=s.label,
                phase=s.phase.value,
                gates=[
                    {
                        "kind": g.kind,
                        "description": g.describe(forms, training),
                        **attrs.asdict(g),  # type: ignore[arg-type]  # every gate kind is an attrs class
                    }
                    for g in rc.graph.gates[s.key]
                ],
                next=list(rc.graph.forward(s.key)),
                returns_to=list(s.returns_to),
                deadline_working_days=s.deadline_working_days,
                citation=s.citation,
            )
            for s in rc.graph.stages
        ],
        rules=[
            RuleOut(
                id=b.rule.id,
                label=b.rule.label,
                citation=b.rule.citation,
                severity=b.rule.severity.value,
                description=b.rule.description,
                condition=b.rule.condition.describe(),
                compilable=b.rule.condition.compilable,
                applies=_applies(b.rule.applies),
                waivable=b.rule.waivable,
                plugin=b.plugin,
                plugin_version=b.plugin_version,
            )
            for b in rc.rules
        ],
        training=[
            {
                "id": t.id,
                "label": t.label,
                "categories": sorted(t.categories),
                "min_hours": t.min_hours,
                "timing": t.timing.value,
                "gate_stage": t.gate_stage,
                "window_months": t.window_months,
                "citation": t.citation,
                "applies": _applies(t.applies),
            }
            for t in rc.training.values()
        ],
        forms=[
            {
                "id": f.id,
                "kind": f.kind.value,
                "title": f.title,
                "addressee": f.addressee.value,
                "scored": f.scoring is not None,
                "citation": f.citation,
            }
            for f in forms.values()
        ],
        parameters=[
            {
                "key": key,
                "label": p.parameter.label,
                "unit": p.parameter.unit,
                "citation": p.parameter.citation,
                "values": jsonable([[d, v] for d, v in p.parameter.values]),
                "overridden_by": p.overridden_by,
                "override_citation": p.override_citation,
                "defined_by": NATIONAL if "." not in key else key.split(".", 1)[0],
            }
            for key, p in sorted(rc.parameters.items())
        ],
    )


class RegionController(Controller):
    path = "/regions"
    tags = ["regions"]
    guards = [ANY_ROLE]

    @get("/", summary="Enabled regions")
    async def list_regions(
        self, request: Request[Any, Any, Any], catalog: NamedDependency[Catalog]
    ) -> list[RegionSummary]:
        user = current_user(request)
        return [
            summary(rc)
            for code, rc in sorted(catalog.regions.items())
            if user.role not in REGION_ROLES or code == user.region
        ]

    @get("/{code:str}", summary="A region's stages, rules, training and forms")
    async def get_region(self, region: NamedDependency[RegionCatalog]) -> RegionDetail:
        return detail(region)

    @get("/{code:str}/forms/{form_id:str}", summary="A form's JSON Schema (2020-12)")
    async def get_form(
        self, region: NamedDependency[RegionCatalog], form_id: FromPath[str]
    ) -> dict[str, Any]:
        validator = region.forms.get(form_id)
        if validator is None:
            raise NotFound(
                f"formulir {form_id!r} tidak ada di wilayah {region.code}",
                errors=[("form_id", f"yang ada: {', '.join(sorted(region.forms))}")],
            )
        return dict(validator.spec.schema)
