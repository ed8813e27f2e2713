"""Qt translations: French is the source language, other languages load compiled `.qm` files.

Every area of the interface keeps its own `resources/translations/<area>_<lang>.ts` (compiled to
`.qm` by `setup.sh`); all of them are installed together, plus Qt's own `qtbase_<lang>.qm` so that
standard buttons (« Oui », « Annuler ») speak the same language as the rest.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

#: Where the `.ts` sources and the compiled `.qm` files live (next to the package, in the repo).
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
SUPPORTED = ("fr", "en")


def resolve_language(setting: str | None) -> str:
    """The language to show: the setting (« fr », « en »), or the system's when it is empty.

    A system language we have no translation for falls back to French, the source language.
    """
    lang = (setting or "").strip().lower()[:2]
    if not lang:
        lang = QLocale.system().name()[:2].lower()
    return lang if lang in SUPPORTED else "fr"


def install_translations(
    app: QCoreApplication, language: str, directory: Path | None = None
) -> list[QTranslator]:
    """Install every `*_<language>.qm` of the project and Qt's own; returns the translators.

    The translators are parented to the application so they live as long as it does. French
    needs no project translator (it is the source), only Qt's strings.
    """
    directory = directory or TRANSLATIONS_DIR
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "fr" and directory.is_dir():
        for qm in sorted(directory.glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                log.warning("translation file %s could not be loaded", qm)
    return installed


def service_text(text: str) -> str:
    """A sentence made by the services (always French) in the interface's language.

    The services know no Qt; their fixed sentences (a number's refusal, ...) are translated
    here, under the « Services » context of `services_<lang>.ts`. A sentence without a
    translation is shown as it is, in French.
    """
    return QCoreApplication.translate("Services", text)
