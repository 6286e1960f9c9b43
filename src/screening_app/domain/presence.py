"""How a consultation happened, recorded with each screening, asked or not asked.

- The form of the consultation: in person, by phone or by video. On the phone and on video the
  clinician cannot see who is in the room, so the gate first asks "Er du alene? Kan nogen høre
  dig?" and records the answer (``remote_alone``).
- Who else was present. Only a child too young to understand may stay; a partner, another
  family member, a child old enough to understand or another adult means: do not ask.
- The interpreter: none, or a professional one in the room, on the phone or on video. A family
  member or friend never interprets: the gate stops and records "not asked:
  family-interpreter" (screening.md section 2: never a family member or friend as interpreter).

Stored in three places of a screening row (schema v3): ``consultation_form``, ``interpreter``
(the professional kinds and "none"; NULL when not recorded or when a family member or friend
offered to interpret) and ``presence_json``, this module's JSON object::

    {"present": ["partner", "young-child"], "remoteAlone": true | false | null,
     "familyInterpreter": true | false}

Pure: the services check the values (``problems``) before anything is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

ConsultationForm = Literal["in-person", "phone", "video"]
CONSULTATION_FORMS: tuple[ConsultationForm, ...] = get_args(ConsultationForm)
REMOTE_FORMS: frozenset[str] = frozenset({"phone", "video"})

Interpreter = Literal["none", "in-person", "phone", "video", "family"]
INTERPRETERS: tuple[Interpreter, ...] = get_args(Interpreter)
# What the database column holds (a family member or friend is never an interpreter there).
STORED_INTERPRETERS: tuple[str, ...] = ("none", "in-person", "phone", "video")

Present = Literal["partner", "family-member", "older-child", "other-adult", "young-child"]
PRESENT: tuple[Present, ...] = get_args(Present)
# Who may stay while the questions are asked: a child too young to understand.
MAY_STAY: frozenset[str] = frozenset({"young-child"})


@dataclass(frozen=True)
class Circumstances:
    """The consultation's form, who else was there, and the interpreter."""

    form: ConsultationForm = "in-person"
    interpreter: Interpreter | None = None  # None: not recorded
    present: tuple[Present, ...] = ()
    remote_alone: bool | None = None  # phone/video: "Er du alene? Kan nogen høre dig?"

    @property
    def remote(self) -> bool:
        return self.form in REMOTE_FORMS

    @property
    def others_present(self) -> tuple[Present, ...]:
        """Those present who stop the asking (everyone but a child too young to understand)."""
        return tuple(p for p in self.present if p not in MAY_STAY)

    def problems(self) -> list[str]:
        """What is not a valid record (unknown codes, a remote answer for an in-person one)."""
        found = []
        if self.form not in CONSULTATION_FORMS:
            found.append("consultation form")
        if self.interpreter is not None and self.interpreter not in INTERPRETERS:
            found.append("interpreter")
        if any(p not in PRESENT for p in self.present) or len(set(self.present)) != len(
            self.present
        ):
            found.append("who was present")
        remote_alone: object = self.remote_alone  # checked: values come from screens
        if remote_alone is not None and not isinstance(remote_alone, bool):
            found.append("alone on the phone or video")
        if not self.remote and self.remote_alone is not None:
            found.append("alone on the phone or video (only for phone and video)")
        return found

    def reasons_not_to_ask(self) -> list[str]:
        """Why questions may not be asked in these circumstances (empty: they may)."""
        found = []
        if self.remote and self.remote_alone is not True:
            found.append("not alone on the phone or video")
        if self.others_present:
            found.append("others present")
        if self.interpreter is None:
            found.append("interpreter not recorded")
        elif self.interpreter == "family":
            found.append("a family member or friend interprets")
        return found

    # ------------------------------------------------------------ storage form
    def stored_interpreter(self) -> str | None:
        return None if self.interpreter in (None, "family") else self.interpreter

    def presence_json(self) -> dict[str, Any]:
        return {
            "present": list(self.present),
            "remoteAlone": self.remote_alone,
            "familyInterpreter": self.interpreter == "family",
        }

    @staticmethod
    def from_record(
        form: str | None, interpreter: str | None, presence: Mapping[str, Any] | None
    ) -> Circumstances | None:
        """Read back from a screening row; None for a row from before this was recorded."""
        if form is None and interpreter is None and presence is None:
            return None
        data = presence or {}
        family = data.get("familyInterpreter") is True
        present = tuple(cast(Present, p) for p in data.get("present", ()) if p in PRESENT)
        remote_alone = data.get("remoteAlone")
        return Circumstances(
            form=form if form in CONSULTATION_FORMS else "in-person",
            interpreter="family" if family else _interpreter(interpreter),
            present=present,
            remote_alone=remote_alone if isinstance(remote_alone, bool) else None,
        )


def _interpreter(value: str | None) -> Interpreter | None:
    for known in INTERPRETERS:
        if value == known:
            return known
    return None
