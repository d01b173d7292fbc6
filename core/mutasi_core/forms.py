"""Evaluation forms: a JSON Schema (draft 2020-12), who fills it in, and how it is scored.

Labels and questions are in Bahasa Indonesia, as the regions write them.  A form's schema is
checked when the plugin loads; one validator per form is built once and reused.  Answers are
reported field by field with the JSON path of each fault.  Scored forms give 0-100: a
five-point scale maps linearly (1 → 0, 5 → 100) unless the form says otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

import attrs
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from mutasi_core.vocabulary import Addressee, FormKind


@attrs.frozen(kw_only=True)
class LikertScoring:
    """Score = weighted mean of ``items`` mapped linearly from ``low..high`` to 0..100.

    ``items`` are top-level answer fields holding numbers.  ``weights`` (same length as
    ``items``) default to equal weights.  Items missing from the answers are left out of the
    mean; if none is present the score is ``None``.
    """

    items: tuple[str, ...]
    low: float = 1
    high: float = 5
    weights: tuple[float, ...] | None = None

    def score(self, answers: Mapping[str, Any]) -> float | None:
        weights = self.weights or (1.0,) * len(self.items)
        total = weight_sum = 0.0
        for item, weight in zip(self.items, weights, strict=True):
            value = answers.get(item)
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            total += weight * (float(value) - self.low) / (self.high - self.low) * 100.0
            weight_sum += weight
        if weight_sum == 0:
            return None
        return round(total / weight_sum, 2)


@attrs.frozen(kw_only=True)
class FieldError:
    """One fault in a submission: the JSON path of the field and what is wrong."""

    path: str
    message: str


@attrs.frozen(kw_only=True)
class FormSpec:
    """A region's form.

    ``id`` is unique within the region; ``kind`` maps it onto the common vocabulary;
    ``addressee`` says who fills it in; ``schema`` is a JSON Schema 2020-12 object whose
    ``examples`` holds at least one valid sample; ``scoring`` is ``None`` for unscored forms;
    ``adaptation_items`` names the answers that feed the common adaptation indicator;
    ``objection_item`` names the answer by which the employee objects (*keberatan*): an
    objection is recorded when its value is one of ``objection_values`` (default ``true``); it
    feeds the common resistance indicator.
    """

    id: str
    kind: FormKind
    title: str
    addressee: Addressee
    schema: Mapping[str, Any]
    citation: str
    scoring: LikertScoring | None = None
    adaptation_items: tuple[str, ...] = ()
    objection_item: str | None = None
    objection_values: tuple[Any, ...] = (True,)
    description: str | None = None

    def objects(self, answers: Mapping[str, Any]) -> bool:
        """Whether these answers record an objection."""
        if self.objection_item is None or self.objection_item not in answers:
            return False
        value = answers[self.objection_item]
        return any(value == v and type(value) is type(v) for v in self.objection_values)

    def examples(self) -> list[dict[str, Any]]:
        return list(self.schema.get("examples", []))


class FormValidator:
    """A form with its compiled validator; built once per form at load time."""

    def __init__(self, spec: FormSpec) -> None:
        Draft202012Validator.check_schema(spec.schema)
        self.spec = spec
        self._validator = Draft202012Validator(
            spec.schema, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    def errors(self, answers: Any) -> list[FieldError]:
        """Every fault in ``answers`` with its JSON path (``$`` for the whole object)."""
        found = sorted(self._validator.iter_errors(answers), key=lambda e: list(map(str, e.path)))
        return [FieldError(path=e.json_path, message=e.message) for e in found]

    def score(self, answers: Mapping[str, Any]) -> float | None:
        return self.spec.scoring.score(answers) if self.spec.scoring else None


def schema_problems(schema: Mapping[str, Any]) -> str | None:
    """``None`` when ``schema`` is a valid JSON Schema 2020-12, else what is wrong."""
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        return f"{exc.message} (at {'/'.join(map(str, exc.path)) or 'root'})"
    return None


def load_schema(package: str, filename: str) -> dict[str, Any]:
    """Read a JSON Schema shipped as package data (``forms/<filename>`` of ``package``)."""
    text = resources.files(package).joinpath("forms", filename).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"{package}/forms/{filename}: a form schema must be a JSON object")
    return data
