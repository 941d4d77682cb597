"""``check``: schema version, database integrity, search index, reference data, rule tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select, text

from ..domain import rules as rl
from ..domain.errors import UserError
from ..persistence import migrate
from ..persistence.orm import RefOccupation, RefPostcode, RefTable


@dataclass(frozen=True)
class CheckItem:
    ok: bool
    da: str
    en: str

    def text(self, language: str) -> str:
        return self.en if language == "en" else self.da


@dataclass
class CheckReport:
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    def add(self, ok: bool, da: str, en: str) -> None:
        self.items.append(CheckItem(ok, da, en))


def check_store(engine: Engine) -> CheckReport:
    report = CheckReport()
    try:
        migrate.check_not_newer(engine)
    except UserError as exc:
        report.add(False, exc.da, exc.en)
        return report
    current, head = migrate.current_revision(engine), migrate.SCHEMA_HEAD
    report.add(current == head, f"Skemaversion {current} (forventet {head})",
               f"Schema version {current} (expected {head})")
    if current != head:
        return report
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            report.add(result == "ok", f"SQLite-integritet: {result}", f"SQLite integrity: {result}")
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            report.add(not broken, f"Fremmednøgler: {len(broken)} brudte", f"Foreign keys: {len(broken)} broken")
            for table in ("company", "candidate", "job_order"):
                try:
                    conn.exec_driver_sql(
                        f"INSERT INTO {table}_fts({table}_fts, rank) VALUES('integrity-check', 1)"
                    )
                    report.add(True, f"Søgeindeks {table}: OK", f"Search index {table}: OK")
                except Exception as exc:  # noqa: BLE001 - report, do not crash the check
                    report.add(False, f"Søgeindeks {table}: {exc}", f"Search index {table}: {exc}")
            conn.rollback()
        else:
            conn.execute(text("SELECT 1"))
            report.add(True, "PostgreSQL svarer", "PostgreSQL answers")
        postcodes = conn.execute(select(func.count()).select_from(RefPostcode)).scalar()
        occupations = conn.execute(select(func.count()).select_from(RefOccupation)).scalar()
        report.add(bool(postcodes), f"Postnumre indlæst: {postcodes}", f"Postcodes loaded: {postcodes}")
        report.add(bool(occupations), f"Stillingskoder indlæst: {occupations}",
                   f"Occupation codes loaded: {occupations}")
        texts = {r.name: r.content for r in conn.execute(select(RefTable.name, RefTable.content))}
    try:
        rl.RuleBook.from_csv_texts(**{n: texts.get(n, "") for n in
                                      ("target_groups", "schemes", "scheme_rules", "target_group_map")})
        report.add(True, "Regeltabeller gyldige", "Rule tables valid")
    except UserError as exc:
        report.add(False, f"Regeltabeller: {exc.da}", f"Rule tables: {exc.en}")
    return report
