"""Entry point of the Jambi plugin: the hook implementations.

Registered as ``jambi`` in the ``mutasi`` entry-point group (see ``pyproject.toml``).
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
from mutasi_jambi import eligibility, forms, stages, training


@hookimpl
def mutasi_region() -> Region:
    return Region(
        code="jambi",
        name="Kota Jambi",
        level=Level.KOTA,
        area_code="1571",
        parent_province="Jambi",
        note='Dokumen hanya menyebut "di Jambi" tanpa tingkat pemerintahan.  Plugin ini '
        "membacanya sebagai Kota Jambi (1571, di Provinsi Jambi 15): wilayah yang dicatat proyek "
        "untuk dokumen ini, dan dokumen berbicara tentang dinas-dinas pelayanan publik satu "
        "pemerintah daerah.  Plugin untuk Provinsi Jambi kelak memakai kode provinsi-jambi.",
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
