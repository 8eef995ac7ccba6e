"""Edit texts: the words drawn on one image, changed in a small dialog and drawn again in a worker.

`TextEditController` runs the edit (listing_genie_desktop.editing: no generation, no API call) and
puts the new version on the card; `EditTextsDialog` has one field per KEY of the image's `texts`;
`TextEditFlow` opens the dialog from a card and starts the edit when it is applied. The dialog
asks the editor to cut the product out as it opens, so applying it only draws.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from listing_genie_desktop.core.errors import GenerationError
from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.state import ImageState
from listing_genie_desktop.ui.tasks import TaskKeeper

if TYPE_CHECKING:
    from listing_genie_desktop.editing import EditResult, TextEditor
    from listing_genie_desktop.ui.session_model import SessionModel
    from listing_genie_desktop.ui.window_dialogs import DialogKeeper

EDITING_MODULE = "listing_genie_desktop.editing"
log = logging.getLogger("listing_genie.ui")


KEY_LABELS = {
    "kicker": QT_TR_NOOP("Kicker"),
    "headline": QT_TR_NOOP("Headline"),
    "heading": QT_TR_NOOP("Heading"),
    "caption": QT_TR_NOOP("Caption"),
    "ours": QT_TR_NOOP("Ours"),
    "theirs": QT_TR_NOOP("Theirs"),
    "callout": QT_TR_NOOP("Callout {number}"),
    "feature": QT_TR_NOOP("Feature {number}"),
    "row": QT_TR_NOOP("Row {number}"),
    "lacks": QT_TR_NOOP("Lacks {number}"),
}
"""The image texts' KEYs (imaging/render/wording.py), numbered ones by their prefix, as the window names them."""


def key_label(key: str) -> str:
    """ "callout_2" -> "Callout 2" ("Hinweis 2" in German): the field's label in the dialog and the card's tooltip;
    a KEY of another version of the app, not known here, as "Its name 2"."""
    prefix, _, number = key.rpartition("_")
    if number.isdigit() and prefix in KEY_LABELS:
        return tr(KEY_LABELS[prefix]).format(number=number)
    return tr(KEY_LABELS[key]) if key in KEY_LABELS else key.replace("_", " ").capitalize()


class TextEditController(QObject):
    """Edits run one at a time per image; each ends in `edited` (the card's new state) or `failed`."""

    edited = Signal(object, int)
    """(ImageState of the new version, milliseconds the re-draw took)."""
    failed = Signal(str)

    def __init__(self, model: SessionModel, tasks: TaskKeeper, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._tasks = tasks
        self._editor: TextEditor | None = None
        self.busy: set[tuple[str, ImageType]] = set()

    async def _get_editor(self) -> TextEditor | None:
        store = self._model.store
        if store is None:
            return None
        if self._editor is None or self._editor.store is not store:
            module: Any = await asyncio.to_thread(importlib.import_module, EDITING_MODULE)
            self._editor = module.TextEditor(store)
        return self._editor

    def prepare(self, session_id: str, image_type: ImageType) -> asyncio.Task[None]:
        return self._tasks.start(self._prepare(session_id, image_type), name="prepare text edit")

    async def _prepare(self, session_id: str, image_type: ImageType) -> None:
        editor = await self._get_editor()
        if editor is None:
            return
        try:
            await editor.prepare(session_id, image_type)
        except Exception:  # the edit itself will say what is wrong
            log.info("could not prepare the text edit of %s", image_type, exc_info=True)

    def edit(self, session_id: str, image_type: ImageType, changes: dict[str, str]) -> asyncio.Task[None]:
        return self._tasks.start(self._edit(session_id, image_type, changes), name=f"edit texts {image_type}")

    async def _edit(self, session_id: str, image_type: ImageType, changes: dict[str, str]) -> None:
        editor = await self._get_editor()
        if editor is None or (session_id, image_type) in self.busy:
            return
        self.busy.add((session_id, image_type))
        try:
            result: EditResult = await editor.edit(session_id, image_type, changes)
        except GenerationError as error:
            self.failed.emit(translated(error.message))
            return
        except Exception as error:
            log.exception("editing the texts of %s failed", image_type)
            self.failed.emit(tr("The texts could not be edited: {error}").format(error=error))
            return
        finally:
            self.busy.discard((session_id, image_type))
        shown = self._model.shown
        stored = await self._model.reload(session_id)
        if stored is not None and shown is not None and shown.session_id == session_id:
            self._model.set_image(shown, stored.images[image_type])
            self.edited.emit(shown.images[image_type], result.render_ms)


class EditTextsDialog(QDialog):
    """One field per text of the image, filled with what is drawn now; Apply emits what changed."""

    applied = Signal(dict)

    def __init__(self, state: ImageState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editTextsDialog")
        self.setWindowTitle(tr("Edit texts: {image}").format(image=tr(state.image_type.label)))
        self._texts = dict(state.texts)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, text in state.texts:
            field = QLineEdit(text, objectName=f"textEdit_{key}")
            field.setAccessibleName(key_label(key))
            field.textChanged.connect(self._validate)
            self.fields[key] = field
            form.addRow(key_label(key), field)
        note = QLabel(tr("The image is drawn again with these words: no new generation, the earlier version is kept."))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        self.error_label = QLabel(objectName="editTextsError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyTextsButton")
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._validate()

    def changes(self) -> dict[str, str]:
        return {
            key: field.text().strip() for key, field in self.fields.items() if field.text().strip() != self._texts[key]
        }

    def _validate(self) -> None:
        empty = [key_label(key) for key, field in self.fields.items() if not field.text().strip()]
        self.error_label.setText(f"{empty[0]} cannot be empty." if empty else "")
        self.apply_button.setEnabled(not empty)

    def _apply(self) -> None:
        changes = self.changes()
        if changes:
            self.applied.emit(changes)
        self.accept()


class TextEditFlow(QObject):
    """A card's Edit texts: the dialog for the session on display, then the edit and its notice."""

    def __init__(
        self, model: SessionModel, dialogs: DialogKeeper, status: Callable[[str, int], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._dialogs = dialogs
        self._status = status
        self._parent = parent
        self.controller = TextEditController(model, model.tasks, parent=self)
        self.controller.edited.connect(self._edited)
        self.controller.failed.connect(dialogs.warn)

    def start(self, image_type: ImageType) -> EditTextsDialog | None:
        shown = self._model.shown
        if shown is None or not shown.images[image_type].texts:
            return None
        session_id = shown.session_id
        dialog = EditTextsDialog(shown.images[image_type], parent=self._parent)
        dialog.applied.connect(lambda changes: self._apply(session_id, image_type, changes))
        self.controller.prepare(session_id, image_type)
        self._dialogs.open(dialog)
        return dialog

    def _apply(self, session_id: str, image_type: ImageType, changes: dict[str, str]) -> None:
        self._status(tr("Drawing the {image} image again with the new texts…").format(image=tr(image_type.label)), 0)
        self.controller.edit(session_id, image_type, changes)

    def _edited(self, state: ImageState, render_ms: int) -> None:
        label = state.image_type.label
        self._status(f"{label}: texts edited, drawn again in {render_ms} ms (no new generation).", 8000)
