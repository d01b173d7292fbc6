"""A case's paperwork: the checklist, document uploads and verdicts, letters, SIASN, drafts.

Every handler is guarded like the other case resources: ``hr`` and ``region-admin`` of the
path's region only (another region's token gets 404, ``central`` 403).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from litestar import Controller, Response, get, post
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath, JSONBody

from mutasi_api import schemas_documents as dto
from mutasi_api.auth import HR_ACCESS, User
from mutasi_api.db.engine import transaction
from mutasi_api.errors import NotFound
from mutasi_api.services import documents, drafts, letters
from mutasi_api.services.documents import FileStore
from mutasi_api.settings import Settings
from mutasi_core import DraftKind, RegionCatalog


@dataclass
class DocumentUpload:
    """``item``: the checklist key; ``file``: a PDF, JPEG or PNG."""

    item: str | None = None
    file: UploadFile | None = None


def attachment(filename: str) -> dict[str, str]:
    fallback = filename.encode("ascii", "replace").decode("ascii").replace('"', "'")
    return {
        "Content-Disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}"
    }


class ChecklistController(Controller):
    path = "/regions/{code:str}/documents"
    tags = ["documents"]
    guards = [HR_ACCESS]

    @get("/", summary="The region's document checklist (national items, drops, its own)")
    async def checklist(self, region: NamedDependency[RegionCatalog]) -> list[dto.ChecklistItemOut]:
        return documents.region_checklist(region)


class CaseDocumentController(Controller):
    path = "/regions/{code:str}/cases/{case_id:int}"
    tags = ["documents"]
    guards = [HR_ACCESS]

    @get(
        "/documents",
        summary="The case's checklist with each item's uploads and verdicts",
        sync_to_thread=True,
    )
    def listing(
        self, state: State, region: NamedDependency[RegionCatalog], case_id: FromPath[int]
    ) -> dto.CaseDocumentsOut:
        with transaction(state.engine) as session:
            return documents.case_documents(session, region, case_id)

    @post(
        "/documents",
        summary="Upload a document (PDF, JPEG or PNG, recognised from its content)",
        sync_to_thread=True,
    )
    def upload(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        data: Annotated[DocumentUpload, Body(media_type=RequestEncodingType.MULTI_PART)],
    ) -> dto.DocumentOut:
        settings: Settings = state.settings
        store: FileStore = state.file_store
        upload = data.file if isinstance(data.file, UploadFile) else None
        content = upload.file.read(settings.max_upload_bytes + 1) if upload else None
        created: str | None = None
        try:
            with transaction(state.engine) as session:
                out, new = documents.upload(
                    session,
                    region,
                    user,
                    case_id,
                    store,
                    item=data.item if isinstance(data.item, str) else None,
                    filename=(upload.filename if upload else "") or "berkas",
                    content=content,
                    max_bytes=settings.max_upload_bytes,
                )
                created = out.sha256 if new else None
        except BaseException:
            if created is not None:
                store.discard(created)
            raise
        return out

    @get(
        "/documents/{doc_id:int}/file",
        summary="Download a document, byte for byte",
        sync_to_thread=True,
        media_type="application/octet-stream",
    )
    def download(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        case_id: FromPath[int],
        doc_id: FromPath[int],
    ) -> Response[bytes]:
        with transaction(state.engine) as session:
            doc = documents.document_row(session, region, case_id, doc_id)
        store: FileStore = state.file_store
        return Response(
            store.read(doc.sha256), media_type=doc.media_type, headers=attachment(doc.filename)
        )

    @post(
        "/documents/{doc_id:int}/verdicts",
        summary="Accept a document, reject it or ask for a fix (with a note)",
        status_code=200,
        sync_to_thread=True,
    )
    def verdict(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        doc_id: FromPath[int],
        data: JSONBody[dto.VerdictIn],
    ) -> dto.DocumentOut:
        with transaction(state.engine) as session:
            return documents.verify(session, region, user, case_id, doc_id, data)

    @get("/letters", summary="Letters recorded on the case", sync_to_thread=True)
    def letters(
        self, state: State, region: NamedDependency[RegionCatalog], case_id: FromPath[int]
    ) -> list[dto.LetterOut]:
        with transaction(state.engine) as session:
            return letters.letters(session, region, case_id)

    @post(
        "/letters",
        summary="Record a letter (number, date, issuer) on the case",
        sync_to_thread=True,
    )
    def record_letter(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        user: NamedDependency[User],
        case_id: FromPath[int],
        data: JSONBody[dto.LetterIn],
    ) -> dto.LetterOut:
        with transaction(state.engine) as session:
            return letters.record(session, region, user, case_id, data)

    @get(
        "/siasn/rw-pindahinstansi",
        summary="The case in SIASN's rw-pindahinstansi field names",
        sync_to_thread=True,
    )
    def siasn(
        self, state: State, region: NamedDependency[RegionCatalog], case_id: FromPath[int]
    ) -> dto.SiasnExportOut:
        with transaction(state.engine) as session:
            return letters.siasn_export(session, region, case_id)

    @get(
        "/drafts/{kind:str}",
        summary="Draft proposal letter (usul) or internal note (nota_dinas) as DOCX",
        sync_to_thread=True,
        media_type=drafts.DOCX,
    )
    def draft(
        self,
        state: State,
        region: NamedDependency[RegionCatalog],
        case_id: FromPath[int],
        kind: FromPath[str],
    ) -> Response[bytes]:
        try:
            draft_kind = DraftKind(kind)
        except ValueError:
            raise NotFound(
                f"draf surat tidak dikenal: {kind!r}",
                errors=[("kind", f"yang ada: {', '.join(k.value for k in DraftKind)}")],
            ) from None
        with transaction(state.engine) as session:
            body, filename = drafts.draft(session, region, case_id, draft_kind)
        return Response(body, media_type=drafts.DOCX, headers=attachment(filename))
