"""The message store (SQLAlchemy 2): models, engine, migrations and history queries."""

from ellipses_sms.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
