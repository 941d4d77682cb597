"""Pure domain layer: value objects, rules and calculations. No Qt, no SQLAlchemy."""
