"""Provider passwords and tokens: kept in the system keyring, never in the settings file.

Why a module of its own: every secret goes through here, so that (1) the settings file never
holds one, (2) every value read is remembered by `LogMask`, which blanks it out of every log
line, and (3) the one fallback (a local file, only when no keyring exists and the clerk has
explicitly allowed it) is decided in one place.

Keyring entries: service « ellipses-sms », user name « PROVIDER:KEY ».
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import chainer, fail

from ellipses_sms import fileops, paths

# the mask lives apart (the log file needs it before the keyring library is imported)
from ellipses_sms.logmask import MASK, LogMask, mask, remember  # noqa: F401

log = logging.getLogger(__name__)

SERVICE = "ellipses-sms"
PLAIN_FILE_NAME = "secrets"

NO_KEYRING = (
    "Aucun trousseau système n'est disponible pour garder les mots de passe des fournisseurs. "
    "Deux possibilités : installer ou déverrouiller un trousseau (Trousseau GNOME / KWallet sous "
    "Linux, Trousseau d'accès sous macOS, Gestionnaire d'identification sous Windows), puis "
    "recommencer ; ou autoriser explicitement un fichier local NON CHIFFRÉ, lisible par vous "
    "seul (réglage « allow_plain_secrets », ou `ellipses-sms provider keyring --allow-file`)."
)


class SecretsError(RuntimeError):
    """A secret cannot be read or kept (message in French, never the secret itself)."""


# -- keyring status ------------------------------------------------------------------------------


def _backend() -> keyring.backend.KeyringBackend:
    return keyring.get_keyring()


def _usable(backend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    try:
        return float(backend.priority) > 0
    except Exception:
        return True


def _plain_allowed() -> bool:
    from ellipses_sms.settings import Settings

    try:
        return bool(Settings().get("allow_plain_secrets"))
    except Exception:
        return False


def keyring_state() -> tuple[str, str]:
    """Where secrets go, for a window that words it itself: ("keyring", the keyring's name),
    ("file", the local file's path) or ("none", "")."""
    backend = _backend()
    if _usable(backend):
        return "keyring", str(getattr(backend, "name", type(backend).__name__))
    if _plain_allowed():
        return "file", str(plain_file())
    return "none", ""


def keyring_status() -> tuple[bool, str]:
    """Whether secrets can be kept, and a French sentence the clerk can act on."""
    state, where = keyring_state()
    if state == "keyring":
        return True, f"Les mots de passe sont gardés dans le trousseau système ({where})."
    if state == "file":
        return True, (
            "Aucun trousseau système : les mots de passe sont gardés dans un fichier local NON "
            f"CHIFFRÉ, lisible par vous seul ({where}), comme vous l'avez autorisé."
        )
    return False, NO_KEYRING


def plain_file() -> Path:
    return paths.config_dir() / PLAIN_FILE_NAME


# -- the plain file fallback ---------------------------------------------------------------------

_file_lock = threading.Lock()


def _read_plain() -> dict[str, str]:
    path = plain_file()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("secrets file %s unreadable; ignored", path)
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _write_plain(data: dict[str, str]) -> None:
    path = plain_file()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secrets-", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):  # not on Windows before 3.13, where %LOCALAPPDATA% is private
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fileops.replace(tmp, path)
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- the API -------------------------------------------------------------------------------------


def _user(provider: str, key: str) -> str:
    return f"{provider}:{key}"


def get_secret(provider: str, key: str) -> str | None:
    """A provider's secret field, or None when none is kept."""
    user = _user(provider, key)
    backend = _backend()
    value: str | None = None
    if _usable(backend):
        try:
            value = backend.get_password(SERVICE, user)
        except keyring.errors.KeyringLocked:
            raise SecretsError(
                "Le trousseau système est verrouillé : déverrouillez-le pour lire le mot de passe "
                f"du fournisseur « {provider} »."
            ) from None
        except keyring.errors.KeyringError as exc:
            raise SecretsError(
                f"Le trousseau système ne répond pas ({type(exc).__name__}) : mot de passe du "
                f"fournisseur « {provider} » illisible."
            ) from None
    if value is None and _plain_allowed():
        with _file_lock:
            value = _read_plain().get(user)
    remember(value)
    return value


def set_secret(provider: str, key: str, value: str) -> str:
    """Keep a secret; returns where (French). Raises SecretsError when it cannot be kept."""
    remember(value)
    user = _user(provider, key)
    backend = _backend()
    if _usable(backend):
        try:
            backend.set_password(SERVICE, user, value)
        except keyring.errors.KeyringError as exc:
            raise SecretsError(
                f"Le trousseau système a refusé le mot de passe ({type(exc).__name__}) : "
                "est-il verrouillé ?"
            ) from None
        return "trousseau système"
    if not _plain_allowed():
        raise SecretsError(NO_KEYRING)
    with _file_lock:
        data = _read_plain()
        data[user] = value
        _write_plain(data)
    return f"fichier local non chiffré ({plain_file()})"


def delete_secret(provider: str, key: str) -> None:
    """Forget a secret wherever it is kept (no error when there was none)."""
    user = _user(provider, key)
    backend = _backend()
    if _usable(backend):
        with contextlib.suppress(keyring.errors.PasswordDeleteError, keyring.errors.KeyringError):
            backend.delete_password(SERVICE, user)
    if plain_file().exists():
        with _file_lock:
            data = _read_plain()
            if data.pop(user, None) is not None:
                _write_plain(data)


def has_secret(provider: str, key: str) -> bool:
    """Whether a secret is kept (the dialog says so without showing it)."""
    try:
        return bool(get_secret(provider, key))
    except SecretsError:
        return False
