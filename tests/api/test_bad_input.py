"""Bad input gets a clear 4xx naming the field, and nothing is stored or half-stored."""

from __future__ import annotations

import io
from typing import Any

import pytest
from openpyxl import Workbook

from tests.api.support import Api, employee_json, row_counts, vacancy_json

REGION = "medan"
HEADER = "nipBaru,nama,jabatanNama,jenisJabatan,unorNama,tmtJabatan,golRuangAkhir,bidangPendidikan,pendidikanTerakhirNama"
GOOD_ROWS = [
    "198503122010011001,Rina Marlina,Analis Kesehatan,Fungsional,Dinas Kesehatan,2021-01-04,III/c,kesehatan,S1",
    "199001152015032002,Dewi Lestari,Pengelola Keuangan,Pelaksana,Badan Keuangan Daerah,04-01-2022,III/a,keuangan,S1",
]


def field_errors(response: Any) -> dict[str, str]:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


@pytest.fixture
def case_id(api: Api) -> int:
    hr, admin = api.as_("hr", REGION), api.as_("region-admin", REGION)
    assert (
        api.client.post(
            f"/regions/{REGION}/employees", json=employee_json(), headers=hr
        ).status_code
        == 201
    )
    vac = api.client.post(f"/regions/{REGION}/vacancies", json=vacancy_json(), headers=admin).json()
    body = {
        "employee_nip": employee_json()["nip"],
        "vacancy_id": vac["id"],
        "kind": "within_agency",
        "initiator": "agency",
    }
    r = api.client.post(f"/regions/{REGION}/cases", json=body, headers=hr)
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def unchanged(api: Api, call: Any) -> Any:
    before = row_counts(api.engine)
    response = call()
    assert row_counts(api.engine) == before
    return response


def test_no_token_is_401(api: Api):
    r = api.client.get(f"/regions/{REGION}/cases")
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    assert (
        api.client.get(
            f"/regions/{REGION}/cases", headers={"Authorization": "Bearer salah"}
        ).status_code
        == 401
    )


def test_invalid_nip_names_the_field(api: Api):
    hr = api.as_("hr", REGION)
    r = unchanged(
        api,
        lambda: api.client.post(
            f"/regions/{REGION}/employees", json=employee_json(nip="198513122010011001"), headers=hr
        ),
    )
    assert r.status_code == 422
    assert "bukan tanggal yang sah" in field_errors(r)["$.nip"]
    r = unchanged(
        api,
        lambda: api.client.post(
            f"/regions/{REGION}/employees", json=employee_json(nip="12345"), headers=hr
        ),
    )
    assert r.status_code == 422
    assert "$.nip" in field_errors(r)


def test_wrong_types_and_unknown_fields_name_the_field(api: Api):
    hr = api.as_("hr", REGION)
    bad = employee_json()
    bad["position"] = {**bad["position"], "start": "kemarin"}
    r = unchanged(
        api, lambda: api.client.post(f"/regions/{REGION}/employees", json=bad, headers=hr)
    )
    assert r.status_code == 422
    assert "$.position.start" in field_errors(r)
    r = unchanged(
        api,
        lambda: api.client.post(
            f"/regions/{REGION}/employees", json=employee_json(umur=40), headers=hr
        ),
    )
    assert r.status_code == 422
    assert "umur" in r.text


def test_malformed_json_is_400(api: Api):
    hr = {**api.as_("hr", REGION), "Content-Type": "application/json"}
    r = unchanged(
        api,
        lambda: api.client.post(f"/regions/{REGION}/employees", content=b'{"nip": ', headers=hr),
    )
    assert r.status_code == 400
    assert r.json()["errors"]


def test_unknown_region_is_404(api: Api):
    central = api.as_("central")
    r = api.client.get("/regions/atlantis", headers=central)
    assert r.status_code == 404
    assert "atlantis" in r.json()["detail"]


def test_token_of_another_region_sees_404_everywhere(api: Api, case_id: int):
    other = api.as_("hr", "jambi")
    for path in (
        f"/regions/{REGION}",
        f"/regions/{REGION}/cases",
        f"/regions/{REGION}/cases/{case_id}",
        f"/regions/{REGION}/cases/{case_id}/history",
        f"/regions/{REGION}/employees/{employee_json()['nip']}",
        f"/regions/{REGION}/vacancies",
    ):
        assert api.client.get(path, headers=other).status_code == 404, path
    r = unchanged(
        api,
        lambda: api.client.post(
            f"/regions/{REGION}/cases/{case_id}/transitions",
            json={"to": "withdrawn"},
            headers=other,
        ),
    )
    assert r.status_code == 404


def test_central_role_gets_no_personal_data(api: Api, case_id: int):
    central = api.as_("central")
    assert api.client.get(f"/regions/{REGION}/cases", headers=central).status_code == 403
    assert api.client.get(f"/regions/{REGION}/employees", headers=central).status_code == 403
    regions = api.client.get("/regions", headers=central).json()
    assert {r["code"] for r in regions} == {"sawahlunto", "rangkui", "medan", "jambi", "kepahiang"}


def test_hr_cannot_create_vacancies(api: Api):
    hr = api.as_("hr", REGION)
    r = unchanged(
        api,
        lambda: api.client.post(f"/regions/{REGION}/vacancies", json=vacancy_json(), headers=hr),
    )
    assert r.status_code == 403


def test_unknown_stage_and_skipped_gate(api: Api, case_id: int):
    hr = api.as_("hr", REGION)
    url = f"/regions/{REGION}/cases/{case_id}/transitions"
    r = unchanged(api, lambda: api.client.post(url, json={"to": "tahap_khayalan"}, headers=hr))
    assert r.status_code == 422
    assert "tahap 'tahap_khayalan' tidak ada" in field_errors(r)["$.to"]
    stages = api.client.get(f"/regions/{REGION}", headers=hr).json()["stages"]
    r = unchanged(api, lambda: api.client.post(url, json={"to": stages[0]["next"][0]}, headers=hr))
    assert r.status_code == 409
    assert r.json()["unmet_gates"][0]["reason"] == "formulir belum diisi"
    r = unchanged(api, lambda: api.client.post(url, json={"to": stages[-1]["key"]}, headers=hr))
    assert r.status_code == 409
    assert "tidak dapat ke" in field_errors(r)["$.to"]


def test_unknown_form_and_answers_off_the_schema(api: Api, case_id: int):
    hr = api.as_("hr", REGION)
    url = f"/regions/{REGION}/cases/{case_id}/submissions"
    r = unchanged(
        api,
        lambda: api.client.post(url, json={"form": "formulir_khayalan", "answers": {}}, headers=hr),
    )
    assert r.status_code == 422
    assert "$.form" in field_errors(r)
    form = api.client.get(f"/regions/{REGION}", headers=hr).json()["forms"][0]["id"]
    schema = api.client.get(f"/regions/{REGION}/forms/{form}", headers=hr).json()
    answers = dict(schema["examples"][0])
    item = next(k for k, p in schema["properties"].items() if p.get("type") == "integer")
    answers[item] = "sangat baik"
    r = unchanged(
        api, lambda: api.client.post(url, json={"form": form, "answers": answers}, headers=hr)
    )
    assert r.status_code == 422
    assert f"$.answers.{item}" in field_errors(r)


def test_csv_with_one_bad_row_stores_nothing_and_names_the_row(api: Api):
    hr = api.as_("hr", REGION)
    bad = "198503122010011003,Budi Santoso,Analis,Fungsional,Dinas Kesehatan,2021-13-40,III/b,kesehatan,S1"
    content = "\n".join([HEADER, GOOD_ROWS[0], bad, GOOD_ROWS[1]]).encode()
    r = unchanged(
        api,
        lambda: api.client.post(
            f"/regions/{REGION}/employees/import",
            files={"data": ("pegawai.csv", content, "text/csv")},
            headers=hr,
        ),
    )
    assert r.status_code == 422, r.text
    rows = r.json()["rows"]
    assert rows == [
        {
            "row": 3,
            "column": "tmtJabatan",
            "message": "tanggal tidak sah: '2021-13-40' (YYYY-MM-DD atau DD-MM-YYYY)",
        }
    ]


def test_csv_and_xlsx_import_store_every_row(api: Api):
    hr = api.as_("hr", REGION)
    content = "\n".join([HEADER, *GOOD_ROWS]).encode()
    r = api.client.post(
        f"/regions/{REGION}/employees/import",
        files={"data": ("pegawai.csv", content, "text/csv")},
        headers=hr,
    )
    assert r.status_code == 201, r.text
    assert r.json() == {"imported": 2}
    got = api.client.get(f"/regions/{REGION}/employees/199001152015032002", headers=hr).json()
    assert got["position"]["start"] == "2022-01-04"
    assert got["education"] == {"level": "S1", "field": "keuangan"}
    # the same rows again: every NIP is already there, nothing stored
    r = unchanged(
        api,
        lambda: api.client.post(
            f"/regions/{REGION}/employees/import",
            files={"data": ("pegawai.csv", content, "text/csv")},
            headers=hr,
        ),
    )
    assert r.status_code == 422
    assert [x["row"] for x in r.json()["rows"]] == [2, 3]

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER.split(","))
    sheet.append(
        [
            "198811302012121003",
            "Agus Saputra",
            "Pranata Komputer",
            "Fungsional",
            "Dinas Kominfo",
            "2020-06-01",
            "III/b",
            "teknologi informasi",
            "S1",
        ]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    r = api.client.post(
        f"/regions/{REGION}/employees/import",
        files={"data": ("pegawai.xlsx", buffer.getvalue(), "application/octet-stream")},
        headers=hr,
    )
    assert r.status_code == 201, r.text
    page = api.client.get(f"/regions/{REGION}/employees?limit=2", headers=hr).json()
    assert page["total"] == 3
    assert len(page["items"]) == 2


def test_page_size_is_capped(api: Api):
    r = api.client.get(f"/regions/{REGION}/cases?limit=100000", headers=api.as_("hr", REGION))
    assert r.status_code in (400, 422)
    assert "limit" in r.text
