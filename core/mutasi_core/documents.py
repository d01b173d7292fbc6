"""The paperwork of a transfer: document checklists, letters in SIASN's names, draft templates.

A region's **checklist** is the national list (Peraturan BKN 5/2019 Pasal 3 ayat (1), from the
built-in national plugin) with the region's own items added and national items dropped, each
change with its citation or reason.  Items and drops may be limited to some cases: kinds of
mutasi, initiators, employment and position kinds (:class:`~mutasi_core.rules.Applicability`)
and job groups (the sector of the employee's position: teachers and health staff often need
other papers).  A required item gates a stage (by default the first stage of the ``decision``
phase) through a :class:`~mutasi_core.stages.DocumentsAccepted` gate derived from it.

**Letter templates** give the text of the draft proposal letter and internal note; placeholders
``{{ nama }}`` name the fields of :data:`DRAFT_FIELDS`.  The national plugin supplies both; a
region replaces one by returning a template of the same kind.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from enum import StrEnum

import attrs

from mutasi_core.conditions import Facts
from mutasi_core.entities import LetterKind
from mutasi_core.rules import Applicability

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_XML_TAG = re.compile(r"<[^>]+>")


def _sectors(value: Iterable[str]) -> frozenset[str]:
    return frozenset(s.strip().lower() for s in value)


def sector_why_not(sectors: frozenset[str], facts: Facts) -> str | None:
    """``None`` when the employee's position sector is one of ``sectors`` (empty: any)."""
    if not sectors:
        return None
    sector = (facts.employee.position.sector or "").strip().lower()
    if sector in sectors:
        return None
    shown = sector or "tanpa sektor"
    return f"hanya untuk pegawai sektor {', '.join(sorted(sectors))} (pegawai ini: {shown})"


@attrs.frozen(kw_only=True)
class DocumentItem:
    """One document of a checklist.

    ``key`` is unique in the region's checklist (the national items and the region's own);
    ``citation`` says what asks for it.  ``required`` items must be uploaded and accepted
    before ``stage`` can be left (``None``: the first stage of the region's ``decision``
    phase, see :func:`~mutasi_core.stages.default_document_stage`); other items are listed for
    HR but gate nothing.  ``applies`` and ``sectors``
    (the employee's position sector; empty: every sector) limit the item to some cases.
    """

    key: str
    label: str
    citation: str
    required: bool = True
    stage: str | None = None
    applies: Applicability = attrs.field(factory=Applicability)
    sectors: frozenset[str] = attrs.field(default=frozenset(), converter=_sectors)
    description: str | None = None

    def why_not(self, facts: Facts) -> str | None:
        """``None`` when the item is asked of the case in ``facts``, else why not."""
        return self.applies.why_not(facts) or sector_why_not(self.sectors, facts)


@attrs.frozen(kw_only=True)
class DropDocument:
    """A region drops the national item ``key`` for its cases, saying why in ``reason``.

    ``applies`` and ``sectors`` limit the drop to some cases (teachers only, say); by default
    the item is dropped for every case of the region.
    """

    key: str
    reason: str
    applies: Applicability = attrs.field(factory=Applicability)
    sectors: frozenset[str] = attrs.field(default=frozenset(), converter=_sectors)

    def matches(self, facts: Facts) -> bool:
        return self.applies.why_not(facts) is None and sector_why_not(self.sectors, facts) is None


@attrs.frozen(kw_only=True)
class ChecklistEntry:
    """An item of a region's checklist: who supplies it, the stage it gates, its drops."""

    item: DocumentItem
    plugin: str
    stage: str | None = None
    drops: tuple[tuple[DropDocument, str], ...] = ()  # (drop, plugin that dropped it)

    def why_not(self, facts: Facts) -> str | None:
        reason = self.item.why_not(facts)
        if reason is not None:
            return reason
        for drop, plugin in self.drops:
            if drop.matches(facts):
                return f"dihapus oleh {plugin}: {drop.reason}"
        return None


@attrs.frozen(kw_only=True)
class ChecklistLine:
    """One item of the checklist for one case: whether it is asked, and if not why."""

    entry: ChecklistEntry
    asked: bool
    reason: str | None

    @property
    def item(self) -> DocumentItem:
        return self.entry.item

    @property
    def required(self) -> bool:
        return self.asked and self.entry.item.required


@attrs.frozen(kw_only=True)
class Checklist:
    """A region's resolved checklist, in order: the national items, then the region's."""

    entries: tuple[ChecklistEntry, ...] = ()

    def get(self, key: str) -> ChecklistEntry | None:
        return next((e for e in self.entries if e.item.key == key), None)

    def keys(self) -> list[str]:
        return [e.item.key for e in self.entries]

    def label(self, key: str) -> str:
        entry = self.get(key)
        return entry.item.label if entry else key

    def why_not(self, key: str, facts: Facts) -> str | None:
        """``None`` when item ``key`` is asked of the case, else why not."""
        entry = self.get(key)
        return entry.why_not(facts) if entry else None

    def for_case(self, facts: Facts) -> list[ChecklistLine]:
        lines = []
        for entry in self.entries:
            reason = entry.why_not(facts)
            lines.append(ChecklistLine(entry=entry, asked=reason is None, reason=reason))
        return lines


def item_problems(item: DocumentItem) -> list[str]:
    """What is wrong with one item, in words (empty when nothing)."""
    found = []
    if not _KEY.match(item.key):
        found.append(f"kunci butir dokumen {item.key!r} harus huruf kecil, angka dan garis bawah")
    if not item.label.strip():
        found.append(f"butir dokumen {item.key!r} tanpa label")
    if not item.citation.strip():
        found.append(f"butir dokumen {item.key!r} tidak mencantumkan dasar/kutipan")
    return found


# --- letters ---------------------------------------------------------------------------------

#: SIASN ``rw-pindahinstansi`` prefix of each letter's number and date fields
#: (``skUsulNomor``, ``skUsulTanggal``, ...).  The start-of-duty order has no pair of its own:
#: its TMT gives ``tmtPi`` where the decision sets none.
SIASN_LETTER_FIELDS: Mapping[LetterKind, str] = {
    LetterKind.USUL: "skUsul",
    LetterKind.PERSETUJUAN_ASAL: "skAsal",
    LetterKind.PERSETUJUAN_ASAL_PROVINSI: "skAsalProv",
    LetterKind.PERTEK_BKN: "skBkn",
    LetterKind.KEPUTUSAN: "skTujuan",
}


# --- draft letters ---------------------------------------------------------------------------


class DraftKind(StrEnum):
    """Draft letters generated for a case."""

    USUL = "usul"
    NOTA_DINAS = "nota_dinas"

    @property
    def label(self) -> str:
        return "Surat usul mutasi" if self is DraftKind.USUL else "Nota dinas"


#: The fields a template may name as ``{{ field }}``.
DRAFT_FIELDS: Mapping[str, str] = {
    "nama": "nama pegawai",
    "nip": "NIP pegawai",
    "pangkat": "pangkat/golongan ruang",
    "jabatan_asal": "jabatan sekarang",
    "unit_asal": "unit kerja sekarang",
    "instansi_asal": "instansi asal",
    "jabatan_tujuan": "jabatan tujuan",
    "unit_tujuan": "unit kerja tujuan",
    "instansi_tujuan": "instansi tujuan",
    "jenis_mutasi": "jenis mutasi",
    "inisiator": "atas permintaan sendiri / kepentingan dinas",
    "nomor_kasus": "nomor kasus",
    "nomor_surat_usul": "nomor surat usul bila sudah dicatat",
    "tanggal": "tanggal pembuatan draf",
    "wilayah": "nama pemerintah daerah",
    "dasar_hukum": "dasar hukum mutasi menurut jenisnya",
    "kelayakan": "hasil evaluasi kelayakan terakhir",
    "kelengkapan_berkas": "dokumen wajib yang sudah diterima",
}


def placeholders(text: str) -> list[str]:
    """The field names a template text names, in order."""
    return _PLACEHOLDER.findall(text)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every ``{{ field }}`` replaced by its value (unknown ones are kept)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@attrs.frozen(kw_only=True)
class LetterTemplate:
    """The text of a draft letter of kind ``kind``.

    Either ``paragraphs`` (plain paragraphs, the first line of the document being ``title``)
    or ``docx`` (the bytes of a Word file, e.g. read with :mod:`importlib.resources`): its
    paragraphs and table cells hold the placeholders.  Placeholders name fields of
    :data:`DRAFT_FIELDS`; ``citation`` says what the template follows.
    """

    kind: DraftKind
    title: str
    citation: str
    paragraphs: tuple[str, ...] = ()
    docx: bytes | None = attrs.field(default=None, repr=False)

    def text(self) -> str:
        """The template's text with its placeholders (for a Word file: its document part)."""
        if self.docx is None:
            return "\n".join((self.title, *self.paragraphs))
        with zipfile.ZipFile(io.BytesIO(self.docx)) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        return _XML_TAG.sub("", xml)


def template_problems(template: LetterTemplate) -> list[str]:
    """What is wrong with a template, in words (empty when nothing)."""
    name = f"templat {str(template.kind)!r}"
    found = []
    if not template.title.strip():
        found.append(f"{name} tanpa judul")
    if not template.citation.strip():
        found.append(f"{name} tidak mencantumkan kutipan")
    if (template.docx is None) == (not template.paragraphs):
        found.append(f"{name} harus berisi paragraphs atau docx (tepat satu)")
        return found
    try:
        text = template.text()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError) as exc:
        return [*found, f"{name}: docx bukan berkas Word yang sah ({exc})"]
    unknown = sorted(set(placeholders(text)) - set(DRAFT_FIELDS))
    if unknown:
        found.append(
            f"{name} menyebut isian tak dikenal: {', '.join(unknown)} "
            f"(yang ada: {', '.join(DRAFT_FIELDS)})"
        )
    return found


__all__ = [
    "DRAFT_FIELDS",
    "SIASN_LETTER_FIELDS",
    "Checklist",
    "ChecklistEntry",
    "ChecklistLine",
    "DocumentItem",
    "DraftKind",
    "DropDocument",
    "LetterTemplate",
    "fill",
    "item_problems",
    "placeholders",
    "sector_why_not",
    "template_problems",
]
