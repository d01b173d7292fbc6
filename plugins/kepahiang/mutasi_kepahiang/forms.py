"""Kepahiang's forms; their JSON Schemas are in ``forms/``."""

from __future__ import annotations

from mutasi_core import Addressee, FormKind, FormSpec, LikertScoring, load_schema
from mutasi_kepahiang import citations as c


def forms() -> list[FormSpec]:
    pkg = __package__ or "mutasi_kepahiang"
    return [
        FormSpec(
            id="masukan_atasan",
            kind=FormKind.MULTI_RATER,
            title="Masukan Atasan",
            addressee=Addressee.SUPERIOR,
            schema=load_schema(pkg, "masukan_atasan.json"),
            scoring=LikertScoring(
                items=(
                    "capaian_kinerja",
                    "kesesuaian_keahlian",
                    "kesiapan_tanggung_jawab",
                    "ketelitian_tugas",
                )
            ),
            citation=c.SUPERIOR_AND_PEER_INPUT,
        ),
        FormSpec(
            id="masukan_rekan_sejawat",
            kind=FormKind.MULTI_RATER,
            title="Masukan Rekan Sejawat",
            addressee=Addressee.PEER,
            schema=load_schema(pkg, "masukan_rekan_sejawat.json"),
            scoring=LikertScoring(
                items=("kerja_sama", "komunikasi", "keandalan", "kesesuaian_keahlian")
            ),
            citation=c.SUPERIOR_AND_PEER_INPUT,
        ),
        FormSpec(
            id="tanda_terima_sosialisasi",
            kind=FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            title="Tanda Terima Sosialisasi Mutasi",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "tanda_terima_sosialisasi.json"),
            objection_item="keberatan",
            citation=c.SOCIALISATION_AND_SUPPORT,
        ),
        FormSpec(
            id="evaluasi_dampak_kinerja",
            kind=FormKind.IMPACT_EVALUATION,
            title="Evaluasi Dampak Mutasi terhadap Kinerja",
            addressee=Addressee.SUPERIOR,
            schema=load_schema(pkg, "evaluasi_dampak_kinerja.json"),
            scoring=LikertScoring(
                items=(
                    "perubahan_kinerja",
                    "kesesuaian_posisi",
                    "penyesuaian",
                    "ketelitian_tugas",
                    "dampak_layanan_masyarakat",
                )
            ),
            adaptation_items=("penyesuaian",),
            citation=c.MOVED + "; " + c.EVALUATE_IMPACT,
        ),
    ]
