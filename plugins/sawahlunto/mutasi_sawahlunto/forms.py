"""Sawahlunto's forms; their JSON Schemas are in ``forms/``."""

from __future__ import annotations

from mutasi_core import Addressee, FormKind, FormSpec, LikertScoring, load_schema
from mutasi_sawahlunto import citations as c

BERAKHLAK = (
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
)


def forms() -> list[FormSpec]:
    pkg = __package__ or "mutasi_sawahlunto"
    return [
        FormSpec(
            id="penilaian_kinerja_objektif",
            kind=FormKind.PERFORMANCE_APPRAISAL,
            title="Penilaian Kinerja Objektif",
            addressee=Addressee.SUPERIOR,
            schema=load_schema(pkg, "penilaian_kinerja_objektif.json"),
            scoring=LikertScoring(items=("capaian_indikator", *BERAKHLAK, "potensi_berkembang")),
            citation=c.OBJECTIVE_INDICATORS,
        ),
        FormSpec(
            id="survei_pasca_mutasi",
            kind=FormKind.POST_TRANSFER_SURVEY,
            title="Survei Pasca Mutasi",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "survei_pasca_mutasi.json"),
            scoring=LikertScoring(
                items=("kepuasan_kerja", "kesesuaian_kompetensi", "adaptasi", "produktivitas")
            ),
            adaptation_items=("adaptasi",),
            citation=c.POST_EVALUATION,
        ),
        FormSpec(
            id="masukan_rekan_kerja",
            kind=FormKind.INTERVIEW,
            title="Wawancara Rekan Kerja Pasca Mutasi",
            addressee=Addressee.PEER,
            schema=load_schema(pkg, "masukan_rekan_kerja.json"),
            scoring=LikertScoring(items=("kerja_sama", "adaptasi", "kontribusi")),
            adaptation_items=("adaptasi",),
            citation=c.POST_EVALUATION,
        ),
        FormSpec(
            id="rencana_tindak_lanjut",
            kind=FormKind.IMPACT_EVALUATION,
            title="Rencana Tindak Lanjut Evaluasi",
            addressee=Addressee.HR,
            schema=load_schema(pkg, "rencana_tindak_lanjut.json"),
            scoring=LikertScoring(items=("dampak_kinerja",)),
            citation=c.FOLLOW_UP,
        ),
    ]
