"""Database addresses as people type them: one rule for the message store and the bookstore base.

A light module (no SQLAlchemy): `bookstore` uses it without loading the store's migrations.
"""

from __future__ import annotations


def normalise_url(url: str) -> str:
    """`postgresql://…` (or `postgres://…`) through psycopg 3, the driver the product ships."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url
