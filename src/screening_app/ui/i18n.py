"""The UI language: Qt translators loaded from the compiled ``trygstart_<lang>.qm`` files.

Source strings in the code are English; ``trygstart_da.ts`` and ``trygstart_en.ts`` hold every
string in Danish and English (``make lupdate`` refreshes them, the build compiles them to
``.qm``). Danish is the default. Switching the language installs another translator, and Qt
sends every widget a ``LanguageChange`` event, on which the screens set their texts again.

``Words`` translates a fixed set of words into a *given* language rather than the UI language:
the questionnaire speaks the person's language in self-complete mode.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

UI_LANGUAGES = ("da", "en")
DEFAULT_UI_LANGUAGE = "da"
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated


def qm_path(directory: Path, lang: str) -> Path:
    return directory / f"trygstart_{lang}.qm"


def load_translator(directory: Path, lang: str) -> QTranslator | None:
    """The translator for ``lang``, or None when its compiled file is missing."""
    translator = QTranslator()
    if translator.load(str(qm_path(directory, lang))):
        return translator
    return None


class UiLanguage(QObject):
    """The language the clinician reads the application in."""

    changed = Signal(str)

    def __init__(
        self,
        app: QCoreApplication,
        directory: Path,
        lang: str = DEFAULT_UI_LANGUAGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._directory = directory
        self._translators: dict[str, QTranslator | None] = {}
        self._installed: QTranslator | None = None
        self._code = ""
        self.set_language(lang)

    @property
    def code(self) -> str:
        return self._code

    def translator(self, lang: str) -> QTranslator | None:
        if lang not in self._translators:
            self._translators[lang] = load_translator(self._directory, lang)
        return self._translators[lang]

    def set_language(self, lang: str) -> None:
        if lang not in UI_LANGUAGES:
            raise ValueError(f"no UI language '{lang}' (there is {', '.join(UI_LANGUAGES)})")
        if lang == self._code:
            return
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
        self._installed = self.translator(lang)
        if self._installed is not None:
            self._app.installTranslator(self._installed)
        self._code = lang
        # Qt posts the LanguageChange event; deliver it now, so every screen has its new
        # texts when this returns.
        # (The application passes it on to each window as a posted event too.)
        QCoreApplication.sendPostedEvents(self._app, QEvent.Type.LanguageChange)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(
            QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English)
        )
        self.changed.emit(lang)

    def uninstall(self) -> None:
        """Take our translator off the application (a shell that is disposed of; tests build
        many in one process). Done now, not when Python collects this object: a translator
        removed then sends every window a language change at a random moment, and a screen
        that rebuilds on it (the runner's pages) loses what was under way, e.g. a button's
        click."""
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
            self._installed = None
            QCoreApplication.sendPostedEvents(self._app, QEvent.Type.LanguageChange)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def words(self, lang: str | None = None) -> Words:
        """Words in ``lang``, or following the UI language when ``lang`` is None or a language
        without a translation file of ours (then the UI language is the best we have)."""
        if lang is None or lang not in UI_LANGUAGES:
            return Words(lambda: self._code, None, fixed=False)
        return Words(lambda: lang, self.translator(lang), fixed=True)


class Words:
    """Translates the strings of one context into one language, or into the UI language."""

    def __init__(
        self, language: Callable[[], str], translator: QTranslator | None, *, fixed: bool
    ) -> None:
        self._language = language
        self._translator = translator
        self.fixed = fixed

    @property
    def language(self) -> str:
        """The language these words are in now."""
        return self._language()

    def __call__(self, context: str, source: str) -> str:
        if not self.fixed:
            return QCoreApplication.translate(context, source)
        if self._translator is None:
            return source
        return self._translator.translate(context, source) or source
