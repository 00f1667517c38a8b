"""PostgreSQL as a backend, against a real server (conftest.postgres_server)."""
import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

import models
from factstore.store import alembic_config

pytestmark = pytest.mark.postgres


def test_migrations_to_head_and_back_and_alembic_check(new_postgres_database):
    url = new_postgres_database("migrations")
    config = alembic_config(url)
    command.upgrade(config, "head")
    command.check(config)  # the models and the migrations agree on PostgreSQL too
    engine = create_engine(url)
    assert set(models.Base.metadata.tables) <= set(inspect(engine).get_table_names())
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    command.upgrade(config, "head")
    engine.dispose()
