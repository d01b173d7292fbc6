"""Kepahiang's own eligibility rules and the parameters they read."""

from __future__ import annotations

from datetime import date

from mutasi_core import (
    Applicability,
    AppraisalInRecentYears,
    EducationFitsTarget,
    HasCompetencies,
    Parameter,
    Rule,
    TargetFlag,
)
from mutasi_kepahiang import citations as c

EFFECTIVE = date(2024, 1, 1)
STRATEGIC_ONLY = Applicability(target_flags=frozenset({TargetFlag.STRATEGIC}))


def parameters() -> list[Parameter]:
    return [
        Parameter(
            key="kepahiang.min_predicate_strategic",
            label="Predikat kinerja minimal untuk jabatan strategis",
            unit="predikat",
            citation=c.STRATEGIC + ' ("kinerja baik" dibaca: predikat minimal Baik)',
            values=((EFFECTIVE, "Baik"),),
        ),
        Parameter(
            key="kepahiang.appraisal_years_strategic",
            label="Jumlah tahun terakhir yang dinilai untuk jabatan strategis",
            unit="tahun",
            citation=c.PERFORMANCE_MAIN_FACTOR
            + ' ("faktor utama" dan "menunjukkan kinerja baik" dibaca: kinerja baik yang '
            "terbukti 3 tahun berturut-turut, satu tahun lebih panjang dari syarat nasional)",
            values=((EFFECTIVE, 3),),
        ),
    ]


def rules() -> list[Rule]:
    return [
        Rule(
            id="kepahiang.kesesuaian_pendidikan",
            label="Latar belakang pendidikan sesuai posisi tujuan",
            citation=c.EDUCATION_FIT,
            condition=EducationFitsTarget(),
            description="Bidang pendidikan pegawai harus termasuk bidang yang diterima posisi "
            "tujuan (misalnya keuangan untuk pengelolaan anggaran).",
        ),
        Rule(
            id="kepahiang.kesesuaian_kompetensi",
            label="Kompetensi sesuai posisi tujuan",
            citation=c.PURPOSE + "; " + c.SKILL_FIT,
            condition=HasCompetencies(),
            description="Pegawai memiliki setiap kompetensi yang disyaratkan posisi tujuan: "
            "tujuan program adalah posisi yang lebih sesuai dengan kompetensi dan keahlian.",
        ),
        Rule(
            id="kepahiang.kinerja_jabatan_strategis",
            label="Kinerja baik 3 tahun terakhir untuk posisi strategis",
            citation=c.STRATEGIC + "; " + c.PERFORMANCE_MAIN_FACTOR,
            condition=AppraisalInRecentYears(
                "kepahiang.min_predicate_strategic", "kepahiang.appraisal_years_strategic"
            ),
            applies=STRATEGIC_ONLY,
            description="Posisi strategis hanya untuk ASN yang menunjukkan kinerja baik: "
            "predikat minimal Baik pada setiap 3 tahun terakhir.",
        ),
    ]
