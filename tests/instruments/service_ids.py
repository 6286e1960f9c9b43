"""The service ids instruments may refer to, until the services directory can be loaded here.

PLACEHOLDER: these are the suggested ids in the shared ``domain/services.md``. When the
directory loader lands (issue 5), replace ``SERVICE_IDS_PENDING_DIRECTORY`` with the ids the
real directory holds, so an instrument can never recommend a service the clinic cannot see.
"""

from __future__ import annotations

SERVICE_IDS_PENDING_DIRECTORY: frozenset[str] = frozenset(
    {
        "lev-uden-vold",
        "danner",
        "crisis-centres",
        "mandecentret",
        "dialog-mod-vold",
        "stalking-center",
        "moedrehjaelpen",
        "q-vaerk",
        "boernetelefonen",
        "police",
        "ankestyrelsen",
        "municipality",
        "family-clinic",
    }
)
