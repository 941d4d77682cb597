"""Table models of the Matching tab: ranked results, a side-by-side comparison, compliance
checks and the VITAS data sheet. All hold short lists whole in memory (a top N, two candidates,
a dozen checks) and are read-only."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...services.compliance import CheckItem, VitasSheet
from ...services.matching import MatchRow, PairDetail
from .lazy_table import LazyTableModel

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#8a8a8a")
RED = QColor("#b00020")
GREEN = QColor("#1b7a3a")
AMBER = QColor("#a15c00")
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1  # (score, excluded) for the score bar
STATUS_COLOURS = {"ok": GREEN, "fail": RED, "unknown": AMBER, "info": GREY}


def points(value: float) -> str:
    """Points as shown: whole numbers plain, fractions with one decimal (0,5)."""
    rounded = round(value, 1)
    return f"{rounded:.0f}" if rounded == int(rounded) else f"{rounded:.1f}".replace(".", ",")


class _ReadOnlyTable(QAbstractTableModel):
    """Rows of objects shown through a list of (header, display) columns."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, index: Index) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])


class MatchResultsModel(_ReadOnlyTable):
    """Ranked matches; excluded rows (a hard requirement not met) are greyed, reason first."""

    SCORE, NAME, DISTANCE, EXTRA, SCHEME, EXPLANATION = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            (self.tr("Score"), lambda r: str(r.score)),
            (self.tr("Match"), self._name),
            (self.tr("Afstand"), lambda r: r.distance_text() or "?"),
            (self.tr("Samtykke"), self._extra),
            (self.tr("Ordning"), lambda r: r.eligibility.short_da() if r.eligibility else ""),
            (self.tr("Forklaring"), self._explanation),
        ], parent)
        self.kind = "candidate"

    def set_kind(self, kind: str) -> None:
        """``candidate`` (a job order's candidates) or ``job`` (a citizen's jobs/companies)."""
        self.kind = kind
        self._columns[self.EXTRA] = ((self.tr("Samtykke"), self._extra) if kind == "candidate"
                                     else (self.tr("Type"), self._extra))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.EXTRA, self.EXTRA)

    def _name(self, row: MatchRow) -> str:
        if row.kind == "job_order":
            return f"{row.name} – {row.company_name}"
        return row.title

    def _explanation(self, row: MatchRow) -> str:
        text = row.explanation_da
        if row.excluded:
            return self.tr("Udelukket: ") + text
        if row.note:
            return f"{text} · {row.note}"
        return text

    def _extra(self, row: MatchRow) -> str:
        if row.kind == "candidate":
            return self.tr("✓ med navn") if row.may_propose else self.tr("anonymt")
        return self.tr("Jobordre") if row.kind == "job_order" else self.tr("Virksomhed")

    def row_id(self, row: int) -> str | None:
        item = self.row_object(row)
        return None if item is None else item.id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: MatchRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index)
        if role == SCORE_ROLE:
            return (row.score, row.excluded)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.excluded:
                return QBrush(GREY)
            if column == self.SCHEME and row.eligibility is not None:
                return QBrush({"eligible": GREEN, "not_eligible": RED}.get(row.eligibility.status, AMBER))
            if column == self.EXTRA and row.kind == "candidate" and not row.may_propose:
                return QBrush(GREY)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column in (self.SCORE, self.DISTANCE)
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: MatchRow, column: int) -> str | None:
        if column == self.SCHEME and row.eligibility is not None:
            reasons = row.eligibility.reasons_da
            return "\n".join((row.eligibility.summary_da(), *reasons)) if reasons else row.eligibility.summary_da()
        lines = []
        if row.excluded:
            lines.append(self.tr("Udelukket af et hårdt krav:"))
            lines += [f"  ✗ {h}" for h in row.hard_failures]
        lines += [f"{p.title}: {points(p.points)}/{points(p.max_points)} – {p.text_da}" for p in row.parts]
        if row.missing_info:
            lines.append(self.tr("Ukendt: ") + "; ".join(row.missing_info))
        if row.note:
            lines.append(row.note)
        return "\n".join(lines)


class ComparisonModel(_ReadOnlyTable):
    """Two (or more) candidates side by side: one row per factor, one column per candidate."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self._details: list[PairDetail] = []

    def set_details(self, details: Sequence[PairDetail]) -> None:
        self.beginResetModel()
        self._details = list(details)
        self._columns = [(self.tr("Faktor"), lambda item: item[0])] + [
            (d.row.title, lambda item, i=i: item[1][i]) for i, d in enumerate(self._details)]
        rows: list[tuple[str, list[str]]] = [
            (self.tr("Samlet score"), [f"{d.row.score}" + (self.tr(" (udelukket)") if d.row.excluded else "")
                                       for d in self._details])]
        if self._details:
            for i, part in enumerate(self._details[0].row.parts):
                rows.append((part.title, [
                    f"{d.row.parts[i].mark} {points(d.row.parts[i].points)}/{points(d.row.parts[i].max_points)} "
                    f"{d.row.parts[i].text_da}" for d in self._details]))
        rows.append((self.tr("Mangler"), ["; ".join(d.row.missing) or "–" for d in self._details]))
        rows.append((self.tr("Hårde krav ikke opfyldt"), ["; ".join(d.row.hard_failures) or "–"
                                                         for d in self._details]))
        rows.append((self.tr("Ukendte oplysninger"), ["; ".join(d.row.missing_info) or "–"
                                                     for d in self._details]))
        rows.append((self.tr("Forslag med navn"), [self.tr("ja") if d.row.may_propose else self.tr("nej (samtykke mangler)")
                                                   for d in self._details]))
        schemes = self._details[0].schemes if self._details else ()
        for j, scheme in enumerate(schemes):
            rows.append((scheme.scheme_name,
                         [d.schemes[j].summary_da() if j < len(d.schemes) else "" for d in self._details]))
        self._rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index)
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() > 0:
            text = self._text(index) or ""
            if text.startswith("✗"):
                return QBrush(RED)
            if text.startswith("✓"):
                return QBrush(GREEN)
        return None


class ChecksModel(_ReadOnlyTable):
    """Compliance checks: ✓/✗/?/i, the rule as applied, its source and whether it is verified."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            ("", lambda c: c.mark),
            (self.tr("Kontrol"), lambda c: c.text_da),
            (self.tr("Kilde"), lambda c: c.source),
            (self.tr("Regel"), lambda c: self.tr("verificeret") if c.verified else self.tr("⚠ ikke verificeret")),
        ], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        check: CheckItem = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{check.text_da}\n{self.tr('Kilde')}: {check.source or '–'}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 0:
                return QBrush(STATUS_COLOURS.get(check.status, GREY))
            if index.column() == 3 and not check.verified:
                return QBrush(AMBER)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class VitasModel(_ReadOnlyTable):
    """The VITAS data sheet as rows: section, field, value; missing values in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            (self.tr("Afsnit"), lambda r: r[0]),
            (self.tr("Oplysning"), lambda r: r[1].label),
            (self.tr("Værdi"), lambda r: r[1].value if not r[1].missing else self.tr("mangler")),
            (self.tr("Bemærkning"), lambda r: r[1].note),
        ], parent)

    def set_sheet(self, sheet: VitasSheet) -> None:
        self.set_rows([(section.title, row) for section in sheet.sections for row in section.rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index)
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 2:
            item = self.row_object(index.row())
            if item is not None and item[1].missing:
                return QBrush(RED)
        return None


class PipelineColumnModel(LazyTableModel):
    """One column of the placement board: the placements of one status, read lazily.

    Also closes a race in ``LazyTableModel``: a row painted after ``set_query`` but before the
    new ids arrive asks for a page with the old ids under the new query, and that short page is
    then kept. Pages are only asked for once the ids of the current query are in.
    """

    def __init__(self, **kwargs: Any) -> None:
        self._ids_pending = False
        super().__init__(**kwargs)

    def set_query(self, query: Any) -> None:
        self._ids_pending = True
        super().set_query(query)

    def _on_ids(self, generation: int, ids: list[str]) -> None:
        if generation == self._generation:
            self._ids_pending = False
        super()._on_ids(generation, ids)

    def _request_page(self, page: int) -> None:
        if not self._ids_pending:
            super()._request_page(page)
