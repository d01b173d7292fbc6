"""Entry point of the Medan plugin: the hook implementations.

Registered as ``medan`` in the ``mutasi`` entry-point group (see ``pyproject.toml``).
"""

from __future__ import annotations

from mutasi_core import (
    FormSpec,
    Level,
    Parameter,
    ParameterOverride,
    Region,
    Rule,
    Stage,
    TrainingRequirement,
    hookimpl,
)
from mutasi_medan import eligibility, forms, stages, training


@hookimpl
def mutasi_region() -> Region:
    return Region(
        code="medan",
        name="Kota Medan",
        level=Level.KOTA,
        area_code="1271",
        parent_province="Sumatera Utara",
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
def mutasi_parameter_overrides() -> list[ParameterOverride]:
    return eligibility.overrides()


@hookimpl
def mutasi_training_requirements() -> list[TrainingRequirement]:
    return training.requirements()


@hookimpl
def mutasi_forms() -> list[FormSpec]:
    return forms.forms()
