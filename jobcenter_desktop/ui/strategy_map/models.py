"""Table models of the strategy tab: indicators with one column per period.

``IndicatorTableModel`` shows the map's indicators of one period kind (month, quarter or
year) as rows and the periods of the map's span as columns; a cell is the measurement,
coloured by its traffic light, with target and amber limit in the tooltip. Cells of manual
and imported indicators are editable: an edit goes to the editor as an undoable command (and
is refused with the model's explanation, e.g. a period outside the map's span).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from ...domain.dates import format_date, utcnow
from ...domain.strategy import (
    Indicator,
    IndicatorSource,
    Light,
    PeriodKind,
    period_label,
    period_start,
    periods_in_span,
)
from ...domain.strategy import StrategyMap as DomainMap
from .scene import fmt_number

MAX_PERIOD_COLUMNS = 48
HISTORY = {PeriodKind.MONTH: 24, PeriodKind.QUARTER: 8, PeriodKind.YEAR: 5}
_CELL = {Light.GREEN: QColor("#c8e6c9"), Light.AMBER: QColor("#ffecb3"),
         Light.RED: QColor("#ffcdd2")}
_SOURCE = {
    "da": {IndicatorSource.MANUAL: "Manuel", IndicatorSource.COMPUTED: "Beregnet (CRM)",
           IndicatorSource.IMPORT: "Importeret"},
    "en": {IndicatorSource.MANUAL: "Manual", IndicatorSource.COMPUTED: "Computed (CRM)",
           IndicatorSource.IMPORT: "Imported"},
}
_HEADERS = {
    "da": ("Indikator", "Mål", "Enhed", "Kilde", "Måltal"),
    "en": ("Indicator", "Goal", "Unit", "Source", "Target"),
}
FIXED_COLUMNS = len(_HEADERS["da"])

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[str, date, float | None], bool]


def most_common_kind(m: DomainMap | None) -> PeriodKind:
    if m is None or not m.indicators:
        return PeriodKind.QUARTER
    counts: dict[PeriodKind, int] = {}
    for ind in m.indicators:
        counts[ind.period] = counts.get(ind.period, 0) + 1
    return max(counts, key=lambda k: (counts[k], k == PeriodKind.QUARTER))


def table_periods(m: DomainMap, kind: PeriodKind, today: date) -> list[date]:
    """Periods shown as columns: the map's span up to the current period (or recent
    history when the map has no span), at most ``MAX_PERIOD_COLUMNS``, latest kept."""
    current = period_start(today, kind)
    last = min(m.span_end, current) if m.span_end else current
    first = m.span_start
    if first is None:
        first = current
        for _ in range(HISTORY[kind]):
            first = period_start(first - timedelta(days=1), kind)
    return periods_in_span(first, last, kind)[-MAX_PERIOD_COLUMNS:]


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, *, on_edit: EditHandler | None = None, language: str = "da",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.on_edit = on_edit
        self.model: DomainMap | None = None
        self.kind = PeriodKind.QUARTER
        self.today = utcnow().date()
        self._rows: list[Indicator] = []
        self._periods: list[date] = []
        self._goal_text: dict[str, str] = {}
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------------ content
    def set_map(self, m: DomainMap | None, kind: PeriodKind | None = None) -> None:
        self.model = m
        if kind is not None:
            self.kind = PeriodKind(kind)
        self.refresh()

    def set_kind(self, kind: PeriodKind | str) -> None:
        self.kind = PeriodKind(kind)
        self.refresh()

    def schedule_refresh(self) -> None:
        """Coalesce many model changes (a recompute) into one reset after they settle."""
        self._refresh_timer.start()

    def refresh(self) -> None:
        self.beginResetModel()
        m = self.model
        if m is None:
            self._rows, self._periods, self._goal_text = [], [], {}
        else:
            lane_index = {a.id: n for n, a in enumerate(m.focus_areas)}
            goals = {g.id: g for g in m.goals}
            self._goal_text = {g.id: g.text for g in m.goals}
            self._rows = sorted(
                (i for i in m.indicators if i.period is self.kind),
                key=lambda i: (lane_index.get(goals[i.goal_id].focus_area_id, 0),
                               goals[i.goal_id].y, goals[i.goal_id].x, i.name.casefold()),
            )
            self._periods = table_periods(m, self.kind, self.today)
        self.endResetModel()

    def indicator_at(self, row: int) -> Indicator | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def period_at(self, column: int) -> date | None:
        index = column - FIXED_COLUMNS
        return self._periods[index] if 0 <= index < len(self._periods) else None

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._periods)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED_COLUMNS:
                return _HEADERS.get(self.language, _HEADERS["da"])[section]
            start = self.period_at(section)
            return period_label(start, self.kind, self.language) if start else None
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIXED_COLUMNS:
            start = self.period_at(section)
            return format_date(start) if start else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        ind = self.indicator_at(index.row())
        if (index.column() >= FIXED_COLUMNS and ind is not None and self.on_edit is not None
                and ind.source is not IndicatorSource.COMPUTED):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.model is None:
            return None
        ind = self.indicator_at(index.row())
        if ind is None:
            return None
        column = index.column()
        m = self.model
        if column < FIXED_COLUMNS:
            return self._fixed(m, ind, column, role)
        start = self.period_at(column)
        if start is None:
            return None
        measured = m.measurement(ind.id, start)
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt_number(measured.value, self.language) if measured else ""
        if role == Qt.ItemDataRole.EditRole:
            return "" if measured is None else fmt_number(measured.value, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            light = m.traffic_light(ind.id, start) if measured else None
            return QBrush(_CELL[light]) if light in _CELL else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(m, ind, start, measured)
        return None

    def _fixed(self, m: DomainMap, ind: Indicator, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ind.name
            if column == 1:
                return self._goal_text.get(ind.goal_id, "")
            if column == 2:
                return ind.unit
            if column == 3:
                return _SOURCE.get(self.language, _SOURCE["da"])[ind.source]
            target = m.target_for(ind.id, period_start(self.today, ind.period))
            if target is None:
                targets = m.targets(ind.id)
                target = targets[0] if targets else None
            return fmt_number(target.target, self.language) if target else ""
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            return self._goal_text.get(ind.goal_id, "") if column == 1 else ind.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            light = m.latest_light(ind.id)
            return QColor({Light.GREEN: "#2e7d32", Light.AMBER: "#f9a825",
                           Light.RED: "#c62828"}.get(light, "#bdbdbd"))
        return None

    def _cell_tooltip(self, m: DomainMap, ind: Indicator, start: date, measured) -> str:  # noqa: ANN001
        en = self.language == "en"
        parts = [period_label(start, ind.period, self.language)]
        target = m.target_for(ind.id, start)
        if target is not None:
            parts.append(("Target {t}, amber limit {a}" if en else "Mål {t}, gul-grænse {a}").format(
                t=fmt_number(target.target, self.language),
                a=fmt_number(target.amber_limit, self.language)))
        if measured is not None:
            who = measured.entered_by + (f" – {measured.source_note}" if measured.source_note else "")
            parts.append(("Entered by " if en else "Indtastet af ") + who)
        return "\n".join(parts)

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        ind = self.indicator_at(index.row())
        start = self.period_at(index.column())
        text = "" if value is None else str(value).strip()
        number = parse_number(text)
        if text and number is None:
            return False
        ok = bool(self.on_edit(ind.id, start, number))
        if ok:
            self.dataChanged.emit(index, index)
        return ok


def parse_number(text: str) -> float | None:
    """A number typed the Danish way ("1.250,5") or the English way ("1250.5")."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value
