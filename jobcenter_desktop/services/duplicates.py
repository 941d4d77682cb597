"""Duplicate companies: the check while a user types, the whole-register scan, merge and undo.

Two companies are likely the same when they share a CVR number, or when their names agree in
the duplicate key of ``domain.text.company_name_key`` ("Hansen & Søn A/S" = "HANSEN OG SOEN
AS") or nearly agree (rapidfuzz token-sort ratio, so "Petersen VVS" ~ "Pedersen VVS" and
"Nordisk Bageri" ~ "Bageri Nordisk") within one postcode. Fuzzy comparison is blocked by
postcode: comparing every name with every other across the country would be slow and would
mostly find namesakes far apart.

A merge moves everything attached to the merged company (contacts, contact log, follow-ups,
job orders, placements, agreements, notes, production units) to the survivor, fills the
survivor's empty master-data fields from the merged one, tombstones the merged company and
keeps a ``CompanyMerge`` row with what was moved. The latest merge can be undone until the
next merge is made; undo moves back exactly what the merge moved.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from rapidfuzz import fuzz, process
from sqlalchemy import func, select, update

from ..domain import values
from ..domain.errors import NotFoundError, UserError, ValidationError
from ..domain.text import company_name_key
from ..persistence.orm import (
    Agreement,
    Company,
    CompanyMerge,
    CompanyNote,
    ContactLogEntry,
    ContactPerson,
    FollowUp,
    JobOrder,
    Placement,
    Workplace,
)
from .companies import CompanyService
from .context import ServiceContext
from .lists import key as key_of
from .lists import raw_id_column

# Fuzzy name score (0-100) from which two names in one postcode count as likely the same.
TYPING_CUTOFF = 88
SCAN_CUTOFF = 90
BLOCK_SECONDS = 30.0
_MIN_KEY = 3

# Tables whose rows belong to a company and move with a merge.
_CHILD_TABLES = {
    "contact_person": ContactPerson,
    "contact_log_entry": ContactLogEntry,
    "follow_up": FollowUp,
    "job_order": JobOrder,
    "placement": Placement,
    "agreement": Agreement,
    "company_note": CompanyNote,
    "workplace": Workplace,
}
# Master-data fields the survivor takes over from the merged company when its own are empty.
_FILL_FIELDS = ("address", "postcode", "town", "kommune_code", "industry_code", "industry_section",
                "employee_band", "phone", "email", "website", "responsible_consultant_id")

REASON_CVR = "cvr"
REASON_NAME = "name"
REASON_NAME_POSTCODE = "name_postcode"
REASON_SIMILAR = "similar"
_REASON_RANK = {REASON_CVR: 0, REASON_NAME_POSTCODE: 1, REASON_SIMILAR: 2, REASON_NAME: 3}


def reason_text(code: str, score: int | None = None, language: str = "da") -> str:
    if language == "en":
        return {
            REASON_CVR: "Same CVR number",
            REASON_NAME: "Same name (other postcode)",
            REASON_NAME_POSTCODE: "Same name and postcode",
            REASON_SIMILAR: f"Similar name in the same postcode ({score} %)",
        }.get(code, code)
    return {
        REASON_CVR: "Samme CVR-nummer",
        REASON_NAME: "Samme navn (andet postnummer)",
        REASON_NAME_POSTCODE: "Samme navn og postnummer",
        REASON_SIMILAR: f"Lignende navn i samme postnummer ({score} %)",
    }.get(code, code)


@dataclass(frozen=True)
class DuplicateHit:
    """A registered company that looks like the one being typed."""

    company_id: str
    name: str
    cvr: str
    postcode: str
    town: str
    reason: str
    score: int

    def reason_text(self, language: str = "da") -> str:
        return reason_text(self.reason, self.score, language)


@dataclass(frozen=True)
class GroupMember:
    company_id: str
    name: str
    cvr: str
    postcode: str
    town: str


@dataclass(frozen=True)
class DuplicateGroup:
    members: tuple[GroupMember, ...]
    reasons: tuple[str, ...]  # reason codes, strongest first
    best_score: int

    def reason_texts(self, language: str = "da") -> list[str]:
        return [reason_text(r, self.best_score, language) for r in self.reasons]


@dataclass(frozen=True)
class MemberDetail:
    """What helps choose the survivor: how much hangs on each company."""

    company_id: str
    name: str
    cvr: str
    address: str
    postcode: str
    town: str
    status: str
    contacts: int
    log_entries: int
    job_orders: int
    placements: int
    agreements: int
    last_contact_at: datetime | None
    created_at: datetime | None


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    survivor_id: str
    merged_id: str
    moved: dict[str, int]


@dataclass(frozen=True)
class MergeInfo:
    merge_id: str
    at: datetime
    survivor_id: str
    survivor_name: str
    merged_id: str
    merged_name: str
    merged_cvr: str


# ---------------------------------------------------------------------------- pure helpers


def similar_pairs(keys: Sequence[str], cutoff: int = SCAN_CUTOFF) -> list[tuple[int, int, int]]:
    """(i, j, score) for every i < j whose name keys score at least ``cutoff``.

    Equal keys are compared once: a block with many identical names (chains, franchises)
    costs as much as its distinct names.
    """
    distinct: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            distinct.setdefault(key, []).append(index)
    pairs: list[tuple[int, int, int]] = []
    for members in distinct.values():
        first = members[0]
        pairs.extend((first, other, 100) for other in members[1:])
    # Two strings whose lengths differ too much cannot reach the cutoff (the ratio is at most
    # 2·shorter/(sum of lengths)), so each key is compared only with keys of similar length.
    unique = sorted(distinct, key=len)
    lengths = [len(k) for k in unique]
    stretch = 200 / cutoff - 1 if cutoff > 0 else float("inf")
    for i, query in enumerate(unique):
        hi = bisect_right(lengths, lengths[i] * stretch)
        if hi <= i + 1:
            continue
        for _match, score, j in process.extract(query, unique[i + 1:hi], scorer=fuzz.token_sort_ratio,
                                                score_cutoff=cutoff, limit=None):
            a, b = distinct[query][0], distinct[unique[i + 1 + j]][0]
            pairs.append((min(a, b), max(a, b), int(score)))
    return pairs


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


# ---------------------------------------------------------------------------- service


class DuplicateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._companies = CompanyService(ctx)
        self._blocks: dict[str, tuple[float, list[str], list[str]]] = {}

    # ------------------------------------------------------------------ while typing
    def _block(self, session, postcode: str) -> tuple[list[str], list[str]]:  # noqa: ANN001
        """(ids, name keys) of the live companies in ``postcode``.

        Kept for a short while: a user types a name letter by letter against the same
        postcode, and a block is thousands of rows in the busiest towns. The exact checks
        (CVR, identical name key) always read the store, so a company created a moment ago
        is still caught; only its fuzzy look-alikes may wait for the block to expire.
        """
        now = time.monotonic()
        cached = self._blocks.get(postcode)
        if cached is not None and now - cached[0] < BLOCK_SECONDS:
            return cached[1], cached[2]
        rows = session.execute(
            select(raw_id_column(Company.id, self.ctx.dialect), Company.name_key)
            .where(Company.postcode == postcode, Company.deleted_at.is_(None))
        ).all()
        ids, keys = [r[0] for r in rows], [r[1] for r in rows]
        if len(self._blocks) >= 64:
            self._blocks.pop(next(iter(self._blocks)))
        self._blocks[postcode] = (now, ids, keys)
        return ids, keys

    def forget_cached_blocks(self) -> None:
        self._blocks.clear()

    def check(self, *, cvr: str = "", name: str = "", postcode: str = "",
              exclude_id: str | None = None, limit: int = 5) -> list[DuplicateHit]:
        """Registered companies that look like what the user is typing, best match first.

        Incomplete input is fine: a CVR is looked up once it has 8 digits, names need three
        letters, fuzzy name matching needs a complete postcode.
        """
        digits = "".join(c for c in cvr if c.isdigit())
        key = company_name_key(name)
        try:
            pc = values.normalize_postcode(postcode) if postcode.strip() else ""
        except ValidationError:
            pc = ""
        hits: dict[str, DuplicateHit] = {}

        def add(row, reason: str, score: int) -> None:  # noqa: ANN001
            cid = str(row.id)
            if exclude_id and str(exclude_id) == cid:
                return
            old = hits.get(cid)
            if old is None or (_REASON_RANK[reason], -score) < (_REASON_RANK[old.reason], -old.score):
                hits[cid] = DuplicateHit(cid, row.name, row.cvr, row.postcode or "", row.town,
                                         reason, score)

        columns = (Company.id, Company.name, Company.cvr, Company.postcode, Company.town,
                   Company.name_key)
        with self.ctx.uow() as uow:
            s = uow.session
            if len(digits) == 8:
                for row in s.execute(select(*columns).where(
                        Company.cvr == digits, Company.deleted_at.is_(None)).limit(limit)):
                    add(row, REASON_CVR, 100)
            if len(key) >= _MIN_KEY:
                for row in s.execute(select(*columns).where(
                        Company.name_key == key, Company.deleted_at.is_(None)).limit(20)):
                    same_pc = bool(pc) and row.postcode == pc
                    add(row, REASON_NAME_POSTCODE if same_pc else REASON_NAME, 100)
                if pc:
                    ids, keys = self._block(s, pc)
                    found = process.extract(key, keys, scorer=fuzz.token_sort_ratio,
                                            score_cutoff=TYPING_CUTOFF, limit=limit + 1)
                    scores = {key_of(ids[index]): int(score) for _key, score, index in found}
                    if scores:
                        wanted = [ids[index] for _key, _score, index in found]
                        for row in s.execute(select(*columns).where(
                                Company.id.in_(wanted), Company.deleted_at.is_(None))):
                            score = scores.get(key_of(row.id), 0)
                            reason = REASON_NAME_POSTCODE if row.name_key == key else REASON_SIMILAR
                            add(row, reason, score)
        ordered = sorted(hits.values(), key=lambda h: (_REASON_RANK[h.reason], -h.score, h.name))
        return ordered[:limit]

    # ------------------------------------------------------------------ whole register
    def scan(self, *, cutoff: int = SCAN_CUTOFF,
             progress: Callable[[int, int], None] | None = None) -> list[DuplicateGroup]:
        """Every group of likely duplicates in the register, strongest reason first."""
        with self.ctx.uow() as uow:
            rows = uow.session.execute(
                select(Company.id, Company.name, Company.cvr, Company.postcode, Company.town,
                       Company.name_key)
                .where(Company.deleted_at.is_(None))
            ).all()
            uow.log("search", "company", criterion="dubletsøgning i hele registret")
            uow.commit()
        by_id = {str(r.id): r for r in rows}
        links = _UnionFind()
        edge_reasons: dict[tuple[str, str], tuple[str, int]] = {}

        def link(a: str, b: str, reason: str, score: int) -> None:
            pair = (a, b) if a < b else (b, a)
            old = edge_reasons.get(pair)
            if old is None or _REASON_RANK[reason] < _REASON_RANK[old[0]]:
                edge_reasons[pair] = (reason, score)
            links.union(a, b)

        by_cvr: dict[str, list[str]] = {}
        blocks: dict[str, list[str]] = {}
        for cid, r in by_id.items():
            by_cvr.setdefault(r.cvr, []).append(cid)
            if r.postcode and len(r.name_key) >= _MIN_KEY:
                blocks.setdefault(r.postcode, []).append(cid)
        for members in by_cvr.values():
            for other in members[1:]:
                link(members[0], other, REASON_CVR, 100)
        total = len(blocks)
        for done, members in enumerate(blocks.values(), start=1):
            if len(members) > 1:
                keys = [by_id[m].name_key for m in members]
                for i, j, score in similar_pairs(keys, cutoff):
                    a, b = members[i], members[j]
                    same = keys[i] == keys[j]
                    link(a, b, REASON_NAME_POSTCODE if same else REASON_SIMILAR, score)
            if progress and (done % 50 == 0 or done == total):
                progress(done, total)
        groups: dict[str, list[str]] = {}
        for cid in links.parent:
            groups.setdefault(links.find(cid), []).append(cid)
        group_of = {cid: root for root, members in groups.items() for cid in members}
        reasons: dict[str, dict[str, int]] = {}
        for (a, _b), (reason, score) in edge_reasons.items():
            found = reasons.setdefault(group_of[a], {})
            found[reason] = min(found.get(reason, 100), score) if reason == REASON_SIMILAR else 100
        result = []
        for root, members in groups.items():
            if len(members) < 2:
                continue
            found = reasons.get(root, {})
            codes = tuple(sorted(found, key=_REASON_RANK.__getitem__))
            members_sorted = sorted(members, key=lambda m: (by_id[m].name_key, by_id[m].cvr))
            result.append(DuplicateGroup(
                members=tuple(GroupMember(m, by_id[m].name, by_id[m].cvr, by_id[m].postcode or "",
                                          by_id[m].town) for m in members_sorted),
                reasons=codes,
                best_score=found.get(REASON_SIMILAR, 100),
            ))
        result.sort(key=lambda g: (_REASON_RANK[g.reasons[0]] if g.reasons else 9,
                                   company_name_key(g.members[0].name)))
        return result

    def member_details(self, company_ids: Sequence[str]) -> list[MemberDetail]:
        """Size of each company's record, so the user can pick the survivor."""
        ids = list(company_ids)
        if not ids:
            return []
        with self.ctx.uow() as uow:
            s = uow.session

            def counts(model, *extra) -> dict[str, int]:  # noqa: ANN001
                return {str(cid): n for cid, n in s.execute(
                    select(model.company_id, func.count())
                    .where(model.company_id.in_(ids), model.deleted_at.is_(None), *extra)
                    .group_by(model.company_id))}

            contacts = counts(ContactPerson)
            log = counts(ContactLogEntry)
            jobs = counts(JobOrder)
            placements = counts(Placement)
            agreements = counts(Agreement)
            companies = s.scalars(select(Company).where(Company.id.in_(ids))).all()
            out = {
                str(c.id): MemberDetail(
                    company_id=c.id, name=c.name, cvr=c.cvr, address=c.address,
                    postcode=c.postcode or "", town=c.town, status=c.status,
                    contacts=contacts.get(str(c.id), 0), log_entries=log.get(str(c.id), 0),
                    job_orders=jobs.get(str(c.id), 0), placements=placements.get(str(c.id), 0),
                    agreements=agreements.get(str(c.id), 0), last_contact_at=c.last_contact_at,
                    created_at=c.created_at,
                )
                for c in companies
                if c.deleted_at is None
            }
        return [out[str(i)] for i in ids if str(i) in out]

    # ------------------------------------------------------------------ merge and undo
    def merge(self, survivor_id: str, merged_id: str) -> MergeResult:
        """Merge ``merged_id`` into ``survivor_id``; see the module docstring."""
        if str(survivor_id) == str(merged_id):
            raise UserError("Vælg to forskellige virksomheder.", "Choose two different companies.")
        now = datetime.now(UTC)
        with self.ctx.uow() as uow:
            s = uow.session
            survivor = self._companies.load_for_update(s, survivor_id)
            merged = self._companies.load_for_update(s, merged_id)
            moved: dict[str, list[str]] = {}
            for table, model in _CHILD_TABLES.items():
                ids = [str(i) for i in s.scalars(select(model.id).where(model.company_id == merged.id))]
                if ids:
                    s.execute(
                        update(model).where(model.company_id == merged.id)
                        .values(company_id=survivor.id).execution_options(synchronize_session=False)
                    )
                moved[table] = ids
            filled: dict[str, list] = {}
            for column in _FILL_FIELDS:
                mine, theirs = getattr(survivor, column), getattr(merged, column)
                if not mine and theirs:
                    filled[column] = [mine, theirs]
                    setattr(survivor, column, theirs)
            if merged.notes.strip():
                note = f"{survivor.notes.rstrip()}\n\n" if survivor.notes.strip() else ""
                note += f"Fra {merged.name} (CVR {merged.cvr}):\n{merged.notes.strip()}"
                filled["notes"] = [survivor.notes, note]
                survivor.notes = note
            if merged.last_contact_at and (
                survivor.last_contact_at is None
                or _aware(merged.last_contact_at) > _aware(survivor.last_contact_at)
            ):
                filled["last_contact_at"] = [_iso(survivor.last_contact_at), _iso(merged.last_contact_at)]
                survivor.last_contact_at = merged.last_contact_at
            merged.deleted_at = now
            merged.merged_into_id = survivor.id
            record = CompanyMerge(
                at=now, by_user_id=self.ctx.actor.user_id, survivor_id=survivor.id,
                merged_id=merged.id, moved={"rows": moved, "fields": filled},
            )
            s.add(record)
            s.flush()
            self._companies.reindex(survivor.id, session=s)
            uow.log("merge", "company", entity_id=survivor.id,
                    detail=f"{merged.name} (CVR {merged.cvr}, id {merged.id}) lagt sammen med "
                           f"{survivor.name} (CVR {survivor.cvr}); flyttet: "
                           + ", ".join(f"{t} {len(i)}" for t, i in moved.items() if i))
            uow.commit()
            self._blocks.clear()
            return MergeResult(record.id, survivor.id, merged.id,
                               {t: len(i) for t, i in moved.items()})

    def last_merge(self) -> MergeInfo | None:
        """The merge that can be undone now: the latest one, if it was not undone."""
        with self.ctx.uow() as uow:
            s = uow.session
            record = s.scalar(select(CompanyMerge).order_by(CompanyMerge.at.desc(),
                                                            CompanyMerge.id.desc()).limit(1))
            if record is None or record.undone_at is not None:
                return None
            survivor = s.get(Company, record.survivor_id)
            merged = s.get(Company, record.merged_id)
            return MergeInfo(record.id, record.at, record.survivor_id,
                             survivor.name if survivor else "", record.merged_id,
                             merged.name if merged else "", merged.cvr if merged else "")

    def undo(self, merge_id: str) -> None:
        """Undo a merge: only the latest, and only until the next merge is made."""
        latest = self.last_merge()
        if latest is None or str(latest.merge_id) != str(merge_id):
            raise UserError(
                "Kun den seneste sammenlægning kan fortrydes, og kun indtil den næste laves.",
                "Only the latest merge can be undone, and only until the next one is made.",
            )
        with self.ctx.uow() as uow:
            s = uow.session
            record = s.get(CompanyMerge, merge_id)
            survivor = s.get(Company, record.survivor_id)
            merged = s.get(Company, record.merged_id)
            if survivor is None or survivor.deleted_at is not None or merged is None \
                    or str(merged.merged_into_id or "") != str(survivor.id):
                raise NotFoundError(
                    "Sammenlægningen kan ikke fortrydes: en af virksomhederne er ændret eller "
                    "slettet siden.",
                    "The merge cannot be undone: one of the companies was changed or deleted.",
                )
            rows = record.moved.get("rows", {})
            for table, ids in rows.items():
                model = _CHILD_TABLES[table]
                for start in range(0, len(ids), 500):
                    s.execute(
                        update(model)
                        .where(model.id.in_(ids[start:start + 500]),
                               model.company_id == survivor.id)
                        .values(company_id=merged.id).execution_options(synchronize_session=False)
                    )
            for column, (before, after) in record.moved.get("fields", {}).items():
                current = getattr(survivor, column)
                if column == "last_contact_at":
                    if _iso(current) == after:
                        setattr(survivor, column, _from_iso(before))
                elif current == after:  # the user changed it since: keep the user's value
                    setattr(survivor, column, before)
            merged.deleted_at = None
            merged.merged_into_id = None
            record.undone_at = datetime.now(UTC)
            s.flush()
            self._companies.reindex(survivor.id, session=s)
            self._companies.reindex(merged.id, session=s)
            uow.log("unmerge", "company", entity_id=survivor.id,
                    detail=f"sammenlægning fortrudt: {merged.name} (CVR {merged.cvr}) genskabt")
            uow.commit()
        self._blocks.clear()


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime | None) -> str | None:
    return _aware(value).isoformat() if value else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
