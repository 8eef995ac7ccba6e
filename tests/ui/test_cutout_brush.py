"""The erase/restore brush on MAIN's studio cut-out: strokes, undo, and Apply re-drawing every image."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QToolButton

from listing_genie_desktop.backends.studio import StudioBackend
from listing_genie_desktop.cli_json import session_json
from listing_genie_desktop.core.product import IMAGE_TYPES, ImageType
from listing_genie_desktop.ui.cutout_editor import CutoutEditor
from listing_genie_desktop.ui.image_viewer import ImageViewer
from tests.ui.conftest import card, start_generation

MAIN = ImageType.MAIN


@pytest.fixture
def product_photo(tmp_path) -> Path:
    """A dark blue box on a light grey table: the studio cuts out the box."""
    image = Image.new("RGB", (640, 640), (232, 232, 228))
    image.paste((30, 60, 150), (200, 170, 440, 470))
    path = tmp_path / "box.png"
    image.save(path)
    return path


def _studio_window(open_window, driver, photo):  # type: ignore[no-untyped-def]
    window = open_window()
    window.model.services.backend_factory = lambda choice, settings: StudioBackend()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running, timeout_ms=60_000)
    assert all(window.model.shown.images[t].path for t in IMAGE_TYPES)
    return window


def _open_brush(window, driver) -> tuple[ImageViewer, CutoutEditor]:  # type: ignore[no-untyped-def]
    card(window, MAIN).findChild(QToolButton, "openButton").click()
    viewer = window.findChild(ImageViewer, "imageViewer")
    driver.wait(lambda: viewer.findChild(QToolButton, "touchUpButton") is not None)
    viewer.findChild(QToolButton, "touchUpButton").click()
    editor = window.findChild(CutoutEditor, "cutoutEditor")
    driver.wait(lambda: editor.rgba is not None, timeout_ms=30_000)
    editor.view.actual_size()
    return viewer, editor


def _drag_across_centre(qtbot, editor: CutoutEditor) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """One stroke through the cut-out's centre, with the mouse; returns the centre in cut-out pixels."""
    height, width = editor.mask.shape
    centre = (width // 2, height // 2)
    editor.view.centerOn(*centre)
    viewport = editor.view.viewport()
    start = editor.view.mapFromScene(centre[0] - 30, centre[1])
    end = editor.view.mapFromScene(centre[0] + 30, centre[1])
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for x in range(start.x(), end.x() + 1, 10):
        qtbot.mouseMove(viewport, QPoint(x, start.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    return centre


def _middle(pixels: np.ndarray) -> np.ndarray:
    """The central 2 % of an image: where the cut-out's centre is drawn on MAIN."""
    side = pixels.shape[0]
    middle = slice(side // 2 - side // 100, side // 2 + side // 100 + 1)
    return pixels[middle, middle]


def test_erasing_a_region_and_undo_restores_it(open_window, driver, qtbot, product_photo):
    window = _studio_window(open_window, driver, product_photo)
    _, editor = _open_brush(window, driver)
    original = editor.mask.copy()
    x, y = centre = _drag_across_centre(qtbot, editor)
    assert original[y, x] == 255 and editor.mask[y, x] == 0
    assert editor.mask[y, x - 30 : x + 31].max() == 0  # the whole stroke, not only its ends
    assert editor.findChild(QPushButton, "applyTouchUpButton").isEnabled()
    editor.findChild(QToolButton, "undoButton").click()
    assert np.array_equal(editor.mask, original)
    editor.findChild(QToolButton, "redoButton").click()
    assert editor.mask[centre[1], centre[0]] == 0
    editor.findChild(QToolButton, "restoreButton").click()
    _drag_across_centre(qtbot, editor)
    assert np.array_equal(editor.mask, original)  # restore brings the photo's pixels back


def test_apply_redraws_every_image_from_the_corrected_cut_out(open_window, driver, qtbot, product_photo):
    window = _studio_window(open_window, driver, product_photo)
    before = {t: window.model.shown.images[t].path for t in IMAGE_TYPES}
    main_before = np.asarray(Image.open(before[MAIN]).convert("RGB"))
    viewer, editor = _open_brush(window, driver)
    editor.size_spin.setValue(40)
    _drag_across_centre(qtbot, editor)
    editor.findChild(QPushButton, "applyTouchUpButton").click()
    driver.wait(lambda: all(window.model.shown.images[t].path != before[t] for t in IMAGE_TYPES), timeout_ms=60_000)
    session = session_json(driver.run(window.model.store.load_session(window.model.shown.session_id)))
    for image in session["images"]:
        last = [a for a in image["attempt_log"] if a["outcome"] == "complete"][-1]
        assert last["variation"] == "touch-up" and last["path"] == image["path"]
    main_after = np.asarray(Image.open(window.model.shown.images[MAIN].path).convert("RGB"))
    assert _middle(main_before).max() < 200  # the box's blue was there
    assert _middle(main_after).min() >= 250  # erased: the white background shows
    driver.wait(lambda: viewer.shown_path == window.model.shown.images[MAIN].path)
