"""Shared by the paperwork tests: a test region with a document checklist, and an API on it.

The region ``ujidok`` (a test plugin, not installed) moves cases between agencies through three
stages: ``usulan`` (planning) needs the releasing PPK's approval letter and three accepted
documents; ``keputusan`` (decision) needs what the checklist derives (a health certificate from
health staff); ``penempatan`` (placement) needs the start-of-duty order.  Its checklist drops the
Inspectorate's letter for teachers and adds two items of its own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from litestar.testing import TestClient
from sqlalchemy import Engine

from mutasi_api.app import create_app
from mutasi_api.settings import Settings
from mutasi_core import (
    Applicability,
    DecisionTaken,
    DocumentItem,
    DocumentsAccepted,
    DropDocument,
    LetterRecorded,
    MutationKind,
    Phase,
    Stage,
    load_catalog,
)
from mutasi_core.testing import make_plugin
from tests.api.support import Api, employee_json, vacancy_json

REGION = "ujidok"
OTHER = "jambi"
THREE = ("anjab_abk", "persetujuan_ppk_asal", "sk_terakhir")

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def stages() -> list[Stage]:
    return [
        Stage(
            key="usulan",
            label="Usulan",
            phase=Phase.PLANNING,
            gates=(LetterRecorded("persetujuan_asal"), DocumentsAccepted(THREE)),
        ),
        Stage(
            key="keputusan",
            label="Keputusan",
            phase=Phase.DECISION,
            gates=(DecisionTaken("ppk", "PPK"),),
            next=("penempatan", "rejected"),
            returns_to=("usulan",),
        ),
        Stage(
            key="penempatan",
            label="Penempatan",
            phase=Phase.PLACEMENT,
            gates=(LetterRecorded("spmt"),),
        ),
    ]


def checklist() -> list[DocumentItem | DropDocument]:
    return [
        DropDocument(
            key="bebas_temuan",
            reason="guru: keterangan bebas temuan diberikan dinas pendidikan provinsi (uji)",
            sectors=frozenset({"pendidikan"}),
        ),
        DocumentItem(
            key="surat_keterangan_sehat",
            label="Surat keterangan sehat",
            citation="uji: tenaga kesehatan",
            sectors=frozenset({"kesehatan"}),
        ),
        DocumentItem(
            key="ijazah",
            label="Ijazah terakhir",
            citation="uji",
            required=False,
            applies=Applicability(kinds=frozenset({MutationKind.WITHIN_AGENCY})),
        ),
    ]


def plugin(**changes: Any) -> Any:
    parts: dict[str, Any] = {
        "stages": stages(),
        "documents": checklist(),
        "training": [],
    }
    parts.update(changes)
    return make_plugin(REGION, **parts).plugin


@contextmanager
def paper_api(engine: Engine, upload_dir: Path, **plugin_changes: Any) -> Iterator[Api]:
    catalog = load_catalog([OTHER, REGION], extra={REGION: plugin(**plugin_changes)})
    settings = Settings(database_url="unused://", upload_dir=upload_dir, max_upload_mb=1)
    app = create_app(settings, engine=engine, catalog=catalog, migrate=False)
    with TestClient(app=app) as client:
        yield Api(client=client, engine=engine, tokens={})


def open_case(
    api: Api,
    region: str = REGION,
    *,
    kind: str = "between_regencies",
    nip: str = "198503122010011001",
    code: str = "dinkes-01",
    **employee: Any,
) -> dict[str, Any]:
    hr, admin = api.as_("hr", region), api.as_("region-admin", region)
    body = employee_json(nip=nip, **employee)
    r = api.client.post(f"/regions/{region}/employees", json=body, headers=hr)
    assert r.status_code == 201, r.text
    vac = vacancy_json(code=code, agency="Pemerintah Kota Bukittinggi")
    r = api.client.post(f"/regions/{region}/vacancies", json=vac, headers=admin)
    assert r.status_code == 201, r.text
    r = api.client.post(
        f"/regions/{region}/cases",
        json={
            "employee_nip": nip,
            "vacancy_id": r.json()["id"],
            "kind": kind,
            "initiator": "own_request",
        },
        headers=hr,
    )
    assert r.status_code == 201, r.text
    return dict(r.json())


def upload(
    api: Api,
    case_id: int,
    item: str,
    content: bytes = PDF,
    filename: str = "berkas.pdf",
    region: str = REGION,
    headers: dict[str, str] | None = None,
) -> Any:
    return api.client.post(
        f"/regions/{region}/cases/{case_id}/documents",
        data={"item": item},
        files={"file": (filename, content, "application/pdf")},
        headers=headers or api.as_("hr", region),
    )


def verdict(api: Api, case_id: int, doc_id: int, verdict: str, note: str | None = None) -> Any:
    return api.client.post(
        f"/regions/{REGION}/cases/{case_id}/documents/{doc_id}/verdicts",
        json={"verdict": verdict, "note": note},
        headers=api.as_("hr", REGION),
    )


def accept(api: Api, case_id: int, item: str, content: bytes = PDF) -> dict[str, Any]:
    """Upload a document for ``item`` and accept it."""
    r = upload(api, case_id, item, content + item.encode())
    assert r.status_code == 201, r.text
    r = verdict(api, case_id, r.json()["id"], "accepted")
    assert r.status_code == 200, r.text
    return dict(r.json())


def letter(api: Api, case_id: int, kind: str, number: str, issued_on: str, **extra: Any) -> Any:
    return api.client.post(
        f"/regions/{REGION}/cases/{case_id}/letters",
        json={"kind": kind, "number": number, "issued_on": issued_on, "issuer": "PPK", **extra},
        headers=api.as_("hr", REGION),
    )


def move(api: Api, case_id: int, to: str) -> Any:
    return api.client.post(
        f"/regions/{REGION}/cases/{case_id}/transitions",
        json={"to": to},
        headers=api.as_("hr", REGION),
    )


def stored_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()
