"""Jambi: each own rule passes, fails and cannot be determined where its data is missing;
stages, training and forms are what the document says."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import attrs
import pytest

from mutasi_core import (
    Addressee,
    Decision,
    Education,
    FormKind,
    Initiator,
    Level,
    MutationKind,
    Outcome,
    Phase,
    RegionCatalog,
    TargetFlag,
    TrainingRecord,
    TransferCase,
    Vacancy,
    load_catalog,
)
from mutasi_core.conformance import PluginConformance
from mutasi_core.testing import AS_OF, employee, flags, outcome, position, vacancy
from mutasi_core.training import Timing
from mutasi_core.vocabulary import CaseStatus
from mutasi_core.workflow import check_gates, move

OPENED = datetime(2025, 5, 2, 9, 0)


@pytest.fixture(scope="module")
def region() -> RegionCatalog:
    return load_catalog(["jambi"]).region("jambi")


def public_facing(**changes: Any) -> Vacancy:
    return vacancy("jambi", flags=flags(TargetFlag.PUBLIC_FACING), **changes)


def service_training(hours: int) -> TrainingRecord:
    return TrainingRecord(
        title="Pelatihan pelayanan prima",
        category="pelayanan",
        hours=hours,
        start=date(2025, 3, 3),
        end=date(2025, 3, 4),
    )


def case_at(stage: str, target: Vacancy, **changes: Any) -> TransferCase:
    base = TransferCase(
        id="jambi-1",
        region="jambi",
        kind=MutationKind.WITHIN_AGENCY,
        initiator=Initiator.AGENCY,
        employee=employee(),
        target=target,
        stage=stage,
        opened_at=OPENED,
    )
    return attrs.evolve(base, **changes)


# --- region -----------------------------------------------------------------------------------


def test_region_is_read_as_kota_jambi_with_a_note_on_why(region):
    r = region.region
    assert (r.code, r.name, r.level, r.area_code, r.parent_province) == (
        "jambi",
        "Kota Jambi",
        Level.KOTA,
        "1571",
        "Jambi",
    )
    assert r.note is not None
    assert '"di Jambi"' in r.note
    assert "provinsi-jambi" in r.note


# --- rules ------------------------------------------------------------------------------------


def test_competencies_the_target_office_needs_are_required(region):
    rule = "jambi.kompetensi_sesuai_kebutuhan"
    target = vacancy(
        "jambi",
        unit="Dinas Komunikasi dan Informatika",
        title="Pranata Komputer Ahli Pertama",
        required_competencies=frozenset({"teknologi_informasi"}),
    )
    it_staff = employee(competencies=frozenset({"teknologi_informasi", "komunikasi"}))
    ok = outcome(region, rule, it_staff, target)
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "memiliki kompetensi yang disyaratkan: teknologi_informasi"

    bad = outcome(region, rule, employee(), target)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "kompetensi yang belum dimiliki: teknologi_informasi (disyaratkan: teknologi_informasi)"
    )
    assert bad.blocks


def test_target_that_names_no_competency_does_not_block(region):
    got = outcome(region, "jambi.kompetensi_sesuai_kebutuhan", employee(), vacancy("jambi"))
    assert got.outcome is Outcome.ELIGIBLE
    assert got.reason == "Administrator Kesehatan tidak mensyaratkan kompetensi tertentu"


def test_public_facing_post_needs_communication_and_service_skills(region):
    rule = "jambi.komunikasi_pelayanan_publik"
    skilled = employee(competencies=frozenset({"komunikasi", "pelayanan"}))
    ok = outcome(region, rule, skilled, public_facing())
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "memiliki kompetensi yang disyaratkan: komunikasi, pelayanan"

    only_talks = employee(competencies=frozenset({"komunikasi", "kepemimpinan"}))
    bad = outcome(region, rule, only_talks, public_facing())
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "kompetensi yang belum dimiliki: pelayanan (disyaratkan: komunikasi, pelayanan)"
    )
    assert bad.blocks


def test_communication_and_service_rule_does_not_apply_to_back_office_posts(region):
    got = outcome(region, "jambi.komunikasi_pelayanan_publik", employee(), vacancy("jambi"))
    assert got.outcome is Outcome.NOT_APPLICABLE
    assert got.reason == "jabatan tujuan bukan jabatan pelayanan langsung kepada masyarakat"
    assert not got.blocks


def test_target_office_must_be_short_of_staff_by_its_abk(region):
    rule = "jambi.kebutuhan_dinas_abk"
    ok = outcome(region, rule, employee(), vacancy("jambi", required_staff=12, current_staff=10))
    assert ok.outcome is Outcome.ELIGIBLE
    assert (
        ok.reason == "kebutuhan menurut ABK 12 pegawai, tersedia 10 pada Dinas Kesehatan: kurang 2"
    )

    full = vacancy("jambi", required_staff=12, current_staff=12)
    bad = outcome(region, rule, employee(), full)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "kebutuhan menurut ABK 12 pegawai, tersedia 12 pada Dinas Kesehatan: tidak ada kekurangan"
    )
    assert bad.blocks


def test_missing_abk_cannot_be_determined_and_blocks(region):
    for target in (
        vacancy("jambi", required_staff=None),
        vacancy("jambi", current_staff=None),
    ):
        got = outcome(region, "jambi.kebutuhan_dinas_abk", employee(), target)
        assert got.outcome is Outcome.UNDETERMINED
        assert got.reason == "hasil ANJAB/ABK untuk Dinas Kesehatan tidak tercatat"
        assert got.blocks


def test_cross_sector_move_from_finance_to_community_development_is_not_blocked(region):
    finance = employee(
        position=position(title="Analis Keuangan", unit="BPKAD", sector="keuangan"),
        education=Education(level="S1", field="akuntansi"),
    )
    target = vacancy(
        "jambi",
        unit="Dinas Pemberdayaan Masyarakat",
        title="Penyuluh Pemberdayaan Masyarakat",
        sector="pengembangan_masyarakat",
        education_fields=frozenset({"sosial"}),
    )
    report = region.evaluate(finance, target, as_of=AS_OF)
    assert report.overall is Outcome.ELIGIBLE
    own = [o for o in report.outcomes if o.plugin == "jambi"]
    assert {o.rule_id for o in own} == {
        "jambi.kompetensi_sesuai_kebutuhan",
        "jambi.komunikasi_pelayanan_publik",
        "jambi.kebutuhan_dinas_abk",
    }
    assert all(not o.blocks for o in own)


def test_every_own_rule_cites_the_document(region):
    own = [b.rule for b in region.rules if b.plugin == "jambi"]
    assert len(own) >= 3
    assert all(r.citation.startswith("Dokumen Penyusunan Rencana Mutasi ASN di Jambi") for r in own)


# --- stages -----------------------------------------------------------------------------------


def test_stages_follow_the_document_in_order(region):
    assert [(s.key, s.phase) for s in region.graph.stages] == [
        ("analisis_kebutuhan", Phase.NEEDS_ANALYSIS),
        ("forum_aspirasi", Phase.CONSULTATION),
        ("penyusunan_rencana", Phase.PLANNING),
        ("pertimbangan_rencana", Phase.DECISION),
        ("penjelasan_manfaat", Phase.SOCIALISATION),
        ("implementasi", Phase.PLACEMENT),
    ]
    assert region.graph.forward("implementasi") == (CaseStatus.COMPLETED.value,)


def test_each_stage_is_left_through_its_own_gate(region):
    gates = {k: [g.kind for g in v] for k, v in region.graph.gates.items()}
    assert gates == {
        "analisis_kebutuhan": ["form_submitted"],
        "forum_aspirasi": ["form_submitted"],
        "penyusunan_rencana": ["eligibility_holds"],
        "pertimbangan_rencana": ["eligibility_holds", "decision_taken"],
        "penjelasan_manfaat": ["form_submitted"],
        "implementasi": ["decision_taken", "training_completed"],
    }
    forms_asked = [
        g.form for s in region.graph.stages for g in s.gates if g.kind == "form_submitted"
    ]
    assert forms_asked == [
        "analisis_kebutuhan_sdm",
        "aspirasi_asn",
        "tanda_terima_penjelasan_manfaat",
    ]
    bodies = [g.body for s in region.graph.stages for g in s.gates if g.kind == "decision_taken"]
    assert bodies == ["tim_penilai_kinerja", "ppk"]


def test_team_decision_may_reject_or_return_to_planning_or_the_forum(region):
    stage = region.graph.stage("pertimbangan_rencana")
    assert stage.next == ("penjelasan_manfaat", "rejected")
    assert stage.returns_to == ("penyusunan_rencana", "forum_aspirasi")
    assert stage.deadline_working_days == 15
    assert "PP 11/2017 Pasal 191" in (stage.citation or "")

    case = case_at("pertimbangan_rencana", vacancy("jambi"))
    kwargs = {
        "actor": "bkpsdm",
        "at": OPENED,
        "eligibility": None,
        "forms": region.form_specs,
        "training": region.training,
    }
    rejected = move(region.graph, case, CaseStatus.REJECTED.value, **kwargs)
    assert rejected.status is CaseStatus.REJECTED
    back = move(region.graph, case, "forum_aspirasi", **kwargs)
    assert (back.stage, back.status) == ("forum_aspirasi", CaseStatus.OPEN)


# --- training ---------------------------------------------------------------------------------


def test_training_requirements_say_what_when_and_what_they_gate(region):
    reqs = region.training
    assert set(reqs) == {"pelatihan_komunikasi_pelayanan", "pengembangan_kompetensi_pasca_mutasi"}
    before = reqs["pelatihan_komunikasi_pelayanan"]
    assert (before.categories, before.min_hours, before.timing, before.gate_stage) == (
        frozenset({"komunikasi", "pelayanan"}),
        16,
        Timing.BEFORE_MOVE,
        "implementasi",
    )
    assert before.applies.target_flags == frozenset({TargetFlag.PUBLIC_FACING})
    after = reqs["pengembangan_kompetensi_pasca_mutasi"]
    assert (after.categories, after.min_hours, after.timing, after.gate_stage) == (
        frozenset({"teknis"}),
        20,
        Timing.AFTER_MOVE,
        None,
    )


def test_public_facing_move_is_not_implemented_without_service_training(region):
    ppk = Decision(body="ppk", verdict="approve", decided_at=OPENED, decided_by="wali_kota")
    kwargs = {
        "as_of": AS_OF,
        "eligibility": None,
        "forms": region.form_specs,
        "training": region.training,
    }
    untrained = case_at("implementasi", public_facing(), decisions=(ppk,))
    gates = {g.kind: g for g in check_gates(region.graph, untrained, **kwargs)}
    assert gates["decision_taken"].met
    assert not gates["training_completed"].met
    assert gates["training_completed"].reason == (
        "0 JP pelatihan komunikasi/pelayanan sejak 2024-06-02; dibutuhkan 16 JP"
    )

    trained = attrs.evolve(
        untrained,
        employee=employee(training=(*employee().training, service_training(16))),
    )
    assert all(g.met for g in check_gates(region.graph, trained, **kwargs))


def test_back_office_move_needs_no_service_training(region):
    ppk = Decision(body="ppk", verdict="approve", decided_at=OPENED, decided_by="wali_kota")
    case = case_at("implementasi", vacancy("jambi"), decisions=(ppk,))
    results = check_gates(
        region.graph,
        case,
        as_of=AS_OF,
        eligibility=None,
        forms=region.form_specs,
        training=region.training,
    )
    training_gate = next(g for g in results if g.kind == "training_completed")
    assert training_gate.met
    assert (
        training_gate.reason == "jabatan tujuan bukan jabatan pelayanan langsung kepada masyarakat"
    )


# --- forms ------------------------------------------------------------------------------------


def test_forms_have_the_common_kinds_and_addressees(region):
    specs = region.form_specs
    assert {k: (s.kind, s.addressee) for k, s in specs.items()} == {
        "analisis_kebutuhan_sdm": (FormKind.NEEDS_ANALYSIS, Addressee.HR),
        "aspirasi_asn": (FormKind.ASPIRATION, Addressee.EMPLOYEE),
        "tanda_terima_penjelasan_manfaat": (
            FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
            Addressee.EMPLOYEE,
        ),
    }
    assert specs["analisis_kebutuhan_sdm"].scoring is None


def test_form_samples_are_valid_and_scored_from_one_to_five(region):
    expected_scores = {
        "analisis_kebutuhan_sdm": None,
        "aspirasi_asn": 81.25,
        "tanda_terima_penjelasan_manfaat": 83.33,
    }
    for form_id, score in expected_scores.items():
        form = region.forms[form_id]
        sample = form.spec.examples()[0]
        assert form.errors(sample) == []
        assert form.score(sample) == score


def test_every_form_field_has_a_title(region):
    for form in region.forms.values():
        schema = form.spec.schema
        assert schema["additionalProperties"] is False
        assert set(schema["required"]) <= set(schema["properties"])
        assert all("title" in field for field in schema["properties"].values())


def test_unwilling_employee_must_give_a_reason_in_the_aspiration_form(region):
    form = region.forms["aspirasi_asn"]
    unwilling = {**form.spec.examples()[0], "kesediaan_dimutasi": "tidak bersedia"}
    errors = form.errors(unwilling)
    assert [e.path for e in errors] == ["$"]
    assert "'alasan_kesediaan' is a required property" in errors[0].message
    assert (
        form.errors({**unwilling, "alasan_kesediaan": "Sedang merawat orang tua di rumah."}) == []
    )


def test_objection_at_the_explanation_must_be_written_down(region):
    form = region.forms["tanda_terima_penjelasan_manfaat"]
    objecting = {**form.spec.examples()[0], "sikap": "keberatan"}
    errors = form.errors(objecting)
    assert [e.path for e in errors] == ["$"]
    assert "'uraian_keberatan' is a required property" in errors[0].message
    out_of_scale = {**form.spec.examples()[0], "kejelasan_penjelasan": 6}
    assert [e.path for e in form.errors(out_of_scale)] == ["$.kejelasan_penjelasan"]


def test_competencies_never_recorded_cannot_be_determined(region):
    unknown = employee(competencies=None)
    it_post = vacancy("jambi", required_competencies=frozenset({"teknologi_informasi"}))
    got = outcome(region, "jambi.kompetensi_sesuai_kebutuhan", unknown, it_post)
    assert got.outcome is Outcome.UNDETERMINED
    assert got.reason.startswith("kompetensi pegawai belum tercatat")
    public = vacancy("jambi", flags=flags("public_facing"))
    got = outcome(region, "jambi.komunikasi_pelayanan_publik", unknown, public)
    assert got.outcome is Outcome.UNDETERMINED
    assert got.blocks


class TestConformance(PluginConformance):
    region = "jambi"
