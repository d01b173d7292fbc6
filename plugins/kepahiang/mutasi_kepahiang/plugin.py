"""Entry point of the Kepahiang plugin: the hook implementations.

Registered as ``kepahiang`` in the ``mutasi`` entry-point group (see ``pyproject.toml``).
"""

from __future__ import annotations

from mutasi_core import (
    FormSpec,
    Level,
    Parameter,
    Region,
    Rule,
    Stage,
    TrainingRequirement,
    hookimpl,
)
from mutasi_kepahiang import eligibility, forms, stages, training


@hookimpl
def mutasi_region() -> Region:
    return Region(
        code="kepahiang",
        name="Kabupaten Kepahiang",
        level=Level.KABUPATEN,
        area_code="1708",
        parent_province="Bengkulu",
    )


@hookimpl
def mutasi_stages() -> list[Stage]:
    return stages.stages()


@hookimpl
def mutasi_rules() -> list[Rule]:
    return eligibility.rules()


@hookimpl
def mutasi_parameters() -> list[Parameter]:
    return eligibility.parameters()


@hookimpl
def mutasi_training_requirements() -> list[TrainingRequirement]:
    return training.requirements()


@hookimpl
def mutasi_forms() -> list[FormSpec]:
    return forms.forms()
