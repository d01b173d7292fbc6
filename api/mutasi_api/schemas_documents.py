"""Request and response shapes of a case's paperwork: checklist, documents, letters, SIASN.

Kept beside :mod:`mutasi_api.schemas` (same conventions: msgspec structs, English field
names, constraints declared so that they show in OpenAPI).  The SIASN export keeps SIASN's own
field names (``skUsulNomor``, ``tmtPi`` ...).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from mutasi_api.schemas import Strict
from mutasi_core import LetterKind

Note = Annotated[str, Meta(max_length=2000)]
Verdict = Literal["accepted", "rejected", "needs_fixing"]


class ChecklistItemOut(msgspec.Struct, kw_only=True):
    """An item of a region's checklist, with where it applies and who dropped it for which cases."""

    key: str
    label: str
    citation: str
    required: bool
    stage: str | None
    plugin: str
    applies: dict[str, Any]
    sectors: list[str]
    description: str | None
    dropped: list[dict[str, Any]]


class DocumentOut(msgspec.Struct, kw_only=True):
    id: int
    case_id: int
    item: str
    item_label: str
    filename: str
    media_type: str
    size: int
    sha256: str
    status: str
    status_label: str
    note: str | None
    uploaded_at: datetime
    uploaded_by: str
    verified_at: datetime | None
    verified_by: str | None
    download: str


class CaseItemOut(msgspec.Struct, kw_only=True):
    """One checklist item for one case: asked or not (and why), and where its file stands."""

    key: str
    label: str
    citation: str
    required: bool
    asked: bool
    not_asked_because: str | None
    stage: str | None
    status: str
    status_label: str
    latest: DocumentOut | None
    uploads: int


class CaseDocumentsOut(msgspec.Struct, kw_only=True):
    case_id: int
    number: str
    required: int
    accepted: int
    complete: bool
    items: list[CaseItemOut]
    documents: list[DocumentOut]


class VerdictIn(Strict):
    verdict: Verdict
    note: Note | None = None


class LetterIn(Strict):
    kind: LetterKind
    number: Annotated[str, Meta(min_length=1, max_length=100, examples=["800/123/BKPSDM/2025"])]
    issued_on: date
    issuer: Annotated[str, Meta(min_length=1, max_length=200)]
    tmt: date | None = None


class LetterOut(msgspec.Struct, kw_only=True):
    id: int
    kind: str
    kind_label: str
    number: str
    issued_on: date
    issuer: str
    tmt: date | None
    recorded_at: datetime
    recorded_by: str
    cases: int


class PindahInstansi(msgspec.Struct, kw_only=True, rename="camel"):
    """SIASN ``rw-pindahinstansi`` in SIASN's field names; dates as SIASN writes them (DD-MM-YYYY).

    Agencies, units and positions are names, not SIASN reference ids.
    """

    nip_baru: str
    nama: str
    jenis_pi: str
    tmt_pi: str | None
    sk_usul_nomor: str | None
    sk_usul_tanggal: str | None
    sk_asal_nomor: str | None
    sk_asal_tanggal: str | None
    sk_asal_prov_nomor: str | None
    sk_asal_prov_tanggal: str | None
    sk_bkn_nomor: str | None
    sk_bkn_tanggal: str | None
    sk_tujuan_nomor: str | None
    sk_tujuan_tanggal: str | None
    instansi_induk_lama: str
    instansi_induk_baru: str
    unor_lama: str
    unor_baru: str
    jenis_jabatan_lama: str
    jenis_jabatan_baru: str
    jabatan_nama_lama: str
    jabatan_nama_baru: str


class SiasnExportOut(msgspec.Struct, kw_only=True):
    case_id: int
    number: str
    status: str
    complete: bool
    missing: list[str]
    rw_pindahinstansi: PindahInstansi
