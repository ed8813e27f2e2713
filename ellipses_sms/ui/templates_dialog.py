"""« Modèles »: the saved message templates, shared by every workstation of the bookstore.

Why: a bookstore sends the same few messages over and over (« Commande arrivée », « Nouveautés »).
The clerk writes them once, with their fields ({prenom}, {titres|vos livres}), sees the counter
as they type, and picks one from the main window instead of retyping it. The templates live in
the message store (`template_store.TemplateStore`), so the back-office PC sees what the counter
PC saved; every read and write runs off the GUI thread (the store may be a server).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ellipses_sms.states import SEND_KINDS, SendKind
from ellipses_sms.template_store import SavedTemplate, TemplateStore
from ellipses_sms.ui.i18n import kind_label
from ellipses_sms.ui.message_editor import MessageEditor
from ellipses_sms.ui.tasks import TaskRunner


class TemplatesDialog(QDialog):
    """List, create, edit, duplicate and delete templates; « Utiliser » puts one in the message."""

    def __init__(
        self,
        store: TemplateStore,
        *,
        use: Callable[[SavedTemplate], None] | None = None,
        select: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modèles de message"))
        self.setObjectName("templatesDialog")
        self.store = store
        self._use = use
        self._tasks = TaskRunner(self, workers=1)
        self._templates: list[SavedTemplate] = []
        self._current: SavedTemplate | None = None  # None: a new template being written
        self._loading = False
        self._dirty = False
        self._want = select

        self.listing = QListWidget(self)
        self.listing.setObjectName("templateList")
        self.listing.setAccessibleName(self.tr("Modèles"))
        self.listing.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("&Nouveau"), self)
        self.new_button.setObjectName("newTemplate")
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button = QPushButton(self.tr("&Dupliquer"), self)
        self.duplicate_button.setObjectName("duplicateTemplate")
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("S&upprimer"), self)
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.clicked.connect(self.delete)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.listing, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.duplicate_button)
        row.addWidget(self.delete_button)
        lv.addLayout(row)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("templateName")
        self.name_edit.setMaxLength(80)
        self.name_edit.textEdited.connect(self._touched)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("templateKind")
        for kind in SEND_KINDS:
            self.kind_combo.addItem(kind_label(kind), str(kind))
        self.kind_combo.activated.connect(self._touched)
        self.editor = MessageEditor(self)
        self.editor.edit.setPlaceholderText(
            self.tr("ex. Bonjour {prenom|}, votre livre {titre_ouvrage|} est arrivé.")
        )
        self.editor.total.setVisible(False)  # no recipients here: the per-message count only
        self.editor.textChanged.connect(self._touched)
        self.error = QLabel(self)
        self.error.setObjectName("templateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        help_text = QLabel(
            self.tr(
                "Champs : {prenom}, {nom}, {titre_ouvrage}… (les colonnes de la liste), "
                "{librairie}, {date}. {prenom|cher client} écrit « cher client » quand la "
                "valeur manque."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555;")
        self.save_button = QPushButton(self.tr("&Enregistrer"), self)
        self.save_button.setObjectName("saveTemplate")
        self.save_button.clicked.connect(lambda: self.save())
        self.save_button.setDefault(True)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            button.setAutoDefault(False)
        self.use_button = QPushButton(self.tr("&Utiliser dans le message"), self)
        self.use_button.setObjectName("useTemplate")
        self.use_button.setVisible(use is not None)
        self.use_button.clicked.connect(self.use_current)
        right = QWidget(self)
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        name_label = QLabel(self.tr("N&om :"), right)
        name_label.setBuddy(self.name_edit)
        kind_caption = QLabel(self.tr("&Type :"), right)
        kind_caption.setBuddy(self.kind_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(kind_caption, self.kind_combo)
        form.addRow(self.editor)
        form.addRow(help_text)
        form.addRow(self.error)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.use_button)
        form.addRow(actions)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 480])
        close = QDialogButtonBox(self)
        close.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(760, 460)
        self._set_form_enabled(False)
        self.reload()

    # -- loading ------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the templates again (off the GUI thread), then select `select` if given."""
        if select is not None:
            self._want = select
        self._tasks.run(self.store.list, self._loaded, self._failed)

    def _loaded(self, found: list[SavedTemplate]) -> None:
        self._templates = found
        want = self._want or (self._current.name if self._current else None)
        self._want = None
        self._loading = True
        try:
            self.listing.clear()
            chosen = None
            for t in found:
                label = t.name
                if t.kind == SendKind.MARKETING:
                    label = self.tr("%1 (publicité)").replace("%1", t.name)
                item = QListWidgetItem(label, self.listing)
                item.setData(Qt.ItemDataRole.UserRole, t.name)
                if want is not None and t.name.casefold() == want.casefold():
                    chosen = item
        finally:
            self._loading = False
        if chosen is None and self.listing.count():
            chosen = self.listing.item(0)
        if chosen is not None:
            self.listing.setCurrentItem(chosen)
            self._show(self._by_name(chosen.data(Qt.ItemDataRole.UserRole)))
        else:
            self.new_template()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))

    def _by_name(self, name: str) -> SavedTemplate | None:
        return next((t for t in self._templates if t.name == name), None)

    # -- the form -----------------------------------------------------------------------

    def _set_form_enabled(self, enabled: bool) -> None:
        for w in (self.name_edit, self.kind_combo, self.editor, self.save_button, self.use_button):
            w.setEnabled(enabled)
        has_current = enabled and self._current is not None
        self.duplicate_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def _show(self, t: SavedTemplate | None) -> None:
        self._current = t
        self._loading = True
        try:
            self.name_edit.setText(t.name if t else self.tr("Nouveau modèle"))
            self.kind_combo.setCurrentIndex(
                max(0, self.kind_combo.findData(t.kind if t else "notification"))
            )
            self.editor.set_text(t.text if t else "")
        finally:
            self._loading = False
        self._dirty = False
        self.error.clear()
        self._set_form_enabled(True)

    def _touched(self, *_: Any) -> None:
        if not self._loading:
            self._dirty = True

    def _on_current_changed(self, item: QListWidgetItem | None, previous) -> None:
        if self._loading or item is None:
            return
        target = item.data(Qt.ItemDataRole.UserRole)
        answer = self._settle()
        if answer == "cancel":
            self._loading = True
            try:
                self.listing.setCurrentItem(previous)
            finally:
                self._loading = False
            return
        if answer == "save":
            self.save(then_select=target)  # shown once saved and read again
            return
        self._show(self._by_name(target))

    def _settle(self) -> str:
        """Unsaved changes: « save », « discard » them, or « cancel » (stay); « none »."""
        if not self._dirty:
            return "none"
        answer = QMessageBox.question(
            self,
            self.tr("Modèles de message"),
            self.tr("Enregistrer les modifications de « %1 » ?").replace(
                "%1", self.name_edit.text().strip() or self.tr("Nouveau modèle")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return "cancel"
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        self._dirty = False
        return "discard"

    # -- actions ------------------------------------------------------------------------

    def new_template(self) -> None:
        answer = self._settle()
        if answer == "cancel":
            return
        if answer == "save":
            self.save()
            return
        self._loading = True
        try:
            self.listing.setCurrentItem(None)
        finally:
            self._loading = False
        self._show(None)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def save(self, then_select: str | None = None) -> None:
        """Add or change the template; a taken name or a malformed text is said here."""
        name = self.name_edit.text().strip()
        text = self.editor.text()
        kind = str(self.kind_combo.currentData())
        current = self._current
        if current is None:

            def work():
                return self.store.add(name, text, kind)

        else:

            def work():
                return self.store.edit(
                    current.name,
                    text=text,
                    kind=kind,
                    new_name=name if name != current.name else None,
                )

        self.save_button.setEnabled(False)
        self._tasks.run(work, lambda t: self._saved(t, then_select), self._save_failed)

    def _saved(self, t: SavedTemplate, then_select: str | None = None) -> None:
        self._dirty = False
        self.save_button.setEnabled(True)
        self.error.clear()
        self._current = t
        self.reload(select=then_select or t.name)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(str(exc))

    def duplicate(self) -> None:
        if self._current is None:
            return
        answer = self._settle()
        if answer == "cancel":
            return
        if answer == "save":
            self.save()
            return
        name = self._current.name
        self._tasks.run(
            lambda: self.store.duplicate(name),
            lambda t: self.reload(select=t.name),
            self._failed,
        )

    def delete(self) -> None:
        if self._current is None:
            return
        name = self._current.name
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le modèle"),
            self.tr(
                "Supprimer le modèle « %1 » pour tous les postes ? Les messages déjà envoyés "
                "gardent leur texte."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._current = None
        self._dirty = False
        self._tasks.run(lambda: self.store.remove(name), lambda _: self.reload(), self._failed)

    def use_current(self) -> None:
        """Put the template (as typed, saved or not) into the main window's message."""
        if self._use is None:
            return
        text = self.editor.text()
        if not text.strip():
            self.error.setText(self.tr("Le texte du modèle est vide."))
            return
        from ellipses_sms import templates

        try:
            templates.parse(text)
        except templates.TemplateSyntaxError as exc:
            self.error.setText(str(exc))
            return
        name = self.name_edit.text().strip()
        kind = str(self.kind_combo.currentData())
        base = self._current
        chosen = SavedTemplate(
            base.id if base else 0, name, text, kind, base.updated_at if base else None
        )  # type: ignore[arg-type]
        self._use(chosen)
        self.accept()

    def busy(self) -> bool:
        return self._tasks.busy()

    def done(self, result: int) -> None:
        self._tasks.close()
        super().done(result)
