"""Saved message templates (« Commande arrivée », « Nouveautés »…), kept in the message store.

Why in the store: every workstation of a bookstore shares one store, so a template written on
the counter PC is offered on the back-office PC too. Names are unique without regard to case or
accents (`key`), decided by the database's unique constraint, not by a read first: two clerks
adding « Promo » at once get one template and one clear French refusal. Plain Python, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from ellipses_sms.lazy import lazy_module
from ellipses_sms.states import SEND_KINDS

if TYPE_CHECKING:
    from ellipses_sms.store import Store

# the store's libraries when a template is first read or written: the window that offers the
# templates shows before them
sa = lazy_module("sqlalchemy", globals(), "sa")
sa_exc = lazy_module("sqlalchemy.exc", globals(), "sa_exc")
db = lazy_module("ellipses_sms.store.db", globals(), "db")
models = lazy_module("ellipses_sms.store.models", globals(), "models")

__all__ = [
    "KINDS",
    "NOTICE",
    "REMINDER",
    "SHIPPED",
    "SavedTemplate",
    "TemplateStore",
    "TemplateStoreError",
    "template_key",
]

#: The names of the shipped templates other features look up (reception notices, reminders).
NOTICE = "Commande arrivée"
REMINDER = "Rappel commande"
NEWS = "Nouveautés"
#: The shipped names, in the order migration 0004 writes them.
SHIPPED = (NOTICE, REMINDER, NEWS)
#: Template kinds, as the journal names them (`jobs.kind`).
KINDS = SEND_KINDS
NAME_MAX = 80


class TemplateStoreError(ValueError):
    """A template cannot be saved, found or removed (message in French, for the clerk)."""


@dataclass(frozen=True, slots=True)
class SavedTemplate:
    """One saved template."""

    id: int
    name: str
    text: str
    kind: str
    updated_at: datetime

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "text": self.text,
            "kind": self.kind,
            "updated_at": self.updated_at.isoformat(timespec="seconds") + "Z",
        }


def template_key(name: str) -> str:
    """The unique key of a name: folded, spaces made single (« Commande  Arrivée »)."""
    return re.sub(r"\s+", " ", db.fold(name) or "").strip()


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name or "").strip()
    if not name:
        raise TemplateStoreError("Le nom du modèle est vide.")
    if len(name) > NAME_MAX:
        raise TemplateStoreError(f"Le nom du modèle dépasse {NAME_MAX} caractères.")
    return name


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise TemplateStoreError(
            f"Type de modèle inconnu : « {kind} » (notification ou marketing)."
        )
    return kind


def _check_text(text: str) -> str:
    """Empty or malformed texts are refused here, so no saved template can stop a send later."""
    from ellipses_sms import templates

    if not (text or "").strip():
        raise TemplateStoreError("Le texte du modèle est vide.")
    try:
        templates.parse(text)
    except templates.TemplateSyntaxError as exc:
        raise TemplateStoreError(f"Modèle invalide : {exc}") from None
    return text


class TemplateStore:
    """Read and write the saved templates; built once and passed in, like the store."""

    def __init__(self, store: Store):
        self.store = store

    def list(self) -> list[SavedTemplate]:
        """Every template, by name (case and accents ignored)."""
        t = models.templates_table
        with self.store.connect() as conn:
            rows = conn.execute(sa.select(t).order_by(t.c.key)).all()
        return [self._row(r) for r in rows]

    def get(self, name: str) -> SavedTemplate | None:
        """The template of that name (case and accents ignored), or None."""
        t = models.templates_table
        with self.store.connect() as conn:
            row = conn.execute(sa.select(t).where(t.c.key == template_key(name))).first()
        return self._row(row) if row is not None else None

    def require(self, name: str) -> SavedTemplate:
        """The template of that name, or a French error listing the known names."""
        found = self.get(name)
        if found is None:
            names = ", ".join(f"« {t.name} »" for t in self.list()) or "aucun"
            raise TemplateStoreError(f"Modèle inconnu : « {name} ». Modèles : {names}.")
        return found

    def add(self, name: str, text: str, kind: str = "notification") -> SavedTemplate:
        """A new template; refused in French when the name is taken."""
        name, text, kind = _clean_name(name), _check_text(text), _check_kind(kind)
        now = models.utcnow()
        try:
            with self.store.begin() as conn:
                conn.execute(
                    sa.insert(models.templates_table).values(
                        name=name,
                        key=template_key(name),
                        text=text,
                        kind=kind,
                        created_at=now,
                        updated_at=now,
                    )
                )
        except sa_exc.IntegrityError:
            raise TemplateStoreError(f"Un modèle « {name} » existe déjà.") from None
        return self.require(name)

    def edit(
        self,
        name: str,
        *,
        text: str | None = None,
        kind: str | None = None,
        new_name: str | None = None,
    ) -> SavedTemplate:
        """Change a template's text, kind or name."""
        t = models.templates_table
        values: dict = {"updated_at": models.utcnow()}
        if text is not None:
            values["text"] = _check_text(text)
        if kind is not None:
            values["kind"] = _check_kind(kind)
        if new_name is not None:
            values["name"] = _clean_name(new_name)
            values["key"] = template_key(values["name"])
        try:
            with self.store.begin() as conn:
                done = conn.execute(
                    sa.update(t).where(t.c.key == template_key(name)).values(**values)
                ).rowcount
        except sa_exc.IntegrityError:
            raise TemplateStoreError(f"Un modèle « {values['name']} » existe déjà.") from None
        if not done:
            raise TemplateStoreError(f"Modèle inconnu : « {name} ».")
        return self.require(values.get("name", name))

    def duplicate(self, name: str) -> SavedTemplate:
        """A copy named « NAME (copie) », « NAME (copie 2) »… that the clerk then edits."""
        source = self.require(name)
        for n in range(1, 100):
            copy = f"{source.name} (copie)" if n == 1 else f"{source.name} (copie {n})"
            try:
                return self.add(copy[:NAME_MAX], source.text, source.kind)
            except TemplateStoreError:
                continue
        raise TemplateStoreError(f"Trop de copies de « {source.name} ».")

    def remove(self, name: str) -> None:
        """Delete a template (the messages already sent keep their text)."""
        t = models.templates_table
        with self.store.begin() as conn:
            done = conn.execute(sa.delete(t).where(t.c.key == template_key(name))).rowcount
        if not done:
            raise TemplateStoreError(f"Modèle inconnu : « {name} ».")

    @staticmethod
    def _row(row) -> SavedTemplate:
        return SavedTemplate(row.id, row.name, row.text, row.kind, row.updated_at)
