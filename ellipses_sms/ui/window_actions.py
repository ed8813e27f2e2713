"""The main window's actions, menus and toolbar: one place that lists what a clerk can do,
with its shortcut and tip, in the old tool's words (« Ouvrir une liste… », « Historique »).

Each action calls a method of the window or of one of its panels; nothing is decided here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ellipses_sms.ui.icons import icon


def make_action(
    window: QMainWindow,
    text: str,
    tip: str,
    action_icon: QIcon | None,
    slot: Callable,
    shortcuts: tuple[QKeySequence | str | QKeySequence.StandardKey, ...] = (),
) -> QAction:
    """An action of the window: its tip shows its shortcut, the status bar its tip."""
    action = QAction(text, window)
    if action_icon is not None:
        action.setIcon(action_icon)
    keys = [QKeySequence(k) for k in shortcuts]
    if keys:
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


class WindowActions(QObject):
    """Builds the window's `act_*` actions, its menus and its toolbar (translated under the
    « WindowActions » context)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.build_actions(window)

    def build_actions(self, window) -> None:
        """Every `act_*` of the window (the menus, the toolbar and the buttons share them)."""
        SK = QKeySequence.StandardKey

        def act(name, text, tip, theme, slot, *keys):
            ic = icon(theme) if theme else None
            setattr(window, name, make_action(window, text, tip, ic, slot, keys))

        act(
            "act_open",
            self.tr("Ouvrir une liste…"),
            self.tr("Ouvrir une liste de diffusion (CSV ou Excel) et l'ajouter aux destinataires"),
            "document-open",
            window.open_list,
            SK.Open,
        )
        act(
            "act_save",
            self.tr("Enregistrer la liste…"),
            self.tr("Enregistrer les destinataires comme liste de diffusion"),
            "document-save",
            window.save_list,
            SK.Save,
        )
        act(
            "act_send",
            self.tr("Envoyer"),
            self.tr("Envoyer le message aux destinataires"),
            "mail-send",
            window.send,
            "Ctrl+Return",
            "Ctrl+Enter",
        )
        act(
            "act_history",
            self.tr("Historique"),
            self.tr("Accéder à l'historique des messages envoyés"),
            "document-open-recent",
            window.show_history,
            "Ctrl+H",
        )
        act(
            "act_add",
            self.tr("Ajouter le contact"),
            self.tr("Ajouter le contact à la liste des destinataires (Entrée)"),
            "list-add",
            window.add_contact,
        )
        act(
            "act_import",
            self.tr("Importer depuis la base librairie…"),
            self.tr("Récupérer les destinataires depuis la base de la librairie (outil d'import)"),
            "document-import",
            window.import_recipients,
            "Ctrl+I",
        )
        act(
            "act_settings",
            self.tr("Paramètres…"),
            self.tr("Fournisseurs SMS, expéditeur, langue"),
            "preferences-system",
            window.show_settings,
            "Ctrl+,",
            SK.Preferences,
        )
        act(
            "act_consumption",
            self.tr("Consommation…"),
            self.tr("Nombre de SMS envoyés par mois"),
            "x-office-spreadsheet",
            window.show_consumption,
            "Ctrl+U",
        )
        act(
            "act_quit",
            self.tr("Quitter"),
            self.tr("Fermer Ellipses SMS"),
            None,
            window.close,
            SK.Quit,
        )
        act(
            "act_remove",
            self.tr("Retirer les destinataires sélectionnés"),
            self.tr("Retirer de la liste les lignes sélectionnées"),
            "list-remove",
            window.remove_selected,
        )
        act(
            "act_templates",
            self.tr("Modèles de message…"),
            self.tr("Écrire, modifier et reprendre les modèles de message"),
            None,
            window.show_templates,
            "Ctrl+M",
        )
        act(
            "act_undo_remove",
            self.tr("Remettre les destinataires retirés"),
            self.tr("Annuler le dernier retrait de destinataires (Ctrl+Z dans la table)"),
            "edit-undo",
            window.undo_remove,
        )
        window.act_undo_remove.setEnabled(False)
        act(
            "act_send_later",
            self.tr("Envoyer plus tard…"),
            self.tr("Programmer l'envoi à une date et une heure"),
            "appointment-new",
            window.send_later,
        )
        act(
            "act_scheduled",
            self.tr("Envois programmés…"),
            self.tr("Ce qui attend son heure : annuler, envoyer maintenant"),
            "x-office-calendar",
            window.show_scheduled,
        )
        act(
            "act_resume_cancelled",
            self.tr("Reprendre l'envoi annulé"),
            self.tr("Envoyer ce que l'annulation a arrêté (rien n'est envoyé deux fois)"),
            "view-refresh",
            window.resume_cancelled,
        )
        window.act_resume_cancelled.setEnabled(False)
        act(
            "act_clear",
            self.tr("Tout effacer"),
            self.tr("Vider la liste des destinataires"),
            "edit-clear",
            window.clear_all,
        )

    def build_menus(self, window) -> None:
        """Fichier, Envoi, Suivi, Outils, and the toolbar of the old tool's six buttons."""
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addAction(window.act_open)
        window.recent_menu = QMenu(self.tr("Listes récentes"), window)
        file_menu.addMenu(window.recent_menu)
        file_menu.addAction(window.act_save)
        file_menu.addSeparator()
        file_menu.addAction(window.act_import)
        file_menu.addSeparator()
        file_menu.addAction(window.act_quit)
        send_menu = bar.addMenu(self.tr("&Envoi"))
        for action in (window.act_add, window.act_remove, window.act_clear, window.act_undo_remove):
            send_menu.addAction(action)
        send_menu.addSeparator()
        send_menu.addAction(window.act_templates)
        send_menu.addSeparator()
        for action in (window.act_send, window.act_send_later, window.act_resume_cancelled):
            send_menu.addAction(action)
        follow = bar.addMenu(self.tr("&Suivi"))
        for action in (window.act_history, window.act_consumption, window.act_scheduled):
            follow.addAction(action)
        from ellipses_sms.ui.marketing import MarketingTools
        from ellipses_sms.ui.notice_actions import add_notice_actions

        add_notice_actions(window, follow)  # reception notices
        tools = bar.addMenu(self.tr("&Outils"))
        tools.addAction(window.act_settings)
        window.marketing_tools = MarketingTools(window, tools, window.services)

        toolbar = QToolBar(self.tr("Actions"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for action in (
            window.act_open,
            window.act_save,
            window.act_send,
            window.act_history,
            window.act_add,
            window.act_import,
        ):
            toolbar.addAction(action)
        window.addToolBar(toolbar)
        window.toolbar = toolbar
