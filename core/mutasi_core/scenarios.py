"""Scenario files: rule tests that HR staff can read and write (YAML, as OpenFisca's tests).

A file names a region, optional ``defaults`` and a list of ``scenarios``.  Each scenario gives an
employee, a target, an as-of date (and kind of mutasi, initiator) and the expected outcome of
some rules, optionally with a piece of the reason::

    region: medan
    defaults:
      as_of: 2025-06-02
      employee: {nip: "198503122010011001", name: Rina, ...}
      target: {id: v-1, region: medan, unit: Dinas Kesehatan, ...}
    scenarios:
      - name: Pegawai tanpa kemampuan komunikasi ke jabatan pelayanan publik
        employee: {competencies: [kepemimpinan]}
        target: {flags: [public_facing]}
        expect:
          medan.komunikasi_layanan_publik: tidak memenuhi
          nasional.masa_jabatan_minimum:
            outcome: memenuhi
            reason: minimum 2 tahun

A scenario's ``employee`` and ``target`` are merged into the defaults (nested mappings merge,
everything else replaces).  Outcomes may be written in Bahasa Indonesia (``memenuhi``, ``tidak
memenuhi``, ``tidak dapat ditentukan``, ``tidak berlaku``) or as codes (``eligible`` ...).
Files are checked against :data:`SCHEMA` first, so a misspelt key is named, not ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import yaml
from jsonschema import Draft202012Validator

from mutasi_core.catalog import Catalog
from mutasi_core.conditions import OUTCOME_LABELS, Outcome
from mutasi_core.converter import InputError, structure
from mutasi_core.entities import Employee, Initiator, MutationKind, Vacancy

OUTCOME_WORDS: dict[str, Outcome] = {
    **{o.value: o for o in Outcome},
    **{label: o for o, label in OUTCOME_LABELS.items()},
}

_EXPECTATION = {
    "oneOf": [
        {"type": "string", "enum": sorted(OUTCOME_WORDS)},
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["outcome"],
            "properties": {
                "outcome": {"type": "string", "enum": sorted(OUTCOME_WORDS)},
                "reason": {"type": "string", "minLength": 1},
            },
        },
    ]
}
_CASE_FIELDS = {
    "as_of": {"type": "string", "format": "date"},
    "kind": {"type": "string", "enum": [k.value for k in MutationKind]},
    "initiator": {"type": "string", "enum": [i.value for i in Initiator]},
    "employee": {"type": "object"},
    "target": {"type": "object"},
    "waivers": {"type": "array", "items": {"type": "string"}},
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["region", "scenarios"],
    "properties": {
        "region": {"type": "string", "minLength": 1},
        "description": {"type": "string"},
        "defaults": {"type": "object", "additionalProperties": False, "properties": _CASE_FIELDS},
        "scenarios": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "expect"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "description": {"type": "string"},
                    **_CASE_FIELDS,
                    "expect": {
                        "type": "object",
                        "minProperties": 1,
                        "additionalProperties": _EXPECTATION,
                    },
                },
            },
        },
    },
}
_VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


class ScenarioError(ValueError):
    """A scenario file that cannot be read; ``problems`` are ``(where, message)`` pairs."""

    def __init__(self, path: Path, problems: list[tuple[str, str]]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(f"{w}: {m}" for w, m in problems))


@attrs.frozen(kw_only=True)
class Expectation:
    rule_id: str
    outcome: Outcome
    reason: str | None = None


@attrs.frozen(kw_only=True)
class Scenario:
    path: Path
    name: str
    region: str
    as_of: date
    kind: MutationKind
    initiator: Initiator
    employee: Employee
    target: Vacancy
    waivers: frozenset[str]
    expect: tuple[Expectation, ...]


@attrs.frozen(kw_only=True)
class Mismatch:
    """One expectation that did not hold, said in plain words."""

    scenario: Scenario
    rule_id: str
    expected: str
    actual: str
    reason: str

    def describe(self) -> str:
        return (
            f"{self.scenario.path} › {self.scenario.name} › aturan {self.rule_id}: "
            f"diharapkan {self.expected}, hasilnya {self.actual} (alasan: {self.reason})"
        )


@attrs.frozen(kw_only=True)
class RunResult:
    scenarios: int
    expectations: int
    mismatches: tuple[Mismatch, ...]

    @property
    def ok(self) -> bool:
        return not self.mismatches


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` merged into ``base``: nested mappings merge, everything else replaces."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def load_file(path: Path) -> list[Scenario]:
    """Read and check one scenario file; :class:`ScenarioError` names every problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ScenarioError(path, [("yaml", str(exc))]) from None
    data = _plain(raw)
    errors = sorted(_VALIDATOR.iter_errors(data), key=lambda e: list(map(str, e.path)))
    if errors:
        raise ScenarioError(path, [(e.json_path, e.message) for e in errors])
    defaults = data.get("defaults", {})
    scenarios, problems = [], []
    for i, item in enumerate(data["scenarios"]):
        case = merge(defaults, item)
        where = f"$.scenarios[{i}] ({item['name']})"
        missing = [k for k in ("as_of", "employee", "target") if k not in case]
        if missing:
            problems.append((where, f"tidak ada {', '.join(missing)} (di skenario atau defaults)"))
            continue
        try:
            employee = structure(case["employee"], Employee)
            target = structure(case["target"], Vacancy)
        except InputError as exc:
            problems.extend((f"{where}.{'employee/target'}", f"{p}: {m}") for p, m in exc.errors)
            continue
        expect = []
        for rule_id, spec in item["expect"].items():
            if isinstance(spec, str):
                expect.append(Expectation(rule_id=rule_id, outcome=OUTCOME_WORDS[spec]))
            else:
                expect.append(
                    Expectation(
                        rule_id=rule_id,
                        outcome=OUTCOME_WORDS[spec["outcome"]],
                        reason=spec.get("reason"),
                    )
                )
        scenarios.append(
            Scenario(
                path=path,
                name=item["name"],
                region=data["region"],
                as_of=date.fromisoformat(case["as_of"]),
                kind=MutationKind(case.get("kind", MutationKind.WITHIN_AGENCY.value)),
                initiator=Initiator(case.get("initiator", Initiator.AGENCY.value)),
                employee=employee,
                target=target,
                waivers=frozenset(case.get("waivers", ())),
                expect=tuple(expect),
            )
        )
    if problems:
        raise ScenarioError(path, problems)
    return scenarios


def find_files(paths: Iterable[Path]) -> list[Path]:
    """Scenario files: given files, and every ``*.yaml``/``*.yml`` under a ``scenarios`` folder."""
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
            continue
        for candidate in sorted(path.rglob("*.y*ml")):
            hidden = any(
                part.startswith(".") or part.endswith(".egg-info") for part in candidate.parts
            )
            if (
                "scenarios" in candidate.parts
                and candidate.suffix in (".yaml", ".yml")
                and not hidden
            ):
                found.append(candidate)
    return found


def run(catalog: Catalog, scenarios: Iterable[Scenario]) -> RunResult:
    """Evaluate each scenario and compare every expectation."""
    mismatches: list[Mismatch] = []
    count = expectations = 0
    for sc in scenarios:
        count += 1
        region = catalog.region(sc.region)
        report = region.evaluate(
            sc.employee,
            sc.target,
            as_of=sc.as_of,
            kind=sc.kind,
            initiator=sc.initiator,
            waivers=sc.waivers,
        )
        by_rule = {o.rule_id: o for o in report.outcomes}
        for exp in sc.expect:
            expectations += 1
            got = by_rule.get(exp.rule_id)
            if got is None:
                mismatches.append(
                    Mismatch(
                        scenario=sc,
                        rule_id=exp.rule_id,
                        expected=exp.outcome.label,
                        actual="aturan tidak ada",
                        reason=f"wilayah {sc.region} tidak memiliki aturan ini",
                    )
                )
            elif got.outcome is not exp.outcome or (exp.reason and exp.reason not in got.reason):
                expected = exp.outcome.label + (
                    f" dengan alasan memuat '{exp.reason}'" if exp.reason else ""
                )
                mismatches.append(
                    Mismatch(
                        scenario=sc,
                        rule_id=exp.rule_id,
                        expected=expected,
                        actual=got.outcome.label,
                        reason=got.reason,
                    )
                )
    return RunResult(scenarios=count, expectations=expectations, mismatches=tuple(mismatches))


def coverage(scenarios: Iterable[Scenario]) -> dict[str, set[Outcome]]:
    """For each rule id, the outcomes some scenario expects of it."""
    seen: dict[str, set[Outcome]] = {}
    for sc in scenarios:
        for exp in sc.expect:
            seen.setdefault(exp.rule_id, set()).add(exp.outcome)
    return seen
