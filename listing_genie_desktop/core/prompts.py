"""Prompt engine: one editable text template per image type, filled from the product.

Templates live in `resources/prompts/` (the file each image type's registry entry names) and use
`{placeholders}`; shared
wording (intent guidance, retry variations, text instructions) lives in `fragments.ini`.
Templates are checked when loaded, so a typo names the file and placeholder instead of
surfacing as a KeyError in the middle of a generation run.
"""

from __future__ import annotations

import configparser
import string
from dataclasses import dataclass
from pathlib import Path

from listing_genie_desktop.core.image_types import REGISTRY, spec_of
from listing_genie_desktop.core.language import DEFAULT, ENGLISH_NAMES
from listing_genie_desktop.core.product import ImageType, ProductContext
from listing_genie_desktop.resources import resource_path

PLACEHOLDERS = frozenset(
    {
        "image_label",
        "title",
        "feature_1",
        "feature_2",
        "feature_3",
        "features",
        "compared",
        "other_features",
        "audience",
        "keywords",
        "intent_guidance",
        "text_instructions",
    }
)


class TemplateError(Exception):
    """A prompt template or fragment file is missing or malformed."""


@dataclass(frozen=True)
class Fragments:
    intents: dict[str, str]
    variations: dict[str, str]
    text: dict[str, str]


class PromptEngine:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or resource_path("prompts")
        self.fragments = _load_fragments(self.folder / "fragments.ini")
        self.templates = {spec.image_type: _load_template(self.folder / spec.prompt) for spec in REGISTRY.specs()}

    @property
    def variations(self) -> tuple[str, ...]:
        return tuple(self.fragments.variations)

    def render(
        self, image_type: ImageType, product: ProductContext, variation: str = "base", *, text_overlay: bool = False
    ) -> str:
        """The full prompt for one attempt.

        With `text_overlay` the text images ask the model for a scene with room for text and no
        text of its own: the studio layout code draws the exact words afterwards, because image
        models misspell.
        """
        if variation not in self.fragments.variations:
            raise TemplateError(f"Unknown prompt variation {variation!r} (known: {', '.join(self.variations)})")
        spec = spec_of(image_type)
        text_key = "overlay" if text_overlay and spec.text_overlay else "render"
        values = {
            "image_label": image_type.name,
            "title": product.title,
            "feature_1": product.feature_1,
            "feature_2": product.feature_2,
            "feature_3": product.feature_3,
            "features": "; ".join(product.features),
            "compared": _compared(product),
            "other_features": "; ".join(product.features[1:]) or "none",
            "audience": product.audience or "everyday shoppers",
            "keywords": ", ".join(k.keyword for k in product.keywords) or "none given",
            "intent_guidance": self._intent_guidance(product),
            "text_instructions": self.fragments.text[text_key].replace(
                "{language}", ENGLISH_NAMES.get(product.language, ENGLISH_NAMES[DEFAULT])
            ),
        }
        body = self._template(image_type, spec.prompt).format_map(values).strip()
        extra = self.fragments.variations[variation].strip()
        return f"{body}\n\n{extra}" if extra else body

    def _template(self, image_type: ImageType, prompt: str) -> str:
        """Loaded with the engine; a type registered since is loaded (and checked) at its first prompt."""
        if image_type not in self.templates:
            self.templates[image_type] = _load_template(self.folder / prompt)
        return self.templates[image_type]

    def _intent_guidance(self, product: ProductContext) -> str:
        lines = [self.fragments.intents[i.value] for i in product.intents[:3]]
        return " ".join(lines) or self.fragments.intents["default"]


def _compared(product: ProductContext) -> str:
    """What the seller said a generic alternative lacks, per feature, in their words; "no row" when nothing."""
    said = [f'"{f}": "{product.compared_for(i)}"' for i, f in enumerate(product.features) if product.compared_for(i)]
    return "; ".join(said) or "no row"


def _load_template(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise TemplateError(f"Prompt template {path} cannot be read: {exc.strerror or exc}") from exc
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        raise TemplateError(
            f"Prompt template {path.name} is malformed: {exc} (use {{{{ }}}} for literal braces)"
        ) from exc
    unknown = sorted(f for f in fields if f not in PLACEHOLDERS)
    if unknown:
        raise TemplateError(
            f"Prompt template {path.name} uses unknown placeholder {{{unknown[0]}}}; "
            f"known: {', '.join(sorted(PLACEHOLDERS))}"
        )
    return text


def _load_fragments(path: Path) -> Fragments:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, configparser.Error) as exc:
        raise TemplateError(f"Prompt fragments {path} cannot be read: {exc}") from exc
    missing = [s for s in ("intents", "variations", "text") if not parser.has_section(s)]
    if missing:
        raise TemplateError(f"Prompt fragments {path.name} lacks section [{missing[0]}]")
    text = dict(parser["text"])
    for key in ("overlay", "render"):
        if key not in text:
            raise TemplateError(f"Prompt fragments {path.name} lacks '{key}' in [text]")
    intents = dict(parser["intents"])
    if "default" not in intents:
        raise TemplateError(f"Prompt fragments {path.name} lacks 'default' in [intents]")
    variations = dict(parser["variations"])
    if "base" not in variations:
        raise TemplateError(f"Prompt fragments {path.name} lacks 'base' in [variations]")
    return Fragments(intents=intents, variations=variations, text=text)
