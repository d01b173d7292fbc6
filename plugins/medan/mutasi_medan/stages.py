"""Medan's stages, in the order of its document."""

from __future__ import annotations

from mutasi_core import DecisionTaken, EligibilityHolds, FormSubmitted, Phase, Stage
from mutasi_medan import citations as c


def stages() -> list[Stage]:
    return [
        Stage(
            key="penilaian_kinerja_berkala",
            label="Penilaian kinerja secara berkala",
            phase=Phase.PERFORMANCE_REVIEW,
            gates=(FormSubmitted("penilaian_kinerja_berkala"),),
            citation=c.PERIODIC_APPRAISAL,
        ),
        Stage(
            key="identifikasi_potensi",
            label="Identifikasi pegawai yang memiliki potensi dan pertimbangan Baperjakat",
            phase=Phase.DECISION,
            gates=(
                EligibilityHolds(),
                DecisionTaken("baperjakat", "Baperjakat (tim penilai kinerja)"),
            ),
            next=("sosialisasi", "rejected"),
            returns_to=("penilaian_kinerja_berkala",),
            deadline_working_days=15,
            citation=c.POTENTIAL_STRATEGIC + "; " + c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="sosialisasi",
            label="Sosialisasi tujuan dan manfaat mutasi",
            phase=Phase.SOCIALISATION,
            gates=(FormSubmitted("tanda_terima_sosialisasi"),),
            description="Pegawai menerima penjelasan alasan mutasi dan menyatakan keberatan bila "
            "ada; pelatihan sebelum mutasi diselesaikan pada tahap ini.",
            citation=c.SOCIALISATION,
        ),
        Stage(
            key="penempatan",
            label="Penempatan pada posisi baru",
            phase=Phase.PLACEMENT,
            gates=(DecisionTaken("ppk", "Pejabat Pembina Kepegawaian (Wali Kota Medan)"),),
            citation=c.RIGHT_PLACEMENT + "; " + c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="evaluasi_kepuasan_masyarakat",
            label="Evaluasi kepuasan masyarakat terhadap layanan",
            phase=Phase.POST_EVALUATION,
            gates=(
                FormSubmitted("survei_kepuasan_masyarakat"),
                FormSubmitted("survei_pasca_mutasi"),
            ),
            citation=c.PUBLIC_SATISFACTION + "; " + c.REFRESH,
        ),
    ]
