"""Paramètres: the dialog that gathers the settings tabs, one module each.

- « Fournisseurs SMS » (`provider_settings`): providers, their test, where passwords are kept;
- « Général » (`general_settings`): language, country of the numbers, names, test number, price;
- « Envois » (`sending_settings`): tries when the provider does not answer, backup provider,
  delivery checks;
- « Base librairie » (`bookstore_settings`): the demo, a file or a server, with « Tester »;
- « Base des messages » (`store_settings`), « Avis de réception » (`notices_settings`),
  « Publicité » (`marketing_settings`).

« Enregistrer » asks each tab to set its values (a tab that refuses one is shown, with why),
then writes the file once through `Settings.save`, which merges with what other processes
wrote meanwhile. Providers are saved by their own button, at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from ellipses_sms.ui.bookstore_settings import BookstoreSettings
from ellipses_sms.ui.general_settings import GeneralSettings
from ellipses_sms.ui.marketing_settings import MarketingSettings
from ellipses_sms.ui.notices_settings import NoticeSettings
from ellipses_sms.ui.provider_settings import ProviderSettings
from ellipses_sms.ui.report_dialog import fit_to_screen
from ellipses_sms.ui.sending_settings import SendingSettings
from ellipses_sms.ui.store_settings import StoreSettings


class SettingsDialog(QDialog):
    """The settings window; each tab is its own widget (`dialog.general_tab`, ...)."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.settings = services.settings
        self.setWindowTitle(self.tr("Paramètres"))
        fit_to_screen(self, 1040, 680)

        self.providers_tab = ProviderSettings(services)
        self.general_tab = GeneralSettings(self.settings)
        self.sending_tab = SendingSettings(self.settings)
        self.bookstore_tab = BookstoreSettings(self.settings)
        self.store_tab = StoreSettings(self.settings)
        self.notices_tab = NoticeSettings(self.settings)
        self.marketing_tab = MarketingSettings(self.settings)
        self.tabs = QTabWidget()
        for tab, title in (
            (self.providers_tab, self.tr("Fournisseurs SMS")),
            (self.general_tab, self.tr("Général")),
            (self.sending_tab, self.tr("Envois")),
            (self.bookstore_tab, self.tr("Base librairie")),
            (self.store_tab, self.tr("Base des messages")),
            (self.notices_tab, self.tr("Avis de réception")),
            (self.marketing_tab, self.tr("Publicité")),
        ):
            self.tabs.addTab(tab, title)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Keep every tab's values (the providers are saved by their own button)."""
        for tab in (
            self.general_tab,
            self.sending_tab,
            self.bookstore_tab,
            self.store_tab,
            self.notices_tab,
            self.marketing_tab,
        ):
            problem = tab.save()  # None, or what to fix: a French sentence or the field
            if problem is None:
                continue
            self.tabs.setCurrentWidget(tab)
            if isinstance(problem, QWidget):
                problem.setFocus()
            elif tab is self.store_tab:
                self.store_tab.result.setText(problem)
            return
        self.settings.save()
        super().accept()

    def done(self, result: int) -> None:
        self.providers_tab.close_executor()
        self.store_tab.close_executor()
        self.bookstore_tab.close_executor()
        super().done(result)
