"""Sentences from below the window, shown in the window's language.

Validation, the engine, the backends, imaging and storage speak English (the CLI and the session JSON keep
it); their sentences are templates marked in their own modules (`core/messages.py`). `translated` finds
the template an English sentence was filled from, translates its arguments the same way (a field's label,
the message a "Stopped: ..." wraps) and fills `tr(template)`. It works alike for a live run's events, a
stored session's JSON and the catalogue database's problems, which all hold the English text. Anything it
does not recognise (a server's own words, a file name) is shown as it is.
"""

from __future__ import annotations

import functools
import re
import threading
from string import Formatter

from PySide6.QtCore import QLocale

from listing_genie_desktop.ui.i18n import format_money, locale, tr

SEPARATORS = ("; ", ": ", " · ")
"""Where a sentence that matches no template as a whole is split, each part then translated on its own
(a catalogue row's "title: Title is required", a server message and the advice after it)."""
TRANSLATED_ARGUMENTS = frozenset(
    {"label", "message", "image", "when", "reason", "problem", "issue", "ready", "advice", "unreachable", "title"}
)
"""Arguments that hold words of ours (a field's label, a wrapped message, an HTML page's "untitled"; what is not
ours in them stays as it is); the others are the seller's, the
file's or the service's own (a keyword, a SKU, a path, an intent name to type) and are shown as they are."""
WHOLE_NUMBERS = frozenset({"number"})
"""Arguments that are always a whole number ("Feature {number}"): matched as digits only, so that a short template
does not take in a longer sentence that begins with its words ("Feature 2 is empty: say ...")."""
_DOLLARS = re.compile(r"\$\d+\.\d+")


def _register() -> list[str]:
    """Imports every module that holds marked templates (their import registers them)."""
    import listing_genie_desktop.backends.gemini
    import listing_genie_desktop.backends.gemini_errors
    import listing_genie_desktop.backends.gemini_inline
    import listing_genie_desktop.backends.gemini_models
    import listing_genie_desktop.backends.gemini_transport
    import listing_genie_desktop.backends.reachability
    import listing_genie_desktop.backends.registry
    import listing_genie_desktop.backends.studio
    import listing_genie_desktop.catalogues
    import listing_genie_desktop.core.attempts
    import listing_genie_desktop.core.catalogue
    import listing_genie_desktop.core.cost
    import listing_genie_desktop.core.errors
    import listing_genie_desktop.core.image_types
    import listing_genie_desktop.core.outcome
    import listing_genie_desktop.core.pipeline
    import listing_genie_desktop.core.product
    import listing_genie_desktop.core.readiness
    import listing_genie_desktop.costs
    import listing_genie_desktop.editing
    import listing_genie_desktop.imaging.answers
    import listing_genie_desktop.imaging.catalogue_photos
    import listing_genie_desktop.imaging.compliance
    import listing_genie_desktop.imaging.cut_check
    import listing_genie_desktop.imaging.loading
    import listing_genie_desktop.imaging.photo_set
    import listing_genie_desktop.run_choice
    import listing_genie_desktop.services
    import listing_genie_desktop.storage.reads
    import listing_genie_desktop.storage.records
    import listing_genie_desktop.storage.stops
    import listing_genie_desktop.touch_up  # noqa: F401
    from listing_genie_desktop.core.messages import TEMPLATES

    return TEMPLATES


_warming: threading.Thread | None = None


def warm_up() -> None:
    """Builds the template index in a background thread, once, when the window does not speak English.

    The index needs every module that holds templates imported (services, the catalogues, numpy and the
    imaging: about 600 ms in a bare process, 30 to 70 ms still left once the window has imported its own);
    done by the first sentence that misses its direct translation, that import held the UI thread. An
    English window never needs the index (`translated` returns its text), so nothing is started for it and
    its start-up stays as it was."""
    global _warming
    if _warming is not None or locale().language() == QLocale.Language.English:
        return
    _warming = threading.Thread(target=_warm, name="listing-genie-templates", daemon=True)
    _warming.start()


def _warm() -> None:
    from listing_genie_desktop.runtime_tuning import lower_thread_priority

    lower_thread_priority()  # below the UI thread, as the other workers
    _patterns()


def _index() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The template index; a sentence asked for while it is being built waits for the rest of that build
    (no longer than building it here would take) instead of importing the same modules a second time."""
    warming = _warming
    if warming is not None and warming.is_alive() and warming is not threading.current_thread():
        warming.join()
    return _patterns()


def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name, _spec, _conversion in Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            shape = r"\d+" if name in WHOLE_NUMBERS else ".+?"
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{shape})")
            seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Templates with placeholders, the most literal text first (the most specific wins)."""
    templates = {t for t in _register() if "{" in t}
    literal = {t: sum(len(lit) for lit, *_ in Formatter().parse(t)) for t in templates}
    return tuple((_pattern(t), t) for t in sorted(templates, key=lambda t: (-literal[t], t)))


def translated(text: str | None) -> str:
    """`text` (English, from any layer) in the window's language; itself when nothing in it is known."""
    if not text:
        return text or ""
    if locale().language() == QLocale.Language.English:  # the sentences' own language: nothing to match, and
        return text  # the templates' modules (services, catalogues, numpy...) stay unimported at start-up
    return _translated(text, QLocale().name())


@functools.lru_cache(maxsize=4096)
def _translated(text: str, _language: str) -> str:
    """Remembered per language: a catalogue table asks for the same rows' problems at every repaint, and a
    sentence no template fits costs about a millisecond of matching (one per template)."""
    known = _known(text)
    if known is not None:
        return known
    if not text.endswith("."):  # a catalogue row's reason, its period taken off
        known = _known(f"{text}.", whole_sentences=True)
        if known is not None:
            return known.removesuffix(".").removesuffix("。")
    for separator in SEPARATORS:
        if separator in text:
            head, _, rest = text.partition(separator)
            shown = translated(rest)  # "compared_with_2: Feature 2 is empty: say ...": a sentence with its own colon
            if shown != rest:
                return f"{translated(head)}{separator}{shown}"
            parts = text.split(separator)
            done = [translated(part) for part in parts]
            if done != parts:
                return separator.join(done)
    return text


def _known(text: str, *, whole_sentences: bool = False) -> str | None:
    """The translation of `text` as a whole (a marked sentence, or a template it was filled from), or None.
    `whole_sentences` takes only templates that end with a period (the text had one added)."""
    own = tr(text)
    if own != text:
        return own
    for pattern, template in _index():
        if whole_sentences and not template.endswith("."):
            continue
        match = pattern.fullmatch(text)
        if match:
            return tr(template).format(**{name: _argument(name, value) for name, value in match.groupdict().items()})
    return None


def _argument(name: str, value: str) -> str:
    """A template's argument as the window shows it: words of ours translated, amounts in the locale's money,
    and the seller's or the file's own words (a keyword, an intent name to type, a SKU, a path) as they are."""
    if _DOLLARS.fullmatch(value):
        return format_money(float(value[1:]), precision=len(value.partition(".")[2]))
    if name == "names":  # "Main, Comparison": image types
        return ", ".join(tr(part) for part in value.split(", "))
    if name == "sides":  # "top and right": the frame's sides a product touches, listed as the locale lists words
        return locale().createSeparatedList([tr(side) for side in value.split(" and ")])
    return translated(value) if name in TRANSLATED_ARGUMENTS else value


def sentence(text: str | None) -> str:
    """`translated`, ending as a sentence does (a message without its period gets one)."""
    result = translated(text)
    if not result or result.endswith((".", "!", "?", "。", "！", "？")):
        return result
    return f"{result}{'。' if locale().language() == QLocale.Language.Japanese else '.'}"
