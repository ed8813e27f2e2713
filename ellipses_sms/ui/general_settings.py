"""Paramètres › « Général »: the language, the country of numbers typed without +, the bookstore's
name for {librairie}, the default sender, the number for « M'envoyer un test », the price.

The country is chosen by its name (« Belgique »), kept as the ISO code phonenumbers knows
(`BE`); which codes are valid is `phone.is_valid_region`'s rule, the sender's is
`providers.check_sender`'s, the test number's is `phone.parse`'s.
"""

from __future__ import annotations

import unicodedata

import phonenumbers
from phonenumbers.geodata.locale import LOCALE_DATA
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QWidget

from ellipses_sms import phone, providers
from ellipses_sms.ui.i18n import service_text
from ellipses_sms.ui.reason_text import reason_text
from ellipses_sms.ui.settings_widgets import compact, problem_label

LANGUAGES = (("", "Système"), ("fr", "Français"), ("en", "English"))

#: Shown first: where French bookstores' customers are, France's overseas included.
FIRST_REGIONS = (
    "FR",
    "BE",
    "CH",
    "MC",
    "LU",
    "CA",
    "GP",
    "MQ",
    "GF",
    "RE",
    "YT",
    "PM",
    "BL",
    "MF",
    "NC",
    "PF",
    "WF",
)
#: Regions phonenumbers has no name for, and one it writes without its accent.
_NAMES = {
    "fr": {
        "BL": "Saint-Barthélemy",
        "MF": "Saint-Martin",
        "EH": "Sahara occidental",
        "XK": "Kosovo",
        "AC": "Île de l'Ascension",
        "TA": "Tristan da Cunha",
        "US": "États-Unis",
    },
    "en": {
        "BL": "Saint Barthélemy",
        "MF": "Saint Martin",
        "EH": "Western Sahara",
        "XK": "Kosovo",
        "AC": "Ascension Island",
        "TA": "Tristan da Cunha",
    },
}


def region_name(code: str, language: str = "fr") -> str:
    """A region's name in the interface's language (« Belgique »), or its code when unknown."""
    known = _NAMES.get(language, {}).get(code)
    if known:
        return known
    # phonenumbers' own names (what its geocoder says); « *xx » stands for language xx's name
    names = LOCALE_DATA.get(code, {})
    name = names.get(language, "")
    while name.startswith("*"):
        name = names.get(name[1:], "")
    return name or code


def regions(language: str = "fr") -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(name, code) of every valid region: the usual ones, and the others by name."""

    def folded(text: str) -> str:
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()

    first = [(region_name(c, language), c) for c in FIRST_REGIONS if phone.is_valid_region(c)]
    rest = sorted(
        (
            (region_name(c, language), c)
            for c in phonenumbers.SUPPORTED_REGIONS
            if c not in FIRST_REGIONS and phone.is_valid_region(c)
        ),
        key=lambda pair: folded(pair[0]),
    )
    return first, rest


class GeneralSettings(QWidget):
    """The « Général » tab; `save()` sets the values (the dialog writes the file)."""

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout(self)
        self.language_combo = QComboBox()
        for code, label in LANGUAGES:
            self.language_combo.addItem(self.tr("Système") if code == "" else label, code)
        current = settings.get("language") or ""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        form.addRow(self.tr("Langue de l'interface :"), self.language_combo)
        form.addRow("", QLabel(self.tr("La nouvelle langue s'applique au prochain démarrage.")))

        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region")
        language = QLocale().name()[:2]
        first, rest = regions(language if language in _NAMES else "fr")
        for name, code in first:
            self.region_combo.addItem(name, code)
        self.region_combo.insertSeparator(self.region_combo.count())
        for name, code in rest:
            self.region_combo.addItem(name, code)
        self.region_combo.setToolTip(
            self.tr(
                "Le pays d'un numéro saisi sans indicatif (06 12 34 56 78 en France, "
                "0470 12 34 56 en Belgique). Un numéro écrit avec + et l'indicatif est lu tel "
                "quel, quel que soit ce choix."
            )
        )
        self.region_note = problem_label()
        stored = str(settings.get("region") or "")
        index = self.region_combo.findData(stored) if phone.is_valid_region(stored) else -1
        if index < 0:  # a code phonenumbers does not know: said, and France proposed
            index = self.region_combo.findData("FR")
            self.region_note.setText(
                self.tr("Le pays enregistré (« %1 ») est inconnu : France est proposé.").replace(
                    "%1", stored
                )
            )
        self.region_combo.setCurrentIndex(index)
        form.addRow(self.tr("Pays des numéros sans indicatif :"), self.region_combo)
        form.addRow(self.region_note)
        self.region_combo.currentIndexChanged.connect(self._region_changed)

        self.bookstore_name = QLineEdit(settings.get("librairie") or "")
        self.bookstore_name.setPlaceholderText(self.tr("ex. Librairie du Marché"))
        self.bookstore_name.setToolTip(
            self.tr("Écrit à la place de {librairie} dans les messages.")
        )
        form.addRow(self.tr("Nom de la librairie :"), self.bookstore_name)
        self.sender_default = QLineEdit(settings.get("sender") or "")
        self.sender_default.setPlaceholderText(self.tr("vide : celui du fournisseur"))
        self.sender_default.setToolTip(
            self.tr(
                "Le nom qui s'affiche à la place d'un numéro sur le téléphone du client : "
                "jusqu'à 11 lettres sans accent et chiffres."
            )
        )
        self.sender_default_check = problem_label()
        self.sender_default.textChanged.connect(self._check_default_sender)
        form.addRow(self.tr("Nom d'expéditeur par défaut :"), self.sender_default)
        form.addRow(self.sender_default_check)
        self.test_number = QLineEdit(settings.get("test_number") or "")
        self.test_number.setObjectName("testNumber")
        self.test_number.setPlaceholderText(self.tr("ex. 06 12 34 56 78"))
        self.test_number.setToolTip(
            self.tr(
                "Votre portable : « M'envoyer un test » y envoie un exemple réel du message "
                "avant l'envoi à tous."
            )
        )
        self.test_number_check = problem_label()
        self.test_number.textChanged.connect(self._check_test_number)
        form.addRow(self.tr("Numéro pour les tests :"), self.test_number)
        form.addRow(self.test_number_check)
        self.price_spin = QDoubleSpinBox()
        self.price_spin.setDecimals(3)
        self.price_spin.setRange(0.0, 5.0)
        self.price_spin.setSingleStep(0.005)
        self.price_spin.setSuffix(" €")
        self.price_spin.setValue(float(settings.get("price_per_part")))
        self.price_spin.setToolTip(
            self.tr(
                "Le prix que votre fournisseur facture pour un SMS de 160 caractères : sert à "
                "estimer le coût d'un envoi avant de le confirmer."
            )
        )
        form.addRow(self.tr("Prix estimé d'un SMS (par partie) :"), compact(self.price_spin))
        self._check_default_sender(self.sender_default.text())

    def region(self) -> str:
        return str(self.region_combo.currentData() or "FR")

    def _region_changed(self) -> None:
        self.region_note.clear()
        self._check_test_number(self.test_number.text())

    def _check_default_sender(self, text: str) -> None:
        problem = providers.check_sender(text)
        said = reason_text(problem) if problem else ""  # in the window's language
        self.sender_default_check.setText("⚠ " + said[0].upper() + said[1:] + "." if said else "")

    def _test_number_problem(self, text: str) -> str | None:
        if not text.strip():
            return None
        parsed = phone.parse(text, self.region())
        if parsed.valid:
            return None
        return service_text(parsed.message) if parsed.message else self.tr("Numéro invalide.")

    def _check_test_number(self, text: str) -> None:
        problem = self._test_number_problem(text)
        self.test_number_check.setText("⚠ " + problem if problem else "")

    def save(self) -> QWidget | None:
        """Set the values; the field to fix instead (its line says why) when one is refused."""
        if providers.check_sender(self.sender_default.text()):
            self._check_default_sender(self.sender_default.text())
            return self.sender_default
        if not phone.is_valid_region(self.region()):
            return self.region_combo
        if self._test_number_problem(self.test_number.text()):
            self._check_test_number(self.test_number.text())
            return self.test_number
        self.settings.set("language", self.language_combo.currentData())
        self.settings.set("region", self.region())
        self.settings.set("price_per_part", round(self.price_spin.value(), 4))
        self.settings.set("sender", self.sender_default.text().strip())
        self.settings.set("librairie", self.bookstore_name.text().strip())
        self.settings.set("test_number", self.test_number.text().strip())
        return None
