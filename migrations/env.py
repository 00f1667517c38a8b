"""Alembic environment: the schema comes from models.py."""
import os

from alembic import context
from sqlalchemy import create_engine

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


def run_migrations_online() -> None:
    engine = create_engine(url())
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table by copying it, dropping the old one and renaming the copy.
            # With foreign keys enforced, the drop would cascade-delete every row that refers to it;
            # without the legacy rename, SQLite refuses the rename while views name the old table.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.exec_driver_sql("PRAGMA legacy_alter_table=ON")
            connection.commit()
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_name=include_name)
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
