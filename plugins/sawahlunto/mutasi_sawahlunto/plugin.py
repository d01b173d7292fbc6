"""Entry point of the Sawahlunto plugin: the hook implementations.

Registered as ``sawahlunto`` in the ``mutasi`` entry-point group (see ``pyproject.toml``).
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
from mutasi_sawahlunto import eligibility, forms, stages, training


@hookimpl
def mutasi_region() -> Region:
    return Region(
        code="sawahlunto",
        name="Kota Sawahlunto",
        level=Level.KOTA,
        area_code="1373",
        parent_province="Sumatera Barat",
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
