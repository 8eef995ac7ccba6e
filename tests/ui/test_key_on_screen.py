"""The API key never appears in anything the window shows, even when the server echoes it back.

A recognisable key is saved through Settings, and the fake Gemini server quotes it in every kind of
faulty answer: JSON errors, HTML pages, text-only answers, broken JSON, an invalid-key 400, and a
message long enough to be shortened right inside the key. The window runs a generation and a
"Retry failed" through the contract's objectNames, and Settings runs its connection test twice
(the saved key, then a typed one). After every change of a card or the banner, and after each
step, every text of every widget of every window and dialog is read: no 12-character piece of the
key may be anywhere but in the key field itself, which must mask it.

Two keys: a Google-shaped one, which pattern rules alone would catch, and one of another shape (a
proxy's token), which only the redactor's registered secrets can: both must stay off the screen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from listing_genie_desktop.backends.gemini_errors import MESSAGE_MAX
from listing_genie_desktop.core.product import IMAGE_TYPES
from listing_genie_desktop.services import create_backend
from listing_genie_desktop.ui.main_window import MainWindow
from tests.fakes.gemini_server import FakeGeminiServer, RecordedRequest, Reply
from tests.fakes.key_echoes import (
    CUT_ECHO_LEAD,
    echo_cut_by_the_summary,
    echoing_faults,
    invalid_key_echo,
    key_pieces,
)
from tests.ui.conftest import Driver, banner_text, button, card_text, start_generation

GOOGLE_KEY = "AIzaSy" + "Hk3vN8qW1zR5tY0uPb7mC4xL9dF2gJ6sE_a"
OTHER_KEY = "lg-proxy-token-" + "Wm4Rt6Yp1Nc3Vb8Hq2Zx9"
ROLE = Qt.ItemDataRole
ROLES = (
    ROLE.DisplayRole,
    ROLE.EditRole,
    ROLE.ToolTipRole,
    ROLE.StatusTipRole,
    ROLE.WhatsThisRole,
    ROLE.AccessibleTextRole,
    ROLE.AccessibleDescriptionRole,
    *(ROLE.UserRole + n for n in range(8)),
)
"""Every role a view can show as text, and the first user roles (the history keeps its rows there)."""
PICTURES = (QPixmap, QIcon, QImage, QColor, QBrush, QFont, int, float, bool)
ECHOED_WORDING = (
    "Internal error for API key",  # 500, JSON error
    "Bad gateway",  # 502, an HTML page's title
    "I cannot draw that. Your key is",  # a text-only answer
    "Bad request API key",  # 400 INVALID_ARGUMENT
    CUT_ECHO_LEAD[:40],  # 503, shortened inside the key
    "API key not valid",  # 400 API_KEY_INVALID, in the banner and in Settings
)
"""What the server said around the key: the test must have seen each of them on screen."""


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[tuple[str, str]]:
    """Every item's data in every text role, recursively; objects (the history's row summaries) by their repr."""
    parent = parent or QModelIndex()
    flat = isinstance(model, QAbstractListModel)  # its columnCount and hasChildren are private in PySide6
    for row in range(model.rowCount(parent)):
        for column in range(1 if flat else model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is None or isinstance(value, PICTURES):
                    continue
                yield f"item({row},{column}) role {int(role)}", value if isinstance(value, str) else repr(value)
            if not flat and model.hasChildren(index):
                yield from model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a widget can show (or read out to a screen reader), by the property it comes from."""
    yield "windowTitle", widget.windowTitle()
    yield "toolTip", widget.toolTip()
    yield "statusTip", widget.statusTip()
    yield "whatsThis", widget.whatsThis()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    for action in widget.actions():
        for name in ("text", "iconText", "toolTip", "statusTip", "whatsThis"):
            yield f"action.{name}", getattr(action, name)()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "text", widget.text()
        yield "displayText", widget.displayText()
        yield "placeholderText", widget.placeholderText()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield "plainText", widget.toPlainText()
        yield "placeholderText", widget.placeholderText()
    if isinstance(widget, QAbstractSpinBox):
        yield "text", widget.text()
    if isinstance(widget, QComboBox):
        yield "currentText", widget.currentText()
        yield "placeholderText", widget.placeholderText()
        yield from model_texts(widget.model())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())
    if isinstance(widget, QMessageBox):
        yield "text", widget.text()
        yield "informativeText", widget.informativeText()
        yield "detailedText", widget.detailedText()
    if isinstance(widget, QStatusBar):
        yield "currentMessage", widget.currentMessage()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield f"tab {tab}", widget.tabText(tab)
            yield f"tab {tab} toolTip", widget.tabToolTip(tab)


def path_of(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        if current.objectName():
            names.append(current.objectName())
        current = current.parentWidget()
    return f"{type(widget).__name__} in {'/'.join(reversed(names)) or 'an unnamed window'}"


class Screen:
    """Reads every text of every widget of the window and of every dialog it opens (each is its child); remembers
    what it saw and any piece of the key (12 characters in a row: a key cut short is still a leaked key).

    It walks the window's own tree rather than `QApplication.allWidgets()`, which also wraps what earlier tests
    left for Qt to delete, and can crash on a widget half torn down."""

    def __init__(self, key: str) -> None:
        self.window: QWidget | None = None
        self.key = key
        self.pieces = key_pieces(key)
        self.seen: set[str] = set()
        self.leaks: dict[tuple[str, str], str] = {}
        """(where, text) of each leak -> the first moment it was on screen."""
        self.reads = 0
        self.masked_key_fields = 0

    def read(self, moment: str) -> None:
        assert self.window is not None, "the screen reads a window"
        self.reads += 1
        for widget in [self.window, *self.window.findChildren(QWidget)]:
            for source, text in widget_texts(widget):
                if not text:
                    continue
                if source == "text" and widget.objectName() == "apiKeyEdit":
                    # The one place the key may be: the field it is typed into, which must never show it.
                    assert widget.echoMode() is QLineEdit.EchoMode.Password, "the key field shows what is typed"
                    self.masked_key_fields += text == self.key
                    continue
                self.look_at(moment, f"{path_of(widget)} {source}", text)

    def look_at(self, moment: str, where: str, text: str) -> None:
        self.seen.add(text)
        if any(piece in text for piece in self.pieces):
            self.leaks.setdefault((where, text), moment)

    def report(self) -> str:
        return "\n".join(f"{moment}: {where}: {text!r}" for (where, text), moment in self.leaks.items())

    def saw(self, wording: str) -> bool:
        return any(wording in text for text in self.seen)


class EchoingServer:
    """Answers each listing image from its own queue of echoing faults (an image once it is empty) and each
    connection test (GET models/...) from another, all through the fake server's handler."""

    def __init__(self, server: FakeGeminiServer, key: str) -> None:
        self.images = {name: deque(replies) for name, replies in echoing_faults(key).items()}
        self.checks: deque[Reply] = deque()
        server.handler = self.answer

    def answer(self, request: RecordedRequest) -> Reply:
        if request.method == "GET":
            return self.checks.popleft()
        queue = self.images.get(request.image_type or "")
        return queue.popleft() if queue else Reply.image()


def open_settings(window: MainWindow) -> QDialog:
    """The dialog Settings opened (a closed one may linger until Qt deletes it, hidden)."""
    button(window, "settingsButton").click()
    shown = [d for d in window.findChildren(QDialog, "settingsDialog") if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def connection_test(driver: Driver, dialog: QDialog) -> str:
    result = dialog.findChild(QLabel, "testResultLabel")
    button(dialog, "testConnectionButton").click()
    driver.wait(lambda: result.text().startswith("Failed"), timeout_ms=30_000)
    return result.text()


@pytest.mark.parametrize("key", [GOOGLE_KEY, OTHER_KEY], ids=["google-shaped-key", "other-shaped-key"])
def test_the_key_never_appears_on_screen(
    key: str, open_window, driver: Driver, photo: Path, gemini_server: FakeGeminiServer, monkeypatch, qtbot
) -> None:
    monkeypatch.setenv("GOOGLE_GEMINI_BASE_URL", gemini_server.base_url)
    server = EchoingServer(gemini_server, key)
    screen = Screen(key)
    window = screen.window = open_window()
    window.model.services.backend_factory = create_backend  # the real Gemini backend, not the scripted one
    window.model.imageChanged.connect(lambda _state: screen.read("a card changed"))
    window.model.bannerChanged.connect(lambda _state: screen.read("the banner changed"))
    window.model.notice.connect(lambda _text: screen.read("a notice"))
    notify = window.notifier.notify

    def notified(title: str, message: str) -> str:
        screen.look_at("a run ended in the background", "desktop notification", f"{title}\n{message}")
        return notify(title, message)

    window.notifier.notify = notified  # type: ignore[method-assign]

    # 1. The key is saved through Settings, then tested: the server rejects it, quoting it.
    dialog = open_settings(window)
    dialog.findChild(QLineEdit, "apiKeyEdit").setText(key)
    screen.read("the key typed in")
    button(dialog, "saveKeyButton").click()
    driver.wait(lambda: "keyring" in dialog.findChild(QLabel, "keyNoteLabel").text())
    server.checks.append(invalid_key_echo(key))
    assert connection_test(driver, dialog).startswith("Failed (auth)")
    screen.read("the saved key tested")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    # 2. A run on the Gemini backend: three images fail with echoing faults, two complete after some.
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, timeout_ms=60_000)
    screen.read("the run ended")
    assert [card_text(window, t, "statusLabel") for t in IMAGE_TYPES] == ["Failed"] * 3 + ["Complete"] * 2
    assert banner_text(window).startswith("2 of 5 images ready;")

    # 3. Retry failed: the key is now refused as invalid (fatal), quoting it.
    for name in ("MAIN", "INFOGRAPHIC_1", "INFOGRAPHIC_2"):
        server.images[name].append(invalid_key_echo(key))
    with qtbot.waitSignal(window.model.runs.runFinished, timeout=60_000):
        button(window, "retryFailedButton").click()
    screen.read("Retry failed ended")
    assert "API key not valid" in window.findChild(QLabel, "bannerDetail").text()

    # 4. Settings again, the key typed in (not saved) and tested: a long server error quoting it.
    dialog = open_settings(window)
    dialog.findChild(QLineEdit, "apiKeyEdit").setText(key)
    server.checks.append(echo_cut_by_the_summary(key, MESSAGE_MAX))
    assert connection_test(driver, dialog).startswith("Failed (server)")
    screen.read("a typed key tested, the dialog still open")

    assert not screen.leaks, "the key is on screen:\n" + screen.report()
    assert screen.masked_key_fields >= 2, "the key field held the key, masked, when the screen was read"
    unseen = [w for w in ECHOED_WORDING if not screen.saw(w)]
    assert not unseen, f"these server messages never reached the screen, so the test proves nothing: {unseen}"
    assert screen.saw("[redacted]") or screen.saw("[REDACTED]"), "the echoes were shown, redacted"
    assert {r.api_key for r in gemini_server.requests} == {key}, "every request carried the key echoed back"
    assert screen.reads > 20
