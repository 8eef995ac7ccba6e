"""What the Gemini error classifiers share: the redacted one-line message, and checks against the SDK's and
httpx's exception classes that never import those libraries (they are loaded whenever there is one of their
exceptions to check)."""

from __future__ import annotations

import re
import sys

from listing_genie_desktop.logging_setup import redact

MESSAGE_MAX = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def short_text(text: str, limit: int = MESSAGE_MAX) -> str:
    """Whole leading sentences of `text` on one line, within `limit` characters, redacted before it is cut
    (a cut through a key would leave its first characters, too few to be recognised as a key later)."""
    flat = " ".join(redact(str(text)).split())
    if len(flat) <= limit:
        return flat
    kept = ""
    for sentence in _SENTENCE_END.split(flat):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    return kept or flat[: limit - 1].rstrip() + "…"


def is_httpx(exc: BaseException, name: str) -> bool:
    return is_instance_of(exc, "httpx2", name) or is_instance_of(exc, "httpx", name)


def is_instance_of(exc: BaseException, module: str, name: str) -> bool:
    """isinstance against a class of a module only if that module is already loaded: never imports it."""
    loaded = sys.modules.get(module)
    cls = getattr(loaded, name, None) if loaded is not None else None
    return isinstance(cls, type) and isinstance(exc, cls)
