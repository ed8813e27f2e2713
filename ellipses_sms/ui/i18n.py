"""Qt translations: French is the source language, other languages load compiled `.qm` files.

Every area of the interface keeps its own `resources/translations/<area>_<lang>.ts`, compiled to
`ellipses_sms/ui/assets/<area>_<lang>.qm` (committed, and made again by `setup.sh`): the `.qm`
files travel inside the package, so English appears with every way of installing it (`pip
install .`, pipx, uv, the Windows installer). All of them are installed together, plus Qt's own
`qtbase_<lang>.qm` so that standard buttons (« Oui », « Annuler ») speak the same language.

Qt's own file is not enough for French: the `qtbase_fr.qm` PySide6 ships predates Qt 6's
« &Look in: » / « Files of &type: » labels and its file types (« Folder », « Drive »), so the
open and save dialogs stayed half English. `qtfixes_fr.ts` gives those few texts, in Qt's
contexts; being installed after Qt's file, it is also looked up first.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ellipses_sms.states import LABELS, MessageState
from ellipses_sms.ui import assets

log = logging.getLogger(__name__)

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

    The translators are parented to the application so they live as long as it does. French is
    the source; its few `*_fr.qm` only give the plural forms of counted sentences (Qt's `%n`).
    """
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    elif language != "en":  # English is Qt's own source language
        log.warning("Qt's qtbase_%s.qm not found in %s", language, qt_dir)
    ours = 0
    with contextlib.ExitStack() as stack:
        if directory is None:  # a real folder even if the package is zipped
            directory = stack.enter_context(assets.folder())
        for qm in sorted(Path(directory).glob(f"*_{language}.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):  # read whole here: the folder may be temporary
                app.installTranslator(translator)
                installed.append(translator)
                ours += 1
            else:
                log.warning("translation file %s could not be loaded", qm)
    if not ours:
        log.warning("no %s translation found in %s", language, directory)
    return installed


def service_text(text: str) -> str:
    """A sentence made by the services (always French) in the interface's language.

    The services know no Qt; their fixed sentences (a number's refusal, ...) are translated
    here, under the « Services » context of `services_<lang>.ts`. A sentence without a
    translation is shown as it is, in French.
    """
    return QCoreApplication.translate("Services", text)


def kind_label(kind: str) -> str:
    """What a send kind is called everywhere in the window: « Information client » or
    « Publicité » (the kinds themselves are `states.SendKind`)."""
    if str(kind) == "marketing":
        return QCoreApplication.translate("Kinds", "Publicité")
    return QCoreApplication.translate("Kinds", "Information client")


def state_labels() -> dict[MessageState, str]:
    """Each message state's label in the interface's language, for the « Statut » columns of
    the recipient table and the history alike: the French is `states.LABELS`', the English is
    `services_en.ts`' « States » context."""
    return {state: QCoreApplication.translate("States", text) for state, text in LABELS.items()}
