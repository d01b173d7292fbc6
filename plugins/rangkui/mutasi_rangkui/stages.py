"""Rangkui's stages, in the order of its document."""

from __future__ import annotations

from mutasi_core import DecisionTaken, EligibilityHolds, FormSubmitted, Phase, Stage
from mutasi_rangkui import citations as c


def stages() -> list[Stage]:
    return [
        Stage(
            key="analisis_kebutuhan",
            label="Analisis kebutuhan organisasi",
            phase=Phase.NEEDS_ANALYSIS,
            gates=(FormSubmitted("analisis_kebutuhan_organisasi"),),
            citation=c.NEEDS_ANALYSIS,
        ),
        Stage(
            key="evaluasi_kinerja",
            label="Evaluasi kinerja (pengalaman, pendidikan, dan keahlian)",
            phase=Phase.PERFORMANCE_REVIEW,
            gates=(FormSubmitted("evaluasi_kinerja"),),
            citation=c.EVALUATION,
        ),
        Stage(
            key="penetapan",
            label="Penetapan ASN yang akan dimutasi",
            phase=Phase.DECISION,
            gates=(
                EligibilityHolds(),
                DecisionTaken("tim_penilai_kinerja", "Tim Penilai Kinerja (Baperjakat)"),
                DecisionTaken("ppk", "Pejabat Pembina Kepegawaian (Gubernur)"),
            ),
            next=("sosialisasi", "rejected"),
            returns_to=("analisis_kebutuhan", "evaluasi_kinerja"),
            citation=c.SOCIALISATION + "; " + c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="sosialisasi",
            label="Sosialisasi alasan dan tujuan mutasi",
            phase=Phase.SOCIALISATION,
            gates=(FormSubmitted("tanda_terima_sosialisasi"),),
            returns_to=("penetapan",),
            description="Keberatan pegawai dapat mengembalikan kasus ke tahap penetapan untuk "
            "dipertimbangkan ulang.",
            citation=c.SOCIALISATION + "; " + c.TRANSPARENCY,
        ),
        Stage(
            key="pelaksanaan_mutasi",
            label="Pelaksanaan mutasi",
            phase=Phase.PLACEMENT,
            gates=(EligibilityHolds(),),
            returns_to=("penetapan",),
            description="Syarat mutasi diperiksa ulang pada tanggal pelaksanaan.",
            citation=c.AFTER_MOVE,
        ),
        Stage(
            key="monitoring_evaluasi",
            label="Monitoring dan evaluasi adaptasi",
            phase=Phase.POST_EVALUATION,
            gates=(
                FormSubmitted("pemantauan_adaptasi"),
                FormSubmitted("evaluasi_ketercapaian_tujuan"),
            ),
            citation=c.MONITORING + "; " + c.GOAL_EVALUATION,
        ),
    ]
