"""A case's documents: the checklist, uploads stored by content hash, and HR's verdicts.

Uploads are PDF, JPEG or PNG, recognised from their first bytes (never from the file name or
the declared type), no larger than ``MUTASI_MAX_UPLOAD_MB``.  The file goes to
``MUTASI_UPLOAD_DIR`` under its SHA-256 (``ab/abcdef...``), the metadata to ``case_document``.
A refused file stores nothing: everything is checked before the file is written, and a file
written by a request whose transaction then fails is removed again.  Every upload and every
verdict goes into the case's history.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from mutasi_api.auth import User
from mutasi_api.db.mapping import load_case, now
from mutasi_api.db.models import CaseRow, DocumentRow
from mutasi_api.errors import ApiError, Conflict, Invalid, NotFound
from mutasi_api.schemas_documents import (
    CaseDocumentsOut,
    CaseItemOut,
    ChecklistItemOut,
    DocumentOut,
    VerdictIn,
)
from mutasi_api.services.cases import _event, _open_row, row_by_id, today
from mutasi_core import DocumentStatus, RegionCatalog
from mutasi_core.documents import ChecklistLine
from mutasi_core.rules import Applicability
from mutasi_core.stages import facts_of

#: Media types accepted, by their signature at the start of the file.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
MISSING = "missing"


class TooLarge(ApiError):
    status = 413
    title = "Berkas terlalu besar"


class UnsupportedType(ApiError):
    status = 415
    title = "Jenis berkas tidak diterima"


def sniff(content: bytes) -> str | None:
    """The media type recognised from the first bytes, or ``None``."""
    return next((media for magic, media in SIGNATURES if content.startswith(magic)), None)


class FileStore:
    """Files on disk named by their SHA-256: ``<root>/ab/abcdef...``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError(f"bukan SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, content: bytes) -> tuple[str, bool]:
        """Store ``content``; returns its SHA-256 and whether this call created the file."""
        sha = hashlib.sha256(content).hexdigest()
        target = self.path(sha)
        if target.exists():
            return sha, False
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha, True

    def read(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise NotFound(f"berkas {sha256[:12]}… tidak ada di penyimpanan") from None

    def discard(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)


def clean_filename(name: str) -> str:
    """The base name a browser sent, without path or control characters, at most 255 long."""
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip()
    return (base or "berkas")[-255:]


# --- the checklist ---------------------------------------------------------------------------


def _applies(a: Applicability) -> dict[str, Any]:
    return {
        "kinds": sorted(k.value for k in a.kinds) if a.kinds is not None else None,
        "initiators": sorted(i.value for i in a.initiators) if a.initiators is not None else None,
        "employment_types": (
            sorted(t.value for t in a.employment_types) if a.employment_types is not None else None
        ),
        "position_kinds": (
            sorted(k.value for k in a.position_kinds) if a.position_kinds is not None else None
        ),
        "target_flags": sorted(f.value for f in a.target_flags) or None,
    }


def region_checklist(rc: RegionCatalog) -> list[ChecklistItemOut]:
    """The region's checklist: national items (with the region's drops), then its own."""
    return [
        ChecklistItemOut(
            key=e.item.key,
            label=e.item.label,
            citation=e.item.citation,
            required=e.item.required,
            stage=e.stage,
            plugin=e.plugin,
            applies=_applies(e.item.applies),
            sectors=sorted(e.item.sectors),
            description=e.item.description,
            dropped=[
                {
                    "plugin": plugin,
                    "reason": d.reason,
                    "applies": _applies(d.applies),
                    "sectors": sorted(d.sectors),
                }
                for d, plugin in e.drops
            ],
        )
        for e in rc.checklist.entries
    ]


def document_out(rc: RegionCatalog, row: DocumentRow) -> DocumentOut:
    assert row.id is not None
    status = DocumentStatus(row.status)
    return DocumentOut(
        id=row.id,
        case_id=row.case_id,
        item=row.item,
        item_label=rc.checklist.label(row.item),
        filename=row.filename,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        status=status.value,
        status_label=status.label,
        note=row.note,
        uploaded_at=row.uploaded_at,
        uploaded_by=row.uploaded_by,
        verified_at=row.verified_at,
        verified_by=row.verified_by,
        download=f"/regions/{row.region}/cases/{row.case_id}/documents/{row.id}/file",
    )


def _rows(session: Session, case_id: int) -> list[DocumentRow]:
    return list(
        session.exec(
            select(DocumentRow).where(DocumentRow.case_id == case_id).order_by(col(DocumentRow.id))
        ).all()
    )


def lines_for(session: Session, rc: RegionCatalog, row: CaseRow) -> list[ChecklistLine]:
    """The region's checklist as it applies to the case today."""
    return rc.checklist.for_case(facts_of(load_case(session, row), today()))


def case_documents(session: Session, rc: RegionCatalog, case_id: int) -> CaseDocumentsOut:
    row = row_by_id(session, rc.code, case_id)
    assert row.id is not None
    rows = _rows(session, row.id)
    items = []
    for line in lines_for(session, rc, row):
        mine = [r for r in rows if r.item == line.item.key]
        latest = mine[-1] if mine else None
        status = latest.status if latest else MISSING
        items.append(
            CaseItemOut(
                key=line.item.key,
                label=line.item.label,
                citation=line.item.citation,
                required=line.required,
                asked=line.asked,
                not_asked_because=line.reason,
                stage=line.entry.stage,
                status=status,
                status_label=DocumentStatus(status).label if latest else "belum diunggah",
                latest=document_out(rc, latest) if latest else None,
                uploads=len(mine),
            )
        )
    required = [i for i in items if i.required]
    accepted = sum(1 for i in required if i.status == DocumentStatus.ACCEPTED.value)
    return CaseDocumentsOut(
        case_id=row.id,
        number=row.number,
        required=len(required),
        accepted=accepted,
        complete=accepted == len(required),
        items=items,
        documents=[document_out(rc, r) for r in rows],
    )


def completeness(session: Session, rc: RegionCatalog, row: CaseRow) -> str:
    """In words: how many required documents are accepted (for draft letters)."""
    assert row.id is not None
    latest = {r.item: r for r in _rows(session, row.id)}
    required = [line for line in lines_for(session, rc, row) if line.required]
    if not required:
        return "tidak ada dokumen wajib untuk kasus ini"
    accepted = sum(
        1
        for line in required
        if line.item.key in latest and latest[line.item.key].status == DocumentStatus.ACCEPTED.value
    )
    return f"{accepted} dari {len(required)} dokumen wajib telah diterima"


# --- uploads ---------------------------------------------------------------------------------


def upload(
    session: Session,
    rc: RegionCatalog,
    user: User,
    case_id: int,
    store: FileStore,
    *,
    item: str | None,
    filename: str,
    content: bytes | None,
    max_bytes: int,
) -> tuple[DocumentOut, bool]:
    """Check, then store the file and its row; returns the row and whether the file is new.

    Every check comes before anything is written, so a refused upload stores nothing.
    """
    row = _open_row(session, rc, case_id)
    if item is None or not item.strip():
        raise Invalid("butir dokumen tidak disebut", errors=[("item", "wajib diisi")])
    line = next((x for x in lines_for(session, rc, row) if x.item.key == item), None)
    if line is None:
        known = ", ".join(rc.checklist.keys()) or "tidak ada"
        raise Invalid(
            f"butir dokumen tidak dikenal: {item!r}",
            errors=[("item", f"butir {item!r} tidak ada di daftar; yang ada: {known}")],
        )
    if not line.asked:
        raise Invalid(
            f"butir dokumen {item!r} tidak diminta untuk kasus ini",
            errors=[("item", f"tidak diminta: {line.reason}")],
        )
    if content is None:
        raise Invalid("berkas tidak dikirim", errors=[("file", "kirim berkas sebagai 'file'")])
    if len(content) > max_bytes:
        limit = max_bytes / (1024 * 1024)
        raise TooLarge(
            f"berkas {len(content)} bita melebihi batas {limit:g} MiB",
            errors=[("file", f"paling besar {limit:g} MiB (MUTASI_MAX_UPLOAD_MB)")],
        )
    if not content:
        raise Invalid("berkas kosong", errors=[("file", "berkas kosong (0 bita)")])
    media_type = sniff(content)
    if media_type is None:
        raise UnsupportedType(
            "isi berkas bukan PDF, JPEG atau PNG",
            errors=[
                (
                    "file",
                    "isi berkas bukan PDF, JPEG atau PNG (jenis dibaca dari isi berkas, "
                    "bukan dari nama atau Content-Type)",
                )
            ],
        )
    name = clean_filename(filename)
    sha, created = store.put(content)
    try:
        doc = _store_row(session, rc, user, row, line, name, media_type, content, sha)
    except BaseException:
        if created:  # the caller removes it if the commit fails; here, if the rows do
            store.discard(sha)
        raise
    return document_out(rc, doc), created


def _store_row(
    session: Session,
    rc: RegionCatalog,
    user: User,
    row: CaseRow,
    line: ChecklistLine,
    name: str,
    media_type: str,
    content: bytes,
    sha: str,
) -> DocumentRow:
    doc = DocumentRow(
        case_id=row.id or 0,
        region=rc.code,
        item=line.item.key,
        filename=name,
        media_type=media_type,
        size=len(content),
        sha256=sha,
        status=DocumentStatus.PENDING.value,
        uploaded_at=now(),
        uploaded_by=user.label,
    )
    session.add(doc)
    session.flush()
    assert doc.id is not None
    _event(
        session,
        row,
        "document_uploaded",
        user,
        f"dokumen '{line.item.label}' diunggah: {name} ({media_type}, {len(content)} bita)",
        {
            "document_id": doc.id,
            "item": line.item.key,
            "filename": name,
            "media_type": media_type,
            "size": len(content),
            "sha256": sha,
        },
    )
    return doc


def document_row(session: Session, rc: RegionCatalog, case_id: int, doc_id: int) -> DocumentRow:
    """The document ``doc_id`` of case ``case_id`` of the region, or 404."""
    case = row_by_id(session, rc.code, case_id)
    doc = session.get(DocumentRow, doc_id)
    if doc is None or doc.case_id != case.id or doc.region != rc.code:
        raise NotFound(
            f"dokumen {doc_id} tidak ditemukan pada kasus {case.number}",
            errors=[("doc_id", "tidak ada pada kasus ini")],
        )
    return doc


def verify(
    session: Session,
    rc: RegionCatalog,
    user: User,
    case_id: int,
    doc_id: int,
    body: VerdictIn,
) -> DocumentOut:
    row = _open_row(session, rc, case_id)
    doc = document_row(session, rc, case_id, doc_id)
    verdict = DocumentStatus(body.verdict)
    note = (body.note or "").strip() or None
    if verdict is not DocumentStatus.ACCEPTED and note is None:
        raise Invalid(
            "dokumen yang ditolak atau perlu perbaikan wajib diberi catatan",
            errors=[("$.note", "wajib diisi: apa yang salah atau harus diperbaiki")],
        )
    if doc.status == verdict.value and doc.note == note:
        raise Conflict(
            f"dokumen {doc_id} sudah berstatus {verdict.label}",
            errors=[("$.verdict", f"sudah {verdict.label}")],
        )
    previous = DocumentStatus(doc.status)
    doc.status = verdict.value
    doc.note = note
    doc.verified_at = now()
    doc.verified_by = user.label
    session.add(doc)
    label = rc.checklist.label(doc.item)
    _event(
        session,
        row,
        "document_verdict",
        user,
        f"dokumen '{label}' ({doc.filename}): {verdict.label}" + (f" ({note})" if note else ""),
        {
            "document_id": doc.id,
            "item": doc.item,
            "verdict": verdict.value,
            "previous": previous.value,
            "note": note,
        },
    )
    session.flush()
    return document_out(rc, doc)


__all__ = [
    "FileStore",
    "case_documents",
    "clean_filename",
    "completeness",
    "document_row",
    "region_checklist",
    "sniff",
    "upload",
    "verify",
]
