"""What the history's runs cost: each attempt's billed facts (backend, model, size, delivered, reported
output tokens) read from the database and priced by the store's `Pricer`, for a session, a list of them and
the month so far. Reads only, on the store's database thread."""

from __future__ import annotations

import json
from collections.abc import Iterable

from peewee import Select, fn

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
    sizes: dict[str, object] = {}  # one parse per distinct settings text, not one per attempt
    for session_id, backend, model, settings, outcome, tokens in query.tuples():
        if settings not in sizes:
            sizes[settings] = json.loads(settings or "{}").get("image_size")
        size = sizes[settings]
        yield (
            session_id,
            BilledAttempt(backend, model, size if isinstance(size, str) else None, outcome == COMPLETE, tokens),
        )


def session_costs(sessions: list[str] | Select, pricer: Pricer) -> dict[str, float | None]:
    """Each session's estimated cost (None: some attempt's price is unknown); 0 for one that paid nothing.
    `sessions` are ids, or a query selecting them (a catalogue's products: no 10,000 bound variables); a
    session of such a query that paid nothing is left out."""
    costs: dict[str, list[float | None]] = {sid: [] for sid in sessions} if isinstance(sessions, list) else {}
    for session_id, attempt in _billed_rows(SessionRow.id.in_(sessions)):
        costs.setdefault(session_id, []).append(pricer(attempt))
    return {sid: total(parts) for sid, parts in costs.items()}


def spent_since(started_at: str, pricer: Pricer) -> tuple[float, int]:
    """What the attempts started since `started_at` cost, as far as known, and how many had an unknown price
    (said beside the total, never counted as zero silently). Attempts with the same facts are counted in SQL
    and priced once: a month of 50,000 attempts is a few hundred groups."""
    delivered = AttemptRow.outcome == COMPLETE
    query = (
        AttemptRow.select(
            SessionRow.backend, SessionRow.model, SessionRow.settings, delivered, AttemptRow.output_tokens, fn.COUNT()
        )
        .join(ImageRow)
        .join(SessionRow)
        .where((delivered | AttemptRow.output_tokens.is_null(False)) & (AttemptRow.started_at >= started_at))
        .group_by(SessionRow.backend, SessionRow.model, SessionRow.settings, delivered, AttemptRow.output_tokens)
    )
    known, unknown = 0.0, 0
    for backend, model, settings, complete, tokens, count in query.tuples():
        size = json.loads(settings or "{}").get("image_size")
        cost = pricer(BilledAttempt(backend, model, size if isinstance(size, str) else None, bool(complete), tokens))
        if cost is None:
            unknown += count
        else:
            known += cost * count
    return round(known, 6), unknown
