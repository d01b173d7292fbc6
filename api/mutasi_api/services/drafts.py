"""Draft letters of a case as Word documents (DOCX), the format offices edit.

The template comes from the region's catalog (the region's own, else the national plugin's):
plain paragraphs become a new document with the title as its heading; a Word template is
filled in place, in its paragraphs, tables, headers and footers.  A placeholder split over
several runs of a paragraph is found too (the paragraph then takes the formatting of its
first run).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping

from docx import Document
from docx.document import Document as DocumentObject
from docx.table import Table
from docx.text.paragraph import Paragraph
from sqlmodel import Session, col, select

from mutasi_api.db.mapping import load_case
from mutasi_api.db.models import CaseRow, EvaluationRow
from mutasi_api.errors import NotFound
from mutasi_api.services import documents
from mutasi_api.services.cases import row_by_id, today
from mutasi_api.services.letters import latest_letters, origin_position
from mutasi_core import DraftKind, LetterKind, LetterTemplate, Outcome, RegionCatalog
from mutasi_core.documents import fill
from mutasi_core.national import legal_basis

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
BLANK = "........................"


def values(session: Session, rc: RegionCatalog, row: CaseRow) -> dict[str, str]:
    """The value of every field of :data:`mutasi_core.documents.DRAFT_FIELDS` for the case."""
    case = load_case(session, row)
    emp, target = case.employee, case.target
    old = origin_position(case)
    usul = latest_letters(case).get(LetterKind.USUL)
    latest = session.exec(
        select(EvaluationRow)
        .where(EvaluationRow.case_id == row.id)
        .order_by(col(EvaluationRow.id).desc())
    ).first()
    day = today()
    return {
        "nama": emp.name,
        "nip": emp.nip,
        "pangkat": emp.rank or "-",
        "jabatan_asal": old.title,
        "unit_asal": old.unit,
        "instansi_asal": rc.region.name,
        "jabatan_tujuan": target.title,
        "unit_tujuan": target.unit,
        "instansi_tujuan": target.agency or rc.region.name,
        "jenis_mutasi": case.kind.label,
        "inisiator": case.initiator.label.lower(),
        "nomor_kasus": row.number,
        "nomor_surat_usul": usul.number if usul else BLANK,
        "tanggal": f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "wilayah": rc.region.name,
        "dasar_hukum": legal_basis(case.kind),
        "kelayakan": Outcome(latest.overall).label if latest else "belum dievaluasi",
        "kelengkapan_berkas": documents.completeness(session, rc, row),
    }


def _paragraphs(doc: DocumentObject) -> Iterator[Paragraph]:
    def in_tables(tables: list[Table]) -> Iterator[Paragraph]:
        for table in tables:
            for tr in table.rows:
                for cell in tr.cells:
                    yield from cell.paragraphs
                    yield from in_tables(cell.tables)

    yield from doc.paragraphs
    yield from in_tables(doc.tables)
    for section in doc.sections:
        for part in (section.header, section.footer):
            yield from part.paragraphs
            yield from in_tables(part.tables)


def _fill_paragraph(paragraph: Paragraph, data: Mapping[str, str]) -> None:
    text = paragraph.text
    if "{{" not in text:
        return
    filled = fill(text, data)
    runs = paragraph.runs
    if filled == text or not runs:
        return
    runs[0].text = filled
    for run in runs[1:]:
        run.text = ""


def render(template: LetterTemplate, data: Mapping[str, str]) -> bytes:
    """The template filled with ``data``, as DOCX bytes."""
    if template.docx is not None:
        doc = Document(io.BytesIO(template.docx))
        for paragraph in _paragraphs(doc):
            _fill_paragraph(paragraph, data)
    else:
        doc = Document()
        doc.core_properties.title = fill(template.title, data)
        doc.add_heading(fill(template.title, data), level=1)
        for text in template.paragraphs:
            doc.add_paragraph(fill(text, data))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def draft(session: Session, rc: RegionCatalog, case_id: int, kind: DraftKind) -> tuple[bytes, str]:
    """The draft letter ``kind`` of the case and a file name for it."""
    row = row_by_id(session, rc.code, case_id)
    template = rc.templates.get(kind)
    if template is None:
        raise NotFound(
            f"wilayah {rc.code} tidak punya templat {kind.value}",
            errors=[("kind", f"yang ada: {', '.join(k.value for k in rc.templates)}")],
        )
    body = render(template, values(session, rc, row))
    return body, f"{kind.value}-{row.number.replace('/', '-')}.docx"
