"""Messages for the history and consumption window tests: real sends, or many rows at once."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from ellipses_sms import recipients
from ellipses_sms.store.models import jobs_table, messages_table

RAW = {"delivered": "DELIVRD", "failed": "UNDELIV", "expired": "EXPIRED", "rejected": "REJECTD"}


def send_and_settle(services, people, text="Bonjour, votre commande est arrivée."):
    """A real send through the sandbox, waited until every delivery report is in."""
    summary = services.dispatcher.send([recipients.make(n, p) for n, p in people], text)
    return services.dispatcher.wait_for_reports(summary.job_id, timeout=10, interval=0.02)


def bulk(services, count, start: datetime, states=("delivered",), step=timedelta(seconds=1)):
    """`count` messages in one job from `start` on (naive UTC), states taken in turn."""
    with services.store.engine.begin() as conn:
        job = conn.execute(
            insert(jobs_table).values(
                created_at=start,
                text="Texte de masse",
                provider="sandbox",
                kind="marketing",
                source="cli",
                state="submitted",
                total=count,
            )
        ).inserted_primary_key[0]
        rows = []
        for i in range(count):
            state = states[i % len(states)]
            at = start + step * i
            submitted = state not in ("blocked", "cancelled", "queued")
            rows.append(
                {
                    "job_id": job,
                    "position": i,
                    "number": f"+3367{i:07d}",
                    "name": f"Lecteur {i:05d}",
                    "text": f"Message de masse n° {i}\nseconde ligne",
                    "encoding": "GSM",
                    "parts": 1 + i % 2,
                    "provider": "sandbox",
                    "provider_id": f"BULK{job}-{i}" if submitted else None,
                    "state": state,
                    "raw_status": RAW.get(state),
                    "attempts": 1,
                    "created_at": at,
                    "submitted_at": at if submitted else None,
                    "updated_at": at,
                }
            )
        conn.execute(insert(messages_table), rows)
    return job
