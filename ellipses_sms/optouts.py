"""The numbers that asked for no more marketing SMS (« Désinscrits »): list, add, remove, files.

The store's `opt_outs` table is checked before every marketing job (`sending.outbox`), and for
notices too when the setting `optout_blocks_notices` says so. Each entry keeps its number, date,
source (`SOURCES`: a STOP reply, the provider's list, the bookstore, a file) and a note. Some
providers keep their own list of numbers that answered STOP (OVHcloud's blacklist):
`import_from_provider` copies it into the store, so that the next campaign leaves them out
whatever provider sends it. Adding never replaces an entry (its first date and source stay);
only `remove` (the clerk's decision) takes a number off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from ellipses_sms.gateway import GatewayError, Gateways
from ellipses_sms.store import Store
from ellipses_sms.store.models import opt_outs_table, utcnow

#: Source codes stored in `opt_outs.source` and what the clerk reads.
REPLY, PROVIDER, BOOKSTORE, FILE = "reponse", "fournisseur", "libraire", "fichier"
SOURCES = {
    REPLY: "réponse STOP",
    PROVIDER: "fournisseur",
    BOOKSTORE: "libraire",
    FILE: "fichier",
}


def source_label(source: str | None) -> str:
    """« réponse STOP », « fournisseur (ovh) », « libraire »…, for any stored source."""
    code = (source or "").strip()
    if code.startswith("stop:"):  # a provider's STOP list (`provider stop-import`)
        return f"fournisseur ({code[5:]})"
    if code.startswith(REPLY + ":"):
        return f"réponse STOP ({code.split(':', 1)[1]})"
    if code in ("manual", ""):
        return SOURCES[BOOKSTORE]
    return SOURCES.get(code, code)


@dataclass(frozen=True, slots=True)
class Entry:
    """One opted-out number."""

    number: str
    created_at: object  # naive UTC datetime
    source: str
    note: str | None

    @property
    def source_label(self) -> str:
        return source_label(self.source)


def entries(store: Store) -> list[Entry]:
    """Every opted-out number, the newest first."""
    t = opt_outs_table
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(t.c.number, t.c.created_at, t.c.source, t.c.note).order_by(
                t.c.created_at.desc(), t.c.number
            )
        ).all()
    return [Entry(r.number, r.created_at, r.source or "", r.note) for r in rows]


def is_opted_out(store: Store, number: str) -> bool:
    t = opt_outs_table
    with store.engine.connect() as conn:
        return conn.scalar(select(t.c.number).where(t.c.number == number)) is not None


def remove(store: Store, number: str) -> bool:
    """Take a number off the list (the clerk's decision); False when it was not on it."""
    t = opt_outs_table
    with store.engine.begin() as conn:
        return bool(conn.execute(delete(t).where(t.c.number == number)).rowcount)


@dataclass(frozen=True, slots=True)
class OptOutImport:
    """What an import did: numbers the provider lists, newly added, already known."""

    found: int
    added: int
    known: int

    def sentence(self, provider: str) -> str:
        """French summary for the clerk."""
        if not self.found:
            return f"Aucun numéro dans la liste STOP de « {provider} »."
        return (
            f"Liste STOP de « {provider} » : {self.found} numéro(s), {self.added} ajouté(s) aux "
            f"désinscrits, {self.known} déjà connu(s)."
        )


def add_numbers(
    store: Store, numbers: Iterable[str], source: str, note: str | None = None
) -> tuple[int, int]:
    """Add E.164 numbers to the opt-outs; returns (added, already there). One transaction."""
    wanted = list(dict.fromkeys(n.strip() for n in numbers if n and n.strip()))
    t = opt_outs_table
    known: set[str] = set()
    with store.engine.begin() as conn:
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            known.update(conn.scalars(select(t.c.number).where(t.c.number.in_(chunk))))
        new = [n for n in wanted if n not in known]
        if new:
            now = utcnow()
            conn.execute(
                _insert_new(conn),
                [{"number": n, "created_at": now, "source": source, "note": note} for n in new],
            )
    return len(new), len(wanted) - len(new)


def _insert_new(conn):
    """An insert that leaves a number already there as it is, decided by the database (two
    workstations adding the same number at once: one row, the first one's date and source)."""
    t = opt_outs_table
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:  # pragma: no cover - the two engines the product ships with
        return insert(t)
    return dialect_insert(t).on_conflict_do_nothing(index_elements=[t.c.number])


def import_from_provider(store: Store, gateways: Gateways, name: str) -> OptOutImport:
    """Copy a provider's STOP list into the store (GatewayError, French, when it has none)."""
    gateway = gateways.get(name)
    read = getattr(gateway, "opt_outs", None)
    if read is None:
        raise GatewayError(f"le fournisseur « {name} » ne fournit pas de liste STOP")
    numbers = [n for n in read() if n.startswith("+")]
    added, known = add_numbers(store, numbers, source=f"stop:{name}"[:32], note="liste STOP")
    return OptOutImport(len(numbers), added, known)
