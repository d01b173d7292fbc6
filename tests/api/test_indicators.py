"""Every common indicator, on a store built by hand whose figures are known, per region, on
SQLite and PostgreSQL; a figure resting on fewer than 5 cases is suppressed, never zero."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlmodel import Session

from mutasi_api.db.models import (
    AppraisalRow,
    CaseRow,
    EmployeeRow,
    EvaluationRow,
    OutcomeRow,
    SubmissionRow,
    TrainingRow,
    TransitionRow,
    VacancyRow,
)
from tests.api.support import Api

T0 = datetime(2025, 1, 1, tzinfo=UTC)
PERIOD = "from=2025-01-01&to=2025-12-31"


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


class Store:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.n = 0

    def employee(self, region: str) -> int:
        self.n += 1
        row = EmployeeRow(
            region=region,
            nip=f"19850312201001{1 + self.n % 2}{self.n:03d}",
            name=f"P{self.n}",
            employment_type="PNS",
            position_title="Analis",
            position_kind="fungsional",
            unit="U",
            position_start=date(2020, 1, 1),
            created_at=T0,
        )
        self.s.add(row)
        self.s.flush()
        assert row.id is not None
        return row.id

    def vacancy(self, region: str) -> int:
        row = VacancyRow(
            region=region, code=f"v-{region}", unit="U", title="T", kind="fungsional", created_at=T0
        )
        self.s.add(row)
        self.s.flush()
        assert row.id is not None
        return row.id

    def case(
        self,
        region: str,
        vacancy: int,
        opened: str,
        status: str = "open",
        closed: str | None = None,
        kind: str = "within_agency",
        initiator: str = "agency",
    ) -> tuple[int, int]:
        emp = self.employee(region)
        row = CaseRow(
            number=f"{region}-{emp}",
            region=region,
            employee_id=emp,
            vacancy_id=vacancy,
            kind=kind,
            initiator=initiator,
            stage="s",
            phase="performance_review",
            status=status,
            opened_at=at(opened),
            opened_by="x",
            closed_at=at(closed) if closed else None,
            plugin=region,
            plugin_version="1",
        )
        self.s.add(row)
        self.s.flush()
        assert row.id is not None
        return row.id, emp

    def stay(self, case_id: int, region: str, phase: str, left: datetime) -> None:
        self.s.add(
            TransitionRow(
                case_id=case_id,
                region=region,
                from_stage="s",
                from_phase=phase,
                to_stage="t",
                at=left,
                actor="x",
                plugin=region,
                plugin_version="1",
            )
        )

    def evaluation(
        self, case_id: int, region: str, outcomes: dict[str, str], created: datetime
    ) -> None:
        ev = EvaluationRow(
            case_id=case_id,
            region=region,
            as_of=created.date(),
            overall="eligible",
            created_at=created,
        )
        self.s.add(ev)
        self.s.flush()
        assert ev.id is not None
        for rule, outcome in outcomes.items():
            self.s.add(
                OutcomeRow(
                    evaluation_id=ev.id,
                    region=region,
                    rule_id=rule,
                    label=rule,
                    outcome=outcome,
                    severity="blocking",
                    reason="r",
                    citation="c",
                    plugin="nasional",
                    plugin_version="1",
                )
            )

    def training(self, emp: int, hours: int, end: str) -> None:
        d = date.fromisoformat(end)
        self.s.add(
            TrainingRow(
                employee_id=emp,
                title="t",
                category="teknis",
                hours=hours,
                start=d,
                end=d,
                recorded_at=T0,
            )
        )

    def appraisals(self, emp: int, before: str, after: str) -> None:
        self.s.add(AppraisalRow(employee_id=emp, year=2024, predicate=before))
        self.s.add(AppraisalRow(employee_id=emp, year=2026, predicate=after))

    def submission(
        self,
        case_id: int,
        kind: str,
        submitted: str,
        score: float | None = None,
        adaptation: float | None = None,
        objection: bool = False,
    ) -> None:
        self.s.add(
            SubmissionRow(
                case_id=case_id,
                form=kind,
                form_kind=kind,
                answers={},
                score=score,
                adaptation_score=adaptation,
                objection=objection,
                submitted_at=at(submitted),
                submitted_by="x",
                plugin="p",
                plugin_version="1",
            )
        )


@pytest.fixture
def store(api: Api) -> Api:
    with Session(api.engine) as session:
        st = Store(session)
        v = st.vacancy("medan")
        c1, e1 = st.case("medan", v, "2025-02-01", "completed", "2025-03-01")
        c2, e2 = st.case(
            "medan", v, "2025-02-10", "completed", "2025-04-10", initiator="own_request"
        )
        c3, _ = st.case(
            "medan", v, "2025-03-01", "rejected", "2025-03-15", kind="between_regencies"
        )
        c4, _ = st.case("medan", v, "2025-04-01", "withdrawn", "2025-04-05")
        c5, _ = st.case("medan", v, "2025-05-01")
        c6, e6 = st.case("medan", v, "2025-06-01", "completed", "2025-07-01")
        c7, e7 = st.case(
            "medan", v, "2024-12-01", "completed", "2025-01-15"
        )  # opened before the period
        c8, e8 = st.case("medan", v, "2025-07-01", "completed", "2025-08-01")
        opened = {
            c1: "2025-02-01",
            c2: "2025-02-10",
            c3: "2025-03-01",
            c4: "2025-04-01",
            c6: "2025-06-01",
            c8: "2025-07-01",
        }
        for case_id, days in {c1: 10, c2: 20, c3: 5, c4: 2, c6: 30, c8: 8}.items():
            st.stay(
                case_id, "medan", "performance_review", at(opened[case_id]) + timedelta(days=days)
            )
        st.stay(c1, "medan", "decision", at("2025-02-16"))  # 5 more days, one case only
        for case_id, outcome in {
            c1: "eligible",
            c2: "eligible",
            c3: "not_eligible",
            c4: "not_eligible",
            c5: "undetermined",
            c6: "eligible",
            c8: "eligible",
        }.items():
            st.evaluation(case_id, "medan", {"nasional.masa_jabatan_minimum": outcome}, T0)
        st.evaluation(
            c3, "medan", {"nasional.masa_jabatan_minimum": "eligible"}, T0 + timedelta(days=90)
        )
        st.training(e1, 24, "2025-02-01")
        st.training(e2, 10, "2025-01-10")
        st.training(e6, 30, "2025-05-01")
        st.training(e6, 40, "2023-01-01")  # too old to count
        st.training(e8, 20, "2025-07-30")
        for emp, (before, after) in {
            e1: ("Baik", "Sangat Baik"),
            e2: ("Baik", "Baik"),
            e6: ("Sangat Baik", "Baik"),
            e7: ("Baik", "Sangat Baik"),
            e8: ("Baik", "Baik"),
        }.items():
            st.appraisals(emp, before, after)
        st.submission(c1, "post_transfer_survey", "2025-04-01", 80, 100)
        st.submission(c1, "impact_evaluation", "2025-05-01", 70, 50)
        st.submission(c2, "post_transfer_survey", "2025-05-01", 60, 50)
        st.submission(c2, "post_transfer_survey", "2025-06-01", 100, 50)
        st.submission(c6, "post_transfer_survey", "2025-08-01", 50, 25)
        st.submission(c7, "post_transfer_survey", "2025-02-01", 70, 75)
        st.submission(c8, "post_transfer_survey", "2025-09-01", 90, 50)
        st.submission(c1, "public_satisfaction", "2025-09-01", 90)
        st.submission(c2, "public_satisfaction", "2025-09-01", 70)
        st.submission(c4, "socialisation_acknowledgement", "2025-04-02", objection=True)
        st.submission(c5, "socialisation_acknowledgement", "2025-05-02", objection=True)
        st.submission(c6, "socialisation_acknowledgement", "2025-06-02", objection=False)
        vj = st.vacancy("jambi")
        for day in ("2025-03-01", "2025-04-01", "2025-05-01"):
            st.case("jambi", vj, day)
        session.commit()
    return api


def figures(api: Api, indicator: str) -> dict[str, dict[str | None, dict[str, Any]]]:
    r = api.client.get(f"/compare?indicator={indicator}&{PERIOD}", headers=api.as_("central"))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["indicator"]["definition"]
    assert {row["region"] for row in body["rows"]} == {
        "sawahlunto",
        "rangkui",
        "medan",
        "jambi",
        "kepahiang",
    }
    return {row["region"]: {f["key"]: f for f in row["figures"]} for row in body["rows"]}


def value(api: Api, indicator: str, key: str | None = None, region: str = "medan") -> Any:
    return figures(api, indicator)[region][key]


def test_case_counts_and_completion_rate(store: Api):
    assert value(store, "cases_opened") == {
        "key": None,
        "value": 7.0,
        "cases": 7,
        "suppressed": False,
    }
    assert value(store, "cases_completed")["value"] == 5.0
    rejected = value(store, "cases_rejected")
    assert rejected == {"key": None, "value": None, "cases": 1, "suppressed": True}
    assert value(store, "cases_withdrawn")["suppressed"] is True
    rate = value(store, "completion_rate")
    assert rate["value"] == pytest.approx(5 / 7, abs=1e-4)
    assert rate["cases"] == 7


def test_small_and_empty_regions_are_suppressed_not_zero(store: Api):
    got = figures(store, "cases_opened")
    assert got["jambi"][None] == {"key": None, "value": None, "cases": 3, "suppressed": True}
    assert got["kepahiang"][None] == {"key": None, "value": None, "cases": 0, "suppressed": True}


def test_shares_by_kind_and_initiator(store: Api):
    kinds = figures(store, "share_by_kind")["medan"]
    assert kinds["within_agency"]["value"] == pytest.approx(6 / 7, abs=1e-4)
    assert kinds["between_regencies"]["value"] == pytest.approx(1 / 7, abs=1e-4)
    assert kinds["abroad"]["value"] == 0.0
    assert len(kinds) == 6
    initiators = figures(store, "share_by_initiator")["medan"]
    assert initiators["own_request"]["value"] == pytest.approx(1 / 7, abs=1e-4)


def test_median_and_p90_days_in_each_phase(store: Api):
    phases = figures(store, "days_in_phase")["medan"]
    review = phases["performance_review"]
    assert review["value"] == pytest.approx(8.0, abs=1e-3)  # 2 5 8 10 20 30: rank ceil(3)
    assert review["p90"] == pytest.approx(30.0, abs=1e-3)  # rank ceil(5.4) = 6
    assert review["cases"] == 6
    assert phases["decision"]["suppressed"] is True
    assert len(phases) == 11


def test_eligibility_failures_by_national_rule_count_the_first_evaluation(store: Api):
    rule = value(store, "eligibility_failures_by_rule", "nasional.masa_jabatan_minimum")
    assert rule["value"] == pytest.approx(2 / 7, abs=1e-4)
    assert rule["undetermined"] == pytest.approx(1 / 7, abs=1e-4)
    assert rule["cases"] == 7
    assert value(store, "eligibility_failures_by_rule", "nasional.hukuman_disiplin")["value"] == 0.0


def test_training_jp_per_moved_employee(store: Api):
    got = value(store, "training_jp_per_moved")
    assert got["value"] == pytest.approx((24 + 10 + 30 + 0 + 20) / 5, abs=1e-4)
    assert got["share_meeting_20_jp"] == pytest.approx(3 / 5, abs=1e-4)
    assert got["cases"] == 5


def test_appraisal_before_and_after_the_move(store: Api):
    change = figures(store, "appraisal_change")["medan"]
    assert change["up"]["value"] == pytest.approx(0.4)
    assert change["same"]["value"] == pytest.approx(0.4)
    assert change["down"]["value"] == pytest.approx(0.2)


def test_satisfaction_adaptation_and_public_satisfaction(store: Api):
    assert value(store, "satisfaction_score")["value"] == pytest.approx(74.0)
    assert value(store, "adaptation_score")["value"] == pytest.approx(55.0)
    public = value(store, "public_satisfaction")
    assert public["suppressed"] is True
    assert public["cases"] == 2


def test_resistance_counts_withdrawals_and_objections(store: Api):
    got = value(store, "resistance")
    assert got["value"] == pytest.approx(300 / 7, abs=1e-3)
    assert got["withdrawals_per_100"] == pytest.approx(100 / 7, abs=1e-3)
    assert got["objections_per_100"] == pytest.approx(200 / 7, abs=1e-3)


def test_region_report_holds_every_indicator(store: Api):
    r = store.client.get(f"/regions/medan/report?{PERIOD}", headers=store.as_("central"))
    assert r.status_code == 200
    codes = [i["indicator"]["code"] for i in r.json()["indicators"]]
    assert "resistance" in codes
    assert len(codes) == len(set(codes)) == 15
