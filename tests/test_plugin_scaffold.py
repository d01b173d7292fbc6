"""`mutasi plugin new` scaffolds a separate plugin package that works as generated: it
installs, passes `mutasi check`, its own tests and its scenarios, and is listed as enabled.

The package is installed with ``pip --target`` into a temporary folder that only the
subprocesses see (as in test_out_of_tree_plugin.py), so no entry point is left behind in the
shared environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CODE = "kota-contoh"  # a hyphen, so the module name (kota_contoh) differs from the code
PACKAGE = "mutasi_kota_contoh"


def run(
    *args: str, cwd: Path, site: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("MUTASI_PLUGINS", None)
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def mutasi(*args: str, cwd: Path, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run("-m", "mutasi_api.cli", *args, cwd=cwd, site=site)


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the generated package folder, the folder it is installed into)."""
    root = tmp_path_factory.mktemp("scaffold")
    result = mutasi(
        "plugin",
        "new",
        CODE,
        "--name",
        "Kota Contoh",
        "--level",
        "kota",
        "--area-code",
        "9999",
        "--parent-province",
        "Jawa Barat",
        "--dir",
        str(root / "regions"),
        cwd=root,
    )
    assert result.returncode == 0, result.stderr
    package = root / "regions" / f"mutasi-{CODE}"
    assert str(package) in result.stdout
    # pip builds in the source folder (build/, *.egg-info): build a copy, keep the package clean
    build_copy = root / "build-copy"
    shutil.copytree(package, build_copy)
    site = root / "site"
    installed = run(
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--target",
        str(site),
        str(build_copy),
        cwd=root,
    )
    assert installed.returncode == 0, installed.stderr
    return package, site


def test_package_has_a_module_per_concern_forms_scenarios_and_tests(scaffolded):
    package, _site = scaffolded
    files = sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file())
    assert files == [
        ".gitignore",
        "README.md",
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/citations.py",
        f"{PACKAGE}/eligibility.py",
        f"{PACKAGE}/forms.py",
        f"{PACKAGE}/forms/penilaian_kinerja.json",
        f"{PACKAGE}/forms/survei_pasca_mutasi.json",
        f"{PACKAGE}/plugin.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/scenarios/aturan_kota_contoh.yaml",
        f"{PACKAGE}/stages.py",
        f"{PACKAGE}/training.py",
        "pyproject.toml",
        "tests/test_kota_contoh_plugin.py",
    ]
    pyproject = (package / "pyproject.toml").read_text(encoding="utf-8")
    assert f'[project.entry-points.mutasi]\n{CODE} = "{PACKAGE}.plugin"' in pyproject
    citations = (package / PACKAGE / "citations.py").read_text(encoding="utf-8")
    assert "ganti dengan kalimat kebijakan daerah Anda" in citations
    test_file = (package / "tests" / "test_kota_contoh_plugin.py").read_text(encoding="utf-8")
    assert "from mutasi_core.conformance import PluginConformance" in test_file


def test_generated_plugin_passes_check(scaffolded, tmp_path):
    _package, site = scaffolded
    result = mutasi("check", CODE, cwd=tmp_path, site=site)
    assert result.returncode == 0, result.stderr
    assert f"OK {CODE}@0.1.0: Kota Contoh; 4 tahap, 3 aturan sendiri" in result.stdout
    assert "1 pelatihan, 2 formulir" in result.stdout


def test_generated_plugin_passes_its_own_tests_unchanged(scaffolded, tmp_path):
    package, site = scaffolded
    tests = str(package / "tests")
    result = run("-m", "pytest", tests, "-v", "-p", "no:cacheprovider", cwd=tmp_path, site=site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "TestConformance::test_every_own_rule_is_tested_by_scenarios" in result.stdout
    assert " failed" not in result.stdout
    assert " skipped" not in result.stdout


def test_generated_scenarios_hold(scaffolded, tmp_path):
    package, site = scaffolded
    result = mutasi("test", str(package), cwd=tmp_path, site=site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 berkas, 6 skenario, 8 harapan: 0 tidak cocok" in result.stdout


def test_generated_plugin_is_listed_and_enabled(scaffolded, tmp_path):
    _package, site = scaffolded
    result = mutasi("plugins", cwd=tmp_path, site=site)
    assert result.returncode == 0, result.stderr
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if "│" in line}
    assert "Kota Contoh (9999)" in rows[CODE]
    assert "│ ya" in rows[CODE]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("Kota_Contoh", "kode wilayah harus huruf kecil dengan tanda hubung"),
        ("kota--contoh", "kode wilayah harus huruf kecil dengan tanda hubung"),
        ("9kota", "kode wilayah harus huruf kecil dengan tanda hubung"),
        ("nasional", "dipakai plugin nasional"),
    ],
)
def test_bad_code_is_refused(tmp_path, code, message):
    result = mutasi("plugin", "new", code, "--name", "Kota Contoh", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_existing_folder_is_refused_and_left_alone(tmp_path):
    existing = tmp_path / f"mutasi-{CODE}"
    existing.mkdir()
    (existing / "catatan.txt").write_text("milik saya", encoding="utf-8")
    result = mutasi("plugin", "new", CODE, "--name", "Kota Contoh", cwd=tmp_path)
    assert result.returncode == 2
    assert "sudah ada; tidak ada yang ditimpa" in result.stderr
    assert [p.name for p in existing.iterdir()] == ["catatan.txt"]
