"""Letters of the flow recorded on a case, and the case in SIASN's ``rw-pindahinstansi`` names.

A letter is its own row (``letter``), linked to cases through ``case_letter``: recording the
same letter (same kind and number, same date and issuer) on another case links the one letter
to both, as a cover letter carrying many employees does.  The same number with another date or
issuer is refused.  Every letter recorded goes into the case's history.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from mutasi_api.auth import User
from mutasi_api.db.mapping import load_case, now
from mutasi_api.db.models import CaseLetterRow, LetterRow
from mutasi_api.errors import Conflict, Invalid
from mutasi_api.schemas_documents import LetterIn, LetterOut, PindahInstansi, SiasnExportOut
from mutasi_api.services.cases import _event, row_by_id, today
from mutasi_core import Letter, LetterKind, MutationKind, Position, RegionCatalog, TransferCase
from mutasi_core.documents import SIASN_LETTER_FIELDS

#: SIASN's ``jenisJabatan`` text for each kind of position (as the importer reads it).
SIASN_POSITION_KIND = {
    "jpt_utama": "JPT Utama",
    "jpt_madya": "JPT Madya",
    "jpt_pratama": "JPT Pratama",
    "administrator": "Administrator",
    "pengawas": "Pengawas",
    "fungsional": "Fungsional",
    "pelaksana": "Pelaksana",
}
JENIS_PI = "Pindah Instansi"


def siasn_date(day: date | None) -> str | None:
    """A date as SIASN writes it: DD-MM-YYYY."""
    return day.strftime("%d-%m-%Y") if day else None


def _out(session: Session, row: LetterRow) -> LetterOut:
    assert row.id is not None
    count = session.exec(select(func.count()).where(CaseLetterRow.letter_id == row.id)).one()
    kind = LetterKind(row.kind)
    return LetterOut(
        id=row.id,
        kind=kind.value,
        kind_label=kind.label,
        number=row.number,
        issued_on=row.issued_on,
        issuer=row.issuer,
        tmt=row.tmt,
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
        cases=count,
    )


def letters(session: Session, rc: RegionCatalog, case_id: int) -> list[LetterOut]:
    row = row_by_id(session, rc.code, case_id)
    rows = session.exec(
        select(LetterRow)
        .join(CaseLetterRow, col(CaseLetterRow.letter_id) == col(LetterRow.id))
        .where(CaseLetterRow.case_id == row.id)
        .order_by(col(LetterRow.issued_on), col(LetterRow.id))
    ).all()
    return [_out(session, r) for r in rows]


def record(
    session: Session, rc: RegionCatalog, user: User, case_id: int, body: LetterIn
) -> LetterOut:
    """Record a letter on the case (also once the case has ended: paperwork lags)."""
    row = row_by_id(session, rc.code, case_id)
    assert row.id is not None
    number = body.number.strip()
    issuer = body.issuer.strip()
    if not number:
        raise Invalid("nomor surat kosong", errors=[("$.number", "wajib diisi")])
    if not issuer:
        raise Invalid("penerbit surat kosong", errors=[("$.issuer", "wajib diisi")])
    if body.issued_on > today():
        raise Invalid(
            "tanggal surat di masa depan",
            errors=[("$.issued_on", f"paling lambat hari ini ({today()})")],
        )
    letter = session.exec(
        select(LetterRow).where(
            LetterRow.region == rc.code,
            LetterRow.kind == body.kind.value,
            LetterRow.number == number,
        )
    ).first()
    if letter is not None:
        if (letter.issued_on, letter.issuer, letter.tmt) != (body.issued_on, issuer, body.tmt):
            raise Conflict(
                f"nomor {number} sudah tercatat untuk surat lain",
                errors=[
                    (
                        "$.number",
                        f"{body.kind.label} nomor {number} sudah tercatat bertanggal "
                        f"{letter.issued_on} oleh {letter.issuer}"
                        + (f", TMT {letter.tmt}" if letter.tmt else ""),
                    )
                ],
            )
        linked = session.exec(
            select(CaseLetterRow).where(
                CaseLetterRow.case_id == row.id, CaseLetterRow.letter_id == letter.id
            )
        ).first()
        if linked is not None:
            raise Conflict(
                f"surat nomor {number} sudah tercatat pada kasus {row.number}",
                errors=[("$.number", "sudah tercatat pada kasus ini")],
            )
    else:
        letter = LetterRow(
            region=rc.code,
            kind=body.kind.value,
            number=number,
            issued_on=body.issued_on,
            issuer=issuer,
            tmt=body.tmt,
            recorded_at=now(),
            recorded_by=user.label,
        )
        session.add(letter)
        session.flush()
    assert letter.id is not None
    session.add(
        CaseLetterRow(case_id=row.id, letter_id=letter.id, linked_at=now(), linked_by=user.label)
    )
    _event(
        session,
        row,
        "letter_recorded",
        user,
        f"{body.kind.label} nomor {number} tanggal {body.issued_on} oleh {issuer}"
        + (f", TMT {body.tmt}" if body.tmt else ""),
        {
            "letter_id": letter.id,
            "kind": body.kind.value,
            "number": number,
            "issued_on": body.issued_on,
            "issuer": issuer,
            "tmt": body.tmt,
        },
    )
    session.flush()
    return _out(session, letter)


# --- SIASN -----------------------------------------------------------------------------------


def latest_letters(case: TransferCase) -> dict[LetterKind, Letter]:
    """The latest letter of each kind on the case (by date, then by order recorded)."""
    found: dict[LetterKind, Letter] = {}
    for letter in case.letters:  # loaded by date, then id
        found[letter.kind] = letter
    return found


def origin_position(case: TransferCase) -> Position:
    """The position the employee leaves: the current one, or the one before if already moved."""
    pos = case.employee.position
    if (pos.title, pos.unit) == (case.target.title, case.target.unit):
        earlier = [p for p in case.employee.position_history if p.start < pos.start]
        if earlier:
            return max(earlier, key=lambda p: p.start)
    return pos


def siasn_export(session: Session, rc: RegionCatalog, case_id: int) -> SiasnExportOut:
    row = row_by_id(session, rc.code, case_id)
    assert row.id is not None
    case = load_case(session, row)
    if case.kind is MutationKind.WITHIN_AGENCY:
        raise Conflict(
            "mutasi dalam satu instansi tidak dicatat di rw-pindahinstansi SIASN, melainkan "
            "sebagai perubahan unor/jabatan (jabatan/unorjabatan/save)",
            errors=[("case_id", f"kasus {row.number}: {case.kind.label}")],
        )
    found = latest_letters(case)
    fields: dict[str, str | None] = {}
    for kind, prefix in SIASN_LETTER_FIELDS.items():
        letter = found.get(kind)
        fields[f"{prefix}Nomor"] = letter.number if letter else None
        fields[f"{prefix}Tanggal"] = siasn_date(letter.issued_on) if letter else None
    decision, spmt = found.get(LetterKind.KEPUTUSAN), found.get(LetterKind.SPMT)
    tmt = (decision.tmt if decision else None) or (spmt.tmt if spmt else None)
    fields["tmtPi"] = siasn_date(tmt)
    old = origin_position(case)
    target = case.target
    record = PindahInstansi(
        nip_baru=case.employee.nip,
        nama=case.employee.name,
        jenis_pi=JENIS_PI,
        tmt_pi=fields["tmtPi"],
        sk_usul_nomor=fields["skUsulNomor"],
        sk_usul_tanggal=fields["skUsulTanggal"],
        sk_asal_nomor=fields["skAsalNomor"],
        sk_asal_tanggal=fields["skAsalTanggal"],
        sk_asal_prov_nomor=fields["skAsalProvNomor"],
        sk_asal_prov_tanggal=fields["skAsalProvTanggal"],
        sk_bkn_nomor=fields["skBknNomor"],
        sk_bkn_tanggal=fields["skBknTanggal"],
        sk_tujuan_nomor=fields["skTujuanNomor"],
        sk_tujuan_tanggal=fields["skTujuanTanggal"],
        instansi_induk_lama=rc.region.name,
        instansi_induk_baru=target.agency or rc.region.name,
        unor_lama=old.unit,
        unor_baru=target.unit,
        jenis_jabatan_lama=SIASN_POSITION_KIND[old.kind.value],
        jenis_jabatan_baru=SIASN_POSITION_KIND[target.kind.value],
        jabatan_nama_lama=old.title,
        jabatan_nama_baru=target.title,
    )
    missing = sorted(k for k, v in fields.items() if v is None)
    return SiasnExportOut(
        case_id=row.id,
        number=row.number,
        status=row.status,
        complete=not missing,
        missing=missing,
        rw_pindahinstansi=record,
    )
