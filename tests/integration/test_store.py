"""The store on SQLite and PostgreSQL: schema, migrations, optimistic locking, audit log."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from jobcenter_desktop.domain.errors import ConflictError, UserError, ValidationError
from jobcenter_desktop.persistence import migrate
from jobcenter_desktop.persistence.engine import create_store_engine, normalize_url
from jobcenter_desktop.persistence.orm import AccessLog, Base, Company
from jobcenter_desktop.services.companies import CompanyInput
from jobcenter_desktop.services.integrity import check_store
from jobcenter_desktop.services.lists import ListQuery

VALID_CVR = "13585628"  # passes modulus 11


def _ignore_search_objects(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    # FTS5 shadow tables and the PostgreSQL tsvector index live outside the ORM metadata.
    return not (name and ("_fts" in name or name.endswith("_search_tsv")))


def test_migration_creates_exactly_the_orm_schema(store_url: str) -> None:
    engine = create_store_engine(store_url)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_object": _ignore_search_objects, "compare_type": True}
        )
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_schema_head_constant_matches_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_upgrade_is_idempotent_and_check_reports_ok(store_url: str) -> None:
    engine = create_store_engine(store_url)
    assert migrate.upgrade(engine) is True
    assert migrate.upgrade(engine) is False
    from jobcenter_desktop.persistence.uow import UnitOfWorkFactory
    from jobcenter_desktop.services.reference import seed_reference_tables

    seed_reference_tables(UnitOfWorkFactory(engine))
    report = check_store(engine)
    assert report.ok, [i.en for i in report.items if not i.ok]
    engine.dispose()


def test_newer_schema_is_refused_with_a_clear_message(store_url: str) -> None:
    engine = create_store_engine(store_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(UserError) as err:
        migrate.upgrade(engine)
    assert "nyere" in err.value.da and "newer" in err.value.en
    engine.dispose()


def test_sqlite_pragmas_are_set(sqlite_url: str) -> None:
    engine = create_store_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
    engine.dispose()


def test_plain_paths_and_postgres_urls_are_understood(tmp_path) -> None:  # noqa: ANN001
    assert normalize_url(tmp_path / "x.db").startswith("sqlite:///")
    assert normalize_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(UserError):
        create_store_engine("mysql://u@h/db")


def _company(services, **overrides) -> object:  # noqa: ANN001
    data = dict(cvr=VALID_CVR, name="Hansen & Søn A/S", postcode="7000", address="Vejlevej 1")
    data.update(overrides)
    return services.companies.create(CompanyInput(**data))


def test_company_create_validates_and_fills_town(services) -> None:  # noqa: ANN001
    detail = _company(services, phone="20304050", email="Info@Firma.DK")
    assert detail.town == "Fredericia"
    assert detail.kommune_code == "607"
    assert detail.phone == "+45 20 30 40 50"
    assert detail.email == "Info@firma.dk"
    with pytest.raises(ValidationError) as err:
        _company(services, cvr="12345678")
    assert err.value.field == "cvr"
    with pytest.raises(ValidationError) as err:
        _company(services, cvr="29403473", postcode="9999")
    assert err.value.field == "postcode" and "9999" in err.value.da
    with pytest.raises(ValidationError) as err:
        _company(services, cvr="29403473", email="ikke en mail")
    assert err.value.field == "email"


def test_same_cvr_twice_is_refused(services) -> None:  # noqa: ANN001
    _company(services)
    with pytest.raises(ValidationError) as err:
        _company(services, name="Et andet navn")
    assert "allerede" in err.value.da


def test_search_finds_danish_names_by_folded_prefixes(services) -> None:  # noqa: ANN001
    _company(services)
    _company(services, cvr="29403473", name="Ærø Smedje ApS", postcode="5970")
    find = lambda q: [r.name for r in services.companies.rows(services.companies.list_ids(ListQuery(search=q)))]  # noqa: E731
    assert find("hans sø") == ["Hansen & Søn A/S"]
    assert find("soen") == ["Hansen & Søn A/S"]
    assert find("son") == ["Hansen & Søn A/S"]
    assert find("aer") == ["Ærø Smedje ApS"]
    assert find("13585628") == ["Hansen & Søn A/S"]
    assert find("fredericia") == ["Hansen & Søn A/S"]
    assert find("") == ["Hansen & Søn A/S", "Ærø Smedje ApS"]  # æ sorts after z
    assert find("zzz") == []
    assert find("\"'*) OR (") == []  # hostile input is just text


def test_concurrent_edit_is_a_conflict_listing_the_changes(services) -> None:  # noqa: ANN001
    created = _company(services)
    mine = created
    theirs = services.companies.update(created.id, created, created.as_input().__class__(
        **{**created.as_input().__dict__, "name": "Hansen & Søn Holding A/S"}))
    assert theirs.version == created.version + 1
    with pytest.raises(ConflictError) as err:
        services.companies.update(created.id, mine, mine.as_input().__class__(
            **{**mine.as_input().__dict__, "address": "Ny vej 2"}))
    assert err.value.changes["name"] == ("Hansen & Søn A/S", "Hansen & Søn Holding A/S")
    assert services.companies.get(created.id).address == "Vejlevej 1"  # nothing overwritten


def test_every_change_writes_the_audit_log_and_the_log_is_append_only(services) -> None:  # noqa: ANN001
    created = _company(services)
    services.companies.delete(created.id, created.version)
    with services.ctx.uow() as uow:
        rows = uow.session.scalars(
            select(AccessLog).where(AccessLog.entity == "company").order_by(AccessLog.at)
        ).all()
        assert [r.action for r in rows] == ["create", "delete"]
        assert all(r.username == "tester" for r in rows)
        company = uow.session.get(Company, created.id)
        assert company.deleted_at is not None  # a tombstone, not a hard delete
    with services.engine.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("UPDATE access_log SET action = 'view'"))
    with services.engine.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("DELETE FROM access_log"))
