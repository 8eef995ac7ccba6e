"""The main window: history | product form | results (banner and five image cards).

It assembles widgets and wires them to the `SessionModel`; every decision about runs and
sessions lives in the model, every rule about validity in `form_logic`, every rule about what a
card or the banner says in `state`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the shell (the first frame) needs is imported here. Everything else (the widgets,
# the model, asyncio, PySide6's `Qt` namespace, which alone builds ~15 ms of enums) is imported
# by `finish_build()` or by the method that needs it, once the first frame is on screen.
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from listing_genie_desktop.ui.theme import apply_theme, tokens_for

if TYPE_CHECKING:
    import asyncio

    from PySide6.QtGui import QCloseEvent

    from listing_genie_desktop.core.product import ImageType
    from listing_genie_desktop.paths import AppPaths
    from listing_genie_desktop.ui.export_dialog import ExportDialog
    from listing_genie_desktop.ui.form_logic import FormCheck
    from listing_genie_desktop.ui.session_view import ExportDone, ExportRequest, SessionView
    from listing_genie_desktop.ui.settings_dialog import SettingsDialog
    from listing_genie_desktop.ui.state import BannerState, ImageState

# QMessageBox, QFileDialog and the dialogs are imported on first use: PySide6 builds every enum
# of a class when the class is first imported, tens of milliseconds at start-up.

SHELL_SIZES = (232, 392, 816)
"""Widths of the three columns, in the shell and in the splitter that replaces it."""


def _heading(text: str, role: str = "h1") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    return label


def _shell_column(margins: tuple[int, int, int, int], heading: str, *, note: str = "", panel: bool = False) -> QWidget:
    """A column of the shell with the final column's margins, heading and (for the form) frame."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(*margins)
    layout.setSpacing(8)
    content: QWidget = column
    if panel:
        content = QFrame()
        content.setProperty("panel", True)
        inner = QVBoxLayout(content)
        inner.setContentsMargins(16, 14, 8, 14)
        layout.addWidget(content, 1)
        layout = inner
    layout.addWidget(_heading(heading))
    if note:
        muted = QLabel(note)
        muted.setProperty("role", "muted")
        layout.addWidget(muted)
    layout.addStretch(1)
    return column


class MainWindow(QMainWindow):
    def __init__(self, paths: AppPaths, *, opener=None, staged: bool = False) -> None:  # type: ignore[no-untyped-def]
        """The whole window; with `staged`, only its shell until `finish_build()` is called.

        `run_gui` shows the shell (the three columns' frames and headings, in the final theme)
        as the first frame and builds the rest right after it is painted. `create_window()`
        (the contract) is never staged: every objectName exists when it returns."""
        super().__init__()
        self.setWindowTitle("Listing Genie")
        self.setObjectName("mainWindow")
        self._paths = paths
        self._opener = opener
        self._built = False
        self._shut_down = False
        self._read_only = False
        self._dialogs: list[QWidget] = []
        self._export_folder = ""
        """The last folder exported to (this run): the next Export starts there."""
        self.last_export_message = ""
        app = QApplication.instance()
        self.tokens = apply_theme(app, tokens_for(app, exact=not staged))  # type: ignore[arg-type]
        self.resize(1440, 900)
        if staged:
            self._build_shell()
        else:
            self.finish_build()

    def _build_shell(self) -> None:
        """The first frame: the final columns, margins and headings, nothing to wait for."""
        from PySide6.QtWidgets import QSplitter

        shell = QSplitter(objectName="shell")  # horizontal by default (no Qt enum needed)
        shell.setChildrenCollapsible(False)
        shell.addWidget(_shell_column((14, 14, 8, 14), "History", note="Opening…"))
        shell.addWidget(_shell_column((4, 14, 4, 14), "New listing", panel=True))
        shell.addWidget(_shell_column((8, 14, 10, 14), "Listing images"))
        shell.setStretchFactor(2, 1)
        shell.setSizes(list(SHELL_SIZES))
        self.setCentralWidget(shell)
        self.statusBar().showMessage("Opening the history…")

    def finish_build(self) -> None:
        """Builds the widgets and the model and starts opening the history (idempotent).

        Needs the asyncio loop (a qasync.QEventLoop) to be set."""
        if self._built:
            return
        import asyncio

        from listing_genie_desktop.ui import desktop
        from listing_genie_desktop.ui.form_logic import FormCheck
        from listing_genie_desktop.ui.session_model import SessionModel

        self._built = True
        self._check: FormCheck = FormCheck(None, {})
        self.closed = asyncio.Event()
        """Set once the window has shut down cleanly (run_gui waits on it)."""
        self._close_task: asyncio.Task[None] | None = None
        app = QApplication.instance()
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)  # type: ignore[union-attr]
        if tokens_for(app) != self.tokens:  # type: ignore[arg-type]  # the shell's guess was wrong
            self.tokens = apply_theme(app)  # type: ignore[arg-type]
        self.model = SessionModel(self._paths, opener=self._opener, parent=self)
        self.notifier = desktop.Notifier(self)
        self._build()
        self._wire()
        self._form_changed()
        self.form.focus_field("title")  # where typing starts (not the first button in the tab order)
        self.model.start()

    @property
    def built(self) -> bool:
        return self._built

    @property
    def shut_down(self) -> bool:
        return self._shut_down

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton, QScrollArea, QSplitter

        from listing_genie_desktop.core.product import IMAGE_TYPES
        from listing_genie_desktop.ui.banner import SessionBanner
        from listing_genie_desktop.ui.card_grid import CardGrid
        from listing_genie_desktop.ui.form import ProductForm
        from listing_genie_desktop.ui.history_panel import HistoryPanel
        from listing_genie_desktop.ui.image_card import CARD_WIDTH, ImageCard

        self.history_panel = HistoryPanel(self.model.history, self.tokens)
        self.history_panel.setMinimumWidth(230)

        # product column
        self.form = ProductForm(self.model.tasks)
        self.form_heading = _heading("New listing")
        form_scroll = QScrollArea(widgetResizable=True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.setContentsMargins(2, 0, 10, 0)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        form_scroll.setWidget(form_holder)
        self.form_error = QLabel(objectName="formErrorLabel", wordWrap=True)
        self.form_error.setAccessibleName("Form problem")
        self.generate_button = QPushButton("Generate", objectName="generateButton")
        self.generate_button.setProperty("primary", True)
        self.generate_button.setToolTip("Generate the five images (Ctrl+Enter)")
        self.generate_button.setAccessibleName("Generate the five listing images")
        self.cancel_button = QPushButton("Cancel", objectName="cancelButton")
        self.cancel_button.setAccessibleName("Cancel the generation, keeping finished images")
        self.duplicate_button = QPushButton("Duplicate as new", objectName="duplicateButton")
        self.duplicate_button.setAccessibleName("Copy this session into a new, editable form")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.generate_button)
        product = QFrame()
        product.setProperty("panel", True)
        product_layout = QVBoxLayout(product)
        product_layout.setContentsMargins(16, 14, 8, 14)
        product_layout.setSpacing(8)
        product_layout.addWidget(self.form_heading)
        product_layout.addWidget(form_scroll, 1)
        product_layout.addWidget(self.form_error)
        product_layout.addLayout(buttons)
        product.setMinimumWidth(380)

        # results column
        self.results_heading = _heading("Listing images")
        self.results_heading.setObjectName("resultsHeading")
        self.results_heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delete_button = QPushButton("Delete…", objectName="deleteSessionButton")
        self.delete_button.setAccessibleName("Delete this session and its files")
        self.settings_button = QPushButton("Settings", objectName="settingsButton")
        self.settings_button.setAccessibleName("Open settings")
        top = QHBoxLayout()
        top.addWidget(self.results_heading, 1)
        top.addWidget(self.delete_button)
        top.addWidget(self.settings_button)
        self.banner = SessionBanner()
        self.cards = {t: ImageCard(t, self.model.thumbnails) for t in IMAGE_TYPES}
        self.card_grid = CardGrid(list(self.cards.values()), CARD_WIDTH)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(8, 14, 10, 14)
        results_layout.setSpacing(10)
        results_layout.addLayout(top)
        results_layout.addWidget(self.banner)
        results_layout.addWidget(self.card_grid, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(4, 14, 4, 14)
        middle_layout.addWidget(product)
        for widget in (self.history_panel, middle, results):
            splitter.addWidget(widget)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes(list(SHELL_SIZES))
        self.setCentralWidget(splitter)
        self.statusBar().showMessage("Opening the history…")
        self.setTabOrder(self.generate_button, self.cancel_button)

    def _wire(self) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        model = self.model
        model.readyChanged.connect(self._ready)
        model.sessionShown.connect(self._session_shown)
        model.imageChanged.connect(self._image_changed)
        model.bannerChanged.connect(self._banner_changed)
        model.runs.runningChanged.connect(lambda _running: self._sync_actions())
        model.runs.runFinished.connect(self._run_finished)
        model.warning.connect(self._warn)
        model.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        model.actions.exported.connect(self._exported)
        model.actions.exportConflict.connect(self._export_conflict)

        self.form.changed.connect(self._form_changed)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(model.runs.cancel)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self._confirm_delete)
        self.settings_button.clicked.connect(self.open_settings)
        self.banner.retry_button.clicked.connect(self._retry_failed)
        self.banner.export_button.clicked.connect(self.start_export)
        self.banner.diagnostics_button.clicked.connect(self.copy_diagnostics)
        self.history_panel.sessionActivated.connect(model.show_session)
        self.history_panel.newSessionRequested.connect(model.new_session)
        for card in self.cards.values():
            card.regenerateRequested.connect(self._regenerate)
            card.openRequested.connect(self._open_file)
            card.revealRequested.connect(self._reveal_file)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.generate)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=model.new_session)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.history_panel.search.setFocus)

    # --- model -> widgets -------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self.model.is_ready

    def _ready(self, _ready: bool) -> None:
        self.statusBar().showMessage("Ready", 3000)
        self._sync_actions()

    def _session_shown(self, view: SessionView | None, from_history: bool) -> None:
        from listing_genie_desktop.ui.form_logic import FormValues

        if view is None:
            self._read_only = False
            self.form.set_values(FormValues())
            self.form.set_read_only(False)
            self.form_heading.setText("New listing")
            self.results_heading.setText("Listing images")
            self.form.focus_field("title")
        else:
            self.results_heading.setText(view.title)
            if from_history:
                self._read_only = True
                self.form.set_values(FormValues.from_product(view.product, view.reference_path, view.language))
                self.form.set_read_only(True)
                self.form_heading.setText("Session details")
        self.history_panel.select(view.session_id if view else None)
        self._form_changed()

    def _image_changed(self, state: ImageState) -> None:
        self.cards[state.image_type].render(state)

    def _banner_changed(self, state: BannerState) -> None:
        self.banner.render(state, can_run=self.model.runs.can_start)

    def _sync_actions(self) -> None:
        model = self.model
        shown = model.shown
        self.generate_button.setVisible(not self._read_only)
        self.generate_button.setEnabled(model.runs.can_start and self._check.valid and not self._read_only)
        self.cancel_button.setEnabled(model.running)
        self.cancel_button.setVisible(model.running)
        self.duplicate_button.setVisible(self._read_only)
        self.delete_button.setVisible(shown is not None)
        self.delete_button.setEnabled(shown is not None and shown.session_id != model.runs.running_session_id)
        for card in self.cards.values():
            card.set_actions_enabled(model.runs.can_start and shown is not None)
        self._banner_changed(self.banner.state)

    def _form_changed(self) -> None:
        from listing_genie_desktop.ui.form_logic import check_form

        self._check = check_form(self.form.values(), reference_error=self.form.picker.problem)
        self.form.show_check(self._check)
        self.form_error.setText("" if self._read_only else self._check.message)
        self._sync_actions()

    # --- actions ----------------------------------------------------------------------------

    def _retry_failed(self) -> None:
        if self.model.shown is not None:
            self.model.runs.retry_failed(self.model.shown)

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
        self.model.runs.generate(self._check.product, self.form.picker.photo, settings)

    def duplicate(self) -> None:
        """The displayed session's product and photo in an editable form, ready to Generate."""
        shown = self.model.shown
        if shown is None:
            return
        from listing_genie_desktop.ui.form_logic import FormValues

        values = FormValues.from_product(shown.product, shown.reference_path, shown.language)
        self.model.new_session()
        self.form.set_values(values)
        self.form.focus_field("title")

    def _confirm_delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        shown = self.model.shown
        if shown is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Delete session",
            f"Delete “{shown.title}” and its image files? This cannot be undone.",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.setObjectName("confirmDeleteBox")
        session_id = shown.session_id

        def finished(_result: int) -> None:
            if box.clickedButton() == delete:
                self.model.delete_session(session_id)

        box.finished.connect(finished)
        self._open_dialog(box)

    def start_export(self) -> None:
        """Export…: the folder first (remembered afterwards), then SKU, format and ZIP."""
        shown = self.model.shown
        if shown is None:
            return
        if self._export_folder:
            self._open_export_dialog(shown.session_id, self._export_folder)
            return
        from PySide6.QtWidgets import QFileDialog

        chooser = QFileDialog(self, "Export the images to")
        chooser.setObjectName("exportFolderChooser")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly)
        session_id = shown.session_id
        chooser.fileSelected.connect(lambda folder: self._open_export_dialog(session_id, folder))
        self._open_dialog(chooser)

    def _open_export_dialog(self, session_id: str, folder: str) -> ExportDialog | None:
        from listing_genie_desktop.core.readiness import export_warning
        from listing_genie_desktop.ui.export_dialog import ExportDialog
        from listing_genie_desktop.ui.state import CardStatus, not_ready_images

        shown = self.model.shown
        if shown is None or shown.session_id != session_id:
            return None
        count = sum(1 for s in shown.images.values() if s.status is CardStatus.COMPLETE)
        warning = export_warning(not_ready_images(shown.images))
        dialog = ExportDialog(
            session_id,
            shown.title,
            folder=folder,
            fmt=self.model.settings.export_format,
            count=count,
            warning=warning,
            parent=self,
        )
        dialog.requested.connect(self._export_requested)
        self._open_dialog(dialog)
        return dialog

    def _export_requested(self, request: ExportRequest) -> None:
        self._export_folder = str(request.folder)
        self.statusBar().showMessage(f"Exporting to {request.folder}…")
        self.model.actions.export(request)

    def _export_conflict(self, request: ExportRequest, paths: list[str]) -> None:
        """Files exist: nothing was written. Ask (non-blocking), and export again with force if told to."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().clearMessage()
        names = [Path(p).name for p in paths]
        listed = ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Replace existing files?",
            f"{len(names)} file{'s' if len(names) != 1 else ''} already exist in {request.folder}: {listed}.\n\n"
            "Replace them with this export? Files of an earlier export of this SKU that this one does not "
            "include are removed too, so the folder never mixes two exports.",
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmOverwriteBox")
        replace_button = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
        replace_button.setObjectName("overwriteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished(_result: int) -> None:
            if box.clickedButton() == replace_button:
                self._export_requested(dataclasses.replace(request, force=True))
            else:
                self.statusBar().showMessage("Export cancelled: the existing files were left as they were.", 8000)

        box.finished.connect(finished)
        self._open_dialog(box)

    def _exported(self, done: ExportDone) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = f"Exported {done.count} image{'s' if done.count != 1 else ''} to {done.folder}"
        self.statusBar().showMessage(text, 10000)
        self.last_export_message = text
        details = f"Files {done.sku}.MAIN … with manifest.json" + (" and a ZIP." if done.zip_path else ".")
        icon = QMessageBox.Icon.Warning if done.warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, "Export finished", f"{text}.", QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(f"{details}\n\n{done.warning}" if done.warning else details)
        box.setObjectName("exportDoneBox")
        show = box.addButton("Show folder", QMessageBox.ButtonRole.ActionRole)
        folder = done.folder

        def finished(_result: int) -> None:
            if box.clickedButton() == show:
                self._open_file(folder)

        box.finished.connect(finished)
        self._open_dialog(box)

    def _open_file(self, path: str) -> None:
        from listing_genie_desktop.ui import desktop

        if not desktop.open_file(path):
            self.statusBar().showMessage(f"No application could open {path}", 8000)

    def _reveal_file(self, path: str) -> None:
        from listing_genie_desktop.ui import desktop

        if not desktop.reveal_in_folder(path):
            self.statusBar().showMessage(f"Could not show {path} in its folder", 8000)

    def copy_diagnostics(self) -> None:
        self.model.tasks.start(self._copy_diagnostics(), name="copy diagnostics")

    async def _copy_diagnostics(self) -> None:
        from PySide6.QtGui import QGuiApplication

        text = await self.model.actions.diagnostics(self.model.shown, self.model.settings)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage("Diagnostics copied to the clipboard (no API key included).", 6000)

    def open_settings(self) -> SettingsDialog:
        from listing_genie_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.model.preferences, self)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog: QWidget) -> None:
        """`open()`, never `exec()`: a nested loop would stall every running task meanwhile."""
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def _warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, "Listing Genie", text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warningBox")
        self._open_dialog(box)

    def _run_finished(self, session_id: str, status: str, summary: str) -> None:
        self._sync_actions()
        self.statusBar().showMessage(f"Run finished: {summary.split(';')[0].rstrip('.')}.", 10000)
        if self.isActiveWindow() and not self.isMinimized():
            return
        self.last_notification = self.notifier.notify("Listing Genie: run finished", summary)

    def _scheme_changed(self, _scheme: object) -> None:
        self.tokens = apply_theme(QApplication.instance())  # type: ignore[arg-type]
        self.history_panel.set_tokens(self.tokens)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Asks first when a run is going; then cancels it, keeps what is done and closes cleanly."""
        if self._shut_down or not self._built:  # a shell has nothing to shut down
            self._shut_down = True
            event.accept()
            return
        event.ignore()
        if self._close_task is not None:
            return
        if not self.model.running:
            self._start_close()
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Stop generating?",
            "Images are still being generated. Stop now and close? Finished images are kept, and "
            "Retry failed finishes the rest later.",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmCloseBox")
        stop = box.addButton("Stop and close", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Keep generating", QMessageBox.ButtonRole.RejectRole)

        def finished(_result: int) -> None:
            if box.clickedButton() == stop:
                self._start_close()

        box.finished.connect(finished)
        self._open_dialog(box)

    def _start_close(self) -> None:
        self.statusBar().showMessage("Closing…")
        self.setEnabled(False)
        import asyncio

        self._close_task = asyncio.ensure_future(self.shutdown())

    async def shutdown(self) -> None:
        """Cancels any run (what completed is kept), closes the history, then closes the window."""
        if not self._shut_down:
            for dialog in list(self._dialogs):
                dialog.close()
            await self.model.shutdown()
            self._shut_down = True
            self.close()
        self.closed.set()
