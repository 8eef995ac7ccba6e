"""The main window: history | product form | results (banner and the session's image cards).

It assembles widgets and wires them to the `SessionModel`; every decision about runs and
sessions lives in the model, every rule about validity in `form_logic`, every rule about what a
card or the banner says in `state`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

# Only what the shell (the first frame) needs is imported here. Everything else (the widgets,
# the model, asyncio, PySide6's `Qt` namespace, which alone builds ~15 ms of enums) is imported
# by `finish_build()` or by the method that needs it, once the first frame is on screen.
from PySide6.QtWidgets import QApplication, QMainWindow

from listing_genie_desktop.ui.i18n import install_language, peek_language, tr
from listing_genie_desktop.ui.messages import translated, warm_up
from listing_genie_desktop.ui.theme import apply_theme, peek_theme, tokens_for
from listing_genie_desktop.ui.window_geometry import WindowPlacement
from listing_genie_desktop.ui.window_layout import build_shell

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent

    from listing_genie_desktop.core.product import ImageType
    from listing_genie_desktop.paths import AppPaths
    from listing_genie_desktop.ui.catalogue_view import CatalogueView
    from listing_genie_desktop.ui.export_dialog import ExportDialog
    from listing_genie_desktop.ui.form_logic import FormCheck
    from listing_genie_desktop.ui.image_card import ImageCard
    from listing_genie_desktop.ui.session_view import RunEnded, SessionView
    from listing_genie_desktop.ui.settings_dialog import SettingsDialog
    from listing_genie_desktop.ui.state import BannerState, ImageState

# QMessageBox, QFileDialog and the dialogs are imported on first use: PySide6 builds every enum
# of a class when the class is first imported, tens of milliseconds at start-up.


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths, *, opener=None, staged: bool = False) -> None:  # type: ignore[no-untyped-def]
        """The whole window; with `staged`, only its shell until `finish_build()` is called.

        `run_gui` shows the shell (the three columns' frames and headings, in the final theme)
        as the first frame and builds the rest right after it is painted. `create_window()`
        (the contract) is never staged: every objectName exists when it returns."""
        super().__init__()
        install_language(peek_language(paths.settings_file))  # before any text is made
        self.setWindowTitle(tr("Listing Genie"))
        self.setObjectName("mainWindow")
        self._paths = paths
        self._opener = opener
        self._built = False
        self._shut_down = False
        self._read_only = False
        app = QApplication.instance()
        choice = peek_theme(paths.settings_file)  # the first frame in the chosen theme, not a flash of another
        self.tokens = apply_theme(app, tokens_for(app, exact=not staged, choice=choice))  # type: ignore[arg-type]
        self.placement = WindowPlacement(paths.config)
        if staged:
            self.setCentralWidget(build_shell())
            self._status(tr("Opening the history…"))
        else:
            self.finish_build()
        self.placement.place(self)

    def finish_build(self) -> None:
        """Builds the widgets and the model and starts opening the history (idempotent).

        Needs the asyncio loop (a qasync.QEventLoop) to be set."""
        if self._built:
            return

        from listing_genie_desktop.ui import desktop
        from listing_genie_desktop.ui.form_logic import FormCheck
        from listing_genie_desktop.ui.session_model import SessionModel
        from listing_genie_desktop.ui.text_editing import TextEditFlow
        from listing_genie_desktop.ui.window_dialogs import DialogKeeper, ExportFlow

        self._built = True
        self._check: FormCheck = FormCheck(None, {})
        from listing_genie_desktop.ui.window_closing import CloseFlow

        self.closing = CloseFlow(self)
        self.model = SessionModel(self._paths, opener=self._opener, parent=self)
        self._apply_theme()  # the Settings' choice; the shell only guessed the system's scheme
        app = QApplication.instance()
        app.styleHints().colorSchemeChanged.connect(self._apply_theme)  # type: ignore[union-attr]
        self.model.preferences.changed.connect(self._apply_theme)
        self.model.preferences.keyChanged.connect(self._key_changed)
        self.notifier = desktop.Notifier(self)
        from listing_genie_desktop.ui.error_report import ErrorReporter

        self.errors = ErrorReporter(self, self._status)
        self.errors.install()  # an exception escaping a slot: one dialog, the window carries on
        self.dialogs = DialogKeeper(self)
        self.exports = ExportFlow(self.model, self.dialogs, self._status, self._open_file, self)
        self.text_edits = TextEditFlow(self.model, self.dialogs, self._status, self)
        self._build()
        self._wire()
        self._add_catalogue_entry()
        self._form_changed()
        self.form.focus_field("title")  # where typing starts (not the first button in the tab order)
        if hasattr(self, "placement"):  # a staged shell was placed with the shell's smaller minimum
            self.placement.keep_inside_soon(self)
        self.model.start()
        warm_up()  # not in English: the templates of the sentences from below the window indexed in a worker

    @property
    def built(self) -> bool:
        return self._built

    @property
    def shut_down(self) -> bool:
        return self._shut_down

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        from listing_genie_desktop.ui.window_layout import build_panes

        p = self.panes = build_panes(self.model, self.tokens)
        self.history_panel, self.form, self.cards, self.card_grid = p.history_panel, p.form, p.cards, p.card_grid
        self.generate_button, self.settings_button, self.banner = p.generate_button, p.settings_button, p.banner
        self.setCentralWidget(p.splitter)
        self._status(tr("Opening the history…"))
        self.setTabOrder(p.generate_button, p.cancel_button)
        from listing_genie_desktop.ui.accessibility import Announcer, label_controls

        label_controls(self)
        self.announcer = Announcer(self)

    def _wire(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        model = self.model
        model.readyChanged.connect(self._ready)
        model.sessionShown.connect(self._session_shown)
        model.imageChanged.connect(self._image_changed)
        model.bannerChanged.connect(self._banner_changed)
        model.runs.runningChanged.connect(self._running_changed)
        model.runs.runFinished.connect(self._run_finished)
        model.warning.connect(self.dialogs.warn)
        model.runs.confirm_over_budget = self.dialogs.ask_over_budget
        model.notice.connect(lambda text: self._status(text, 8000))
        model.failed.connect(lambda error, name: self.errors.report(error, name))

        self.form.changed.connect(self._form_changed)
        self.generate_button.clicked.connect(self.generate)
        self.panes.cancel_button.clicked.connect(model.runs.cancel)
        self.panes.duplicate_button.clicked.connect(self.duplicate)
        self.panes.delete_button.clicked.connect(self._confirm_delete)
        self.settings_button.clicked.connect(self.open_settings)
        self.banner.retry_button.clicked.connect(self._retry_failed)
        self.banner.retryWith.connect(self._retry_failed_with)
        self.banner.export_button.clicked.connect(self.start_export)
        self.banner.diagnostics_button.clicked.connect(self.copy_diagnostics)
        self.history_panel.sessionActivated.connect(model.show_session)
        self.history_panel.newSessionRequested.connect(model.new_session)
        for card in self.cards.values():
            self._wire_card(card)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.generate)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=model.new_session)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.history_panel.search.setFocus)

    def _wire_card(self, card: ImageCard) -> None:
        card.regenerateRequested.connect(self._regenerate)
        card.editTextsRequested.connect(self.text_edits.start)
        card.openRequested.connect(lambda path, image_type=card.image_type: self._view_image(image_type, path))
        card.revealRequested.connect(self._reveal_file)

    def _show_cards(self, types: Sequence[ImageType]) -> None:
        """One card per image of the session on display, in its order (window_layout.cards_for)."""
        from listing_genie_desktop.ui.window_layout import cards_for

        self.card_grid.set_cards(cards_for(self.cards, types, self.model.thumbnails, self._wire_card))
        self._sync_actions()

    def _add_catalogue_entry(self) -> None:
        from listing_genie_desktop.ui.catalogue_entry import CatalogueEntry

        self.catalogue_entry = CatalogueEntry(self, self.model, self.dialogs.ask_over_budget, self.model.show_session)
        self.catalogues = self.catalogue_entry.controller

    @property
    def catalogue_view(self) -> CatalogueView | None:
        return self.catalogue_entry.view

    def open_catalogues(self) -> CatalogueView:
        return self.catalogue_entry.open()

    # --- model -> widgets -------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self.model.is_ready

    def _ready(self, _ready: bool) -> None:
        self._status(tr("Ready"), 3000)
        self._sync_actions()

    def _session_shown(self, view: SessionView | None, from_history: bool) -> None:
        from listing_genie_desktop.core.image_types import registered
        from listing_genie_desktop.ui.form_logic import FormValues

        self._show_cards(list(view.images) if view else registered())

        if view is None:
            self._read_only = False
            self.form.set_values(FormValues())
            self.form.set_read_only(False)
            self.panes.form_heading.setText(tr("New listing"))
            self.panes.results_heading.setText(tr("Listing images"))
            self.form.focus_field("title")
        else:
            self.panes.results_heading.setText(view.title)
            if from_history:
                self._read_only = True
                self.form.set_values(FormValues.of_session(view))
                self.form.set_read_only(True)
                self.panes.form_heading.setText(tr("Session details"))
        self.history_panel.select(view.session_id if view else None)
        self._form_changed()

    def _image_changed(self, state: ImageState) -> None:
        card = self.cards[state.image_type]
        before = card.state.status
        card.render(state)
        if state.status is not before:  # a screen reader hears "Main image: Complete", not every tick
            self.announcer.announce(card, f"{state.image_type.label} image: {state.status.label}")

    def _banner_changed(self, state: BannerState) -> None:
        self.banner.render(state, can_run=self.model.runs.can_start)

    def _sync_actions(self) -> None:
        model = self.model
        shown = model.shown
        self.generate_button.setVisible(not self._read_only)
        self.generate_button.setEnabled(model.runs.can_start and self._check.valid and not self._read_only)
        self.panes.cancel_button.setEnabled(model.running)
        self.panes.cancel_button.setVisible(model.running)
        self.panes.duplicate_button.setVisible(self._read_only)
        self.panes.delete_button.setVisible(shown is not None)
        self.panes.delete_button.setEnabled(shown is not None and shown.session_id != model.runs.running_session_id)
        for card in self.cards.values():
            card.set_actions_enabled(model.runs.can_start and shown is not None)
        self._banner_changed(self.banner.state)

    def _form_changed(self) -> None:
        from listing_genie_desktop.ui.form_logic import check_form

        check = self._check = check_form(self.form.values(), reference_error=self.form.photo_problem)
        self.form.show_check(check)
        error = self.panes.form_error
        error.setText("" if self._read_only else translated(check.message))  # the contract's hook holds it always
        # On screen once, and only once the user has started: not under its field and here too.
        first = check.first_field
        error.setVisible(bool(error.text()) and self.form.touched and not (first and self.form.shows_inline(first)))
        self._sync_actions()

    # --- actions ----------------------------------------------------------------------------

    def _retry_failed(self) -> None:
        if self.model.shown is not None:
            self.model.runs.retry_failed(self.model.shown)

    def _retry_failed_with(self, backend: str) -> None:
        if self.model.shown is not None:
            self.model.runs.retry_failed(self.model.shown, backend)

    def _regenerate(self, image_type: ImageType) -> None:
        if self.model.shown is not None:
            self.model.runs.regenerate(self.model.shown, image_type)

    def generate(self) -> None:
        if self._read_only or not self.model.runs.can_start:
            return
        if not self._check.valid or self.form.picker.photo is None:
            self.form.reveal_errors()
            self._form_changed()
            first = next(
                (
                    n
                    for n in ("title", "feature1", "feature2", "feature3", "audience", "keywords", "image")
                    if n in self._check.errors
                ),
                None,
            )
            if first:
                self.form.focus_field(first)
            return
        assert self._check.product is not None
        settings = dataclasses.replace(self.model.settings, language=self.form.values().language)
        self.model.runs.generate(self._check.product, self.form.picker.photo, settings, self.form.other_photos.photos)

    def duplicate(self) -> None:
        """The displayed session's product and photo in an editable form, ready to Generate."""
        shown = self.model.shown
        if shown is None:
            return
        from listing_genie_desktop.ui.form_logic import FormValues

        values = FormValues.of_session(shown)
        self.model.new_session()
        self.form.set_values(values)
        self.form.focus_field("title")

    def _confirm_delete(self) -> None:
        shown = self.model.shown
        if shown is None:
            return
        session_id = shown.session_id
        self.dialogs.ask(
            "confirmDeleteBox",
            tr("Delete session"),
            tr("Delete “{title}” and its image files? This cannot be undone.").format(title=shown.title),
            [(tr("Delete"), lambda: self.model.delete_session(session_id))],
            standard="Cancel",
        )

    def start_export(self) -> ExportDialog | None:
        """Export…: one dialog with the folder (the last one used, else Pictures), SKU, format and ZIP."""
        return self.exports.start()

    @property
    def last_export_message(self) -> str:
        return self.exports.last_message

    def _status(self, text: str, timeout_ms: int = 0) -> None:
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    def _open_file(self, path: str) -> None:
        from listing_genie_desktop.ui import desktop

        if not desktop.open_file(path):
            self._status(tr("No application could open {path}").format(path=path), 8000)

    def _view_image(self, image_type: ImageType, path: str) -> None:
        from listing_genie_desktop.ui.image_viewer import open_viewer

        open_viewer(self.model, image_type, path, self)

    def _reveal_file(self, path: str) -> None:
        from listing_genie_desktop.ui import desktop

        if not desktop.reveal_in_folder(path):
            self._status(tr("Could not show {path} in its folder").format(path=path), 8000)

    def copy_diagnostics(self) -> None:
        self.model.tasks.start(self._copy_diagnostics(), name="copy diagnostics")

    async def _copy_diagnostics(self) -> None:
        from PySide6.QtGui import QGuiApplication

        text = await self.model.actions.diagnostics(self.model.shown, self.model.settings)
        QGuiApplication.clipboard().setText(text)
        self._status(tr("Diagnostics copied to the clipboard (no API key included)."), 6000)

    def open_settings(self) -> SettingsDialog:
        from listing_genie_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.model.preferences, self)
        self.dialogs.open(dialog)
        return dialog

    def _running_changed(self, running: bool) -> None:
        self._sync_actions()
        if not running:
            self.closing.run_ended()

    def _run_finished(self, ended: RunEnded) -> None:
        from listing_genie_desktop.core.outcome import SessionStatus

        self._sync_actions()
        ready = tr("{done} of {total} images ready").format(done=ended.ready, total=ended.total)
        if ended.status is SessionStatus.CANCELLED:
            ready = tr("Cancelled: {ready}").format(ready=ready)
        self._status(tr("Run finished: {summary}.").format(summary=ready), 10000)
        if self.isActiveWindow() and not self.isMinimized():
            return
        self.last_notification = self.notifier.notify(tr("Listing Genie: run finished"), translated(ended.summary))

    def _apply_theme(self, *_scheme: object) -> None:
        """The theme chosen in Settings (system, light, dark); "system" follows the scheme as it changes."""
        app = QApplication.instance()
        tokens = tokens_for(app, choice=self.model.settings.theme)  # type: ignore[arg-type]
        if tokens == self.tokens:
            return
        self.tokens = apply_theme(app, tokens)  # type: ignore[arg-type]
        if hasattr(self, "panes"):
            self.history_panel.set_tokens(tokens)

    def _key_changed(self) -> None:
        """A banner that said the run could not start (no key) is out of date once a key is saved."""
        from listing_genie_desktop.ui.state import IDLE_BANNER, BannerKind

        if self.banner.state.kind is BannerKind.ERROR and not self.model.running:
            self._banner_changed(IDLE_BANNER)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks first when a run is going; then cancels it, keeps what is done and closes cleanly."""
        if self._shut_down or not self._built:  # a shell has nothing to shut down
            self._shut_down = True
            event.accept()
            return
        event.ignore()
        self.closing.requested()

    @property
    def closed(self) -> asyncio.Event:
        """Set once the window has shut down cleanly (run_gui waits on it)."""
        return self.closing.closed

    async def shutdown(self) -> None:
        """Cancels any run (what completed is kept), closes the history, then closes the window."""
        if not self._shut_down:
            await self.closing.shut_down()
            self._shut_down = True
            self.close()
        self.closed.set()
