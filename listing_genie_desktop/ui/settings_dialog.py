"""Settings: backend, API key (OS keyring), connection test, model and output size, tuning, text overlay,
export format.

The model is picked from the key's image models as last listed (each with its sizes and price; Refresh
lists them again), and stays free text: a model released after the list was made can be typed in.

Opened with `open()` (never `exec()`: a nested event loop would stall running tasks). The key
is handed to the model, which stores it in the keyring off the UI thread; the dialog only shows
where the key lives now, including "kept for this run only" when there is no keyring.
"""

from __future__ import annotations

import asyncio
import math

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from listing_genie_desktop.backends.model_catalogue import ModelInfo
from listing_genie_desktop.backends.registry import AUTO, backend_entries
from listing_genie_desktop.settings import EXPORT_FORMATS, THEMES, UI_LANGUAGES, Settings, schema
from listing_genie_desktop.ui.cost_fields import CostFields
from listing_genie_desktop.ui.i18n import format_money, tr
from listing_genie_desktop.ui.settings_model import ConnectionResult, SettingsModel
from listing_genie_desktop.ui.theme import set_style_property

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "ja": "日本語"}
"""Each language in its own words (what a reader of it looks for), never translated."""
RESTART_NOTE = QT_TR_NOOP("A new language applies when you restart Listing Genie.")


def _theme_labels() -> dict[str, str]:
    return {"system": tr("As the system"), "light": tr("Light"), "dark": tr("Dark")}


def _label(setting: str) -> str:
    return tr(str(schema()[setting].tunable.label))


def _section(title: str) -> QLabel:
    label = QLabel(title)
    label.setProperty("role", "section")
    return label


class SettingsDialog(QDialog):
    def __init__(self, model: SettingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.model = model
        settings = model.settings

        self.backend = QComboBox(objectName="backendCombo")
        self.backend.addItem(tr("Automatic (Gemini when a key is set, else Studio)"), AUTO)
        for entry in backend_entries():
            self.backend.addItem(tr(entry.label), entry.name)
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.backend)))

        self.key_edit = QLineEdit(objectName="apiKeyEdit", placeholderText=tr("Paste a Gemini API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(tr("Gemini API key"))
        self.save_key_button = QPushButton(tr("Save key"), objectName="saveKeyButton")
        self.save_key_button.clicked.connect(self._save_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.save_key_button)
        self.key_note = QLabel(objectName="keyNoteLabel", wordWrap=True)
        self.key_note.setProperty("role", "muted")

        self.test_button = QPushButton(tr("Test connection"), objectName="testConnectionButton")
        self.test_button.clicked.connect(self._test_connection)
        self.test_button.setToolTip(
            tr("Asks Gemini whether the key (typed above, else the saved one) can use the model")
        )
        self.test_result = QLabel(objectName="testResultLabel", wordWrap=True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model_combo = QComboBox(objectName="modelCombo", editable=True)
        self.model_combo.setAccessibleName(tr("Gemini image model"))
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_info = QLabel(objectName="modelInfoLabel", wordWrap=True)
        self.model_info.setProperty("role", "muted")
        self.refresh_models_button = QPushButton(tr("Refresh"), objectName="refreshModelsButton")
        self.refresh_models_button.setToolTip(tr("Lists the image models the key can use again"))
        self.refresh_models_button.clicked.connect(lambda: model.refresh_models(force=True))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.refresh_models_button)
        self._fill_models(settings.model)
        self.model_combo.currentTextChanged.connect(self._describe_model)
        model.modelsChanged.connect(self._models_changed)
        self.image_size = QComboBox(objectName="imageSizeCombo")
        self.image_size.setMaximumWidth(120)
        self.image_size.setToolTip(tr(schema()["image_size"].tunable.help.capitalize()))
        for size in schema()["image_size"].tunable.choices():
            self.image_size.addItem(size, size)
        self.image_size.setCurrentIndex(max(0, self.image_size.findData(settings.image_size)))
        self.costs = CostFields(settings)
        self.model_combo.currentTextChanged.connect(self.costs.show_model)
        self.concurrency = self._spin("concurrencySpin", "concurrency", settings.concurrency)
        self.max_retries = self._spin("maxRetriesSpin", "max_retries", settings.max_retries)
        self.timeout = self._spin("attemptTimeoutSpin", "attempt_timeout_s", round(settings.attempt_timeout_s))
        self.timeout.setSuffix(tr(" s"))
        self.text_overlay = QCheckBox(tr("Draw the listing text on infographics myself"), objectName="textOverlayCheck")
        self.text_overlay.setChecked(settings.text_overlay)
        self.export_format = QComboBox(objectName="exportFormatCombo")
        self.export_format.setMaximumWidth(120)
        for name in EXPORT_FORMATS:
            self.export_format.addItem(name.upper(), name)
        self.export_format.setCurrentIndex(EXPORT_FORMATS.index(settings.export_format))
        self.theme = QComboBox(objectName="themeCombo")
        self.theme.setMaximumWidth(160)
        for name in THEMES:
            self.theme.addItem(_theme_labels()[name], name)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))
        self.theme.setAccessibleName(_label("theme"))
        self.ui_language = QComboBox(objectName="uiLanguageCombo")
        self.ui_language.setMaximumWidth(200)
        for code in UI_LANGUAGES:
            self.ui_language.addItem(tr("As the system") if code == "system" else LANGUAGE_NAMES[code], code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(settings.ui_language)))
        self.ui_language.setToolTip(tr("The window's language"))
        # Every widget sets its words when it is built; switching live would need each one to set them again.
        self.language_note = QLabel(tr(RESTART_NOTE), objectName="languageNoteLabel", wordWrap=True)
        self.language_note.setProperty("role", "muted")
        self.ui_language.setAccessibleDescription(tr(RESTART_NOTE))

        test_row = QHBoxLayout()
        test_row.setSpacing(10)
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.test_result.hide()

        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(_label("backend"), self.backend)
        form.addRow(_section(tr("Gemini")))
        form.addRow(tr("API key"), key_row)
        form.addRow("", self.key_note)
        form.addRow("", test_row)
        form.addRow("", self.test_result)  # its own row, the whole width: a long error wraps, never clipped
        form.addRow(_label("model"), model_row)
        form.addRow("", self.model_info)
        form.addRow(_label("image_size"), self.image_size)
        form.addRow(tr("Your price"), self.costs.price)
        form.addRow(_label("monthly_budget_usd"), self.costs.budget)
        form.addRow(_section(tr("Generation")))
        form.addRow(_label("concurrency"), self.concurrency)
        form.addRow(_label("max_retries"), self.max_retries)
        form.addRow(_label("attempt_timeout_s"), self.timeout)
        form.addRow(_label("text_overlay"), self.text_overlay)
        form.addRow(_section(tr("Export")))
        form.addRow(_label("export_format"), self.export_format)
        form.addRow(_section(tr("Appearance")))
        form.addRow(_label("theme"), self.theme)
        form.addRow(_label("ui_language"), self.ui_language)
        form.addRow("", self.language_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._show_key_source()

    @staticmethod
    def _spin(name: str, setting: str, value: int) -> QSpinBox:
        """A spin box bounded, named and explained by the settings schema."""
        tunable = schema()[setting].tunable
        low, high = math.ceil(tunable.low or 0), math.floor(tunable.high or 0)
        spin = QSpinBox(objectName=name, minimum=low, maximum=high, value=value)
        spin.setAccessibleName(tr(tunable.label))
        spin.setToolTip(tr(tunable.help[0].upper() + tunable.help[1:]))
        spin.setMaximumWidth(120)
        return spin

    def values(self) -> Settings:
        return Settings(
            backend=self.backend.currentData(),
            model=self.model_combo.currentText().strip(),
            image_size=self.image_size.currentData(),
            concurrency=self.concurrency.value(),
            max_retries=self.max_retries.value(),
            attempt_timeout_s=float(self.timeout.value()),
            text_overlay=self.text_overlay.isChecked(),
            export_format=self.export_format.currentData(),
            theme=self.theme.currentData(),
            ui_language=self.ui_language.currentData(),
            **self.costs.values(),  # type: ignore[arg-type]
        )

    def _fill_models(self, current: str) -> None:
        """The listed models, best first, each with its sizes and price as a tooltip; `current` stays typed
        in even when the list lacks it (it is then described as such)."""
        listed = self.model.models
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for info in listed.models if listed is not None else ():
            self.model_combo.addItem(info.name, info.name)
            self.model_combo.setItemData(self.model_combo.count() - 1, _describe(info), Qt.ItemDataRole.ToolTipRole)
        self.model_combo.setCurrentText(current)
        self.model_combo.blockSignals(False)
        best = listed.recommended if listed is not None else None
        placeholder = (
            tr("Recommended: {name}").format(name=best.name)
            if best is not None
            else tr("The recommended model of the key")
        )
        self.model_combo.lineEdit().setPlaceholderText(placeholder)
        self._describe_model(current)

    def _models_changed(self) -> None:
        if isValid(self):
            self._fill_models(self.model_combo.currentText().strip())

    def _describe_model(self, text: str) -> None:
        listed, name = self.model.models, text.strip()
        info = listed.get(name) if listed is not None and name else None
        if info is not None:
            line = _describe(info)
        elif not name:
            best = listed.recommended if listed is not None else None
            line = (
                tr("Runs use the best model the key can use ({name}: {about}).").format(
                    name=best.name, about=_describe(best)
                )
                if best
                else tr("Runs use the best model the key can use.")
            )
        elif listed is not None:
            line = tr("{name} is not among the models this key can use: runs will refuse it.").format(name=name)
        else:
            line = tr("The key's models have not been listed yet.")
        self.model_info.setText("\n".join(p for p in (line, self.model.models_note) if p))

    def accept(self) -> None:
        self.model.update(self.values())
        if self.key_edit.text().strip():
            self._save_key()
        super().accept()

    def _show_key_source(self) -> None:
        self.key_note.setText(self.model.key_status())

    def _save_key(self) -> None:
        value = self.key_edit.text()
        self.key_edit.clear()
        self.save_key_button.setEnabled(False)
        task = self.model.save_api_key(value)
        task.add_done_callback(lambda _t: self._key_saved())

    def _key_saved(self) -> None:
        if not isValid(self):  # the dialog was closed before the keyring answered
            return
        self.save_key_button.setEnabled(True)
        self._show_key_source()
        self.test_result.hide()  # it may say "No API key": no longer true, and not tested yet
        self.test_result.clear()

    def _test_connection(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("Testing…"))
        self.test_result.show()
        set_style_property(self.test_result, "tone", "")
        task = self.model.test_connection(
            self.backend.currentData(),
            self.model_combo.currentText().strip(),
            api_key=self.key_edit.text().strip() or None,
        )
        task.add_done_callback(self._tested)

    def _tested(self, task: asyncio.Task[ConnectionResult]) -> None:
        if not isValid(self):
            return
        self.test_button.setEnabled(True)
        if task.cancelled() or task.exception() is not None:
            self.test_result.setText("")
            return
        result = task.result()
        self.test_result.setText("\n".join(p for p in (result.message, result.advice) if p))
        set_style_property(self.test_result, "tone", "success" if result.ok else "danger")
        self._fit_height()

    def _fit_height(self) -> None:
        """Grows the dialog to what its text now needs (it was sized before the result existed)."""
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


def _describe(info: ModelInfo) -> str:
    """Sizes, reference photos and price in one line, plus its status when it is not a current model."""
    sizes = "/".join(info.sizes) or tr("one size")
    photos = tr("up to %n photo(s)", None, info.max_reference_images)
    prices = [
        f"{size} {format_money(price, precision=3)}"
        for size, price in info.price_usd_per_image.items()
        if price is not None
    ]
    status = "" if info.status == "current" else f" ({info.status})"
    return f"{sizes} · {photos} · {' · '.join(prices) or tr('price unknown')}{status}"
