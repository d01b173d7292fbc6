"""Mutasi plugin for Kota Medan (the region's transfer policy, encoded)."""

__version__ = "0.1.0"
