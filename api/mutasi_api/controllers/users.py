"""Users of a region, managed by its region-admin (tokens are shown once, stored hashed)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from litestar import Controller, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody
from msgspec import Meta

from mutasi_api.auth import ADMIN_ACCESS, Role
from mutasi_api.db.engine import transaction
from mutasi_api.db.models import UserRow
from mutasi_api.services import users
from mutasi_core import RegionCatalog


class UserIn(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    name: Annotated[str, Meta(min_length=1, max_length=200)]
    role: Literal["hr", "region-admin"]


class UserOut(msgspec.Struct, kw_only=True):
    id: int
    name: str
    role: str
    region: str | None
    created_at: datetime
    revoked_at: datetime | None


class NewUserOut(UserOut, kw_only=True):
    token: str


def _out(row: UserRow) -> UserOut:
    assert row.id is not None
    return UserOut(
        id=row.id,
        name=row.name,
        role=row.role,
        region=row.region,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )


class UserController(Controller):
    path = "/regions/{code:str}/users"
    tags = ["users"]
    guards = [ADMIN_ACCESS]

    @post(
        "/",
        summary="Create a user of this region; the token is in this response only",
        sync_to_thread=True,
    )
    def create(
        self, state: State, region: NamedDependency[RegionCatalog], data: JSONBody[UserIn]
    ) -> NewUserOut:
        with transaction(state.engine) as session:
            row, token = users.add(
                session, name=data.name, role=Role(data.role), region=region.code
            )
            return NewUserOut(**msgspec.structs.asdict(_out(row)), token=token)

    @get("/", summary="Users of this region (never their tokens)", sync_to_thread=True)
    def listing(self, state: State, region: NamedDependency[RegionCatalog]) -> list[UserOut]:
        with transaction(state.engine) as session:
            return [_out(r) for r in users.listing(session, region.code)]

    @post(
        "/{user_id:int}/revoke",
        summary="Revoke a user's token",
        status_code=200,
        sync_to_thread=True,
    )
    def revoke(
        self, state: State, region: NamedDependency[RegionCatalog], user_id: FromPath[int]
    ) -> UserOut:
        with transaction(state.engine) as session:
            return _out(users.revoke(session, region.code, user_id))
