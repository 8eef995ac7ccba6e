"""The image types a listing is made of: one registry entry per type, so a new type is one entry, a prompt
template and a studio layout (imaging registers the layout under the same type id).

A session keeps its own types (the history's image rows): it is counted, shown and exported from them,
not from this registry, so a session made when the registry held other types still reads true. A stored
type this build does not know is still an `ImageType` (parsing never fails on a well-formed id); it has no
entry, so it is shown and counted but never generated or exported under a guessed Amazon code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from listing_genie_desktop.core.messages import QT_TR_NOOP

_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_CODE = re.compile(r"MAIN|PT0[1-8]")
NOT_EXPORTED = QT_TR_NOOP(
    "Not exported: {names}, made by another version of the app; this one has no Amazon code for it."
)
"""Amazon's variant codes for a product's images: one main image and up to eight more."""


class ImageType(str):
    """An image type's id ("main", "infographic_1", ...): a string, interned, so `is` compares as an enum did.

    `ImageType(value)` parses a stored or typed value: any well-formed id, known to the registry or not
    (a ValueError only for a malformed one). The five well-known types are attributes (`ImageType.MAIN`)."""

    __slots__ = ()
    _interned: ClassVar[dict[str, ImageType]] = {}

    MAIN: ClassVar[ImageType]
    INFOGRAPHIC_1: ClassVar[ImageType]
    INFOGRAPHIC_2: ClassVar[ImageType]
    LIFESTYLE: ClassVar[ImageType]
    COMPARISON: ClassVar[ImageType]

    def __new__(cls, value: str) -> ImageType:
        found = cls._interned.get(value)
        if found is None:
            if not isinstance(value, str) or not _ID.fullmatch(value):
                raise ValueError(f"{value!r} is not an image type id")
            found = cls._interned.setdefault(value, super().__new__(cls, value))
        return found

    def __repr__(self) -> str:
        return f"ImageType({self.value!r})"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)

    def __reduce__(self) -> tuple[type[ImageType], tuple[str]]:
        return (ImageType, (self.value,))

    def __copy__(self) -> ImageType:
        return self

    def __deepcopy__(self, memo: object) -> ImageType:
        return self

    @property
    def value(self) -> str:
        return str.__str__(self)

    @property
    def name(self) -> str:
        """The id in capitals ("INFOGRAPHIC_1"): how prompts name the image."""
        return self.value.upper()

    @property
    def label(self) -> str:
        """The registry's label; for a type this build does not know, one made from its id ("Size chart")."""
        spec = REGISTRY.get(self)
        return spec.label if spec else self.value.replace("_", " ").capitalize()

    @property
    def known(self) -> bool:
        """Whether this build's registry has the type (only then can it be generated or exported)."""
        return self in REGISTRY


ImageType.MAIN = ImageType("main")
ImageType.INFOGRAPHIC_1 = ImageType("infographic_1")
ImageType.INFOGRAPHIC_2 = ImageType("infographic_2")
ImageType.LIFESTYLE = ImageType("lifestyle")
ImageType.COMPARISON = ImageType("comparison")


class ComplianceRules(StrEnum):
    """Which of Amazon's image rules the delivered image is checked against (and finished for)."""

    MAIN = "main"
    """The main image: pure-white background, the product filling about 85% of the frame, no text."""
    SECONDARY = "secondary"
    """The other images: format and resolution; scenes and words allowed."""


@dataclass(frozen=True)
class ImageTypeSpec:
    """Everything core knows about one image type. The studio's layout and text-overlay drawing are
    imaging's, registered there under `image_type` (core imports no imaging)."""

    image_type: ImageType
    label: str
    """The name users see ("Infographic 1"); the window translates it."""
    description: str
    """The card's one line on what the image shows; the window translates it."""
    code: str
    """Amazon's variant code in the export's file names (MAIN, PT01 ... PT08)."""
    prompt: str
    """The prompt template's file, in the prompt folder (an absolute path is used as it is)."""
    text_overlay: bool
    """With the text-overlay setting on, the model is asked for a scene without words and imaging's
    overlay for this type draws the exact words on it; False: the model renders the type's words itself."""
    compliance: ComplianceRules

    def __post_init__(self) -> None:
        if not _CODE.fullmatch(self.code):
            raise ValueError(f"{self.code!r} is not an Amazon variant code (MAIN, PT01 ... PT08)")
        if (self.code == "MAIN") != (self.compliance is ComplianceRules.MAIN):
            raise ValueError("The MAIN code goes with the main image's rules, and only with them")


class ImageTypeRegistry:
    """The types new sessions are made of, in the order Amazon shows them."""

    def __init__(self, specs: Iterable[ImageTypeSpec] = ()) -> None:
        self._specs: dict[ImageType, ImageTypeSpec] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: ImageTypeSpec) -> None:
        """Adds a type after the others; its id and its Amazon code must be new."""
        if spec.image_type in self._specs:
            raise ValueError(f"Image type {spec.image_type.value!r} is registered already")
        if any(s.code == spec.code for s in self._specs.values()):
            raise ValueError(f"Amazon code {spec.code} belongs to another image type")
        self._specs[spec.image_type] = spec

    def unregister(self, image_type: ImageType) -> None:
        del self._specs[image_type]

    def get(self, image_type: ImageType) -> ImageTypeSpec | None:
        return self._specs.get(image_type)

    def spec(self, image_type: ImageType) -> ImageTypeSpec:
        spec = self._specs.get(image_type)
        if spec is None:
            raise KeyError(f"Image type {image_type.value!r} is not known to this version of the app")
        return spec

    def types(self) -> tuple[ImageType, ...]:
        return tuple(self._specs)

    def specs(self) -> tuple[ImageTypeSpec, ...]:
        return tuple(self._specs.values())

    def __contains__(self, image_type: object) -> bool:
        return image_type in self._specs

    def ordered(self, types: Iterable[ImageType]) -> tuple[ImageType, ...]:
        """`types` in the registry's order, those it does not know after them (in their given order)."""
        given = tuple(dict.fromkeys(types))
        return (*(t for t in self._specs if t in given), *(t for t in given if t not in self._specs))


DEFAULT_SPECS = (
    ImageTypeSpec(
        ImageType.MAIN,
        "Main",
        "Product alone on pure white",
        "MAIN",
        "main.txt",
        text_overlay=False,
        compliance=ComplianceRules.MAIN,
    ),
    ImageTypeSpec(
        ImageType.INFOGRAPHIC_1,
        "Infographic 1",
        "Key features, called out",
        "PT01",
        "infographic_1.txt",
        text_overlay=True,
        compliance=ComplianceRules.SECONDARY,
    ),
    ImageTypeSpec(
        ImageType.INFOGRAPHIC_2,
        "Infographic 2",
        "Benefits and details",
        "PT02",
        "infographic_2.txt",
        text_overlay=True,
        compliance=ComplianceRules.SECONDARY,
    ),
    ImageTypeSpec(
        ImageType.LIFESTYLE,
        "Lifestyle",
        "The product in use",
        "PT03",
        "lifestyle.txt",
        text_overlay=False,
        compliance=ComplianceRules.SECONDARY,
    ),
    ImageTypeSpec(
        ImageType.COMPARISON,
        "Comparison",
        "Why this one",
        "PT04",
        "comparison.txt",
        text_overlay=True,
        compliance=ComplianceRules.SECONDARY,
    ),
)
"""The contract's five (section 3: a session's `images` lists them in this order)."""

REGISTRY = ImageTypeRegistry(DEFAULT_SPECS)
IMAGE_TYPES: tuple[ImageType, ...] = REGISTRY.types()
"""The contract's five types, in order. Code that makes a session asks `registered()`, which also holds a
type registered later (a test's); code about one session uses that session's own types."""


def registered() -> tuple[ImageType, ...]:
    """The types a new session is made of, now."""
    return REGISTRY.types()


def spec_of(image_type: ImageType) -> ImageTypeSpec:
    """The registry's entry (KeyError, naming the type, for one this build does not know)."""
    return REGISTRY.spec(image_type)


def left_out_sentence(types: Iterable[ImageType]) -> str:
    """What an export says of the images it left out (types of another version, with no Amazon code here)."""
    names = ", ".join(t.label for t in types)
    return NOT_EXPORTED.format(names=names) if names else ""


def is_main_image(image_type: ImageType) -> bool:
    """Whether Amazon's main-image rules apply (pure white, no text); False for a type not known."""
    spec = REGISTRY.get(image_type)
    return spec is not None and spec.compliance is ComplianceRules.MAIN
