"""Two processes' settings (the window, the command line): a save never wipes the other's."""

from __future__ import annotations

import json

from ellipses_sms.settings import Settings


def test_window_save_keeps_a_provider_the_command_line_added(home):
    window = Settings()  # read at start-up, long before
    command_line = Settings()
    table = command_line.raw("providers", {}) or {}
    table["kannel"] = {"type": "kannel", "url": "http://127.0.0.1:13013"}
    command_line.set("providers", table)
    command_line.save()

    window.set("sender", "LIBRAIRIE")
    window.save()

    on_disk = json.loads(window.path.read_text(encoding="utf-8"))
    assert on_disk["providers"] == {"kannel": {"type": "kannel", "url": "http://127.0.0.1:13013"}}
    assert on_disk["sender"] == "LIBRAIRIE"
    assert window.raw("providers") == on_disk["providers"]  # the window sees it too now


def test_two_processes_each_adding_a_provider_keep_both(home):
    a, b = Settings(), Settings()
    a.set("providers", {"ovh": {"type": "ovh"}})
    a.save()
    b.set("providers", {"twilio": {"type": "twilio"}})
    b.save()
    assert set(Settings().raw("providers")) == {"ovh", "twilio"}


def test_a_key_changed_on_both_sides_takes_the_last_save(home):
    a, b = Settings(), Settings()
    a.set("sender", "A")
    a.save()
    b.set("sender", "B")
    b.save()
    assert Settings().get("sender") == "B"
    a.set("price_per_part", 0.05)
    a.save()  # a's stale « A » is not written back: only what a changed since its last save
    assert Settings().get("sender") == "B" and Settings().get("price_per_part") == 0.05


def test_removed_entry_stays_removed(home):
    first = Settings()
    first.set("providers", {"ovh": {"type": "ovh"}, "http": {"type": "http"}})
    first.save()
    a, b = Settings(), Settings()
    table = a.raw("providers")
    del table["ovh"]
    a.set("providers", table)
    a.save()
    b.set("sender", "X")
    b.save()
    assert set(Settings().raw("providers")) == {"http"}
