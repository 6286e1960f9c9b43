"""The note for the clinical record: a concise plain text of one screening's result.

It names the instrument (id, version, language and translation version), the result (band and
colour in words, or why there is none), a clinician's override with its reason, the scores, the
raised flags, and what to do now (steps, follow-up instruments, services, documents). Questions
the person declined to answer are counted ("Screeningen er ufuldstændig: ønsker ikke at svare
på 2 af 5" when they leave the band open), and a score they feed is written as its possible
range. The answers themselves are not in it: the note is pasted into another system, and the
full answer set stays in TrygStart's encrypted record.

Pure and Qt-free, so the screens, the letters and the command line build the same text. The
fixed words come from a ``Catalog`` (Danish and English, placeholders checked); instrument texts
come from the instrument, in the note's language where the instrument has it, else in the
language the screening was done in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from screening_app.domain.base import LocalizedText
from screening_app.domain.declined import DECLINED_MESSAGES, questions_word
from screening_app.domain.i18n import Catalog
from screening_app.domain.instrument import Band, DocumentKind
from screening_app.domain.messages import MESSAGES, language_name
from screening_app.domain.override import BandOverride, apply_override, override_band
from screening_app.domain.result import score_value_text
from screening_app.domain.session import Result

NOTE_MESSAGES = Catalog(
    {
        "note.instrument": {
            "da": "Spørgeskema: {title} ({id} version {version}), på {language} "
            "(oversættelse {translation}).",
            "en": "Questionnaire: {title} ({id} version {version}), in {language} "
            "(translation {translation}).",
        },
        "note.date": {"da": "Dato: {date}.", "en": "Date: {date}."},
        "note.result": {"da": "Resultat: {band} ({colour}).", "en": "Result: {band} ({colour})."},
        "note.override": {
            "da": "Resultatet er ændret af den sundhedsprofessionelle til {band} ({colour}); "
            "beregnet resultat: {computed} ({computed_colour}). Begrundelse: {reason}",
            "en": "The result was changed by the health professional to {band} ({colour}); "
            "computed result: {computed} ({computed_colour}). Reason: {reason}",
        },
        "note.no_band": {
            "da": "Resultat: pointene falder ikke i noget resultatinterval.",
            "en": "Result: the score falls in no result band.",
        },
        "note.no_outcome": {
            "da": "Spørgeskemaet giver ikke et samlet resultat.",
            "en": "The questionnaire gives no overall result.",
        },
        "note.incomplete": {
            "da": "Ikke færdigt: {count} påkrævede spørgsmål er ikke besvaret.",
            "en": "Not finished: {count} required questions are unanswered.",
        },
        "note.scores": {"da": "Point: {scores}.", "en": "Scores: {scores}."},
        "note.flags": {"da": "Særlige forhold: {flags}.", "en": "Points of concern: {flags}."},
        "note.flags_none": {
            "da": "Særlige forhold: ingen.",
            "en": "Points of concern: none.",
        },
        "note.steps": {"da": "Hvad nu:", "en": "What to do now:"},
        "note.follow_up": {"da": "Opfølgning: {names}.", "en": "Follow-up: {names}."},
        "note.services": {
            "da": "Relevante tilbud: {names}.",
            "en": "Relevant services: {names}.",
        },
        "note.documents": {"da": "Materiale: {names}.", "en": "Material: {names}."},
        "document.resource-card": {"da": "ressourcekort", "en": "resource card"},
        "document.safety-plan": {"da": "sikkerhedsplan", "en": "safety plan"},
        "document.referral-letter": {"da": "henvisningsbrev", "en": "referral letter"},
        "document.notification": {"da": "underretning", "en": "notification"},
    }
)


def document_name(kind: DocumentKind, lang: str) -> str:
    return NOTE_MESSAGES.text(f"document.{kind}", lang)


def _text(text: LocalizedText, lang: str, fallback: str) -> str:
    return text.get(lang, fallback)


def _band_words(band: Band, lang: str, fallback: str) -> tuple[str, str]:
    return _text(band.title, lang, fallback), MESSAGES.text(f"colour.{band.colour}", lang)


def record_note(
    result: Result,
    lang: str,
    *,
    override: BandOverride | None = None,
    date: dt.date | None = None,
    instrument_names: Mapping[str, str] | None = None,
    service_names: Mapping[str, str] | None = None,
) -> str:
    """The note in ``lang`` ("da" or "en").

    ``instrument_names`` and ``service_names`` turn the ids of follow-up instruments and
    services into names; an id without a name is written as it is.
    """
    instrument = result.instrument
    source = result.language
    shown = result if override is None else apply_override(result, override)
    lines = [
        NOTE_MESSAGES.text(
            "note.instrument",
            lang,
            title=_text(instrument.title, lang, source),
            id=instrument.id,
            version=instrument.version,
            language=language_name(source, lang),
            translation=instrument.translation_version(source),
        )
    ]
    if date is not None:
        lines.append(NOTE_MESSAGES.text("note.date", lang, date=date.isoformat()))
    if not result.complete:
        lines.append(NOTE_MESSAGES.text("note.incomplete", lang, count=len(result.missing)))
    lines.extend(_result_lines(result, lang, override))
    lines.extend(_declined_lines(result, lang))
    if result.scores:
        scores = ", ".join(
            f"{_text(instrument.score(score_id).title, lang, source)} "
            f"{score_value_text(result, score_id, lang)}"
            for score_id in result.scores
        )
        lines.append(NOTE_MESSAGES.text("note.scores", lang, scores=scores))
    if result.flags:
        flags = ", ".join(_text(flag.title, lang, source) for flag in result.flags)
        lines.append(NOTE_MESSAGES.text("note.flags", lang, flags=flags))
    elif instrument.flags:
        lines.append(NOTE_MESSAGES.text("note.flags_none", lang))
    actions = shown.actions
    if actions.steps:
        lines.append(NOTE_MESSAGES.text("note.steps", lang))
        lines.extend(f"- {_text(step, lang, source)}" for step in actions.steps)
    names = instrument_names or {}
    if actions.instruments:
        follow_up = ", ".join(names.get(i, i) for i in actions.instruments)
        lines.append(NOTE_MESSAGES.text("note.follow_up", lang, names=follow_up))
    services = service_names or {}
    if actions.services:
        listed = ", ".join(services.get(s, s) for s in actions.services)
        lines.append(NOTE_MESSAGES.text("note.services", lang, names=listed))
    if actions.documents:
        documents = ", ".join(document_name(d, lang) for d in actions.documents)
        lines.append(NOTE_MESSAGES.text("note.documents", lang, names=documents))
    return "\n".join(lines)


def _result_lines(result: Result, lang: str, override: BandOverride | None) -> list[str]:
    source = result.language
    if result.instrument.outcome is None:
        return [NOTE_MESSAGES.text("note.no_outcome", lang)]
    if override is not None:
        chosen, colour = _band_words(override_band(result, override), lang, source)
        if result.band is None:
            computed, computed_colour = "-", "-"
        else:
            computed, computed_colour = _band_words(result.band, lang, source)
        return [
            NOTE_MESSAGES.text(
                "note.override",
                lang,
                band=chosen,
                colour=colour,
                computed=computed,
                computed_colour=computed_colour,
                reason=" ".join(override.reason.split()),
            )
        ]
    if result.band is None:
        if result.undetermined:
            return []  # the declined line says why there is no result
        return [NOTE_MESSAGES.text("note.no_band", lang)]
    band, colour = _band_words(result.band, lang, source)
    return [NOTE_MESSAGES.text("note.result", lang, band=band, colour=colour)]


def _declined_lines(result: Result, lang: str) -> list[str]:
    """How many questions were declined: those that give the result, and in all."""
    lines = []
    line = result.declined_line(lang)
    if line is not None:
        lines.append(line)
    if len(result.declined) > len(result.outcome_declined):
        count = len(result.declined)
        other = DECLINED_MESSAGES.text(
            "declined.other", lang, count=count, questions=questions_word(count, lang)
        )
        lines.append(other)
    return lines
