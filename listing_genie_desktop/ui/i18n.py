"""The interface's language: Qt's translation system, one context for the whole window.

Every user-visible string of the window is written `tr("English text")`; pyside6-lupdate extracts
each call (a bare `tr(` lands in the context "", which is the one `tr` here looks up) into
resources/i18n/listing_genie_<lang>.ts, and the build compiles those into .qm files with
pyside6-lrelease (`make translations`, a step of `make run`, `make test` and `make package`).
Placeholders are `{name}` filled by `.format()` after translation, so a translator may move them;
counts use Qt's `%n` plural forms. Words that come from layers without Qt (the image types, the
statuses, the settings schema's labels) are marked below with QT_TR_NOOP so lupdate extracts them,
and translated where they are shown with `tr(word)`.

The language follows the system's (QLocale.system()) unless Settings' `ui_language` names one; it
is chosen when the window starts. Numbers, dates and sizes go through `locale()` (QLocale), so a
German window writes "1,5 MB" and "3. Dez. 2026".
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLocale, QTranslator

from listing_genie_desktop.core.language import INTERFACE_LANGUAGES as UI_LANGUAGES

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
"""The .ts sources and, after the build, the compiled .qm files."""
CATALOGUE = "listing_genie"
"""The file stem: listing_genie_de.ts, listing_genie_de.qm."""
SHIPPED = ("de", "ja")
"""Languages with a complete translation (English is the source)."""

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language (itself when there is no translation for it); with `n`,
    the plural form for that count (`%n` is replaced by it). The signature is Qt's `tr`'s, which
    is what lupdate reads to find plural forms."""
    return QCoreApplication.translate("", text, disambiguation, n)


def choose_locale(ui_language: str, system: QLocale | None = None) -> QLocale:
    """The locale the window speaks: Settings' choice, else the system's when it is shipped, else English."""
    if ui_language in UI_LANGUAGES and ui_language != "system":
        return QLocale(ui_language)
    system = system or QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SHIPPED:
            return system if system.name().startswith(code) else QLocale(code)
        if code == "en":
            break
    return system if system.name().startswith("en") else QLocale("en_US")


def peek_language(settings_file: Path) -> str:
    """Settings' `ui_language`, read before the settings schema is loaded (as theme.peek_theme)."""
    import json

    try:
        value = json.loads(settings_file.read_text(encoding="utf-8")).get("ui_language")
    except (OSError, ValueError, AttributeError):
        return "system"
    return value if value in UI_LANGUAGES else "system"


def install_language(ui_language: str, system: QLocale | None = None) -> QLocale:
    """Loads the interface's translation (replacing one loaded before) and makes its locale the
    default for number and date formatting; returns that locale. English has a catalogue too: only
    its plural forms ("1 attempt", "2 attempts"). A missing .qm (a source tree never built) leaves
    the interface in English, with "(s)" plurals."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)  # type: ignore[union-attr]
    _installed.clear()
    locale = choose_locale(ui_language, system)
    QLocale.setDefault(locale)
    from PySide6.QtCore import QLibraryInfo

    qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)  # Save, Cancel, context menus
    for stem, folder in ((CATALOGUE, str(I18N_DIR)), ("qtbase", qt_own)):
        translator = QTranslator()
        if translator.load(locale, stem, "_", folder):
            app.installTranslator(translator)  # type: ignore[union-attr]
            _installed.append(translator)
    return locale


def locale() -> QLocale:
    return QLocale()


def format_number(value: float, decimals: int = 0) -> str:
    return locale().toString(float(value), "f", decimals) if decimals else locale().toString(round(value))


def format_bytes(size: int) -> str:
    """A file's size as the locale writes it ("1.5 MB", "1,5 MB")."""
    if size >= 1_000_000:
        return tr("{size} MB").format(size=format_number(size / 1e6, 1))
    return tr("{size} KB").format(size=format_number(max(1, round(size / 1000))))


def format_money(amount: float, symbol: str = "$", precision: int = 2) -> str:
    """An amount (Gemini prices are in US dollars) as the locale writes money: "$0.034" in English,
    "0,034 $" in German, the symbol placed and the decimals separated as the locale does."""
    return locale().toCurrencyString(float(amount), symbol, precision)


def format_cost(cost: float | None) -> str:
    """An estimated cost as every surface of the window shows it: "$0.27", "0,034 $" (an amount under ten
    cents keeps its third digit, as core.cost.cost_text does for the CLI), or "cost unknown"."""
    if cost is None:
        return tr("cost unknown")
    return format_money(cost, precision=3 if 0 < cost < 0.1 else 2)


def format_datetime(moment: datetime) -> str:
    """A moment in the user's time zone, in the locale's short date and time format."""
    from PySide6.QtCore import QDateTime

    local = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return locale().toString(stamp, QLocale.FormatType.ShortFormat)


# Words shown by the window that are defined without Qt (core's image types and intents, ui/state's
# statuses, settings.py's schema): marked here so lupdate extracts them; `tr(word)` shows them.
MARKED = (
    QT_TR_NOOP("Main"),
    QT_TR_NOOP("Infographic 1"),
    QT_TR_NOOP("Infographic 2"),
    QT_TR_NOOP("Lifestyle"),
    QT_TR_NOOP("Comparison"),
    QT_TR_NOOP("durable"),
    QT_TR_NOOP("use case"),
    QT_TR_NOOP("style"),
    QT_TR_NOOP("solves a problem"),
    QT_TR_NOOP("compare"),
    QT_TR_NOOP("Waiting"),
    QT_TR_NOOP("Generating"),
    QT_TR_NOOP("Retrying"),
    QT_TR_NOOP("Complete"),
    QT_TR_NOOP("Failed"),
    QT_TR_NOOP("Cancelled"),
    QT_TR_NOOP("Interrupted"),
    QT_TR_NOOP("Backend"),
    QT_TR_NOOP("Model"),
    QT_TR_NOOP("Output size"),
    QT_TR_NOOP("Images at once"),
    QT_TR_NOOP("Retries per image"),
    QT_TR_NOOP("Attempt timeout"),
    QT_TR_NOOP("Text"),
    QT_TR_NOOP("Language"),
    QT_TR_NOOP("Format"),
    QT_TR_NOOP("Theme"),
    QT_TR_NOOP("Interface language"),
    # the schema's help texts the Settings dialog shows as tooltips, capitalised as it shows them
    QT_TR_NOOP("The output size asked of models that take one"),
    QT_TR_NOOP("Images generated at the same time"),
    QT_TR_NOOP("Retries after a failed attempt"),
    QT_TR_NOOP("Seconds one attempt may wait for its answer"),
    QT_TR_NOOP("USD the month's runs may cost, estimated from the usage the API reports (0: no budget)"),
    QT_TR_NOOP("Your own price per image (USD) for a model, used instead of the list price"),
)
