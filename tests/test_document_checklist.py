"""Document checklists through the hook contract: the national list, a region's changes per kind
and job group, the gates derived from them, letter gates, and validation naming the plugin."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import Any

import attrs
import pytest

from mutasi_core import (
    Applicability,
    CaseDocument,
    DocumentItem,
    DocumentsAccepted,
    DocumentStatus,
    DraftKind,
    DropDocument,
    Initiator,
    Letter,
    LetterKind,
    LetterRecorded,
    LetterTemplate,
    MutationKind,
    PluginError,
    TransferCase,
    load_catalog,
    national,
)
from mutasi_core.catalog import NATIONAL
from mutasi_core.documents import DRAFT_FIELDS, fill, placeholders
from mutasi_core.stages import GateContext, facts_of
from mutasi_core.testing import AS_OF, default_parts, employee, make_plugin, position, vacancy
from mutasi_core.workflow import check_gates

AT = datetime(2025, 6, 2, 9, 0)
CROSS = MutationKind.BETWEEN_REGENCIES
NATIONAL_KEYS = [
    "anjab_abk",
    "permohonan_pns",
    "usul_ppk_penerima",
    "persetujuan_ppk_asal",
    "pernyataan_tidak_hukdis",
    "sk_terakhir",
    "penilaian_kinerja_2_tahun",
    "pernyataan_tidak_tubel",
    "bebas_temuan",
]


def region(code: str = "uji", **changes: Any) -> Any:
    return load_catalog([code], extra={code: make_plugin(code, **changes).plugin}).region(code)


def problems_of(**changes: Any) -> str:
    with pytest.raises(PluginError) as exc:
        load_catalog(["rusak"], extra={"rusak": make_plugin("rusak", **changes).plugin})
    assert all(p == "rusak" for p, _ in exc.value.problems), exc.value.problems
    return str(exc.value)


def case(kind: MutationKind = CROSS, stage: str = "keputusan", **changes: Any) -> TransferCase:
    base = TransferCase(
        id="1",
        region="uji",
        kind=kind,
        initiator=Initiator.OWN_REQUEST,
        employee=employee(),
        target=vacancy("uji"),
        stage=stage,
        opened_at=AT,
    )
    return attrs.evolve(base, **changes)


def gates_of(rc: Any, c: TransferCase) -> dict[str, Any]:
    results = check_gates(
        rc.graph, c, as_of=AS_OF, eligibility=None, forms=rc.form_specs, training=rc.training
    )
    return {g.kind: g for g in results}


def doc(item: str, status: DocumentStatus = DocumentStatus.ACCEPTED, note: str | None = None):
    return CaseDocument(item=item, status=status, uploaded_at=AT, sha256="0" * 64, note=note)


def test_the_national_checklist_is_peraturan_bkn_5_2019_for_moves_between_agencies():
    rc = region()
    entries = rc.checklist.entries
    assert [e.item.key for e in entries] == NATIONAL_KEYS
    for e in entries:
        assert e.plugin == NATIONAL
        assert e.item.citation.startswith("Peraturan BKN 5/2019 Pasal 3 ayat (1)")
        assert e.item.applies.kinds == frozenset(k for k in MutationKind if k.crosses_agency)
        assert e.stage == "keputusan"  # the first stage of the decision phase
    within = rc.checklist.for_case(facts_of(case(MutationKind.WITHIN_AGENCY), AS_OF))
    assert not any(line.asked for line in within)
    assert within[0].reason == "tidak berlaku untuk mutasi dalam satu instansi"
    between = rc.checklist.for_case(facts_of(case(), AS_OF))
    assert all(line.asked for line in between)


def test_required_national_items_gate_the_first_decision_stage(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(national, "REQUIRE_NATIONAL_CHECKLIST", True)
    rc = region()
    derived = [g for g in rc.graph.gates["keputusan"] if isinstance(g, DocumentsAccepted)]
    assert len(derived) == 1
    assert list(derived[0].documents) == NATIONAL_KEYS
    assert not any(isinstance(g, DocumentsAccepted) for g in rc.graph.gates["penilaian"])

    gate = gates_of(rc, case())["documents_accepted"]
    assert not gate.met
    assert gate.reason.startswith("9 dari 9 dokumen belum diterima: Analisis jabatan")
    gate = gates_of(rc, case(MutationKind.WITHIN_AGENCY))["documents_accepted"]
    assert gate.met
    assert gate.reason == "tidak ada dokumen yang diminta untuk kasus ini"
    all_in = case(documents=tuple(doc(k) for k in NATIONAL_KEYS))
    assert gates_of(rc, all_in)["documents_accepted"].met


def test_a_region_adds_and_drops_items_per_kind_and_job_group():
    rc = region(
        documents=[
            DropDocument(
                key="bebas_temuan",
                reason="guru diperiksa dinas pendidikan provinsi",
                sectors=frozenset({"Pendidikan"}),
            ),
            DocumentItem(
                key="surat_sehat",
                label="Surat keterangan sehat",
                citation="uji",
                sectors=frozenset({"kesehatan"}),
                stage="penempatan",
            ),
            DocumentItem(
                key="pakta_integritas",
                label="Pakta integritas",
                citation="uji",
                applies=Applicability(kinds=frozenset({MutationKind.WITHIN_AGENCY})),
            ),
            DocumentItem(key="ijazah", label="Ijazah", citation="uji", required=False),
        ]
    )
    keys = rc.checklist.keys()
    assert keys == [*NATIONAL_KEYS, "surat_sehat", "pakta_integritas", "ijazah"]
    # required items gate their stage; the optional one gates nothing
    assert [
        (k, [g.documents for g in gates if isinstance(g, DocumentsAccepted)])
        for k, gates in rc.graph.gates.items()
    ] == [
        ("penilaian", []),
        ("keputusan", [("pakta_integritas",)]),
        ("penempatan", [("surat_sehat",)]),
    ]
    nurse = case(stage="penempatan")
    teacher = case(
        stage="penempatan",
        employee=employee(position=position(sector="pendidikan", unit="SMP Negeri 1")),
    )
    gate = gates_of(rc, nurse)["documents_accepted"]
    assert not gate.met
    assert gate.reason == "1 dari 1 dokumen belum diterima: Surat keterangan sehat (belum diunggah)"
    assert gate.description == "dokumen diterima: Surat keterangan sehat"
    assert gates_of(rc, teacher)["documents_accepted"].met
    lines = {x.item.key: x for x in rc.checklist.for_case(facts_of(teacher, AS_OF))}
    assert lines["bebas_temuan"].reason == (
        "dihapus oleh uji: guru diperiksa dinas pendidikan provinsi"
    )
    lines = {x.item.key: x for x in rc.checklist.for_case(facts_of(nurse, AS_OF))}
    assert lines["bebas_temuan"].asked
    within = case(MutationKind.WITHIN_AGENCY, stage="keputusan")
    assert not gates_of(rc, within)["documents_accepted"].met
    assert gates_of(rc, attrs.evolve(within, documents=(doc("pakta_integritas"),)))[
        "documents_accepted"
    ].met


def test_document_gate_names_each_missing_document_and_its_state():
    stages = default_parts("uji")["stages"]
    stages[1] = attrs.evolve(
        stages[1], gates=(DocumentsAccepted(("anjab_abk", "sk_terakhir", "bebas_temuan")),)
    )
    rc = region(stages=stages)
    gate_def = rc.graph.gates["keputusan"][0]
    assert gate_def.labels[0].startswith("Analisis jabatan")  # labelled at load
    c = case(
        documents=(
            doc("anjab_abk", DocumentStatus.REJECTED, "bukan ANJAB unit tujuan"),
            doc("anjab_abk"),  # uploaded again and accepted: the latest counts
            doc("sk_terakhir", DocumentStatus.NEEDS_FIXING, "buram"),
            doc("bebas_temuan", DocumentStatus.PENDING),
        )
    )
    gate = gates_of(rc, c)["documents_accepted"]
    assert not gate.met
    assert gate.reason == (
        "2 dari 3 dokumen belum diterima: Salinan SK pangkat dan SK jabatan terakhir "
        "(perlu perbaikan: buram); Surat keterangan bebas temuan dari Inspektorat "
        "(menunggu verifikasi)"
    )


def test_letter_gates_need_the_letter_and_may_be_limited_to_kinds():
    stages = default_parts("uji")["stages"]
    stages[1] = attrs.evolve(
        stages[1],
        gates=(
            LetterRecorded("persetujuan_asal", kinds=frozenset({CROSS})),
            LetterRecorded("keputusan"),
        ),
    )
    rc = region(stages=stages)
    results = check_gates(rc.graph, case(), as_of=AS_OF, eligibility=None, forms={}, training={})
    assert [(g.met, g.reason) for g in results] == [
        (False, "surat persetujuan PPK instansi asal belum dicatat"),
        (False, "keputusan mutasi belum dicatat"),
    ]
    approval = Letter(
        kind=LetterKind.PERSETUJUAN_ASAL,
        number="800/1",
        issued_on=AS_OF,
        issuer="Wali Kota",
    )
    results = check_gates(
        rc.graph, case(letters=(approval,)), as_of=AS_OF, eligibility=None, forms={}, training={}
    )
    assert results[0].met
    assert results[0].reason == "nomor 800/1 tanggal 2025-06-02 oleh Wali Kota"
    within = check_gates(
        rc.graph,
        case(MutationKind.WITHIN_AGENCY),
        as_of=AS_OF,
        eligibility=None,
        forms={},
        training={},
    )
    assert within[0].met and within[0].reason.startswith("tidak berlaku")
    assert results[1].description == "keputusan mutasi telah dicatat"


def test_gate_context_without_a_checklist_still_checks():
    ctx = GateContext(
        case=case(documents=(doc("x"),)), as_of=AS_OF, eligibility=None, forms={}, training={}
    )
    assert DocumentsAccepted(("x",)).check(ctx).met
    assert not DocumentsAccepted(("y",)).check(ctx).met


@pytest.mark.parametrize(
    ("documents", "expected"),
    [
        ([DropDocument(key="tidak_ada", reason="x")], "tidak ada di daftar nasional: 'tidak_ada'"),
        ([DropDocument(key="bebas_temuan", reason=" ")], "'bebas_temuan' tanpa alasan"),
        (
            [DocumentItem(key="anjab_abk", label="ANJAB", citation="x")],
            "'anjab_abk' sudah ada di daftar nasional",
        ),
        (
            [DocumentItem(key="a", label="A", citation="x")] * 2,
            "kunci butir dokumen ganda 'a'",
        ),
        ([DocumentItem(key="a", label="A", citation="")], "'a' tidak mencantumkan dasar"),
        ([DocumentItem(key="Surat Sehat", label="A", citation="x")], "harus huruf kecil"),
        (
            [DocumentItem(key="a", label="A", citation="x", stage="tidak_ada")],
            "'a' menahan tahap yang tidak ada: 'tidak_ada'",
        ),
        (["bukan dokumen"], "harus berisi DocumentItem atau DropDocument, bukan str"),
    ],
)
def test_bad_checklists_fail_loading_naming_the_plugin(documents: list[Any], expected: str):
    assert expected in problems_of(documents=documents)


def test_bad_document_and_letter_gates_fail_loading():
    stages = default_parts("rusak")["stages"]
    stages[1] = attrs.evolve(
        stages[1], gates=(DocumentsAccepted(("tidak_ada",)), LetterRecorded("surat_cinta"))
    )
    msg = problems_of(stages=stages)
    assert "'keputusan' memerlukan dokumen yang tidak ada di daftar: 'tidak_ada'" in msg
    assert "jenis surat tak dikenal 'surat_cinta'" in msg


def _docx(text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(
            "word/document.xml",
            f"<w:document><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (
            LetterTemplate(
                kind=DraftKind.USUL, title="U", citation="x", paragraphs=("{{ gaji }}",)
            ),
            "menyebut isian tak dikenal: gaji",
        ),
        (LetterTemplate(kind=DraftKind.USUL, title="U", citation="", paragraphs=("a",)), "kutipan"),
        (LetterTemplate(kind=DraftKind.USUL, title="U", citation="x"), "tepat satu"),
        (
            LetterTemplate(kind=DraftKind.USUL, title="U", citation="x", docx=b"not a zip"),
            "docx bukan berkas Word yang sah",
        ),
        (
            LetterTemplate(
                kind=DraftKind.USUL, title="U", citation="x", docx=_docx("{{ na</w:t><w:t>mq }}")
            ),
            "menyebut isian tak dikenal: namq",
        ),
    ],
)
def test_bad_letter_templates_fail_loading(template: LetterTemplate, expected: str):
    assert expected in problems_of(templates=[template])


def test_templates_default_to_the_national_ones_and_a_region_replaces_one():
    rc = region()
    assert set(rc.templates) == {DraftKind.USUL, DraftKind.NOTA_DINAS}
    own = LetterTemplate(
        kind=DraftKind.USUL, title="Usul", citation="Perwali uji", docx=_docx("{{ nama }}")
    )
    rc = region(templates=[own])
    assert rc.templates[DraftKind.USUL] is own
    assert rc.templates[DraftKind.NOTA_DINAS].title == "Nota Dinas"
    for template in rc.templates.values():
        assert set(placeholders(template.text())) <= set(DRAFT_FIELDS)
    assert "lebih dari sekali" in problems_of(templates=[own, own])


def test_fill_replaces_known_fields_and_keeps_unknown_ones():
    assert fill("{{ nama }} / {{nip}} / {{ lain }}", {"nama": "Rina", "nip": "1"}) == (
        "Rina / 1 / {{ lain }}"
    )


def test_legal_basis_cites_the_article_of_the_kind():
    assert "PP 11/2017 Pasal 192" in national.legal_basis(MutationKind.BETWEEN_REGENCIES)
    assert "PP 11/2017 Pasal 193" in national.legal_basis(MutationKind.BETWEEN_PROVINCES)
    assert "Pasal 19" not in national.legal_basis(MutationKind.ABROAD).split("Pasal 190")[1]
