"""Alembic environment: the schema comes from models.py."""
import os

from alembic import context
from sqlalchemy import create_engine, event

import models

config = context.config
target_metadata = models.Base.metadata


def url() -> str:
    """-x db=URL, else the URL the caller set, else $FACTS_DB, else facts.db."""
    return (context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option("sqlalchemy.url")
            or os.environ.get("FACTS_DB") or "sqlite:///facts.db")


def include_name(name, type_, parent_names) -> bool:
    """Full-text search is not in the models: SQLite's FTS5 tables (with their shadow tables) and
    PostgreSQL's GIN indexes on tsvector expressions are made by hand in revisions, all named *_fts."""
    return not (type_ in ("table", "index") and "_fts" in (name or ""))


# pg_advisory_xact_lock key: migrations started at once on one PostgreSQL database run one after the other,
# each reading the version the one before it left.
MIGRATION_LOCK = 0x66616374_6d696772  # "fact", "migr"


def run_migrations_offline() -> None:
    context.configure(url=url(), target_metadata=target_metadata, literal_binds=True, render_as_batch=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


# How long a migrator waits for another to finish before giving up.
LOCK_TIMEOUT_SECONDS = 600


def sqlite_migration_engine(url: str):
    """An engine whose transactions hold DDL too, each begun with the write lock taken.

    pysqlite, left to itself, commits schema changes one by one, so a migration cut short
    leaves half a revision behind. With the driver's own transaction handling off and an
    explicit BEGIN IMMEDIATE, every statement of the upgrade is in one transaction, and a
    second migrator waits at its BEGIN until the first has committed, then reads the new
    version. See SQLAlchemy's pysqlite notes, "Serializable isolation / Savepoints /
    Transactional DDL"."""
    engine = create_engine(url, connect_args={"timeout": LOCK_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def no_driver_transactions(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def begin_with_the_write_lock(connection):
        # Batch mode rebuilds a table by copying it, dropping the old one and renaming the copy.
        # With foreign keys enforced, the drop would cascade-delete every row that refers to it;
        # without the legacy rename, SQLite refuses the rename while views name the old table.
        # Both pragmas only take effect outside a transaction, so they come before BEGIN.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("PRAGMA legacy_alter_table=ON")
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def run_migrations_online() -> None:
    sqlite = url().startswith("sqlite")
    engine = sqlite_migration_engine(url()) if sqlite else create_engine(url())
    with engine.connect() as connection:
        # One transaction for the whole upgrade, the version table's read included.
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_name=include_name, transactional_ddl=True)
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the migration left rows that refer to missing rows: {broken[:5]}")
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
