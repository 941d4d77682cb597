"""Top-level verbs shared by several feature areas (``import``, ``export``, ``print``, …).

``verb(sub, "print", "visit-handout", help=...)`` returns the parser for
``jobcenter-desktop print visit-handout``; register its handler as
``@command("print visit-handout")``. The command line dispatches on both words.
"""

from __future__ import annotations

import argparse


def verb(sub: argparse._SubParsersAction, group: str, name: str, **kwargs) -> argparse.ArgumentParser:  # noqa: ANN003
    # The groups live on this parser's own subparsers object: a module-level cache keyed by
    # id() found a dead parser's groups when a new parser reused its id (same process, tests).
    groups: dict[str, argparse._SubParsersAction] = sub.__dict__.setdefault("_verb_groups", {})
    if group not in groups:
        parent = sub.add_parser(group, help=f"{group} …")
        groups[group] = parent.add_subparsers(dest=f"{group}_what", required=True)
    parser = groups[group].add_parser(name, **kwargs)
    parser.set_defaults(command=f"{group} {name}")
    return parser
