"""Mutasi plugin for Provinsi Rangkui (the region's transfer policy, encoded)."""

__version__ = "0.1.0"
