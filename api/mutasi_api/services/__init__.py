"""Application services: each function runs inside the caller's transaction."""
