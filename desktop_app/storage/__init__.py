"""SQLAlchemy models, engine setup, migrations, backups and the audit trail."""
