"""Pure rules of the responsibility system: no Qt, no SQLAlchemy, no file I/O."""
