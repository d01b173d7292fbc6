"""Jambi's training: service skills before a public-facing post, development after the move."""

from __future__ import annotations

from mutasi_core import Timing, TrainingRequirement
from mutasi_jambi import citations as c
from mutasi_jambi.eligibility import PUBLIC_FACING_ONLY, PUBLIC_SERVICE_SKILLS
from mutasi_jambi.stages import IMPLEMENTATION


def requirements() -> list[TrainingRequirement]:
    return [
        TrainingRequirement(
            id="pelatihan_komunikasi_pelayanan",
            label="Pelatihan komunikasi dan pelayanan publik",
            categories=PUBLIC_SERVICE_SKILLS,
            min_hours=16,
            timing=Timing.BEFORE_MOVE,
            gate_stage=IMPLEMENTATION,
            applies=PUBLIC_FACING_ONLY,
            citation=c.SERVICE_LOAD + "; " + c.SKILLED_STAFF,
        ),
        TrainingRequirement(
            id="pengembangan_kompetensi_pasca_mutasi",
            label="Pengembangan kompetensi di jabatan baru",
            categories=frozenset({"teknis"}),
            min_hours=20,
            timing=Timing.AFTER_MOVE,
            gate_stage=None,
            citation=c.EXPLAIN_BENEFITS + "; " + c.DEVELOPMENT_DUTY,
        ),
    ]
