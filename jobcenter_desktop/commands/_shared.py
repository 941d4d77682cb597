"""Top-level verbs shared by several feature areas (``import``, ``export``, ``print``, …).

``verb(sub, "print", "visit-handout", help=...)`` returns the parser for
``jobcenter-desktop print visit-handout``; register its handler as
``@command("print visit-handout")``. The command line dispatches on both words.
"""

from __future__ import annotations

import argparse

_GROUPS: dict[int, dict[str, argparse._SubParsersAction]] = {}


def verb(sub: argparse._SubParsersAction, group: str, name: str, **kwargs) -> argparse.ArgumentParser:  # noqa: ANN003
    groups = _GROUPS.setdefault(id(sub), {})
    if group not in groups:
        parent = sub.add_parser(group, help=f"{group} …")
        groups[group] = parent.add_subparsers(dest=f"{group}_what", required=True)
    parser = groups[group].add_parser(name, **kwargs)
    parser.set_defaults(command=f"{group} {name}")
    return parser
