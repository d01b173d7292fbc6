"""Entry point of the Rangkui plugin: the hook implementations.

Registered as ``rangkui`` in the ``mutasi`` entry-point group (see ``pyproject.toml``).
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
from mutasi_rangkui import eligibility, forms, stages, training


@hookimpl
def mutasi_region() -> Region:
    return Region(
        code="rangkui",
        name="Provinsi Rangkui",
        level=Level.PROVINCE,
        area_code=None,
        note="Nama provinsi 'Rangkui' tidak ditemukan dalam daftar kode wilayah Kemendagri; "
        "karena itu kode wilayah (area_code) dikosongkan.",
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
