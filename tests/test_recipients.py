"""The recipient helpers that every import path shares."""

from __future__ import annotations

import gc

import pytest

from ellipses_sms import recipients


def test_building_many_pauses_the_collector_and_restores_it():
    assert gc.isenabled()
    with recipients.building_many():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_building_many_restores_the_collector_after_an_error():
    with pytest.raises(RuntimeError), recipients.building_many():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_building_many_leaves_a_collector_someone_else_switched_off():
    gc.disable()
    try:
        with recipients.building_many():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_make_checks_the_number_and_keeps_the_fields():
    ok = recipients.make(" Claire ", "06 12 34 56 78", prenom="Claire")
    assert (ok.name, ok.number, dict(ok.fields), ok.valid) == (
        "Claire",
        "+33612345678",
        {"prenom": "Claire"},
        True,
    )
    bad = recipients.make("Paul", "01 23 45 67 89")
    assert not bad.valid and bad.number == "01 23 45 67 89" and bad.error


def test_building_many_nested_or_in_two_threads_restores_once_at_the_end():
    import threading

    with recipients.building_many():
        with recipients.building_many():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer build is still running
    assert gc.isenabled()

    inside, release = threading.Event(), threading.Event()

    def other_build():
        with recipients.building_many():
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=other_build)
    with recipients.building_many():
        worker.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's build is not finished
    release.set()
    worker.join(5)
    assert gc.isenabled()
