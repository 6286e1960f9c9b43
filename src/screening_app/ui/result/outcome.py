"""The outcome part of the result screen: the band (or why there is none), how many questions
the person preferred not to answer (and, when that leaves the band open, why there is no
result), that the other parent has not been asked alone yet, and the button that runs a
follow-up questionnaire. The words stay in the result screen's translation context; the rules
are the domain's (``Result.declined_line``, ``undetermined``, ``offer_after``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from screening_app.domain.override import BandOverride
from screening_app.domain.session import Result
from screening_app.ui.icons import Icons
from screening_app.ui.result.sections import band_panel, text_label
from screening_app.ui.style import scaled_font

WARNING_SIGN = "\u26a0"


def declined_label(result: Result, lang: str, base: QFont) -> QLabel | None:
    """ "Screening incomplete: declined 2 of 5" as the headline when the band is left open, or
    the count beside a band; None when nothing that gives the result was declined."""
    line = result.declined_line(lang)
    if line is None:
        return None
    open_band = result.undetermined
    font = scaled_font(base, 1.3 if open_band else 1.0, bold=open_band)
    return text_label(f"{WARNING_SIGN} {line}", "declinedCount", font)


def undetermined_steps() -> QLabel:
    return text_label(
        QCoreApplication.translate(
            "ResultScreen",
            "The questionnaire gives no result when the answers the person preferred not to "
            "give could change it. Use your professional judgement: you can change the result, "
            "with a reason.",
        ),
        "undeterminedSteps",
    )


def other_parent_label(base: QFont) -> QLabel:
    return text_label(
        f"{WARNING_SIGN} "
        + QCoreApplication.translate(
            "ResultScreen",
            "The other parent has not been asked alone yet. Ask them on their own, at another "
            "time, never in this parent's presence, and tell neither what the other said.",
        ),
        "otherParentNotAsked",
        scaled_font(base, 1.0, bold=True),
    )


def outcome_widgets(
    computed: Result,
    shown: Result,
    override: BandOverride | None,
    *,
    lang: str,
    icons: Icons,
    base: QFont,
) -> list[QWidget]:
    """What stands above everything else: unanswered questions, declined ones, the band."""
    widgets: list[QWidget] = []
    source = computed.language
    if not computed.complete:
        text = QCoreApplication.translate(
            "ResultScreen",
            "Not finished: %n required question(s) unanswered.",
            "",
            len(computed.missing),
        )
        widgets.append(text_label(f"{WARNING_SIGN} {text}", "incomplete"))
    declined = declined_label(computed, lang, base)
    if declined is not None:
        widgets.append(declined)
    if computed.instrument.outcome is None:
        text = QCoreApplication.translate(
            "ResultScreen", "This questionnaire gives no overall result."
        )
        widgets.append(text_label(text, "noOutcome"))
    elif shown.band is None:
        if not computed.undetermined:
            text = QCoreApplication.translate("ResultScreen", "The score falls in no result band.")
            widgets.append(text_label(text, "noBand"))
    else:
        overridden = None if override is None else (computed.band, override.reason)
        widgets.append(
            band_panel(
                shown.band,
                lang=lang,
                fallback=source,
                icons=icons,
                base=base,
                overridden_from=overridden,
            )
        )
    return widgets
