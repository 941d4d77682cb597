"""Persistence: engine factory, ORM mapping, migrations, unit of work and repositories. No Qt."""
