"""The schema comes from models.py through Alembic, and only from there."""
from alembic import command
from sqlalchemy import create_engine, inspect

import models
from factstore.store import alembic_config


def test_models_and_migrations_agree(tmp_path):
    url = f"sqlite:///{tmp_path / 'check.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.check(config)  # raises if autogenerate would write a new revision


def test_upgrade_to_head_and_down_to_base(tmp_path):
    url = f"sqlite:///{tmp_path / 'updown.db'}"
    config = alembic_config(url)
    command.upgrade(config, "head")
    engine = create_engine(url)
    assert set(models.Base.metadata.tables) <= set(inspect(engine).get_table_names())
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    command.upgrade(config, "head")
    engine.dispose()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as con:
        assert con.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert con.exec_driver_sql("pragma journal_mode").scalar() == "wal"
