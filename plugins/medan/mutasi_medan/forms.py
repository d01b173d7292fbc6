"""Medan's forms; their JSON Schemas are in ``forms/``."""

from __future__ import annotations

from mutasi_core import Addressee, FormKind, FormSpec, LikertScoring, load_schema
from mutasi_medan import citations as c

BERAKHLAK = (
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
)

#: The nine elements (unsur) of the public satisfaction survey of PermenPANRB 14/2017.
UNSUR_SKM = (
    "persyaratan",
    "prosedur",
    "waktu_pelayanan",
    "biaya_tarif",
    "produk_layanan",
    "kompetensi_pelaksana",
    "perilaku_pelaksana",
    "penanganan_pengaduan",
    "sarana_prasarana",
)


def forms() -> list[FormSpec]:
    pkg = __package__ or "mutasi_medan"
    return [
        FormSpec(
            id="penilaian_kinerja_berkala",
            kind=FormKind.PERFORMANCE_APPRAISAL,
            title="Penilaian Kinerja Berkala",
            addressee=Addressee.SUPERIOR,
            schema=load_schema(pkg, "penilaian_kinerja_berkala.json"),
            scoring=LikertScoring(
                items=("capaian_kinerja", *BERAKHLAK, "potensi", "kemampuan_komunikasi")
            ),
            citation=c.PERIODIC_APPRAISAL + "; " + c.POTENTIAL_STRATEGIC,
        ),
        FormSpec(
            id="tanda_terima_sosialisasi",
            kind=FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            title="Tanda Terima Sosialisasi Mutasi",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "tanda_terima_sosialisasi.json"),
            objection_item="keberatan",
            citation=c.SOCIALISATION,
            description="Tidak dinilai; jawaban 'keberatan' dicatat untuk indikator resistensi.",
        ),
        FormSpec(
            id="survei_kepuasan_masyarakat",
            kind=FormKind.PUBLIC_SATISFACTION,
            title="Survei Kepuasan Masyarakat terhadap Layanan",
            addressee=Addressee.PUBLIC,
            schema=load_schema(pkg, "survei_kepuasan_masyarakat.json"),
            scoring=LikertScoring(items=UNSUR_SKM),
            citation=c.PUBLIC_SATISFACTION,
        ),
        FormSpec(
            id="survei_pasca_mutasi",
            kind=FormKind.POST_TRANSFER_SURVEY,
            title="Survei Pasca Mutasi: Motivasi dan Kejenuhan",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "survei_pasca_mutasi.json"),
            scoring=LikertScoring(
                items=(
                    "motivasi_kerja",
                    "kejenuhan_berkurang",
                    "perspektif_baru",
                    "adaptasi",
                    "pengembangan_karier",
                )
            ),
            adaptation_items=("adaptasi",),
            citation=c.REFRESH + "; " + c.BURNOUT + "; " + c.CAREER_ACCEPTANCE,
        ),
    ]
