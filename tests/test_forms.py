"""Every form of every installed region accepts its own sample and rejects invalid answers
with the JSON path of the fault; scored forms give 0-100."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mutasi_core import load_catalog
from mutasi_core.forms import FormValidator, LikertScoring

CATALOG = load_catalog()
FORMS = [
    pytest.param(v, id=f"{code}/{form_id}")
    for code, region in sorted(CATALOG.regions.items())
    for form_id, v in region.forms.items()
]


@pytest.mark.parametrize("form", FORMS)
def test_form_accepts_its_sample(form: FormValidator):
    for sample in form.spec.examples():
        assert form.errors(sample) == []


def _invalid_variants(form: FormValidator) -> list[tuple[dict[str, Any], str]]:
    sample = form.spec.examples()[0]
    schema = form.spec.schema
    variants = []
    for name in schema.get("required", []):
        broken = {k: v for k, v in sample.items() if k != name}
        variants.append((broken, "$"))
    for name, prop in schema.get("properties", {}).items():
        if name in sample:
            broken = copy.deepcopy(sample)
            broken[name] = {"bukan": "nilai yang sah"}  # an object where no field takes one
            if prop.get("type") != "object":
                variants.append((broken, f"$.{name}"))
    return variants


@pytest.mark.parametrize("form", FORMS)
def test_form_rejects_invalid_answers_with_the_json_path(form: FormValidator):
    variants = _invalid_variants(form)
    assert variants, "a form must have at least one required or typed field"
    for answers, path in variants:
        errors = form.errors(answers)
        assert errors, answers
        assert path in [e.path for e in errors]


@pytest.mark.parametrize("form", [p for p in FORMS if p.values[0].spec.scoring is not None])
def test_scored_form_scores_its_sample_between_0_and_100(form: FormValidator):
    score = form.score(form.spec.examples()[0])
    assert score is not None
    assert 0 <= score <= 100


def test_five_point_scale_maps_linearly_to_0_100():
    scoring = LikertScoring(items=("a", "b"))
    assert scoring.score({"a": 1, "b": 1}) == 0
    assert scoring.score({"a": 5, "b": 5}) == 100
    assert scoring.score({"a": 3, "b": 4}) == 62.5
    assert scoring.score({"a": 5}) == 100
    assert scoring.score({}) is None
    assert LikertScoring(items=("a", "b"), weights=(3, 1)).score({"a": 5, "b": 1}) == 75
