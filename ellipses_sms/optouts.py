"""The numbers that asked for no more marketing SMS (STOP), and their import from a provider.

The store's `opt_outs` table is checked before every marketing job (`sending.py`). Some providers
keep their own list of numbers that answered STOP (OVHcloud's blacklist): `import_from_provider`
copies it into the store, so that the next campaign leaves them out whatever provider sends it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, select

from ellipses_sms.gateway import GatewayError, Gateways
from ellipses_sms.store import Store
from ellipses_sms.store.models import opt_outs_table, utcnow


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
                insert(t),
                [{"number": n, "created_at": now, "source": source, "note": note} for n in new],
            )
    return len(new), len(wanted) - len(new)


def import_from_provider(store: Store, gateways: Gateways, name: str) -> OptOutImport:
    """Copy a provider's STOP list into the store (GatewayError, French, when it has none)."""
    gateway = gateways.get(name)
    read = getattr(gateway, "opt_outs", None)
    if read is None:
        raise GatewayError(f"le fournisseur « {name} » ne fournit pas de liste STOP")
    numbers = [n for n in read() if n.startswith("+")]
    added, known = add_numbers(store, numbers, source=f"stop:{name}"[:32], note="liste STOP")
    return OptOutImport(len(numbers), added, known)
