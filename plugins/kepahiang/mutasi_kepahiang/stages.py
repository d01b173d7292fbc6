"""Kepahiang's stages, in the order of its document."""

from __future__ import annotations

from mutasi_core import DecisionTaken, EligibilityHolds, FormSubmitted, Phase, Stage
from mutasi_kepahiang import citations as c

#: Minimal score (0-100) of each input form: the midpoint of the 1-5 scale ("cukup", 3).
MIN_INPUT_SCORE = 50


def stages() -> list[Stage]:
    return [
        Stage(
            key="penilaian_kinerja_individu",
            label="Penilaian kinerja individu",
            phase=Phase.PERFORMANCE_REVIEW,
            gates=(EligibilityHolds(),),
            citation=c.PERFORMANCE_MAIN_FACTOR,
        ),
        Stage(
            key="masukan_atasan_rekan_sejawat",
            label="Masukan dari atasan dan rekan sejawat",
            phase=Phase.ASSESSMENT,
            gates=(
                FormSubmitted("masukan_atasan", min_score=MIN_INPUT_SCORE),
                FormSubmitted("masukan_rekan_sejawat", min_score=MIN_INPUT_SCORE),
            ),
            citation=c.SUPERIOR_AND_PEER_INPUT,
        ),
        Stage(
            key="keputusan_mutasi",
            label="Pengambilan keputusan mutasi",
            phase=Phase.DECISION,
            gates=(
                EligibilityHolds(),
                DecisionTaken("tim_penilai_kinerja", "Tim Penilai Kinerja (Baperjakat)"),
                DecisionTaken("ppk", "Pejabat Pembina Kepegawaian (Bupati Kepahiang)"),
            ),
            next=("sosialisasi", "rejected"),
            returns_to=("penilaian_kinerja_individu", "masukan_atasan_rekan_sejawat"),
            deadline_working_days=15,
            citation=c.SUPERIOR_AND_PEER_INPUT + "; " + c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="sosialisasi",
            label="Sosialisasi manfaat mutasi",
            phase=Phase.SOCIALISATION,
            gates=(FormSubmitted("tanda_terima_sosialisasi"),),
            citation=c.SOCIALISATION_AND_SUPPORT + "; " + c.RESISTANCE,
        ),
        Stage(
            key="pemindahan",
            label="Pemindahan ke posisi baru",
            phase=Phase.PLACEMENT,
            citation=c.MOVED,
        ),
        Stage(
            key="dukungan_penyesuaian",
            label="Dukungan penyesuaian dengan posisi baru",
            phase=Phase.ONBOARDING,
            citation=c.SOCIALISATION_AND_SUPPORT,
        ),
        Stage(
            key="evaluasi_dampak",
            label="Evaluasi dampak terhadap kinerja",
            phase=Phase.POST_EVALUATION,
            gates=(FormSubmitted("evaluasi_dampak_kinerja"),),
            citation=c.MOVED + "; " + c.EVALUATE_IMPACT,
        ),
    ]
