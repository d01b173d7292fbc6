"""Users and their tokens (created from the command line)."""

from __future__ import annotations

from sqlmodel import Session

from mutasi_api.auth import Role, hash_token, new_token
from mutasi_api.db.mapping import now
from mutasi_api.db.models import UserRow


def add(session: Session, *, name: str, role: Role, region: str | None) -> tuple[UserRow, str]:
    """Create a user; returns the row and the token, which is shown once and never stored."""
    if role is Role.CENTRAL and region is not None:
        raise ValueError("peran central tidak terikat wilayah: jangan isi --region")
    if role is not Role.CENTRAL and region is None:
        raise ValueError(f"peran {role.value} wajib punya --region")
    token = new_token()
    row = UserRow(
        name=name, role=role.value, region=region, token_hash=hash_token(token), created_at=now()
    )
    session.add(row)
    session.flush()
    return row, token


def listing(session: Session, region: str) -> list[UserRow]:
    from sqlmodel import col, select

    return list(
        session.exec(
            select(UserRow).where(UserRow.region == region).order_by(col(UserRow.id))
        ).all()
    )


def revoke(session: Session, region: str, user_id: int) -> UserRow:
    from mutasi_api.errors import NotFound

    row = session.get(UserRow, user_id)
    if row is None or row.region != region:
        raise NotFound(f"pengguna {user_id} tidak ditemukan di wilayah {region}")
    if row.revoked_at is None:
        row.revoked_at = now()
        session.add(row)
    return row
