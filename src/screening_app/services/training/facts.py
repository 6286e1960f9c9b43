"""What a run did, as the debrief reads it, and one judged point (texts in both languages).

``Facts`` holds the engine's journal and what the record holds for the run's person afterwards
(the referrals with their consent and scope, the documents made, printed or saved).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from screening_app.domain.base import LocalizedText
from screening_app.domain.training.case import CASE_LANGUAGES, Source
from screening_app.domain.training.sections import citation
from screening_app.services.consultation import journal as j
from screening_app.services.training.words import WORDS

Text = dict[str, str]  # language -> text


def all_languages(key: str, **params: Any) -> Text:
    return {lang: WORDS.text(key, lang, **params) for lang in CASE_LANGUAGES}


def joined(*texts: Text) -> Text:
    return {lang: " ".join(t[lang] for t in texts if t[lang]) for lang in CASE_LANGUAGES}


def localized_text(text: LocalizedText) -> Text:
    return {lang: text.get(lang) for lang in CASE_LANGUAGES}


def source_text(source: Source) -> Text:
    return {lang: citation(source.section, lang, source.cites) for lang in CASE_LANGUAGES}


@dataclass(frozen=True)
class ReferralFact:
    service_id: str
    consent: str
    scope: frozenset[str]


@dataclass(frozen=True)
class DocumentFact:
    kind: str  # resource-card, safety-plan, referral-letter, notification
    action: str  # produced, printed, saved


@dataclass(frozen=True)
class Facts:
    """What a run did: the journal, and what the record holds for the run's person after it."""

    entries: Sequence[j.Entry]
    referrals: Sequence[ReferralFact] = ()
    documents: Sequence[DocumentFact] = ()

    def events(self, kind: type[Any]) -> list[Any]:
        return [e.event for e in self.entries if isinstance(e.event, kind)]

    def opened(self, document: str) -> bool:
        return any(e.document == document for e in self.events(j.DocumentOpened))

    def made(
        self, document: str, actions: Iterable[str] = ("produced", "printed", "saved")
    ) -> bool:
        wanted = set(actions)
        return any(d.kind == document and d.action in wanted for d in self.documents)


@dataclass(frozen=True)
class PointResult:
    id: str
    met: bool
    title: Text
    found: Text  # what the trainee did
    why: Text  # the case's reason
    source: Text  # the section of screening.md (and what it cites)
    mistakes: tuple[Text, ...] = ()
