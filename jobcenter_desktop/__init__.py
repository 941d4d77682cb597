"""Jobcenter Desktop: company CRM, candidate matching and strategy maps for Danish jobcenters."""

__version__ = "0.1.0"
