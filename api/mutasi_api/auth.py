"""Bearer tokens, roles, and the guards that keep each region's data to itself.

Tokens are random, shown once when created, and stored only as SHA-256 hashes.  Roles:
``hr`` reads and writes the cases of one region; ``region-admin`` also manages that region's
users and vacancies; ``central`` sees cross-region aggregates only, never names or NIPs.  A
user of one region gets 404 for every resource of another region.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum
from typing import Any

import attrs
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.middleware import AbstractAuthenticationMiddleware, AuthenticationResult
from sqlalchemy import Engine
from sqlmodel import Session, select

from mutasi_api.db.models import UserRow
from mutasi_api.errors import Forbidden, NotFound, Unauthorized


class Role(StrEnum):
    HR = "hr"
    REGION_ADMIN = "region-admin"
    CENTRAL = "central"


REGION_ROLES = frozenset({Role.HR, Role.REGION_ADMIN})


@attrs.frozen(kw_only=True)
class User:
    id: int
    name: str
    role: Role
    region: str | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.role.value}{'/' + self.region if self.region else ''})"


def new_token() -> str:
    return "mts_" + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class TokenAuthentication(AbstractAuthenticationMiddleware):
    """Resolves ``Authorization: Bearer <token>`` to a :class:`User`, or 401."""

    async def authenticate_request(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> AuthenticationResult:
        header = connection.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("token tidak ada: kirim header 'Authorization: Bearer <token>'")
        engine: Engine = connection.app.state.engine
        digest = hash_token(token.strip())
        with Session(engine) as session:
            row = session.exec(select(UserRow).where(UserRow.token_hash == digest)).first()
        if (
            row is None
            or row.revoked_at is not None
            or not hmac.compare_digest(row.token_hash, digest)
        ):
            raise Unauthorized("token tidak dikenal atau sudah dicabut")
        assert row.id is not None
        user = User(id=row.id, name=row.name, role=Role(row.role), region=row.region)
        return AuthenticationResult(user=user, auth=token)


def current_user(connection: ASGIConnection[Any, Any, Any, Any]) -> User:
    user = connection.scope.get("user")
    if not isinstance(user, User):
        raise Unauthorized("perlu autentikasi")
    return user


def region_access(roles: frozenset[Role]) -> Any:
    """Guard: the user has one of ``roles`` and, for regional roles, the path's region."""

    def guard(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        user = current_user(connection)
        if user.role not in roles:
            raise Forbidden(f"peran {user.role.value} tidak boleh mengakses sumber daya ini")
        code = connection.path_params.get("code")
        if code is not None and user.role in REGION_ROLES and code != user.region:
            raise NotFound(f"wilayah {code!r} tidak ditemukan")

    return guard


HR_ACCESS = region_access(REGION_ROLES)
ADMIN_ACCESS = region_access(frozenset({Role.REGION_ADMIN}))
ANY_ROLE = region_access(frozenset(Role))
CENTRAL_ACCESS = region_access(frozenset({Role.CENTRAL}))
