"""Synthetic report data for previews, tests and the benchmark.

All people, companies and numbers are invented (DOMAIN.md section 6: never real people's data
in tests or screenshots). The CPR number is from the documented made-up set. ``size`` scales
the lists so tests can force page breaks and the benchmark can measure realistic volumes.
"""

from __future__ import annotations

from datetime import date, datetime

from .anonymised_profile import AnonymisedProfile, ProfileExperience, ProfileLanguage
from .base import ReportContext
from .client_summary import (
    CitizenContact,
    CitizenPlacement,
    ClientSummary,
    EducationItem,
    ExperienceItem,
    LanguageSkill,
    NextStep,
)
from .placement_summary import ComplianceCheck, FollowUp, PlacementSummary, Supervisor
from .strategy_poster import (
    VISION_ID,
    AmbassadorSection,
    IndicatorPeriod,
    PosterGoal,
    PosterIndicator,
    PosterInitiative,
    PosterLane,
    PosterLink,
    PosterMilestone,
    PosterTask,
    StrategyPoster,
    WorkingGroupPlan,
)
from .visit_handout import (
    CompanyMasterData,
    MatchingCandidate,
    VisitAgreement,
    VisitContact,
    VisitHandout,
    VisitJobOrder,
    VisitLogEntry,
    VisitPlacement,
)

_FIRST = ("Søren", "Åse", "Mette", "Jørgen", "Birgitte", "Ømer", "Kåre", "Signe", "Ærling", "Lærke")
_LAST = ("Østergård", "Ågård", "Nørgaard", "Bækgaard", "Sørensen", "Madsen", "Læsø", "Holm")

SAMPLE_CPR = "0101901234"  # made up; not a real person's number


def sample_context(language: str = "da") -> ReportContext:
    return ReportContext(
        jobcenter_name="Jobcenter Ærøskøbing – Virksomhedsservice",
        printed_by="Mette Søndergård",
        printed_at=datetime(2026, 11, 24, 9, 30),
        language=language,
    )


def _name(i: int) -> str:
    return f"{_FIRST[i % len(_FIRST)]} {_LAST[(i * 3) % len(_LAST)]}"


def sample_visit_handout(contacts: int = 6, log_entries: int = 8) -> VisitHandout:
    company = CompanyMasterData(
        name="Ærø Bådebyggeri & Søn A/S",
        cvr="12345674",
        p_numbers=("1001234567", "1009876543"),
        address="Havnegade 12, 1. sal",
        postcode="5970",
        town="Ærøskøbing",
        industry="301200 Bygning af lystbåde og sportsbåde",
        size_band="20–49 ansatte",
        responsible_consultant="Søren Ågård",
    )
    roles = ("Direktør", "HR-chef", "Værkfører", "Tillidsrepræsentant", "Lagerchef")
    return VisitHandout(
        company=company,
        visit_date=date(2026, 11, 25),
        purpose="Opfølgning på praktikforløb og drøftelse af ny jobordre til værftet",
        contacts=[
            VisitContact(
                name=_name(i),
                role=roles[i % len(roles)],
                phone=f"+45 2{i % 10} 34 56 {10 + i % 90}",
                email=f"kontakt{i}@aeroe-baad.dk",
                is_employee_rep=roles[i % len(roles)] == "Tillidsrepræsentant",
            )
            for i in range(contacts)
        ],
        contact_log=[
            VisitLogEntry(
                at=date(2026, 10, 1 + i % 28),
                channel=("visit", "phone", "email", "meeting")[i % 4],
                consultant="Søren Ågård",
                summary="Drøftede behovet for to bådebyggere og en lagermedarbejder til "
                "vintersæsonen. Virksomheden er åben for praktik og løntilskud.",
                outcome="Jobordre oprettet" if i % 3 == 0 else "",
                follow_up=date(2026, 12, 1) if i % 2 == 0 else None,
            )
            for i in range(log_entries)
        ],
        job_orders=[
            VisitJobOrder(
                title="Bådebygger med erfaring i glasfiber og epoxy",
                positions=2,
                hours_per_week=37,
                deadline=date(2026, 12, 15),
                status="open",
                schemes="Ordinært job, løntilskud",
            ),
            VisitJobOrder(
                title="Lagermedarbejder (truckcertifikat)",
                positions=1,
                hours_per_week=25.5,
                status="in_progress",
                schemes="Ordinært job",
            ),
        ],
        placements=[
            VisitPlacement(
                candidate="Kandidat K-4821",
                scheme="Virksomhedspraktik",
                start=date(2026, 9, 1),
                end=date(2026, 9, 28),
                status="completed",
            ),
            VisitPlacement(
                candidate="Åse Ødegård",
                scheme="Løntilskud, privat arbejdsgiver",
                start=date(2026, 10, 1),
                status="active",
            ),
        ],
        agreements=[
            VisitAgreement(
                kind="samarbejdsaftale",
                start=date(2025, 1, 1),
                end=date(2026, 12, 31),
                content="4 praktikpladser om året; fast kontakt hvert kvartal.",
            )
        ],
        matching_candidates=[
            MatchingCandidate(
                label=f"Kandidat K-{1000 + i}",
                occupations="Bådebygger, tømrer",
                skills="Glasfiber, epoxy, truckcertifikat",
                area="Ærø Kommune",
                available_from=date(2027, 1, 4),
            )
            for i in range(3)
        ],
    )


def sample_client_summary(contacts: int = 5) -> ClientSummary:
    return ClientSummary(
        name="Åse Ødegård Bækgaard",
        cpr=SAMPLE_CPR,
        phone="+45 22 33 44 55",
        email="aase.baekgaard@eksempel.dk",
        postcode="5970",
        town="Ærøskøbing",
        target_group="Jobparat kontanthjælpsmodtager",
        readiness="jobparat",
        consultant="Søren Ågård",
        meeting_date=date(2026, 11, 26),
        desired_occupations=("Lagermedarbejder", "Truckfører", "Chauffør (kategori C)"),
        experience=(
            ExperienceItem("Lagermedarbejder", 4, "Plukning, pakning og varemodtagelse"),
            ExperienceItem("Butiksassistent", 2.5, "Kasse og vareopfyldning"),
        ),
        education=(
            EducationItem("Erhvervsuddannelse, lager og terminal", "EUC Syd", 2014),
            EducationItem("Folkeskolens afgangsprøve", "Ærø Skole", 2010),
        ),
        skills=("Varemodtagelse", "Lagerstyring (WMS)", "Kundeservice"),
        certificates=("Truckcertifikat B", "Førstehjælp"),
        driving_licences=("B", "C"),
        languages=(LanguageSkill("Dansk", "modersmål"), LanguageSkill("Engelsk", "godt")),
        available_from=date(2026, 12, 1),
        hours_wanted=30,
        max_commute_km=35,
        restrictions=("Undgår tunge løft over 15 kg", "Kan ikke arbejde i nattevagter"),
        latest_contacts=[
            CitizenContact(
                at=date(2026, 11, 20 - i % 19),
                channel=("meeting", "phone", "email")[i % 3],
                consultant="Søren Ågård",
                summary="Talte om jobsøgning mod lagerområdet og muligheden for praktik hos "
                "en lokal virksomhed.",
            )
            for i in range(contacts)
        ],
        placements=(
            CitizenPlacement(
                company="Ærø Bådebyggeri & Søn A/S",
                scheme="Virksomhedspraktik",
                start=date(2026, 9, 1),
                end=date(2026, 9, 28),
                status="completed",
                outcome="Tilbud om løntilskud",
            ),
        ),
        next_steps=(
            NextStep("Sende CV til to lagervirksomheder", date(2026, 12, 3), "Borger"),
            NextStep("Afklare truckcertifikat A", date(2026, 12, 10), "Søren Ågård"),
        ),
    )


def sample_anonymised_profile(i: int = 0) -> AnonymisedProfile:
    return AnonymisedProfile(
        label=f"Kandidat K-{4821 + i}",
        area="Ærø Kommune, Region Syddanmark",
        age_band_start=30 + (i % 3) * 10,
        desired_occupations=("Lagermedarbejder", "Truckfører", "Chauffør (kategori C)"),
        experience=(
            ProfileExperience("Lagermedarbejder", 4),
            ProfileExperience("Butiksassistent", 2.5),
        ),
        education=("Erhvervsuddannelse, lager og terminal",),
        skills=("Varemodtagelse", "Lagerstyring (WMS)", "Plukning og pakning", "Kundeservice"),
        certificates=("Truckcertifikat B", "Førstehjælp"),
        driving_licences=("B", "C"),
        languages=(ProfileLanguage("Dansk", "modersmål"), ProfileLanguage("Engelsk", "godt")),
        available_from=date(2026, 12, 1),
        hours_per_week=30,
    )


def sample_placement_summary(needs_employee_rep: bool = True) -> PlacementSummary:
    return PlacementSummary(
        citizen_name="Åse Ødegård Bækgaard",
        company_name="Ærø Bådebyggeri & Søn A/S",
        company_cvr="12345674",
        workplace_name="Værftet",
        workplace_address="Havnegade 12, 5970 Ærøskøbing",
        p_number="1001234567",
        scheme="Løntilskud, privat arbejdsgiver",
        start=date(2026, 12, 1),
        planned_end=date(2027, 5, 31),
        hours_per_week=30,
        status="planned",
        purpose="At borgeren opnår erfaring med bådebygning og lagerarbejde med henblik på "
        "ordinær ansættelse efter forløbet.",
        learning_goals=(
            "Selvstændig varemodtagelse og registrering i lagersystemet",
            "Grundlæggende glasfiberarbejde under vejledning",
            "Kørsel med truck efter virksomhedens sikkerhedsregler",
        ),
        supervisor=Supervisor("Kåre Nørgaard", "Værkfører", "+45 21 22 23 24", "kn@aeroe-baad.dk"),
        mentor="Lærke Holm (kollega, 2 timer om ugen)",
        compliance_checks=(
            ComplianceCheck(
                "ok",
                "Rimelighedskrav: 1 i løntilskud + praktik ved 23 ordinært ansatte (maks. 4)",
                "LAB § 62; scheme_rule 2026-01-01",
                True,
            ),
            ComplianceCheck(
                "unknown",
                "Merbeskæftigelse: gennemsnit af ordinært ansatte de seneste 12 måneder mangler",
                "LAB § 63; CVR-niveau",
                True,
            ),
            ComplianceCheck(
                "failed",
                "Ingen afskedigelse på P-nummeret de seneste 3 måneder: én afgang registreret",
                "LAB § 63, stk. 2",
                False,
            ),
        ),
        employee_rep_statement="Medarbejderne er hørt på personalemøde 18-11-2026 og har "
        "ingen indvendinger.",
        follow_up_plan=(
            FollowUp(date(2026, 12, 15), "Opfølgningssamtale på arbejdspladsen", "Søren Ågård"),
            FollowUp(date(2027, 2, 1), "Midtvejsevaluering af læringsmål", "Søren Ågård"),
        ),
        needs_employee_rep=needs_employee_rep,
    )


def sample_strategy_poster() -> StrategyPoster:
    lanes = (
        PosterLane("VK", "Virksomhedskontakten", "#1d4e89"),
        PosterLane("BK", "Borgerkontakten", "#2e7d32"),
        PosterLane("IS", "Internt samarbejde", "#8e3b8f"),
        PosterLane("TS", "Tværgående samarbejde", "#c05600"),
    )
    goals = (
        PosterGoal(
            "VK1",
            "VK",
            "Virksomheder oplever én indgang og hurtig, professionel service",
            x=0,
            y=0,
            traffic_light="amber",
            current_value=305,
            target=320,
            unit="kontakter",
        ),
        PosterGoal(
            "VK2",
            "VK",
            "Flere jobordrer modtaget og besat inden fristen",
            x=0,
            y=160,
            traffic_light="green",
            current_value=42,
            target=40,
            unit="%",
        ),
        PosterGoal(
            "BK1",
            "BK",
            "Samtaler med borgere tager udgangspunkt i lokale virksomheders behov",
            x=260,
            y=0,
            traffic_light="red",
            current_value=31,
            target=40,
            unit="%",
        ),
        PosterGoal(
            "IS1",
            "IS",
            "Fælles viden om virksomhederne på tværs af afdelinger",
            x=520,
            y=0,
            traffic_light="none",
        ),
        PosterGoal(
            "IS1a",
            "IS",
            "Alle afdelinger logger virksomhedskontakter i samme system",
            x=520,
            y=160,
            is_subgoal=True,
            traffic_light="green",
            current_value=92,
            target=100,
            unit="%",
        ),
        PosterGoal(
            "TS1",
            "TS",
            "Fast samarbejde med erhvervsservice og uddannelsessteder",
            x=780,
            y=80,
            traffic_light="amber",
            current_value=3,
            target=4,
            unit="aftaler",
        ),
    )
    links = (
        PosterLink("IS1a", "IS1"),
        PosterLink("IS1", "VK1"),
        PosterLink("TS1", "VK1"),
        PosterLink("VK2", "VK1"),
        PosterLink("VK1", "BK1"),
        PosterLink("VK1", VISION_ID),
        PosterLink("BK1", VISION_ID),
    )
    indicators = (
        PosterIndicator(
            "Virksomhedskontakter pr. måned",
            "antal",
            "higher",
            "Virksomheder oplever én indgang og hurtig, professionel service",
            (
                IndicatorPeriod("2026-Q1", 262, 320),
                IndicatorPeriod("2026-Q2", 281, 320),
                IndicatorPeriod("2026-Q3", 305, 320),
                IndicatorPeriod("2026-Q4", None, 320),
            ),
            "amber",
        ),
        PosterIndicator(
            "Forløb der ender i ordinært job",
            "%",
            "higher",
            "Samtaler med borgere tager udgangspunkt i lokale virksomheders behov",
            (IndicatorPeriod("2025", 30, 35), IndicatorPeriod("2026", 31, 40)),
            "red",
        ),
        PosterIndicator(
            "Dage fra jobordre til første kandidatforslag",
            "dage",
            "lower",
            "Flere jobordrer modtaget og besat inden fristen",
            (IndicatorPeriod("2026-Q2", 7, 5), IndicatorPeriod("2026-Q3", 4.5, 5)),
            "green",
        ),
    )
    milestones = (
        PosterMilestone(
            "Strategikort præsenteret for alle medarbejdere",
            date(2026, 6, 30),
            "reached",
            date(2026, 6, 24),
        ),
        PosterMilestone("Første status på indikatorer", date(2026, 12, 15), "planned"),
        PosterMilestone("Nyt CRM-system i drift", date(2026, 10, 1), "planned"),
        PosterMilestone("Midtvejsevaluering af delmål", date(2027, 6, 30), "planned"),
    )
    plans = (
        WorkingGroupPlan(
            "Jobordrer og formidling",
            "Birgitte Madsen",
            (
                PosterInitiative(
                    "Første kandidatforslag inden 5 arbejdsdage",
                    "Jobordrer og formidling",
                    date(2026, 1, 1),
                    date(2026, 12, 31),
                    "in_progress",
                    (
                        PosterTask("Fast ugentlig matchmøde", "Birgitte Madsen", done=True),
                        PosterTask("Skabelon til kandidatforslag", "Kåre Læsø", date(2026, 12, 1)),
                    ),
                ),
            ),
        ),
        WorkingGroupPlan("CRM og data", "Ømer Holm", ()),
    )
    ambassadors = (
        AmbassadorSection("Jobservice", ("Søren Ågård", "Lærke Holm")),
        AmbassadorSection("Ydelse", ("Jørgen Sørensen", "Signe Bækgaard")),
        AmbassadorSection("Sygedagpenge", ("Ærling Nørgaard",)),
    )
    return StrategyPoster(
        title="Strategikort – udvikling af god virksomhedsservice",
        vision_text="Lokal vækst og jobskabelse: jobcentret er virksomhedernes foretrukne "
        "rekrutteringskanal",
        vision_year=2028,
        lanes=lanes,
        goals=goals,
        links=links,
        indicators=indicators,
        milestones=milestones,
        action_plans=plans,
        ambassadors=ambassadors,
        as_of=date(2026, 11, 24),
    )
