"""Every setting declared once: key, type, default and a French label.

Values live in `settings.json` in the config folder (see `paths`). Unknown keys in the file are
kept untouched (a newer version may have written them); a broken file is set aside, never lost,
and the defaults apply. Secrets never go here: they belong to the system keyring.

Several processes hold a `Settings` at once (the window, the command line called by the bookstore
software): a save merges this process's changes into the file as it is now, under a lock, so
that one process's save never wipes another's.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ellipses_sms import fileops, paths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    key: str
    type: type
    default: Any
    label: str
    help: str = ""


_DECLARED: tuple[Setting, ...] = (
    Setting(
        "region",
        str,
        "FR",
        "Pays par défaut des numéros",
        "Code pays (ISO 3166) utilisé pour les numéros saisis sans indicatif.",
    ),
    Setting(
        "database_url",
        str,
        "",
        "Base des messages (URL SQLAlchemy)",
        "Vide : fichier SQLite dans le dossier de données de l'utilisateur.",
    ),
    Setting(
        "bookstore_url",
        str,
        "",
        "Base librairie pour l'import (URL SQLAlchemy ou fichier SQLite)",
        "Toujours ouverte en lecture seule. Vide : la base de démonstration.",
    ),
    Setting("default_provider", str, "sandbox", "Fournisseur SMS par défaut"),
    Setting(
        "failover_provider",
        str,
        "",
        "Fournisseur de secours",
        "Prend seulement les messages que le fournisseur de l'envoi n'a certainement pas reçus "
        "(injoignable, identifiants ou crédit refusés) ; jamais un message peut-être parti.",
    ),
    Setting(
        "sender",
        str,
        "",
        "Nom d'expéditeur",
        "Jusqu'à 11 lettres et chiffres ; vide : celui du fournisseur.",
    ),
    Setting("max_attempts", int, 5, "Nombre maximal de tentatives par message"),
    Setting("retry_base_delay", float, 2.0, "Délai avant la première nouvelle tentative (s)"),
    Setting("retry_max_delay", float, 300.0, "Délai maximal entre deux tentatives (s)"),
    Setting(
        "report_poll_interval",
        float,
        5.0,
        "Intervalle d'interrogation des accusés de réception (s)",
    ),
    Setting("wait_timeout", float, 120.0, "Attente maximale des accusés avec --wait (s)"),
    Setting(
        "lease_seconds",
        float,
        60.0,
        "Délai de silence d'un autre poste avant de reprendre ses envois (s)",
        "Un envoi tenu par un autre poste n'est repris que si ce poste ne donne plus signe de "
        "vie depuis ce délai ; sur ce poste, seulement si son programme est arrêté.",
    ),
    Setting("language", str, "", "Langue de l'interface", "Vide : celle du système."),
    Setting(
        "allow_plain_secrets",
        bool,
        False,
        "Sans trousseau système : garder les mots de passe dans un fichier local non chiffré",
        "Seulement si aucun trousseau n'est disponible ; fichier lisible par vous seul (0600).",
    ),
    Setting("price_per_part", float, 0.07, "Prix estimé d'un SMS (€ par partie)"),
    Setting(
        "librairie",
        str,
        "",
        "Nom de la librairie",
        "Écrit à la place de {librairie} dans les messages.",
    ),
    Setting(
        "test_number",
        str,
        "",
        "Numéro pour « M'envoyer un test »",
        "Votre portable : un exemple réel du message y est envoyé avant l'envoi à tous.",
    ),
    Setting(
        "notices_auto",
        bool,
        False,
        "Avis de réception automatiques",
        "La fenêtre ouverte et « ellipses-sms service » cherchent les commandes reçues et "
        "préviennent chaque client une fois (Alertes SMS (réception) cochée sur sa fiche).",
    ),
    Setting("notices_interval", float, 60.0, "Recherche des réceptions toutes les (s)"),
    Setting(
        "notices_script",
        str,
        "reception",
        "Script des réceptions",
        "Le script qui donne les commandes reçues ; celui de la librairie, s'il porte ce nom, "
        "remplace celui fourni.",
    ),
    Setting("notices_start", str, "08:00", "Avis de réception : pas avant (HH:MM)"),
    Setting("notices_end", str, "21:00", "Avis de réception : pas après (HH:MM)"),
    Setting(
        "notices_reminder_days",
        int,
        0,
        "Rappel des commandes non retirées après (jours ; 0 : jamais)",
        "Un seul « Rappel commande » par commande.",
    ),
    Setting(
        "sandbox_rate_limit",
        float,
        20.0,
        "Bac à sable : messages par seconde acceptés (0 : sans limite)",
    ),
    Setting("sandbox_latency", float, 0.02, "Bac à sable : durée simulée d'une requête (s)"),
    Setting(
        "sandbox_report_delay",
        float,
        3.0,
        "Bac à sable : délai moyen avant l'accusé de réception (s)",
    ),
    Setting(
        "sandbox_failure_rate",
        float,
        0.03,
        "Bac à sable : part des numéros ordinaires dont la remise échoue",
    ),
    Setting(
        "sandbox_transient_rate",
        float,
        0.0,
        "Bac à sable : part des requêtes qui échouent temporairement",
    ),
    # the French rules for marketing SMS (policy.py)
    Setting("marketing_start", str, "08:00", "Publicité : début des envois (HH:MM)"),
    Setting(
        "marketing_end",
        str,
        "20:00",
        "Publicité : fin des envois (HH:MM)",
        "Au plus tard 21:30. Du lundi au samedi, hors jours fériés ; hors de ces heures, "
        "l'envoi est programmé pour la prochaine heure permise.",
    ),
    Setting(
        "departement",
        str,
        "",
        "Département de la librairie",
        "57, 67 ou 68 : les jours fériés d'Alsace-Moselle (Vendredi saint, 26 décembre).",
    ),
    Setting("stop_mention", str, "STOP au 36111", "Mention STOP ajoutée aux publicités"),
    Setting(
        "optout_blocks_notices",
        bool,
        False,
        "Bloquer aussi les avis pour les désinscrits",
        "Sans cette case, les désinscrits (STOP) reçoivent encore les avis (commande arrivée).",
    ),
)

DECLARED: Mapping[str, Setting] = {s.key: s for s in _DECLARED}


class SettingsError(ValueError):
    """A value that does not fit its declared type (message in French)."""


def _coerce(setting: Setting, value: Any) -> Any:
    if setting.type is bool:
        if isinstance(value, str):
            low = value.strip().lower()
            if low in {"1", "true", "oui", "yes", "on"}:
                return True
            if low in {"0", "false", "non", "no", "off", ""}:
                return False
            raise SettingsError(f"{setting.key} : « {value} » n'est pas oui/non")
        return bool(value)
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        raise SettingsError(
            f"{setting.key} : « {value} » n'est pas une valeur valable ({setting.type.__name__})"
        ) from None


class Settings:
    """Typed access to the settings file; built once and handed to the services."""

    def __init__(self, path: Path | None = None, overrides: Mapping[str, Any] | None = None):
        self.path = path or paths.settings_file()
        self._values: dict[str, Any] = self._load()
        #: The values as last read or written: what `save` tells this process's changes by.
        self._base: dict[str, Any] = copy.deepcopy(self._values)
        self._overrides = dict(overrides or {})

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return data
        except (OSError, ValueError) as exc:
            aside = self.path.with_suffix(".json.broken")
            log.warning("settings file %s unreadable (%s); set aside as %s", self.path, exc, aside)
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            return {}

    def get(self, key: str) -> Any:
        setting = DECLARED.get(key)
        if key in self._overrides:
            value = self._overrides[key]
        elif key in self._values:
            value = self._values[key]
        elif setting is not None:
            return setting.default
        else:
            raise KeyError(key)
        if setting is None:
            return value
        try:
            return _coerce(setting, value)
        except SettingsError:
            log.warning("setting %s has an invalid value %r; default used", key, value)
            return setting.default

    def __getitem__(self, key: str) -> Any:
        return self.get(key)

    def set(self, key: str, value: Any) -> None:
        setting = DECLARED.get(key)
        self._values[key] = _coerce(setting, value) if setting else value

    def raw(self, key: str, default: Any = None) -> Any:
        """An undeclared structured value (e.g. the providers table), as stored."""
        return self._values.get(key, default)

    def save(self) -> None:
        """Write this process's changes, merged with what others saved since, atomically.

        Without the merge the window's save wiped a provider that `ellipses-sms provider add`
        had just written. Under the lock the file is read again, and only the keys changed here
        (inside tables such as the providers: only the entries changed here) are applied to it.
        The old file stays whole until the new one is complete.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with fileops.locked(self.path.with_name(self.path.name + ".lock")):
            merged = _merge(self._base, self._values, self._load())
            self._write(merged)
        self._values = merged
        self._base = copy.deepcopy(merged)

    def _write(self, values: dict[str, Any]) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(values, fh, ensure_ascii=False, indent=2, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            fileops.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def database_url(self) -> str:
        """The message store's URL: the setting, or the SQLite file in the data folder."""
        url = self.get("database_url").strip()
        return url or f"sqlite:///{paths.store_file()}"


def _merge(base: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """`theirs` (the file now) with the changes from `base` to `mine` (this process) applied.

    A key changed on both sides takes this process's value; a table (a dict) changed on both
    sides is merged entry by entry, so two processes that each add a provider keep both.
    """
    merged = copy.deepcopy(theirs)
    for key in base.keys() | mine.keys():
        if key not in mine:
            merged.pop(key, None)  # removed here
        elif key in base and mine[key] == base[key]:
            continue  # not changed here: the file's value stands
        elif (
            isinstance(mine[key], dict)
            and isinstance(theirs.get(key), dict)
            and isinstance(base.get(key, {}), dict)
        ):
            merged[key] = _merge(base.get(key, {}), mine[key], theirs[key])
        else:
            merged[key] = copy.deepcopy(mine[key])
    return merged
