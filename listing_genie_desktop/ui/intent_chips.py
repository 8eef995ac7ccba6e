"""Intent chips for the keyword under the cursor: what it is about, toggled with one click.

One row follows the cursor in the keywords box, so the form stays compact however many keywords
there are. The text box stays the single source of truth: a toggle rewrites that keyword's line
as `phrase=intent,intent`, and the chips are re-read from the text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.product import Intent, Keyword, parse_keyword
from listing_genie_desktop.ui.form_logic import keyword_line
from listing_genie_desktop.ui.i18n import tr

CHIP_COLUMNS = 3
"""Three a row: five in one row would be wider than the form column."""


def chip_label(intent: Intent) -> str:
    """ "Use case", "Anwendungsfall": the intent's word in the window's language, capitalised."""
    label = tr(intent.label)  # the words are marked in ui/i18n.py
    return label[0].upper() + label[1:]


class IntentChips(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intentChips")
        self._editor = editor
        self._line = -1
        self.caption = QLabel(objectName="intentCaption")
        self.caption.setProperty("role", "muted")
        self.chips: dict[Intent, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        for number, intent in enumerate(Intent):
            if number % CHIP_COLUMNS == 0:  # rows of natural-width chips, like a flow
                row = QHBoxLayout()
                row.setSpacing(4)
                layout.addLayout(row)
            chip = QPushButton(chip_label(intent), objectName=f"chip_{intent.value}", checkable=True)
            chip.setProperty("chip", True)
            chip.clicked.connect(lambda on, i=intent: self._toggle(i, on))
            self.chips[intent] = chip
            row.addWidget(chip)
            if number % CHIP_COLUMNS == CHIP_COLUMNS - 1 or number == len(Intent) - 1:
                row.addStretch(1)
        editor.cursorPositionChanged.connect(self.refresh)
        self.hide()

    def _current(self) -> tuple[int, Keyword | None]:
        number = self._editor.textCursor().blockNumber()
        lines = self._editor.toPlainText().splitlines()
        if not 0 <= number < len(lines):
            return number, None
        try:
            return number, parse_keyword(lines[number])
        except InvalidInput:
            return number, None

    def refresh(self) -> None:
        number, keyword = self._current()
        self._line = number
        self.setVisible(keyword is not None)
        if keyword is None:
            return
        self.caption.setText(tr("“{keyword}” is about:").format(keyword=keyword.keyword))
        for intent, chip in self.chips.items():
            chip.setChecked(intent in keyword.intents)
            chip.setAccessibleName(f"{keyword.keyword}: {tr(intent.label)}")

    def _toggle(self, intent: Intent, on: bool) -> None:
        number, keyword = self._current()
        if keyword is None:
            return
        intents = tuple(i for i in Intent if (i in keyword.intents and i is not intent) or (i is intent and on))
        if not intents:  # a keyword is always about something: the last chip stays on
            self.refresh()
            return
        lines = self._editor.toPlainText().splitlines()
        lines[number] = keyword_line(keyword.keyword, intents)
        cursor = self._editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        cursor.movePosition(cursor.MoveOperation.NextBlock, n=number)
        cursor.movePosition(cursor.MoveOperation.EndOfBlock, cursor.MoveMode.KeepAnchor)
        cursor.insertText(lines[number])  # one undoable edit; the cursor stays on this keyword
        self.refresh()
