"""Letters on a case, the SIASN ``rw-pindahinstansi`` export and the draft letters (DOCX).

Acceptance: the generated DOCX opens with python-docx and contains the employee's name, NIP,
origin and target positions and the citation of the legal basis; the SIASN export of a finished
case has every letter field filled.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from sqlalchemy import Engine

from mutasi_core import DraftKind, LetterTemplate
from tests.api.paperwork import (
    OTHER,
    REGION,
    THREE,
    accept,
    letter,
    move,
    open_case,
    paper_api,
)
from tests.api.support import Api, employee_json, vacancy_json

LETTER_FIELDS = [
    f"sk{name}{part}"
    for name in ("Usul", "Asal", "AsalProv", "Bkn", "Tujuan")
    for part in ("Nomor", "Tanggal")
]


@pytest.fixture
def api(db: Engine, tmp_path: Path) -> Iterator[Api]:
    with paper_api(db, tmp_path / "uploads") as client:
        yield client


def hr(api: Api, region: str = REGION) -> dict[str, str]:
    return api.as_("hr", region)


def text_of(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def finish(api: Api, case: dict[str, Any]) -> None:
    """Drive the case to completion as HR would, recording the letters of the flow."""
    cid = case["id"]
    day = date.today()
    for item in THREE:
        accept(api, cid, item)
    assert (
        letter(api, cid, "usul", "800/101/DINKES", str(day - timedelta(days=30))).status_code == 201
    )
    assert (
        letter(
            api, cid, "persetujuan_asal", "821/55/BKPSDM", str(day - timedelta(days=20))
        ).status_code
        == 201
    )
    assert move(api, cid, "keputusan").status_code == 200
    r = api.client.post(
        f"/regions/{REGION}/cases/{cid}/decisions",
        json={"body": "ppk", "verdict": "approve"},
        headers=hr(api),
    )
    assert r.status_code == 201
    accept(api, cid, "surat_keterangan_sehat")
    assert move(api, cid, "penempatan").status_code == 200
    r = letter(api, cid, "spmt", "800/9/SPMT", str(day), tmt=str(day + timedelta(days=1)))
    assert r.status_code == 201
    r = move(api, cid, "completed")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "completed"


# --- acceptance 4 ----------------------------------------------------------------------------


def test_the_siasn_export_of_a_finished_case_has_every_letter_field_filled(api: Api):
    case = open_case(api)
    cid = case["id"]
    finish(api, case)
    day = date.today()
    # paperwork lags: the remaining letters are recorded after the case has ended
    later = [
        ("persetujuan_asal_provinsi", "800/12/GUB", day - timedelta(days=15), None),
        ("pertek_bkn", "PT-12345/KR.XII/2025", day - timedelta(days=10), None),
        ("keputusan", "821.2/77/KPTS", day - timedelta(days=5), day + timedelta(days=1)),
    ]
    for kind, number, issued, tmt in later:
        extra = {"tmt": str(tmt)} if tmt else {}
        r = letter(api, cid, kind, number, str(issued), **extra)
        assert r.status_code == 201, r.text

    r = api.client.get(f"/regions/{REGION}/cases/{cid}/siasn/rw-pindahinstansi", headers=hr(api))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "completed"
    assert body["complete"] is True
    assert body["missing"] == []
    record = body["rw_pindahinstansi"]
    for name in [*LETTER_FIELDS, "tmtPi", "jenisPi"]:
        assert record[name], name
    assert record["skUsulNomor"] == "800/101/DINKES"
    assert record["skAsalNomor"] == "821/55/BKPSDM"
    assert record["skAsalProvNomor"] == "800/12/GUB"
    assert record["skBknNomor"] == "PT-12345/KR.XII/2025"
    assert record["skTujuanNomor"] == "821.2/77/KPTS"
    assert record["skTujuanTanggal"] == (day - timedelta(days=5)).strftime("%d-%m-%Y")
    assert record["tmtPi"] == (day + timedelta(days=1)).strftime("%d-%m-%Y")
    assert record["jenisPi"] == "Pindah Instansi"
    assert record["nipBaru"] == employee_json()["nip"]
    assert record["instansiIndukBaru"] == "Pemerintah Kota Bukittinggi"
    assert record["unorBaru"] == vacancy_json()["unit"]
    assert record["jabatanNamaLama"] == employee_json()["position"]["title"]
    assert record["jabatanNamaBaru"] == vacancy_json()["title"]
    assert record["jenisJabatanBaru"] == "Fungsional"


def test_an_unfinished_export_names_the_missing_fields(api: Api):
    case = open_case(api)
    r = letter(api, case["id"], "usul", "800/1", "2025-03-03")
    assert r.status_code == 201
    body = api.client.get(
        f"/regions/{REGION}/cases/{case['id']}/siasn/rw-pindahinstansi", headers=hr(api)
    ).json()
    assert body["complete"] is False
    assert body["rw_pindahinstansi"]["skUsulTanggal"] == "03-03-2025"
    assert "skUsulNomor" not in body["missing"]
    assert set(body["missing"]) == {*LETTER_FIELDS[2:], "tmtPi"}


def test_a_move_within_one_agency_is_not_a_pindah_instansi(api: Api):
    case = open_case(api, kind="within_agency")
    r = api.client.get(
        f"/regions/{REGION}/cases/{case['id']}/siasn/rw-pindahinstansi", headers=hr(api)
    )
    assert r.status_code == 409
    assert "unorjabatan" in r.json()["detail"]


# --- letters ---------------------------------------------------------------------------------


def test_one_letter_is_linked_to_many_cases_and_a_clashing_number_is_refused(api: Api):
    first = open_case(api)
    second = open_case(api, nip="199001152015032002", code="dinkes-02")
    body = {"kind": "usul", "number": "800/7/BKPSDM", "issued_on": "2025-02-03"}
    r = letter(api, first["id"], **body)
    assert r.status_code == 201
    assert r.json()["cases"] == 1
    r = letter(api, second["id"], **body)
    assert r.status_code == 201
    assert r.json()["cases"] == 2
    letter_id = r.json()["id"]
    for case in (first, second):
        listed = api.client.get(f"/regions/{REGION}/cases/{case['id']}/letters", headers=hr(api))
        assert [x["id"] for x in listed.json()] == [letter_id]
    # the same number again on the same case, or with another date
    r = letter(api, second["id"], **body)
    assert r.status_code == 409
    r = letter(api, first["id"], "usul", "800/7/BKPSDM", "2025-02-04")
    assert r.status_code == 409
    assert "2025-02-03" in r.json()["errors"][0]["message"]
    assert r.json()["errors"][0]["field"] == "$.number"


def test_bad_letters_name_the_field(api: Api):
    case = open_case(api)
    future = str(date.today() + timedelta(days=3))
    r = letter(api, case["id"], "usul", "800/1", future)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "$.issued_on"
    r = letter(api, case["id"], "surat_cinta", "800/1", "2025-01-01")
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "$.kind"
    r = letter(api, case["id"], "usul", "", "2025-01-01")
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "$.number"
    other = open_case(api, OTHER, nip="199001152015032002", kind="within_agency")
    r = api.client.post(
        f"/regions/{REGION}/cases/{other['id']}/letters",
        json={"kind": "usul", "number": "1", "issued_on": "2025-01-01", "issuer": "x"},
        headers=hr(api),
    )
    assert r.status_code == 404
    history = api.client.get(
        f"/regions/{REGION}/cases/{case['id']}/history", headers=hr(api)
    ).json()
    assert [e["kind"] for e in history] == ["opened"]


# --- acceptance 3 ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["usul", "nota_dinas"])
def test_the_draft_docx_names_employee_origin_target_and_legal_basis(api: Api, kind: str):
    case = open_case(api)
    letter(api, case["id"], "usul", "800/101/DINKES", "2025-03-03")
    r = api.client.get(f"/regions/{REGION}/cases/{case['id']}/drafts/{kind}", headers=hr(api))
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert f"{kind}-UJIDOK-" in r.headers["content-disposition"]
    text = text_of(r.content)
    emp, vac = employee_json(), vacancy_json()
    assert emp["name"] in text
    assert emp["nip"] in text
    assert emp["position"]["title"] in text  # origin position
    assert emp["position"]["unit"] in text
    assert vac["title"] in text  # target position
    assert (
        "PP 11/2017 tentang Manajemen PNS sebagaimana diubah dengan PP 17/2020, Pasal 190" in text
    )
    assert "PP 11/2017 Pasal 192" in text  # between kabupaten/kota in one province
    assert "Peraturan BKN 5/2019" in text
    assert "{{" not in text
    if kind == "usul":
        assert "800/101/DINKES" in text


def test_a_region_replaces_a_template_with_its_own_word_file(db: Engine, tmp_path: Path):
    template = Document()
    template.add_heading("SURAT USUL KOTA UJI", level=1)
    para = template.add_paragraph("Yang bertanda tangan mengusulkan ")
    para.add_run("{{ na")  # a placeholder split across runs, as Word often stores it
    para.add_run("ma }} (NIP {{ nip }})")
    table = template.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Jabatan lama", "{{ jabatan_asal }}"
    table.cell(1, 0).text, table.cell(1, 1).text = "Jabatan baru", "{{ jabatan_tujuan }}"
    template.sections[0].footer.paragraphs[0].text = "Dasar: {{ dasar_hukum }}"
    raw = io.BytesIO()
    template.save(raw)
    own = LetterTemplate(
        kind=DraftKind.USUL, title="Surat usul", citation="Perwali uji", docx=raw.getvalue()
    )
    with paper_api(db, tmp_path / "uploads", templates=[own]) as api:
        case = open_case(api)
        r = api.client.get(f"/regions/{REGION}/cases/{case['id']}/drafts/usul", headers=hr(api))
        assert r.status_code == 200, r.text
        doc = Document(io.BytesIO(r.content))
        assert doc.paragraphs[0].text == "SURAT USUL KOTA UJI"
        assert doc.paragraphs[1].text == (
            f"Yang bertanda tangan mengusulkan {employee_json()['name']} "
            f"(NIP {employee_json()['nip']})"
        )
        assert doc.tables[0].cell(0, 1).text == employee_json()["position"]["title"]
        assert doc.tables[0].cell(1, 1).text == vacancy_json()["title"]
        assert "PP 11/2017 Pasal 192" in doc.sections[0].footer.paragraphs[0].text
        # the internal note still comes from the national template
        r = api.client.get(
            f"/regions/{REGION}/cases/{case['id']}/drafts/nota_dinas", headers=hr(api)
        )
        assert text_of(r.content).startswith("Nota Dinas")
        r = api.client.get(
            f"/regions/{REGION}/cases/{case['id']}/drafts/surat_cinta", headers=hr(api)
        )
        assert r.status_code == 404
        assert r.json()["errors"] == [{"field": "kind", "message": "yang ada: usul, nota_dinas"}]
        assert (
            api.client.get(
                f"/regions/{REGION}/cases/{case['id']}/drafts/usul", headers=hr(api, OTHER)
            ).status_code
            == 404
        )
