"""Medan's own eligibility rules, the parameters they read, and its national override."""

from __future__ import annotations

from datetime import date

from mutasi_core import (
    Applicability,
    HasCompetencies,
    ManagerialExperienceAcrossSectors,
    MinPotentialScore,
    Parameter,
    ParameterOverride,
    PositionKind,
    Rule,
    TargetFlag,
)
from mutasi_medan import citations as c

EFFECTIVE = date(2024, 1, 1)
NATIONAL_SINCE = date(2017, 3, 30)  # PP 11/2017 in force: the national value until Medan's own

STRATEGIC_ONLY = Applicability(target_flags=frozenset({TargetFlag.STRATEGIC}))
PUBLIC_FACING_ONLY = Applicability(target_flags=frozenset({TargetFlag.PUBLIC_FACING}))
MANAGERIAL_ONLY = Applicability(
    position_kinds=frozenset(k for k in PositionKind if k.is_managerial)
)

#: The competency that the document names for posts serving the public directly.
COMMUNICATION = "komunikasi"


def parameters() -> list[Parameter]:
    return [
        Parameter(
            key="medan.min_potential_score",
            label="Nilai potensi minimal untuk jabatan strategis",
            unit="nilai 0-100",
            citation=c.POTENTIAL_STRATEGIC + ' ("pegawai yang memiliki potensi" dibaca: nilai '
            "potensi minimal 70 dari 100, batas bawah kelompok potensi tinggi)",
            values=((EFFECTIVE, 70),),
        ),
        Parameter(
            key="medan.min_managerial_months",
            label="Pengalaman manajerial minimal untuk pindah sektor",
            unit="bulan",
            citation=c.MANAGERIAL_EXPERIENCE + ' ("pengalaman manajerial yang kuat" dibaca: '
            "paling sedikit satu masa jabatan penuh, 2 tahun menurut PP 11/2017 Pasal 190 "
            "ayat (3), pada jabatan manajerial)",
            values=((EFFECTIVE, 24),),
        ),
    ]


def overrides() -> list[ParameterOverride]:
    return [
        ParameterOverride(
            key="max_months_in_position",
            values=((NATIONAL_SINCE, 60), (EFFECTIVE, 48)),
            citation=c.BURNOUT + " (rotasi untuk mencegah kejenuhan: paling lama 4 tahun pada "
            "satu jabatan, bukan 5 tahun menurut PP 11/2017 Pasal 190 ayat (3))",
        ),
    ]


def rules() -> list[Rule]:
    return [
        Rule(
            id="medan.potensi_jabatan_strategis",
            label="Memiliki potensi untuk jabatan strategis",
            citation=c.POTENTIAL_STRATEGIC,
            condition=MinPotentialScore("medan.min_potential_score"),
            applies=STRATEGIC_ONLY,
            description="Hanya pegawai yang teridentifikasi memiliki potensi (nilai potensi "
            "minimal 70) yang dipindahkan ke jabatan strategis.",
        ),
        Rule(
            id="medan.komunikasi_layanan_publik",
            label="Kemampuan komunikasi untuk jabatan pelayanan langsung kepada masyarakat",
            citation=c.COMMUNICATION_PUBLIC,
            condition=HasCompetencies(frozenset({COMMUNICATION})),
            applies=PUBLIC_FACING_ONLY,
            description="Jabatan yang berhubungan langsung dengan masyarakat diisi pegawai yang "
            "tercatat memiliki kompetensi komunikasi.",
        ),
        Rule(
            id="medan.pengalaman_manajerial_lintas_sektor",
            label="Pengalaman manajerial yang kuat untuk pindah sektor",
            citation=c.CROSS_SECTOR_CASE + "; " + c.MANAGERIAL_EXPERIENCE,
            condition=ManagerialExperienceAcrossSectors("medan.min_managerial_months"),
            applies=MANAGERIAL_ONLY,
            description="Pejabat manajerial boleh pindah ke sektor lain (misalnya dari pendidikan "
            "ke kesehatan) bila pengalaman manajerialnya paling sedikit 2 tahun.",
        ),
        Rule(
            id="medan.penempatan_tepat",
            label="Kompetensi sesuai persyaratan jabatan tujuan",
            citation=c.RIGHT_PLACEMENT + "; " + c.COMPETENCE_SERVICE,
            condition=HasCompetencies(),
            description="Penempatan yang tepat: pegawai memiliki setiap kompetensi yang "
            "disyaratkan jabatan tujuan.",
        ),
    ]
