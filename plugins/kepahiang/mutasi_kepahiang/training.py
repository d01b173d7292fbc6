"""Kepahiang's training after the move: technical support while adjusting to the new post."""

from __future__ import annotations

from mutasi_core import Timing, TrainingRequirement
from mutasi_kepahiang import citations as c

GATE = "dukungan_penyesuaian"


def requirements() -> list[TrainingRequirement]:
    return [
        TrainingRequirement(
            id="pelatihan_teknis_penyesuaian",
            label="Pelatihan teknis penyesuaian tugas di posisi baru",
            categories=frozenset({"teknis"}),
            min_hours=20,
            timing=Timing.AFTER_MOVE,
            gate_stage=GATE,
            window_months=6,
            citation=c.SOCIALISATION_AND_SUPPORT + "; " + c.FEWER_ERRORS,
        ),
    ]
