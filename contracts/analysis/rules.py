"""The rules as data: stable ids, plain names, severity by program, citations and reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from contracts.analysis.i18n import N_

PROGRAMS = ("h2a", "h2b", "generic")
VIOLATION, REVIEW = "violation", "review"
# H-2A maximum meal charge per day (20 CFR 655.173); DOL republishes it each year.
MEAL_CAP_USD_2026 = 17.00


@dataclass(frozen=True)
class FeeRule:
    """One fee or abusive-clause category of taxonomy.md."""

    id: str
    name: str
    why: str
    citation: str
    severity: dict[str, str] = field(default_factory=dict)

    def severity_for(self, program: str) -> str:
        """Severity under `program`; violation unless the taxonomy says review."""
        return self.severity.get(program, VIOLATION)


@dataclass(frozen=True)
class TermRule:
    """One mandatory contract term of taxonomy.md."""

    id: str
    name: str
    why: str
    citation: str
    programs: frozenset[str]


_ALL_REVIEW = {p: REVIEW for p in PROGRAMS}

FEE_RULES: tuple[FeeRule, ...] = (
    FeeRule(
        "recruitment_fee",
        N_("Recruitment fee"),
        N_("No worker should pay to get a job, directly or through deductions."),
        "20 CFR 655.135(j)-(k); 655.20(o)-(p); ILO C181 Art. 7; Employer Pays Principle",
    ),
    FeeRule(
        "visa_cost",
        N_("Visa or border fees charged to you"),
        N_("Visa, consular and border-crossing fees are the employer's cost."),
        "20 CFR 655.20(j)(2); 655.122(h)(1); ILO fair recruitment definition of related costs",
    ),
    FeeRule(
        "travel_cost",
        N_("Travel costs charged to you"),
        N_(
            "Travel to and from the job, with lodging and meals on the way, is paid by the "
            "employer."
        ),
        "20 CFR 655.122(h)(1)-(2); 655.20(j)(1); ILO fair recruitment related costs",
    ),
    FeeRule(
        "medical_cost",
        N_("Medical exam charged to you"),
        N_("Medical exams and vaccinations for the job are a recruitment cost."),
        "ILO fair recruitment definition of related costs (medical costs)",
    ),
    FeeRule(
        "insurance_cost",
        N_("Insurance charged to you"),
        N_("Insurance premiums required for the job are a recruitment cost."),
        "ILO fair recruitment definition of related costs (insurance costs)",
    ),
    FeeRule(
        "training_cost",
        N_("Training or test charged to you"),
        N_("Tests, courses and orientation required for the job are a recruitment cost."),
        "ILO fair recruitment definition of related costs (skills tests, training)",
    ),
    FeeRule(
        "equipment_charge",
        N_("Tools or equipment charged to you"),
        N_("Tools, equipment and protective gear must be free, with no deposit."),
        "20 CFR 655.122(f); 655.20(k); ILO fair recruitment related costs",
    ),
    FeeRule(
        "housing_charge",
        N_("Housing charged to you"),
        N_("H-2A housing must be free; elsewhere check that rent is fair and agreed."),
        "20 CFR 655.122(d)(1), (d)(3)",
        {"h2b": REVIEW, "generic": REVIEW},
    ),
    FeeRule(
        "deposit_or_bond",
        N_("Deposit, bond or guarantee"),
        N_("Deposits, bonds, promissory notes or property as guarantee trap workers."),
        "20 CFR 655.122(d)(3); ILO fair recruitment: illegitimate costs",
    ),
    FeeRule(
        "breach_penalty",
        N_("Penalty for leaving the job"),
        N_("A fee or penalty for breaking the contract is a prohibited fee."),
        "USCIS Form I-129 instructions, prohibited fees; 89 FR 103202 (2025)",
    ),
    FeeRule(
        "debt_bondage",
        N_("Loan repaid from your wages"),
        N_("A loan tied to getting the job and repaid from wages can become debt bondage."),
        "ILO forced labour indicators: debt bondage; 20 CFR 655.135(j)",
    ),
    FeeRule(
        "document_retention",
        N_("Someone keeps your passport or ID"),
        N_("Nobody may keep a worker's passport, visa or identity papers."),
        "20 CFR 655.135(e); 655.20(z); 18 U.S.C. 1592; ILO C189 Art. 9(c); Dhaka P4",
    ),
    FeeRule(
        "blacklisting_threat",
        N_("Threat of blacklisting or reporting"),
        N_("Threats against workers who complain are unlawful retaliation."),
        "20 CFR 655.135(h); 655.20(n); ILO forced labour indicators: intimidation",
    ),
    FeeRule(
        "movement_restriction",
        N_("Limits on where you can go"),
        N_("Workers must be free to leave their housing and to change employer."),
        "ILO forced labour indicators: restriction of movement; IOM IRIS principle D",
    ),
    FeeRule(
        "wage_withholding",
        N_("Wages held back"),
        N_("Holding back part of the pay until the end of the season is withholding of wages."),
        "ILO forced labour indicators: withholding of wages; 20 CFR 655.122(m); 655.20(h)",
    ),
    FeeRule(
        "damage_chargeback",
        N_("Charges for damage"),
        N_("Charging workers for damage is allowed only in limited cases; check it."),
        "20 CFR 655.122(d)(3); 29 CFR 531",
        _ALL_REVIEW,
    ),
    FeeRule(
        "meal_charge",
        N_("Meals charged to you"),
        N_("Meal charges must stay within the published cap (H-2A) and be agreed."),
        "20 CFR 655.122(g); 655.173",
        _ALL_REVIEW,
    ),
)

_AB = frozenset({"h2a", "h2b"})
_ABG = frozenset(PROGRAMS)
_A = frozenset({"h2a"})
_B = frozenset({"h2b"})
_G = frozenset({"generic"})

TERM_RULES: tuple[TermRule, ...] = (
    TermRule(
        "employer_identity",
        N_("Your contract does not say who the employer is"),
        N_("You need the employer's legal name and address to enforce your rights."),
        "20 CFR 655.18(b)(1); ILO C189 Art. 7(a)",
        _ABG,
    ),
    TermRule(
        "worker_identity",
        N_("Your contract does not name you"),
        N_("A contract should name the worker it binds."),
        "ILO C189 Art. 7(a)",
        _G,
    ),
    TermRule(
        "job_duties",
        N_("Your contract does not say what work you will do"),
        N_("The job title and duties must be stated."),
        "20 CFR 655.18(b)(3); ILO C189 Art. 7(d)",
        _ABG,
    ),
    TermRule(
        "work_location",
        N_("Your contract does not say where you will work"),
        N_("The place of work must be stated."),
        "20 CFR 655.18(b)(4); ILO C189 Art. 7(b)",
        _ABG,
    ),
    TermRule(
        "employment_period",
        N_("Your contract does not say when the job starts and ends"),
        N_("Start and end dates must be stated."),
        "20 CFR 655.122(i); 655.18(b)(3); ILO C189 Art. 7(c)",
        _ABG,
    ),
    TermRule(
        "hours_of_work",
        N_("Your contract does not say how many hours you will work"),
        N_("Hours per day or week must be stated."),
        "20 CFR 655.18(b)(3); ILO C189 Art. 7(f)",
        _ABG,
    ),
    TermRule(
        "wage_rate",
        N_("Your contract does not say how much you will be paid"),
        N_("The wage per hour, piece, day or month must be stated."),
        "20 CFR 655.122(l); 655.18(b)(5); ILO C189 Art. 7(e)",
        _ABG,
    ),
    TermRule(
        "wage_adjustment",
        N_("Your contract does not promise the highest legal wage"),
        N_("H-2 employers must pay the highest applicable wage, including raises."),
        "20 CFR 655.122(l); 655.20(a)",
        _AB,
    ),
    TermRule(
        "overtime",
        N_("Your contract does not say how overtime is paid"),
        N_("H-2B job orders must state the overtime rate or that none is offered."),
        "20 CFR 655.18(b)(6)",
        _B,
    ),
    TermRule(
        "pay_frequency",
        N_("Your contract does not say when you will be paid"),
        N_("How often you are paid must be stated."),
        "20 CFR 655.122(m); 655.18(b)(9); ILO C189 Art. 7(e)",
        _ABG,
    ),
    TermRule(
        "deductions",
        N_("Your contract does not list what can be taken from your pay"),
        N_("Every deduction from pay must be listed in advance."),
        "20 CFR 655.122(p)(1); 655.18(b)(11); 655.20(c)",
        _ABG,
    ),
    TermRule(
        "three_fourths_guarantee",
        N_("Your contract does not guarantee 3/4 of the hours"),
        N_("H-2 employers must guarantee work for three-fourths of the workdays."),
        "20 CFR 655.122(i); 655.18(b)(17); 655.20(f)",
        _AB,
    ),
    TermRule(
        "housing",
        N_("Your contract does not say where you will live"),
        N_("H-2A employers must provide free housing and say where it is."),
        "20 CFR 655.122(d)",
        _A,
    ),
    TermRule(
        "meals",
        N_("Your contract does not say how you will eat"),
        N_("H-2A employers must provide meals or a free kitchen."),
        "20 CFR 655.122(g)",
        _A,
    ),
    TermRule(
        "inbound_transportation",
        N_("Your contract does not pay your trip to the job"),
        N_("Travel and meals on the way to the job must be paid or reimbursed."),
        "20 CFR 655.122(h)(1); 655.18(b)(12); 655.20(j)(1)(i)",
        _AB,
    ),
    TermRule(
        "return_transportation",
        N_("Your contract does not pay your trip home"),
        N_("The trip home at the end of the contract must be paid."),
        "20 CFR 655.122(h)(2); 655.18(b)(13); ILO C189 Art. 7(j)",
        _ABG,
    ),
    TermRule(
        "daily_transportation",
        N_("Your contract does not give free rides to work"),
        N_("H-2A employers must provide free daily transport from housing to work."),
        "20 CFR 655.122(h)(3)",
        _A,
    ),
    TermRule(
        "visa_reimbursement",
        N_("Your contract does not pay back your visa"),
        N_("H-2B employers must pay or reimburse visa and related fees."),
        "20 CFR 655.18(b)(15); 655.20(j)(2)",
        _B,
    ),
    TermRule(
        "tools_provided",
        N_("Your contract does not give you free tools"),
        N_("Tools, supplies and equipment must be provided at no cost."),
        "20 CFR 655.122(f); 655.18(b)(16)",
        _AB,
    ),
    TermRule(
        "workers_compensation",
        N_("Your contract does not mention injury insurance"),
        N_("H-2A employers must provide workers' compensation insurance."),
        "20 CFR 655.122(e)",
        _A,
    ),
    TermRule(
        "earnings_statements",
        N_("Your contract does not promise pay slips"),
        N_("You must get a statement of hours and earnings each payday."),
        "20 CFR 655.122(k); 655.20(i)",
        _AB,
    ),
    TermRule(
        "termination",
        N_("Your contract does not say how the job can end"),
        N_("Rules for quitting, abandonment and dismissal must be stated."),
        "20 CFR 655.122(n); 655.20(y); ILO C189 Art. 7(k)",
        _ABG,
    ),
    TermRule(
        "contract_impossibility",
        N_("Your contract does not say what happens if work stops"),
        N_("It must say what you are owed if fire, weather or disaster ends the work."),
        "20 CFR 655.122(o); 655.20(g)",
        _AB,
    ),
    TermRule(
        "job_requirements",
        N_("Your contract does not state the job requirements"),
        N_("Minimum qualifications must be stated."),
        "20 CFR 655.122(b); 655.18(b)(3)",
        _AB,
    ),
)

FEES_BY_ID = {rule.id: rule for rule in FEE_RULES}
TERMS_BY_ID = {rule.id: rule for rule in TERM_RULES}
CONTRACT_LANGUAGE_CITATION = "20 CFR 655.122(q); 655.20(l); Dhaka Principle 2"


def required_terms(program: str) -> tuple[str, ...]:
    """Ids of the terms `program` requires, in taxonomy order."""
    return tuple(rule.id for rule in TERM_RULES if program in rule.programs)


def fee_severity(category: str, program: str, *, passport_only: bool = False) -> str:
    """Severity of a finding; passport fees alone are lawful to charge under H-2 (review)."""
    if category == "visa_cost" and passport_only:
        return REVIEW if program in ("h2a", "h2b") else VIOLATION
    return FEES_BY_ID[category].severity_for(program)
