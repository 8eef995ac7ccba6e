"""Intent chips under the keywords box: what each keyword is about, toggled with one click.

The text box stays the single source of truth: a toggle rewrites that keyword's line as
`phrase=intent,intent`, and the chips are rebuilt from the text (only when what they show changed,
so a keyboard user keeps focus on the chip they just toggled).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from listing_genie_desktop.core.errors import InvalidInput
from listing_genie_desktop.core.product import Intent, parse_keyword
from listing_genie_desktop.ui.form_logic import keyword_line

SHOWN_ROWS = 6
CHIP_LABELS = {
    Intent.DURABILITY: "Durable",
    Intent.USE_CASE: "Use case",
    Intent.STYLE: "Style",
    Intent.PROBLEM_SOLUTION: "Problem",
    Intent.COMPARISON: "Compare",
}


class IntentChips(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intentChips")
        self._editor = editor
        self._shown: list[tuple[int, str, tuple[Intent, ...]]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 2, 0, 0)
        self._grid.setHorizontalSpacing(4)
        self._grid.setVerticalSpacing(4)
        self.hide()

    def _parsed(self) -> list[tuple[int, str, tuple[Intent, ...]]]:
        rows = []
        for number, line in enumerate(self._editor.toPlainText().splitlines()):
            try:
                keyword = parse_keyword(line)
            except InvalidInput:
                continue
            if keyword is not None:
                rows.append((number, keyword.keyword, keyword.intents))
        return rows

    def refresh(self) -> None:
        rows = self._parsed()
        if rows == self._shown:
            return
        focused = self._focused_chip()
        self._shown = rows
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, (line_number, phrase, intents) in enumerate(rows[:SHOWN_ROWS]):
            label = QLabel(phrase)
            label.setProperty("role", "muted")
            label.setMaximumWidth(120)
            label.setToolTip(phrase)
            self._grid.addWidget(label, row, 0)
            for column, intent in enumerate(Intent, start=1):
                chip = QPushButton(CHIP_LABELS[intent], checkable=True, checked=intent in intents)
                chip.setProperty("chip", True)
                chip.setObjectName(f"chip_{row}_{intent.value}")
                chip.setAccessibleName(f"{phrase}: {intent.value.replace('_', ' ')}")
                chip.toggled.connect(lambda on, n=line_number, i=intent: self._toggle(n, i, on))
                self._grid.addWidget(chip, row, column)
                if focused == (row, intent):
                    chip.setFocus()
        if len(rows) > SHOWN_ROWS:
            more = QLabel(f"+{len(rows) - SHOWN_ROWS} more keywords")
            more.setProperty("role", "muted")
            self._grid.addWidget(more, SHOWN_ROWS, 0, 1, 6)
        self.setVisible(bool(rows))

    def _focused_chip(self) -> tuple[int, Intent] | None:
        for index in range(self._grid.count()):
            widget = self._grid.itemAt(index).widget()
            if isinstance(widget, QPushButton) and widget.hasFocus():
                _, row, intent = widget.objectName().split("_", 2)
                return int(row), Intent(intent)
        return None

    def _toggle(self, line_number: int, intent: Intent, on: bool) -> None:
        lines = self._editor.toPlainText().splitlines()
        keyword = parse_keyword(lines[line_number])
        if keyword is None:
            return
        intents = tuple(i for i in Intent if (i in keyword.intents and i is not intent) or (i is intent and on))
        if not intents:  # a keyword is always about something: refuse to clear the last chip
            self.refresh_force()
            return
        lines[line_number] = keyword_line(keyword.keyword, intents)
        self._editor.setPlainText("\n".join(lines))

    def refresh_force(self) -> None:
        self._shown = []
        self.refresh()
