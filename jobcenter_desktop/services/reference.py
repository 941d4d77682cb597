"""Reference data in the store: postcodes, kommuner, occupations, industries, dated rules.

Shipped files in ``resources/`` are loaded into empty tables on first start. An administrator
can import a corrected table (e.g. official Danish DISCO-08 titles, a new target-group table
when the 2027 act is published) without a release; the import is validated in full first and
replaces the table in one transaction, so a bad file changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from ..domain import refdata as rd
from ..domain import rules as rl
from ..domain.errors import UserError
from ..persistence.orm import RefIndustry, RefKommune, RefOccupation, RefPostcode, RefTable
from ..persistence.uow import SYSTEM, UnitOfWorkFactory
from .context import ServiceContext

RULE_TABLES = ("target_groups", "schemes", "scheme_rules", "target_group_map")


def _postcode_row(p: rd.Postcode) -> dict:
    return {
        "postnr": p.postnr,
        "town": p.town,
        "lat": p.lat,
        "lon": p.lon,
        "kommune_code": p.kommune_code,
        "kommune_name": p.kommune_name,
        "region": p.region,
        "kommune_codes": ";".join(p.kommune_codes),
    }


def _occupation_row(o: rd.Occupation) -> dict:
    return {
        "code": o.code,
        "level": o.level,
        "parent": o.parent,
        "title_da": o.title_da or "",
        "title_en": o.title_en or "",
    }


def _industry_row(i: rd.Industry) -> dict:
    return {
        "code": i.code,
        "code_digits": i.code_digits,
        "level": i.level,
        "parent": i.parent,
        "section": i.section,
        "title_da": i.title_da,
        "title_en": i.title_en,
    }


def _kommune_row(k: rd.Kommune) -> dict:
    return {
        "code": k.code,
        "name": k.name,
        "region_code": k.region_code or "",
        "region_name": k.region_name or "",
    }


def seed_reference_tables(uow_factory: UnitOfWorkFactory) -> bool:
    """Load the shipped reference files into empty tables. Returns True if anything loaded."""
    resources = rd.resources_dir()
    loaded = False
    with uow_factory(SYSTEM) as uow:
        session = uow.session
        if not session.scalar(select(func.count()).select_from(RefPostcode)):
            shipped = rd.ReferenceData.from_directory(resources / "data")
            session.execute(RefPostcode.__table__.insert(), [_postcode_row(p) for p in shipped.postcodes()])
            session.execute(RefKommune.__table__.insert(), [_kommune_row(k) for k in shipped.kommuner()])
            session.execute(
                RefOccupation.__table__.insert(), [_occupation_row(o) for o in shipped.occupations()]
            )
            session.execute(
                RefIndustry.__table__.insert(), [_industry_row(i) for i in shipped.industries()]
            )
            loaded = True
        present = set(session.scalars(select(RefTable.name)))
        for name in RULE_TABLES:
            if name not in present:
                content = (resources / "rules" / f"{name}.csv").read_text(encoding="utf-8")
                session.add(
                    RefTable(
                        name=name,
                        content=content,
                        source="shipped",
                        loaded_by="system",
                        row_count=max(0, len(content.strip().splitlines()) - 1),
                    )
                )
                loaded = True
        uow.commit()
    return loaded


def load_reference_data(ctx: ServiceContext) -> rd.ReferenceData:
    with ctx.uow() as uow:
        s = uow.session
        postcodes = [
            rd.Postcode(
                postnr=r.postnr,
                town=r.town,
                lat=r.lat,
                lon=r.lon,
                kommune_code=r.kommune_code,
                kommune_name=r.kommune_name,
                region=r.region,
                kommune_codes=tuple(c for c in r.kommune_codes.split(";") if c),
            )
            for r in s.scalars(select(RefPostcode))
        ]
        kommuner = [
            rd.Kommune(code=r.code, name=r.name, region_code=r.region_code, region_name=r.region_name)
            for r in s.scalars(select(RefKommune))
        ]
        occupations = [
            rd.Occupation(
                code=r.code, level=r.level, parent=r.parent, title_da=r.title_da, title_en=r.title_en
            )
            for r in s.scalars(select(RefOccupation))
        ]
        industries = [
            rd.Industry(
                code=r.code,
                code_digits=r.code_digits,
                level=r.level,
                parent=r.parent,
                section=r.section,
                title_da=r.title_da,
                title_en=r.title_en,
            )
            for r in s.scalars(select(RefIndustry))
        ]
    return rd.ReferenceData(postcodes, kommuner, occupations, industries)


def _rule_texts(ctx: ServiceContext) -> dict[str, str]:
    with ctx.uow() as uow:
        return {r.name: r.content for r in uow.session.scalars(select(RefTable))}


def load_rulebook(ctx: ServiceContext) -> rl.RuleBook:
    texts = _rule_texts(ctx)
    return rl.RuleBook.from_csv_texts(**{name: texts.get(name, "") for name in RULE_TABLES})


@dataclass(frozen=True)
class RefTableInfo:
    name: str
    source: str
    loaded_by: str
    row_count: int


def rule_table_info(ctx: ServiceContext) -> list[RefTableInfo]:
    with ctx.uow() as uow:
        return [
            RefTableInfo(r.name, r.source, r.loaded_by, r.row_count)
            for r in uow.session.scalars(select(RefTable).order_by(RefTable.name))
        ]


def import_reference_table(ctx: ServiceContext, table: str, path: Path) -> int:
    """Replace one reference table from an administrator's file. Validates everything first."""
    ctx.require_role("admin")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Filen kan ikke læses: {exc}", f"The file cannot be read: {exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    with ctx.uow() as uow:
        s = uow.session
        if table in RULE_TABLES:
            texts = _rule_texts(ctx)
            texts[table] = text
            rl.RuleBook.from_csv_texts(**{n: texts.get(n, "") for n in RULE_TABLES})  # validates
            row = s.get(RefTable, table) or RefTable(name=table)
            row.content = text
            row.source = path.name
            row.loaded_by = ctx.actor.username
            row.row_count = max(0, len(text.strip().splitlines()) - 1)
            s.add(row)
            count = row.row_count
        elif table == "occupations":
            parsed = rd.parse_occupations_csv(text)
            existing = {o.code: o for o in s.scalars(select(RefOccupation))}
            for occ in parsed:
                current = existing.get(occ.code)
                if current is None:
                    s.add(RefOccupation(**_occupation_row(occ)))
                else:
                    # A titles-only file updates titles and keeps the hierarchy.
                    if occ.title_da:
                        current.title_da = occ.title_da
                    if occ.title_en:
                        current.title_en = occ.title_en
            count = len(parsed)
        elif table == "postcodes":
            parsed = rd.parse_postcodes_csv(text)
            s.execute(delete(RefPostcode))
            s.execute(RefPostcode.__table__.insert(), [_postcode_row(p) for p in parsed])
            count = len(parsed)
        else:
            raise UserError(
                f"Ukendt referencetabel «{table}».", f"Unknown reference table '{table}'."
            )
        uow.log("import", "ref_table", detail=f"{table} from {path.name}")
        uow.commit()
    ctx.invalidate_reference()
    return count


def kommune_for_postcode(ref: rd.ReferenceData, postcode: rd.Postcode) -> str | None:
    """The kommune of an address known only by postcode.

    About a fifth of postcodes cross a kommune border (7000 Fredericia lies in Fredericia and
    Vejle). Then the kommune named like the town is taken (it holds the town itself); if none
    is, the kommune stays unknown rather than guessed.
    """
    if postcode.kommune_code:
        return postcode.kommune_code
    town = postcode.town.split(" ")[0].casefold()
    for code in postcode.kommune_codes:
        kommune = ref.kommune(code)
        if kommune and kommune.name.casefold().startswith(town):
            return code
    return None
