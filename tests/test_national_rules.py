"""The national rules: each passes, fails, and (where data can be missing) cannot be determined,
with a reason in Bahasa Indonesia naming the values used."""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from mutasi_core import (
    Appraisal,
    Check,
    EmploymentType,
    Initiator,
    MutationKind,
    ObligationKind,
    Outcome,
    ParameterOverride,
    PositionKind,
    Predicate,
    PythonCheck,
    Rule,
    Sanction,
    ServiceObligation,
    Severity,
    TrainingRecord,
    load_catalog,
)
from mutasi_core.testing import employee, make_plugin, outcome, position, vacancy


def test_two_years_in_position_is_the_minimum(test_region):
    rule = "nasional.masa_jabatan_minimum"
    ok = outcome(test_region, rule)
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "4 tahun 4 bulan pada jabatan sekarang; minimum 2 tahun"
    assert ok.citation == "PP 11/2017 Pasal 190 ayat (3)"
    assert ok.plugin == "nasional"
    bad = outcome(test_region, rule, employee(position=position(start=date(2024, 3, 1))))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "1 tahun 3 bulan pada jabatan sekarang; minimum 2 tahun (baru memenuhi pada 2026-03-01)"
    )
    assert bad.blocks
    assert bad.values["minimum"] == 24


def test_more_than_five_years_marks_rotation_due_without_blocking(test_region):
    emp = employee(position=position(start=date(2019, 1, 2)))
    got = outcome(test_region, "nasional.masa_jabatan_maksimum", emp)
    assert got.outcome is Outcome.NOT_ELIGIBLE
    assert got.reason == (
        "6 tahun 5 bulan pada jabatan sekarang; maksimum 5 tahun: sudah waktunya dirotasi"
    )
    assert got.severity is Severity.ADVISORY
    assert not got.blocks
    report = test_region.evaluate(emp, vacancy("uji"), as_of=date(2025, 6, 2))
    assert report.overall is Outcome.ELIGIBLE


def _with_appraisal(year: int, predicate: Predicate | None):
    kept = tuple(a for a in employee().appraisals if a.year != year)
    if predicate is not None:
        kept += (Appraisal(year=year, predicate=predicate),)
    return employee(appraisals=kept)


def test_appraisal_at_least_baik_in_each_of_the_last_two_years(test_region):
    rule = "nasional.predikat_kinerja"
    ok = outcome(test_region, rule)
    assert ok.outcome is Outcome.ELIGIBLE
    assert (
        ok.reason == "predikat kinerja 2023: Baik, 2024: Baik; minimum Baik pada 2 tahun terakhir"
    )
    bad = outcome(test_region, rule, _with_appraisal(2023, Predicate.BUTUH_PERBAIKAN))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert "2023: Butuh Perbaikan" in bad.reason
    missing = outcome(test_region, rule, _with_appraisal(2024, None))
    assert missing.outcome is Outcome.UNDETERMINED
    assert missing.reason.startswith("predikat kinerja tahun 2024 tidak tercatat")
    assert missing.blocks


def test_missing_appraisal_makes_the_whole_evaluation_undetermined(test_region):
    report = test_region.evaluate(
        _with_appraisal(2024, None), vacancy("uji"), as_of=date(2025, 6, 2)
    )
    assert report.overall is Outcome.UNDETERMINED


def test_an_active_disciplinary_sanction_blocks(test_region):
    rule = "nasional.hukuman_disiplin"
    past = Sanction(kind="teguran tertulis", start=date(2023, 1, 1), end=date(2023, 12, 31))
    active = Sanction(kind="penurunan pangkat", start=date(2025, 1, 1), end=date(2026, 1, 1))
    assert outcome(test_region, rule, employee(sanctions=(past,))).outcome is Outcome.ELIGIBLE
    bad = outcome(test_region, rule, employee(sanctions=(past, active)))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "hukuman disiplin 'penurunan pangkat' berlaku sejak 2025-01-01 sampai 2026-01-01"
    )


def test_study_leave_or_service_bond_blocks_while_active(test_region):
    rule = "nasional.tugas_belajar_ikatan_dinas"
    ended = ServiceObligation(
        kind=ObligationKind.STUDY_LEAVE, start=date(2020, 9, 1), end=date(2022, 8, 31)
    )
    bond = ServiceObligation(
        kind=ObligationKind.SERVICE_BOND, start=date(2022, 9, 1), end=date(2026, 8, 31)
    )
    assert outcome(test_region, rule, employee(obligations=(ended,))).outcome is Outcome.ELIGIBLE
    bad = outcome(test_region, rule, employee(obligations=(bond,)))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "sedang ikatan dinas sejak 2022-09-01 sampai 2026-08-31"


def test_ten_year_lock_applies_only_to_own_request(test_region):
    rule = "nasional.masa_kerja_10_tahun"
    young = employee(nip="199501012020011002")  # CPNS since January 2020
    own = {"initiator": Initiator.OWN_REQUEST}
    ok = outcome(test_region, rule, employee(), **own)
    assert ok.outcome is Outcome.ELIGIBLE
    assert ok.reason == "masa kerja 15 tahun 5 bulan sejak TMT CPNS 2010-01-01; minimum 10 tahun"
    bad = outcome(test_region, rule, young, **own)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert "masa kerja 5 tahun 5 bulan" in bad.reason
    agency = outcome(test_region, rule, young, initiator=Initiator.AGENCY)
    assert agency.outcome is Outcome.NOT_APPLICABLE
    assert agency.reason == "tidak berlaku untuk mutasi kepentingan dinas"


def test_twenty_jp_of_training_is_advice_not_a_condition(test_region):
    rule = "nasional.pengembangan_kompetensi_20_jp"
    ok = outcome(test_region, rule)
    assert ok.outcome is Outcome.ELIGIBLE
    short = TrainingRecord(
        title="Seminar", category="teknis", hours=12, start=date(2025, 3, 3), end=date(2025, 3, 4)
    )
    old = TrainingRecord(
        title="Diklat lama",
        category="teknis",
        hours=40,
        start=date(2023, 3, 3),
        end=date(2023, 3, 9),
    )
    bad = outcome(test_region, rule, employee(training=(short, old)))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "12 JP pelatihan dalam 12 bulan terakhir (2024-06-02 s.d. 2025-06-02); minimum 20 JP"
    )
    assert bad.severity is Severity.ADVISORY and not bad.blocks


def test_target_needs_an_open_seat(test_region):
    rule = "nasional.kebutuhan_formasi"
    assert outcome(test_region, rule).outcome is Outcome.ELIGIBLE
    full = outcome(test_region, rule, target=vacancy("uji", seats=0))
    assert full.outcome is Outcome.NOT_ELIGIBLE
    assert full.reason == "0 formasi lowong pada Administrator Kesehatan (Dinas Kesehatan)"
    unknown = outcome(test_region, rule, target=vacancy("uji", seats=None))
    assert unknown.outcome is Outcome.UNDETERMINED


def test_pppk_cannot_move_between_agencies(test_region):
    rule = "nasional.pppk_antar_instansi"
    pppk = employee(employment_type=EmploymentType.PPPK)
    between = {"kind": MutationKind.BETWEEN_REGENCIES}
    bad = outcome(test_region, rule, pppk, **between)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == (
        "status kepegawaian PPPK; mutasi antar-kabupaten/kota dalam satu provinsi hanya untuk PNS"
    )
    assert outcome(test_region, rule, employee(), **between).outcome is Outcome.ELIGIBLE
    within = outcome(test_region, rule, pppk)
    assert within.outcome is Outcome.NOT_APPLICABLE


def test_declared_conflict_of_interest_at_the_target_unit_blocks(test_region):
    rule = "nasional.konflik_kepentingan"
    assert outcome(test_region, rule).outcome is Outcome.ELIGIBLE
    bad = outcome(test_region, rule, employee(conflict_units=frozenset({"Dinas Kesehatan"})))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "pegawai menyatakan konflik kepentingan pada Dinas Kesehatan"


def test_top_officials_are_not_replaced_within_two_years(test_region):
    rule = "nasional.jpt_2_tahun"
    jpt = position(kind=PositionKind.JPT_PRATAMA, start=date(2024, 9, 1))
    bad = outcome(test_region, rule, employee(position=jpt))
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.citation == "UU 5/2014 Pasal 116 ayat (1)"
    settled = attrs.evolve(jpt, start=date(2023, 1, 2))
    assert outcome(test_region, rule, employee(position=settled)).outcome is Outcome.ELIGIBLE
    assert outcome(test_region, rule).outcome is Outcome.NOT_APPLICABLE


@pytest.fixture(scope="module")
def election_region():
    plugin = make_plugin(
        "pilkada",
        overrides=[
            ParameterOverride(
                key="election_blackout_periods",
                values=(
                    (date(2016, 7, 1), ()),
                    (date(2025, 1, 1), ((date(2025, 3, 1), date(2025, 12, 31)),)),
                ),
                citation="Jadwal pilkada serentak (uji)",
            )
        ],
    )
    return load_catalog(["pilkada"], extra={"pilkada": plugin.plugin}).region("pilkada")


def test_election_window_blocks_unless_the_minister_approved(election_region):
    rule = "nasional.masa_larangan_pilkada"
    target = vacancy("pilkada")
    bad = outcome(election_region, rule, target=target)
    assert bad.outcome is Outcome.NOT_ELIGIBLE
    assert bad.reason == "2025-06-02 berada dalam masa larangan 2025-03-01 s.d. 2025-12-31"
    waived = outcome(election_region, rule, target=target, waivers=[rule])
    assert waived.outcome is Outcome.ELIGIBLE
    assert waived.reason.startswith("dikecualikan")
    before = outcome(election_region, rule, target=target, as_of=date(2025, 2, 1))
    assert before.outcome is Outcome.ELIGIBLE


def test_parameters_change_on_their_effective_dates_and_overrides_stay_in_their_region():
    plugin = make_plugin(
        "enam",
        overrides=[
            ParameterOverride(
                key="min_months_in_position",
                values=((date(2017, 3, 30), 24), (date(2025, 7, 1), 6)),
                citation="Pengumuman BKN Juli 2025 (uji)",
            )
        ],
    )
    catalog = load_catalog(
        ["enam", "uji"], extra={"enam": plugin.plugin, "uji": make_plugin().plugin}
    )
    emp = employee(position=position(start=date(2024, 12, 2)))
    rule = "nasional.masa_jabatan_minimum"
    enam = catalog.region("enam")
    before = outcome(enam, rule, emp, vacancy("enam"), as_of=date(2025, 6, 2))
    after = outcome(enam, rule, emp, vacancy("enam"), as_of=date(2025, 7, 2))
    assert before.outcome is Outcome.NOT_ELIGIBLE and before.values["minimum"] == 24
    assert after.outcome is Outcome.ELIGIBLE and after.values["minimum"] == 6
    other = outcome(catalog.region("uji"), rule, emp, vacancy("uji"), as_of=date(2025, 7, 2))
    assert other.outcome is Outcome.NOT_ELIGIBLE
    resolved = enam.parameters["min_months_in_position"]
    assert resolved.overridden_by == "enam"


def test_a_rule_that_raises_is_reported_as_its_own_error_and_hides_no_other():
    def broken(facts, params):
        raise ZeroDivisionError("division by zero")

    def wrong_type(facts, params):
        return True

    rules = [
        Rule(
            id="rusak.bagi_nol",
            label="Aturan rusak",
            citation="uji",
            condition=PythonCheck(broken, "selalu galat"),
        ),
        Rule(
            id="rusak.tipe_salah",
            label="Aturan bertipe salah",
            citation="uji",
            condition=PythonCheck(wrong_type, "mengembalikan bool"),
        ),
        Rule(
            id="rusak.baik",
            label="Aturan baik",
            citation="uji",
            condition=PythonCheck(lambda f, p: Check(outcome=Outcome.ELIGIBLE, reason="ok"), "ok"),
        ),
    ]
    plugin = make_plugin("rusak", rules=rules)
    region = load_catalog(["rusak"], extra={"rusak": plugin.plugin}).region("rusak")
    report = region.evaluate(employee(), vacancy("rusak"), as_of=date(2025, 6, 2))
    err = report.outcome_of("rusak.bagi_nol")
    assert err.outcome is Outcome.ERROR
    assert "rusak.bagi_nol" in err.reason and "plugin rusak" in err.reason
    assert "ZeroDivisionError" in err.reason
    assert report.outcome_of("rusak.tipe_salah").outcome is Outcome.ERROR
    assert "harus mengembalikan Check" in report.outcome_of("rusak.tipe_salah").reason
    assert report.outcome_of("rusak.baik").outcome is Outcome.ELIGIBLE
    assert report.outcome_of("nasional.masa_jabatan_minimum").outcome is Outcome.ELIGIBLE
    assert report.overall is Outcome.UNDETERMINED


def test_report_records_parameters_and_plugin_versions(test_region):
    report = test_region.evaluate(employee(), vacancy("uji"), as_of=date(2025, 6, 2))
    assert report.parameters["min_months_in_position"] == 24
    assert report.parameters["min_predicate"] == "Baik"
    assert set(report.plugins) == {"nasional"}
    assert all(o.plugin_version for o in report.outcomes)
