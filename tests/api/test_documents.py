"""Uploads, verdicts and document gates of a case, on SQLite and PostgreSQL.

Acceptance: a valid PDF is stored and downloaded byte for byte; a file with a PDF name but other
content, an oversized file and a file for another region's case are refused with a clear 4xx and
nothing stored.  A gate that needs the approval letter and three accepted documents refuses the
transition until they are there, then lets it through; the history shows each upload and verdict.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.api.paperwork import (
    JPEG,
    OTHER,
    PDF,
    PNG,
    REGION,
    THREE,
    accept,
    letter,
    move,
    open_case,
    paper_api,
    sha256,
    stored_files,
    upload,
    verdict,
)
from tests.api.support import Api, row_counts


@pytest.fixture
def uploads(tmp_path: Path) -> Path:
    return tmp_path / "uploads"


@pytest.fixture
def api(db: Engine, uploads: Path) -> Iterator[Api]:
    with paper_api(db, uploads) as client:
        yield client


def field_errors(response: Any) -> dict[str, str]:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def refused(api: Api, uploads: Path, call: Any) -> Any:
    """``call`` changes no row and writes no file."""
    rows, files = row_counts(api.engine), stored_files(uploads)
    response = call()
    assert row_counts(api.engine) == rows
    assert stored_files(uploads) == files
    assert response.headers["content-type"].startswith("application/problem+json")
    return response


# --- acceptance 1 ----------------------------------------------------------------------------


def test_a_valid_pdf_is_stored_by_hash_and_downloaded_byte_for_byte(api: Api, uploads: Path):
    case = open_case(api)
    r = upload(api, case["id"], "anjab_abk", PDF, "ANJAB dinas kesehatan.pdf")
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["media_type"] == "application/pdf"
    assert doc["size"] == len(PDF)
    assert doc["sha256"] == sha256(PDF)
    assert doc["status"] == "pending"
    assert doc["filename"] == "ANJAB dinas kesehatan.pdf"
    assert stored_files(uploads) == [uploads / sha256(PDF)[:2] / sha256(PDF)]
    assert (uploads / sha256(PDF)[:2] / sha256(PDF)).read_bytes() == PDF

    got = api.client.get(doc["download"], headers=api.as_("hr", REGION))
    assert got.status_code == 200
    assert got.content == PDF
    assert got.headers["content-type"] == "application/pdf"
    assert "attachment" in got.headers["content-disposition"]
    # region-admins of the region read it too; nobody else
    admin = api.as_("region-admin", REGION)
    assert api.client.get(doc["download"], headers=admin).content == PDF
    assert api.client.get(doc["download"], headers=api.as_("hr", OTHER)).status_code == 404
    assert api.client.get(doc["download"], headers=api.as_("central")).status_code == 403
    assert api.client.get(doc["download"]).status_code == 401


def test_png_and_jpeg_are_recognised_from_their_content(api: Api):
    case = open_case(api)
    r = upload(api, case["id"], "anjab_abk", PNG, "scan.pdf")  # the name says PDF, it is PNG
    assert r.status_code == 201, r.text
    assert r.json()["media_type"] == "image/png"
    r = upload(api, case["id"], "sk_terakhir", JPEG, "sk")
    assert r.status_code == 201, r.text
    assert r.json()["media_type"] == "image/jpeg"


def test_a_file_named_pdf_with_other_content_is_refused_and_nothing_stored(api: Api, uploads: Path):
    case = open_case(api)
    fake = b"MZ\x90\x00 this is a program, not a PDF"
    r = refused(api, uploads, lambda: upload(api, case["id"], "anjab_abk", fake, "anjab.pdf"))
    assert r.status_code == 415
    assert "bukan PDF, JPEG atau PNG" in field_errors(r)["file"]
    r = refused(api, uploads, lambda: upload(api, case["id"], "anjab_abk", b"", "kosong.pdf"))
    assert r.status_code == 422
    assert "kosong" in field_errors(r)["file"]


def test_an_oversized_file_is_refused_and_nothing_stored(api: Api, uploads: Path):
    case = open_case(api)
    big = PDF + b"0" * (1024 * 1024)  # the limit here is 1 MiB
    r = refused(api, uploads, lambda: upload(api, case["id"], "anjab_abk", big))
    assert r.status_code == 413
    assert "1 MiB" in field_errors(r)["file"]
    exactly = PDF + b"0" * (1024 * 1024 - len(PDF))
    assert upload(api, case["id"], "anjab_abk", exactly).status_code == 201


def test_a_file_for_another_regions_case_is_refused_and_nothing_stored(api: Api, uploads: Path):
    mine = open_case(api)
    theirs = open_case(api, OTHER, nip="199001152015032002", kind="within_agency")
    hr_other = api.as_("hr", OTHER)
    # through the other region's path with this region's token
    hr = api.as_("hr", REGION)
    r = refused(
        api,
        uploads,
        lambda: upload(api, theirs["id"], "anjab_abk", PDF, region=OTHER, headers=hr),
    )
    assert r.status_code == 404
    # through this region's path, naming the other region's case
    r = refused(api, uploads, lambda: upload(api, theirs["id"], "anjab_abk", PDF))
    assert r.status_code == 404
    assert "tidak ditemukan" in r.json()["detail"]
    # the other region's staff cannot put files on this region's case either
    r = refused(api, uploads, lambda: upload(api, mine["id"], "anjab_abk", PDF, headers=hr_other))
    assert r.status_code == 404
    central = api.as_("central")
    r = refused(api, uploads, lambda: upload(api, mine["id"], "anjab_abk", PDF, headers=central))
    assert r.status_code == 403


def test_unknown_or_unasked_items_and_missing_fields_name_the_field(api: Api, uploads: Path):
    case = open_case(api)
    r = refused(api, uploads, lambda: upload(api, case["id"], "ijazah_palsu"))
    assert r.status_code == 422
    assert "ijazah_palsu" in field_errors(r)["item"]
    # 'ijazah' is asked only for moves within one agency
    r = refused(api, uploads, lambda: upload(api, case["id"], "ijazah"))
    assert r.status_code == 422
    assert "tidak diminta" in field_errors(r)["item"]
    url = f"/regions/{REGION}/cases/{case['id']}/documents"
    hr = api.as_("hr", REGION)
    r = refused(
        api,
        uploads,
        lambda: api.client.post(
            url, data={"item": "anjab_abk"}, files={"berkas": ("a.pdf", PDF)}, headers=hr
        ),
    )
    assert r.status_code == 422
    assert "kirim berkas" in field_errors(r)["file"]
    r = refused(
        api, uploads, lambda: api.client.post(url, files={"file": ("a.pdf", PDF)}, headers=hr)
    )
    assert r.status_code == 422
    assert field_errors(r)["item"] == "wajib diisi"
    r = refused(api, uploads, lambda: api.client.post(url, json={"item": "x"}, headers=hr))
    assert r.status_code == 400  # not multipart/form-data


# --- acceptance 2 ----------------------------------------------------------------------------


def test_gate_needs_the_approval_letter_and_three_accepted_documents(api: Api):
    case = open_case(api)
    cid = case["id"]
    gates = {g["kind"]: g for g in case["gates"]}
    assert set(gates) == {"letter_recorded", "documents_accepted"}
    assert not gates["documents_accepted"]["met"]

    r = move(api, cid, "keputusan")
    assert r.status_code == 409
    unmet = {g["kind"]: g["reason"] for g in r.json()["unmet_gates"]}
    assert unmet["letter_recorded"] == "surat persetujuan PPK instansi asal belum dicatat"
    assert unmet["documents_accepted"].startswith("3 dari 3 dokumen belum diterima")
    assert "(belum diunggah)" in unmet["documents_accepted"]

    # two accepted, one needs fixing: still refused, and the note says what is wrong
    accept(api, cid, THREE[0])
    accept(api, cid, THREE[1])
    r = upload(api, cid, THREE[2], PDF, "sk-buram.pdf")
    assert r.status_code == 201
    fix = verdict(api, cid, r.json()["id"], "needs_fixing", "halaman 2 tidak terbaca")
    assert fix.status_code == 200, fix.text
    assert fix.json()["status_label"] == "perlu perbaikan"
    r = move(api, cid, "keputusan")
    assert r.status_code == 409
    unmet = {g["kind"]: g["reason"] for g in r.json()["unmet_gates"]}
    assert unmet["documents_accepted"] == (
        "1 dari 3 dokumen belum diterima: Salinan SK pangkat dan SK jabatan terakhir "
        "(perlu perbaikan: halaman 2 tidak terbaca)"
    )
    assert "letter_recorded" in unmet

    # only the refused file is uploaded again
    accept(api, cid, THREE[2], PDF + b"%jelas")
    r = move(api, cid, "keputusan")
    assert r.status_code == 409
    assert [g["kind"] for g in r.json()["unmet_gates"]] == ["letter_recorded"]

    r = letter(api, cid, "persetujuan_asal", "800/45/BKPSDM", date.today().isoformat())
    assert r.status_code == 201, r.text
    r = move(api, cid, "keputusan")
    assert r.status_code == 200, r.text
    assert r.json()["stage"] == "keputusan"

    history = api.client.get(
        f"/regions/{REGION}/cases/{cid}/history", headers=api.as_("hr", REGION)
    ).json()
    kinds = [e["kind"] for e in history]
    assert kinds.count("document_uploaded") == 4
    assert kinds.count("document_verdict") == 4
    assert kinds.count("letter_recorded") == 1
    assert kinds[-1] == "transition"
    uploads_seen = [e["data"]["item"] for e in history if e["kind"] == "document_uploaded"]
    assert uploads_seen == [*THREE, THREE[2]]
    verdicts = [
        (e["data"]["item"], e["data"]["verdict"])
        for e in history
        if e["kind"] == "document_verdict"
    ]
    assert verdicts == [
        (THREE[0], "accepted"),
        (THREE[1], "accepted"),
        (THREE[2], "needs_fixing"),
        (THREE[2], "accepted"),
    ]
    fixing = next(e for e in history if e["data"].get("verdict") == "needs_fixing")
    assert "halaman 2 tidak terbaca" in fixing["summary"]
    assert all(e["actor"].startswith("hr ujidok") for e in history[1:])


def test_a_rejected_document_blocks_until_a_new_one_is_accepted(api: Api):
    case = open_case(api)
    cid = case["id"]
    for item in THREE[:2]:
        accept(api, cid, item)
    r = upload(api, cid, THREE[2])
    r = verdict(api, cid, r.json()["id"], "rejected", "bukan SK jabatan")
    assert r.status_code == 200
    detail = api.client.get(f"/regions/{REGION}/cases/{cid}", headers=api.as_("hr", REGION))
    gate = next(g for g in detail.json()["gates"] if g["kind"] == "documents_accepted")
    assert not gate["met"]
    assert "ditolak: bukan SK jabatan" in gate["reason"]


def test_verdicts_other_than_accept_need_a_note(api: Api):
    case = open_case(api)
    doc = upload(api, case["id"], "anjab_abk").json()
    for v in ("rejected", "needs_fixing"):
        r = verdict(api, case["id"], doc["id"], v)
        assert r.status_code == 422
        assert "wajib" in field_errors(r)["$.note"]
    r = verdict(api, case["id"], doc["id"], "diterima")
    assert r.status_code in (400, 422)
    assert "$.verdict" in field_errors(r)
    assert verdict(api, case["id"], 999999, "accepted").status_code == 404


def test_required_items_gate_the_first_decision_stage_by_job_group(api: Api):
    """A health worker must bring a health certificate before the decision; a teacher not,
    and the Inspectorate's letter is dropped for teachers."""
    nurse = open_case(api)
    teacher = open_case(
        api,
        nip="199001152015032002",
        code="disdik-01",
        position={
            "title": "Guru Ahli Muda",
            "kind": "fungsional",
            "unit": "SMP Negeri 1",
            "sector": "pendidikan",
            "start": "2021-01-04",
        },
    )
    for case in (nurse, teacher):
        for item in THREE:
            accept(api, case["id"], item)
        assert letter(api, case["id"], "persetujuan_asal", f"800/{case['id']}", "2025-01-02")
        assert move(api, case["id"], "keputusan").status_code == 200
        r = api.client.post(
            f"/regions/{REGION}/cases/{case['id']}/decisions",
            json={"body": "ppk", "verdict": "approve"},
            headers=api.as_("hr", REGION),
        )
        assert r.status_code == 201

    r = move(api, nurse["id"], "penempatan")
    assert r.status_code == 409
    unmet = {g["kind"]: g["reason"] for g in r.json()["unmet_gates"]}
    assert unmet == {
        "documents_accepted": "1 dari 1 dokumen belum diterima: Surat keterangan sehat "
        "(belum diunggah)"
    }
    accept(api, nurse["id"], "surat_keterangan_sehat")
    assert move(api, nurse["id"], "penempatan").status_code == 200
    assert move(api, teacher["id"], "penempatan").status_code == 200

    hr = api.as_("hr", REGION)
    listed = api.client.get(f"/regions/{REGION}/cases/{teacher['id']}/documents", headers=hr)
    items = {i["key"]: i for i in listed.json()["items"]}
    assert not items["bebas_temuan"]["asked"]
    assert items["bebas_temuan"]["not_asked_because"].startswith("dihapus oleh ujidok: guru")
    assert not items["surat_keterangan_sehat"]["asked"]
    assert items["surat_keterangan_sehat"]["not_asked_because"] == (
        "hanya untuk pegawai sektor kesehatan (pegawai ini: pendidikan)"
    )
    assert items["anjab_abk"]["status"] == "accepted"
    listed = api.client.get(f"/regions/{REGION}/cases/{nurse['id']}/documents", headers=hr)
    body = listed.json()
    assert body["required"] == 1 and body["accepted"] == 1 and body["complete"]
    assert {i["key"] for i in body["items"] if i["asked"]} >= {*THREE, "bebas_temuan"}


def test_the_region_checklist_lists_national_items_drops_and_own_items(api: Api):
    r = api.client.get(f"/regions/{REGION}/documents", headers=api.as_("hr", REGION))
    assert r.status_code == 200
    items = {i["key"]: i for i in r.json()}
    assert items["anjab_abk"]["plugin"] == "nasional"
    assert "Peraturan BKN 5/2019 Pasal 3 ayat (1)" in items["anjab_abk"]["citation"]
    assert "within_agency" not in items["anjab_abk"]["applies"]["kinds"]
    assert items["bebas_temuan"]["dropped"][0]["plugin"] == REGION
    assert items["bebas_temuan"]["dropped"][0]["sectors"] == ["pendidikan"]
    assert items["surat_keterangan_sehat"]["stage"] == "keputusan"  # first decision stage
    assert items["surat_keterangan_sehat"]["required"] is True
    assert items["ijazah"]["required"] is False
    assert (
        api.client.get(f"/regions/{REGION}/documents", headers=api.as_("central")).status_code
        == 403
    )


def test_a_closed_case_takes_no_more_uploads(api: Api, uploads: Path):
    case = open_case(api)
    assert move(api, case["id"], "withdrawn").status_code == 200
    r = refused(api, uploads, lambda: upload(api, case["id"], "anjab_abk"))
    assert r.status_code == 409


def test_a_failure_after_the_file_is_written_leaves_no_file_behind(
    api: Api, uploads: Path, monkeypatch: pytest.MonkeyPatch
):
    from mutasi_api.services import documents

    case = open_case(api)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(documents, "_event", broken)
    rows = row_counts(api.engine)
    r = upload(api, case["id"], "anjab_abk")
    assert r.status_code == 500
    assert row_counts(api.engine) == rows
    assert stored_files(uploads) == []


def test_upload_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch):
    from mutasi_api.settings import Settings

    monkeypatch.delenv("MUTASI_UPLOAD_DIR", raising=False)
    monkeypatch.delenv("MUTASI_MAX_UPLOAD_MB", raising=False)
    monkeypatch.setenv("MUTASI_DATABASE_URL", "sqlite://")
    default = Settings.from_env()
    assert default.upload_dir == Path("var") / "uploads"
    assert default.max_upload_bytes == 10 * 1024 * 1024
    monkeypatch.setenv("MUTASI_UPLOAD_DIR", "/srv/mutasi/berkas")
    monkeypatch.setenv("MUTASI_MAX_UPLOAD_MB", "25")
    custom = Settings.from_env()
    assert custom.upload_dir == Path("/srv/mutasi/berkas")
    assert custom.max_upload_mb == 25
    monkeypatch.setenv("MUTASI_MAX_UPLOAD_MB", "sepuluh")
    with pytest.raises(ValueError, match="MUTASI_MAX_UPLOAD_MB"):
        Settings.from_env()
