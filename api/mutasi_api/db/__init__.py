"""Persistence: SQLModel tables, the engine, and mapping to the core's entities."""
