"""``mutasi plugin new``: scaffold a separate, working plugin package for one region.

The package is rendered from the templates in ``templates/plugin/`` (package data of
:mod:`mutasi_api`): files ending in ``.tmpl`` go through :class:`string.Template` (so a literal
dollar sign is written ``$$`` there) and lose the suffix; other files are copied as they are.
In paths, ``__package__`` becomes the import package (``mutasi_<module>``), ``__module__`` the
module name (the code with ``-`` → ``_``) and a leading ``dot-`` a dot.

What comes out installs, passes ``mutasi check <code>`` and its own tests unchanged; its
policy sentences are placeholders marked "ganti dengan kalimat kebijakan daerah Anda".
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath
from string import Template

import attrs

from mutasi_core import Level, Region
from mutasi_core.catalog import NATIONAL

TEMPLATE_ROOT = ("templates", "plugin")
SUFFIX = ".tmpl"

#: The head of government who is the PPK (Pejabat Pembina Kepegawaian) at each level.
HEADS = {Level.KOTA: "Wali Kota", Level.KABUPATEN: "Bupati", Level.PROVINCE: "Gubernur"}


class ScaffoldError(ValueError):
    """The plugin cannot be scaffolded; the message says why (Bahasa Indonesia)."""


@attrs.frozen(kw_only=True)
class PluginSpec:
    """What ``mutasi plugin new`` was asked for; :meth:`region` checks it."""

    code: str
    name: str
    level: Level = Level.KOTA
    area_code: str | None = None
    parent_province: str | None = None

    @property
    def module(self) -> str:
        return self.code.replace("-", "_")

    @property
    def package(self) -> str:
        return f"mutasi_{self.module}"

    @property
    def distribution(self) -> str:
        return f"mutasi-{self.code}"

    def region(self) -> Region:
        """The region the plugin will return, built with the core's own checks."""
        if self.code == NATIONAL:
            raise ScaffoldError(f"kode {NATIONAL!r} dipakai plugin nasional; pilih kode wilayah")
        if not self.name.strip():
            raise ScaffoldError("--name: nama wilayah tidak boleh kosong (mis. 'Kota Contoh')")
        for option, text in (("--name", self.name), ("--parent-province", self.parent_province)):
            if text is not None and (not text.isprintable() or '"' in text or "\\" in text):
                raise ScaffoldError(
                    f"{option}: tanpa tanda petik ganda, garis miring terbalik atau baris baru: "
                    f"{text!r}"
                )
        try:
            return Region(
                code=self.code,
                name=self.name.strip(),
                level=self.level,
                area_code=self.area_code,
                parent_province=self.parent_province,
            )
        except ValueError as exc:
            raise ScaffoldError(str(exc)) from None


def _literal(value: str | None) -> str:
    """A double-quoted literal valid in Python, TOML and YAML alike (or Python's ``None``)."""
    return "None" if value is None else json.dumps(value, ensure_ascii=False)


def variables(spec: PluginSpec) -> dict[str, str]:
    """The ``$names`` a template may use."""
    region = spec.region()
    head = HEADS[region.level]
    note = (
        None
        if region.area_code is not None
        else "Kode wilayah Kemendagri belum diisi: ganti dengan kode daerah Anda."
    )
    return {
        "code": region.code,
        "module": spec.module,
        "package": spec.package,
        "distribution": spec.distribution,
        "name": region.name,
        "name_literal": _literal(region.name),
        "level": region.level.value,
        "level_member": region.level.name,
        "area_code": region.area_code or "belum diisi",
        "area_code_literal": _literal(region.area_code),
        "parent_province": region.parent_province or "-",
        "parent_province_literal": _literal(region.parent_province),
        "note_literal": _literal(note),
        "description_literal": _literal(f"Mutasi plugin: {region.name}"),
        "head": head,
        "ppk_literal": _literal(f"Pejabat Pembina Kepegawaian ({head})"),
    }


def _walk(folder: Traversable, prefix: PurePosixPath) -> list[tuple[PurePosixPath, Traversable]]:
    found: list[tuple[PurePosixPath, Traversable]] = []
    for child in sorted(folder.iterdir(), key=lambda t: t.name):
        if child.name == "__pycache__":
            continue
        if child.is_dir():
            found.extend(_walk(child, prefix / child.name))
        else:
            found.append((prefix / child.name, child))
    return found


def templates() -> list[tuple[PurePosixPath, Traversable]]:
    """Every template file with its path relative to the template root."""
    root = resources.files("mutasi_api").joinpath(*TEMPLATE_ROOT)
    if not root.is_dir():  # pragma: no cover - a broken installation
        raise ScaffoldError("templat plugin tidak ditemukan dalam paket mutasi_api")
    return _walk(root, PurePosixPath())


def _target_path(relative: PurePosixPath, spec: PluginSpec) -> PurePosixPath:
    parts = []
    for part in relative.parts:
        part = part.replace("__package__", spec.package).replace("__module__", spec.module)
        if part.startswith("dot-"):
            part = "." + part.removeprefix("dot-")
        parts.append(part.removesuffix(SUFFIX))
    return PurePosixPath(*parts)


def render(spec: PluginSpec) -> dict[PurePosixPath, bytes]:
    """The package's files (path inside ``mutasi-<code>/`` → content), nothing written."""
    names = variables(spec)
    files: dict[PurePosixPath, bytes] = {}
    for relative, source in templates():
        target = _target_path(relative, spec)
        if relative.name.endswith(SUFFIX):
            text = source.read_text(encoding="utf-8")
            try:
                files[target] = Template(text).substitute(names).encode("utf-8")
            except (KeyError, ValueError) as exc:  # pragma: no cover - a broken template
                raise ScaffoldError(f"templat {relative} rusak: {exc!r}") from None
        else:
            files[target] = source.read_bytes()
    return files


def create(spec: PluginSpec, directory: Path) -> Path:
    """Write the package to ``directory/mutasi-<code>/`` and return that folder.

    Refuses (:class:`ScaffoldError`) a bad code, name or area code, and an existing folder;
    everything is rendered before the first file is written.
    """
    files = render(spec)
    folder = directory / spec.distribution
    if folder.exists():
        raise ScaffoldError(
            f"folder {folder} sudah ada; tidak ada yang ditimpa "
            "(hapus folder itu atau pilih --dir lain)"
        )
    for relative, content in files.items():
        path = folder.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


def next_steps(spec: PluginSpec, folder: Path) -> str:
    """What to do next, as the CLI prints it."""
    shown = str(folder) if folder.is_absolute() else f"./{folder}"  # pip needs a path, not a name
    return "\n".join(
        [
            f"Plugin {spec.code} ({spec.name}) dibuat di {shown}",
            "Langkah berikutnya:",
            f"  pip install -e {shown}",
            f"  mutasi check {spec.code}",
            f"  pytest {shown}/tests",
            f"  mutasi test {shown}",
            'Lalu ganti setiap kalimat bertanda "ganti dengan kalimat kebijakan daerah Anda":',
            f'  grep -rn "ganti dengan" {shown}/{spec.package}',
        ]
    )
