"""The Litestar application: every enabled region's resources, OpenAPI at ``/schema``."""

from __future__ import annotations

from importlib import metadata
from typing import Any

from litestar import Litestar, get
from litestar.datastructures import State
from litestar.di import Provide
from litestar.middleware.base import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin, SwaggerRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme
from sqlalchemy import Engine

from mutasi_api.auth import TokenAuthentication
from mutasi_api.controllers.cases import CaseController, EligibilityController
from mutasi_api.controllers.compare import CompareController, IndicatorController, ReportController
from mutasi_api.controllers.deps import provide_catalog, provide_region, provide_user
from mutasi_api.controllers.documents import CaseDocumentController, ChecklistController
from mutasi_api.controllers.employees import EmployeeController
from mutasi_api.controllers.regions import RegionController
from mutasi_api.controllers.users import UserController
from mutasi_api.controllers.vacancies import VacancyController
from mutasi_api.db.engine import make_engine, upgrade
from mutasi_api.errors import handle
from mutasi_api.services.documents import FileStore
from mutasi_api.settings import Settings
from mutasi_core import Catalog, load_catalog

PUBLIC_PATHS = ["/schema", "/health"]


@get("/health", summary="Liveness", tags=["health"], include_in_schema=False)
async def health() -> dict[str, str]:
    return {"status": "ok"}


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | None = None,
    catalog: Catalog | None = None,
    migrate: bool = True,
) -> Litestar:
    """Build the app.  Migrations run on start-up unless ``migrate`` is false."""
    settings = settings or Settings.from_env()
    engine = engine or make_engine(settings.database_url)
    catalog = catalog or load_catalog(settings.plugins)
    if migrate:
        upgrade(engine)
    state: dict[str, Any] = {
        "engine": engine,
        "catalog": catalog,
        "settings": settings,
        "file_store": FileStore(settings.upload_dir),
    }
    return Litestar(
        route_handlers=[
            health,
            RegionController,
            EmployeeController,
            VacancyController,
            UserController,
            CaseController,
            EligibilityController,
            IndicatorController,
            CompareController,
            ReportController,
            ChecklistController,
            CaseDocumentController,
        ],
        dependencies={
            "catalog": Provide(provide_catalog, sync_to_thread=False),
            "region": Provide(provide_region, sync_to_thread=False),
            "user": Provide(provide_user, sync_to_thread=False),
        },
        middleware=[DefineMiddleware(TokenAuthentication, exclude=PUBLIC_PATHS)],
        exception_handlers={Exception: handle},
        openapi_config=OpenAPIConfig(
            title="Mutasi API",
            version=metadata.version("mutasi"),
            description="Kasus mutasi ASN per wilayah: kelayakan, tahap, formulir, pelatihan.",
            path="/schema",
            render_plugins=[ScalarRenderPlugin(), SwaggerRenderPlugin()],
            components=Components(
                security_schemes={"bearer": SecurityScheme(type="http", scheme="bearer")}
            ),
            security=[{"bearer": []}],
        ),
        state=State(state),
        # uploads are refused above MUTASI_MAX_UPLOAD_MB with a clear 413 naming the field
        request_max_body_size=max(12, settings.max_upload_mb + 2) * 1024 * 1024,
    )
