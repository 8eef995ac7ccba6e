"""What the history's runs cost: each attempt's billed facts (backend, model, size, delivered, reported
output tokens) read from the database and priced by the store's `Pricer`, for a session, a list of them and
the month so far. Reads only, on the store's database thread."""

from __future__ import annotations

import json
from collections.abc import Iterable

from listing_genie_desktop.core.cost import BilledAttempt, Pricer, total
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow

COMPLETE = "complete"


def billed(session: SessionRow, row: AttemptRow) -> BilledAttempt:
    size = json.loads(session.settings or "{}").get("image_size")
    return BilledAttempt(session.backend, session.model, size, row.outcome == COMPLETE, row.output_tokens)


def _billed_rows(where: object) -> Iterable[tuple[str, BilledAttempt]]:
    """(session id, billed attempt) of every attempt that may have cost something: those that delivered an
    image or reported usage (an error answer without usage cost nothing and is not read)."""
    query = (
        AttemptRow.select(
            SessionRow.id,
            SessionRow.backend,
            SessionRow.model,
            SessionRow.settings,
            AttemptRow.outcome,
            AttemptRow.output_tokens,
        )
        .join(ImageRow)
        .join(SessionRow)
        .where(((AttemptRow.outcome == COMPLETE) | AttemptRow.output_tokens.is_null(False)) & where)
    )
    for session_id, backend, model, settings, outcome, tokens in query.tuples():
        size = json.loads(settings or "{}").get("image_size")
        yield session_id, BilledAttempt(backend, model, size, outcome == COMPLETE, tokens)


def session_costs(session_ids: list[str], pricer: Pricer) -> dict[str, float | None]:
    """Each session's estimated cost (None: some attempt's price is unknown); 0 for one that paid nothing."""
    costs: dict[str, list[float | None]] = {sid: [] for sid in session_ids}
    for session_id, attempt in _billed_rows(SessionRow.id.in_(session_ids)):
        costs[session_id].append(pricer(attempt))
    return {sid: total(parts) for sid, parts in costs.items()}


def spent_since(started_at: str, pricer: Pricer) -> tuple[float, int]:
    """What the attempts started since `started_at` cost, as far as known, and how many had an unknown price
    (said beside the total, never counted as zero silently)."""
    known, unknown = 0.0, 0
    for _, attempt in _billed_rows(AttemptRow.started_at >= started_at):
        cost = pricer(attempt)
        if cost is None:
            unknown += 1
        else:
            known += cost
    return round(known, 6), unknown
