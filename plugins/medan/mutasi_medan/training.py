"""Medan's training: communication before a public-facing post, technical after the move."""

from __future__ import annotations

from mutasi_core import Applicability, TargetFlag, Timing, TrainingRequirement
from mutasi_medan import citations as c

BEFORE_GATE = "sosialisasi"
AFTER_GATE = "evaluasi_kepuasan_masyarakat"


def requirements() -> list[TrainingRequirement]:
    return [
        TrainingRequirement(
            id="pelatihan_komunikasi_pelayanan",
            label="Pelatihan komunikasi dan pelayanan publik sebelum menduduki jabatan "
            "pelayanan langsung",
            categories=frozenset({"komunikasi", "pelayanan_publik"}),
            min_hours=16,
            timing=Timing.BEFORE_MOVE,
            gate_stage=BEFORE_GATE,
            window_months=12,
            applies=Applicability(target_flags=frozenset({TargetFlag.PUBLIC_FACING})),
            citation=c.COMMUNICATION_PUBLIC + "; " + c.EFFECTIVE_COMMUNICATION,
        ),
        TrainingRequirement(
            id="pengembangan_kompetensi_jabatan_baru",
            label="Pengembangan kompetensi teknis pada jabatan baru",
            categories=frozenset({"teknis"}),
            min_hours=20,
            timing=Timing.AFTER_MOVE,
            gate_stage=AFTER_GATE,
            window_months=12,
            citation=c.COMPETENCE_SERVICE + "; " + c.ANNUAL_TRAINING,
        ),
    ]
