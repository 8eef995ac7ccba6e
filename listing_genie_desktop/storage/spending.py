"""What the history's runs cost: each attempt's billed facts (backend, model, size, delivered, reported
output tokens) read from the database and priced by the store's `Pricer`, for a session, a list of them and
the month so far. Reads only, on the store's database thread.

An attempt is priced by the backend and model that made it (schema 5), not the session's: a session finished
on the studio after Gemini failed, or retried with the model that replaced a retired one, mixes them. Attempts
made before schema 5 have none recorded and were made by the session's."""

from __future__ import annotations

import json
from collections.abc import Iterable

from peewee import Select, fn

from listing_genie_desktop.core.cost import BilledAttempt, Pricer, total
from listing_genie_desktop.core.session_records import AttemptOutcome
from listing_genie_desktop.storage.db import AttemptRow, ImageRow, SessionRow

COMPLETE = AttemptOutcome.COMPLETE.value
_FACTS = (
    SessionRow.backend,
    SessionRow.model,
    SessionRow.settings,
    AttemptRow.backend,
    AttemptRow.model,
    AttemptRow.image_size,
)
"""The columns that say who made an attempt: the session's, and the attempt's own when recorded."""


def billed(session: SessionRow, row: AttemptRow) -> BilledAttempt:
    facts = (session.backend, session.model, session.settings, row.backend, row.model, row.image_size)
    return _billed(facts, row.outcome == COMPLETE, row.output_tokens, {})


def _billed(
    facts: tuple[str, str | None, str | None, str | None, str | None, str | None],
    delivered: bool,
    tokens: int | None,
    sizes: dict[str | None, str | None],
) -> BilledAttempt:
    """`sizes` caches the session size of each settings text: one JSON parse per session, not per attempt."""
    session_backend, session_model, settings, backend, model, image_size = facts
    if backend is not None:
        return BilledAttempt(backend, model, image_size, delivered, tokens)
    if settings not in sizes:
        size = json.loads(settings or "{}").get("image_size")
        sizes[settings] = size if isinstance(size, str) else None
    return BilledAttempt(session_backend, session_model, sizes[settings], delivered, tokens)


def _may_have_cost() -> object:
    """Attempts that delivered an image or reported usage (an error answer without usage cost nothing)."""
    return (AttemptRow.outcome == COMPLETE) | AttemptRow.output_tokens.is_null(False)


def _billed_rows(where: object) -> Iterable[tuple[str, BilledAttempt]]:
    """(session id, billed attempt) of every attempt that may have cost something."""
    query = (
        AttemptRow.select(SessionRow.id, *_FACTS, AttemptRow.outcome, AttemptRow.output_tokens)
        .join(ImageRow)
        .join(SessionRow)
        .where(_may_have_cost() & where)
    )
    sizes: dict[str | None, str | None] = {}
    for session_id, *facts, outcome, tokens in query.tuples():
        yield session_id, _billed(tuple(facts), outcome == COMPLETE, tokens, sizes)  # type: ignore[arg-type]


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
    and priced once: a month of 50,000 attempts is a few hundred groups. Attempts that record who made them
    are counted from their own rows alone (no join); older ones through their session."""
    delivered = AttemptRow.outcome == COMPLETE
    since = _may_have_cost() & (AttemptRow.started_at >= started_at)
    own = (AttemptRow.backend, AttemptRow.model, AttemptRow.image_size)
    recorded = (
        AttemptRow.select(*own, delivered, AttemptRow.output_tokens, fn.COUNT())
        .where(since & AttemptRow.backend.is_null(False))
        .group_by(*own, delivered, AttemptRow.output_tokens)
    )
    older = (
        AttemptRow.select(*_FACTS, delivered, AttemptRow.output_tokens, fn.COUNT())
        .join(ImageRow)
        .join(SessionRow)
        .where(since & AttemptRow.backend.is_null())
        .group_by(*_FACTS, delivered, AttemptRow.output_tokens)
    )
    known, unknown = 0.0, 0
    sizes: dict[str | None, str | None] = {}
    groups = [(BilledAttempt(b, m, z, bool(d), t), n) for b, m, z, d, t, n in recorded.tuples()]
    groups += [(_billed(tuple(f), bool(d), t, sizes), n) for *f, d, t, n in older.tuples()]  # type: ignore[arg-type]
    for attempt, count in groups:
        cost = pricer(attempt)
        if cost is None:
            unknown += count
        else:
            known += cost * count
    return round(known, 6), unknown
