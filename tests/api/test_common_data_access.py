"""Central government sees aggregates only: a walk over every endpoint with a central token finds
no name or NIP; hr cannot compare regions; no token is 401.  Exports hold the API's figures."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.api.support import Api, employee_json, vacancy_json

REGION = "medan"
PERIOD = "from=2020-01-01&to=2030-12-31"


@pytest.fixture
def seeded(api: Api) -> dict[str, Any]:
    hr, admin = api.as_("hr", REGION), api.as_("region-admin", REGION)
    employees = []
    for i in range(6):
        nip = f"19850312201001100{i + 1}"
        body = employee_json(nip=nip, name=f"Pegawai Rahasia {i}")
        assert (
            api.client.post(f"/regions/{REGION}/employees", json=body, headers=hr).status_code
            == 201
        )
        employees.append(body)
    vac = api.client.post(f"/regions/{REGION}/vacancies", json=vacancy_json(), headers=admin).json()
    case = None
    for body in employees:
        r = api.client.post(
            f"/regions/{REGION}/cases",
            json={
                "employee_nip": body["nip"],
                "vacancy_id": vac["id"],
                "kind": "within_agency",
                "initiator": "agency",
            },
            headers=hr,
        )
        assert r.status_code == 201, r.text
        case = r.json()
    assert case is not None
    return {"employees": employees, "case_id": case["id"], "vacancy_id": vac["id"]}


def fill(path: str, seeded: dict[str, Any]) -> str:
    values = {
        "code": REGION,
        "case_id": str(seeded["case_id"]),
        "nip": seeded["employees"][0]["nip"],
        "form_id": "tanda_terima_sosialisasi",
        "user_id": "1",
        "doc_id": "1",
        "kind": "usul",
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


def test_central_token_sees_no_personal_data_on_any_endpoint(api: Api, seeded: dict[str, Any]):
    central = api.as_("central")
    secrets = [e["nip"] for e in seeded["employees"]] + [e["name"] for e in seeded["employees"]]
    spec = api.client.get("/schema/openapi.json").json()
    walked = 0
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            url = fill(path, seeded)
            query = "&".join(
                f"{p['name']}=cases_opened"
                for p in op.get("parameters", [])
                if p["in"] == "query" and p.get("required")
            )
            response = api.client.request(
                method.upper(), f"{url}?{query}" if query else url, headers=central, json={}
            )
            walked += 1
            assert response.status_code < 500, (method, path, response.text)
            text = response.content.decode("utf-8", "replace")
            for secret in secrets:
                assert secret not in text, (method, path)
            if path.startswith("/regions/{code}/") and "report" not in path and "forms" not in path:
                assert response.status_code == 403, (method, path, response.status_code)
    assert walked >= 20


def test_hr_cannot_compare_and_no_token_is_401(api: Api):
    hr = api.as_("hr", REGION)
    for path in (
        "/compare?indicator=cases_opened",
        "/compare/export?indicator=cases_opened",
        "/compare/chart?indicator=cases_opened",
    ):
        assert api.client.get(path, headers=hr).status_code == 403
        assert api.client.get(path).status_code == 401
    assert api.client.get(f"/regions/{REGION}/report").status_code == 401
    assert api.client.get("/regions/jambi/report", headers=hr).status_code == 404


def test_bad_indicator_or_period_is_a_clear_4xx(api: Api):
    central = api.as_("central")
    r = api.client.get("/compare?indicator=kebahagiaan", headers=central)
    assert r.status_code in (400, 422)
    assert "indicator" in r.text
    r = api.client.get(
        "/compare?indicator=cases_opened&from=2025-12-31&to=2025-01-01", headers=central
    )
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "from"


def test_csv_and_xlsx_exports_hold_the_api_figures(api: Api, seeded: dict[str, Any]):
    central = api.as_("central")
    data = api.client.get(
        f"/compare?indicator=eligibility_failures_by_rule&{PERIOD}", headers=central
    ).json()
    expected = {
        (row["region"], f["key"]): (f["value"], f["cases"], f["suppressed"])
        for row in data["rows"]
        for f in row["figures"]
    }
    r = api.client.get(
        f"/compare/export?indicator=eligibility_failures_by_rule&format=xlsx&{PERIOD}",
        headers=central,
    )
    assert r.status_code == 200
    sheet = load_workbook(io.BytesIO(r.content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    got = {
        (line[header.index("region")], line[header.index("key")]): (
            line[header.index("value")],
            line[header.index("cases")],
            line[header.index("suppressed")],
        )
        for line in rows[1:]
    }
    assert got == expected
    assert expected[(REGION, "nasional.masa_jabatan_minimum")][1] == 6
    r = api.client.get(
        f"/compare/export?indicator=cases_opened&format=csv&{PERIOD}", headers=central
    )
    lines = list(csv.DictReader(io.StringIO(r.text)))
    medan = next(x for x in lines if x["region"] == REGION)
    assert (medan["value"], medan["cases"], medan["suppressed"]) == ("6.0", "6", "False")
    jambi = next(x for x in lines if x["region"] == "jambi")
    assert (jambi["value"], jambi["suppressed"]) == ("", "True")


def test_chart_is_a_valid_image_with_one_bar_per_region(api: Api, seeded: dict[str, Any]):
    central = api.as_("central")
    png = api.client.get(f"/compare/chart?indicator=cases_opened&{PERIOD}", headers=central)
    assert png.status_code == 200
    assert png.headers["content-type"] == "image/png"
    assert png.content[:8] == b"\x89PNG\r\n\x1a\n"
    svg = api.client.get(
        f"/compare/chart?indicator=cases_opened&format=svg&{PERIOD}", headers=central
    ).text
    bars = re.findall(r'<g id="bar-([a-z-]+)"', svg)
    assert sorted(bars) == ["jambi", "kepahiang", "medan", "rangkui", "sawahlunto"]
