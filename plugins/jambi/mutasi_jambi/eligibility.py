"""Jambi's own eligibility rules (they read no parameter of their own)."""

from __future__ import annotations

from mutasi_core import (
    Applicability,
    HasCompetencies,
    Parameter,
    Rule,
    TargetFlag,
    TargetHasShortage,
)
from mutasi_jambi import citations as c

#: "keterampilan komunikasi dan pelayanan yang baik": both, as competencies on record.
PUBLIC_SERVICE_SKILLS = frozenset({"komunikasi", "pelayanan"})
PUBLIC_FACING_ONLY = Applicability(target_flags=frozenset({TargetFlag.PUBLIC_FACING}))


def parameters() -> list[Parameter]:
    """None: each rule's demand comes from the target's own record (competencies, ABK)."""
    return []


def rules() -> list[Rule]:
    return [
        Rule(
            id="jambi.kompetensi_sesuai_kebutuhan",
            label="Kompetensi sesuai kebutuhan dinas tujuan",
            citation=c.IT_EXPERTISE + "; " + c.PLACEMENT_FIT,
            condition=HasCompetencies(),
            description="Pegawai memiliki setiap kompetensi yang disyaratkan jabatan tujuan "
            "(misalnya teknologi_informasi untuk dinas yang membangun sistem informasi).  "
            "Bidang pendidikan dan sektor asal sengaja tidak dibatasi: dokumen menyambut "
            "pindah bidang (keuangan → pengembangan masyarakat).",
        ),
        Rule(
            id="jambi.komunikasi_pelayanan_publik",
            label="Keterampilan komunikasi dan pelayanan untuk jabatan pelayanan publik",
            citation=c.SERVICE_LOAD,
            condition=HasCompetencies(PUBLIC_SERVICE_SKILLS),
            applies=PUBLIC_FACING_ONLY,
            description="Jabatan pelayanan langsung kepada masyarakat: pegawai memiliki "
            "kompetensi komunikasi dan pelayanan.",
        ),
        Rule(
            id="jambi.kebutuhan_dinas_abk",
            label="Dinas tujuan kekurangan pegawai menurut ABK",
            citation=c.DATA_COLLECTION + "; " + c.OPTIMAL_SPREAD,
            condition=TargetHasShortage(),
            description="Rencana mutasi untuk penyebaran SDM yang optimal hanya menempatkan "
            "pegawai pada unit yang menurut analisis beban kerja masih kekurangan pegawai.",
        ),
    ]
