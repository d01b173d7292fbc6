"""Bulk import of employees from CSV or XLSX files whose columns use SIASN field names.

All rows or none: every bad row is reported by row number (as a spreadsheet shows it: the
header is row 1) and column, and nothing is stored while any row is bad.

Columns (SIASN ``data-utama`` names; unknown columns are refused so a misspelling is caught):

=========================  =============================================================
``nipBaru``                NIP, 18 digits (required)
``nama``                   name (required)
``jabatanNama``            position title (required)
``jenisJabatan``           position kind: JPT Utama/Madya/Pratama, Administrator, Pengawas,
                           Fungsional, Pelaksana (required)
``unorNama``               unit (required)
``tmtJabatan``             start in the current position (required)
``statusPegawai``          PNS or PPPK (default PNS)
``golRuangAkhir``          rank, e.g. III/c
``tmtCpns``, ``tmtPns``    start as CPNS / PNS
``tglLahir``               birth date; checked against the NIP
``pendidikanTerakhirNama`` education level (SMA, D3, S1, S2, S3 ...)
``bidangPendidikan``       education field (Mutasi's own column)
``sektor``                 sector of the current position (Mutasi's own column)
``kompetensi``             competencies separated by ``;`` (Mutasi's own column)
=========================  =============================================================

Dates are ``YYYY-MM-DD`` or ``DD-MM-YYYY`` (as SIASN exports them).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from mutasi_api.db.mapping import add_employee
from mutasi_api.db.models import EmployeeRow
from mutasi_api.errors import Invalid
from mutasi_core import Employee
from mutasi_core.converter import InputError, structure
from mutasi_core.nip import InvalidNIP, parse_nip

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 50_000

REQUIRED = ("nipBaru", "nama", "jabatanNama", "jenisJabatan", "unorNama", "tmtJabatan")
OPTIONAL = (
    "statusPegawai",
    "golRuangAkhir",
    "tmtCpns",
    "tmtPns",
    "tglLahir",
    "pendidikanTerakhirNama",
    "bidangPendidikan",
    "sektor",
    "kompetensi",
)
DATE_COLUMNS = ("tmtJabatan", "tmtCpns", "tmtPns", "tglLahir")

#: core field path -> SIASN column, to name the column of an entity error
FIELD_COLUMNS = {
    "$.nip": "nipBaru",
    "$.name": "nama",
    "$.employment_type": "statusPegawai",
    "$.rank": "golRuangAkhir",
    "$.position.title": "jabatanNama",
    "$.position.kind": "jenisJabatan",
    "$.position.unit": "unorNama",
    "$.position.start": "tmtJabatan",
    "$.position.sector": "sektor",
    "$.cpns_start": "tmtCpns",
    "$.pns_start": "tmtPns",
    "$.education.level": "pendidikanTerakhirNama",
    "$.education.field": "bidangPendidikan",
}

KINDS = {
    "jpt utama": "jpt_utama",
    "jpt madya": "jpt_madya",
    "jpt pratama": "jpt_pratama",
    "administrator": "administrator",
    "pengawas": "pengawas",
    "fungsional": "fungsional",
    "jabatan fungsional": "fungsional",
    "fungsional tertentu": "fungsional",
    "pelaksana": "pelaksana",
    "jabatan pelaksana": "pelaksana",
    "fungsional umum": "pelaksana",
}

Row = dict[str, str]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse(filename: str, content: bytes) -> list[tuple[int, Row]]:
    """Rows of a CSV or XLSX file as ``(row_number, {column: text})``; 422 if unreadable."""
    if len(content) > MAX_BYTES:
        raise Invalid(
            f"berkas lebih dari {MAX_BYTES // (1024 * 1024)} MB", errors=[("file", "terlalu besar")]
        )
    name = filename.lower()
    if name.endswith(".xlsx") or content[:2] == b"PK":
        table = _xlsx(content)
    elif name.endswith(".csv") or not name:
        table = _csv(content)
    else:
        raise Invalid("jenis berkas harus CSV atau XLSX", errors=[("file", f"berkas {filename!r}")])
    if not table:
        raise Invalid("berkas kosong", errors=[("file", "tidak ada baris judul")])
    header = [_cell(h) for h in table[0]]
    unknown = [h for h in header if h and h not in REQUIRED and h not in OPTIONAL]
    missing = [h for h in REQUIRED if h not in header]
    problems = [("file", f"kolom tidak dikenal: {h}") for h in unknown]
    problems += [("file", f"kolom wajib tidak ada: {h}") for h in missing]
    if problems:
        raise Invalid("baris judul tidak sesuai nama kolom SIASN", errors=problems)
    rows = []
    for number, values in enumerate(table[1:], start=2):
        cells = [_cell(v) for v in values]
        if not any(cells):
            continue
        rows.append(
            (number, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header) if h})
        )
    if len(rows) > MAX_ROWS:
        raise Invalid(
            f"lebih dari {MAX_ROWS} baris", errors=[("file", "pecah menjadi beberapa berkas")]
        )
    return rows


def _csv(content: bytes) -> list[list[Any]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Invalid("berkas CSV harus UTF-8", errors=[("file", "bukan UTF-8")]) from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx(content: bytes) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:
        raise Invalid(
            "berkas XLSX tidak dapat dibaca", errors=[("file", "bukan XLSX yang sah")]
        ) from None
    sheet = book.worksheets[0]
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def _date(text: str) -> str:
    if not text:
        return text
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"tanggal tidak sah: {text!r} (YYYY-MM-DD atau DD-MM-YYYY)")


def to_employee(row: Row) -> tuple[Employee | None, list[tuple[str, str]]]:
    """The employee of one row, or the errors as ``(column, message)``."""
    errors: list[tuple[str, str]] = []
    for column in REQUIRED:
        if not row.get(column):
            errors.append((column, "wajib diisi"))
    values = dict(row)
    for column in DATE_COLUMNS:
        try:
            values[column] = _date(values.get(column, ""))
        except ValueError as exc:
            errors.append((column, str(exc)))
    kind_text = values.get("jenisJabatan", "").strip().lower().replace("_", " ")
    kind = KINDS.get(kind_text)
    if values.get("jenisJabatan") and kind is None:
        errors.append(("jenisJabatan", f"jenis jabatan tidak dikenal: {values['jenisJabatan']!r}"))
    if errors:
        return None, errors
    if values.get("tglLahir") and values.get("nipBaru"):
        try:
            nip = parse_nip(values["nipBaru"])
            if nip.birth_date.isoformat() != values["tglLahir"]:
                errors.append(
                    ("tglLahir", f"tidak cocok dengan tanggal lahir pada NIP ({nip.birth_date})")
                )
        except InvalidNIP as exc:
            errors.append(("nipBaru", exc.message))
    data: dict[str, Any] = {
        "nip": values["nipBaru"],
        "name": values["nama"],
        "employment_type": values.get("statusPegawai") or "PNS",
        "rank": values.get("golRuangAkhir") or None,
        "position": {
            "title": values["jabatanNama"],
            "kind": kind,
            "unit": values["unorNama"],
            "start": values["tmtJabatan"],
            "sector": values.get("sektor") or None,
        },
        "cpns_start": values.get("tmtCpns") or None,
        "pns_start": values.get("tmtPns") or None,
    }
    if values.get("bidangPendidikan"):
        data["education"] = {
            "level": values.get("pendidikanTerakhirNama") or "-",
            "field": values["bidangPendidikan"],
        }
    if values.get("kompetensi"):
        data["competencies"] = [c.strip() for c in values["kompetensi"].split(";") if c.strip()]
    try:
        emp = structure(data, Employee)
    except InputError as exc:
        errors.extend((FIELD_COLUMNS.get(path, path), message) for path, message in exc.errors)
        return None, errors
    return (emp, errors) if not errors else (None, errors)


def store(session: Session, region: str, rows: list[tuple[int, Row]]) -> int:
    """Validate every row, then store all of them; 422 listing every bad row otherwise."""
    if not rows:
        raise Invalid("berkas tidak berisi baris data", errors=[("file", "tidak ada baris")])
    found: list[tuple[int, str, str]] = []
    parsed: list[Employee] = []
    seen: dict[str, int] = {}
    for number, row in rows:
        emp, errors = to_employee(row)
        found.extend((number, column, message) for column, message in errors)
        if emp is None:
            continue
        if emp.nip in seen:
            found.append((number, "nipBaru", f"NIP sama dengan baris {seen[emp.nip]}"))
            continue
        seen[emp.nip] = number
        parsed.append(emp)
    if seen:
        existing = session.exec(
            select(EmployeeRow.nip).where(col(EmployeeRow.nip).in_(list(seen)))
        ).all()
        found.extend((seen[nip], "nipBaru", f"NIP {nip} sudah terdaftar") for nip in existing)
    if found:
        found.sort()
        raise Invalid(
            f"{len({n for n, _, _ in found})} baris tidak valid; tidak ada yang disimpan",
            errors=[(f"baris {n}: {c}", m) for n, c, m in found],
            extra={"rows": [{"row": n, "column": c, "message": m} for n, c, m in found]},
        )
    for emp in parsed:
        add_employee(session, emp, region)
    return len(parsed)
