"""Install the translators for the chosen language: our catalogue plus Qt's own.

Widget texts are English source strings wrapped in ``tr()``; the Chinese comes from
``resources/translations/dutymatrix_zh_CN.qm``. Qt's ``qtbase_zh_CN.qm`` makes the standard
buttons read 确定/取消. Error sentences come from ``desktop_app.messages`` instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.messages import DEFAULT_LANGUAGE, LANGUAGES
from desktop_app.paths import resources_dir

# Marks the translators we installed so a later call can take them out again.
_TRANSLATOR_NAME = "dutymatrix-translator"


def translations_dir() -> Path:
    """The folder holding our compiled ``.qm`` catalogues."""
    return resources_dir() / "translations"


def normalise_language(language: str | None) -> str | None:
    """A known language code (``zh_CN``, ``en``) for ``language``, or None if unknown."""
    if not language:
        return None
    cleaned = language.strip().replace("-", "_")
    for known in LANGUAGES:
        if cleaned.lower() == known.lower():
            return known
    if cleaned.lower().startswith("zh"):
        return "zh_CN"
    if cleaned.lower().startswith("en"):
        return "en"
    return None


def choose_language(requested: str | None, saved: object = None) -> str:
    """The argument if known, else the saved setting if known, else Chinese."""
    saved_text = saved if isinstance(saved, str) else None
    return normalise_language(requested) or normalise_language(saved_text) or DEFAULT_LANGUAGE


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators an earlier ``install_translators`` call put in."""
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _load(app: QCoreApplication, name: str, folders: list[Path]) -> bool:
    for folder in folders:
        if not (folder / f"{name}.qm").is_file():
            continue
        translator = QTranslator(app)  # owned by the application, so it lives as long
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            return True
        translator.setParent(None)
        translator.deleteLater()
    return False


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Switch the application to ``language``; return the catalogues that were loaded.

    English is the source language, so it needs no catalogue. Earlier translators are
    removed first, which lets tests switch languages within one application.
    """
    remove_translators(app)
    QLocale.setDefault(QLocale("en_US" if language == "en" else language))
    if language == "en":
        return []
    ours = translations_dir()
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    loaded = []
    for name, folders in (
        (f"dutymatrix_{language}", [ours]),
        (f"qtbase_{language}", [qt_own, ours]),
    ):
        if _load(app, name, folders):
            loaded.append(name)
    return loaded
