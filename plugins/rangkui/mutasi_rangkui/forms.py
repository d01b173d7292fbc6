"""Rangkui's forms; their JSON Schemas are in ``forms/``."""

from __future__ import annotations

from mutasi_core import Addressee, FormKind, FormSpec, LikertScoring, load_schema
from mutasi_rangkui import citations as c


def forms() -> list[FormSpec]:
    pkg = __package__ or "mutasi_rangkui"
    return [
        FormSpec(
            id="analisis_kebutuhan_organisasi",
            kind=FormKind.NEEDS_ANALYSIS,
            title="Analisis Kebutuhan Organisasi",
            addressee=Addressee.HR,
            schema=load_schema(pkg, "analisis_kebutuhan_organisasi.json"),
            citation=c.NEEDS_ANALYSIS,
        ),
        FormSpec(
            id="evaluasi_kinerja",
            kind=FormKind.PERFORMANCE_APPRAISAL,
            title="Evaluasi Kinerja ASN",
            addressee=Addressee.SUPERIOR,
            schema=load_schema(pkg, "evaluasi_kinerja.json"),
            scoring=LikertScoring(
                items=("capaian_kinerja", "pengalaman", "kesesuaian_pendidikan", "keahlian")
            ),
            citation=c.EVALUATION,
        ),
        FormSpec(
            id="tanda_terima_sosialisasi",
            kind=FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            title="Tanda Terima Sosialisasi Mutasi",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "tanda_terima_sosialisasi.json"),
            objection_item="mengajukan_keberatan",
            scoring=LikertScoring(
                items=("kejelasan_alasan", "kejelasan_tujuan", "kesempatan_bertanya")
            ),
            citation=c.SOCIALISATION + "; " + c.TRANSPARENCY,
        ),
        FormSpec(
            id="pemantauan_adaptasi",
            kind=FormKind.POST_TRANSFER_SURVEY,
            title="Pemantauan Adaptasi Pasca Mutasi",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "pemantauan_adaptasi.json"),
            scoring=LikertScoring(
                items=(
                    "adaptasi_lingkungan",
                    "pemahaman_tugas",
                    "dukungan_rekan_kerja",
                    "kesesuaian_keahlian",
                    "kepuasan_kerja",
                )
            ),
            adaptation_items=("adaptasi_lingkungan", "pemahaman_tugas"),
            citation=c.MONITORING,
        ),
        FormSpec(
            id="evaluasi_ketercapaian_tujuan",
            kind=FormKind.IMPACT_EVALUATION,
            title="Evaluasi Ketercapaian Tujuan Mutasi",
            addressee=Addressee.SUPERIOR,
            schema=load_schema(pkg, "evaluasi_ketercapaian_tujuan.json"),
            scoring=LikertScoring(
                items=("kinerja_di_unit_baru", "adaptasi", "kebutuhan_terpenuhi")
            ),
            adaptation_items=("adaptasi",),
            citation=c.GOAL_EVALUATION + "; " + c.MONITORING,
        ),
    ]
