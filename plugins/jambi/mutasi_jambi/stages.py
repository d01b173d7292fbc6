"""Jambi's stages, in the order of its document."""

from __future__ import annotations

from mutasi_core import DecisionTaken, EligibilityHolds, FormSubmitted, Phase, Stage
from mutasi_jambi import citations as c

DECISION = "pertimbangan_rencana"
IMPLEMENTATION = "implementasi"


def stages() -> list[Stage]:
    return [
        Stage(
            key="analisis_kebutuhan",
            label="Analisis kebutuhan SDM setiap instansi",
            phase=Phase.NEEDS_ANALYSIS,
            gates=(FormSubmitted("analisis_kebutuhan_sdm"),),
            citation=c.NEEDS_ANALYSIS + "; " + c.DATA_COLLECTION,
        ),
        Stage(
            key="forum_aspirasi",
            label="Partisipasi ASN: forum komunikasi dan aspirasi",
            phase=Phase.CONSULTATION,
            gates=(FormSubmitted("aspirasi_asn"),),
            citation=c.PARTICIPATION + "; " + c.FORUM,
        ),
        Stage(
            key="penyusunan_rencana",
            label="Penyusunan rencana mutasi untuk penyebaran SDM yang optimal",
            phase=Phase.PLANNING,
            gates=(EligibilityHolds(),),
            citation=c.OPTIMAL_SPREAD + "; " + c.PLACEMENT_FIT,
        ),
        Stage(
            key=DECISION,
            label="Pertimbangan rencana mutasi oleh Tim Penilai Kinerja",
            phase=Phase.DECISION,
            gates=(
                EligibilityHolds(),
                DecisionTaken("tim_penilai_kinerja", "Tim Penilai Kinerja (Baperjakat)"),
            ),
            next=("penjelasan_manfaat", "rejected"),
            returns_to=("penyusunan_rencana", "forum_aspirasi"),
            deadline_working_days=15,
            citation=c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="penjelasan_manfaat",
            label="Penjelasan manfaat mutasi bagi karier dan pengembangan kompetensi",
            phase=Phase.SOCIALISATION,
            gates=(FormSubmitted("tanda_terima_penjelasan_manfaat"),),
            citation=c.EXPLAIN_BENEFITS,
        ),
        Stage(
            key=IMPLEMENTATION,
            label="Implementasi rencana mutasi",
            phase=Phase.PLACEMENT,
            gates=(DecisionTaken("ppk", "Pejabat Pembina Kepegawaian (Wali Kota Jambi)"),),
            citation=c.IMPLEMENTATION + "; " + c.TEAM_ASSESSMENT,
        ),
    ]
