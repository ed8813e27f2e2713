"""What customers texted back (« Réponses »), and the STOP replies that become opt-outs.

Why this module exists: a customer who answers STOP must never receive another campaign,
whatever provider carried the answer (`../shared/reference/gsm7-and-french-rules.md` §3.2). One
pass, `fetch_all`, run by `ellipses-sms service`, the open window and `ellipses-sms replies
fetch`, asks every configured provider that can tell:

- its replies (`incoming(since)`: OVHcloud, Twilio, Infobip, the sandbox), each kept once in the
  `replies` table — (provider, provider id) is unique, so two passes or two workstations never
  keep one twice — and each STOP reply (`policy.is_stop_reply`) made an opt-out in the same pass;
- its own STOP list (`opt_outs()`: OVHcloud's blacklist);
- the refusals it gave because a customer answered STOP (`stop_raw_statuses`: Twilio's 21610),
  read from the journal, so that the next campaign through *another* provider leaves them out.

Replies pushed to a listener (Kannel's sms-service, Vonage's inbound webhook) go through
`record` too. Plain Python, no Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from ellipses_sms import optouts, policy
from ellipses_sms.states import MessageState
from ellipses_sms.store import Store
from ellipses_sms.store.models import messages_table, replies_table, utcnow

log = logging.getLogger(__name__)

__all__ = ["FetchResult", "Reply", "fetch_all", "mark_read", "recent", "record", "unread_count"]


@dataclass(frozen=True, slots=True)
class Reply:
    """One reply, with the customer's name when the number received one of our messages."""

    id: int
    provider: str
    number: str
    text: str
    received_at: datetime
    is_stop: bool
    read: bool
    name: str | None = None

    def to_json(self, local_iso) -> dict[str, Any]:
        return {
            "id": self.id,
            "provider": self.provider,
            "number": self.number,
            "name": self.name,
            "text": self.text,
            "received_at": local_iso(self.received_at),
            "stop": self.is_stop,
            "read": self.read,
        }


@dataclass
class FetchResult:
    """What a pass found, per provider: new replies, new opt-outs, and French errors."""

    replies: dict[str, int] = field(default_factory=dict)
    stops: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        if not self.replies and not self.errors:
            return ["Aucun fournisseur configuré ne donne les réponses des clients."]
        found = [
            f"{name} : {self.replies.get(name, 0)} nouvelle(s) réponse(s), "
            f"{self.stops.get(name, 0)} nouveau(x) désinscrit(s)."
            for name in self.replies
        ]
        return found + [f"{name} : {error}" for name, error in self.errors.items()]

    def to_json(self) -> dict[str, Any]:
        return {"replies": self.replies, "stops": self.stops, "errors": self.errors}


def _insert_new(conn):
    t = replies_table
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(t).on_conflict_do_nothing(index_elements=[t.c.provider, t.c.provider_id])


def record(store: Store, provider: str, inbound: Iterable[Any]) -> tuple[int, int]:
    """Keep each reply once (objects with `id`, `sender`, `text`, `at`); every STOP among the
    new ones becomes an opt-out (source « réponse STOP »). Returns (new replies, new opt-outs)."""
    rows = []
    now = utcnow()
    for m in inbound:
        number = str(getattr(m, "sender", "") or "").strip()
        pid = str(getattr(m, "id", "") or "").strip()
        if not number or not pid:
            continue
        text = str(getattr(m, "text", "") or "")
        rows.append(
            {
                "provider": provider[:64],
                "provider_id": pid[:128],
                "number": number[:32],
                "text": text,
                "received_at": getattr(m, "at", None) or now,
                "fetched_at": now,
                "is_stop": int(policy.is_stop_reply(text)),
            }
        )
    if not rows:
        return 0, 0
    t = replies_table
    with store.engine.begin() as conn:
        known = set()
        ids = [r["provider_id"] for r in rows]
        for start in range(0, len(ids), 900):
            known.update(
                conn.scalars(
                    select(t.c.provider_id).where(
                        t.c.provider == provider[:64], t.c.provider_id.in_(ids[start : start + 900])
                    )
                )
            )
        unique = {r["provider_id"]: r for r in reversed(rows)}  # the first of each id
        new = [r for pid, r in reversed(unique.items()) if pid not in known]
        if new:
            conn.execute(_insert_new(conn), new)
    stops = [r["number"] for r in new if r["is_stop"] and r["number"].startswith("+")]
    added, _ = optouts.add_numbers(store, stops, f"{optouts.REPLY}:{provider}"[:32], "réponse STOP")
    return len(new), added


def _since(store: Store, provider: str) -> datetime | None:
    t = replies_table
    with store.engine.connect() as conn:
        return conn.scalar(select(func.max(t.c.received_at)).where(t.c.provider == provider))


def _refused_for_stop(store: Store, provider: str, codes: Sequence[str]) -> list[str]:
    """Numbers the provider refused because the customer answered STOP (from the journal)."""
    m = messages_table
    with store.engine.connect() as conn:
        return list(
            conn.scalars(
                select(m.c.number)
                .where(  # blocked first: the state index keeps this pass small
                    m.c.state == MessageState.BLOCKED,
                    m.c.provider == provider,
                    m.c.raw_status.in_(list(codes)),
                )
                .distinct()
            )
        )


def fetch_all(store: Store, gateways) -> FetchResult:
    """One pass over every configured provider (see the module docstring). A provider that
    fails is said in French and the others are still asked."""
    from ellipses_sms.gateway import GatewayError

    done = FetchResult()
    for name in gateways.known_names():
        try:
            gateway = gateways.get(name)
        except Exception as exc:  # not configured well: said, the others go on
            done.errors[name] = str(exc)
            continue
        incoming = getattr(gateway, "incoming", None)
        listed = getattr(gateway, "opt_outs", None)
        codes = tuple(getattr(gateway, "stop_raw_statuses", ()) or ())
        if incoming is None and listed is None and not codes:
            continue
        new = stops = 0
        try:
            if incoming is not None:
                new, stops = record(store, name, incoming(_since(store, name)))
            numbers = _refused_for_stop(store, name, codes) if codes else []
            if listed is not None:
                numbers += [n for n in listed() if n.startswith("+")]
            if numbers:
                added, _ = optouts.add_numbers(
                    store, numbers, f"stop:{name}"[:32], "liste STOP du fournisseur"
                )
                stops += added
        except GatewayError as exc:
            done.errors[name] = f"réponses non relevées : {exc}"
            log.info("replies of %s not fetched: %s", name, exc)
        except NotImplementedError:
            pass
        done.replies[name] = new
        done.stops[name] = stops
    return done


def recent(store: Store, limit: int = 500) -> list[Reply]:
    """The newest replies first, each with the name we last sent to that number."""
    t, m = replies_table, messages_table
    name = (
        select(m.c.name)
        .where(m.c.number == t.c.number, m.c.name.is_not(None))
        .order_by(m.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                t.c.id,
                t.c.provider,
                t.c.number,
                t.c.text,
                t.c.received_at,
                t.c.is_stop,
                t.c.read_at,
                name.label("name"),
            )
            .order_by(t.c.received_at.desc(), t.c.id.desc())
            .limit(limit)
        ).all()
    return [
        Reply(
            r.id,
            r.provider,
            r.number,
            r.text,
            r.received_at,
            bool(r.is_stop),
            r.read_at is not None,
            r.name,
        )
        for r in rows
    ]


def unread_count(store: Store) -> int:
    t = replies_table
    with store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).where(t.c.read_at.is_(None))) or 0)


def mark_read(store: Store, ids: Iterable[int] | None = None) -> int:
    """Mark replies read (all when `ids` is None); returns how many changed."""
    t = replies_table
    query = update(t).where(t.c.read_at.is_(None))
    if ids is not None:
        query = query.where(t.c.id.in_(list(ids)))
    with store.engine.begin() as conn:
        return conn.execute(query.values(read_at=utcnow())).rowcount
