"""Every edit of a strategy map is a QUndoCommand on the editor's QUndoStack.

The domain model refuses bad edits (a link that would close a loop, an amber limit on the
wrong side of the target, …) by raising ``UserError`` and staying exactly as it was. So a
command is *applied before it is pushed*: ``MapEditor`` runs the edit, and only when it
succeeded pushes the command, whose first ``redo()`` (called by ``QUndoStack.push``) then does
nothing. A refused edit never reaches the stack, and the error goes back to the caller to show.

Frequent, local edits have their own commands that touch only what changed (moving cards,
adding and removing goals and arrows), so the scene updates incrementally. Compound edits —
a goal's text with its revision, an indicator with its targets, recomputed measurements —
use ``SnapshotCommand``: the model's contents before and after, restored wholesale.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...domain.errors import UserError
from ...domain.strategy import GoalRemoval, Link, MapEvent
from ...domain.strategy import StrategyMap as DomainMap

log = logging.getLogger(__name__)

_T = TypeVar("_T")
NUDGE_ID = 7001  # QUndoCommand.id(): consecutive arrow-key nudges merge into one step


def tr(text: str) -> str:
    return QCoreApplication.translate("StrategyEditor", text)


class MapCommand(QUndoCommand):
    """Base: ``apply()`` does the edit the first time; ``redo``/``undo`` replay it."""

    def __init__(self, model: DomainMap, text: str) -> None:
        super().__init__(text)
        self.model = model
        self._skip_redo = False

    def apply(self) -> Any:
        result = self._do()
        self._skip_redo = True  # QUndoStack.push() calls redo(): the edit is already done
        return result

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard(self._redo)

    def undo(self) -> None:
        self._skip_redo = False
        self._guard(self._undo)

    def _guard(self, fn: Callable[[], None]) -> None:
        # Called from C++: an exception here would be printed and lost. Replaying a step of a
        # linear history cannot be refused by the model; if it is, log it and keep going.
        try:
            fn()
        except Exception:  # noqa: BLE001
            log.exception("undo/redo of %r failed", self.text())

    def _do(self) -> Any:
        raise NotImplementedError

    def _redo(self) -> None:
        self._do()

    def _undo(self) -> None:
        raise NotImplementedError


class AddGoalCommand(MapCommand):
    def __init__(self, model: DomainMap, **fields: Any) -> None:
        super().__init__(model, tr("Tilføj mål"))
        self.fields = fields
        self.goal_id: str | None = None
        self._removal: GoalRemoval | None = None

    def _do(self) -> str:
        goal = self.model.add_goal(**self.fields)
        self.goal_id = goal.id
        return goal.id

    def _redo(self) -> None:
        if self._removal is not None:
            self.model.restore_goal(self._removal)

    def _undo(self) -> None:
        self._removal = self.model.remove_goal(self.goal_id)


class RemoveGoalCommand(MapCommand):
    def __init__(self, model: DomainMap, goal_id: str) -> None:
        super().__init__(model, tr("Slet mål"))
        self.goal_id = goal_id
        self._removal: GoalRemoval | None = None

    def _do(self) -> None:
        self._removal = self.model.remove_goal(self.goal_id)

    def _undo(self) -> None:
        self.model.restore_goal(self._removal)


class MoveGoalsCommand(MapCommand):
    """Move one or more cards; ``merge_id`` lets consecutive keyboard nudges merge."""

    def __init__(self, model: DomainMap, positions: Mapping[str, tuple[float, float]],
                 text: str, *, merge_id: int = -1) -> None:
        super().__init__(model, text)
        self.new = dict(positions)
        self.old: dict[str, tuple[float, float]] = {}
        self._merge_id = merge_id

    def _do(self) -> None:
        self.old = self.model.move_goals(self.new)

    def _undo(self) -> None:
        self.model.move_goals(self.old)

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, MoveGoalsCommand) or other.id() != self.id() or \
                set(other.new) != set(self.new):
            return False
        self.new = dict(other.new)
        return True


class AddLinkCommand(MapCommand):
    def __init__(self, model: DomainMap, from_id: str, to_id: str, note: str = "") -> None:
        super().__init__(model, tr("Tilføj pil"))
        self.from_id, self.to_id, self.note = from_id, to_id, note
        self.link: Link | None = None

    def _do(self) -> Link:
        if self.link is None:
            self.link = self.model.add_link(self.from_id, self.to_id, note=self.note)
        else:
            self.model.add_link(self.from_id, self.to_id, note=self.note, id=self.link.id)
        return self.link

    def _undo(self) -> None:
        self.model.remove_link(self.link.id)


class RemoveLinkCommand(MapCommand):
    def __init__(self, model: DomainMap, link_id: str) -> None:
        super().__init__(model, tr("Slet pil"))
        self.link = model.link(link_id)

    def _do(self) -> None:
        self.model.remove_link(self.link.id)

    def _undo(self) -> None:
        self.model.add_link(self.link.from_id, self.link.to_id, note=self.link.note,
                            id=self.link.id)


class SnapshotCommand(MapCommand):
    """A compound edit: ``fn`` may call any number of model methods. If one of them refuses,
    the model is put back as it was before ``fn`` and the error goes to the caller."""

    def __init__(self, model: DomainMap, text: str, fn: Callable[[], Any]) -> None:
        super().__init__(model, text)
        self.fn = fn
        self.before: object | None = None
        self.after: object | None = None

    def _do(self) -> Any:
        self.before = self.model.snapshot()
        try:
            result = self.fn()
        except BaseException:
            self.model.restore(self.before)
            raise
        self.after = self.model.snapshot()
        return result

    def _redo(self) -> None:
        self.model.restore(self.after)

    def _undo(self) -> None:
        self.model.restore(self.before)


class MacroCommand(QUndoCommand):
    """Several already-applied commands as one undo step (e.g. deleting a selection)."""

    def __init__(self, text: str, children: Iterable[MapCommand]) -> None:
        super().__init__(text)
        self.children_ = list(children)

    def redo(self) -> None:
        for child in self.children_:
            child.redo()

    def undo(self) -> None:
        for child in reversed(self.children_):
            child.undo()


class MapEditor(QObject):
    """The open map, its undo stack and the edits the UI can make.

    Every method either completes one undoable step or raises ``UserError`` with the model
    unchanged. ``model_changed`` fires after every change of the model (also on undo/redo),
    so views other than the scene (panels, tables, the timeline) can refresh.
    """

    model_changed = Signal(object)  # MapEvent

    def __init__(self, *, actor_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor_name = actor_name or "bruger"
        self.stack = QUndoStack(self)
        self.model: DomainMap | None = None
        self._unsubscribe: Callable[[], None] | None = None

    # ------------------------------------------------------------------ the map
    def set_map(self, m: DomainMap | None) -> None:
        self.stack.clear()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.model = m
        if m is not None:
            self._unsubscribe = m.subscribe(self._on_event)
        self.stack.setClean()
        self.model_changed.emit(MapEvent("reset", "map", m.id if m else None))

    def _on_event(self, event: MapEvent) -> None:
        self.model_changed.emit(event)

    def _require(self) -> DomainMap:
        if self.model is None:
            raise UserError("Vælg eller opret et strategikort først.",
                            "Choose or create a strategy map first.")
        return self.model

    def _push(self, command: MapCommand) -> Any:
        result = command.apply()  # raises UserError: nothing pushed, model unchanged
        self.stack.push(command)
        return result

    # ------------------------------------------------------------------ goals
    def add_goal(self, *, focus_area_id: str | None, text: str, parent_goal_id: str | None = None,
                 owner: str = "", x: float | None = None, y: float | None = None) -> str:
        m = self._require()
        if x is None or y is None:
            x, y = self.free_slot(focus_area_id, parent_goal_id)
        return self._push(AddGoalCommand(m, focus_area_id=focus_area_id, text=text,
                                         parent_goal_id=parent_goal_id, owner=owner, x=x, y=y))

    def free_slot(self, focus_area_id: str | None, parent_goal_id: str | None) -> tuple[float, float]:
        """Where a new card goes: under the lowest card of its lane (indented for a sub-goal),
        or at the lane's slot in the tidy layout when the lane is empty."""
        m = self._require()
        if parent_goal_id is not None:
            focus_area_id = m.goal(parent_goal_id).focus_area_id
        layout = m.compute_layout()
        in_lane = m.goals_in(focus_area_id) if focus_area_id else ()
        if in_lane:
            lowest = max(in_lane, key=lambda g: g.y)
            x = min(g.x for g in in_lane if g.parent_goal_id is None) if any(
                g.parent_goal_id is None for g in in_lane) else lowest.x
            if parent_goal_id is not None:
                x = m.goal(parent_goal_id).x + 24
            return float(round(x)), float(round(lowest.y + 120))
        box = layout.lanes.get(focus_area_id) if focus_area_id else None
        if box is None:
            return 20.0, 140.0
        return float(round(box.x + 20)), float(round(box.y + 20))

    def remove_goals(self, goal_ids: Iterable[str]) -> None:
        """Delete goals (sub-goals first, so a parent with its children can go in one step)."""
        m = self._require()
        ids = _children_first(m, list(dict.fromkeys(goal_ids)))
        if not ids:
            return
        done: list[MapCommand] = []
        try:
            for gid in ids:
                command = RemoveGoalCommand(m, gid)
                command.apply()
                done.append(command)
        except UserError:
            for command in reversed(done):
                command.undo()
            raise
        if len(done) == 1:
            self.stack.push(done[0])
        else:
            self.stack.push(MacroCommand(tr("Slet {n} mål").format(n=len(done)), done))

    def move_goals(self, positions: Mapping[str, tuple[float, float]], *,
                   text: str | None = None, merge: bool = False) -> None:
        m = self._require()
        positions = {gid: pos for gid, pos in positions.items()
                     if (m.goal(gid).x, m.goal(gid).y) != tuple(pos)}
        if not positions:
            return
        self._push(MoveGoalsCommand(m, positions, text or tr("Flyt mål"),
                                    merge_id=NUDGE_ID if merge else -1))

    def nudge(self, goal_ids: Iterable[str], dx: float, dy: float) -> None:
        m = self._require()
        positions = {gid: (m.goal(gid).x + dx, m.goal(gid).y + dy) for gid in goal_ids}
        self.move_goals(positions, text=tr("Skub mål"), merge=True)

    def update_goal(self, goal_id: str, *, reason: str = "", **changes: Any) -> None:
        """Change text, owner, focus area or parent; the model records the revision."""
        m = self._require()
        goal = m.goal(goal_id)
        changes = {k: v for k, v in changes.items() if getattr(goal, k) != v}
        if not changes:
            return
        label = tr("Ret målets tekst") if set(changes) == {"text"} else tr("Ret mål")
        self.run(label, lambda: m.update_goal(goal_id, by=self.actor_name, reason=reason,
                                              **changes))

    def tidy(self) -> None:
        """Automatic layout by lane and link order, as one undo step."""
        m = self._require()
        layout = m.compute_layout()
        self.move_goals({gid: (box.x, box.y) for gid, box in layout.cards.items()},
                        text=tr("Ryd op i layout"))

    # ------------------------------------------------------------------ links
    def add_link(self, from_id: str, to_id: str, note: str = "") -> Link:
        m = self._require()
        return self._push(AddLinkCommand(m, from_id, to_id, note))

    def remove_links(self, link_ids: Iterable[str]) -> None:
        m = self._require()
        commands = []
        for link_id in dict.fromkeys(link_ids):
            command = RemoveLinkCommand(m, link_id)
            command.apply()
            commands.append(command)
        if len(commands) == 1:
            self.stack.push(commands[0])
        elif commands:
            self.stack.push(MacroCommand(tr("Slet pile"), commands))

    def remove_selection(self, goal_ids: Iterable[str], link_ids: Iterable[str]) -> None:
        """Delete selected arrows and goals as one undo step."""
        m = self._require()
        goal_ids = list(goal_ids)
        link_ids = [lid for lid in link_ids
                    if lid in {k.id for k in m.links}
                    and not ({m.link(lid).from_id, m.link(lid).to_id} & set(goal_ids))]
        if goal_ids and link_ids:
            self.run(tr("Slet markering"), lambda: (
                [m.remove_link(lid) for lid in link_ids],
                [m.remove_goal(gid) for gid in _children_first(m, goal_ids)]))
        elif goal_ids:
            self.remove_goals(goal_ids)
        elif link_ids:
            self.remove_links(link_ids)

    # ------------------------------------------------------------------ anything else
    def run(self, text: str, fn: Callable[[], _T]) -> _T:
        """A compound edit as one undo step; refused → model unchanged, error raised."""
        m = self._require()
        return self._push(SnapshotCommand(m, text, fn))

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()


def _children_first(m: DomainMap, goal_ids: list[str]) -> list[str]:
    def depth(gid: str) -> int:
        d, g = 0, m.goal(gid)
        while g.parent_goal_id is not None:
            d, g = d + 1, m.goal(g.parent_goal_id)
        return d

    return sorted(goal_ids, key=lambda gid: -depth(gid))
