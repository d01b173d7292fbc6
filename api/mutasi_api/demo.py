"""Demo data: a synthetic workforce per region and two years of transfer cases, deterministic.

``mutasi demo --employees N --seed S`` (and ``mutasi serve --demo``, with a smaller default)
fills an empty store with, for every enabled region:

* a workforce of N employees: valid, unique NIPs (:func:`mutasi_core.nip.format_nip`); PNS with
  ranks and PPPK; positions of every kind regional government has (JPT pratama, administrator,
  pengawas, fungsional, pelaksana; a province's Sekretaris Daerah is JPT madya, and JPT utama
  exists only in central government) in units of several sectors; education level and field;
  competencies; five years of appraisals; past and active sanctions; study leave and service
  bonds; training records with JP; potential scores; earlier positions;
* vacancies (formasi): seats, ANJAB/ABK staffing, strategic and public-facing flags, accepted
  education fields, required competencies; a few in other agencies (moves out of the region);
* two years of transfer cases, opened at dates spread over the two years before today, driven
  step by step through the services the API uses (:mod:`mutasi_api.services.cases`: open_case,
  submit, decide, record_training, transition) with the application clock set to the simulated
  time, so that every stored step passed the same gates a real case passes.  Cases end
  completed, rejected at a decision (on the merits, or because a rule fails), or withdrawn (the
  employee's resistance, or the agency dropping a proposal that fails a rule at a stage that
  cannot reject); the recent ones are open, at every stage.  Objections at socialisation are
  recorded (``FormSpec.objection_item`` where the form names one), decisions may return a file,
  360° input may need a second round;
* after the move: the employee's position and the vacancy's seats and staffing change;
  post-transfer surveys, impact evaluations and public satisfaction are submitted with scores;
  training after the move is recorded; part of the moved employees have an appraisal for the
  year after the move (final for earlier moves; for last year's moves, from July on, this
  year's as recorded so far).

A gate kind the simulation does not drive (it drives forms, decisions, training and
eligibility) holds its case open at that stage; :class:`Summary` counts such cases.

Regions differ the way their documents (``shared/seeds/*.txt``) and plugins suggest
(:data:`TENDENCIES`; ``tests/api/test_demo.py`` checks the differences stated in counts and
scores on generated data):

| region | tendency in the data | why |
|---|---|---|
| Sawahlunto | the most training JP per moved employee: the whole programme (technical, leadership, communication) before every move, beyond the 32 JP its gate asks; quick adaptation (second only to Kepahiang) and high satisfaction after the move | "pemerintah daerah telah melaksanakan berbagai program pelatihan untuk ASN yang akan dimutasi ... lebih mampu beradaptasi dengan cepat"; "ASN yang telah dimutasi cenderung lebih produktif dan merasa lebih puas" |
| Rangkui | objections at socialisation are answered: the case goes back to the decision (`sosialisasi → penetapan`), is reconsidered and mostly goes on, so fewer withdrawals than Medan; the clearest socialisation (clarity scores) | "pendekatan yang transparan dan komunikatif, sehingga ASN merasa dihargai"; socialisation "sehingga mereka dapat memahami alasan dan tujuan dari mutasi" |
| Medan | the most rotation (cases per employee), mostly in the agency's interest; the most resistance (withdrawals plus objections per case); public satisfaction measured after every move, higher on public-facing posts; burnout down after the move | "menyegarkan organisasi ... meminimalisir kejenuhan"; "resistensi dari pegawai yang merasa nyaman"; "kemampuan komunikasi ... posisi yang berhubungan langsung dengan masyarakat"; "peningkatan signifikan dalam kepuasan masyarakat" |
| Jambi | fewer withdrawals and objections than Medan: unwillingness is voiced early, in the aspiration forum, where the few who pull out do so; high willingness and participation scores; more own requests; every case screened for eligibility before it enters the plan; targets judged by competencies, seldom by diploma | "forum komunikasi yang diadakan secara berkala untuk mendengarkan aspirasi ASN"; "rasa kepemilikan ASN terhadap tugas"; "penempatan ... sesuai dengan kompetensi dan kebutuhan organisasi" |
| Kepahiang | the best adaptation after the move (impact evaluation, `penyesuaian`) and the most appraisals up the year after; 360° input sometimes below the gate, then a second round or the proposal dropped; proposals screened by the rules first; finance staff to budget posts | "masukan dari atasan dan rekan sejawat untuk memastikan keputusan yang diambil adalah yang terbaik"; "memberikan dukungan kepada ASN dalam proses penyesuaian"; "peningkatan kinerja ASN setelah mereka dipindahkan"; the finance → budget example |

A region without a profile here gets the middle values.  Deterministic: the same seed on the
same day gives identical store content (token hashes aside): every random choice comes from a
generator seeded by (seed, region, purpose) and every stored time from the simulated clock;
the two-year window ends at midnight UTC of ``today``.
"""

from __future__ import annotations

import heapq
import random
import re
import time as timer
from collections import Counter
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

import attrs
from rich.box import SIMPLE
from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from mutasi_api import clock, schemas
from mutasi_api.auth import Role, User
from mutasi_api.db.engine import make_engine, transaction, upgrade
from mutasi_api.db.mapping import add_employee, load_case
from mutasi_api.db.models import (
    AppraisalRow,
    CaseRow,
    EmployeeRow,
    PositionHistoryRow,
    TrainingRow,
    VacancyRow,
)
from mutasi_api.errors import Conflict
from mutasi_api.schemas_documents import VerdictIn
from mutasi_api.services import cases, documents, users, vacancies
from mutasi_api.settings import Settings
from mutasi_core import (
    Appraisal,
    Catalog,
    Education,
    EligibilityReport,
    Employee,
    EmploymentType,
    FormSpec,
    Initiator,
    Level,
    MutationKind,
    ObligationKind,
    Position,
    PositionKind,
    Predicate,
    Rating,
    RegionCatalog,
    Sanction,
    ServiceObligation,
    TargetFlag,
    TrainingRecord,
    Vacancy,
)
from mutasi_core.conditions import Outcome
from mutasi_core.dates import add_months, months_between
from mutasi_core.entities import RANKS
from mutasi_core.forms import FormValidator
from mutasi_core.nip import Gender, format_nip
from mutasi_core.stages import (
    DecisionTaken,
    DocumentsAccepted,
    EligibilityHolds,
    FormSubmitted,
    Stage,
    TrainingCompleted,
    facts_of,
)
from mutasi_core.training import Timing
from mutasi_core.vocabulary import CaseStatus, FormKind, Phase

#: A minimal valid PDF for the demo's uploaded documents (each gets a unique trailing comment).
DEMO_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

#: Default workforce per region for ``mutasi serve --demo`` (loads in a few seconds).
DEFAULT_EMPLOYEES = 60
DEFAULT_SEED = 7
#: Fewer employees leave too few eligible candidates for cases at every stage and outcome.
MIN_EMPLOYEES = 40
WINDOW_DAYS = 730
#: The sample employee of the README's walk-through; the demo never uses this NIP.
RESERVED_NIPS = frozenset({"198503122010011001"})
WIB = timedelta(hours=7)  # all five regions are in Western Indonesia Time


# --- regional tendencies --------------------------------------------------------------------


def _weights(text: str) -> tuple[tuple[str, float], ...]:
    """``"kesehatan:3, pendidikan:2"`` as ((key, weight), ...)."""
    pairs = (item.rsplit(":", 1) for item in text.split(","))
    return tuple((key.strip(), float(weight)) for key, weight in pairs)


@attrs.frozen(kw_only=True)
class Tendency:
    """How one region's cases tend to go (shares of cases; means on the 1-5 answer scale)."""

    case_rate: float = 0.12  # cases opened over the two years, per employee
    own_request: float = 0.15  # share of cases on the employee's own request
    withdraw: float = 0.07  # share withdrawn by the employee (resistance)
    reject: float = 0.06  # share rejected at the decision on the merits
    screening: float = 0.9  # share of cases opened only after an eligibility dry run
    objection: float = 0.15  # share of cases whose employee objects at socialisation
    objection_returns: bool = False  # an objection sends the case back to the decision
    willing: float = 0.75  # share fully willing in an aspiration form
    low_input: float = 0.0  # share whose first 360° input falls below the gate
    withdraw_at: tuple[Phase, ...] = (  # where those who resist pull out, the first most often
        Phase.SOCIALISATION,
        Phase.CONSULTATION,
        Phase.SOCIALISATION,
        Phase.TRAINING,
        Phase.ASSESSMENT,
    )
    return_rate: float = 0.06  # share of decisions that return the file once
    clarity: float = 3.8  # socialisation: clarity of the reasons and benefits
    participation: float = 3.6  # aspiration forums: involved, heard, open, leadership
    adaptation: float = 3.7  # adaptation items after the move
    satisfaction: float = 3.7  # other items after the move
    public_satisfaction: float = 3.8  # public satisfaction on public-facing posts (others -0.5)
    training_extra: tuple[int, int] = (0, 8)  # JP beyond a requirement's minimum
    appraisal_after: tuple[float, float] = (0.30, 0.15)  # shares up and down the year after
    education_listed: float = 0.85  # share of vacancies that name accepted education fields
    public_share: float = 0.35  # share of vacancies in public-facing units, where a sector has
    sectors: tuple[tuple[str, float], ...] = attrs.field(
        factory=lambda: _weights(
            "pendidikan:3, kesehatan:3, pemerintahan:2, keuangan:1.5, kependudukan:1, "
            "perizinan:1, teknologi informasi:1, pekerjaan umum:1, sosial:1"
        )
    )


TENDENCIES: dict[str, Tendency] = {
    "sawahlunto": Tendency(
        case_rate=0.12,
        withdraw=0.06,
        objection=0.0,  # no socialisation stage
        adaptation=4.0,
        satisfaction=4.1,
        training_extra=(8, 24),
        appraisal_after=(0.40, 0.08),
        sectors=_weights(
            "kesehatan:4, pendidikan:3, pemerintahan:2, keuangan:1.5, "
            "kependudukan:1, teknologi informasi:1, pekerjaan umum:1, sosial:1"
        ),
    ),
    "rangkui": Tendency(
        case_rate=0.10,
        withdraw=0.04,
        objection=0.15,
        objection_returns=True,
        clarity=4.4,
        adaptation=3.6,
        satisfaction=3.8,
        appraisal_after=(0.30, 0.10),
        sectors=_weights(
            "pendidikan:5, kesehatan:2, pemerintahan:2, "
            "keuangan:1.5, teknologi informasi:1, pekerjaan umum:1, sosial:1"
        ),
    ),
    "medan": Tendency(
        case_rate=0.15,
        own_request=0.08,
        withdraw=0.15,
        objection=0.20,
        clarity=3.5,
        adaptation=3.3,
        satisfaction=3.8,
        public_satisfaction=4.1,
        appraisal_after=(0.28, 0.15),
        public_share=0.55,
        sectors=_weights(
            "kesehatan:3, pendidikan:3, kependudukan:2, perizinan:2, "
            "pemerintahan:2, keuangan:1.5, teknologi informasi:1, pekerjaan umum:1, sosial:1"
        ),
    ),
    "jambi": Tendency(
        case_rate=0.12,
        own_request=0.25,
        withdraw=0.03,
        screening=1.0,
        objection=0.03,
        willing=0.9,
        withdraw_at=(Phase.CONSULTATION,),  # unwillingness is voiced, and heard, in the forum
        clarity=4.1,
        participation=4.3,
        appraisal_after=(0.33, 0.10),
        education_listed=0.3,
        public_share=0.5,
        sectors=_weights(
            "teknologi informasi:2.5, kependudukan:2, perizinan:2, sosial:2, "
            "pendidikan:2, kesehatan:2, keuangan:1.5, pemerintahan:1.5"
        ),
    ),
    "kepahiang": Tendency(
        case_rate=0.10,
        own_request=0.12,
        withdraw=0.04,
        objection=0.10,
        low_input=0.08,
        screening=1.0,
        clarity=3.9,
        adaptation=4.7,
        satisfaction=4.0,
        appraisal_after=(0.45, 0.05),
        sectors=_weights(
            "keuangan:3, pendidikan:3, kesehatan:3, "
            "pemerintahan:2, pekerjaan umum:1.5, sosial:1, kependudukan:1"
        ),
    ),
}
MIDDLE = Tendency()


def tendency(region: str) -> Tendency:
    return TENDENCIES.get(region, MIDDLE)


# --- the workforce ------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Sector:
    key: str
    units: tuple[tuple[str, bool], ...]  # (unit, public-facing)
    fields: tuple[str, ...]
    competencies: tuple[str, ...]
    titles: Mapping[PositionKind, tuple[str, ...]]
    service: str


K = PositionKind
SECTORS: dict[str, Sector] = {
    s.key: s
    for s in (
        Sector(
            key="kesehatan",
            units=(
                ("Dinas Kesehatan", False),
                ("Rumah Sakit Umum Daerah", True),
                ("Puskesmas Kota", True),
            ),
            fields=("kesehatan", "keperawatan", "kesehatan masyarakat", "farmasi"),
            competencies=("manajemen_kesehatan", "keperawatan", "kefarmasian"),
            titles={
                K.PELAKSANA: ("Pengadministrasi Perkantoran", "Pengelola Data Kesehatan"),
                K.FUNGSIONAL: (
                    "Perawat Ahli Pertama",
                    "Bidan Terampil",
                    "Epidemiolog Kesehatan Ahli Muda",
                    "Apoteker Ahli Pertama",
                    "Administrator Kesehatan Ahli Muda",
                ),
                K.PENGAWAS: ("Kepala Seksi Pelayanan Kesehatan", "Kepala Seksi Kefarmasian"),
                K.ADMINISTRATOR: (
                    "Kepala Bidang Pelayanan Kesehatan",
                    "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
                ),
            },
            service="Pelayanan kesehatan",
        ),
        Sector(
            key="pendidikan",
            units=(("Dinas Pendidikan", False), ("Sekolah Negeri", True)),
            fields=("pendidikan", "pendidikan matematika", "pendidikan bahasa"),
            competencies=("mengajar", "pedagogi", "administrasi_sekolah"),
            titles={
                K.PELAKSANA: ("Pengelola Layanan Operasional", "Operator Data Pendidikan"),
                K.FUNGSIONAL: (
                    "Guru Ahli Pertama - Matematika",
                    "Guru Ahli Muda - Bahasa Indonesia",
                    "Guru Ahli Pertama - IPA",
                    "Pengawas Sekolah Ahli Muda",
                ),
                K.PENGAWAS: ("Kepala Seksi Kurikulum", "Kepala Seksi Peserta Didik"),
                K.ADMINISTRATOR: ("Kepala Bidang Pembinaan Sekolah", "Sekretaris Dinas"),
            },
            service="Layanan pendidikan",
        ),
        Sector(
            key="keuangan",
            units=(
                ("Badan Keuangan dan Aset Daerah", False),
                ("Badan Pendapatan Daerah", True),
            ),
            fields=("keuangan", "akuntansi", "ekonomi", "manajemen"),
            competencies=("penganggaran", "akuntansi", "pengelolaan_aset"),
            titles={
                K.PELAKSANA: ("Pengadministrasi Keuangan", "Bendahara Pengeluaran Pembantu"),
                K.FUNGSIONAL: (
                    "Analis Keuangan Pusat dan Daerah Ahli Pertama",
                    "Analis Anggaran Ahli Muda",
                    "Penilai Pajak Daerah Ahli Pertama",
                ),
                K.PENGAWAS: ("Kepala Subbidang Anggaran", "Kepala Subbidang Akuntansi"),
                K.ADMINISTRATOR: ("Kepala Bidang Anggaran", "Kepala Bidang Pendapatan"),
            },
            service="Pelayanan pajak daerah",
        ),
        Sector(
            key="teknologi informasi",
            units=(("Dinas Komunikasi dan Informatika", False),),
            fields=("teknologi informasi", "ilmu komputer", "sistem informasi", "statistika"),
            competencies=("teknologi_informasi", "analisis_data", "keamanan_informasi"),
            titles={
                K.PELAKSANA: ("Pengelola Sistem Informasi", "Pengolah Data"),
                K.FUNGSIONAL: (
                    "Pranata Komputer Ahli Pertama",
                    "Statistisi Ahli Pertama",
                    "Pranata Hubungan Masyarakat Ahli Muda",
                ),
                K.PENGAWAS: ("Kepala Seksi Aplikasi Informatika", "Kepala Seksi Statistik"),
                K.ADMINISTRATOR: ("Kepala Bidang Aplikasi dan Informatika",),
            },
            service="Layanan informasi publik",
        ),
        Sector(
            key="kependudukan",
            units=(("Dinas Kependudukan dan Pencatatan Sipil", True),),
            fields=("administrasi publik", "hukum", "ilmu pemerintahan"),
            competencies=("administrasi_kependudukan", "pengelolaan_data"),
            titles={
                K.PELAKSANA: (
                    "Pengadministrasi Kependudukan",
                    "Petugas Layanan Administrasi Kependudukan",
                ),
                K.FUNGSIONAL: ("Administrator Database Kependudukan Ahli Pertama",),
                K.PENGAWAS: ("Kepala Seksi Pendaftaran Penduduk", "Kepala Seksi Kelahiran"),
                K.ADMINISTRATOR: ("Kepala Bidang Pelayanan Pencatatan Sipil",),
            },
            service="Layanan KTP-el dan akta",
        ),
        Sector(
            key="perizinan",
            units=(("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", True),),
            fields=("hukum", "administrasi publik", "ekonomi"),
            competencies=("perizinan", "hukum"),
            titles={
                K.PELAKSANA: ("Petugas Front Office Perizinan", "Pengadministrasi Perizinan"),
                K.FUNGSIONAL: ("Analis Kebijakan Ahli Pertama", "Penata Perizinan Ahli Muda"),
                K.PENGAWAS: ("Kepala Seksi Pelayanan Perizinan",),
                K.ADMINISTRATOR: ("Kepala Bidang Pelayanan Perizinan",),
            },
            service="Layanan perizinan",
        ),
        Sector(
            key="pemerintahan",
            units=(
                ("Sekretariat Daerah", False),
                ("Badan Kepegawaian dan Pengembangan SDM", False),
                ("Inspektorat", False),
                ("Kantor Kecamatan", True),
            ),
            fields=("ilmu pemerintahan", "administrasi publik", "hukum", "manajemen"),
            competencies=("administrasi", "kepegawaian", "pengawasan_internal"),
            titles={
                K.PELAKSANA: ("Pengadministrasi Umum", "Pengelola Kepegawaian"),
                K.FUNGSIONAL: (
                    "Analis SDM Aparatur Ahli Pertama",
                    "Auditor Ahli Pertama",
                    "Analis Kebijakan Ahli Muda",
                ),
                K.PENGAWAS: ("Kepala Subbagian Umum", "Kepala Seksi Pemerintahan"),
                K.ADMINISTRATOR: ("Kepala Bagian Organisasi", "Sekretaris Kecamatan"),
            },
            service="Layanan administrasi kecamatan",
        ),
        Sector(
            key="pekerjaan umum",
            units=(("Dinas Pekerjaan Umum dan Penataan Ruang", False),),
            fields=("teknik sipil", "arsitektur", "perencanaan wilayah"),
            competencies=("perencanaan_teknis", "pengawasan_konstruksi"),
            titles={
                K.PELAKSANA: ("Pengawas Lapangan", "Pengadministrasi Teknik"),
                K.FUNGSIONAL: ("Teknik Jalan dan Jembatan Ahli Pertama", "Penata Ruang Ahli Muda"),
                K.PENGAWAS: ("Kepala Seksi Jalan dan Jembatan",),
                K.ADMINISTRATOR: ("Kepala Bidang Bina Marga",),
            },
            service="Layanan perizinan bangunan",
        ),
        Sector(
            key="sosial",
            units=(("Dinas Sosial", True), ("Dinas Pemberdayaan Masyarakat", False)),
            fields=("kesejahteraan sosial", "sosiologi", "administrasi publik"),
            competencies=("pemberdayaan_masyarakat", "pekerjaan_sosial"),
            titles={
                K.PELAKSANA: ("Pengelola Bantuan Sosial", "Pendamping Program"),
                K.FUNGSIONAL: ("Pekerja Sosial Ahli Pertama", "Penyuluh Sosial Ahli Muda"),
                K.PENGAWAS: ("Kepala Seksi Pemberdayaan Masyarakat",),
                K.ADMINISTRATOR: ("Kepala Bidang Rehabilitasi Sosial",),
            },
            service="Layanan bantuan sosial",
        ),
    )
}

FIRST_NAMES = {
    Gender.MALE: (
        "Ahmad", "Budi", "Agus", "Andi", "Hendra", "Rudi", "Fajar", "Dedi", "Eko", "Irfan",
        "Joko", "Rizky", "Arif", "Doni", "Hadi", "Taufik", "Yusuf", "Bambang", "Indra", "Ilham",
    ),
    Gender.FEMALE: (
        "Rina", "Siti", "Dewi", "Fitri", "Maya", "Yuni", "Nur", "Sri", "Lina", "Ratna",
        "Wulan", "Intan", "Mega", "Ayu", "Dian", "Lia", "Nova", "Rini", "Evi", "Sari",
    ),
}  # fmt: skip
LAST_NAMES = {
    "medan": (
        "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Sitompul", "Hutapea",
        "Ginting", "Tarigan", "Sembiring", "Pane", "Damanik", "Batubara", "Daulay",
    ),
    "sawahlunto": (
        "Syafrizal", "Yusnimar", "Yenti", "Rahmadani", "Fauzan", "Afrizal", "Zulkifli",
        "Hendri", "Efendi", "Elvina", "Desmawati", "Novrizal", "Ridwan", "Chaniago",
    ),
    "jambi": (
        "Saputra", "Putri", "Hidayat", "Ramadhan", "Kurniawan", "Wati", "Sari", "Fitriani",
        "Hasan", "Yusuf", "Azhari", "Maulana", "Syahputra", "Anggraini",
    ),
    "kepahiang": (
        "Saputra", "Sari", "Wijaya", "Pratama", "Lestari", "Rahayu", "Susanti", "Herman",
        "Junaidi", "Suryadi", "Darmawan", "Yanti", "Gunawan", "Marlina",
    ),
}  # fmt: skip
OTHER_LAST_NAMES = (
    "Santoso", "Wibowo", "Kusuma", "Purnamasari", "Handayani", "Setiawan", "Nugroho",
    "Permana", "Anggraini", "Rahmawati", "Hakim", "Putri", "Saputra", "Lestari",
)  # fmt: skip
DEGREES = {
    "kesehatan": "S.K.M.", "keperawatan": "S.Kep.", "kesehatan masyarakat": "S.K.M.",
    "farmasi": "S.Farm.", "pendidikan": "S.Pd.", "pendidikan matematika": "S.Pd.",
    "pendidikan bahasa": "S.Pd.", "keuangan": "S.E.", "akuntansi": "S.Ak.", "ekonomi": "S.E.",
    "manajemen": "S.M.", "teknologi informasi": "S.Kom.", "ilmu komputer": "S.Kom.",
    "sistem informasi": "S.Kom.", "statistika": "S.Stat.", "administrasi publik": "S.AP.",
    "hukum": "S.H.", "ilmu pemerintahan": "S.IP.", "teknik sipil": "S.T.", "arsitektur": "S.Ars.",
    "perencanaan wilayah": "S.T.", "kesejahteraan sosial": "S.Sos.", "sosiologi": "S.Sos.",
}  # fmt: skip
OUTSIDE_AGENCIES = {
    "medan": ("Pemerintah Kabupaten Deli Serdang", "Pemerintah Provinsi Sumatera Utara"),
    "sawahlunto": ("Pemerintah Kota Padang", "Pemerintah Kabupaten Sijunjung"),
    "jambi": ("Pemerintah Kabupaten Muaro Jambi", "Pemerintah Provinsi Jambi"),
    "kepahiang": ("Pemerintah Kabupaten Rejang Lebong", "Pemerintah Kota Bengkulu"),
}
SANCTIONS_LIGHT = ("teguran lisan", "teguran tertulis", "pernyataan tidak puas secara tertulis")
SANCTIONS_HEAVIER = (
    "pemotongan tunjangan kinerja 25% selama 6 bulan",
    "pemotongan tunjangan kinerja 25% selama 12 bulan",
    "penurunan jabatan setingkat lebih rendah selama 12 bulan",
)
TRAINING_TITLES = {
    "teknis": ("Bimbingan Teknis", "Pelatihan Teknis", "Diklat Fungsional"),
    "komunikasi": ("Pelatihan Komunikasi Efektif", "Pelatihan Public Speaking"),
    "kepemimpinan": ("Pelatihan Kepemimpinan", "Coaching dan Mentoring"),
    "pelayanan": ("Pelatihan Pelayanan Prima",),
    "pelayanan_publik": ("Pelatihan Standar Pelayanan Publik",),
    "manajemen": ("Pelatihan Manajemen Kinerja",),
    "orientasi": ("Orientasi Tugas",),
}
ORGANIZERS = ("BKPSDM", "BPSDM Provinsi", "LAN RI", "Pusdiklat Kementerian", "Unit kerja")
PREDICATES_WORST_FIRST = (
    Predicate.SANGAT_KURANG,
    Predicate.KURANG,
    Predicate.BUTUH_PERBAIKAN,
    Predicate.BAIK,
    Predicate.SANGAT_BAIK,
)
RATINGS = {
    Predicate.SANGAT_BAIK: ((Rating.ABOVE, Rating.ABOVE),),
    Predicate.BAIK: (
        (Rating.MEETS, Rating.MEETS),
        (Rating.MEETS, Rating.MEETS),
        (Rating.ABOVE, Rating.MEETS),
        (Rating.MEETS, Rating.ABOVE),
    ),
    Predicate.BUTUH_PERBAIKAN: ((Rating.BELOW, Rating.MEETS), (Rating.BELOW, Rating.ABOVE)),
    Predicate.KURANG: ((Rating.MEETS, Rating.BELOW), (Rating.ABOVE, Rating.BELOW)),
    Predicate.SANGAT_KURANG: ((Rating.BELOW, Rating.BELOW),),
}
RANK_RANGES = {
    K.PELAKSANA: ("II/a", "III/b"),
    K.FUNGSIONAL: ("III/a", "IV/b"),
    K.PENGAWAS: ("III/b", "III/d"),
    K.ADMINISTRATOR: ("III/d", "IV/b"),
    K.JPT_PRATAMA: ("IV/b", "IV/d"),
    K.JPT_MADYA: ("IV/c", "IV/e"),
    K.JPT_UTAMA: ("IV/d", "IV/e"),
}
KIND_WEIGHTS = (
    (K.PELAKSANA, 34),
    (K.FUNGSIONAL, 42),
    (K.PENGAWAS, 13),
    (K.ADMINISTRATOR, 7),
    (K.JPT_PRATAMA, 2),
)
#: Kinds a person in a kind of post may move to (rotation at the same level, or one up).
NEXT_KINDS = {
    K.PELAKSANA: (K.PELAKSANA, K.PELAKSANA, K.FUNGSIONAL),
    K.FUNGSIONAL: (K.FUNGSIONAL, K.FUNGSIONAL, K.PENGAWAS),
    K.PENGAWAS: (K.PENGAWAS, K.PENGAWAS, K.ADMINISTRATOR),
    K.ADMINISTRATOR: (K.ADMINISTRATOR, K.ADMINISTRATOR, K.JPT_PRATAMA),
    K.JPT_PRATAMA: (K.JPT_PRATAMA,),
    K.JPT_MADYA: (K.JPT_MADYA,),
    K.JPT_UTAMA: (K.JPT_UTAMA,),
}


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _rng(seed: int, *parts: object) -> random.Random:
    """A generator of its own for one purpose, so that adding a region changes no other."""
    return random.Random(":".join(map(str, (seed, *parts))))


@dataclass
class Person:
    """One generated employee, with what the simulation needs to know about them."""

    employee: Employee
    sector: str
    performance: float  # 0-1, drives predicates, potential and form answers
    row_id: int = 0
    busy: bool = False  # has a case


HEADS = {
    "Sekretariat Daerah": "Sekretaris Daerah",
    "Inspektorat": "Inspektur",
    "Rumah Sakit Umum Daerah": "Direktur Rumah Sakit Umum Daerah",
}


def _title(kind: PositionKind, sector: Sector, unit: str, rng: random.Random) -> str:
    if kind.is_jpt:
        return HEADS.get(unit, f"Kepala {unit}")
    return str(rng.choice(sector.titles[kind]))


def _unit(
    sector: Sector,
    rng: random.Random,
    public_share: float,
    level: Level,
    kind: PositionKind = K.FUNGSIONAL,
) -> tuple[str, bool]:
    public = [u for u in sector.units if u[1]]
    inner = [u for u in sector.units if not u[1]]
    if kind is K.JPT_MADYA:
        return sector.units[0]
    if kind.is_jpt:  # the head of an office of the sector
        return rng.choice(inner or public)
    pick = public if public and (not inner or rng.random() < public_share) else inner
    name, is_public = rng.choice(pick)
    if kind.is_managerial and name == "Sekolah Negeri":  # managers sit in the office
        name, is_public = sector.units[0]
    if name == "Sekolah Negeri":
        school = (
            "SMA Negeri" if level is Level.PROVINCE else rng.choice(("SMP Negeri", "SD Negeri"))
        )
        name = f"{school} {rng.randint(1, 12)}"
    elif name == "Kantor Kecamatan":
        name = f"Kecamatan {rng.choice(('Kota', 'Barat', 'Timur', 'Utara', 'Selatan'))}"
    elif name == "Puskesmas Kota":
        name = f"Puskesmas {rng.choice(('Kota', 'Barat', 'Timur', 'Utara', 'Selatan'))}"
    return name, is_public


def _competencies(
    sector: Sector, kind: PositionKind, public: bool, rng: random.Random
) -> frozenset[str] | None:
    if rng.random() < 0.03:
        return None  # never recorded
    held = len(sector.competencies) - (1 if rng.random() < 0.5 else 0)
    comps = set(rng.sample(sector.competencies, k=max(1, held)))
    if rng.random() < (0.85 if public else 0.55):
        comps.add("komunikasi")
    if rng.random() < (0.8 if public else 0.3):
        comps.add("pelayanan")
    if rng.random() < (0.85 if kind.is_managerial else 0.08):
        comps.add("kepemimpinan")
    if rng.random() < 0.12:
        comps.add("analisis_data")
    if sector.key != "teknologi informasi" and rng.random() < 0.08:
        comps.add("teknologi_informasi")
    return frozenset(comps)


def _education(kind: PositionKind, sector: Sector, rng: random.Random) -> Education:
    levels = {
        K.PELAKSANA: (("SMA", 35), ("D3", 30), ("S1", 35)),
        K.FUNGSIONAL: (("D3", 18), ("S1", 62), ("S2", 20)),
        K.PENGAWAS: (("S1", 70), ("S2", 30)),
        K.ADMINISTRATOR: (("S1", 40), ("S2", 60)),
    }.get(kind, (("S2", 80), ("S3", 20)))
    level = _weighted(rng, levels)
    if rng.random() < 0.85:
        study = rng.choice(sector.fields)
    else:  # studied something else: a cross-field career
        study = rng.choice(SECTORS[rng.choice(sorted(SECTORS))].fields)
    return Education(level=level, field=study)


def _appraisals(
    rng: random.Random, performance: float, first_year: int, last_year: int
) -> tuple[Appraisal, ...]:
    out = []
    for year in range(first_year, last_year + 1):
        r = rng.random()
        if r < 0.004:
            pred = Predicate.SANGAT_KURANG
        elif r < 0.004 + 0.02 * (1 - performance):
            pred = Predicate.KURANG
        elif r < 0.024 + 0.07 * (1 - performance):
            pred = Predicate.BUTUH_PERBAIKAN
        elif r > 0.92 - 0.3 * performance:
            pred = Predicate.SANGAT_BAIK
        else:
            pred = Predicate.BAIK
        work, behaviour = rng.choice(RATINGS[pred])
        legacy = year < last_year - 2 and rng.random() < 0.15  # older records without ratings
        out.append(
            Appraisal(
                year=year,
                predicate=pred,
                work_result=None if legacy else work,
                behaviour=None if legacy else behaviour,
            )
        )
    return tuple(out)


def _training(
    rng: random.Random, kind: PositionKind, public: bool, since: date, until: date
) -> tuple[TrainingRecord, ...]:
    cats = [
        ("teknis", 50),
        ("komunikasi", 12),
        ("manajemen", 6),
        ("pelayanan", 10 if public else 3),
    ]
    cats.append(("kepemimpinan", 25 if kind.is_managerial else 4))
    out = []
    for year in range(since.year, until.year + 1):
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            end = date(year, rng.randint(1, 12), rng.randint(1, 28))
            hours = rng.choice((8, 12, 16, 16, 20, 24, 32, 40))
            start = end - timedelta(days=max(0, hours // 8 - 1))
            if start < since or end >= until:
                continue
            cat = _weighted(rng, cats)
            out.append(
                TrainingRecord(
                    title=f"{rng.choice(TRAINING_TITLES[cat])} {year}",
                    category=cat,
                    hours=hours,
                    start=start,
                    end=end,
                    organizer=rng.choice(ORGANIZERS),
                )
            )
    return tuple(sorted(out, key=lambda t: (t.end, t.title)))


def _rank(kind: PositionKind, service_years: int, rng: random.Random) -> str:
    low, high = (RANKS.index(r) for r in RANK_RANGES[kind])
    step = min(high, low + service_years // 4 + rng.randint(0, 1))
    return RANKS[max(low, step)]


def _person(
    rng: random.Random,
    region: str,
    level: Level,
    tend: Tendency,
    kind: PositionKind,
    today: date,
    used: set[str],
) -> Person:
    gender = rng.choice((Gender.MALE, Gender.FEMALE))
    birth = date(rng.randint(1966, 1999), rng.randint(1, 12), rng.randint(1, 28))
    youngest_cpns = birth.year + (20 if kind in (K.PELAKSANA, K.FUNGSIONAL) else 24)
    cpns_year = min(today.year - 1, rng.randint(youngest_cpns, youngest_cpns + 12))
    if kind.is_managerial:  # managers have served a while
        cpns_year = min(cpns_year, today.year - (14 if kind.is_jpt else 8))
        cpns_year = max(cpns_year, birth.year + 19)
    cpns = date(cpns_year, rng.randint(1, 12), 1)
    if cpns >= today.replace(day=1):
        cpns = date(today.year - 1, 1, 1)
    pppk = kind in (K.FUNGSIONAL, K.PELAKSANA) and rng.random() < 0.14
    sequence = rng.randint(1, 999)
    nip = format_nip(birth, cpns, gender, sequence)
    while nip in used or nip in RESERVED_NIPS:
        sequence = sequence % 999 + 1
        nip = format_nip(birth, cpns, gender, sequence)
    used.add(nip)

    sector = SECTORS[_weighted(rng, tend.sectors)]
    if kind is K.JPT_MADYA:  # a province's Sekretaris Daerah
        sector = SECTORS["pemerintahan"]
    unit, public = _unit(sector, rng, tend.public_share, level, kind)
    performance = min(1.0, max(0.0, rng.betavariate(4, 2.5)))
    service_years = today.year - cpns.year
    # months in the current post: a few months to nine years, never before the appointment
    earliest = add_months(cpns, 3)
    start = today - timedelta(days=int(rng.triangular(60, 3300, 1500)))
    start = max(start, earliest)
    history: list[Position] = []
    cursor = cpns
    previous_kind = {
        K.JPT_MADYA: K.JPT_PRATAMA,
        K.JPT_PRATAMA: K.ADMINISTRATOR,
        K.ADMINISTRATOR: K.PENGAWAS,
        K.PENGAWAS: K.FUNGSIONAL if rng.random() < 0.4 else K.PELAKSANA,
    }.get(kind, kind)
    while cursor < start - timedelta(days=400) and len(history) < 3:
        end = min(start - timedelta(days=1), cursor + timedelta(days=rng.randint(700, 2200)))
        prev_sector = sector if rng.random() < 0.75 else SECTORS[rng.choice(sorted(SECTORS))]
        prev_unit, _ = _unit(prev_sector, rng, 0.4, level, previous_kind)
        history.append(
            Position(
                title=_title(previous_kind, prev_sector, prev_unit, rng),
                kind=previous_kind,
                unit=prev_unit,
                sector=prev_sector.key,
                start=cursor,
                end=end,
            )
        )
        cursor = end + timedelta(days=1)
    if history and history[-1].end is not None and history[-1].end < start - timedelta(days=1):
        last = history[-1]
        history[-1] = attrs.evolve(last, end=start - timedelta(days=1))
    position = Position(
        title=_title(kind, sector, unit, rng),
        kind=kind,
        unit=unit,
        sector=sector.key,
        start=start,
    )
    first_year = max(cpns.year + 1, today.year - 5)
    appraisals = _appraisals(rng, performance, first_year, today.year - 1)
    sanctions: list[Sanction] = []
    if rng.random() < 0.06:  # an old, served sanction
        s_start = today - timedelta(days=rng.randint(1100, 2500))
        sanctions.append(
            Sanction(
                kind=rng.choice(SANCTIONS_LIGHT),
                start=s_start,
                end=s_start + timedelta(days=rng.choice((30, 90, 180))),
            )
        )
    if rng.random() < 0.04:  # a sanction some time in the two-year window
        s_start = today - timedelta(days=rng.randint(30, WINDOW_DAYS))
        sanctions.append(
            Sanction(
                kind=rng.choice(SANCTIONS_LIGHT + SANCTIONS_HEAVIER),
                start=s_start,
                end=s_start + timedelta(days=rng.choice((180, 270, 365))),
            )
        )
        if rng.random() < 0.5:
            appraisals = tuple(
                attrs.evolve(
                    a,
                    predicate=Predicate.BUTUH_PERBAIKAN,
                    work_result=Rating.BELOW,
                    behaviour=Rating.MEETS,
                )
                if a.year == s_start.year
                else a
                for a in appraisals
            )
    obligations: list[ServiceObligation] = []
    if not pppk and rng.random() < 0.04:  # study leave, then the service bond it brings
        o_start = today - timedelta(days=rng.randint(100, 1800))
        o_end = o_start + timedelta(days=rng.choice((730, 1095, 1460)))
        obligations.append(
            ServiceObligation(kind=ObligationKind.STUDY_LEAVE, start=o_start, end=o_end)
        )
        if rng.random() < 0.6:
            obligations.append(
                ServiceObligation(
                    kind=ObligationKind.SERVICE_BOND,
                    start=o_end + timedelta(days=1),
                    end=o_end + timedelta(days=rng.choice((730, 1460))),
                )
            )
    elif not pppk and rng.random() < 0.02:  # a service bond from an earlier scholarship
        o_start = today - timedelta(days=rng.randint(200, 1500))
        obligations.append(
            ServiceObligation(
                kind=ObligationKind.SERVICE_BOND,
                start=o_start,
                end=o_start + timedelta(days=rng.choice((1095, 1460, 2190))),
            )
        )
    education = _education(kind, sector, rng)
    first = rng.choice(FIRST_NAMES[gender])
    surname = rng.choice(LAST_NAMES.get(region, OTHER_LAST_NAMES))
    degree = DEGREES.get(education.field, "S.Sos.") if education.level in ("S1", "S2", "S3") else ""
    if education.level == "D3":
        degree = "A.Md."
    elif education.level == "S2":
        degree += ", M.Si." if rng.random() < 0.6 else ", M.M."
    elif education.level == "S3":
        degree = "Dr. " + degree
    name = f"{first} {surname}"
    if degree.startswith("Dr. "):
        name = f"Dr. {name}, {degree[4:]}"
    elif degree:
        name = f"{name}, {degree}"
    potential = (
        None if rng.random() < 0.06 else int(min(98, max(30, rng.gauss(45 + 45 * performance, 8))))
    )
    conflicts = (
        frozenset({_unit(sector, rng, 0.5, level)[0]}) if rng.random() < 0.015 else frozenset()
    )
    employee = Employee(
        nip=nip,
        name=name,
        employment_type=EmploymentType.PPPK if pppk else EmploymentType.PNS,
        rank=None if pppk else _rank(kind, service_years, rng),
        position=position,
        position_history=tuple(history),
        education=education,
        competencies=_competencies(sector, kind, public, rng),
        cpns_start=cpns,
        pns_start=None if pppk else add_months(cpns, 12),
        appraisals=appraisals,
        sanctions=tuple(sanctions),
        obligations=tuple(obligations),
        training=_training(rng, kind, public, max(cpns, date(today.year - 3, 1, 1)), today),
        potential_score=potential,
        conflict_units=conflicts,
        region=region,
    )
    return Person(employee=employee, sector=sector.key, performance=performance)


def workforce(seed: int, rc: RegionCatalog, n: int, today: date, used: set[str]) -> list[Person]:
    """``n`` employees of one region; ``used`` holds the NIPs taken (all regions)."""
    rng = _rng(seed, rc.code, "workforce")
    tend = tendency(rc.code)
    kinds = [k for k, _ in KIND_WEIGHTS]
    if rc.region.level is Level.PROVINCE:
        kinds.append(K.JPT_MADYA)
    people = []
    for i in range(n):
        kind = kinds[i] if i < len(kinds) else _weighted(rng, KIND_WEIGHTS)
        people.append(_person(rng, rc.code, rc.region.level, tend, kind, today, used))
    return people


# --- vacancies ------------------------------------------------------------------------------


@dataclass
class Post:
    """A vacancy as stored, with its entity for dry runs and the seats cases count on."""

    id: int
    vacancy: Vacancy
    kind_of_move: MutationKind
    reserved: int = 0


def _vacancy_bodies(
    seed: int, rc: RegionCatalog, count: int, people: Sequence[Person]
) -> list[tuple[schemas.VacancyIn, MutationKind]]:
    """Vacancies where the workforce has people: posts of its sectors, at its levels."""
    rng = _rng(seed, rc.code, "vacancies")
    tend = tendency(rc.code)
    level = rc.region.level
    out: list[tuple[schemas.VacancyIn, MutationKind]] = []
    for i in range(count):
        near = rng.choice(people)
        if rng.random() < 0.8:
            sector = SECTORS[near.sector]
        else:
            sector = SECTORS[_weighted(rng, tend.sectors)]
        kind = rng.choice(NEXT_KINDS[near.employee.position.kind])
        if kind.is_jpt and i % 10:
            kind = K.ADMINISTRATOR  # top posts are few
        if kind is K.JPT_MADYA:
            sector = SECTORS["pemerintahan"]
        unit, public = _unit(sector, rng, tend.public_share, level, kind)
        seats = _weighted(rng, ((1, 45), (2, 30), (3, 17), (4, 8)))
        if rng.random() < 0.05:
            seats = 0  # formasi already filled
        current = rng.randint(5, 40)
        roll = rng.random()
        if roll < 0.05:
            required: int | None = None  # no ABK on record
            have: int | None = None
        elif roll < 0.13:
            required, have = current, current  # no shortage by the ABK
        else:
            required, have = current + seats + rng.randint(0, 3), current
        comps: list[str] = []
        if rng.random() < 0.85:
            comps.append(rng.choice(sector.competencies))
        if public and rng.random() < 0.5:
            comps.append("komunikasi")
        flags: list[TargetFlag] = []
        if kind is K.ADMINISTRATOR or kind.is_jpt or (kind is K.PENGAWAS and rng.random() < 0.4):
            flags.append(TargetFlag.STRATEGIC)
        if public:
            flags.append(TargetFlag.PUBLIC_FACING)
        body = schemas.VacancyIn(
            code=f"{rc.code[:3]}-{sector.key.split()[0][:6]}-{kind.value[:4]}-{i + 1:03d}",
            unit=unit,
            title=_title(kind, sector, unit, rng),
            kind=kind,
            sector=sector.key,
            seats=seats,
            education_fields=list(sector.fields) if rng.random() < tend.education_listed else [],
            required_competencies=sorted(set(comps)),
            flags=flags,
            required_staff=required,
            current_staff=have,
        )
        out.append((body, MutationKind.WITHIN_AGENCY))
    agencies = OUTSIDE_AGENCIES.get(
        rc.code, ("Pemerintah Provinsi Tetangga", "Kementerian Dalam Negeri")
    )
    for j, agency in enumerate(agencies):
        sector = SECTORS[_weighted(rng, tend.sectors)]
        kind = K.FUNGSIONAL if j == 0 else K.PELAKSANA
        if agency.startswith("Kementerian"):
            move = MutationKind.REGIONAL_CENTRAL
        elif level is Level.PROVINCE:
            move = MutationKind.BETWEEN_PROVINCES
        else:  # kind 2 also covers a kabupaten/kota and its own province
            move = MutationKind.BETWEEN_REGENCIES
        unit = f"{sector.units[0][0]} ({agency})"
        body = schemas.VacancyIn(
            code=f"{rc.code[:3]}-luar-{j + 1:02d}",
            unit=unit[:200],
            title=_title(kind, sector, unit, rng),
            kind=kind,
            sector=sector.key,
            seats=rng.randint(2, 4),
            education_fields=list(sector.fields),
            required_competencies=[],
            flags=[],
            required_staff=rng.randint(20, 30),
            current_staff=rng.randint(10, 18),
            agency=agency,
        )
        out.append((body, move))
    return out


# --- form answers ---------------------------------------------------------------------------


@dataclass
class FormContext:
    """What the people filling in a form know, and how they lean (means on 1-5)."""

    on: date
    mean: float
    adaptation: float
    objection: bool = False
    willing: str = "bersedia"
    reason: str = ""
    unit: str = ""
    title: str = ""
    service: str = ""
    officer: str = ""
    required_staff: int | None = None
    current_staff: int | None = None
    public_facing: bool = False
    strategic: bool = False
    competencies: tuple[str, ...] = ()
    target_competencies: tuple[str, ...] = ()
    education_fields: tuple[str, ...] = ()
    months_since_move: int = 0
    months_in_post: int = 0
    predicate_before: str | None = None


OBJECTION_REASONS = (
    "Jarak dari rumah ke kantor baru jauh; anak masih bersekolah dekat kantor lama.",
    "Saya merasa sudah nyaman dan berkinerja baik di unit sekarang.",
    "Pasangan bertugas di kecamatan lain; mohon penempatan yang lebih dekat.",
    "Bidang tugas baru belum sesuai dengan keahlian saya.",
    "Sedang menyelesaikan pekerjaan penting di unit lama sampai akhir tahun anggaran.",
    "Orang tua sakit dan membutuhkan pendampingan sehari-hari.",
)
REJECT_REASONS = (
    "Kebutuhan organisasi berubah: formasi dialihkan ke unit lain.",
    "Pegawai masih sangat dibutuhkan di unit asal untuk tahun anggaran berjalan.",
    "Kandidat lain lebih sesuai dengan kebutuhan jabatan.",
    "Rencana penataan organisasi unit tujuan belum selesai.",
)
RETURN_REASONS = (
    "Berkas penilaian kinerja belum lengkap; mohon dilengkapi.",
    "Perlu masukan tambahan dari atasan langsung.",
    "Data ANJAB/ABK unit tujuan perlu diperbarui.",
)
TEXTS = {
    "aspirasi": "Saya ingin berkontribusi di {unit} sesuai keahlian saya.",
    "alasan_kesediaan": "{reason}",
    "uraian_keberatan": "{reason}",
    "alasan_keberatan": "{reason}",
    "keberatan": "{reason}",
    "ringkasan_kinerja_pegawai": "Sebagian besar pegawai {unit} berpredikat Baik; beban layanan meningkat.",
    "alasan_kebutuhan": "Kekurangan pegawai pada {title} menurut ANJAB/ABK tahun berjalan.",
    "perbaikan": "Jadwalkan orientasi dan pendampingan lebih awal pada mutasi berikutnya.",
    "tindak_lanjut": "Pemantauan berkala dilanjutkan oleh atasan langsung.",
    "kendala": "Perlu waktu menyesuaikan dengan prosedur kerja di unit baru.",
    "dukungan_diharapkan": "Pendampingan oleh pejabat lama selama dua minggu pertama.",
    "instansi": "{unit}",
    "unit_kerja": "{unit}",
    "unit_layanan": "{unit}",
    "unit_diminati": "{unit}",
    "jabatan": "{title}",
    "bidang_minat": "{service}",
    "jenis_layanan": "{service}",
    "disampaikan_oleh": "{officer}",
    "penyampai": "{officer}",
}
_REQUIRED = re.compile(r"^'([^']+)' is a required property$")


def objection_field(spec: FormSpec) -> tuple[str, Any, Any] | None:
    """The answer by which a form records an objection: (field, objecting, accepting).

    ``FormSpec.objection_item`` where the form names one; otherwise a boolean answer named
    after *keberatan*, or a choice that offers ``keberatan``.
    """
    props: Mapping[str, Any] = spec.schema.get("properties", {})
    if spec.objection_item:
        values = props.get(spec.objection_item, {}).get("enum")
        objecting = spec.objection_values[0]
        accepting = next(v for v in values if v not in spec.objection_values) if values else False
        return spec.objection_item, objecting, accepting
    for name, prop in props.items():
        if prop.get("type") == "boolean" and "keberatan" in name:
            return name, True, False
    for name, prop in props.items():
        values = prop.get("enum") or []
        if "keberatan" in values:
            return name, "keberatan", next(v for v in values if v != "keberatan")
    return None


def records_objection(spec: FormSpec, answers: Mapping[str, Any]) -> bool:
    """Whether ``answers`` object, by the form's objection item or (unnamed) its likeness."""
    if spec.objection_item:
        return spec.objects(answers)
    found = objection_field(spec)
    return found is not None and answers.get(found[0]) == found[1]


def _likert(rng: random.Random, mean: float, sd: float = 0.55) -> int:
    return min(5, max(1, round(rng.gauss(mean, sd))))


def _fits(prop: Mapping[str, Any], value: str) -> bool:
    pattern = prop.get("pattern")
    return pattern is None or re.search(pattern, value) is not None


def _text(name: str, prop: Mapping[str, Any], ctx: FormContext) -> str:
    template = TEXTS.get(name, "Catatan: {reason}" if ctx.reason else "Tidak ada catatan khusus.")
    text = template.format(
        unit=ctx.unit,
        title=ctx.title,
        service=ctx.service,
        officer=ctx.officer,
        reason=ctx.reason or "Tidak ada catatan khusus.",
    )
    while len(text) < int(prop.get("minLength", 0)):
        text += " (rincian terlampir)"
    return text[: int(prop.get("maxLength", 4000))]


def _value(
    name: str,
    prop: Mapping[str, Any],
    required: bool,
    example: Any,
    spec: FormSpec,
    ctx: FormContext,
    rng: random.Random,
) -> tuple[bool, Any]:
    """(include?, value) for one answer."""
    kind = prop.get("type")
    values = prop.get("enum")
    if kind == "integer" and prop.get("minimum") == 1 and prop.get("maximum") == 5:
        mean = ctx.adaptation if name in spec.adaptation_items else ctx.mean
        if name == "kejenuhan_berkurang":  # Medan rotates against burnout
            mean += 0.4
        return True, _likert(rng, mean)
    if kind == "integer":
        low = int(prop.get("minimum", 0))
        high = int(prop.get("maximum", 10**6))
        if "kebutuhan" in name:
            value = (
                ctx.required_staff
                if ctx.required_staff is not None
                else (ctx.current_staff or 8) + 2
            )
        elif name == "pegawai_tersedia":
            value = ctx.current_staff if ctx.current_staff is not None else 8
        elif "bulan" in name and "lama" not in name:
            value = ctx.months_since_move
        elif "lama" in name:
            value = rng.randint(6, 60)
        else:
            value = example if isinstance(example, int) else low
        return True, min(high, max(low, value))
    if kind == "boolean":
        if name == "layanan_publik_meningkat":
            return True, ctx.public_facing
        if name == "indikasi_kejenuhan":
            return True, ctx.months_in_post >= 48
        if name == "tujuan_tercapai":
            return True, ctx.adaptation >= 3.2
        if name.startswith("perlu_"):
            return True, ctx.adaptation < 3.2
        if name.startswith(("memahami", "manfaat", "dukungan")):
            return True, not (ctx.objection and rng.random() < 0.4)
        return (required or isinstance(example, bool)), bool(
            example
        ) if example is not None else False
    if values is not None:
        if name == "rekomendasi":
            if "rotasi" in values:
                if ctx.public_facing and "jabatan_pelayanan_publik" in values:
                    return True, "jabatan_pelayanan_publik"
                if ctx.strategic and "jabatan_strategis" in values:
                    return True, "jabatan_strategis"
                return True, "rotasi"
            if len(values) == 2:
                return True, values[0 if ctx.mean >= 3.0 else 1]
            index = 0 if ctx.mean >= 3.4 else (1 if ctx.mean >= 2.9 else len(values) - 1)
            return True, values[index]
        if name.startswith("kesediaan") and ctx.willing in values:
            return True, ctx.willing
        if name.startswith("predikat_sebelum"):
            return ctx.predicate_before in values, ctx.predicate_before
        if name.startswith("predikat"):
            return False, None
        if example in values and rng.random() < 0.7:
            return True, example
        return True, rng.choice(values)
    if kind == "array":
        item = prop.get("items", {})
        if name == "kompetensi_dibutuhkan":
            items = list(ctx.target_competencies) or ["pelayanan"]
        elif name in ("kompetensi_tersedia", "keahlian"):
            items = list(ctx.competencies)
        elif name == "kompetensi":
            items = list(ctx.target_competencies)
        elif name == "bidang_pendidikan":
            items = list(ctx.education_fields)
        else:
            items = list(example) if isinstance(example, list) else []
        items = [i for i in items if isinstance(i, str) and _fits(item, i)]
        include = required or bool(items)
        return include, items
    if kind == "string":
        if prop.get("format") == "date":
            return True, ctx.on.isoformat()
        if name == "periode":  # the first half of this year, or last year
            half = f"{ctx.on.year}-S1"
            return True, half if ctx.on.month > 6 and _fits(prop, half) else str(ctx.on.year - 1)
        if name in TEXTS and (required or rng.random() < 0.5):
            if TEXTS[name] == "{reason}" and not ctx.reason:
                return False, None
            return True, _text(name, prop, ctx)
        if required:
            return True, example if isinstance(example, str) else _text(name, prop, ctx)
        return False, None
    return required, example


def answers_for(validator: FormValidator, rng: random.Random, ctx: FormContext) -> dict[str, Any]:
    """Valid answers to a form, leaning the way ``ctx`` says."""
    spec = validator.spec
    schema = spec.schema
    props: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    examples = spec.examples()
    example: Mapping[str, Any] = examples[0] if examples else {}
    answers: dict[str, Any] = {}
    for name, prop in props.items():
        include, value = _value(name, prop, name in required, example.get(name), spec, ctx, rng)
        if include:
            answers[name] = value
    found = objection_field(spec)
    if found is not None:
        item, objecting, accepting = found
        answers[item] = objecting if ctx.objection else accepting
        noted = "menerima dengan catatan"
        if not ctx.objection and noted in props[item].get("enum", ()) and rng.random() < 0.15:
            answers[item] = noted  # accepted, with a wish on record
            ctx.reason = ctx.reason or "Mohon pendampingan pada bulan pertama di unit baru."
        for name, prop in props.items():  # a stance that offers "keberatan" agrees with it
            values = prop.get("enum") or []
            if name != item and "keberatan" in values:
                answers[name] = "keberatan" if ctx.objection else values[0]
    for _ in range(4):
        errors = validator.errors(answers)
        if not errors:
            return answers
        for error in errors:
            missing = _REQUIRED.match(error.message)
            if missing and missing.group(1) in props:
                name = missing.group(1)
                prop = props[name]
                if prop.get("type") == "string":
                    answers[name] = _text(name, prop, ctx)
                else:
                    answers[name] = example.get(name)
            elif error.path != "$":
                answers.pop(error.path.removeprefix("$.").split(".")[0].split("[")[0], None)
    if validator.errors(answers):  # fall back on the form's own sample
        answers = dict(example)
    return answers


# --- the simulation -------------------------------------------------------------------------


#: Gate kinds the simulation satisfies; a case held by another kind waits, open.
DRIVEN_GATES = frozenset(
    g.kind for g in (FormSubmitted, DecisionTaken, TrainingCompleted, EligibilityHolds)
)


class Fate(StrEnum):
    """What a case is planned to become (rules and gates may still decide otherwise)."""

    COMPLETE = "complete"
    REJECT = "reject"  # on the merits, at the decision
    WITHDRAW = "withdraw"  # the employee resists
    OPEN = "open"  # still running today, at ``stop_at``
    INELIGIBLE = "ineligible"  # opened without a dry run; a rule will stop it


PHASE_DAYS: dict[Phase, tuple[int, int]] = {
    Phase.NEEDS_ANALYSIS: (7, 21),
    Phase.PERFORMANCE_REVIEW: (7, 30),
    Phase.ASSESSMENT: (10, 30),
    Phase.CONSULTATION: (7, 28),
    Phase.PLANNING: (10, 30),
    Phase.TRAINING: (21, 60),
    Phase.DECISION: (7, 21),
    Phase.SOCIALISATION: (5, 21),
    Phase.PLACEMENT: (3, 14),
    Phase.ONBOARDING: (30, 75),
    Phase.POST_EVALUATION: (45, 120),
}


@dataclass
class Plan:
    index: int
    person: Person
    post: Post
    initiator: Initiator
    fate: Fate
    stop_at: str | None
    opened_at: datetime
    days: dict[str, float]  # planned days in each stage
    rng: random.Random  # the case's own
    low_input: bool = False  # the first 360° input falls below the gate
    objects: bool = False  # objects at socialisation


@dataclass
class Outcomes:
    """What the simulation did, for the summary and the tests."""

    moves: list[tuple[Person, Post, date, int]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    waiting: Counter[str] = field(default_factory=Counter)  # cases held by gates not driven


def _office_time(day: date, rng: random.Random) -> datetime:
    """A time in office hours (08:00-15:30 WIB) on ``day`` or the next working day, in UTC."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    local = datetime.combine(day, time(8)) + timedelta(minutes=rng.randint(0, 450))
    return (local - WIB).replace(tzinfo=UTC)


def _local_day(at: datetime) -> date:
    return (at + WIB).date()


class Simulation:
    """One region's cases, each a generator of the times it acts at, run in time order."""

    def __init__(
        self,
        session: Session,
        rc: RegionCatalog,
        seed: int,
        start: datetime,
        end: datetime,
        people: list[Person],
        posts: list[Post],
    ) -> None:
        self.session = session
        self.rc = rc
        self.seed = seed
        self.start = start
        self.end = end
        self.people = people
        self.posts = posts
        self.tend = tendency(rc.code)
        self.outcomes = Outcomes()
        self.store = documents.FileStore(Settings.from_env().upload_dir)
        name = rc.region.name
        self.hr = User(id=0, name=f"Bidang Mutasi BKPSDM {name}", role=Role.HR, region=rc.code)
        self.secretary = User(
            id=0, name=f"Sekretariat Baperjakat {name}", role=Role.HR, region=rc.code
        )
        self.officer = f"Kepala Bidang Mutasi BKPSDM {name}"
        self.specs = rc.form_specs
        self.graph = rc.graph
        self.rejecting = [s.key for s in rc.graph.stages if "rejected" in rc.graph.forward(s.key)]

    # planning ---------------------------------------------------------------------------

    def _days(self, rng: random.Random) -> dict[str, float]:
        out = {}
        seen: Counter[Phase] = Counter()
        for stage in self.graph.stages:
            low, high = PHASE_DAYS[stage.phase]
            if seen[stage.phase]:  # a second stage of the same phase is shorter
                low, high = low // 2, high // 2
            seen[stage.phase] += 1
            days = rng.uniform(low, high)
            if stage.deadline_working_days and rng.random() < 0.15:  # overdue
                days = stage.deadline_working_days * 1.4 + rng.uniform(3, 20)
            out[stage.key] = days
        return out

    def _eligible(
        self, person: Person, post: Post, on: Sequence[date], initiator: Initiator
    ) -> bool:
        return all(
            self.rc.evaluate(
                person.employee,
                post.vacancy,
                as_of=day,
                kind=post.kind_of_move,
                initiator=initiator,
            ).overall
            is Outcome.ELIGIBLE
            for day in on
        )

    def _match(
        self,
        rng: random.Random,
        initiator: Initiator,
        checks: Sequence[date],
        *,
        eligible: bool,
        outside_ok: bool,
    ) -> tuple[Person, Post] | None:
        """An employee and a post that pass (or, ``eligible=False``, fail) a dry run."""
        free = [p for p in self.people if not p.busy]
        rng.shuffle(free)
        inside = [p for p in self.posts if p.kind_of_move is MutationKind.WITHIN_AGENCY]
        outside = [p for p in self.posts if p.kind_of_move is not MutationKind.WITHIN_AGENCY]
        for person in free[:150]:
            kinds = NEXT_KINDS[person.employee.position.kind]
            pool = inside
            if outside_ok and initiator is Initiator.OWN_REQUEST and rng.random() < 0.35:
                pool = outside
            options = [
                p
                for p in pool
                if p.vacancy.kind in kinds and (not eligible or p.reserved < (p.vacancy.seats or 0))
            ]
            same = [p for p in options if p.vacancy.sector == person.sector]
            rng.shuffle(same)
            others = [p for p in options if p.vacancy.sector != person.sector]
            rng.shuffle(others)
            order = (same + others) if rng.random() < 0.75 else (others + same)
            for post in order[:25]:
                if (
                    self._eligible(person, post, checks if eligible else checks[:1], initiator)
                    is eligible
                ):
                    return person, post
        return None

    def plan(self, n_cases: int) -> list[Plan]:
        """What each case will be, who and where, and when it opens."""
        rng = _rng(self.seed, self.rc.code, "plan")
        tend = self.tend
        fates: list[tuple[Fate, str | None]] = []
        per_stage = max(1, round(n_cases * 0.015))
        for stage in self.graph.stages:
            fates += [(Fate.OPEN, stage.key)] * per_stage
        n_withdraw = max(1, round(n_cases * tend.withdraw))
        n_reject = max(1, round(n_cases * tend.reject)) if self.rejecting else 0
        n_ineligible = round(n_cases * (1 - tend.screening))
        withdraw_stages = self._withdraw_stages()
        for i in range(n_withdraw):
            fates.append((Fate.WITHDRAW, withdraw_stages[i % len(withdraw_stages)]))
        fates += [(Fate.REJECT, self.rejecting[0] if self.rejecting else None)] * n_reject
        fates += [(Fate.INELIGIBLE, None)] * n_ineligible
        fates += [(Fate.COMPLETE, None)] * max(1, n_cases - len(fates))
        rng.shuffle(fates)
        # the rarer outcomes first, so that a small workforce still shows every one
        first = (Fate.OPEN, Fate.REJECT, Fate.WITHDRAW)
        order = sorted(
            range(len(fates)),
            key=lambda i: first.index(fates[i][0]) if fates[i][0] in first else len(first),
        )
        plans: list[Plan] = []
        for index in order:
            fate, stop_at = fates[index]
            plan = self._plan_one(index, fate, stop_at)
            if plan is not None:
                plans.append(plan)
        # those who will object at socialisation: old enough cases to get there
        early = self.start + timedelta(days=WINDOW_DAYS * 0.6)
        candidates = [p for p in plans if p.fate is Fate.COMPLETE and p.opened_at < early]
        wanted = max(1, round(len(plans) * tend.objection)) if tend.objection else 0
        for p in rng.sample(candidates, min(wanted, len(candidates))):
            p.objects = True
        return sorted(plans, key=lambda p: p.index)

    def _plan_one(self, index: int, fate: Fate, stop_at: str | None) -> Plan | None:
        tend = self.tend
        case_rng = _rng(self.seed, self.rc.code, "case", index)
        days = self._days(case_rng)
        keys = [s.key for s in self.graph.stages]
        first_day = _local_day(self.start)
        last_day = _local_day(self.end) - timedelta(days=10)
        if fate is Fate.OPEN:
            assert stop_at is not None
            before = sum(days[k] for k in keys[: keys.index(stop_at)])
            margin = 4 * keys.index(stop_at) + case_rng.uniform(3, max(4.0, days[stop_at] * 0.8))
            opened_day = max(first_day, _local_day(self.end) - timedelta(days=before + margin))
        elif fate in (Fate.REJECT, Fate.WITHDRAW) and stop_at is not None:
            # early enough to reach the stage where it ends
            reach = sum(days[k] for k in keys[: keys.index(stop_at) + 1]) + 4 * len(keys) + 30
            opened_day = first_day + timedelta(
                days=case_rng.uniform(0, max(1.0, WINDOW_DAYS - reach))
            )
        else:
            opened_day = first_day + timedelta(days=case_rng.uniform(0, WINDOW_DAYS - 10))
        initiator = (
            Initiator.OWN_REQUEST if case_rng.random() < tend.own_request else Initiator.AGENCY
        )
        # the dry run looks at the opening day and at the last eligibility gate
        last_gate = total = 0.0
        for key in keys:
            total += days[key]
            if any(isinstance(g, EligibilityHolds | DecisionTaken) for g in self.graph.gates[key]):
                last_gate = total
        eligible = fate is not Fate.INELIGIBLE
        match = None
        for attempt in range(4):
            decided = min(last_day, opened_day + timedelta(days=last_gate + 10))
            checks = [opened_day, max(opened_day, decided)]
            # cases that must reach a given stage stay inside the agency (a simpler file)
            outside_ok = fate in (Fate.COMPLETE, Fate.INELIGIBLE)
            match = self._match(
                case_rng, initiator, checks, eligible=eligible, outside_ok=outside_ok
            )
            if match is None and initiator is Initiator.OWN_REQUEST:
                initiator = Initiator.AGENCY
                match = self._match(
                    case_rng, initiator, checks, eligible=eligible, outside_ok=outside_ok
                )
            if match is not None or fate is Fate.OPEN or attempt == 3:
                break
            # nobody fits yet: the proposal comes some weeks later
            opened_day = min(last_day, opened_day + timedelta(days=case_rng.uniform(30, 90)))
        if match is None:
            return None  # the workforce is used up
        person, post = match
        person.busy = True
        if eligible:
            post.reserved += 1
        opened_at = _office_time(opened_day, case_rng)
        if opened_at >= self.end:
            opened_at = self.end - timedelta(hours=20)
        return Plan(
            index=index,
            person=person,
            post=post,
            initiator=initiator,
            fate=fate,
            stop_at=stop_at,
            opened_at=opened_at,
            days=days,
            low_input=fate is Fate.COMPLETE and case_rng.random() < tend.low_input,
            rng=case_rng,
        )

    def _withdraw_stages(self) -> list[str]:
        """Where employees who resist pull out: at socialisation, forums, or before the move."""
        by_phase = {s.phase: s.key for s in reversed(self.graph.stages)}
        keys = [by_phase[p] for p in self.tend.withdraw_at if p in by_phase]
        if not keys:
            placement = [s.key for s in self.graph.stages if s.phase is Phase.PLACEMENT]
            keys = placement[:1] or [self.graph.stages[0].key]
        return keys

    # running ----------------------------------------------------------------------------

    def run(self, plans: list[Plan]) -> None:
        heap: list[tuple[datetime, int, Iterator[datetime]]] = []
        for plan in plans:
            heap.append((plan.opened_at, plan.index, CaseRun(self, plan).run()))
        heapq.heapify(heap)
        while heap:
            at, index, steps = heapq.heappop(heap)
            if at >= self.end:
                continue  # still open today
            with clock.frozen(at):
                following = next(steps, None)
            if following is not None:
                heapq.heappush(heap, (following, index, steps))


class CaseRun:
    """One case, acting through the services; each ``yield`` is the time of the next step."""

    def __init__(self, sim: Simulation, plan: Plan) -> None:
        self.sim = sim
        self.plan = plan
        self.rc = sim.rc
        self.rng = plan.rng
        self.now = plan.opened_at
        self.case_id = 0
        self.moved_on: date | None = None
        self.objected = False
        self.reason = ""  # the employee's own words, once they object
        self.returned = False
        self.second_round = False
        person = plan.person
        vac = plan.post.vacancy
        same_sector = vac.sector == person.sector
        tend = sim.tend
        self.adaptation = tend.adaptation + (0.15 if same_sector else -0.1)
        self.satisfaction = tend.satisfaction + (0.1 if same_sector else 0.0)

    # helpers ----------------------------------------------------------------------------

    def wait(self, days: float) -> Iterator[datetime]:
        target = self.now + timedelta(days=days)
        at = _office_time(_local_day(target), self.rng)
        if at <= self.now:
            at = self.now + timedelta(minutes=self.rng.randint(5, 90))
        self.now = at
        yield at

    def until(self, at: datetime) -> Iterator[datetime]:
        return self.wait(max(0.0, (at - self.now).total_seconds() / 86400))

    def today(self) -> date:
        return self.now.date()

    def row(self) -> CaseRow:
        return cases.row_by_id(self.sim.session, self.rc.code, self.case_id)

    def report(self) -> EligibilityReport:
        case = load_case(self.sim.session, self.row())
        return self.rc.evaluate(
            case.employee,
            case.target,
            as_of=self.today(),
            kind=case.kind,
            initiator=case.initiator,
            waivers=case.waivers,
        )

    def move(self, to: str, note: str | None = None) -> schemas.CaseOut:
        return cases.transition(
            self.sim.session,
            self.rc,
            self.sim.hr,
            self.case_id,
            schemas.TransitionIn(to=to, note=note[:2000] if note else None),
        )

    def decide(self, body: str, verdict: str, reason: str | None = None) -> None:
        cases.decide(
            self.sim.session,
            self.rc,
            self.sim.secretary,
            self.case_id,
            schemas.DecisionIn(
                body=body, verdict=verdict, reason=reason[:2000] if reason else None
            ),
        )

    def forward_of(self, stage: str) -> str:
        return next(t for t in self.rc.graph.forward(stage) if t != CaseStatus.REJECTED.value)

    # the case ---------------------------------------------------------------------------

    def run(self) -> Iterator[datetime]:
        plan = self.plan
        out = cases.open_case(
            self.sim.session,
            self.rc,
            self.sim.hr,
            schemas.CaseIn(
                employee_nip=plan.person.employee.nip,
                vacancy_id=plan.post.id,
                kind=plan.post.kind_of_move,
                initiator=plan.initiator,
            ),
        )
        self.case_id = out.id
        stage: str | None = out.stage
        visits: Counter[str] = Counter()
        while stage is not None:
            if plan.fate is Fate.OPEN and stage == plan.stop_at:
                return
            visits[stage] += 1
            if visits[stage] > 3:  # a loop the plan did not foresee
                self.sim.outcomes.unexpected.append(
                    f"{self.rc.code}: kasus {self.case_id} berputar"
                )
                yield from self.wait(1)
                self.move(CaseStatus.WITHDRAWN.value, "Usulan dihentikan instansi.")
                return
            stage = yield from self.stage(stage, visits[stage])

    def stage(self, key: str, visit: int) -> Generator[datetime, None, str | None]:
        st = self.rc.graph.stage(key)
        days = self.plan.days[key] if visit == 1 else self.rng.uniform(5, 20)
        begin = self.now
        end = begin + timedelta(days=days)
        gates = self.rc.graph.gates[key]
        plan = self.plan
        withdrawing = plan.fate is Fate.WITHDRAW and key == plan.stop_at and visit == 1
        forms = [g for g in gates if isinstance(g, FormSubmitted)]
        for i, gate in enumerate(forms):
            yield from self.until(
                begin + timedelta(days=days * (0.3 + 0.4 * i / max(1, len(forms))))
            )
            result = yield from self.form(st, gate, withdrawing=withdrawing)
            if result != "":
                return result
        if withdrawing:
            yield from self.until(begin + timedelta(days=days * 0.8))
            reason = self.reason or self.rng.choice(OBJECTION_REASONS)
            self.move(
                CaseStatus.WITHDRAWN.value,
                f"Pegawai menyatakan tidak bersedia dimutasi dan usulan ditarik: {reason}",
            )
            return None
        if any(isinstance(g, TrainingCompleted) for g in gates):
            yield from self.until(begin + timedelta(days=days * 0.75))
            yield from self.training(st)
        if any(isinstance(g, DocumentsAccepted) for g in gates):
            yield from self.until(begin + timedelta(days=days * 0.6))
            yield from self.documents(st)
        decisions = [g for g in gates if isinstance(g, DecisionTaken)]
        if decisions or any(isinstance(g, EligibilityHolds) for g in gates):
            yield from self.until(begin + timedelta(days=days * 0.7))
            if any(isinstance(g, EligibilityHolds) for g in gates):
                report = self.report()
                if report.overall is not Outcome.ELIGIBLE:
                    return (yield from self.ineligible(st, report))
            for decision in decisions:
                yield from self.wait(self.rng.uniform(0.5, 3))
                verdict = yield from self.decision(st, decision, visit)
                if verdict != "":
                    return verdict
        yield from self.until(end)
        return (yield from self.forward(st))

    def context(self, spec: FormSpec) -> FormContext:
        person = self.plan.person
        vac = self.plan.post.vacancy
        tend = self.sim.tend
        mean = {
            FormKind.PERFORMANCE_APPRAISAL: 2.7 + 2.0 * person.performance,
            FormKind.MULTI_RATER: 3.4 + 1.1 * person.performance,
            FormKind.SOCIALISATION_ACKNOWLEDGEMENT: tend.clarity,
            FormKind.ASPIRATION: tend.participation,
            FormKind.PUBLIC_SATISFACTION: tend.public_satisfaction
            - (0.0 if TargetFlag.PUBLIC_FACING in vac.flags else 0.5)
            + (0.15 if "komunikasi" in (person.employee.competencies or ()) else -0.1),
        }.get(spec.kind, self.satisfaction)
        emp = person.employee
        before = [a for a in emp.appraisals if a.year < self.today().year]
        since_move = months_between(self.moved_on, self.today()) if self.moved_on else 0
        return FormContext(
            on=_local_day(self.now),
            mean=mean,
            adaptation=self.adaptation,
            unit=vac.unit,
            title=vac.title,
            service=SECTORS[vac.sector].service if vac.sector in SECTORS else vac.title,
            officer=self.sim.officer,
            required_staff=vac.required_staff,
            current_staff=vac.current_staff,
            public_facing=TargetFlag.PUBLIC_FACING in vac.flags,
            strategic=TargetFlag.STRATEGIC in vac.flags,
            competencies=tuple(sorted(emp.competencies or ())),
            target_competencies=tuple(sorted(vac.required_competencies)),
            education_fields=tuple(sorted(vac.education_fields)),
            months_since_move=max(1, since_move),
            months_in_post=months_between(emp.position.start, self.today()),
            predicate_before=before[-1].predicate.value if before else None,
        )

    def submit(self, form: str, ctx: FormContext) -> float | None:
        validator = self.rc.forms[form]
        answers = answers_for(validator, self.rng, ctx)
        out = cases.submit(
            self.sim.session,
            self.rc,
            self.sim.hr,
            self.case_id,
            schemas.SubmissionIn(form=form, answers=answers),
        )
        return out.score

    def form(
        self, st: Stage, gate: FormSubmitted, *, withdrawing: bool
    ) -> Generator[datetime, None, str | None]:
        """Submit one gate's form; '' to go on, else where the case goes (None: closed)."""
        spec = self.sim.specs[gate.form]
        ctx = self.context(spec)
        tend = self.sim.tend
        if spec.kind is FormKind.SOCIALISATION_ACKNOWLEDGEMENT:
            objects = withdrawing or (self.plan.objects and not self.objected)
            if objects:
                ctx.objection = True
                ctx.reason = self.reason = self.rng.choice(OBJECTION_REASONS)
                ctx.mean -= 0.6
            self.submit(gate.form, ctx)
            if objects and not withdrawing:
                self.objected = True
                self.adaptation -= 0.35
                back = [k for k in st.returns_to if k in self.sim.rejecting]
                if tend.objection_returns and back:
                    yield from self.wait(self.rng.uniform(2, 7))
                    label = self.rc.graph.stage(back[-1]).label
                    self.move(
                        back[-1], f"Keberatan dibahas ulang secara terbuka ({label}): {ctx.reason}"
                    )
                    return back[-1]
            return ""
        if spec.kind is FormKind.ASPIRATION:
            if withdrawing:
                ctx.willing = "tidak bersedia"
                ctx.reason = self.reason = self.rng.choice(OBJECTION_REASONS)
            elif self.rng.random() > tend.willing:
                ctx.willing = "bersedia dengan catatan"
                ctx.reason = self.rng.choice(OBJECTION_REASONS)
            self.submit(gate.form, ctx)
            return ""
        low = (
            gate.min_score is not None
            and self.plan.low_input
            and not self.second_round
            and spec.kind is FormKind.MULTI_RATER
        )
        if low:
            ctx.mean = 2.0
            ctx.reason = "Pegawai dinilai belum siap untuk tanggung jawab di posisi tujuan."
        score = self.submit(gate.form, ctx)
        if gate.min_score is not None and (score is None or score < gate.min_score):
            self.second_round = True
            yield from self.wait(self.rng.uniform(14, 35))
            if self.rng.random() < 0.55:  # a new round of input, after a talk with the rater
                ctx = self.context(spec)
                ctx.mean = max(ctx.mean, 3.6)
                self.submit(gate.form, ctx)
                return ""
            self.move(
                CaseStatus.WITHDRAWN.value,
                "Masukan atasan/rekan sejawat tidak mendukung; instansi menarik usulan mutasi.",
            )
            return None
        return ""

    def training(self, st: Stage) -> Iterator[datetime]:
        """Record the training each applicable requirement of this stage asks for."""
        case = load_case(self.sim.session, self.row())
        today = self.today()
        for gate in self.rc.graph.gates[st.key]:
            if not isinstance(gate, TrainingCompleted):
                continue
            req = self.rc.training[gate.requirement]
            if req.applies.why_not(facts_of(case, today)) is not None:
                continue
            low, high = self.sim.tend.training_extra if req.timing is Timing.BEFORE_MOVE else (0, 4)
            hours = req.min_hours + 4 * (self.rng.randint(low, high) // 4)
            yield from self.record(
                req.label, sorted(req.categories), hours, req.timing, req.window_months
            )

    def documents(self, st: Stage) -> Iterator[datetime]:
        """Upload each checklist document this stage asks of the case, and accept it."""
        case = load_case(self.sim.session, self.row())
        facts = facts_of(case, self.today())
        asked = [
            key
            for gate in self.rc.graph.gates[st.key]
            if isinstance(gate, DocumentsAccepted)
            for key in gate.documents
            if self.rc.checklist.why_not(key, facts) is None
        ]
        for key in asked:
            content = DEMO_PDF + f"% {self.rc.code} {self.case_id} {key}\n".encode()
            doc, _ = documents.upload(
                self.sim.session,
                self.rc,
                self.sim.hr,
                self.case_id,
                self.sim.store,
                item=key,
                filename=f"{key}.pdf",
                content=content,
                max_bytes=10 * 1024 * 1024,
            )
            yield from self.wait(self.rng.uniform(0.1, 1.0))
            documents.verify(
                self.sim.session,
                self.rc,
                self.sim.hr,
                self.case_id,
                doc.id,
                VerdictIn(verdict="accepted"),
            )

    def record(
        self, title: str, categories: list[str], hours: int, timing: Timing, window: int
    ) -> Iterator[datetime]:
        today = self.today()
        earliest = add_months(today, -window) + timedelta(days=1)
        if timing is Timing.AFTER_MOVE and self.moved_on is not None:
            earliest = max(earliest, self.moved_on)
        span = max(0, hours // 8 - 1)
        end = today - timedelta(days=self.rng.randint(0, 6))
        end = max(end, min(today, earliest + timedelta(days=span)))
        start = max(earliest, end - timedelta(days=span))
        cases.record_training(
            self.sim.session,
            self.rc,
            self.sim.hr,
            self.case_id,
            schemas.TrainingIn(
                title=title,
                category=self.rng.choice(categories),
                hours=hours,
                start=start,
                end=end,
                organizer=self.rng.choice(ORGANIZERS),
            ),
        )
        yield from self.wait(self.rng.uniform(0.2, 1.5))

    def decision(
        self, st: Stage, gate: DecisionTaken, visit: int
    ) -> Generator[datetime, None, str | None]:
        plan = self.plan
        rejectable = st.key in self.sim.rejecting
        if rejectable and plan.fate is Fate.REJECT and plan.stop_at == st.key:
            reason = self.rng.choice(REJECT_REASONS)
            self.decide(gate.body, "reject", reason)
            yield from self.wait(self.rng.uniform(1, 5))
            self.move(CaseStatus.REJECTED.value, reason)
            return None
        if rejectable and self.objected and visit > 1 and self.rng.random() < 0.15:
            reason = "Keberatan pegawai diterima setelah dibahas; mutasi dibatalkan."
            self.decide(gate.body, "reject", reason)
            yield from self.wait(self.rng.uniform(1, 5))
            self.move(CaseStatus.REJECTED.value, reason)
            return None
        back = list(st.returns_to)
        if (
            back
            and not self.returned
            and plan.fate is not Fate.OPEN
            and self.rng.random() < self.sim.tend.return_rate
        ):
            self.returned = True
            reason = self.rng.choice(RETURN_REASONS)
            self.decide(gate.body, "return", reason)
            yield from self.wait(self.rng.uniform(1, 4))
            target = back[0]
            self.move(target, reason)
            return target
        self.decide(gate.body, "approve")
        return ""

    def ineligible(
        self, st: Stage, report: EligibilityReport
    ) -> Generator[datetime, None, str | None]:
        """A rule stops the case: reject where the stage may, return to where it may, or drop."""
        failing = "; ".join(f"{o.label}: {o.reason}" for o in report.blocking)
        reason = f"Tidak memenuhi syarat mutasi per {report.as_of}: {failing}"
        if st.key in self.sim.rejecting:
            decisions = [g for g in self.rc.graph.gates[st.key] if isinstance(g, DecisionTaken)]
            if decisions:
                self.decide(decisions[0].body, "reject", reason)
            yield from self.wait(self.rng.uniform(0.5, 3))
            self.move(CaseStatus.REJECTED.value, reason)
            return None
        back = [k for k in st.returns_to if k in self.sim.rejecting]
        if back:
            yield from self.wait(self.rng.uniform(0.5, 3))
            self.move(back[-1], reason)
            return back[-1]
        yield from self.wait(self.rng.uniform(0.5, 3))
        self.move(CaseStatus.WITHDRAWN.value, "Usulan ditarik instansi. " + reason)
        return None

    def forward(self, st: Stage) -> Generator[datetime, None, str | None]:
        to = self.forward_of(st.key)
        for attempt in range(2):
            try:
                out = self.move(to)
            except Conflict as exc:
                unmet = exc.extra.get("unmet_gates", [])
                kinds = {g["kind"] for g in unmet}
                if "eligibility_holds" in kinds:
                    return (yield from self.ineligible(st, self.report()))
                if kinds == {"training_completed"} and attempt == 0:
                    yield from self.training(st)
                    continue
                other = kinds - DRIVEN_GATES
                if other:  # a gate the demo does not supply (documents, say): the file waits
                    self.sim.outcomes.waiting.update(sorted(other))
                    return None
                self.sim.outcomes.unexpected.append(f"{self.rc.code}: {exc.detail}")
                yield from self.wait(1)
                self.move(CaseStatus.WITHDRAWN.value, "Usulan dihentikan: " + exc.detail)
                return None
            if st.phase is Phase.PLACEMENT:
                self.settle()
            if out.status != CaseStatus.OPEN.value:
                return None
            if self.rc.graph.stage(to).phase is Phase.PLACEMENT:
                self.moved_on = self.today()
            return to
        return None

    def settle(self) -> None:
        """The move happened: the employee holds the new post; the vacancy has one seat less."""
        session = self.sim.session
        person, post = self.plan.person, self.plan.post
        moved_on = self.moved_on or self.today()
        row = session.get(EmployeeRow, person.row_id)
        vac = session.get(VacancyRow, post.id)
        assert row is not None and vac is not None
        session.add(
            PositionHistoryRow(
                employee_id=person.row_id,
                title=row.position_title,
                kind=row.position_kind,
                unit=row.unit,
                sector=row.sector,
                start=row.position_start,
                end=moved_on - timedelta(days=1),
            )
        )
        row.position_title = vac.title
        row.position_kind = vac.kind
        row.unit = vac.unit
        row.sector = vac.sector
        row.position_start = moved_on
        vac.seats = max(0, (vac.seats or 0) - 1)
        if vac.current_staff is not None:
            vac.current_staff += 1
        session.add(row)
        session.add(vac)
        self.sim.outcomes.moves.append((person, post, moved_on, self.case_id))


# --- after the simulation -------------------------------------------------------------------


def _after_moves(session: Session, sim: Simulation, today: date) -> None:
    """The appraisal of the year after the move, and training after it that gates nothing."""
    rng = _rng(sim.seed, sim.rc.code, "after")
    up, down = sim.tend.appraisal_after
    ungated = [
        r
        for r in sim.rc.training.values()
        if r.timing is Timing.AFTER_MOVE and r.gate_stage is None
    ]
    for person, _post, moved_on, case_id in sim.outcomes.moves:
        year = moved_on.year + 1
        before = person.employee.appraisal_for(moved_on.year - 1)
        # the year after the move: final for earlier moves; for last year's moves, this
        # year's appraisal as recorded so far, for some of them, from the second half-year on
        recorded = year < today.year or (
            year == today.year and today.month >= 7 and rng.random() < 0.6
        )
        if recorded and before is not None:
            scale = list(PREDICATES_WORST_FIRST)
            roll = rng.random()
            step = 1 if roll < up else (-1 if roll > 1 - down else 0)
            predicate = scale[min(len(scale) - 1, max(2, scale.index(before.predicate) + step))]
            work, behaviour = rng.choice(RATINGS[predicate])
            row = session.exec(
                select(AppraisalRow).where(
                    AppraisalRow.employee_id == person.row_id, AppraisalRow.year == year
                )
            ).first() or AppraisalRow(employee_id=person.row_id, year=year, predicate="")
            row.predicate = predicate.value
            row.work_result = work.value
            row.behaviour = behaviour.value
            session.add(row)
        for req in ungated:
            if rng.random() > 0.7:
                continue
            start = moved_on + timedelta(days=rng.randint(30, 200))
            end = start + timedelta(days=max(0, req.min_hours // 8 - 1))
            if end >= today:
                continue
            session.add(
                TrainingRow(
                    employee_id=person.row_id,
                    case_id=case_id,
                    title=req.label,
                    category=sorted(req.categories)[0],
                    hours=req.min_hours + 4 * rng.randint(0, 2),
                    start=start,
                    end=end,
                    organizer=rng.choice(ORGANIZERS),
                    recorded_at=datetime.combine(end + timedelta(days=3), time(2), tzinfo=UTC),
                    recorded_by=sim.hr.label,
                )
            )


# --- entry points ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RegionSummary:
    region: str
    employees: int
    vacancies: int
    cases: int
    by_status: Mapping[str, int]
    open_by_stage: Mapping[str, int]


@attrs.frozen(kw_only=True)
class Summary:
    regions: tuple[RegionSummary, ...]
    unexpected: tuple[str, ...]  # steps the services refused that the demo did not foresee
    waiting: Mapping[str, int]  # cases left open at a gate kind the demo does not drive


def case_count(rc: RegionCatalog, employees: int) -> int:
    """Cases opened over the two years in one region."""
    rate = tendency(rc.code).case_rate
    floor = (len(rc.graph.stages) + 14) * rate / MIDDLE.case_rate
    return max(round(floor), round(employees * rate))


def generate(
    session: Session, catalog: Catalog, *, employees: int, seed: int, today: date
) -> Summary:
    """Fill ``session``'s (empty) store; ``today`` ends the two-year window."""
    if employees < MIN_EMPLOYEES:
        raise ValueError(f"paling sedikit {MIN_EMPLOYEES} pegawai per wilayah")
    end = datetime.combine(today, time(0), tzinfo=UTC)
    start = end - timedelta(days=WINDOW_DAYS)
    used: set[str] = set()
    unexpected: list[str] = []
    waiting: Counter[str] = Counter()
    for code, rc in sorted(catalog.regions.items()):
        people = workforce(seed, rc, employees, today, used)
        with clock.frozen(start - timedelta(days=30)):
            for person in people:
                row = add_employee(session, person.employee, code)
                assert row.id is not None
                person.row_id = row.id
            n_cases = case_count(rc, employees)
            posts = []
            for body, move in _vacancy_bodies(seed, rc, max(24, n_cases), people):
                out = vacancies.create(session, code, body)
                posts.append(
                    Post(id=out.id, vacancy=vacancies.to_entity(body, code), kind_of_move=move)
                )
        sim = Simulation(session, rc, seed, start, end, people, posts)
        sim.run(sim.plan(n_cases))
        with clock.frozen(end - timedelta(hours=1)):
            _after_moves(session, sim, today)
        unexpected += sim.outcomes.unexpected
        waiting.update(sim.outcomes.waiting)
        session.flush()
    return Summary(
        regions=tuple(summarise(session, catalog)),
        unexpected=tuple(unexpected),
        waiting=dict(sorted(waiting.items())),
    )


def summarise(session: Session, catalog: Catalog) -> list[RegionSummary]:
    out = []
    for code in sorted(catalog.regions):
        n_emp = session.exec(
            select(func.count()).select_from(EmployeeRow).where(EmployeeRow.region == code)
        ).one()
        n_vac = session.exec(
            select(func.count()).select_from(VacancyRow).where(VacancyRow.region == code)
        ).one()
        rows = session.exec(
            select(CaseRow.status, CaseRow.stage, func.count())
            .where(CaseRow.region == code)
            .group_by(col(CaseRow.status), col(CaseRow.stage))
        ).all()
        by_status: Counter[str] = Counter()
        open_by_stage: Counter[str] = Counter()
        for status, stage, n in rows:
            by_status[status] += n
            if status == CaseStatus.OPEN.value:
                open_by_stage[stage] += n
        out.append(
            RegionSummary(
                region=code,
                employees=n_emp,
                vacancies=n_vac,
                cases=sum(by_status.values()),
                by_status=dict(sorted(by_status.items())),
                open_by_stage=dict(sorted(open_by_stage.items())),
            )
        )
    return out


def is_empty(session: Session) -> bool:
    return session.exec(select(func.count()).select_from(EmployeeRow)).one() == 0


def fill(
    engine: Engine,
    catalog: Catalog,
    *,
    employees: int = DEFAULT_EMPLOYEES,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
) -> Summary | None:
    """Fill an empty store in one transaction; ``None`` (and nothing written) if it has data."""
    day = today or clock.now().date()
    with transaction(engine) as session:
        if not is_empty(session):
            return None
        return generate(session, catalog, employees=employees, seed=seed, today=day)


def load_demo(
    engine: Engine,
    catalog: Catalog,
    *,
    employees: int = DEFAULT_EMPLOYEES,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
) -> list[tuple[str, str | None, str]]:
    """Fill an empty store with demo data and return a fresh token per role and region."""
    fill(engine, catalog, employees=employees, seed=seed, today=today)
    tokens: list[tuple[str, str | None, str]] = []
    with transaction(engine) as session:
        for code in sorted(catalog.regions):
            for role in (Role.HR, Role.REGION_ADMIN):
                _, token = users.add(
                    session, name=f"demo {role.value} {code}", role=role, region=code
                )
                tokens.append((role.value, code, token))
        _, token = users.add(session, name="demo central", role=Role.CENTRAL, region=None)
        tokens.append((Role.CENTRAL.value, None, token))
    return tokens


def command(
    settings: Settings, catalog: Catalog, out: Console, err: Console, *, employees: int, seed: int
) -> int:
    """``mutasi demo``: migrate, fill an empty store, print what it holds; the exit code."""
    if employees < MIN_EMPLOYEES:
        err.print(f"[red]--employees: paling sedikit {MIN_EMPLOYEES} pegawai per wilayah[/red]")
        return 2
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        started = timer.perf_counter()
        summary = fill(engine, catalog, employees=employees, seed=seed)
        elapsed = timer.perf_counter() - started
    finally:
        engine.dispose()
    if summary is None:
        err.print(
            "[red]basis data sudah berisi pegawai; data demo hanya diisikan ke basis data kosong "
            "(pakai MUTASI_DATABASE_URL lain, atau hapus var/mutasi.sqlite3)[/red]"
        )
        return 1
    table = Table(
        title=f"Data demo (benih {seed}, {employees} pegawai per wilayah)",
        box=SIMPLE,
        pad_edge=False,
    )
    widest = max((len(r.region) for r in summary.regions), default=7)
    table.add_column("wilayah", no_wrap=True, min_width=widest)
    for column in ("pegawai", "formasi", "kasus", "berjalan", "selesai", "ditolak", "batal"):
        table.add_column(column, justify="right")
    for r in summary.regions:
        table.add_row(
            r.region,
            str(r.employees),
            str(r.vacancies),
            str(r.cases),
            *(str(r.by_status.get(s.value, 0)) for s in CaseStatus),
        )
    out.print(table)
    for problem in summary.unexpected:
        err.print(f"[yellow]{problem}[/yellow]")
    for gate, n in summary.waiting.items():
        err.print(f"[yellow]{n} kasus menunggu gerbang yang tidak diisi data demo: {gate}[/yellow]")
    out.print(f"selesai dalam {elapsed:.1f} detik")
    return 0
