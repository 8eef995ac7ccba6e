"""The window on small and large screens, headless: its minimum size, cards that reflow and grow
with the window, a placement inside the screen, history titles cut at their end.

The same window under a real X server at 1366 x 768, 1280 x 720 and twice the scale:
tests/screens/test_real_screens.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QScrollArea, QWidget

from listing_genie_desktop.ui.card_grid import CARD_CHROME
from listing_genie_desktop.ui.history_panel import elide_title
from listing_genie_desktop.ui.image_card import THUMB_MAX, THUMB_STEP
from listing_genie_desktop.ui.window_geometry import DEFAULT_SIZE, FRAME, Placement, fit
from tests.ui.conftest import button


def settle(driver, window, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    driver.wait(lambda: window.size() == QSize(width, height))
    QApplication.processEvents()


def within(widget: QWidget, window: QWidget) -> bool:
    """On screen inside the window (scrolled to, if in a scroll area), and not squeezed (a button
    narrower than its text is clipped)."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, QScrollArea):
        holder = holder.parentWidget()
    if holder is not None:
        holder.ensureWidgetVisible(widget)
        QApplication.processEvents()
    top_left = widget.mapTo(window, QPoint(0, 0))
    whole = widget.width() >= widget.sizeHint().width()
    return widget.isVisible() and whole and window.rect().contains(QRect(top_left, widget.size()))


def test_the_window_shrinks_to_1024_by_640_with_generate_and_settings_on_it(open_window, driver):
    window = open_window()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 640
    settle(driver, window, 1024, 640)
    for name in ("generateButton", "settingsButton", "newSessionButton"):
        assert within(button(window, name), window), name


def test_at_its_smallest_the_banner_keeps_its_buttons_on_screen(open_window, driver, photo, backend):
    from listing_genie_desktop.core.errors import ErrorKind
    from listing_genie_desktop.core.product import IMAGE_TYPES
    from tests.fakes.scripted_backend import fail
    from tests.ui.conftest import start_generation

    backend.script[IMAGE_TYPES[-1]] = [fail(ErrorKind.SERVER, "503 UNAVAILABLE", status=503)] * 4
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    driver.wait(lambda: button(window, "retryFailedButton").isVisible())
    window.findChild(QPlainTextEdit, "keywordsEdit").setFocus()  # the intent chips on screen too
    window.form.chips.setVisible(True)
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 800, "fits 800 x 500 logical pixels (1600 x 1000 at twice the scale)"
    for width, height in ((1366, 768), (smallest.width(), max(smallest.height(), 500))):
        settle(driver, window, width, height)
        names = ("retryFailedButton", "exportButton", "settingsButton", "generateButton", "newSessionButton")
        for name in (*names, "browseReferenceButton", "chip_comparison"):
            assert within(button(window, name), window), (name, width)
        history = window.history_panel.list
        assert history.visualRect(history.model().index(0, 0)).width() <= history.viewport().width()


def test_cards_and_thumbnails_follow_the_window(open_window, driver):
    window = open_window()
    grid, cards = window.card_grid, list(window.cards.values())
    steps = ((1024, 640), (1366, 768), (1600, 1000), (2400, 1300))
    seen: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for width, height in (*steps, *reversed(steps[:-1])):  # larger, then back: the grid must go back too
        settle(driver, window, width, height)
        viewport = grid.viewport().width()
        for card in cards:
            assert card.thumbnail_size <= card.width() <= viewport  # nothing hangs off the grid
            # the preview fills its card (to within the card's margins and one size step), or the height
            room = min(card.width() - CARD_CHROME[0], grid.viewport().height() - CARD_CHROME[1])
            assert card.thumbnail_size > min(room, THUMB_MAX) - THUMB_STEP, (width, card.thumbnail_size, room)
        seen.setdefault((width, height), []).append((grid.columns, cards[0].thumbnail_size))
    assert all(len(set(layouts)) == 1 for layouts in seen.values()), seen
    columns = [seen[size][0][0] for size in steps]
    thumbs = [seen[size][0][1] for size in steps]
    assert columns == sorted(columns) and columns[-1] > columns[0]
    assert thumbs[2] > 176, "a 1600 px window shows more than the old fixed 176 px previews"


def test_a_remembered_place_is_used_only_while_it_fits_the_screen():
    laptop = QRect(0, 0, 1366, 768)
    minimum = QSize(800, 400)
    left_there = Placement(QRect(100, 60, 1000, 600))
    assert fit(laptop, minimum, left_there) == left_there
    from_a_monitor = Placement(QRect(200, 100, 1800, 1000))
    placed = fit(laptop, minimum, from_a_monitor).rect
    assert laptop.contains(placed.marginsAdded(FRAME))
    assert placed.size() == laptop.marginsRemoved(FRAME).size()  # as large as the screen allows
    big = QRect(0, 0, 2560, 1440)
    assert fit(big, minimum).rect.size() == DEFAULT_SIZE  # centred at the default size
    assert big.contains(fit(big, minimum).rect)


def test_history_titles_are_cut_at_their_end(qapp):
    metrics = QFontMetrics(qapp.font())
    title = "Ceramic Espresso Cup with Saucer, 90 ml, Matte Black"
    width = metrics.horizontalAdvance(title) // 2
    shown = elide_title(metrics, title, width)
    assert shown.endswith("…") and title.startswith(shown[:-1])
    assert elide_title(metrics, "Short", 400) == "Short"


def test_a_card_whose_actions_grow_makes_the_grid_reflow_instead_of_cutting_its_buttons(
    open_window, driver, photo, qtbot
) -> None:
    """Edit texts appears once an image is complete, and German labels are longer ("Texte bearbeiten",
    "Neu erzeugen"): the grid chooses its columns again, as on a resize, so no button is cut."""
    from tests.ui.conftest import start_generation

    window = open_window()
    window.resize(1366, 768)
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, timeout_ms=30_000)
    columns_before = window.card_grid.columns
    for card in window.cards.values():
        card.edit_texts_button.setText("Texte dieses Bildes bearbeiten, ausführlich")
        card.regenerate_button.setText("Dieses Bild noch einmal neu erzeugen")

    def nothing_cut() -> bool:
        buttons = [b for c in window.cards.values() for b in (c.edit_texts_button, c.regenerate_button)]
        return all(b.width() >= b.sizeHint().width() for b in buttons if b.isVisible())

    driver.wait(nothing_cut)
    assert window.card_grid.columns < columns_before
