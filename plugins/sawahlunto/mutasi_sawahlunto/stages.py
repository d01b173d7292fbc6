"""Sawahlunto's stages, in the order of its document."""

from __future__ import annotations

from mutasi_core import DecisionTaken, EligibilityHolds, FormSubmitted, Phase, Stage
from mutasi_sawahlunto import citations as c


def stages() -> list[Stage]:
    return [
        Stage(
            key="evaluasi_kinerja",
            label="Evaluasi kinerja berkala",
            phase=Phase.PERFORMANCE_REVIEW,
            gates=(FormSubmitted("penilaian_kinerja_objektif"),),
            citation=c.PERIODIC_EVALUATION,
        ),
        Stage(
            key="penentuan",
            label="Penentuan ASN yang dimutasi",
            phase=Phase.DECISION,
            gates=(
                EligibilityHolds(),
                DecisionTaken("tim_penilai_kinerja", "Tim Penilai Kinerja"),
            ),
            next=("pelatihan", "rejected"),
            returns_to=("evaluasi_kinerja",),
            deadline_working_days=15,
            citation=c.SELECTION + "; " + c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="pelatihan",
            label="Pelatihan dan pengembangan",
            phase=Phase.TRAINING,
            citation=c.TRAINING_PROGRAMME,
        ),
        Stage(
            key="penempatan",
            label="Penempatan pada jabatan baru",
            phase=Phase.PLACEMENT,
            gates=(DecisionTaken("ppk", "Pejabat Pembina Kepegawaian (Wali Kota)"),),
            citation=c.TEAM_ASSESSMENT,
        ),
        Stage(
            key="team_building",
            label="Team building di unit kerja",
            phase=Phase.ONBOARDING,
            citation=c.TEAM_BUILDING,
        ),
        Stage(
            key="evaluasi_pasca_mutasi",
            label="Evaluasi pasca mutasi (survei dan wawancara)",
            phase=Phase.POST_EVALUATION,
            gates=(FormSubmitted("survei_pasca_mutasi"), FormSubmitted("masukan_rekan_kerja")),
            citation=c.POST_EVALUATION,
        ),
        Stage(
            key="tindak_lanjut",
            label="Tindak lanjut evaluasi",
            phase=Phase.POST_EVALUATION,
            gates=(FormSubmitted("rencana_tindak_lanjut"),),
            citation=c.FOLLOW_UP,
        ),
    ]
