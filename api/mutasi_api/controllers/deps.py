"""Dependencies shared by the controllers: the catalog, the region, the user, a transaction."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.params import FromPath

from mutasi_api.auth import User, current_user
from mutasi_api.errors import NotFound
from mutasi_core import Catalog, RegionCatalog


def provide_catalog(state: State) -> Catalog:
    catalog: Catalog = state.catalog
    return catalog


def provide_region(code: FromPath[str], state: State) -> RegionCatalog:
    catalog: Catalog = state.catalog
    region = catalog.regions.get(code)
    if region is None:
        raise NotFound(
            f"wilayah {code!r} tidak aktif",
            errors=[("code", f"wilayah yang aktif: {', '.join(sorted(catalog.regions))}")],
        )
    return region


def provide_user(request: Request[Any, Any, Any]) -> User:
    return current_user(request)
