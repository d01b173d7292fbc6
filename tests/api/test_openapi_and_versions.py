"""OpenAPI is served with an interactive page; a stored explanation survives plugin upgrades."""

from __future__ import annotations

from sqlmodel import Session, select

from mutasi_api.db.models import CaseRow, OutcomeRow
from tests.api.support import Api, employee_json, vacancy_json


def test_openapi_document_and_interactive_page_need_no_token(api: Api):
    doc = api.client.get("/schema/openapi.json")
    assert doc.status_code == 200
    paths = doc.json()["paths"]
    assert "/regions/{code}/cases/{case_id}/transitions" in paths
    assert "/regions/{code}/employees/import" in paths
    page = api.client.get("/schema")
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]


def test_stored_explanation_is_returned_unchanged_after_a_plugin_upgrade(api: Api):
    region = "kepahiang"
    hr, admin = api.as_("hr", region), api.as_("region-admin", region)
    api.client.post(f"/regions/{region}/employees", json=employee_json(), headers=hr)
    vac = api.client.post(f"/regions/{region}/vacancies", json=vacancy_json(), headers=admin).json()
    case = api.client.post(
        f"/regions/{region}/cases",
        json={
            "employee_nip": employee_json()["nip"],
            "vacancy_id": vac["id"],
            "kind": "within_agency",
            "initiator": "agency",
        },
        headers=hr,
    ).json()
    with Session(api.engine) as session:  # the case was evaluated by an older plugin release
        row = session.get(CaseRow, case["id"])
        assert row is not None
        row.plugin_version = "0.0.9"
        first = session.exec(select(OutcomeRow)).first()
        assert first is not None
        first.reason = "alasan dari versi lama"
        session.add_all([row, first])
        session.commit()
    stored = api.client.get(f"/regions/{region}/cases/{case['id']}/eligibility", headers=hr).json()
    assert stored["stored"] is True
    assert stored["plugin_changed"] is True
    assert stored["outcomes"][0]["reason"] == "alasan dari versi lama"
    fresh = api.client.get(
        f"/regions/{region}/cases/{case['id']}/eligibility?as_of=2026-01-05", headers=hr
    ).json()
    assert fresh["stored"] is False
    assert fresh["as_of"] == "2026-01-05"
    assert fresh["outcomes"][0]["reason"] != "alasan dari versi lama"
