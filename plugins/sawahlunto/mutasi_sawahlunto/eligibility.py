"""Sawahlunto's own eligibility rules and the parameters they read."""

from __future__ import annotations

from datetime import date

from mutasi_core import (
    Applicability,
    AppraisalRatingsMeet,
    EducationFitsTarget,
    LatestAppraisalAtLeast,
    MinPotentialScore,
    Parameter,
    Rating,
    Rule,
    Severity,
    TargetFlag,
)
from mutasi_sawahlunto import citations as c

EFFECTIVE = date(2024, 1, 1)
STRATEGIC_ONLY = Applicability(target_flags=frozenset({TargetFlag.STRATEGIC}))


def parameters() -> list[Parameter]:
    return [
        Parameter(
            key="sawahlunto.min_predicate_strategic",
            label="Predikat kinerja minimal untuk jabatan strategis",
            unit="predikat",
            citation=c.STRATEGIC + ' ("kinerja baik" dibaca: predikat minimal Baik)',
            values=((EFFECTIVE, "Baik"),),
        ),
        Parameter(
            key="sawahlunto.min_potential_score",
            label="Nilai potensi minimal untuk jabatan strategis",
            unit="nilai 0-100",
            citation=c.STRATEGIC + ' ("memiliki potensi untuk berkembang" dibaca: nilai potensi '
            "minimal 70 dari 100, batas bawah kotak potensi tinggi)",
            values=((EFFECTIVE, 70),),
        ),
    ]


def rules() -> list[Rule]:
    return [
        Rule(
            id="sawahlunto.kesesuaian_pendidikan",
            label="Bidang pendidikan sesuai jabatan tujuan",
            citation=c.EDUCATION_FIT,
            condition=EducationFitsTarget(),
            description="Bidang pendidikan pegawai harus termasuk bidang yang diterima jabatan "
            "tujuan (misalnya kesehatan untuk dinas kesehatan).",
        ),
        Rule(
            id="sawahlunto.kinerja_jabatan_strategis",
            label="Kinerja baik untuk jabatan strategis",
            citation=c.STRATEGIC,
            condition=LatestAppraisalAtLeast("sawahlunto.min_predicate_strategic"),
            applies=STRATEGIC_ONLY,
        ),
        Rule(
            id="sawahlunto.potensi_jabatan_strategis",
            label="Potensi berkembang untuk jabatan strategis",
            citation=c.STRATEGIC,
            condition=MinPotentialScore("sawahlunto.min_potential_score"),
            applies=STRATEGIC_ONLY,
        ),
        Rule(
            id="sawahlunto.indikator_kinerja_objektif",
            label="Hasil kerja dan perilaku kerja sesuai ekspektasi",
            citation=c.OBJECTIVE_INDICATORS,
            condition=AppraisalRatingsMeet(Rating.MEETS),
            severity=Severity.ADVISORY,
            description="Penilaian objektif berdasarkan indikator: kedua rating tahun lalu "
            "minimal sesuai ekspektasi.  Saran, karena predikat sudah diperiksa aturan nasional.",
        ),
    ]
