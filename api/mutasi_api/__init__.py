"""Mutasi API, persistence and command-line tool (the core stays headless)."""
