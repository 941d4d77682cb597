"""File import and export: reading users' CSV/XLSX files, mapping and validating their rows,
and writing CSV, XLSX and iCalendar exports.

Depends only on ``jobcenter_desktop.domain`` plus the standard library, openpyxl, icalendar
and rapidfuzz: no Qt, no database. Services call it and store what it returns.
"""

from .export import CalendarEvent, event_uid, neutralise, write_csv, write_ics, write_xlsx
from .mapping import (
    KINDS,
    ColumnMapping,
    FieldSpec,
    UnmappedColumn,
    auto_map,
    field_spec,
    fields,
    header_key,
    map_columns,
    missing_required,
)
from .tabular import (
    CellIssue,
    SourceRow,
    Table,
    TableReader,
    iter_rows,
    open_table,
    read_table,
)
from .validate import (
    DRIVING_LICENCES,
    ImportReport,
    RowError,
    RowValidator,
    find_duplicate_groups,
    validate_rows,
)

__all__ = [
    "DRIVING_LICENCES",
    "KINDS",
    "CalendarEvent",
    "CellIssue",
    "ColumnMapping",
    "FieldSpec",
    "ImportReport",
    "RowError",
    "RowValidator",
    "SourceRow",
    "Table",
    "TableReader",
    "UnmappedColumn",
    "auto_map",
    "event_uid",
    "field_spec",
    "fields",
    "find_duplicate_groups",
    "header_key",
    "iter_rows",
    "map_columns",
    "missing_required",
    "neutralise",
    "open_table",
    "read_table",
    "validate_rows",
    "write_csv",
    "write_ics",
    "write_xlsx",
]
