"""Where a line may break, by each script's rules.

Latin (and every script that separates words with spaces) breaks only at spaces: a word is never
split across lines. Japanese and Chinese break between any two characters, except where the
Japanese line-breaking rules (kinsoku shori, JIS X 4051) forbid it: no small kana, prolonged
sound mark, iteration mark or closing punctuation at the start of a line, no opening bracket at
its end. Those characters are glued to their neighbour into one unbreakable token; a run of
Latin letters or digits inside Japanese text ("24時間", "750ml") stays one token too.
"""

from __future__ import annotations

from dataclasses import dataclass

from listing_genie_desktop.imaging.render.fonts import is_wide

NO_LINE_START = frozenset(
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｯｬｭｮ"
    "ーｰ々〻ゝゞヽヾ゛゜・･"
    "、。，．,.：；:;？！?!‼⁇⁈⁉）〕］｝〉》」』】〙〗〟’”｠»)]}"
    "‐゠–〜～"
)
"""Characters Japanese typesetting never puts first on a line."""
NO_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝‘“｟«([{")
"""Characters never left last on a line."""


@dataclass(frozen=True)
class Token:
    """An unbreakable piece of text; `spaced` when a space separates it from the token before."""

    text: str
    spaced: bool


def tokens(text: str) -> list[Token]:
    """The unbreakable pieces of `text`, in order."""
    result: list[Token] = []
    for word in text.split(" "):
        first = True
        for piece in _pieces(word):
            glue = bool(result) and not first and (piece[0] in NO_LINE_START or result[-1].text[-1] in NO_LINE_END)
            if glue:
                result[-1] = Token(result[-1].text + piece, result[-1].spaced)
            else:
                result.append(Token(piece, bool(result) and first))
            first = False
    return result


def _pieces(word: str) -> list[str]:
    """A space-free word cut where CJK allows a break: each wide character alone, narrow runs whole."""
    pieces: list[str] = []
    for char in word:
        if pieces and not is_wide(char) and not is_wide(pieces[-1][-1]):
            pieces[-1] += char
        elif pieces and not is_wide(char) and char in NO_LINE_START:
            pieces[-1] += char  # narrow closing punctuation after a CJK character
        else:
            pieces.append(char)
    return pieces


def join(parts: list[Token]) -> str:
    """The tokens of one line as text: spaces where the source had them, none at the line start."""
    return "".join((" " if token.spaced and index else "") + token.text for index, token in enumerate(parts))
