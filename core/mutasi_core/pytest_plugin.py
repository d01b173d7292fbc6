"""pytest plugin of the conformance kit (registered through the ``pytest11`` entry point).

Fixtures, available in any test run once Mutasi is installed:

- ``mutasi_region``: the catalog of the region under test, loaded alone with the national
  rules (exactly as ``mutasi check`` loads it).  The region code comes from the ``region``
  attribute of the test class, or a module-level ``MUTASI_REGION``.
- ``mutasi_scenarios``: every scenario shipped in the plugin's package (``scenarios/*.yaml``).

The ready test class is :class:`mutasi_core.conformance.PluginConformance`.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from mutasi_core.catalog import RegionCatalog, load_catalog
from mutasi_core.scenarios import Scenario, find_files, load_file


def _region_code(request: pytest.FixtureRequest) -> str:
    code = getattr(request.cls, "region", None) if request.cls else None
    code = code or getattr(request.module, "MUTASI_REGION", None)
    if not code:
        pytest.fail('set `region = "<code>"` on the test class or MUTASI_REGION in the module')
    return str(code)


@pytest.fixture(scope="class")
def mutasi_region(request: pytest.FixtureRequest) -> RegionCatalog:
    """The region under test, loaded alone with the national plugin."""
    code = _region_code(request)
    return load_catalog([code]).region(code)


def scenario_files(region: RegionCatalog) -> list[Path]:
    """Scenario files shipped inside the plugin's package (``<package>/scenarios/``)."""
    package = region.plugin.module.split(".")[0]
    folder = resources.files(package).joinpath("scenarios")
    if not folder.is_dir():
        return []
    return find_files([Path(str(folder))])


@pytest.fixture(scope="class")
def mutasi_scenarios(mutasi_region: RegionCatalog) -> list[Scenario]:
    """Every scenario the plugin ships."""
    found: list[Scenario] = []
    for path in scenario_files(mutasi_region):
        found.extend(load_file(path))
    return found
