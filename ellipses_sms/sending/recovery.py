"""After a crash or a lost answer: ask the provider what it received, or mark `uncertain`.

A request that may have reached the provider (a read time-out, an unexpected answer, a
dispatcher that died mid-request) is never sent again blindly: the provider is asked about
each message's stable key where it can tell (`Gateway.lookup`); what it cannot tell becomes
`uncertain`, for the clerk to decide.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ellipses_sms.gateway import Gateway, GatewayError, SubmitResult
from ellipses_sms.reasons import Reason
from ellipses_sms.states import MessageState

log = logging.getLogger(__name__)

INTERRUPTED = Reason("interrupted")


def uncertain(message_id: int, exc: GatewayError) -> SubmitResult:
    return SubmitResult(
        message_id,
        False,
        raw_status=exc.raw,
        error=f"Envoi incertain : {exc.message}",
        state=MessageState.UNCERTAIN,
    )


def after_ambiguous(gateway: Gateway, batch: Sequence, exc: GatewayError) -> list[SubmitResult]:
    """One result per message of `batch` (rows with `id` and `ref`) after an ambiguous error."""
    if gateway.can_lookup:
        try:
            found = {lk.reference: lk for lk in gateway.lookup([r.ref for r in batch])}
        except GatewayError:
            log.warning("lookup after an ambiguous error failed", exc_info=True)
        else:
            results = []
            for r in batch:
                lk = found.get(r.ref)
                if lk and lk.received:
                    results.append(SubmitResult.ok(r.id, lk.provider_id, lk.raw_status))
                elif lk and not lk.received:
                    results.append(
                        SubmitResult.refused(r.id, exc.message, transient=True, raw=exc.raw)
                    )
                else:
                    results.append(uncertain(r.id, exc))
            return results
    return [uncertain(r.id, exc) for r in batch]
