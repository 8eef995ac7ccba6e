"""Opening the history database while another process creates it or holds it."""

import sqlite3
import threading

import peewee as pw

from listing_genie_desktop.storage import db as schema
from listing_genie_desktop.storage.records import product_of


def test_a_database_another_process_is_switching_to_wal_is_opened_once_it_is_done(tmp_path, monkeypatch):
    """SQLite refuses `PRAGMA journal_mode` at once (no busy wait) while another connection converts a
    new file: seen as one failed start in about a hundred when two processes start together."""
    real_connect = schema.database._connect
    refusals = iter([pw.OperationalError("database is locked")] * 3)

    def connect():
        refusal = next(refusals, None)
        if refusal is not None:
            raise refusal
        return real_connect()

    monkeypatch.setattr(schema.database, "_connect", connect)
    try:
        schema.open_database(tmp_path / "history.sqlite3")
        assert schema.current_version(schema.database) == schema.SCHEMA_VERSION
    finally:
        schema.database.close()


def test_a_writer_holding_the_file_is_waited_for(tmp_path):
    path = tmp_path / "history.sqlite3"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("PRAGMA journal_mode = wal")
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE other_process (x)")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        schema.open_database(path)
        assert schema.database.table_exists("other_process"), "the other process's write is kept"
    finally:
        release.join()
        schema.database.close()
        other.close()


def test_a_schema_1_history_gains_the_texts_column_and_keeps_its_rows(tmp_path):
    """A history written before images kept their drawn texts opens, keeps its images, and shows them
    with no texts."""
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE schemaversion (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
        INSERT INTO schemaversion (version) VALUES (1);
        CREATE TABLE image (id INTEGER PRIMARY KEY, session_id TEXT, image_type TEXT, position INTEGER,
            status TEXT, path TEXT, attempts INTEGER, error_kind TEXT, error TEXT, compliance TEXT,
            updated_at TEXT);
        INSERT INTO image (session_id, image_type, position, status, attempts, updated_at)
            VALUES ('s', 'main', 0, 'complete', 1, 'now');
        """
    )
    old.commit()
    old.close()
    try:
        schema.open_database(path)
        assert schema.current_version(schema.database) == schema.SCHEMA_VERSION
        assert "texts" in {c.name for c in schema.database.get_columns("image")}
        assert [(r.image_type, r.texts) for r in schema.ImageRow.select()] == [("main", None)]
    finally:
        schema.database.close()


def test_a_schema_3_history_gains_token_columns_and_its_attempts_cost_nothing_known(tmp_path):
    """Attempts made before usage was recorded keep their rows, with no tokens (null, never a guess)."""
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE schemaversion (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
        INSERT INTO schemaversion (version) VALUES (3);
        CREATE TABLE attempt (id INTEGER PRIMARY KEY, image_id INTEGER, n INTEGER, run INTEGER,
            started_at TEXT, ended_at TEXT, delay_before_s REAL, variation TEXT, prompt TEXT, outcome TEXT,
            error_kind TEXT, error TEXT, error_detail TEXT, http_status INTEGER, duration_ms INTEGER, path TEXT);
        INSERT INTO attempt (image_id, n, run, started_at, variation, prompt, outcome)
            VALUES (1, 1, 1, 'now', 'base', 'p', 'complete');
        """
    )
    old.commit()
    old.close()
    try:
        schema.open_database(path)
        assert schema.current_version(schema.database) == schema.SCHEMA_VERSION == 6
        rows = [(r.n, r.prompt_tokens, r.output_tokens, r.backend, r.model) for r in schema.AttemptRow.select()]
        assert rows == [(1, None, None, None, None)], "made by the session's backend and model, as before"
    finally:
        schema.database.close()


def test_a_schema_4_history_gains_the_compared_with_column_and_its_sessions_said_nothing_of_it(tmp_path):
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE schemaversion (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
        INSERT INTO schemaversion (version) VALUES (4);
        CREATE TABLE session (id VARCHAR(36) PRIMARY KEY, title TEXT, features TEXT, audience TEXT, backend TEXT,
            model TEXT, status TEXT, created_at TEXT, started_at TEXT, finished_at TEXT, reference_path TEXT,
            error_kind TEXT, summary TEXT, settings TEXT);
        CREATE TABLE keyword (id INTEGER PRIMARY KEY, session_id VARCHAR(36), position INTEGER, keyword TEXT,
            intents TEXT);
        INSERT INTO session (id, title, features, audience, backend, status, created_at, reference_path, settings)
            VALUES ('s1', 'Cup', '["Thick porcelain"]', '', 'studio', 'complete', 'now', '/x/reference.png', '{}');
        """
    )
    old.commit()
    old.close()
    try:
        schema.open_database(path)
        assert schema.current_version(schema.database) == schema.SCHEMA_VERSION == 6
        product = product_of(schema.SessionRow.get_by_id("s1"))
        assert product.features == ("Thick porcelain",) and product.compared_with == ()
    finally:
        schema.database.close()
