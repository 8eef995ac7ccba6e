"""The language of the words the app itself puts on the images (a layout's fixed labels).

The seller's own words are drawn as typed, whatever their language; only the few fixed labels
("How it compares", "For hikers") follow this choice. `auto` means: the language the product
text is written in, by its script (kana or kanji: Japanese) or its most common small words
("und", "pour", "para", "per"), else English. Pure Python: core imports no language library,
and a handful of stop words tells these six languages apart in a title and three features.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

AUTO = "auto"
DEFAULT = "en"
INTERFACE_LANGUAGES = ("system", "en", "de", "ja")
"""The window's own languages (ui/i18n.py ships their translations); "system" follows the OS.
Not the images' labels: those are LANGUAGES below."""
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "ja": "日本語",
}
"""Code -> the language's own name (what the form's choice shows)."""
ENGLISH_NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "ja": "Japanese",
}
_STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(("the", "and", "for", "with", "of", "to", "in", "your", "you", "is", "on", "this", "from", "by")),
    "de": frozenset(("der", "die", "das", "und", "für", "mit", "ist", "ein", "eine", "nicht", "auf", "zu", "im"))
    | frozenset(("den", "dem", "aus", "von", "bei", "ohne")),
    "fr": frozenset(("le", "les", "et", "pour", "avec", "des", "une", "est", "du", "au", "aux", "en", "sans", "sur"))
    | frozenset(("votre", "vos", "dans")),
    "es": frozenset(("el", "los", "las", "y", "para", "con", "una", "es", "del", "por", "sin", "su", "sus", "en"))
    | frozenset(("tu", "muy")),
    "it": frozenset(("il", "lo", "gli", "e", "per", "con", "di", "una", "è", "del", "che", "della", "delle", "senza"))
    | frozenset(("su", "tuo", "in")),
}
_LETTERS: dict[str, str] = {"de": "äöüß", "fr": "çêèàœë", "es": "ñ¿¡á", "it": "ìò"}
_WORD = re.compile(r"[^\W\d_]+")


def choices() -> tuple[str, ...]:
    """What `--language` and the form accept."""
    return (AUTO, *LANGUAGES)


def is_japanese(char: str) -> bool:
    """Kana, kanji and the CJK marks Japanese text uses."""
    name = unicodedata.name(char, "")
    return name.startswith(("HIRAGANA", "KATAKANA", "CJK UNIFIED", "CJK SYMBOL", "CJK COMPATIBILITY"))


def detect_language(texts: Iterable[str]) -> str:
    """The language `texts` are most likely written in, among LANGUAGES; English when unsure."""
    text = " ".join(texts)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(is_japanese(c) for c in letters) >= 0.3 * len(letters):
        return "ja"
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {code: sum(w in stops for w in words) for code, stops in _STOP_WORDS.items()}
    lowered = text.casefold()
    for code, marks in _LETTERS.items():
        scores[code] += sum(lowered.count(m) for m in marks)
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] > 0 else DEFAULT


def resolve_language(choice: str, texts: Iterable[str]) -> str:
    """The language code a run uses: `choice` itself, or the detected one for `auto` (or anything unknown)."""
    return choice if choice in LANGUAGES else detect_language(texts)
