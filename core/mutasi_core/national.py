"""The national rules: a built-in plugin that every region gets.

National regulation (UU 20/2023 ASN, PP 11/2017 as amended by PP 17/2020, Peraturan BKN
5/2019, PermenPANRB 6/2022) applies to every region.  Like pytest's built-in plugins, the
core's own defaults are a plugin, registered under the name ``nasional`` through the same hook
contract as the regions.  A region changes a national parameter only through
``mutasi_parameter_overrides``, and must cite why.
"""

from __future__ import annotations

from datetime import date

from mutasi_core.conditions import (
    AppraisalInRecentYears,
    EmploymentTypeIs,
    MaxMonthsInPosition,
    MinMonthsInPosition,
    MinServiceMonths,
    MinTrainingHours,
    NoActiveObligation,
    NoActiveSanction,
    NoConflictOfInterest,
    OutsideBlackoutPeriods,
    TargetHasSeats,
)
from mutasi_core.documents import DocumentItem, DraftKind, LetterTemplate
from mutasi_core.entities import EmploymentType, Initiator, MutationKind, PositionKind
from mutasi_core.hookspecs import hookimpl
from mutasi_core.parameters import Parameter
from mutasi_core.rules import Applicability, Rule, Severity

SINCE = date(2017, 3, 30)  # PP 11/2017 in force

PP_11_2017_190_3 = "PP 11/2017 Pasal 190 ayat (3)"
BKN_5_2019_3_1 = "Peraturan BKN 5/2019 Pasal 3 ayat (1)"


@hookimpl
def mutasi_parameters() -> list[Parameter]:
    return [
        Parameter(
            key="min_months_in_position",
            label="Masa minimal pada jabatan sebelum mutasi",
            unit="bulan",
            citation=PP_11_2017_190_3 + " (paling singkat 2 tahun)",
            values=((SINCE, 24),),
        ),
        Parameter(
            key="max_months_in_position",
            label="Masa maksimal pada jabatan sebelum wajib dirotasi",
            unit="bulan",
            citation=PP_11_2017_190_3 + " (paling lama 5 tahun)",
            values=((SINCE, 60),),
        ),
        Parameter(
            key="min_predicate",
            label="Predikat kinerja minimal",
            unit="predikat",
            citation=BKN_5_2019_3_1 + " (penilaian kinerja bernilai baik)",
            values=((SINCE, "Baik"),),
        ),
        Parameter(
            key="appraisal_years",
            label="Jumlah tahun terakhir yang dinilai",
            unit="tahun",
            citation=BKN_5_2019_3_1 + " (2 tahun terakhir)",
            values=((SINCE, 2),),
        ),
        Parameter(
            key="own_request_lock_months",
            label="Masa kerja minimal sebelum mutasi atas permintaan sendiri",
            unit="bulan",
            citation="PermenPANRB 6/2024 Pasal 59 (10 tahun sejak pengangkatan)",
            values=((date(2024, 1, 1), 120),),
        ),
        Parameter(
            key="min_training_hours",
            label="Pengembangan kompetensi minimal per tahun",
            unit="JP",
            citation="PP 11/2017 Pasal 203 ayat (4) (paling sedikit 20 JP per tahun)",
            values=((SINCE, 20),),
        ),
        Parameter(
            key="jpt_min_months_in_position",
            label="Masa minimal JPT sebelum diganti",
            unit="bulan",
            citation="UU 5/2014 Pasal 116 ayat (1) (2 tahun sejak pelantikan)",
            values=((date(2014, 1, 15), 24),),
        ),
        Parameter(
            key="election_blackout_periods",
            label="Masa larangan penggantian pejabat menjelang/sesudah pilkada",
            unit="periode (mulai, akhir)",
            citation="UU 10/2016 Pasal 71 ayat (2) dan Pasal 162 ayat (3)",
            values=((date(2016, 7, 1), ()),),
        ),
    ]


ALL_CROSS_AGENCY = frozenset(k for k in MutationKind if k.crosses_agency)


@hookimpl
def mutasi_rules() -> list[Rule]:
    return [
        Rule(
            id="nasional.masa_jabatan_minimum",
            label="Masa jabatan minimal",
            citation=PP_11_2017_190_3,
            condition=MinMonthsInPosition("min_months_in_position"),
            description="Mutasi dilakukan paling singkat 2 tahun pada jabatan sekarang.",
        ),
        Rule(
            id="nasional.masa_jabatan_maksimum",
            label="Masa jabatan maksimal (jatuh tempo rotasi)",
            citation=PP_11_2017_190_3,
            condition=MaxMonthsInPosition("max_months_in_position"),
            severity=Severity.ADVISORY,
            description="Lebih dari 5 tahun tidak menghalangi mutasi; pegawai ditandai "
            "sudah waktunya dirotasi.",
        ),
        Rule(
            id="nasional.predikat_kinerja",
            label="Predikat kinerja minimal Baik 2 tahun terakhir",
            citation=BKN_5_2019_3_1 + "; PermenPANRB 6/2022",
            condition=AppraisalInRecentYears("min_predicate", "appraisal_years"),
        ),
        Rule(
            id="nasional.hukuman_disiplin",
            label="Tidak sedang menjalani hukuman disiplin",
            citation=BKN_5_2019_3_1 + " (surat pernyataan tidak sedang dijatuhi hukuman disiplin)",
            condition=NoActiveSanction(),
        ),
        Rule(
            id="nasional.tugas_belajar_ikatan_dinas",
            label="Tidak sedang tugas belajar atau ikatan dinas",
            citation=BKN_5_2019_3_1 + " (surat pernyataan tidak sedang tugas belajar/ikatan dinas)",
            condition=NoActiveObligation(),
        ),
        Rule(
            id="nasional.masa_kerja_10_tahun",
            label="Masa kerja 10 tahun untuk mutasi atas permintaan sendiri",
            citation="PermenPANRB 6/2024 Pasal 59",
            condition=MinServiceMonths("own_request_lock_months"),
            applies=Applicability(initiators=frozenset({Initiator.OWN_REQUEST})),
            description="Hanya mutasi atas permintaan sendiri; mutasi karena kepentingan dinas "
            "tidak terikat.",
        ),
        Rule(
            id="nasional.pengembangan_kompetensi_20_jp",
            label="Pengembangan kompetensi 20 JP setahun terakhir",
            citation="PP 11/2017 Pasal 203 ayat (4)",
            condition=MinTrainingHours("min_training_hours"),
            severity=Severity.ADVISORY,
            description="Kewajiban pengembangan kompetensi, bukan syarat mutasi: dilaporkan "
            "sebagai saran.",
        ),
        Rule(
            id="nasional.kebutuhan_formasi",
            label="Ada kebutuhan (formasi lowong) pada jabatan tujuan",
            citation=BKN_5_2019_3_1 + " (analisis jabatan dan analisis beban kerja)",
            condition=TargetHasSeats(),
        ),
        Rule(
            id="nasional.pppk_antar_instansi",
            label="PPPK tidak berpindah antar-instansi",
            citation="UU 20/2023 tentang ASN (PPPK terikat perjanjian kerja dengan satu instansi)",
            condition=EmploymentTypeIs(frozenset({EmploymentType.PNS})),
            applies=Applicability(kinds=ALL_CROSS_AGENCY),
        ),
        Rule(
            id="nasional.konflik_kepentingan",
            label="Tidak ada konflik kepentingan",
            citation="PP 11/2017 Pasal 190 ayat (4) dan (5)",
            condition=NoConflictOfInterest(),
        ),
        Rule(
            id="nasional.jpt_2_tahun",
            label="JPT tidak diganti dalam 2 tahun sejak pelantikan",
            citation="UU 5/2014 Pasal 116 ayat (1)",
            condition=MinMonthsInPosition("jpt_min_months_in_position"),
            applies=Applicability(position_kinds=frozenset(k for k in PositionKind if k.is_jpt)),
        ),
        Rule(
            id="nasional.masa_larangan_pilkada",
            label="Di luar masa larangan penggantian pejabat (pilkada)",
            citation="UU 10/2016 Pasal 71 ayat (2)",
            condition=OutsideBlackoutPeriods("election_blackout_periods"),
            waivable=True,
            description="Berlaku pada tanggal keputusan; persetujuan tertulis Menteri Dalam "
            "Negeri yang tercatat mengecualikannya.",
        ),
    ]


def _bkn(what: str) -> str:
    return f"{BKN_5_2019_3_1} ({what})"


CROSS_AGENCY = Applicability(kinds=ALL_CROSS_AGENCY)

#: Whether the national items are required, i.e. gate the first ``decision`` stage of every
#: region for moves between agencies.  Off for now: the in-tree plugins' tests pin their exact
#: gates, and switching it on is a decision to take with them (the demo data already uploads
#: and accepts the documents a stage asks for).  A region makes an item required for its own
#: cases by dropping it and adding its own.
REQUIRE_NATIONAL_CHECKLIST = False


@hookimpl
def mutasi_document_checklist() -> list[DocumentItem]:
    """The file of a transfer between agencies (Peraturan BKN 5/2019 Pasal 3 ayat (1)).

    Within one agency the PPK already holds the employee's file, so the national list asks
    nothing of a rotation; a region adds what it needs there.
    """
    items = [
        ("anjab_abk", "Analisis jabatan dan analisis beban kerja (ANJAB/ABK) jabatan tujuan",
         "analisis jabatan dan analisis beban kerja"),
        ("permohonan_pns", "Surat permohonan mutasi dari PNS yang bersangkutan",
         "surat permohonan PNS"),
        ("usul_ppk_penerima", "Surat usul mutasi dari PPK instansi penerima, menyebut jabatan",
         "usul PPK instansi penerima"),
        ("persetujuan_ppk_asal", "Surat persetujuan mutasi dari PPK instansi asal, menyebut jabatan",
         "persetujuan PPK instansi asal"),
        ("pernyataan_tidak_hukdis",
         "Surat pernyataan tidak sedang menjalani proses atau hukuman disiplin dan proses peradilan",
         "surat pernyataan tidak sedang dijatuhi hukuman disiplin"),
        ("sk_terakhir", "Salinan SK pangkat dan SK jabatan terakhir", "SK pangkat/jabatan terakhir"),
        ("penilaian_kinerja_2_tahun", "Penilaian kinerja 2 tahun terakhir, predikat paling rendah Baik",
         "penilaian kinerja 2 tahun terakhir bernilai baik"),
        ("pernyataan_tidak_tubel",
         "Surat pernyataan tidak sedang tugas belajar atau terikat ikatan dinas",
         "surat pernyataan tidak sedang tugas belajar/ikatan dinas"),
        ("bebas_temuan", "Surat keterangan bebas temuan dari Inspektorat",
         "surat keterangan bebas temuan Inspektorat"),
    ]  # fmt: skip
    return [
        DocumentItem(
            key=key,
            label=label,
            citation=_bkn(what),
            applies=CROSS_AGENCY,
            required=REQUIRE_NATIONAL_CHECKLIST,
        )
        for key, label, what in items
    ]


#: Where each kind of mutasi is decided (PP 11/2017; the rest per Peraturan BKN 5/2019).
KIND_ARTICLES: dict[MutationKind, str] = {
    MutationKind.WITHIN_AGENCY: "PP 11/2017 Pasal 191",
    MutationKind.BETWEEN_REGENCIES: "PP 11/2017 Pasal 192",
    MutationKind.BETWEEN_PROVINCES: "PP 11/2017 Pasal 193",
}


def legal_basis(kind: MutationKind) -> str:
    """The legal basis a draft letter cites for a mutasi of ``kind``."""
    parts = [
        "UU 20/2023 tentang Aparatur Sipil Negara",
        "PP 11/2017 tentang Manajemen PNS sebagaimana diubah dengan PP 17/2020, Pasal 190",
        KIND_ARTICLES.get(kind),
        "Peraturan BKN 5/2019 tentang Tata Cara Pelaksanaan Mutasi",
    ]
    return "; ".join(p for p in parts if p)


PARTICULARS = (
    "Nama: {{ nama }}",
    "NIP: {{ nip }}",
    "Pangkat/golongan ruang: {{ pangkat }}",
    "Jabatan asal: {{ jabatan_asal }}, {{ unit_asal }}, {{ instansi_asal }}",
    "Jabatan tujuan: {{ jabatan_tujuan }}, {{ unit_tujuan }}, {{ instansi_tujuan }}",
    "Jenis mutasi: {{ jenis_mutasi }} ({{ inisiator }})",
)


@hookimpl
def mutasi_letter_templates() -> list[LetterTemplate]:
    return [
        LetterTemplate(
            kind=DraftKind.USUL,
            title="Surat Usul Mutasi",
            citation=BKN_5_2019_3_1 + " (usul mutasi menyebut jabatan)",
            paragraphs=(
                "Nomor: {{ nomor_surat_usul }}",
                "Perihal: Usul mutasi a.n. {{ nama }}, NIP {{ nip }}",
                "Dengan hormat,",
                "Berdasarkan {{ dasar_hukum }}, bersama ini kami mengusulkan mutasi Pegawai "
                "Negeri Sipil berikut:",
                *PARTICULARS,
                "Kelengkapan berkas menurut Peraturan BKN 5/2019 Pasal 3 ayat (1) terlampir "
                "({{ kelengkapan_berkas }}).",
                "Demikian usul ini kami sampaikan; atas perhatian dan kerja samanya kami "
                "ucapkan terima kasih.",
                "{{ wilayah }}, {{ tanggal }}",
                "Pejabat Pembina Kepegawaian",
            ),
        ),
        LetterTemplate(
            kind=DraftKind.NOTA_DINAS,
            title="Nota Dinas",
            citation=BKN_5_2019_3_1 + "; PP 11/2017 Pasal 190",
            paragraphs=(
                "Kepada: Pejabat Pembina Kepegawaian {{ wilayah }}",
                "Hal: Telaah usul mutasi a.n. {{ nama }}, NIP {{ nip }} (kasus {{ nomor_kasus }})",
                "Dasar: {{ dasar_hukum }}.",
                *PARTICULARS,
                "Hasil evaluasi kelayakan: {{ kelayakan }}.",
                "Kelengkapan berkas: {{ kelengkapan_berkas }}.",
                "Mohon arahan dan persetujuan untuk memproses usul mutasi tersebut.",
                "{{ wilayah }}, {{ tanggal }}",
            ),
        ),
    ]
