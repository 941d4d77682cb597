"""Use cases. Each public method opens its own unit of work, checks the role, writes the
access log and returns frozen DTOs. No Qt."""
