"""The product form: title, three features (each with an optional "compared with": what a typical
alternative lacks), audience, keywords and the reference photo.

The form renders a `FormCheck` (computed by `form_logic.check_form`) and reports edits; it does
not decide validity itself. The language choice (`languageCombo`) sets the language of the few
fixed labels drawn on the images; its first item, "Detected", names the language the product
text is written in, updated as the seller types. Inline messages appear under a field once the user has touched it;
`formErrorLabel` always holds the current first message (the contract's automation hook).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from listing_genie_desktop.core import language as language_codes
from listing_genie_desktop.core.product import AUDIENCE_MAX, COMPARED_MAX, FEATURE_MAX, TITLE_MAX
from listing_genie_desktop.ui.form_logic import FormCheck, FormValues
from listing_genie_desktop.ui.i18n import tr
from listing_genie_desktop.ui.intent_chips import IntentChips
from listing_genie_desktop.ui.messages import translated
from listing_genie_desktop.ui.other_photos import OtherPhotos
from listing_genie_desktop.ui.reference_picker import ReferencePicker
from listing_genie_desktop.ui.tasks import TaskKeeper
from listing_genie_desktop.ui.theme import set_style_property

COUNTER_WARN_AT = 0.9


@dataclass
class _Field:
    name: str
    editor: QLineEdit | QPlainTextEdit
    error: QLabel
    counter: QLabel | None = None
    limit: int = 0


def _label(text: str, role: str | None = None) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    return label


class ProductForm(QWidget):
    changed = Signal()

    def __init__(self, tasks: TaskKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

        self.title_edit = self._line(
            "title", "titleEdit", tr("Product title"), TITLE_MAX, tr("e.g. Insulated Steel Bottle")
        )
        self._section(tr("Key features"), top=10)
        self.feature_edits: list[QLineEdit] = []
        self.compared_edits: list[QLineEdit] = []
        for n in (1, 2, 3):
            self.feature_edits.append(
                self._line(
                    f"feature{n}",
                    f"feature{n}Edit",
                    None,
                    FEATURE_MAX,
                    (tr("Feature {n} (required)") if n == 1 else tr("Feature {n} (optional)")).format(n=n),
                    accessible=tr("Key feature {n}").format(n=n),
                )
            )
            # what the generic alternative lacks: the comparison chart marks the alternative only where said
            self.compared_edits.append(
                self._line(
                    f"compared{n}",
                    f"compared{n}Edit",
                    None,
                    COMPARED_MAX,
                    tr("Compared with (optional): what a typical alternative lacks"),
                    accessible=tr("Compared with, for feature {n}").format(n=n),
                )
            )
        self.audience_edit = self._line(
            "audience", "audienceEdit", tr("Target audience"), AUDIENCE_MAX, tr("e.g. hikers and commuters"), top=10
        )

        self._section(tr("Language on the images"), top=10)
        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.setAccessibleName(tr("Language of the labels drawn on the images"))
        self.language_combo.addItem(tr("Detected: English"), language_codes.AUTO)
        for code, name in language_codes.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._layout.addWidget(self.language_combo)

        self._section(tr("Search keywords"), top=10)
        hint = _label(tr("One per line. Add =intent,intent to say what a keyword is about, or use the chips."), "muted")
        hint.setWordWrap(True)
        self._layout.addWidget(hint)
        self.keywords_edit = QPlainTextEdit(objectName="keywordsEdit")
        self.keywords_edit.setPlaceholderText(tr("durable water bottle\ngym bottle=use_case,durability"))
        self.keywords_edit.setAccessibleName(tr("Search keywords, one a line"))
        self.keywords_edit.setTabChangesFocus(True)
        self.keywords_edit.setFixedHeight(84)
        self._field_block("keywords", self.keywords_edit)
        self.chips = IntentChips(self.keywords_edit)
        self._layout.addWidget(self.chips)
        self.keywords_edit.textChanged.connect(lambda: self._edited("keywords"))

        self._section(tr("Reference photo"), top=10)
        self.picker = ReferencePicker(tasks)
        self._layout.addWidget(self.picker)
        self.picker.changed.connect(self._photo_changed)
        self._fields["image"] = _Field("image", self.picker.path_edit, QLabel())
        self.other_photos = OtherPhotos(tasks, self.picker)
        self._layout.addWidget(self.other_photos)
        self.other_photos.changed.connect(self._photo_changed)

    # --- construction helpers ---------------------------------------------------------------

    def _section(self, text: str, *, top: int = 0) -> None:
        if top:
            self._layout.addSpacing(top)
        self._layout.addWidget(_label(text, "h2"))

    def _line(
        self,
        name: str,
        object_name: str,
        title: str | None,
        limit: int,
        placeholder: str,
        *,
        accessible: str | None = None,
        top: int = 0,
    ) -> QLineEdit:
        if title:
            self._section(title, top=top)
        editor = QLineEdit(objectName=object_name, placeholderText=placeholder)
        editor.setAccessibleName(accessible or title or name)
        editor.setAccessibleDescription(tr("At most {limit} characters").format(limit=limit))
        self._field_block(name, editor, limit)
        editor.textChanged.connect(lambda _text, n=name: self._edited(n))
        editor.returnPressed.connect(editor.focusNextChild)  # Enter moves on, as Tab does
        return editor

    def _field_block(self, name: str, editor: QLineEdit | QPlainTextEdit, limit: int = 0) -> _Field:
        """The editor, then one line under it: its message on the left, its counter on the right."""
        self._layout.addWidget(editor)
        error = _label("", "fieldError")
        error.setObjectName(f"{editor.objectName()}Error")
        error.setWordWrap(True)
        error.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(error, 1)
        field = _Field(name, editor, error, limit=limit)
        if limit:
            field.counter = _label(f"0 / {limit}", "counter")
            field.counter.setObjectName(f"{editor.objectName()}Counter")
            line.addStretch(0)
            line.addWidget(field.counter, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(line)
        self._fields[name] = field
        return field

    # --- values -----------------------------------------------------------------------------

    def values(self) -> FormValues:
        f1, f2, f3 = (e.text() for e in self.feature_edits)
        c1, c2, c3 = (e.text() for e in self.compared_edits)
        return FormValues(
            title=self.title_edit.text(),
            features=(f1, f2, f3),
            compared_with=(c1, c2, c3),
            audience=self.audience_edit.text(),
            keywords=self.keywords_edit.toPlainText(),
            reference_path=self.picker.path,
            other_reference_paths=tuple(self.other_photos.paths),
            language=str(self.language_combo.currentData()),
        )

    def set_values(self, values: FormValues) -> None:
        """Fills every field (history view, Duplicate as new); inline errors start hidden again."""
        self.title_edit.setText(values.title)
        for editor, text in zip(self.feature_edits, values.features, strict=True):
            editor.setText(text)
        for editor, text in zip(self.compared_edits, values.compared_with, strict=True):
            editor.setText(text)
        self.audience_edit.setText(values.audience)
        self.keywords_edit.setPlainText(values.keywords)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(values.language)))
        self.picker.set_path(values.reference_path)
        self.other_photos.set_paths(values.other_reference_paths)
        self._touched.clear()
        self._show_all_errors = False

    def set_read_only(self, read_only: bool) -> None:
        """A stored session is shown read-only, and without the grey examples: in an empty field of
        a session they would read as what the seller typed."""
        lines = (self.title_edit, *self.feature_edits, *self.compared_edits, self.audience_edit)
        for editor in lines:
            editor.setReadOnly(read_only)
        for editor in (*lines, self.keywords_edit):
            if not editor.property("example"):
                editor.setProperty("example", editor.placeholderText())
            editor.setPlaceholderText("" if read_only else editor.property("example"))
        self.keywords_edit.setReadOnly(read_only)
        self.language_combo.setEnabled(not read_only)
        set_style_property(self.keywords_edit, "readOnly", read_only)
        self.chips.setEnabled(not read_only)
        self.picker.set_read_only(read_only)
        self.other_photos.set_read_only(read_only)

    @property
    def photo_problem(self) -> str | None:
        """Why the photos cannot be used yet (the main one first), None when every photo is loaded."""
        return self.picker.problem or self.other_photos.problem

    def reveal_errors(self) -> None:
        """After a refused Generate: show every field's message, not only the touched ones."""
        self._show_all_errors = True

    @property
    def touched(self) -> bool:
        """Whether the user has edited a field or pressed Generate since the form was (re)filled:
        before that, a missing title is no news and is not shown."""
        return self._show_all_errors or bool(self._touched)

    def shows_inline(self, name: str) -> bool:
        """Whether `name`'s message is on screen under its field (then not repeated elsewhere)."""
        field = self._fields.get(name)
        return field is not None and name != "image" and not field.error.isHidden()

    def focus_field(self, name: str) -> None:
        field = self._fields.get(name)
        if field is not None:
            field.editor.setFocus()

    def _photo_changed(self) -> None:
        if self.picker.path or self.other_photos.paths:
            self._touched.add("image")
        self.changed.emit()

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self._show_detected_language()
        self.changed.emit()

    def _show_detected_language(self) -> None:
        values = self.values()
        detected = language_codes.detect_language([values.title, *values.features, values.audience])
        self.language_combo.setItemText(
            0, tr("Detected: {language}").format(language=language_codes.LANGUAGES[detected])
        )

    # --- rendering a check ------------------------------------------------------------------

    def show_check(self, check: FormCheck) -> None:
        for name, field in self._fields.items():
            message = check.errors.get(name, "")
            visible = bool(message) and (self._show_all_errors or name in self._touched)
            if name != "image":  # the picker shows its own problems
                field.error.setText(translated(message) if visible else "")
                field.error.setVisible(visible)
                set_style_property(field.editor, "invalid", visible)
            if field.counter is not None:
                self._update_counter(field)
        self.chips.refresh()

    @staticmethod
    def _update_counter(field: _Field) -> None:
        assert field.counter is not None
        length = len(field.editor.text()) if isinstance(field.editor, QLineEdit) else 0
        field.counter.setText(f"{length} / {field.limit}")
        tone = "danger" if length > field.limit else "warning" if length >= COUNTER_WARN_AT * field.limit else ""
        set_style_property(field.counter, "tone", tone)
