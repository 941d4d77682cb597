"""Side panels of the strategy tab.

``GoalPanel`` edits the selected goal: text with a reason for the revision, owner, focus area
and parent; its indicators (with the chosen one's history as a chart: measurements, targets
and amber limits), its arrows, milestones and initiatives, and its revision history.
``MapPanel`` shows the map as a whole when no goal is selected: header, warnings, and lists
of focus areas, milestones, working groups and initiatives to add, edit and remove.

Panels edit through the ``MapEditor`` (every change one undo step); a refused change shows
the model's explanation and leaves the map as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.dates import format_date, format_datetime
from ...domain.errors import UserError
from ...domain.strategy import VISION_ID, Indicator, Light, next_period_start, period_label
from ...domain.strategy import StrategyMap as DomainMap
from ..dialogs.messages import language, show_error
from .commands import MapEditor
from .dialogs import (
    INITIATIVE_STATUS_TEXT,
    MILESTONE_STATUS_TEXT,
    FocusAreaDialog,
    IndicatorDialog,
    InitiativeDialog,
    MapHeaderDialog,
    MilestoneDialog,
    WorkingGroupDialog,
)
from .scene import fmt_number

LIGHT_HEX = {Light.GREEN: "#2e7d32", Light.AMBER: "#f9a825", Light.RED: "#c62828", None: "#9e9e9e"}
FIELD_NAMES = {"text": "tekst", "owner": "ejer", "focus_area_id": "fokusområde",
               "parent_goal_id": "overordnet mål", "name": "navn", "measurement": "måling",
               "target": "mål", "amber_limit": "gul-grænse", "unit": "enhed",
               "direction": "retning", "source": "kilde", "period": "periode"}


def tr(text: str) -> str:
    return QCoreApplication.translate("StrategyPanels", text)


def _esc(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{_esc(text)}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _list(height: int = 96) -> QListWidget:
    widget = QListWidget()
    widget.setFixedHeight(height)
    widget.setUniformItemSizes(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def _narrow(combo: QComboBox) -> QComboBox:
    """Long goal texts must not make the panel wider than the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _item(text: str, key: object, tooltip: str = "", colour: str | None = None) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, key)
    if tooltip:
        item.setToolTip(tooltip)
    if colour:
        item.setForeground(QColor(colour))
    return item


def _current(widget: QListWidget) -> object:
    item = widget.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def _restore_current(widget: QListWidget, key: object) -> None:
    for row in range(widget.count()):
        if widget.item(row).data(Qt.ItemDataRole.UserRole) == key:
            widget.setCurrentRow(row)
            return


class IndicatorChart(QChartView):
    """An indicator's history: measurements, the target in force and the amber limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicator_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFixedHeight(240)
        self.chart_ = QChart()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(self.chart_)
        self.points = 0  # measurements shown, for tests

    def show_indicator(self, m: DomainMap | None, indicator_id: str | None) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.points = 0
        if m is None or indicator_id is None:
            chart.setTitle(tr("Vælg en indikator for at se dens udvikling"))
            return
        ind = m.indicator(indicator_id)
        chart.setTitle(f"{ind.name} ({ind.unit})" if ind.unit else ind.name)
        values = m.measurements(ind.id)
        targets = m.targets(ind.id)
        if not values and not targets:
            chart.setTitle(chart.title() + " – " + tr("ingen målinger endnu"))
            return
        starts = [v.period_start for v in values] + [t.period_start for t in targets]
        first = min(starts)
        last = max(starts)
        if m.span_end and values:
            last = max(last, values[-1].period_start)
        end = next_period_start(last, ind.period)
        measured = QLineSeries()
        measured.setName(tr("Måling"))
        measured.setPen(QPen(QColor("#1d3f6e"), 2.4))
        dots = QScatterSeries()
        dots.setName(tr("Trafiklys"))
        dots.setMarkerSize(9)
        dots.setPen(QPen(Qt.PenStyle.NoPen))
        target_line = QLineSeries()
        target_line.setName(tr("Mål"))
        pen = QPen(QColor("#2e7d32"), 1.6, Qt.PenStyle.DashLine)
        target_line.setPen(pen)
        amber_line = QLineSeries()
        amber_line.setName(tr("Gul-grænse"))
        amber_line.setPen(QPen(QColor("#f9a825"), 1.4, Qt.PenStyle.DotLine))
        lows, highs = [], []
        for v in values:
            x = _msecs(v.period_start)
            measured.append(x, v.value)
            lows.append(v.value)
            highs.append(v.value)
        self.points = len(values)
        # Targets are steps: in force from their period until the next target.
        steps = list(targets)
        for n, t in enumerate(steps):
            stop = steps[n + 1].period_start if n + 1 < len(steps) else end
            for series, value in ((target_line, t.target), (amber_line, t.amber_limit)):
                series.append(_msecs(t.period_start), value)
                series.append(_msecs(stop), value)
            lows += [t.target, t.amber_limit]
            highs += [t.target, t.amber_limit]
        for series in (measured, target_line, amber_line):
            chart.addSeries(series)
        # Traffic-light dots on the measurements (one scatter series per colour would clutter
        # the legend: colour the points individually instead).
        for v in values:
            dots.append(_msecs(v.period_start), v.value)
        chart.addSeries(dots)
        for n, v in enumerate(values):
            light = m.traffic_light(ind.id, v.period_start)
            dots.setPointConfiguration(n, {QScatterSeries.PointConfiguration.Color:
                                           QColor(LIGHT_HEX[light])})
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy" if ind.period.value == "year" else "MM/yy")
        x_axis.setRange(QDateTime.fromMSecsSinceEpoch(_msecs(first)),
                        QDateTime.fromMSecsSinceEpoch(_msecs(end)))
        x_axis.setTickCount(min(5, max(2, len(values) + 1)))
        y_axis = QValueAxis()
        low, high = min(lows), max(highs)
        pad = (high - low) * 0.15 or max(abs(high) * 0.1, 1)
        # Counts and shares never go below zero: neither does their axis.
        y_axis.setRange(0 if low >= 0 and low - pad < 0 else low - pad, high + pad)
        y_axis.setLabelFormat("%.0f" if high - low > 20 else "%.1f")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in chart.series():
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.legend().markers(dots)[0].setVisible(False)


def _msecs(day: date) -> int:
    return int(datetime.combine(day, time(12)).timestamp() * 1000)


class GoalPanel(QScrollArea):
    """Edit the selected goal; see the module docstring."""

    deleted = Signal()

    def __init__(self, *, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goal_panel")
        self.editor = editor
        self.goal_id: str | None = None
        self._loaded: dict[str, object] = {}
        self.dialog: IndicatorDialog | MilestoneDialog | InitiativeDialog | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("goal_text")
        self.text.setFixedHeight(64)
        self.owner = QLineEdit()
        self.area = _narrow(QComboBox())
        self.parent_goal = _narrow(QComboBox())
        self.reason = QLineEdit()
        self.reason.setObjectName("goal_reason")
        self.reason.setPlaceholderText(tr("Hvorfor ændres målet? (gemmes i historikken)"))
        self.apply_button = QPushButton(tr("Gem ændringer i målet"))
        self.apply_button.setObjectName("goal_apply")
        form = QFormLayout()
        form.addRow(tr("Tekst"), self.text)
        form.addRow(tr("Ejer"), self.owner)
        form.addRow(tr("Fokusområde"), self.area)
        form.addRow(tr("Delmål af"), self.parent_goal)
        form.addRow(tr("Begrundelse"), self.reason)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        buttons = QHBoxLayout()
        self.sub_goal_button = QPushButton(tr("Nyt delmål"))
        self.delete_button = QPushButton(tr("Slet mål"))
        buttons.addWidget(self.sub_goal_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        layout.addWidget(_heading(tr("Indikatorer")))
        self.indicators = _list(100)
        self.indicators.setObjectName("goal_indicators")
        layout.addWidget(self.indicators)
        row = QHBoxLayout()
        self.add_indicator_button = QPushButton(tr("Ny indikator…"))
        self.edit_indicator_button = QPushButton(tr("Ret…"))
        self.remove_indicator_button = QPushButton(tr("Slet"))
        for b in (self.add_indicator_button, self.edit_indicator_button, self.remove_indicator_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.chart = IndicatorChart()
        layout.addWidget(self.chart)

        layout.addWidget(_heading(tr("Pile (årsag → virkning)")))
        self.links = _list(80)
        layout.addWidget(self.links)
        row = QHBoxLayout()
        self.link_target = _narrow(QComboBox())
        self.link_target.setObjectName("link_target")
        self.add_link_button = QPushButton(tr("Tilføj pil"))
        self.remove_link_button = QPushButton(tr("Slet markeret pil"))
        row.addWidget(QLabel(tr("Fører til:")))
        row.addWidget(self.link_target, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.add_link_button)
        row.addWidget(self.remove_link_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(_heading(tr("Milepæle og indsatser")))
        self.plans = _list(90)
        layout.addWidget(self.plans)
        row = QHBoxLayout()
        self.add_milestone_button = QPushButton(tr("Ny milepæl…"))
        self.add_initiative_button = QPushButton(tr("Ny indsats…"))
        row.addWidget(self.add_milestone_button)
        row.addWidget(self.add_initiative_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(_heading(tr("Historik (revisioner)")))
        self.history = QTextBrowser()
        self.history.setObjectName("goal_history")
        self.history.setFixedHeight(130)
        layout.addWidget(self.history)
        layout.addStretch(1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.apply_button.clicked.connect(self.on_apply_button_clicked)
        self.sub_goal_button.clicked.connect(self.on_sub_goal_button_clicked)
        self.delete_button.clicked.connect(self.on_delete_button_clicked)
        self.indicators.currentItemChanged.connect(self.on_indicators_current_item_changed)
        self.indicators.itemDoubleClicked.connect(self.on_edit_indicator_button_clicked)
        self.add_indicator_button.clicked.connect(self.on_add_indicator_button_clicked)
        self.edit_indicator_button.clicked.connect(self.on_edit_indicator_button_clicked)
        self.remove_indicator_button.clicked.connect(self.on_remove_indicator_button_clicked)
        self.add_link_button.clicked.connect(self.on_add_link_button_clicked)
        self.remove_link_button.clicked.connect(self.on_remove_link_button_clicked)
        self.add_milestone_button.clicked.connect(self.on_add_milestone_button_clicked)
        self.add_initiative_button.clicked.connect(self.on_add_initiative_button_clicked)
        self.plans.itemDoubleClicked.connect(self.on_plans_item_double_clicked)

    # ------------------------------------------------------------------ showing
    def show_goal(self, goal_id: str | None) -> None:
        changed = goal_id != self.goal_id
        self.goal_id = goal_id
        if changed:
            self._loaded = {}
            self.reason.clear()
        self.refresh()

    def refresh(self) -> None:
        m = self.editor.model
        if m is None or self.goal_id is None or self.goal_id not in {g.id for g in m.goals}:
            self.goal_id = None
            return
        goal = m.goal(self.goal_id)
        area = m.focus_area(goal.focus_area_id)
        kind = tr("Delmål") if goal.parent_goal_id else tr("Mål")
        light = m.goal_status(goal.id)
        self.title.setText(f"<span style='color:{LIGHT_HEX[light]};font-size:16pt'>●</span> "
                           f"<b>{kind}</b> · {_esc(area.name)}")
        self._set_field("text", goal.text, self.text.toPlainText, self.text.setPlainText)
        self._set_field("owner", goal.owner, self.owner.text, self.owner.setText)
        self._fill_combo(self.area, [(a.name, a.id) for a in m.focus_areas], goal.focus_area_id)
        others = [(tr("(hovedmål)"), None)] + [
            (g.text, g.id) for g in m.goals if g.id != goal.id and g.id not in _descendants(m, goal.id)]
        self._fill_combo(self.parent_goal, others, goal.parent_goal_id)
        self._show_indicators(m)
        self._show_links(m)
        self._show_plans(m)
        self._show_history(m)

    def _set_field(self, key: str, value: str, getter: Callable[[], str],
                   setter: Callable[[str], None]) -> None:
        # Keep what the user is typing: only overwrite a field they have not changed.
        if key not in self._loaded or getter() == self._loaded[key]:
            setter(value)
        self._loaded[key] = value

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]], current: object) -> None:
        combo.blockSignals(True)
        combo.clear()
        for text, key in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _show_indicators(self, m: DomainMap) -> None:
        keep = _current(self.indicators)
        self.indicators.blockSignals(True)
        self.indicators.clear()
        lang = language()
        for ind in m.indicators_of(self.goal_id):
            light = m.latest_light(ind.id)
            latest = m.latest_measurement(ind.id)
            target = m.target_for(ind.id, latest.period_start) if latest else None
            value = fmt_number(latest.value, lang) if latest else "–"
            goal_value = f" / {tr('mål')} {fmt_number(target.target, lang)}" if target else ""
            when = f" ({period_label(latest.period_start, ind.period, lang)})" if latest else ""
            text = f"● {ind.name}: {value}{goal_value} {ind.unit}{when}"
            self.indicators.addItem(_item(text, ind.id, _indicator_tooltip(m, ind), LIGHT_HEX[light]))
        self.indicators.blockSignals(False)
        if keep is not None:
            _restore_current(self.indicators, keep)
        if self.indicators.currentRow() < 0 and self.indicators.count():
            self.indicators.setCurrentRow(0)
        self.chart.show_indicator(m, _current(self.indicators))

    def _show_links(self, m: DomainMap) -> None:
        self.links.clear()
        for link in m.links_from(self.goal_id):
            target = tr("visionen") if link.to_id == VISION_ID else m.goal(link.to_id).text
            self.links.addItem(_item(f"→ {target}", link.id, link.note))
        for link in m.links_to(self.goal_id):
            self.links.addItem(_item(f"← {m.goal(link.from_id).text}", link.id, link.note))
        targets = [(tr("Visionen"), VISION_ID)] + [
            (g.text, g.id) for g in m.goals if g.id != self.goal_id]
        keep = self.link_target.currentData()
        self._fill_combo(self.link_target, targets, keep)

    def _show_plans(self, m: DomainMap) -> None:
        self.plans.clear()
        for ms in m.milestones:
            if ms.goal_id == self.goal_id:
                state = MILESTONE_STATUS_TEXT[ms.status]
                self.plans.addItem(_item(f"◆ {ms.text} – {format_date(ms.due)} ({tr(state).lower()})",
                                         ("milestone", ms.id)))
        for ini in m.initiatives:
            if self.goal_id in ini.goal_ids:
                group = m.working_group(ini.working_group_id).name if ini.working_group_id else "–"
                span = f"{format_date(ini.start) or '…'} – {format_date(ini.end) or '…'}"
                state = INITIATIVE_STATUS_TEXT[ini.status]
                self.plans.addItem(_item(f"▬ {ini.title} ({group}; {span}; {tr(state).lower()})",
                                         ("initiative", ini.id)))
        if not self.plans.count():
            item = _item(tr("Ingen milepæle eller indsatser knyttet til målet."), None)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.plans.addItem(item)

    def _show_history(self, m: DomainMap) -> None:
        nodes = {self.goal_id, *(i.id for i in m.indicators_of(self.goal_id))}
        revisions = [r for r in m.revisions if r.node_id in nodes]
        if not revisions:
            self.history.setHtml("<i>" + _esc(tr("Ingen ændringer registreret.")) + "</i>")
            return
        rows = []
        for r in reversed(revisions[-40:]):
            name, _, period = r.field.partition(":")
            field = FIELD_NAMES.get(name, name)
            if period:
                field += f" {format_date(date.fromisoformat(period))}"
            why = f" – <i>{_esc(r.reason)}</i>" if r.reason else ""
            rows.append(f"<p style='margin:2px 0'>{_esc(format_datetime(r.at))} · {_esc(r.by)}: "
                        f"{_esc(field)} «{_esc(_short(r.old))}» → «{_esc(_short(r.new))}»{why}</p>")
        self.history.setHtml("".join(rows))

    # ------------------------------------------------------------------ actions
    def _guard(self, fn: Callable[[], object]) -> bool:
        try:
            fn()
        except UserError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        return True

    def on_apply_button_clicked(self) -> None:
        if self.goal_id is None:
            return
        changes = {"text": " ".join(self.text.toPlainText().split()),
                   "owner": self.owner.text().strip(),
                   "focus_area_id": self.area.currentData(),
                   "parent_goal_id": self.parent_goal.currentData()}
        m = self.editor.model
        goal = m.goal(self.goal_id)
        if changes["parent_goal_id"] is not None and changes["focus_area_id"] == goal.focus_area_id:
            # A new parent decides the lane.
            changes["focus_area_id"] = m.goal(changes["parent_goal_id"]).focus_area_id
        if changes["focus_area_id"] != goal.focus_area_id and changes["parent_goal_id"] is not None \
                and m.goal(changes["parent_goal_id"]).focus_area_id != changes["focus_area_id"]:
            changes["parent_goal_id"] = None  # moving lane makes it a main goal there
        if self._guard(lambda: self.editor.update_goal(self.goal_id, reason=self.reason.text(),
                                                       **changes)):
            self._loaded = {}
            self.reason.clear()
            self.refresh()

    def on_sub_goal_button_clicked(self) -> None:
        if self.goal_id is None:
            return
        self._guard(lambda: self.editor.add_goal(focus_area_id=None, parent_goal_id=self.goal_id,
                                                 text=tr("Nyt delmål")))

    def on_delete_button_clicked(self) -> None:
        if self.goal_id is not None and self._guard(lambda: self.editor.remove_goals([self.goal_id])):
            self.goal_id = None
            self.deleted.emit()

    def on_indicators_current_item_changed(self, *_args: object) -> None:
        self.chart.show_indicator(self.editor.model, _current(self.indicators))

    def _open(self, dialog) -> None:  # noqa: ANN001
        self.dialog = dialog
        dialog.applied.connect(self.refresh)
        dialog.open()

    def on_add_indicator_button_clicked(self) -> None:
        if self.goal_id is not None:
            self._open(IndicatorDialog(editor=self.editor, goal_id=self.goal_id, parent=self))

    def on_edit_indicator_button_clicked(self, *_args: object) -> None:
        indicator_id = _current(self.indicators)
        if self.goal_id is not None and indicator_id is not None:
            self._open(IndicatorDialog(editor=self.editor, goal_id=self.goal_id,
                                       indicator_id=indicator_id, parent=self))

    def on_remove_indicator_button_clicked(self) -> None:
        indicator_id = _current(self.indicators)
        if indicator_id is not None:
            m = self.editor.model
            self._guard(lambda: self.editor.run(tr("Slet indikator"),
                                                lambda: m.remove_indicator(indicator_id)))

    def on_add_link_button_clicked(self) -> None:
        target = self.link_target.currentData()
        if self.goal_id is not None and target is not None:
            self._guard(lambda: self.editor.add_link(self.goal_id, target))

    def on_remove_link_button_clicked(self) -> None:
        link_id = _current(self.links)
        if link_id is not None:
            self._guard(lambda: self.editor.remove_links([link_id]))

    def on_add_milestone_button_clicked(self) -> None:
        if self.goal_id is not None:
            self._open(MilestoneDialog(editor=self.editor, goal_id=self.goal_id, parent=self))

    def on_add_initiative_button_clicked(self) -> None:
        if self.goal_id is not None:
            self._open(InitiativeDialog(editor=self.editor, goal_id=self.goal_id, parent=self))

    def on_plans_item_double_clicked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        kind, item_id = key
        if kind == "milestone":
            self._open(MilestoneDialog(editor=self.editor, milestone_id=item_id, parent=self))
        else:
            self._open(InitiativeDialog(editor=self.editor, initiative_id=item_id, parent=self))


def _indicator_tooltip(m: DomainMap, ind: Indicator) -> str:
    lang = language()
    lines = [ind.name]
    for t in m.targets(ind.id)[-3:]:
        lines.append(f"{tr('Mål fra')} {period_label(t.period_start, ind.period, lang)}: "
                     f"{fmt_number(t.target, lang)} ({tr('gul')} {fmt_number(t.amber_limit, lang)})")
    if ind.measure_key:
        lines.append(f"{tr('Beregnes fra CRM')}: {ind.measure_key}")
    return "\n".join(lines)


def _short(value: object) -> str:
    text = "–" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _descendants(m: DomainMap, goal_id: str) -> set[str]:
    found: set[str] = set()
    frontier = [goal_id]
    while frontier:
        current = frontier.pop()
        for g in m.sub_goals(current):
            if g.id not in found:
                found.add(g.id)
                frontier.append(g.id)
    return found


class _ListSection(QWidget):
    """A heading, a list and New / Edit / Delete buttons."""

    def __init__(self, title: str, *, on_new: Callable[[], None],
                 on_edit: Callable[[object], None], on_delete: Callable[[object], None],
                 height: int = 96) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_heading(title))
        self.list = _list(height)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("Ny…"))
        self.edit_button = QPushButton(tr("Ret…"))
        self.delete_button = QPushButton(tr("Slet"))
        for b in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_button.clicked.connect(lambda: on_new())
        self.edit_button.clicked.connect(lambda: _current(self.list) is not None and
                                         on_edit(_current(self.list)))
        self.list.itemDoubleClicked.connect(lambda item: on_edit(item.data(Qt.ItemDataRole.UserRole)))
        self.delete_button.clicked.connect(lambda: _current(self.list) is not None and
                                           on_delete(_current(self.list)))

    def fill(self, rows: list[tuple[str, object, str, str | None]]) -> None:
        keep = _current(self.list)
        self.list.clear()
        for text, key, tooltip, colour in rows:
            self.list.addItem(_item(text, key, tooltip, colour))
        if keep is not None:
            _restore_current(self.list, keep)


class MapPanel(QScrollArea):
    """The map as a whole: header, warnings, lanes, milestones, groups and initiatives."""

    def __init__(self, *, editor: MapEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_panel")
        self.editor = editor
        self.dialog = None
        self.today = date.today()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.edit_header_button = QPushButton(tr("Ret kortets oplysninger og ambassadører…"))
        self.warnings = QLabel()
        self.warnings.setObjectName("map_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.header)
        layout.addWidget(self.edit_header_button)
        layout.addWidget(self.warnings)
        m = lambda: self.editor.model  # noqa: E731
        self.areas = _ListSection(
            tr("Fokusområder"),
            on_new=lambda: self._open(FocusAreaDialog(editor=editor, parent=self)),
            on_edit=lambda key: self._open(FocusAreaDialog(editor=editor, area_id=key, parent=self)),
            on_delete=lambda key: self._guard(lambda: editor.run(
                tr("Slet fokusområde"), lambda: m().remove_focus_area(key))), height=80)
        self.milestones = _ListSection(
            tr("Milepæle"),
            on_new=lambda: self._open(MilestoneDialog(editor=editor, parent=self)),
            on_edit=lambda key: self._open(MilestoneDialog(editor=editor, milestone_id=key,
                                                           parent=self)),
            on_delete=lambda key: self._guard(lambda: editor.run(
                tr("Slet milepæl"), lambda: m().remove_milestone(key))))
        self.groups = _ListSection(
            tr("Arbejdsgrupper"),
            on_new=lambda: self._open(WorkingGroupDialog(editor=editor, parent=self)),
            on_edit=lambda key: self._open(WorkingGroupDialog(editor=editor, group_id=key,
                                                              parent=self)),
            on_delete=lambda key: self._guard(lambda: editor.run(
                tr("Slet arbejdsgruppe"), lambda: m().remove_working_group(key))), height=90)
        self.initiatives = _ListSection(
            tr("Indsatser (handleplaner)"),
            on_new=lambda: self._open(InitiativeDialog(editor=editor, parent=self)),
            on_edit=lambda key: self._open(InitiativeDialog(editor=editor, initiative_id=key,
                                                            parent=self)),
            on_delete=lambda key: self._guard(lambda: editor.run(
                tr("Slet indsats"), lambda: m().remove_initiative(key))))
        for section in (self.areas, self.milestones, self.groups, self.initiatives):
            layout.addWidget(section)
        layout.addStretch(1)
        self.edit_header_button.clicked.connect(self.on_edit_header_button_clicked)

    def _open(self, dialog) -> None:  # noqa: ANN001
        if self.editor.model is None:
            return
        self.dialog = dialog
        dialog.open()

    def _guard(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except UserError as exc:
            show_error(self, exc)

    def on_edit_header_button_clicked(self) -> None:
        self._open(MapHeaderDialog(editor=self.editor, parent=self))

    def refresh(self) -> None:
        m = self.editor.model
        if m is None:
            self.header.setText("<i>" + _esc(tr("Intet strategikort åbent.")) + "</i>")
            self.warnings.clear()
            for section in (self.areas, self.milestones, self.groups, self.initiatives):
                section.fill([])
            return
        lang = language()
        span = f"{format_date(m.span_start) or '…'} – {format_date(m.span_end) or '…'}"
        year = f" {m.vision_year}" if m.vision_year else ""
        lines = [f"<h3 style='margin:0'>{_esc(m.title)}</h3>",
                 f"<p style='margin:4px 0'><b>{_esc(tr('Vision'))}{year}:</b> {_esc(m.vision_text)}</p>",
                 f"<p style='margin:2px 0;color:#52606d'>{_esc(tr('Periode'))}: {span} · "
                 f"{_esc(tr('Ejer'))}: {_esc(m.owner or '–')}</p>"]
        if m.baseline_text:
            lines.append(f"<p style='margin:2px 0;color:#52606d'>{_esc(tr('Udgangspunkt'))}: "
                         f"{_esc(m.baseline_text)}</p>")
        self.header.setText("".join(lines))
        warnings = m.warnings(today=self.today)
        if warnings:
            shown = warnings[:12]
            more = len(warnings) - len(shown)
            text = "".join(f"<p style='margin:1px 0;color:#9a5b00'>⚠ {_esc(w.message(lang))}</p>"
                           for w in shown)
            if more:
                text += f"<p style='color:#9a5b00'>… {more} {_esc(tr('flere'))}</p>"
            self.warnings.setText(text)
        else:
            self.warnings.setText("<p style='color:#2e7d32'>✓ " + _esc(tr("Ingen advarsler.")) + "</p>")
        self.areas.fill([(f"■ {a.name} ({len(m.goals_in(a.id))})", a.id, "", a.colour)
                         for a in m.focus_areas])
        self.milestones.fill([
            (f"◆ {format_date(ms.due)} {ms.text}", ms.id, tr(MILESTONE_STATUS_TEXT[ms.status]),
             LIGHT_HEX[m.milestone_light(ms, self.today)] if m.milestone_light(ms, self.today)
             else None)
            for ms in m.milestones])
        self.groups.fill([(f"{g.name}" + (f" ({g.chair})" if g.chair else ""), g.id,
                           ", ".join(g.members), None) for g in m.working_groups])
        groups = {g.id: g.name for g in m.working_groups}
        self.initiatives.fill([
            (f"{i.title} – {groups.get(i.working_group_id, tr('ingen gruppe'))}", i.id,
             tr(INITIATIVE_STATUS_TEXT[i.status]), None) for i in m.initiatives])
