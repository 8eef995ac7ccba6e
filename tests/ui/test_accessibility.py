"""A screen reader can name every control of the window and its dialogs, hears the cards' status
changes, and every action is a Tab stop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.accessibility import needs_tab_stop, unnamed_controls
from tests.ui.conftest import button, start_generation


def _focusable(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in root.findChildren(QWidget)
        if needs_tab_stop(w) and w.focusPolicy() == Qt.FocusPolicy.NoFocus
    ]


def test_every_control_of_the_window_and_its_dialogs_has_a_name(open_window, driver, photo) -> None:
    window = open_window()
    assert unnamed_controls(window) == []
    assert _focusable(window) == []
    settings = window.open_settings()
    driver.wait(settings.isVisible)
    assert unnamed_controls(settings) == []
    assert settings.findChild(QWidget, "apiKeyEdit").accessibleName() != ""
    settings.reject()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, 20_000)
    export = window.start_export()
    assert export is not None
    driver.wait(export.isVisible)
    assert unnamed_controls(export) == []
    assert _focusable(export) == []
    export.reject()


def test_a_control_without_any_label_is_reported(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from listing_genie_desktop.ui.accessibility import label_controls

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLineEdit(objectName="bare"))
    labelled = QLineEdit(objectName="labelled", placeholderText="Your name")
    layout.addWidget(labelled)
    label_controls(root)
    assert labelled.accessibleName() == "Your name"
    assert unnamed_controls(root) == ["QLineEdit bare"]


def test_card_status_changes_are_announced(open_window, driver, photo) -> None:
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, 20_000)
    spoken = window.announcer.spoken
    assert "Main image: Generating" in spoken
    assert "Main image: Complete" in spoken
    assert spoken.index("Main image: Generating") < spoken.index("Main image: Complete")
    assert window.cards[ImageType.MAIN].accessibleDescription().startswith("Complete")


def test_every_action_is_reachable_with_tab(open_window) -> None:
    window = open_window()
    window.activateWindow()
    generate = button(window, "generateButton")
    assert generate.focusPolicy() & Qt.FocusPolicy.TabFocus
    seen = set()
    widget = window.focusWidget() or window
    for _ in range(400):  # the chain holds every widget (labels too), not only the focusable ones
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.add(widget.objectName())
    expected = {"titleEdit", "settingsButton", "newSessionButton", "historySearchEdit", "keywordsEdit"}
    assert expected <= seen
