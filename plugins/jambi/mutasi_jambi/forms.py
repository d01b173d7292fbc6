"""Jambi's forms; their JSON Schemas are in ``forms/``."""

from __future__ import annotations

from mutasi_core import Addressee, FormKind, FormSpec, LikertScoring, load_schema
from mutasi_jambi import citations as c

PARTICIPATION_ITEMS = (
    "merasa_dilibatkan",
    "suara_didengar",
    "keterbukaan_diskusi",
    "hubungan_pimpinan",
)
UNDERSTANDING_ITEMS = (
    "kejelasan_penjelasan",
    "pemahaman_manfaat_karier",
    "pemahaman_pengembangan_kompetensi",
)


def forms() -> list[FormSpec]:
    pkg = __package__ or "mutasi_jambi"
    return [
        FormSpec(
            id="analisis_kebutuhan_sdm",
            kind=FormKind.NEEDS_ANALYSIS,
            title="Lembar Analisis Kebutuhan SDM Dinas",
            addressee=Addressee.HR,
            schema=load_schema(pkg, "analisis_kebutuhan_sdm.json"),
            citation=c.NEEDS_ANALYSIS + "; " + c.DATA_COLLECTION,
        ),
        FormSpec(
            id="aspirasi_asn",
            kind=FormKind.ASPIRATION,
            title="Formulir Aspirasi ASN (Forum Komunikasi)",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "aspirasi_asn.json"),
            scoring=LikertScoring(items=PARTICIPATION_ITEMS),
            citation=c.FORUM + "; " + c.PARTICIPATION + "; " + c.ABILITY_AND_INTEREST,
            description="Nilai 0-100 mengukur mutu partisipasi (dilibatkan, didengar, terbuka, "
            "hubungan dengan pimpinan); kesediaan dan alasannya mencatat resistensi.",
        ),
        FormSpec(
            id="tanda_terima_penjelasan_manfaat",
            kind=FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            title="Tanda Terima Penjelasan Manfaat Mutasi",
            addressee=Addressee.EMPLOYEE,
            schema=load_schema(pkg, "tanda_terima_penjelasan_manfaat.json"),
            objection_item="sikap",
            objection_values=("keberatan",),
            scoring=LikertScoring(items=UNDERSTANDING_ITEMS),
            citation=c.EXPLAIN_BENEFITS + "; " + c.RESISTANCE,
            description="Nilai 0-100 mengukur kejelasan dan pemahaman penjelasan; sikap dan "
            "keberatan mencatat resistensi.",
        ),
    ]
