"""Command-line commands by feature area.

Each module here defines ``add_parsers(subparsers)`` and registers its handlers with
``jobcenter_desktop.cli.command``; ``cli.build_parser`` loads every module in this package,
so a feature adds commands without editing the core command line.
"""
