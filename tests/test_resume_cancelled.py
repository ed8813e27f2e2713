"""« Reprendre l'envoi annulé » (issue 16): only what was not sent goes, once."""

from __future__ import annotations

import threading

import pytest

from ellipses_sms.sending import JobBusy
from ellipses_sms.states import JobState
from ellipses_sms.states import MessageState as S
from tests.test_sending import Recording, _foreign_holder, mobiles

TEXT = "Soldes ce week-end à la librairie."


@pytest.fixture
def recording(services):
    gw = Recording(services.store)
    gw.max_recipients_per_request = 3
    services.gateways.put(gw)
    return gw


def cancelled_midway(services, recording, count: int = 12):
    cancel = threading.Event()
    original = recording.submit

    def submit(batch):
        results = original(batch)
        if len(recording.batches) == 2:
            cancel.set()  # the clerk clicks « Annuler » during the second request
        return results

    recording.submit = submit
    summary = services.dispatcher.send(mobiles(count), TEXT, cancel)
    recording.submit = original
    return summary


def test_continuing_a_cancelled_send_sends_only_the_rest_once(services, recording):
    first = cancelled_midway(services, recording)
    assert first.state == JobState.CANCELLED
    assert first.count(S.CANCELLED) == 6 and first.count(S.SENT) == 6
    again = services.dispatcher.resume_cancelled(first.job_id)
    assert again.state == JobState.SUBMITTED and again.count(S.SENT) == 12
    sent = [n for batch in recording.batches for n in batch]
    assert sorted(sent) == sorted(r.number for r in mobiles(12))  # every number once
    assert services.dispatcher.resume_cancelled(first.job_id).count(S.SENT) == 12  # nothing left


def test_a_cancelled_send_another_sender_holds_is_not_touched(services, recording):
    first = cancelled_midway(services, recording)
    _foreign_holder(services, first.job_id, heartbeat_age=0)
    with pytest.raises(JobBusy):
        services.dispatcher.resume_cancelled(first.job_id)
    assert services.dispatcher.summary(first.job_id).count(S.CANCELLED) == 6
