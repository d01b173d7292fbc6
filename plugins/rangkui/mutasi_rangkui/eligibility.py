"""Rangkui's own eligibility rules and the parameters they read."""

from __future__ import annotations

from datetime import date

from mutasi_core import (
    EducationFitsTarget,
    HasCompetencies,
    MinServiceMonths,
    Parameter,
    Rule,
    Severity,
    TargetHasShortage,
)
from mutasi_rangkui import citations as c

EFFECTIVE = date(2024, 1, 1)


def parameters() -> list[Parameter]:
    return [
        Parameter(
            key="rangkui.min_experience_months",
            label="Pengalaman kerja (masa kerja sejak TMT CPNS) yang diperhitungkan",
            unit="bulan",
            citation=c.EVALUATION + ' ("pengalaman" dibaca: masa kerja minimal 5 tahun, yaitu '
            "satu masa tugas penuh menurut " + c.TOUR_OF_DUTY + ")",
            values=((EFFECTIVE, 60),),
        ),
    ]


def rules() -> list[Rule]:
    return [
        Rule(
            id="rangkui.kesesuaian_pendidikan",
            label="Latar belakang pendidikan sesuai jabatan tujuan",
            citation=c.QUALIFICATION_FIT + "; " + c.TEACHER_SHORTAGE,
            condition=EducationFitsTarget(),
            description="Bidang pendidikan pegawai harus termasuk bidang yang diterima jabatan "
            "tujuan (misalnya pendidikan untuk guru di sekolah yang kekurangan tenaga pengajar).",
        ),
        Rule(
            id="rangkui.kesesuaian_kompetensi",
            label="Kompetensi sesuai persyaratan jabatan tujuan",
            citation=c.QUALIFICATION_FIT,
            condition=HasCompetencies(),
            description="Pegawai harus memiliki setiap kompetensi (keahlian) yang disyaratkan "
            "jabatan tujuan.",
        ),
        Rule(
            id="rangkui.kebutuhan_organisasi",
            label="Unit tujuan kekurangan pegawai menurut analisis kebutuhan (ABK)",
            citation=c.NEEDS_ANALYSIS + "; " + c.TEACHER_SHORTAGE,
            condition=TargetHasShortage(),
            description="Mutasi berawal dari analisis kebutuhan organisasi: unit tujuan harus "
            "tercatat kekurangan pegawai menurut ANJAB/ABK.",
        ),
        Rule(
            id="rangkui.pengalaman_kerja",
            label="Pengalaman kerja minimal 5 tahun (dipertimbangkan)",
            citation=c.EVALUATION,
            condition=MinServiceMonths("rangkui.min_experience_months"),
            severity=Severity.SCORING,
            description="Pengalaman hanya dipertimbangkan dalam evaluasi: masuk ke nilai, "
            "tidak menghalangi mutasi.",
        ),
    ]
