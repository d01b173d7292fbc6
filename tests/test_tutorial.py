"""docs/tutorial.md works as written.

Its ```sh blocks are run in order, literally, by one bash in an empty folder: they make a fresh
virtual environment, install Mutasi from this checkout, scaffold a region, edit a rule and a
scenario, check and test the plugin, and serve it; the API must then answer with the new
region.  The only inputs are the two settings the tutorial itself defines: ``MUTASI_REPO``
(this checkout) and ``PORT`` (a free port).  Slow: pip installs Mutasi's dependencies into the
new environment (quick from pip's cache).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial.md"
CODE = "kota-contoh"
TIMEOUT = 600  # seconds for the whole tutorial (about 30 s with a warm pip cache)


def blocks(language: str) -> list[str]:
    text = TUTORIAL.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.S | re.M)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def environment(tmp_path: Path, port: int) -> dict[str, str]:
    """This process's environment without Mutasi's settings or this virtual environment, with
    ``python3`` the interpreter this one was made from, and the tutorial's two settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("MUTASI_") and key not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
    }
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").symlink_to(getattr(sys, "_base_executable", None) or sys.executable)
    own_bin = str(Path(sys.executable).parent)
    path = [p for p in env.get("PATH", "").split(os.pathsep) if p and p != own_bin]
    env["PATH"] = os.pathsep.join([str(bin_dir), *path])
    env.update(MUTASI_REPO=str(ROOT), PORT=str(port), COLUMNS="200")
    return env


def replies(stdout: str) -> list[dict[str, Any]]:
    found = []
    for line in stdout.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(json.JSONDecodeError):
                found.append(json.loads(line))
    return found


def test_tutorial_defines_its_settings_first():
    first = blocks("sh")[0]
    assert 'export MUTASI_REPO="${MUTASI_REPO:-' in first
    assert 'export PORT="${PORT:-' in first


@pytest.mark.slow
def test_tutorial_runs_as_written(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    script = "set -euxo pipefail\n" + "\n".join(blocks("sh"))
    env = environment(tmp_path, free_port())
    out_path, err_path = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with out_path.open("w") as out, err_path.open("w") as err:
        proc = subprocess.Popen(
            ["bash", "-c", script],
            cwd=work,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own process group: the server included
        )
        try:
            code: int | None = proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            code = None
        finally:
            # whatever the script left running (the server, if it failed before `kill`)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
    stdout, stderr = out_path.read_text(), err_path.read_text()
    assert code == 0, f"tutorial stopped (exit {code}); its stderr ends:\n{stderr[-6000:]}"

    # what the tutorial shows as output is what the commands print
    shown = [b.strip() for b in blocks("text")]
    check_line = next(b for b in shown if b.startswith(f"OK {CODE}@"))
    assert check_line in stdout, f"update the `mutasi check` output in {TUTORIAL.name}"
    scenarios_line = next(b for b in shown if b.startswith("1 berkas") and "0 tidak cocok" in b)
    assert scenarios_line in stdout, f"update the `mutasi test` output in {TUTORIAL.name}"
    assert re.search(r"\b\d+ passed\b", stdout)
    assert not re.search(r"\b\d+ (failed|errors?)\b", stdout)

    region = next((r for r in replies(stdout) if r.get("code") == CODE), None)
    assert region is not None, f"no /regions/{CODE} reply in:\n{stdout[-3000:]}"
    assert (region["name"], region["level"], region["area_code"], region["parent_province"]) == (
        "Kota Contoh",
        "kota",
        "9999",
        "Jawa Barat",
    )
    assert region["plugin"] == CODE
    assert [s["key"] for s in region["stages"]] == [
        "penilaian",
        "keputusan",
        "penempatan",
        "evaluasi_pasca_mutasi",
    ]
    own = {r["id"]: r for r in region["rules"] if r["plugin"] == CODE}
    assert set(own) == {
        f"{CODE}.kesesuaian_pendidikan",
        f"{CODE}.potensi_jabatan_strategis",
        f"{CODE}.kompetensi_pelayanan_publik",
    }
    assert any(r["plugin"] == "nasional" for r in region["rules"])
    # the edit of step 5 is what the server runs
    cited = own[f"{CODE}.potensi_jabatan_strategis"]["citation"]
    assert cited.startswith("Peraturan Wali Kota Contoh Nomor 7 Tahun 2025")
    assert "paling rendah 75" in cited
    (minimum,) = [p for p in region["parameters"] if p["key"] == f"{CODE}.min_potential_score"]
    assert minimum["values"] == [["2025-01-01", 75]]
    assert {f["id"] for f in region["forms"]} == {"penilaian_kinerja", "survei_pasca_mutasi"}
    assert (work / "var" / "mutasi.sqlite3").exists()
