"""Domain entities: employees with their histories, target positions, transfer cases.

All are frozen attrs classes; change them with :func:`attrs.evolve`.  They are (un)structured by
the converter in :mod:`mutasi_core.converter`; field names are English, values that the regions
write (ranks, predicates, stage keys) stay in Bahasa Indonesia.  Histories are kept, not only
current values, so that a decision can be re-explained as of its date.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

import attrs

from mutasi_core.errors import FieldValueError
from mutasi_core.nip import InvalidNIP, parse_nip
from mutasi_core.vocabulary import CaseStatus


class EmploymentType(StrEnum):
    """PNS (permanent civil servant) or PPPK (government employee on contract)."""

    PNS = "PNS"
    PPPK = "PPPK"


class PositionKind(StrEnum):
    """Kinds of position (UU 20/2023 Pasal 13-18)."""

    JPT_UTAMA = "jpt_utama"
    JPT_MADYA = "jpt_madya"
    JPT_PRATAMA = "jpt_pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    FUNGSIONAL = "fungsional"
    PELAKSANA = "pelaksana"

    @property
    def is_managerial(self) -> bool:
        return self not in (PositionKind.FUNGSIONAL, PositionKind.PELAKSANA)

    @property
    def is_jpt(self) -> bool:
        return self in (PositionKind.JPT_UTAMA, PositionKind.JPT_MADYA, PositionKind.JPT_PRATAMA)


#: Ranks (golongan/ruang), lowest first.
RANKS: tuple[str, ...] = (
    "I/a", "I/b", "I/c", "I/d",
    "II/a", "II/b", "II/c", "II/d",
    "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
)  # fmt: skip


def _check_rank(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in RANKS:
        raise FieldValueError(
            attribute.name, f"golongan/ruang tidak dikenal: {value!r} (contoh yang sah: III/c)"
        )


class Predicate(StrEnum):
    """Performance predicates (PermenPANRB 6/2022), listed best first."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"

    @property
    def rank(self) -> int:
        """Higher is better: Sangat Baik 5 ... Sangat Kurang 1."""
        return 5 - list(Predicate).index(self)

    def at_least(self, other: Predicate) -> bool:
        return self.rank >= other.rank


class Rating(StrEnum):
    """Rating of work results and of behaviour (PermenPANRB 6/2022)."""

    ABOVE = "di atas ekspektasi"
    MEETS = "sesuai ekspektasi"
    BELOW = "di bawah ekspektasi"


class MutationKind(StrEnum):
    """The six kinds of mutasi (Peraturan BKN 5/2019; SE Kepala BKN 3/SE/VIII/2019)."""

    WITHIN_AGENCY = "within_agency"
    BETWEEN_REGENCIES = "between_regencies"
    BETWEEN_PROVINCES = "between_provinces"
    REGIONAL_CENTRAL = "regional_central"
    BETWEEN_CENTRAL_AGENCIES = "between_central_agencies"
    ABROAD = "abroad"

    @property
    def label(self) -> str:
        return MUTATION_KIND_LABELS[self]

    @property
    def crosses_agency(self) -> bool:
        return self is not MutationKind.WITHIN_AGENCY


MUTATION_KIND_LABELS: dict[MutationKind, str] = {
    MutationKind.WITHIN_AGENCY: "Mutasi dalam satu instansi",
    MutationKind.BETWEEN_REGENCIES: "Mutasi antar-kabupaten/kota dalam satu provinsi",
    MutationKind.BETWEEN_PROVINCES: "Mutasi antar-kabupaten/kota antar-provinsi atau antar-provinsi",
    MutationKind.REGIONAL_CENTRAL: "Mutasi antara instansi daerah dan instansi pusat",
    MutationKind.BETWEEN_CENTRAL_AGENCIES: "Mutasi antar-instansi pusat",
    MutationKind.ABROAD: "Mutasi ke perwakilan Negara Kesatuan Republik Indonesia di luar negeri",
}


class Initiator(StrEnum):
    """Who asked for the move."""

    OWN_REQUEST = "own_request"
    AGENCY = "agency"

    @property
    def label(self) -> str:
        return "Atas permintaan sendiri" if self is Initiator.OWN_REQUEST else "Kepentingan dinas"


class TargetFlag(StrEnum):
    """Properties of a target position that regional rules look at."""

    STRATEGIC = "strategic"
    PUBLIC_FACING = "public_facing"


class ObligationKind(StrEnum):
    """Obligations that stop a move while active."""

    STUDY_LEAVE = "tugas_belajar"
    SERVICE_BOND = "ikatan_dinas"


@attrs.frozen(kw_only=True)
class Position:
    """A position held (or to be held): title, kind, unit and sector, from ``start``."""

    title: str
    kind: PositionKind
    unit: str
    start: date
    sector: str | None = None
    end: date | None = None
    acting: bool = False


@attrs.frozen(kw_only=True)
class Education:
    """Highest education: level (SMA, D3, S1, S2, S3 ...) and field (kesehatan, keuangan ...)."""

    level: str
    field: str


@attrs.frozen(kw_only=True)
class Appraisal:
    """Yearly performance appraisal: the predicate, and the two ratings where known."""

    year: int
    predicate: Predicate
    work_result: Rating | None = None
    behaviour: Rating | None = None


@attrs.frozen(kw_only=True)
class Sanction:
    """A disciplinary sanction (hukuman disiplin), active from ``start`` to ``end`` inclusive."""

    kind: str
    start: date
    end: date | None = None

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class ServiceObligation:
    """Study leave (tugas belajar) or service bond (ikatan dinas), active ``start``-``end``."""

    kind: ObligationKind
    start: date
    end: date | None = None

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True)
class TrainingRecord:
    """Training taken: category (teknis, kepemimpinan, komunikasi ...), hours (JP), dates."""

    title: str
    category: str
    hours: int = attrs.field(validator=attrs.validators.ge(0))
    start: date
    end: date
    organizer: str | None = None


def _check_nip(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    try:
        parse_nip(value)
    except InvalidNIP as exc:
        raise FieldValueError(attribute.name, exc.message) from None


@attrs.frozen(kw_only=True)
class Employee:
    """A civil servant (ASN) with the histories that eligibility rules read.

    ``cpns_start`` defaults to the month encoded in the NIP.  ``competencies`` is ``None`` when
    none were ever recorded (rules on competencies then cannot be determined) and an empty set
    when the record says the employee has none.  ``potential_score`` (0-100) is the
    result of the region's potential assessment where it has one; ``conflict_units`` lists units
    where the employee has a declared conflict of interest (a relative in charge, for instance).
    """

    nip: str = attrs.field(validator=_check_nip)
    name: str
    employment_type: EmploymentType
    rank: str | None = attrs.field(default=None, validator=_check_rank)
    position: Position
    position_history: tuple[Position, ...] = ()
    education: Education | None = None
    competencies: frozenset[str] | None = None
    cpns_start: date | None = None
    pns_start: date | None = None
    appraisals: tuple[Appraisal, ...] = ()
    sanctions: tuple[Sanction, ...] = ()
    obligations: tuple[ServiceObligation, ...] = ()
    training: tuple[TrainingRecord, ...] = ()
    potential_score: int | None = None
    conflict_units: frozenset[str] = frozenset()
    region: str | None = None

    @property
    def service_start(self) -> date:
        """Start as CPNS: the recorded date, else the month encoded in the NIP."""
        return self.cpns_start or parse_nip(self.nip).cpns_start

    def appraisal_for(self, year: int) -> Appraisal | None:
        return next((a for a in self.appraisals if a.year == year), None)


@attrs.frozen(kw_only=True)
class Vacancy:
    """A target position with its seats and requirements.

    ``required_staff`` and ``current_staff`` come from the unit's job and workload analysis
    (ANJAB/ABK); their difference is the documented shortage.
    """

    id: str
    region: str
    unit: str
    title: str
    kind: PositionKind
    sector: str | None = None
    seats: int | None = None
    education_fields: frozenset[str] = frozenset()
    required_competencies: frozenset[str] = frozenset()
    flags: frozenset[TargetFlag] = frozenset()
    required_staff: int | None = None
    current_staff: int | None = None
    agency: str | None = None


@attrs.frozen(kw_only=True)
class Submission:
    """A form submitted on a case; ``score`` is 0-100 where the form is scored."""

    form: str
    answers: dict[str, Any]
    submitted_at: datetime
    submitted_by: str
    score: float | None = None
    round: int = 1


@attrs.frozen(kw_only=True)
class Decision:
    """A decision on a case by a named position or body (e.g. ``baperjakat``)."""

    body: str
    verdict: str  # "approve" | "reject" | "return"
    decided_at: datetime
    decided_by: str
    reason: str | None = None


class DocumentStatus(StrEnum):
    """Where an uploaded document stands: waiting for HR, or HR's verdict on it."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NEEDS_FIXING = "needs_fixing"

    @property
    def label(self) -> str:
        return DOCUMENT_STATUS_LABELS[self]


DOCUMENT_STATUS_LABELS: dict[DocumentStatus, str] = {
    DocumentStatus.PENDING: "menunggu verifikasi",
    DocumentStatus.ACCEPTED: "diterima",
    DocumentStatus.REJECTED: "ditolak",
    DocumentStatus.NEEDS_FIXING: "perlu perbaikan",
}


@attrs.frozen(kw_only=True)
class CaseDocument:
    """A file uploaded on a case for the checklist item ``item``, with HR's latest verdict.

    A case keeps every upload; for each item the latest one (in upload order) counts.
    """

    item: str
    status: DocumentStatus
    uploaded_at: datetime
    sha256: str
    note: str | None = None


class LetterKind(StrEnum):
    """Letters of the national flow (Peraturan BKN 5/2019; SIASN ``rw-pindahinstansi``)."""

    USUL = "usul"
    PERSETUJUAN_ASAL = "persetujuan_asal"
    PERSETUJUAN_ASAL_PROVINSI = "persetujuan_asal_provinsi"
    PERTEK_BKN = "pertek_bkn"
    KEPUTUSAN = "keputusan"
    SPMT = "spmt"

    @property
    def label(self) -> str:
        return LETTER_KIND_LABELS[self]


LETTER_KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.USUL: "surat usul mutasi (PPK instansi penerima)",
    LetterKind.PERSETUJUAN_ASAL: "surat persetujuan PPK instansi asal",
    LetterKind.PERSETUJUAN_ASAL_PROVINSI: "surat persetujuan Gubernur provinsi asal",
    LetterKind.PERTEK_BKN: "pertimbangan teknis BKN",
    LetterKind.KEPUTUSAN: "keputusan mutasi",
    LetterKind.SPMT: "surat perintah melaksanakan tugas (SPMT)",
}


@attrs.frozen(kw_only=True)
class Letter:
    """A letter of the flow with its number, date and issuer.

    ``tmt`` is the date from which the letter takes effect, where it sets one (the decision,
    the start-of-duty order).  One letter may concern many cases.
    """

    kind: LetterKind
    number: str
    issued_on: date
    issuer: str
    tmt: date | None = None


@attrs.frozen(kw_only=True)
class Transition:
    """One move of a case between stages (or to an outcome), with who and when."""

    from_stage: str | None
    to_stage: str
    at: datetime
    actor: str
    phase: str | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class TransferCase:
    """A transfer case as the workflow engine sees it.

    ``stage`` is the current stage key; ``status`` the outcome (``open`` until the end).
    ``waivers`` lists rule ids whose condition was waived by a recorded approval (e.g. the
    Minister's written approval in an election window).  ``documents`` are the files uploaded
    for the document checklist (with HR's verdicts), ``letters`` the letters recorded on it.
    """

    id: str
    region: str
    kind: MutationKind
    initiator: Initiator
    employee: Employee
    target: Vacancy
    stage: str
    status: CaseStatus = CaseStatus.OPEN
    opened_at: datetime
    version: int = 1
    submissions: tuple[Submission, ...] = ()
    decisions: tuple[Decision, ...] = ()
    transitions: tuple[Transition, ...] = ()
    waivers: frozenset[str] = frozenset()
    documents: tuple[CaseDocument, ...] = ()
    letters: tuple[Letter, ...] = ()


__all__ = [
    "RANKS",
    "Appraisal",
    "CaseDocument",
    "Decision",
    "DocumentStatus",
    "Education",
    "Employee",
    "EmploymentType",
    "Initiator",
    "InvalidNIP",
    "Letter",
    "LetterKind",
    "MutationKind",
    "ObligationKind",
    "Position",
    "PositionKind",
    "Predicate",
    "Rating",
    "Sanction",
    "ServiceObligation",
    "Submission",
    "TargetFlag",
    "TrainingRecord",
    "TransferCase",
    "Transition",
    "Vacancy",
]
