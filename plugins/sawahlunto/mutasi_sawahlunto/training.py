"""Sawahlunto's training before the move: technical plus leadership and communication."""

from __future__ import annotations

from mutasi_core import Timing, TrainingRequirement
from mutasi_sawahlunto import citations as c

GATE = "pelatihan"


def requirements() -> list[TrainingRequirement]:
    return [
        TrainingRequirement(
            id="pelatihan_teknis",
            label="Pelatihan keterampilan teknis",
            categories=frozenset({"teknis"}),
            min_hours=16,
            timing=Timing.BEFORE_MOVE,
            gate_stage=GATE,
            citation=c.TRAINING_CONTENT,
        ),
        TrainingRequirement(
            id="pelatihan_kepemimpinan",
            label="Pelatihan soft skill: kepemimpinan",
            categories=frozenset({"kepemimpinan"}),
            min_hours=8,
            timing=Timing.BEFORE_MOVE,
            gate_stage=GATE,
            citation=c.TRAINING_CONTENT,
        ),
        TrainingRequirement(
            id="pelatihan_komunikasi",
            label="Pelatihan soft skill: komunikasi",
            categories=frozenset({"komunikasi"}),
            min_hours=8,
            timing=Timing.BEFORE_MOVE,
            gate_stage=GATE,
            citation=c.TRAINING_CONTENT,
        ),
    ]
