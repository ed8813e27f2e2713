"""The « Modèles » menu beside the message: pick a saved template, insert a field, manage them.

Why: a clerk should not retype « Votre commande est arrivée » nor remember how a field is
spelt. The templates are read from the store off the GUI thread: the menu shows the last list
read (read again each time it opens, and after the « Modèles » dialog closes), never waits.
They are first read when the menu first opens. The fields offered are the table's columns
(`templates.known_fields`) and the built-ins.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from ellipses_sms.lazy import lazy_module
from ellipses_sms.recipients import Recipient
from ellipses_sms.states import SendKind
from ellipses_sms.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ellipses_sms.template_store import SavedTemplate, TemplateStore

templates = lazy_module("ellipses_sms.templates", globals())  # when the menu first opens

#: The table's rows looked at for field names (a list's rows share their columns).
FIELD_SAMPLE = 2000


class TemplateMenu(QMenu):
    """Saved templates, then « Insérer un champ », then « Gérer les modèles… »."""

    templateChosen = Signal(object)  # SavedTemplate
    fieldChosen = Signal(str)  # "{prenom}"
    manageRequested = Signal()

    def __init__(
        self,
        store: TemplateStore,
        recipients: Callable[[], list[Recipient]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Modèles"))
        self.setObjectName("templateMenu")
        self.store = store
        self._recipients = recipients
        self._templates: list[SavedTemplate] = []
        self._loaded = False
        self._tasks = TaskRunner(self, workers=1)
        self.fields_menu = QMenu(self.tr("Insérer un &champ"), self)
        self.fields_menu.setObjectName("fieldMenu")
        self.aboutToShow.connect(self._fill)
        # read when the menu first opens, not while the window is built: the store opens after
        # the window shows (`app.OpeningServices`)

    def refresh(self) -> None:
        """Read the templates again, off the GUI thread."""
        self._tasks.run(self.store.list, self._arrived, lambda exc: None)

    def _arrived(self, found: list[SavedTemplate]) -> None:
        changed = not self._loaded or found != self._templates
        self._templates = found
        self._loaded = True
        if changed and self.isVisible():
            self._fill(again=False)

    def templates(self) -> list[SavedTemplate]:
        return list(self._templates)

    def _fill(self, again: bool = True) -> None:
        self.clear()
        if not self._loaded:
            self.addAction(self.tr("(lecture des modèles…)")).setEnabled(False)
        elif not self._templates:
            self.addAction(self.tr("(aucun modèle)")).setEnabled(False)
        for t in self._templates:
            label = t.name
            if t.kind == SendKind.MARKETING:
                label = self.tr("%1 (publicité)").replace("%1", t.name)
            action = self.addAction(label.replace("&", "&&"))
            action.setToolTip(t.text)
            action.triggered.connect(lambda _=False, t=t: self.templateChosen.emit(t))
        self.addSeparator()
        fields = self.fields_menu
        fields.clear()
        self.addMenu(fields)
        people = self._recipients()[:FIELD_SAMPLE]
        for key in templates.known_fields(people):
            placeholder = "{" + key + "}"
            action = fields.addAction(placeholder)
            action.triggered.connect(lambda _=False, p=placeholder: self.fieldChosen.emit(p))
        self.addSeparator()
        manage = self.addAction(self.tr("&Gérer les modèles…"))
        manage.setObjectName("manageTemplates")
        manage.triggered.connect(self.manageRequested.emit)
        if again:  # another workstation may have changed them: shown as soon as read
            self.refresh()

    def close_tasks(self) -> None:
        self._tasks.close()
