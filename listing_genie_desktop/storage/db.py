"""The history database: peewee models, connection settings and schema migrations.

WAL journal with synchronous=NORMAL survives crashes without corruption (the last commit may
be lost on power failure); busy_timeout lets a CLI run and the window share one file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw
from tenacity import retry, retry_if_exception, stop_after_delay, wait_random

BUSY_TIMEOUT_S = 5.0

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": int(BUSY_TIMEOUT_S * 1000),
}


class HistoryDatabase(pw.SqliteDatabase):
    """peewee's SQLite database, with a rollback that does not hide the error that caused it."""

    def rollback(self) -> None:
        """SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM,
        even at COMMIT); peewee then rolls back again and "cannot rollback - no transaction is active" replaces
        the real reason ("database or disk is full"), so the user was told nothing useful."""
        if self.is_closed() or not self.connection().in_transaction:
            return
        super().rollback()


database = HistoryDatabase(None)


class BaseModel(pw.Model):
    class Meta:
        database = database


class SchemaVersion(BaseModel):
    version = pw.IntegerField()


class SessionRow(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36)
    title = pw.TextField()
    features = pw.TextField()
    """JSON list of strings."""
    compared_with = pw.TextField(null=True)
    """JSON list of strings aligned with `features` (what a generic alternative lacks, "" where not said);
    None when the seller said nothing of it."""
    audience = pw.TextField(default="")
    backend = pw.CharField()
    model = pw.CharField(null=True)
    status = pw.CharField(index=True)
    created_at = pw.CharField(index=True)
    started_at = pw.CharField(null=True)
    finished_at = pw.CharField(null=True)
    reference_path = pw.TextField()
    error_kind = pw.CharField(null=True)
    summary = pw.TextField(null=True)
    settings = pw.TextField(default="{}")
    """JSON of the run's tuning (concurrency, retries, timeout, overlay): enough to reproduce it."""

    class Meta:
        table_name = "session"


class KeywordRow(BaseModel):
    session = pw.ForeignKeyField(SessionRow, backref="keywords", on_delete="CASCADE")
    position = pw.IntegerField()
    keyword = pw.TextField()
    intents = pw.TextField()
    """Comma-separated intent names."""

    class Meta:
        table_name = "keyword"
        indexes = ((("session", "position"), True),)


class ImageRow(BaseModel):
    session = pw.ForeignKeyField(SessionRow, backref="images", on_delete="CASCADE")
    image_type = pw.CharField()
    position = pw.IntegerField()
    status = pw.CharField()
    path = pw.TextField(null=True)
    attempts = pw.IntegerField(default=0)
    error_kind = pw.CharField(null=True)
    error = pw.TextField(null=True)
    compliance = pw.TextField(null=True)
    """JSON {"compliant": bool, "issues": [...]} of the delivered file."""
    texts = pw.TextField(null=True)
    """JSON {KEY: text} of every text drawn on the delivered file (schema 2)."""
    updated_at = pw.CharField()

    class Meta:
        table_name = "image"
        indexes = ((("session", "image_type"), True),)


class AttemptRow(BaseModel):
    image = pw.ForeignKeyField(ImageRow, backref="attempt_rows", on_delete="CASCADE")
    n = pw.IntegerField()
    run = pw.IntegerField()
    """Which run of the session made it: 1 for generate, 2+ for each retry or regenerate."""
    started_at = pw.CharField()
    ended_at = pw.CharField(null=True)
    delay_before_s = pw.FloatField(default=0.0)
    variation = pw.CharField()
    prompt = pw.TextField()
    outcome = pw.CharField()
    error_kind = pw.CharField(null=True)
    error = pw.TextField(null=True)
    error_detail = pw.TextField(null=True)
    http_status = pw.IntegerField(null=True)
    duration_ms = pw.IntegerField(null=True)
    path = pw.TextField(null=True)
    """The file this attempt produced: older versions stay findable after a regenerate."""
    prompt_tokens = pw.IntegerField(null=True)
    output_tokens = pw.IntegerField(null=True)
    """The usage the API reported for the answer (schema 4); None when it reported none (an error)."""
    backend = pw.CharField(null=True)
    model = pw.CharField(null=True)
    image_size = pw.CharField(null=True)
    """Which backend and model made it at which size (schema 5): a retry on another backend or model is
    priced with its own. None in attempts made before: they were made by the session's."""

    class Meta:
        table_name = "attempt"
        indexes = ((("image", "n"), True),)


class CatalogueRow(BaseModel):
    id = pw.CharField(primary_key=True, max_length=36)
    name = pw.TextField()
    source = pw.TextField()
    """The absolute path of the product file it was imported from."""
    kind = pw.CharField()
    """template, amazon or shopify."""
    state = pw.CharField(null=True)
    """What the products' statuses cannot tell: running, paused or cancelled; None otherwise."""
    resume_at = pw.CharField(null=True)
    created_at = pw.CharField(index=True)

    class Meta:
        table_name = "catalogue"


class CatalogueProductRow(BaseModel):
    catalogue = pw.ForeignKeyField(CatalogueRow, backref="products", on_delete="CASCADE")
    row = pw.IntegerField()
    sku = pw.TextField()
    product_id = pw.TextField(null=True)
    title = pw.TextField()
    product = pw.TextField(null=True)
    """The validated product as the session JSON's `product`; None for an invalid row."""
    photos = pw.TextField(default="[]")
    problems = pw.TextField(default="[]")
    session = pw.ForeignKeyField(SessionRow, null=True, on_delete="SET NULL")

    class Meta:
        table_name = "catalogue_product"
        indexes = ((("catalogue", "row"), True),)


MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    SessionRow,
    KeywordRow,
    ImageRow,
    AttemptRow,
    CatalogueRow,
    CatalogueProductRow,
)


def _migrate_to_1(db: pw.SqliteDatabase) -> None:
    db.create_tables([SessionRow, KeywordRow, ImageRow, AttemptRow])


def _migrate_to_2(db: pw.SqliteDatabase) -> None:
    db.create_tables([CatalogueRow, CatalogueProductRow])


def _migrate_to_3(db: pw.SqliteDatabase) -> None:
    """Each image's drawn texts. A new database already has the column: step 1 creates today's models."""
    from playhouse.migrate import SqliteMigrator, migrate

    if "texts" not in {column.name for column in db.get_columns("image")}:
        migrate(SqliteMigrator(db).add_column("image", "texts", pw.TextField(null=True)))


def _migrate_to_4(db: pw.SqliteDatabase) -> None:
    """Each attempt's reported usage (what its cost is estimated from); older attempts have none."""
    _add_columns(db, "attempt", ("prompt_tokens", "output_tokens"), lambda: pw.IntegerField(null=True))


def _migrate_to_5(db: pw.SqliteDatabase) -> None:
    """Which backend and model made each attempt; older attempts have none (the session's made them)."""
    _add_columns(db, "attempt", ("backend", "model", "image_size"), lambda: pw.CharField(null=True))


def _add_columns(db: pw.SqliteDatabase, table: str, names: tuple[str, ...], column: Callable[[], pw.Field]) -> None:
    """The columns of `names` that `table` lacks (a new database has them all: step 1 creates today's models)."""
    from playhouse.migrate import SqliteMigrator, migrate

    if not db.table_exists(table):
        return
    present = {c.name for c in db.get_columns(table)}
    migrator = SqliteMigrator(db)
    steps = [migrator.add_column(table, name, column()) for name in names if name not in present]
    if steps:
        migrate(*steps)


def _migrate_to_6(db: pw.SqliteDatabase) -> None:
    """Per feature, what the seller says a generic alternative lacks; older sessions said nothing of it."""
    _add_columns(db, "session", ("compared_with",), lambda: pw.TextField(null=True))


MIGRATIONS: tuple[Callable[[pw.SqliteDatabase], None], ...] = (
    _migrate_to_1,
    _migrate_to_2,
    _migrate_to_3,
    _migrate_to_4,
    _migrate_to_5,
    _migrate_to_6,
)
"""MIGRATIONS[i] takes the schema from version i to i + 1. Append only; never edit one that shipped.
Later steps use playhouse.migrate's SqliteMigrator for column changes."""
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer Listing Genie; opening it could damage it."""


def open_database(path: Path, *, read_only: bool = False) -> pw.SqliteDatabase:
    """Opens (creating when missing) and migrates the history database at `path`.

    `read_only` is for a folder that cannot be written (permissions, a read-only mount): SQLite cannot
    create a WAL file's `-shm` index there, so the file is opened `mode=ro`, else `immutable` (nobody can
    be writing into a folder nobody can write).
    """
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
        database.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        _connect(database)
        migrate(database)
        return database
    pragmas = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}
    for query in ("mode=ro", "mode=ro&immutable=1"):
        database.close()
        database.init(
            f"{path.as_uri()}?{query}", uri=True, pragmas=pragmas, timeout=BUSY_TIMEOUT_S, check_same_thread=False
        )
        try:
            _connect(database)
            migrate(database)
            return database
        except (pw.OperationalError, sqlite3.OperationalError):
            if "immutable" in query:
                raise
    return database


def _is_busy(exc: BaseException) -> bool:
    return isinstance(exc, (pw.OperationalError, sqlite3.OperationalError)) and "locked" in str(exc)


@retry(
    retry=retry_if_exception(_is_busy),
    wait=wait_random(0.01, 0.05),
    stop=stop_after_delay(BUSY_TIMEOUT_S),
    reraise=True,
)
def _connect(db: pw.SqliteDatabase) -> None:
    """Connects, waiting out another process that is creating the file or switching it to WAL.

    Measured: two processes opening a new history at the same instant fail about once in a hundred
    with "database is locked" from `PRAGMA journal_mode`, a lock SQLite does not wait for with its
    busy handler; trying again a moment later succeeds.
    """
    db.connect(reuse_if_open=True)


def current_version(db: pw.SqliteDatabase) -> int:
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def migrate(db: pw.SqliteDatabase) -> None:
    """Writes only when the schema must change: reading the history never needs a write (a full disk or a
    read-only folder still shows it)."""
    _refuse_newer(current_version(db))
    if current_version(db) == SCHEMA_VERSION:
        return
    with db.atomic("IMMEDIATE"):
        db.create_tables([SchemaVersion])
        version = current_version(db)  # again, under the write lock: another process may have migrated
        _refuse_newer(version)
        for step in MIGRATIONS[version:]:
            step(db)
        if version != SCHEMA_VERSION:
            SchemaVersion.delete().execute()
            SchemaVersion.create(version=SCHEMA_VERSION)


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"History database schema {version} is newer than this app understands ({SCHEMA_VERSION}).")
