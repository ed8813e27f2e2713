"""SMS providers behind one small interface (`base.Gateway`), and the factory that builds them.

The sandbox is always configured under the name "sandbox"; real providers are added by the
provider settings: `settings.raw("providers")` maps a name to `{"type": TYPE, **fields}`.
Each provider type is a module of this package (see `PROVIDER_TYPES`) that exposes
`FIELDS: list[base.Field]` and `build(name, config, secret) -> Gateway`, where `secret(key)`
reads a secret field from the system keyring. Gateways are built once and shared.
"""

from __future__ import annotations

import functools
import importlib
import threading
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from ellipses_sms import paths
from ellipses_sms.settings import Settings

if TYPE_CHECKING:
    from ellipses_sms.gateway.base import (
        Balance,
        Gateway,
        GatewayError,
        LookupResult,
        OutgoingSms,
        PermanentError,
        StatusReport,
        SubmitResult,
        TransientError,
    )

#: The interface's names, from `base` on first use (the window shows before they are needed).
_FROM_BASE = frozenset(
    {
        "Balance",
        "Gateway",
        "GatewayError",
        "LookupResult",
        "OutgoingSms",
        "PermanentError",
        "StatusReport",
        "SubmitResult",
        "TransientError",
    }
)


def __getattr__(name: str):
    if name not in _FROM_BASE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("ellipses_sms.gateway.base"), name)
    globals()[name] = value
    return value


__all__ = [
    "Balance",
    "Gateway",
    "GatewayError",
    "Gateways",
    "LookupResult",
    "OutgoingSms",
    "PermanentError",
    "StatusReport",
    "SubmitResult",
    "TransientError",
    "UnknownProvider",
]

SANDBOX = "sandbox"

#: Provider type → the module that implements it.
PROVIDER_TYPES: dict[str, str] = {
    "sandbox": "ellipses_sms.gateway.sandbox",
    "http": "ellipses_sms.gateway.http",
    "kannel": "ellipses_sms.gateway.kannel",
    "ovh": "ellipses_sms.gateway.ovh",
    "twilio": "ellipses_sms.gateway.twilio",
    "vonage": "ellipses_sms.gateway.vonage",
    "infobip": "ellipses_sms.gateway.infobip",
}


def provider_module(type_: str) -> ModuleType:
    """The module of a provider type (FIELDS, build)."""
    if type_ not in PROVIDER_TYPES:
        raise UnknownProvider(f"Type de fournisseur inconnu : « {type_} »")
    return importlib.import_module(PROVIDER_TYPES[type_])


def _keyring_secret(provider: str, key: str) -> str | None:
    """A provider's secret from the system keyring (see `ellipses_sms.secrets`)."""
    from ellipses_sms import secrets

    return secrets.get_secret(provider, key)


class UnknownProvider(LookupError):
    """No provider of that name is configured (message in French)."""


class Gateways:
    """The configured providers by name, each built on first use and kept."""

    def __init__(self, settings: Settings, secret: Callable[[str, str], str | None] | None = None):
        self.settings = settings
        self._secret = secret or _keyring_secret
        self._built: dict[str, Gateway] = {}
        self._lock = threading.Lock()
        self._sink: Callable[[str, list[StatusReport]], None] | None = None
        self._reply_sink: Callable[[str, list], object] | None = None

    def set_report_sink(self, sink: Callable[[str, list[StatusReport]], None] | None) -> None:
        """Where every gateway that calls back pushes its reports: `sink(name, reports)`."""
        with self._lock:
            self._sink = sink
            for gateway in self._built.values():
                self._wire(gateway)

    def _wire(self, gateway: Gateway) -> None:
        sink = self._sink
        gateway.set_report_sink(None if sink is None else functools.partial(sink, gateway.name))
        replies = self._reply_sink
        gateway.set_reply_sink(
            None if replies is None else functools.partial(replies, gateway.name)
        )

    def set_reply_sink(self, sink: Callable[[str, list], object] | None) -> None:
        """`sink(provider, replies)` records customers' replies pushed to a listener."""
        with self._lock:
            self._reply_sink = sink
            for gateway in self._built.values():
                self._wire(gateway)

    def names(self) -> list[str]:
        configured = self.settings.raw("providers", {}) or {}
        return [SANDBOX, *sorted(n for n in configured if n != SANDBOX)]

    def known_names(self) -> list[str]:
        """The configured providers and any other built one (`put`), for the replies pass."""
        with self._lock:
            built = [n for n in self._built if n not in self.names()]
        return [*self.names(), *sorted(built)]

    def default_name(self) -> str:
        name = self.settings.get("default_provider") or SANDBOX
        return name if name in self.names() else SANDBOX

    def default_problem(self) -> str | None:
        """Why the configured default provider cannot be used (French), None when it can.

        `default_name` answers the sandbox when the configured default no longer exists (the
        window must still show something); a send without an explicit provider must check this
        first and refuse, or its messages would « go » through the demo provider.
        """
        name = self.settings.get("default_provider") or SANDBOX
        if name in self.names():
            return None
        return (
            f"le fournisseur par défaut « {name} » n'existe plus : choisissez-en un autre "
            "(« ellipses-sms provider default NOM »)"
        )

    def carrier(self, name: str | None = None) -> Gateway | None:
        """The gateway a send naming `name` (None: the default) will go through, for its limits
        and credit before anything is journaled; None when that send will be refused anyway (no
        such provider, a default that no longer exists: the dispatcher says why). May read the
        keyring: not on the GUI thread."""
        if name is None and self.default_problem():
            return None
        try:
            return self.get(name)
        except (UnknownProvider, GatewayError):
            return None

    def get(self, name: str | None = None) -> Gateway:
        name = name or self.default_name()
        with self._lock:
            gateway = self._built.get(name)
            if gateway is None:
                gateway = self._build(name)
                self._wire(gateway)
                self._built[name] = gateway
            return gateway

    def _build(self, name: str) -> Gateway:
        if name == SANDBOX:
            from ellipses_sms.gateway.sandbox import SandboxGateway  # when first used

            s = self.settings
            return SandboxGateway(
                SANDBOX,
                state_path=paths.data_dir() / "sandbox.sqlite3",
                rate_limit=s.get("sandbox_rate_limit"),
                latency=s.get("sandbox_latency"),
                report_delay=s.get("sandbox_report_delay"),
                failure_rate=s.get("sandbox_failure_rate"),
                transient_rate=s.get("sandbox_transient_rate"),
            )
        config = (self.settings.raw("providers", {}) or {}).get(name)
        if not isinstance(config, dict):
            raise UnknownProvider(f"Fournisseur SMS inconnu : « {name} »")
        module = provider_module(str(config.get("type", "")))
        fields = {k: v for k, v in config.items() if k != "type"}
        return module.build(name, fields, lambda key: self._secret(name, key))

    def put(self, gateway: Gateway) -> None:
        """Use an already built gateway under its name (tests, benchmarks)."""
        with self._lock:
            self._wire(gateway)
            self._built[gateway.name] = gateway

    def forget(self, name: str) -> None:
        """Close and drop a built gateway (its settings changed): rebuilt on next use."""
        with self._lock:
            gateway = self._built.pop(name, None)
        if gateway is not None:
            gateway.close()

    def close(self) -> None:
        with self._lock:
            for gateway in self._built.values():
                gateway.close()
            self._built.clear()
