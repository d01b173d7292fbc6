"""Domain errors of the API and the one mapping from errors to problem details (RFC 9457).

Every error body is ``{"type", "title", "status", "detail", "errors": [{"field", "message"}]}``
plus any extra members (``unmet_gates`` on a refused transition).  Messages are in Bahasa
Indonesia; ``field`` is a JSON path into the request (``$.position.start``) or the name of a
path or query parameter.
"""

from __future__ import annotations

import re
from typing import Any

from litestar import Request, Response
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
    ValidationException,
)
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from mutasi_core.converter import InputError

PROBLEM = "application/problem+json"


class ApiError(Exception):
    status = 400
    title = "Permintaan tidak valid"

    def __init__(
        self,
        detail: str,
        *,
        errors: list[tuple[str, str]] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.extra = extra or {}


class NotFound(ApiError):
    status = 404
    title = "Tidak ditemukan"


class Conflict(ApiError):
    status = 409
    title = "Konflik dengan keadaan saat ini"


class Invalid(ApiError):
    status = 422
    title = "Data tidak valid"


class Forbidden(ApiError):
    status = 403
    title = "Tidak diizinkan"


class Unauthorized(ApiError):
    status = 401
    title = "Perlu autentikasi"


def problem(
    status: int,
    title: str,
    detail: str,
    errors: list[tuple[str, str]] | None = None,
    extra: dict[str, Any] | None = None,
) -> Response[dict[str, Any]]:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title,
        "status": status,
        "detail": detail,
        "errors": [{"field": f, "message": m} for f, m in errors or []],
    }
    body.update(extra or {})
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return Response(body, status_code=status, media_type=PROBLEM, headers=headers)


_AT = re.compile(r"^(?P<msg>.*?)\s*-\s*at\s*`(?P<path>[^`]*)`\s*$")


def _validation_errors(exc: ValidationException) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    extra = exc.extra if isinstance(exc.extra, list) else [exc.extra] if exc.extra else []
    for item in extra:
        if not isinstance(item, dict):
            continue
        message = str(item.get("message", ""))
        key = item.get("key")
        source = item.get("source")
        match = _AT.match(message)
        if match:
            found.append((match["path"], match["msg"]))
        elif key:
            where = str(source or "body")
            found.append((f"$.{key}" if where == "body" else f"{where}.{key}", message))
        else:
            found.append(("$", message))
    return found


def handle(request: Request[Any, Any, Any], exc: Exception) -> Response[dict[str, Any]]:
    """The one exception handler of the app."""
    if isinstance(exc, ApiError):
        return problem(exc.status, exc.title, exc.detail, exc.errors, exc.extra)
    if isinstance(exc, InputError):
        return problem(422, Invalid.title, "data tidak valid", exc.errors)
    if isinstance(exc, ValidationException):
        errors = _validation_errors(exc)
        detail = str(exc.detail)
        if not errors and (
            "json" in detail.lower() or "malformed" in detail.lower() or "decode" in detail.lower()
        ):
            return problem(
                400,
                "JSON tidak sah",
                f"badan permintaan bukan JSON yang sah: {detail}",
                [("$", detail)],
            )
        return problem(
            422,
            Invalid.title,
            "data tidak valid: " + "; ".join(f"{f}: {m}" for f, m in errors),
            errors,
        )
    if isinstance(exc, NotAuthorizedException):
        return problem(401, Unauthorized.title, str(exc.detail))
    if isinstance(exc, PermissionDeniedException):
        return problem(403, Forbidden.title, str(exc.detail))
    if isinstance(exc, NotFoundException):
        return problem(404, NotFound.title, "alamat tidak ditemukan")
    if isinstance(exc, HTTPException):
        detail = str(exc.detail)
        if exc.status_code == 400:
            return problem(
                400,
                "Badan permintaan tidak sah",
                f"badan permintaan tidak dapat dibaca: {detail}",
                [("$", detail)],
            )
        return problem(exc.status_code, detail, detail)
    request.logger.exception("unhandled error")
    return problem(HTTP_500_INTERNAL_SERVER_ERROR, "Galat server", "terjadi galat di server")
