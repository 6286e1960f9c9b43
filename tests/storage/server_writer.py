"""A child process for test_server: answers question after question on the server, printing
each answer's link id once the server acknowledged it (committed), until it is killed."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from screening_app.storage.kdf import TEST_PARAMS
from screening_app.storage.screenings import HowAsked
from screening_app.storage.server.opening import server_vault
from screening_app.storage.server.settings import ServerSettings
from tests.storage.helpers import ADMIN, ADMIN_PASSWORD


def main() -> None:
    host, port, database, role, folder, person = sys.argv[1:7]
    settings = ServerSettings(host=host, port=int(port), database=database, user=role)
    vault = server_vault(
        settings, Path(folder), clock=lambda: dt.datetime.now(dt.UTC), kdf_params=TEST_PARAMS
    )
    store = vault.unlock(ADMIN, ADMIN_PASSWORD)
    with store.audited(ADMIN, "start-screening", person_id=int(person)) as work:
        screening = work.screenings.start(
            person_id=int(person), contact_id=None, clinician_id=1, instrument_id="kill",
            instrument_version="1", language="da", translation_version="1", context={},
            how=HowAsked(),
        )  # fmt: skip
    number = 0
    while True:
        number += 1
        link = f"q{number}"
        with store.audited(ADMIN, "update-screening", person_id=int(person)) as work:
            work.screenings.set_answer(screening, link, "yes")
        print(link, flush=True)


if __name__ == "__main__":
    main()
