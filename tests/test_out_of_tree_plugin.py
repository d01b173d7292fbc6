"""An out-of-tree plugin package is discovered through the ``mutasi`` entry-point group,
enabled by ``MUTASI_PLUGINS`` and validated; a broken one is rejected by name.

The packages are installed with ``pip --target`` into a temporary folder that only the
subprocesses see, so no entry point is left behind in the shared environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = """
from mutasi_core import (
    FormKind, FormSpec, Addressee, Level, Phase, Region, Rule, Stage, EducationFitsTarget,
    FormSubmitted, hookimpl,
)

SCHEMA = {{
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["setuju"],
    "properties": {{"setuju": {{"type": "boolean", "title": "Setuju"}}}},
    "examples": [{{"setuju": True}}],
}}


@hookimpl
def mutasi_region():
    return Region(code="{code}", name="Kota Contoh", level=Level.KOTA, area_code="9999")


@hookimpl
def mutasi_stages():
    return [
        Stage(key="sosialisasi", label="Sosialisasi", phase=Phase.SOCIALISATION,
              gates=(FormSubmitted("{form}"),)),
        Stage(key="penempatan", label="Penempatan", phase=Phase.PLACEMENT),
    ]


@hookimpl
def mutasi_rules():
    return [Rule(id="{code}.pendidikan", label="Pendidikan sesuai", citation="{citation}",
                 condition=EducationFitsTarget())]


@hookimpl
def mutasi_forms():
    return [FormSpec(id="persetujuan", kind=FormKind.SOCIALISATION_ACKNOWLEDGEMENT,
                     title="Persetujuan", addressee=Addressee.EMPLOYEE, schema=SCHEMA,
                     citation="Perwali Contoh 1/2025")]
"""

PYPROJECT = """
[build-system]
requires = ["setuptools>=69"]
build-backend = "setuptools.build_meta"

[project]
name = "mutasi-{code}"
version = "2.3.4"
dependencies = ["mutasi"]

[project.entry-points.mutasi]
{code} = "mutasi_{module}.plugin"
"""


def build_package(root: Path, code: str, *, form: str, citation: str) -> Path:
    module = code.replace("-", "_")
    pkg = root / code
    (pkg / f"mutasi_{module}").mkdir(parents=True)
    (pkg / f"mutasi_{module}" / "__init__.py").write_text("")
    (pkg / f"mutasi_{module}" / "plugin.py").write_text(
        textwrap.dedent(PLUGIN.format(code=code, form=form, citation=citation))
    )
    (pkg / "pyproject.toml").write_text(PYPROJECT.format(code=code, module=module))
    return pkg


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("oot")
    target = root / "site"
    good = build_package(root, "kota-contoh", form="persetujuan", citation="Perwali Contoh 1/2025")
    bad = build_package(root, "kota-rusak", form="tidak_ada", citation="")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(good),
            str(bad),
        ],
        check=True,
    )
    return target


def mutasi(site: Path, *args: str, plugins: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site), "COLUMNS": "200"}
    env.pop("MUTASI_PLUGINS", None)
    if plugins is not None:
        env["MUTASI_PLUGINS"] = plugins
    return subprocess.run(
        [sys.executable, "-m", "mutasi_api.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_installed_plugin_is_discovered_enabled_and_validated(site):
    result = mutasi(site, "check", "kota-contoh")
    assert result.returncode == 0, result.stderr
    assert "OK kota-contoh@2.3.4: Kota Contoh; 2 tahap, 1 aturan sendiri" in result.stdout


def test_setting_enables_only_the_plugins_it_names(site):
    result = mutasi(site, "plugins", plugins="kota-contoh")
    assert result.returncode == 0, result.stderr
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if "│" in line}
    assert "Kota Contoh" in rows["kota-contoh"]
    assert "│ ya" in rows["kota-contoh"]
    assert "│ tidak" in rows["kota-rusak"]
    assert "│ tidak" in rows["sawahlunto"]


def test_broken_plugin_is_rejected_with_its_name(site):
    result = mutasi(site, "check", "kota-rusak")
    assert result.returncode == 1
    assert "kota-rusak: tahap 'sosialisasi' memerlukan formulir yang tidak ada" in result.stderr
    assert (
        "kota-rusak: aturan 'kota-rusak.pendidikan' tidak mencantumkan dasar hukum" in result.stderr
    )
    everything = mutasi(site, "plugins")
    assert everything.returncode == 1
    assert "kota-rusak" in everything.stderr
