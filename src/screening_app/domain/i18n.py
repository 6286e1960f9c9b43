"""A Qt-free message catalog for domain and letter texts (the UI uses Qt's own system).

Every message exists in every language of the catalog, and every translation uses exactly the
same ``{placeholders}`` as the others: a catalog that breaks either rule is refused when it is
built, so a translator cannot silently drop the number in "{count} questions unanswered".
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

DEFAULT_LANGUAGE = "da"
UI_LANGUAGES = ("da", "en")


class CatalogError(ValueError):
    pass


def placeholders(text: str) -> frozenset[str]:
    """The ``{names}`` used in a format string."""
    return frozenset(
        name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None
    )


class Catalog:
    """Messages keyed by id, each in every language: ``catalog.text("key", "da", n=3)``."""

    def __init__(
        self,
        messages: Mapping[str, Mapping[str, str]],
        languages: tuple[str, ...] = UI_LANGUAGES,
    ) -> None:
        problems: list[str] = []
        for key, translations in messages.items():
            missing = [lang for lang in languages if lang not in translations]
            if missing:
                problems.append(f"{key}: missing {', '.join(missing)}")
                continue
            reference = placeholders(translations[languages[0]])
            for lang in languages[1:]:
                found = placeholders(translations[lang])
                if found != reference:
                    problems.append(
                        f"{key}: the {lang} text uses {{{', '.join(sorted(found))}}} "
                        f"but the {languages[0]} text uses {{{', '.join(sorted(reference))}}}"
                    )
        if problems:
            raise CatalogError("; ".join(problems))
        self._messages = {k: dict(v) for k, v in messages.items()}
        self.languages = languages

    def text(self, key: str, lang: str, **params: Any) -> str:
        translations = self._messages[key]
        template = translations.get(lang, translations[self.languages[0]])
        return template.format(**params) if params else template

    def __contains__(self, key: object) -> bool:
        return key in self._messages

    def keys(self) -> list[str]:
        return list(self._messages)
