"""Secrets: in the keyring, never in settings.json or a log line; a plain file only when allowed."""

from __future__ import annotations

import json
import logging
import stat

import pytest

from ellipses_sms import paths, secrets
from ellipses_sms.settings import Settings

PASSWORD = "s3cr3t-P@ss wörd"


def test_keyring_roundtrip(home, memory_keyring):
    assert secrets.get_secret("kannel", "password") is None
    where = secrets.set_secret("kannel", "password", PASSWORD)
    assert "trousseau" in where
    assert memory_keyring.store[("ellipses-sms", "kannel:password")] == PASSWORD
    assert secrets.get_secret("kannel", "password") == PASSWORD
    assert secrets.has_secret("kannel", "password")
    secrets.delete_secret("kannel", "password")
    assert secrets.get_secret("kannel", "password") is None
    secrets.delete_secret("kannel", "password")  # twice: no error
    assert not secrets.plain_file().exists()
    assert PASSWORD not in paths.settings_file().read_text(encoding="utf-8")


def test_status_with_a_keyring(home, memory_keyring):
    usable, sentence = secrets.keyring_status()
    assert usable and "trousseau" in sentence


def test_no_keyring_says_the_choice_and_refuses(home, no_keyring):
    usable, sentence = secrets.keyring_status()
    assert not usable
    assert "trousseau" in sentence and "NON CHIFFRÉ" in sentence and "--allow-file" in sentence
    with pytest.raises(secrets.SecretsError) as err:
        secrets.set_secret("kannel", "password", PASSWORD)
    assert PASSWORD not in str(err.value)
    assert secrets.get_secret("kannel", "password") is None
    assert not secrets.plain_file().exists()


def test_plain_file_only_when_allowed(home, no_keyring):
    s = Settings()
    s.set("allow_plain_secrets", True)
    s.save()
    usable, sentence = secrets.keyring_status()
    assert usable and "NON CHIFFRÉ" in sentence
    assert "fichier" in secrets.set_secret("kannel", "password", PASSWORD)
    path = secrets.plain_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8")) == {"kannel:password": PASSWORD}
    assert secrets.get_secret("kannel", "password") == PASSWORD
    assert PASSWORD not in paths.settings_file().read_text(encoding="utf-8")
    secrets.delete_secret("kannel", "password")
    assert secrets.get_secret("kannel", "password") is None


def test_plain_file_without_fchmod_as_on_windows_before_3_13(home, no_keyring, monkeypatch):
    import os

    monkeypatch.delattr(os, "fchmod")
    s = Settings()
    s.set("allow_plain_secrets", True)
    s.save()
    secrets.set_secret("kannel", "password", PASSWORD)
    assert secrets.get_secret("kannel", "password") == PASSWORD
    assert stat.S_IMODE(secrets.plain_file().stat().st_mode) == 0o600  # mkstemp's own mode


def test_log_lines_never_carry_a_secret(home, memory_keyring, tmp_path):
    secrets.set_secret("p", "token", PASSWORD)
    secrets.get_secret("p", "token")
    log_path = tmp_path / "t.log"
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.addFilter(secrets.LogMask())
    logger = logging.getLogger("test.secrets")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.info("GET /send?password=%s&user=x", "s3cr3t-P%40ss+w%C3%B6rd")
        logger.info("raw %s", PASSWORD)
        try:
            raise RuntimeError(f"boom {PASSWORD}")
        except RuntimeError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = log_path.read_text(encoding="utf-8")
    assert "user=x" in text and "boom" in text
    assert PASSWORD not in text and "s3cr3t-P%40ss" not in text
    assert text.count(secrets.MASK) >= 3


def test_mask_extra_values():
    assert secrets.mask("a=xyz123&b=2", ("xyz123",)) == f"a={secrets.MASK}&b=2"
