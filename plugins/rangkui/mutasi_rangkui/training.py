"""Rangkui's training after the move: orientation and technical skills for the new post."""

from __future__ import annotations

from mutasi_core import Timing, TrainingRequirement
from mutasi_rangkui import citations as c

GATE = "monitoring_evaluasi"


def requirements() -> list[TrainingRequirement]:
    return [
        TrainingRequirement(
            id="orientasi_lingkungan_kerja",
            label="Orientasi tugas dan lingkungan kerja baru",
            categories=frozenset({"orientasi"}),
            min_hours=8,
            timing=Timing.AFTER_MOVE,
            gate_stage=GATE,
            window_months=6,
            citation=c.MONITORING,
        ),
        TrainingRequirement(
            id="kompetensi_teknis_bidang_baru",
            label="Pengembangan kompetensi teknis bidang tugas baru",
            categories=frozenset({"teknis"}),
            min_hours=20,
            timing=Timing.AFTER_MOVE,
            gate_stage=GATE,
            citation=c.MORE_COMPETENT + "; " + c.ANNUAL_TRAINING,
        ),
    ]
