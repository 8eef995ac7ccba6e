"""Which finished images are not Amazon-ready, in the same words on every surface.

The banner, the Export dialog and its result, `export`'s warning, `show`'s text and the history
all say it from the stored compliance reports (`SessionRecord.not_ready`), so a MAIN
that breaks a rule is never summed up as a plain "Complete".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from listing_genie_desktop.core.image_types import REGISTRY
from listing_genie_desktop.core.messages import QT_TR_NOOP
from listing_genie_desktop.core.outcome import SessionStatus
from listing_genie_desktop.core.product import ImageType

NOT_READY = QT_TR_NOOP("The {image} image is not Amazon-ready.")
NOT_READY_BECAUSE = QT_TR_NOOP("The {image} image is not Amazon-ready: {issue}")
NOT_READY_AND_ONE = QT_TR_NOOP("The {image} image is not Amazon-ready: {issue} (and 1 more issue)")
NOT_READY_AND_MORE = QT_TR_NOOP("The {image} image is not Amazon-ready: {issue} (and {count} more issues)")
ONE_NOT_READY_TO_EXPORT = QT_TR_NOOP(
    "Not Amazon-ready: {image} image. Exporting is allowed, but Amazon may reject or suppress such an image."
)
NOT_READY_TO_EXPORT = QT_TR_NOOP(
    "Not Amazon-ready: {names}. Exporting is allowed, but Amazon may reject or suppress such an image."
)
BREAKS_A_RULE = QT_TR_NOOP("It breaks one of Amazon's image rules.")


@dataclass(frozen=True)
class NotReady:
    image_type: ImageType
    issues: tuple[str, ...]
    """The compliance report's sentences: what is wrong and what photo to take instead."""

    @property
    def sentence(self) -> str:
        """ "The Main image is not Amazon-ready: <first issue> (and 2 more issues)"."""
        label = self.image_type.label
        if not self.issues:
            return NOT_READY.format(image=label)
        more = len(self.issues) - 1
        template = NOT_READY_AND_MORE if more > 1 else NOT_READY_AND_ONE if more else NOT_READY_BECAUSE
        return template.format(image=label, issue=self.issues[0], count=more)


def not_ready(reports: Iterable[tuple[ImageType, bool | None, Iterable[str]]]) -> list[NotReady]:
    """The complete images whose report says not compliant, in listing order.

    `reports` are (type, compliant, issues) of complete images; compliant None means unchecked.
    """
    found = {t: NotReady(t, tuple(issues)) for t, compliant, issues in reports if compliant is False}
    return [found[t] for t in REGISTRY.ordered(found)]


def export_warning(
    items: Iterable[NotReady], names: Mapping[ImageType, str] | None = None, say: Callable[[str], str] = str
) -> str:
    """A paragraph naming each image that is not Amazon-ready (and its file, once written) and what is
    wrong with it; "" when every image is ready. `say` turns each English sentence and label into the
    reader's (the window passes ui.messages.translated; the CLI keeps English): a paragraph joined from
    several sentences matches no template as a whole."""
    listed = list(items)
    if not listed:
        return ""
    lines = []
    for item in listed:
        name = f" ({names[item.image_type]})" if names and item.image_type in names else ""
        issues = " ".join(say(issue) for issue in item.issues) or say(BREAKS_A_RULE)
        lines.append(f"- {say(item.image_type.label)}{name}: {issues}")
    labels = [item.image_type.label for item in listed]
    if len(labels) == 1:
        head = ONE_NOT_READY_TO_EXPORT.format(image=labels[0])
    else:
        head = NOT_READY_TO_EXPORT.format(names=", ".join(labels))
    return "\n".join([say(head), *lines])


def status_label(status: SessionStatus, main_compliant: bool | None) -> str:
    """The history's status word: "complete" is qualified when MAIN is not Amazon-ready."""
    if main_compliant is False and status in (SessionStatus.COMPLETE, SessionStatus.PARTIAL):
        return f"{status.value}, MAIN not Amazon-ready"
    return status.value
