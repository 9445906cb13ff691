"""Alembic environment: runs on the connection (and transaction) the program hands it."""

from alembic import context

from desktop_app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through desktop_app.storage.migrations, not the CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # We emit BEGIN ourselves on SQLite, so DDL is transactional there as well.
    transactional_ddl=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
