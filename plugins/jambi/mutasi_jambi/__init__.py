"""Mutasi plugin for Kota Jambi (the region's transfer policy, encoded)."""

__version__ = "0.1.0"
