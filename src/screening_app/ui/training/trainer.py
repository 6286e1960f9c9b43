"""The trainer's actions on the overview: the course report (PDF preview, CSV file), exporting
the runs to a sealed file, importing another laptop's file, the folder of extra cases.

Files are written only where the trainer chooses; the CSV holds the trainees' names, so it is
saved after the same warning as an unencrypted PDF; an export is sealed under a passphrase the
trainer types (the same at the import). Each question goes through the injectable dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from screening_app.services.training.runs import Run
    from screening_app.ui.training.dialogs import TrainingDialogs
    from screening_app.ui.training.flow import TrainingFlow
    from screening_app.ui.training.overview_screen import OverviewScreen

EXPORT_SUFFIX = ".trygstart-ovelser"


class TrainerActions(QObject):
    def __init__(self, flow: TrainingFlow, screen: OverviewScreen, runs: Sequence[Run]) -> None:
        super().__init__(screen)
        self.flow = flow
        self.screen = screen
        self.runs = list(runs)

    @property
    def _dialogs(self) -> TrainingDialogs:
        return self.flow.training_dialogs

    def _date(self) -> str:
        return self.flow.backend.today().isoformat()

    def _error(self, error: Exception) -> None:
        self.screen.show_status(self.flow._sentence(error))

    # ------------------------------------------------------------------ report
    def report(self) -> object:
        prepared = self.flow.backend.printouts().course_report(
            self.runs,
            self.flow.backend.today(),
            self.flow.lang,
        )
        return self.flow._preview(prepared, self.tr("Course report"))

    def csv(self) -> None:
        from screening_app.services.training.printouts import course_csv
        from screening_app.ui.documents.hooks import DialogHooks

        data = course_csv(self.runs, self.flow.lang)
        hooks = self.flow.hooks or DialogHooks()

        def chosen(path: Path) -> None:
            if path.suffix.lower() != ".csv":
                path = path.with_name(path.name + ".csv")
            self._write(path, data, self.tr("Saved, unencrypted: {0}"))

        hooks.confirm_unencrypted(
            self.screen,
            lambda: self._dialogs.choose_save_file(
                self.screen, f"TrygStart-kursus-{self._date()}.csv", "CSV (*.csv)", chosen
            ),
        )

    def _write(self, path: Path, data: bytes, done: str) -> bool:
        try:
            path.write_bytes(data)
        except OSError:
            self.screen.show_status(self.tr("The file could not be saved there."))
            return False
        self.screen.show_status(done.format(path))
        return True

    # ---------------------------------------------------------- export, import
    def export(self) -> None:
        from screening_app.services.training.runs import TrainingRuns

        session = self.flow.session
        if session is None:
            return

        def with_passphrase(passphrase: str) -> None:
            try:
                data = TrainingRuns(session).export(passphrase)
            except Exception as error:  # noqa: BLE001 - shown
                self._error(error)
                return

            def chosen(path: Path) -> None:
                if not path.name.endswith(EXPORT_SUFFIX):
                    path = Path(f"{path}{EXPORT_SUFFIX}")
                done = self.tr("The runs are exported (sealed with the passphrase) to: {0}")
                self._write(path, data, done)

            self._dialogs.choose_save_file(
                self.screen,
                f"TrygStart-ovelser-{self._date()}{EXPORT_SUFFIX}",
                self.tr("Training runs (*{0})").format(EXPORT_SUFFIX),
                chosen,
            )

        self._dialogs.ask_passphrase(
            self.screen,
            self.tr(
                "A passphrase for the file (at least 8 characters), e.g. the course code. "
                "The trainer types the same to import it."
            ),
            with_passphrase,
        )

    def import_runs(self) -> None:
        def with_file(path: Path) -> None:
            try:
                data = path.read_bytes()
            except OSError:
                self.screen.show_status(self.tr("The file could not be read."))
                return
            self._dialogs.ask_passphrase(
                self.screen,
                self.tr("The file's passphrase"),
                lambda passphrase: self._import(data, passphrase),
            )

        self._dialogs.choose_open_file(
            self.screen,
            "",
            self.tr("Training runs (*{0})").format(EXPORT_SUFFIX),
            with_file,
        )

    def _import(self, data: bytes, passphrase: str) -> None:
        from screening_app.services.training.runs import TrainingRuns

        session = self.flow.session
        if session is None:
            return
        try:
            imported = TrainingRuns(session).import_file(data, passphrase)
        except Exception as error:  # noqa: BLE001 - shown
            self._error(error)
            return
        screen = self.flow.show_overview()
        if screen is not None:
            screen.show_status(  # type: ignore[attr-defined]
                self.tr("{0} runs imported; {1} were here already.").format(
                    imported.added, imported.known
                )
            )

    # --------------------------------------------------------------- the folder
    def choose_folder(self) -> None:
        from screening_app.services.training.settings import TrainingSettings

        session = self.flow.session
        if session is None:
            return

        def chosen(folder: Path) -> None:
            try:
                TrainingSettings(session).set_cases_folder(folder)
            except Exception as error:  # noqa: BLE001 - shown
                self._error(error)
                return
            cases = self.flow.load_cases()
            screen = self.flow.show_overview()
            if screen is not None:
                screen.show_status(  # type: ignore[attr-defined]
                    self.tr("{0} cases; {1} problems in the case files.").format(
                        len(cases.cases), len(cases.errors)
                    )
                )

        self._dialogs.choose_folder(self.screen, chosen)
