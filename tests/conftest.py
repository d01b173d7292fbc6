"""Shared fixtures for tests of the core itself."""

from __future__ import annotations

import pytest

from mutasi_core import RegionCatalog, load_catalog
from mutasi_core.testing import make_plugin


@pytest.fixture(scope="session")
def test_region() -> RegionCatalog:
    """The minimal region ``uji`` (see ``mutasi_core.testing.make_plugin``) with national rules."""
    return load_catalog(["uji"], extra={"uji": make_plugin().plugin}).region("uji")
