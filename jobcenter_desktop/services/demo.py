"""A realistic Danish demo jobcenter: staff, companies, contacts, job orders, citizens,
placements and a strategy map, generated from a seed.

Everything is synthetic. Names are drawn from common Danish first and last names, CVR numbers
are valid (modulus 11) but made up, postcodes and DB07/DISCO codes are real reference values.
Only the first few citizens get a CPR number, from a small documented set of made-up numbers
(one of them valid without modulus 11, as the CPR office issues since 2007).
Rows are written with bulk inserts in chunks, so 100k companies and 1M citizens are practical.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select

from ..domain.text import company_name_key, danish_sort_key, fold, index_text
from ..persistence.orm import (
    Agreement,
    Candidate,
    CandidateLanguage,
    CandidateLicence,
    CandidateOccupation,
    CandidateTag,
    Company,
    Consent,
    ContactLogEntry,
    ContactPerson,
    FollowUp,
    HeadcountRecord,
    JobOrder,
    JobOrderRequirement,
    Placement,
    TargetGroupPeriod,
    User,
    Workplace,
    new_id,
    search_rowid_for,
)
from .companies import CompanyService
from .context import ServiceContext
from .reference import kommune_for_postcode
from .strategy import StrategyService

FIRST_NAMES = (
    "Søren", "Mette", "Anne", "Jens", "Mikkel", "Freja", "Ida", "Rasmus", "Frederik", "Sofie",
    "Emma", "Lærke", "Bjørn", "Åse", "Jørgen", "Bodil", "Kirsten", "Lars", "Niels", "Hanne",
    "Peter", "Camilla", "Mads", "Louise", "Anders", "Maja", "Thomas", "Signe", "Martin", "Line",
    "Jonas", "Cecilie", "Kasper", "Julie", "Morten", "Sara", "Ahmed", "Fatima", "Ali", "Aisha",
    "Piotr", "Agnieszka", "Mehmet", "Ayşe", "Tobias", "Nanna", "Jesper", "Birthe", "Ole", "Gitte",
    "Mathias", "Astrid", "Emil", "Karoline", "Søs", "Bent", "Tove", "Jørn", "Kåre", "Øjvind",
)
LAST_NAMES = (
    "Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller",
    "Poulsen", "Johansen", "Knudsen", "Mortensen", "Kjær", "Holm", "Dahl", "Søndergaard",
    "Østergaard", "Nørgaard", "Mølgaard", "Lægaard", "Bæk", "Frandsen", "Ærenlund", "Skovgaard",
    "Lund", "Friis", "Iversen", "Jakobsen", "Hussein", "Yilmaz", "Kowalski", "Nowak", "Aydın",
)
# (trade word, DB07 class, DISCO unit group of a typical job, job title)
TRADES = (
    ("Tømrer", "43.32", "7115", "Tømrer"),
    ("VVS", "43.22", "7126", "VVS-montør"),
    ("Vognmandsforretning", "49.41", "8332", "Lastbilchauffør"),
    ("Bageri", "10.71", "7512", "Bager"),
    ("Maskinfabrik", "28.29", "7223", "Maskinarbejder"),
    ("Rengøring", "81.21", "9112", "Rengøringsassistent"),
    ("Plejecenter", "87.10", "5322", "Social- og sundhedshjælper"),
    ("Restaurant", "56.10", "5120", "Kok"),
    ("Supermarked", "47.11", "5223", "Butiksassistent"),
    ("Logistik", "52.10", "9333", "Lagermedarbejder"),
    ("Smedje", "25.62", "7212", "Svejser"),
    ("IT", "62.02", "2512", "Softwareudvikler"),
    ("Revision", "69.20", "2411", "Revisorassistent"),
    ("El-service", "43.21", "7411", "Elektriker"),
    ("Gartneri", "01.19", "6113", "Gartner"),
    ("Autoværksted", "45.20", "7231", "Automekaniker"),
    ("Frisør", "96.02", "5141", "Frisør"),
    ("Hotel", "55.10", "5151", "Hotelmedarbejder"),
    ("Transport", "49.31", "8331", "Buschauffør"),
    ("Slagteri", "10.11", "7511", "Slagteriarbejder"),
)
NAME_WORDS = ("Nordisk", "Vestjysk", "Lillebælt", "Fjord", "Ådal", "Skov", "Kyst", "Trekant",
              "Sønderskov", "Højmark", "Egeskov", "Bøgely", "Havnens", "Østjysk", "Fynsk")
FORMS = ("A/S", "ApS", "ApS", "ApS", "I/S", "K/S", "")
# Postcodes around the demo jobcenter (Trekantområdet) are drawn far more often than the rest.
LOCAL_POSTCODES = ("7000", "7100", "6000", "5500", "7080", "7120", "6040", "7300", "6091", "7007",
                   "8700", "7171", "6051", "7130")
SKILLS = ("kundeservice", "lagerstyring", "Excel", "rengøring", "pladearbejde", "TIG-svejsning",
          "MIG/MAG-svejsning", "kassearbejde", "madlavning", "personlig pleje", "tømrerarbejde",
          "montage", "CNC-fræsning", "bogføring", "Python", "havearbejde", "fejlfinding", "salg")
CERTIFICATES = ("truckcertifikat", "hygiejnebevis", "svejsecertifikat", "kranførercertifikat",
                "ADR-bevis", "førstehjælpsbevis", "kode 95")
LICENCES = ("B", "B", "B", "B", "BE", "C", "CE", "D", "C1")
LANGUAGE_LEVELS = ("grundlæggende", "godt", "flydende", "modersmål")
TARGET_GROUPS = (("DP", 30), ("KH_JP", 20), ("KH_AP", 15), ("UH_UP", 8), ("UH_AP", 5),
                 ("SDP", 10), ("JAF", 4), ("FJV", 5), ("INT", 3))
READINESS_FOR = {"KH_JP": "jobparat", "KH_AP": "aktivitetsparat", "UH_UP": "uddannelsesparat",
                 "UH_AP": "aktivitetsparat", "DP": "jobparat"}
SCHEMES = (("ORD", 35), ("VP", 30), ("LT_PRIV", 20), ("LT_OFF", 5), ("FLEX", 5), ("IGU", 2),
           ("MENTOR", 3))
CHANNELS = ("visit", "phone", "phone", "email", "meeting", "jobnet")
STAFF = (("Mette Kjær", "MEK", "Jobservice", "consultant"),
         ("Søren Østergaard", "SØØ", "Jobservice", "consultant"),
         ("Lærke Bæk", "LÆB", "Ydelse", "consultant"),
         ("Jørgen Frandsen", "JØF", "Jobservice", "leader"),
         ("Åse Mølgaard", "ÅSM", "Sygedagpenge", "consultant"))
# Made-up CPR numbers for the demo (documented so nobody mistakes them for real people).
# The last one fails modulus 11 on purpose: such numbers are valid since 2007.
DEMO_CPR = ("0101901234", "1502851118", "2207780455", "3112991234", "0507050123", "0101011238")


@dataclass(frozen=True)
class DemoSize:
    companies: int = 300
    candidates: int = 1500
    seed: int = 1


def valid_cvr(rng: random.Random) -> str:
    """A made-up CVR number that passes modulus 11."""
    weights = (2, 7, 6, 5, 4, 3, 2)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        check = (11 - remainder) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def _chunks(rows: Iterator[dict], size: int = 5000) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


class DemoGenerator:
    def __init__(self, ctx: ServiceContext, size: DemoSize,
                 progress: Callable[[str, int, int], None] | None = None) -> None:
        self.ctx = ctx
        self.size = size
        self.rng = random.Random(size.seed)
        self.progress = progress or (lambda _stage, _done, _total: None)
        self.today = datetime.now(UTC).date()
        ref = ctx.reference()
        self.kommune_of = {p.postnr: kommune_for_postcode(ref, p) for p in ref.postcodes()}
        self.postcodes = [p for p in ref.postcodes() if p.lat is not None and self.kommune_of[p.postnr]]
        self.local = [p for p in self.postcodes if p.postnr in LOCAL_POSTCODES]
        self.trades = [t for t in TRADES if ref.industry(t[1]) and ref.occupation(t[2])]
        self.sections = {code: ref.industry(code).section for _, code, _, _ in self.trades}

    def _postcode(self):  # noqa: ANN202
        if self.local and self.rng.random() < 0.85:
            return self.rng.choice(self.local)
        return self.rng.choice(self.postcodes)

    def _person_name(self) -> str:
        rng = self.rng
        first = rng.choice(FIRST_NAMES)
        if rng.random() < 0.25:
            first += " " + rng.choice(FIRST_NAMES)
        return f"{first} {rng.choice(LAST_NAMES)}"

    def _phone(self) -> str:
        n = self.rng.randint(20000000, 99999999)
        s = f"{n:08d}"
        return f"+45 {s[0:2]} {s[2:4]} {s[4:6]} {s[6:8]}"

    def _at(self, days_back: int) -> datetime:
        return datetime.now(UTC) - timedelta(days=self.rng.randint(0, days_back),
                                             minutes=self.rng.randint(0, 600))

    def run(self) -> dict[str, int]:
        with self.ctx.uow() as uow:
            s = uow.session
            users = self._users(s)
            counts = self._companies(s, users)
            counts.update(self._candidates(s, users))
            counts.update(self._placements(s, users))
            uow.log("create", "demo", detail=f"demo seed {self.size}")
            uow.commit()
        return counts

    # ------------------------------------------------------------------ staff
    def _users(self, s) -> list[str]:  # noqa: ANN001
        ids = []
        for name, initials, section, role in STAFF:
            username = fold(initials).replace(" ", "")
            existing = s.scalar(select(User.id).where(User.username == username))
            if existing:
                ids.append(existing)
                continue
            uid = new_id()
            s.execute(insert(User), [{"id": uid, "username": username, "name": name,
                                      "initials": initials, "section": section, "role": role}])
            ids.append(uid)
        if self.ctx.actor.user_id:
            ids.append(self.ctx.actor.user_id)
        return ids

    # ------------------------------------------------------------------ companies
    def _companies(self, s, users: list[str]) -> dict[str, int]:  # noqa: ANN001, C901
        rng = self.rng
        n = self.size.companies
        me = self.ctx.actor.user_id
        self.company_ids: list[str] = []
        self.company_postcodes: list[str] = []
        self.company_trades: list[tuple] = []
        self.workplace_of: dict[str, str] = {}
        self.open_jobs: list[tuple[str, str]] = []
        contacts = logs = followups = jobs = agreements = 0
        used_cvr: set[str] = set()

        def company_rows() -> Iterator[dict]:
            for _ in range(n):
                trade = rng.choice(self.trades)
                pc = self._postcode()
                cvr = valid_cvr(rng)
                while cvr in used_cvr:
                    cvr = valid_cvr(rng)
                used_cvr.add(cvr)
                style = rng.random()
                if style < 0.4:
                    name = f"{rng.choice(LAST_NAMES)} {trade[0]} {rng.choice(FORMS)}"
                elif style < 0.7:
                    name = f"{rng.choice(NAME_WORDS)} {trade[0]} {rng.choice(FORMS)}"
                elif style < 0.85:
                    name = f"{rng.choice(LAST_NAMES)} & Søn {rng.choice(FORMS)}"
                else:
                    name = f"{trade[0]} {pc.town} {rng.choice(FORMS)}"
                name = " ".join(name.split())
                cid = new_id()
                self.company_ids.append(cid)
                self.company_postcodes.append(pc.postnr)
                self.company_trades.append(trade)
                last = self._at(400) if rng.random() < 0.8 else None
                yield {
                    "id": cid, "cvr": cvr, "name": name, "name_key": company_name_key(name),
                    "sort_key": danish_sort_key(name), "address": f"{rng.choice(LAST_NAMES)}svej {rng.randint(1, 120)}",
                    "postcode": pc.postnr, "town": pc.town, "kommune_code": self.kommune_of[pc.postnr],
                    "industry_code": trade[1], "industry_section": self.sections[trade[1]],
                    "employee_band": rng.choice(("2-4", "5-9", "10-19", "20-49", "50-99", "100-199")),
                    "sector": "public" if trade[0] == "Plejecenter" and rng.random() < 0.7 else "private",
                    "status": rng.choice(("active", "active", "active", "prospect", "dormant")),
                    "phone": self._phone(), "email": f"info@{fold(name).split(' ')[0]}.dk",
                    "responsible_consultant_id": rng.choice(users), "last_contact_at": last,
                    "search_rowid": search_rowid_for(cid),
                    "search_text": index_text(name, cvr, pc.town, pc.postnr),
                }

        for done, batch in enumerate(_chunks(company_rows()), start=1):
            s.execute(insert(Company), batch)
            self.progress("companies", min(done * 5000, n), n)

        def workplace_rows() -> Iterator[dict]:
            for cid, pc in zip(self.company_ids, self.company_postcodes, strict=True):
                wid = new_id()
                self.workplace_of[cid] = wid
                yield {"id": wid, "company_id": cid, "p_number": f"{rng.randint(1000000000, 9999999999)}",
                       "postcode": pc, "ordinary_staff_hours_per_week": float(rng.choice((37, 74, 185, 370, 740, 1850)))}

        for batch in _chunks(workplace_rows()):
            s.execute(insert(Workplace), batch)
        s.execute(insert(HeadcountRecord), [
            {"id": new_id(), "workplace_id": wid, "as_of": self.today - timedelta(days=30 * m),
             "ordinary_fte": float(rng.randint(2, 60))}
            for wid in list(self.workplace_of.values())[: min(n, 2000)] for m in (0, 6, 12)
        ])

        contact_rows, log_rows, fu_rows, job_rows, req_rows, agr_rows = [], [], [], [], [], []
        for idx, cid in enumerate(self.company_ids):
            trade = self.company_trades[idx]
            people = []
            for k in range(rng.choice((1, 1, 2, 3))):
                pid = new_id()
                people.append(pid)
                pname = self._person_name()
                contact_rows.append({
                    "id": pid, "company_id": cid, "name": pname,
                    "role": ("Indehaver", "HR-ansvarlig", "Værkfører", "Direktør", "Tillidsrepræsentant")[k % 5 if k < 4 else 4],
                    "phone": self._phone(), "email": f"{fold(pname).split(' ')[0]}@firma.dk",
                    "preferred_channel": rng.choice(("phone", "email", "visit")),
                    "is_employee_rep": k == 2,
                })
            for _ in range(rng.choice((0, 1, 2, 3, 5))):
                lid = new_id()
                at = self._at(365)
                log_rows.append({
                    "id": lid, "company_id": cid, "contact_person_id": rng.choice(people),
                    "at": at, "channel": rng.choice(CHANNELS), "consultant_id": rng.choice(users),
                    "summary": rng.choice(("Drøftede rekrutteringsbehov for foråret.",
                                           "Virksomheden overvejer praktikpladser.",
                                           "Opfølgning på ansættelse efter løntilskud.",
                                           "Præsenteret jobcentrets rekrutteringsservice.",
                                           "Aftalt besøg med værkføreren.")),
                    "outcome": rng.choice(("Positiv", "Afventer", "Jobordre modtaget", "")),
                })
                if rng.random() < 0.3:
                    fu_rows.append({
                        "id": new_id(), "company_id": cid, "contact_log_entry_id": lid,
                        "assigned_to_id": me if (me and rng.random() < 0.4) else rng.choice(users),
                        "due": self.today + timedelta(days=rng.randint(-20, 40)),
                        "text": rng.choice(("Ring om praktikplads", "Send kandidatforslag",
                                            "Følg op på jobordre", "Aftal virksomhedsbesøg")),
                    })
            if rng.random() < 0.35:
                jid = new_id()
                status = rng.choice(("open", "open", "in_progress", "paused", "filled", "expired"))
                deadline = self.today + timedelta(days=rng.randint(5, 90)) if status in ("open", "in_progress", "paused") else self.today - timedelta(days=rng.randint(1, 200))
                title = trade[3]
                job_rows.append({
                    "id": jid, "company_id": cid, "workplace_id": self.workplace_of[cid],
                    "title": title, "disco_code": trade[2], "positions": rng.choice((1, 1, 1, 2, 3)),
                    "hours_per_week": float(rng.choice((37, 37, 30, 25, 15))),
                    "location_postcode": self.company_postcodes[idx],
                    "start_date": deadline + timedelta(days=14), "deadline": deadline,
                    "description": f"Vi søger en {title.lower()} til vores team.",
                    "schemes_allowed": ["ORD", "VP", "LT_PRIV"] if rng.random() < 0.5 else ["ORD"],
                    "status": status, "consultant_id": rng.choice(users),
                    "search_rowid": search_rowid_for(jid),
                    "search_text": index_text(title, trade[2]),
                })
                if status in ("open", "in_progress"):
                    self.open_jobs.append((jid, cid))
                if rng.random() < 0.6:
                    req_rows.append({"id": new_id(), "job_order_id": jid, "kind": "certificate",
                                     "value": rng.choice(CERTIFICATES), "hard": rng.random() < 0.5})
                if rng.random() < 0.5:
                    req_rows.append({"id": new_id(), "job_order_id": jid, "kind": "licence",
                                     "value": rng.choice(("B", "C", "CE")), "hard": rng.random() < 0.6})
                req_rows.append({"id": new_id(), "job_order_id": jid, "kind": "skill",
                                 "value": rng.choice(SKILLS), "hard": False})
                req_rows.append({"id": new_id(), "job_order_id": jid, "kind": "language",
                                 "value": "dansk", "level": "godt", "hard": rng.random() < 0.3})
            if rng.random() < 0.15:
                start = self.today - timedelta(days=rng.randint(0, 700))
                agr_rows.append({
                    "id": new_id(), "company_id": cid,
                    "type": rng.choice(("samarbejdsaftale", "partnerskabsaftale", "jobserviceaftale")),
                    "start": start, "end": start + timedelta(days=rng.choice((365, 730, 1095))),
                    "content": "Virksomheden stiller praktikpladser til rådighed og bruger jobcentret som rekrutteringskanal.",
                    "commitments": f"{rng.randint(1, 6)} praktikpladser om året",
                    "internship_places_per_year": rng.randint(1, 6),
                    "signed_by": self._person_name(),
                })
            if len(contact_rows) > 5000:
                contacts += self._flush(s, ContactPerson, contact_rows)
                logs += self._flush(s, ContactLogEntry, log_rows)
                followups += self._flush(s, FollowUp, fu_rows)
                jobs += self._flush(s, JobOrder, job_rows)
                self._flush(s, JobOrderRequirement, req_rows)
                agreements += self._flush(s, Agreement, agr_rows)
        contacts += self._flush(s, ContactPerson, contact_rows)
        logs += self._flush(s, ContactLogEntry, log_rows)
        followups += self._flush(s, FollowUp, fu_rows)
        jobs += self._flush(s, JobOrder, job_rows)
        self._flush(s, JobOrderRequirement, req_rows)
        agreements += self._flush(s, Agreement, agr_rows)
        return {"companies": n, "contacts": contacts, "contact_log": logs, "follow_ups": followups,
                "job_orders": jobs, "agreements": agreements}

    @staticmethod
    def _flush(s, entity: type, rows: list[dict]) -> int:  # noqa: ANN001
        count = len(rows)
        if rows:
            s.execute(insert(entity), rows)
            rows.clear()
        return count

    # ------------------------------------------------------------------ candidates
    def _candidates(self, s, users: list[str]) -> dict[str, int]:  # noqa: ANN001
        rng = self.rng
        n = self.size.candidates
        self.candidate_ids: list[str] = []
        self.candidate_groups: list[str] = []
        vault = self.ctx.vault
        start_label = rng.randint(1000, 9000)
        occ_codes = [t[2] for t in self.trades]
        side = {"cand": [], "occ": [], "tag": [], "lic": [], "lang": [], "tg": [], "consent": []}
        for i in range(n):
            cid = new_id()
            name = self._person_name()
            pc = self._postcode()
            group = _weighted(rng, TARGET_GROUPS)
            wishes = rng.sample(occ_codes, k=rng.choice((1, 1, 2, 3)))
            cpr = DEMO_CPR[i] if i < len(DEMO_CPR) else None
            row = {
                "id": cid, "name": name, "sort_key": danish_sort_key(name),
                "label": f"K-{start_label + i}", "phone": self._phone(),
                "email": f"{fold(name).replace(' ', '.')}@mail.dk" if rng.random() < 0.8 else "",
                "address": f"{rng.choice(LAST_NAMES)}gade {rng.randint(1, 80)}",
                "postcode": pc.postnr, "town": pc.town, "kommune_code": self.kommune_of[pc.postnr],
                "readiness": READINESS_FOR.get(group), "education": rng.choice(
                    ("Folkeskolens afgangsprøve", "Erhvervsuddannelse", "HF", "Ingen formel uddannelse", "Bachelor")),
                "max_commute_km": rng.choice((10, 15, 20, 25, 30, 40, 60)),
                "hours_wanted": float(rng.choice((37, 37, 30, 25, 20))),
                "available_from": self.today + timedelta(days=rng.randint(-30, 60)),
                "responsible_consultant_id": rng.choice(users),
                "benefit_since": self.today - timedelta(days=rng.randint(30, 900)),
                "search_rowid": search_rowid_for(cid),
                "search_text": index_text(name, pc.postnr, pc.town, *wishes),
                "cpr_encrypted": vault.encrypt(cpr) if cpr else None,
                "cpr_lookup": vault.lookup(cpr) if cpr else None,
                "birth_year": rng.randint(1960, 2004),
            }
            self.candidate_ids.append(cid)
            self.candidate_groups.append(group)
            side["cand"].append(row)
            for rank, code in enumerate(wishes, start=1):
                side["occ"].append({"id": new_id(), "candidate_id": cid, "disco_code": code, "rank": rank})
            for tag in rng.sample(SKILLS, k=rng.randint(1, 3)):
                side["tag"].append({"id": new_id(), "candidate_id": cid, "kind": "skill", "tag": tag, "folded": fold(tag)})
            for tag in rng.sample(CERTIFICATES, k=rng.choice((0, 0, 1, 2))):
                side["tag"].append({"id": new_id(), "candidate_id": cid, "kind": "certificate", "tag": tag, "folded": fold(tag)})
            for code in set(rng.sample(LICENCES, k=rng.choice((0, 1, 1, 2)))):
                side["lic"].append({"id": new_id(), "candidate_id": cid, "code": code})
            side["lang"].append({"id": new_id(), "candidate_id": cid, "language": "dansk",
                                 "level": rng.choice(LANGUAGE_LEVELS[1:])})
            if rng.random() < 0.5:
                side["lang"].append({"id": new_id(), "candidate_id": cid, "language": "engelsk",
                                     "level": rng.choice(LANGUAGE_LEVELS)})
            side["tg"].append({"id": new_id(), "candidate_id": cid, "target_group_code": group,
                               "valid_from": self.today - timedelta(days=rng.randint(10, 500))})
            if rng.random() < 0.7:
                side["consent"].append({
                    "id": new_id(), "candidate_id": cid, "purpose": "share_profile",
                    "given_at": self._at(300), "channel": rng.choice(("samtale", "digital post")),
                    "expires_at": self.today + timedelta(days=rng.randint(30, 365)),
                    "recorded_by_id": rng.choice(users)})
            if len(side["cand"]) >= 5000:
                self._flush_candidates(s, side)
                self.progress("candidates", i + 1, n)
        self._flush_candidates(s, side)
        self.progress("candidates", n, n)
        return {"candidates": n}

    def _flush_candidates(self, s, side: dict[str, list[dict]]) -> None:  # noqa: ANN001
        for key, entity in (("cand", Candidate), ("occ", CandidateOccupation), ("tag", CandidateTag),
                            ("lic", CandidateLicence), ("lang", CandidateLanguage),
                            ("tg", TargetGroupPeriod), ("consent", Consent)):
            self._flush(s, entity, side[key])

    # ------------------------------------------------------------------ placements
    def _placements(self, s, users: list[str]) -> dict[str, int]:  # noqa: ANN001
        rng = self.rng
        if not self.company_ids or not self.candidate_ids:
            return {"placements": 0}
        count = max(1, len(self.candidate_ids) // 12)
        rows = []
        for _ in range(count):
            ci = rng.randrange(len(self.candidate_ids))
            co = rng.randrange(len(self.company_ids))
            scheme = _weighted(rng, SCHEMES)
            start = self.today - timedelta(days=rng.randint(-30, 500))
            weeks = {"VP": 4, "LT_PRIV": 26, "LT_OFF": 17}.get(scheme, 52)
            end = start + timedelta(weeks=weeks)
            if start > self.today:
                status, outcome = "planned", None
            elif end > self.today:
                status, outcome = "active", None
            else:
                status = rng.choice(("completed", "completed", "completed", "stopped_early"))
                outcome = rng.choice(("ordinary_job_same_company", "ordinary_job_elsewhere",
                                      "education", "back_to_benefit", "new_placement", "unknown"))
            cid = self.company_ids[co]
            rows.append({
                "id": new_id(), "candidate_id": self.candidate_ids[ci], "company_id": cid,
                "workplace_id": self.workplace_of.get(cid), "scheme_code": scheme,
                "target_group_code": self.candidate_groups[ci], "start": start,
                "planned_end": end, "actual_end": end if status in ("completed", "stopped_early") else None,
                "hours_per_week": 37.0, "status": status, "outcome": outcome,
                "purpose": "Afklaring af kompetencer og vej mod ordinært job.",
                "stop_reason": "Borgeren blev syg" if status == "stopped_early" else "",
                "consultant_id": rng.choice(users),
            })
            if len(rows) >= 5000:
                self._flush(s, Placement, rows)
        self._flush(s, Placement, rows)
        return {"placements": count}


def store_is_empty(ctx: ServiceContext) -> bool:
    with ctx.uow() as uow:
        return not uow.session.scalar(select(func.count()).select_from(Company))


def seed_demo(ctx: ServiceContext, size: DemoSize,
              progress: Callable[[str, int, int], None] | None = None) -> dict[str, int]:
    """Fill the store with a demo jobcenter (and its strategy maps from the templates)."""
    counts = DemoGenerator(ctx, size, progress).run()
    # Bulk rows carry name/CVR/town only; add P-numbers and contact names to the search text.
    CompanyService(ctx).ensure_search_index()
    counts["strategy_maps"] = StrategyService(ctx).seed_from_templates()
    return counts
