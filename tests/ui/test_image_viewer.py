"""The full-size viewer inside the window: opened from a card, zoomed, flipped between versions."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from listing_genie_desktop.core.product import ImageType
from listing_genie_desktop.ui.image_viewer import ImageViewer
from tests.ui.conftest import button, card, start_generation

MAIN = ImageType.MAIN


def _finished_window(open_window, driver, photo):  # type: ignore[no-untyped-def]
    window = open_window()
    start_generation(driver, window, photo)
    driver.wait(lambda: not window.model.running)
    return window


def _open_viewer(window, driver, image_type=MAIN) -> ImageViewer:  # type: ignore[no-untyped-def]
    frame = card(window, image_type)
    view_button = frame.findChild(QToolButton, "openButton")
    assert view_button.isVisible() and view_button.text() == "View"
    view_button.click()
    viewer = window.findChild(ImageViewer, "imageViewer")
    assert viewer is not None and viewer.isVisible()
    driver.wait(lambda: viewer.shown_path == window.model.shown.images[image_type].path)
    return viewer


def _tool(viewer: ImageViewer, name: str) -> QToolButton:
    found = viewer.findChild(QToolButton, name)
    assert found is not None, name
    return found


def test_the_card_opens_the_image_full_size_in_the_window(open_window, driver, photo):
    window = _finished_window(open_window, driver, photo)
    viewer = _open_viewer(window, driver)
    assert viewer.view.has_picture()
    assert viewer.view.item.pixmap().width() == 240  # the file's own pixels, not the card's thumbnail
    assert "240 × 240 px" in viewer.findChild(QLabel, "viewerStatus").text()
    viewer.findChild(QPushButton, "closeViewerButton").click()
    driver.wait(lambda: window.findChild(ImageViewer, "imageViewer") is None)


def test_zoom_buttons_and_the_wheel_change_the_scale(open_window, driver, photo):
    window = _finished_window(open_window, driver, photo)
    viewer = _open_viewer(window, driver)
    _tool(viewer, "actualSizeButton").click()
    assert viewer.view.scale_factor == 1.0
    assert viewer.findChild(QLabel, "zoomLabel").text() == "100 %"
    _tool(viewer, "zoomInButton").click()
    assert viewer.view.scale_factor == 1.25
    _tool(viewer, "zoomOutButton").click()
    _tool(viewer, "zoomOutButton").click()
    assert viewer.view.scale_factor == 0.8
    centre = QPointF(viewer.view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        viewer.view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    viewer.view.wheelEvent(wheel)
    assert abs(viewer.view.scale_factor - 0.8 * 1.25**2) < 1e-9
    _tool(viewer, "fitButton").click()
    fitted = viewer.view.mapFromScene(viewer.view.item.boundingRect()).boundingRect()
    viewport = viewer.view.viewport().rect()
    gap = min(viewport.width() - fitted.width(), viewport.height() - fitted.height())
    assert 0 <= gap <= 4  # the whole picture, as large as the window lets it be (Qt keeps a 2 px margin)


def test_flipping_versions_shows_the_older_file(open_window, driver, photo):
    window = _finished_window(open_window, driver, photo)
    first = window.model.shown.images[MAIN].path
    card(window, MAIN).findChild(QPushButton, "regenerateButton").click()
    driver.wait(lambda: window.model.running)
    driver.wait(lambda: not window.model.running)
    newest = window.model.shown.images[MAIN].path
    assert newest != first
    viewer = _open_viewer(window, driver)
    label = viewer.findChild(QLabel, "versionLabel")
    driver.wait(lambda: label.text() == "Version 2 of 2")
    _tool(viewer, "previousVersionButton").click()
    assert label.text() == "Version 1 of 2" and not _tool(viewer, "previousVersionButton").isEnabled()
    driver.wait(lambda: viewer.shown_path == first)
    _tool(viewer, "nextVersionButton").click()
    driver.wait(lambda: viewer.shown_path == newest)


def test_side_by_side_shows_the_reference_photo(open_window, driver, photo):
    window = _finished_window(open_window, driver, photo)
    viewer = _open_viewer(window, driver)
    assert not viewer.reference_view.isVisible()
    _tool(viewer, "sideBySideButton").click()
    assert viewer.reference_view.isVisible() and viewer.view.isVisible()
    driver.wait(viewer.reference_view.has_picture)
    assert viewer.reference_view.item.pixmap().size().toTuple() == (640, 640)  # the photo, not the image
    assert button(window, "generateButton") is not None
