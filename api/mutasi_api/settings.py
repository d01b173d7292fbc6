"""Settings read from the environment (one place, read once per process)."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

DEFAULT_DB = Path("var") / "mutasi.sqlite3"
DEFAULT_UPLOAD_DIR = Path("var") / "uploads"
DEFAULT_MAX_UPLOAD_MB = 10


@attrs.frozen(kw_only=True)
class Settings:
    """``MUTASI_DATABASE_URL`` (default: the embedded SQLite file ``var/mutasi.sqlite3``),
    ``MUTASI_PLUGINS`` (comma-separated region codes; default all installed),
    ``MUTASI_UPLOAD_DIR`` (where uploaded case documents are kept; default ``var/uploads``),
    ``MUTASI_MAX_UPLOAD_MB`` (the largest document accepted, in MiB; default 10)."""

    database_url: str
    plugins: tuple[str, ...] | None = None
    upload_dir: Path = DEFAULT_UPLOAD_DIR
    max_upload_mb: int = DEFAULT_MAX_UPLOAD_MB

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @classmethod
    def from_env(cls) -> Settings:
        url = os.environ.get("MUTASI_DATABASE_URL", "").strip()
        if not url:
            DEFAULT_DB.parent.mkdir(parents=True, exist_ok=True)
            url = f"sqlite:///{DEFAULT_DB}"
        raw = os.environ.get("MUTASI_PLUGINS", "").strip()
        plugins = tuple(p.strip() for p in raw.split(",") if p.strip()) if raw else None
        upload_dir = os.environ.get("MUTASI_UPLOAD_DIR", "").strip()
        max_mb = os.environ.get("MUTASI_MAX_UPLOAD_MB", "").strip()
        try:
            max_upload_mb = int(max_mb) if max_mb else DEFAULT_MAX_UPLOAD_MB
        except ValueError:
            raise ValueError(f"MUTASI_MAX_UPLOAD_MB harus bilangan bulat MiB: {max_mb!r}") from None
        if max_upload_mb < 1:
            raise ValueError(f"MUTASI_MAX_UPLOAD_MB paling sedikit 1: {max_upload_mb}")
        return cls(
            database_url=normalise_url(url),
            plugins=plugins,
            upload_dir=Path(upload_dir) if upload_dir else DEFAULT_UPLOAD_DIR,
            max_upload_mb=max_upload_mb,
        )


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver for plain ``postgresql://`` URLs."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.removeprefix("postgres://")
    return url
