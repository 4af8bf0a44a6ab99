"""Each fee category in English and Spanish, in wording not taken from the corpus."""

from __future__ import annotations

import pytest

from contracts.analysis import analyze_contract
from tests.contracts.analysis.helpers import categories, check, doc

POSITIVES = [
    ("recruitment_fee", "Every applicant must pay a $350 application fee to the agency."),
    ("recruitment_fee", "El aspirante deberá pagar una cuota de colocación de 3,000 pesos."),
    (
        "visa_cost",
        "The consular fee for the visa is the responsibility of the worker's own expense.",
    ),
    ("visa_cost", "Los gastos de la visa corren por cuenta del trabajador y no se reembolsan."),
    (
        "travel_cost",
        "The cost of the bus ticket to the farm will be deducted from the first paycheck.",
    ),
    ("travel_cost", "El boleto de autobús a la granja se descontará del primer cheque."),
    ("medical_cost", "Applicants must pay for their own medical examination at the clinic."),
    ("medical_cost", "El trabajador paga sus propias vacunas y análisis clínicos."),
    ("insurance_cost", "Each hire pays a travel insurance premium of USD 60 to the agency."),
    ("insurance_cost", "El trabajador pagará 700 pesos por un seguro de vida obligatorio."),
    ("training_cost", "Candidates pay $120 for the mandatory forklift training course."),
    ("training_cost", "El curso de capacitación cuesta 1,200 pesos y lo paga el aspirante."),
    ("equipment_charge", "Rain gear and gloves will be charged to the worker at $35."),
    ("equipment_charge", "Las botas y el casco se descontarán del salario del trabajador."),
    ("housing_charge", "Workers will be charged $60 per week for rent at the labor camp."),
    ("housing_charge", "Se cobrará una renta de $50 semanales por cuarto en el campamento."),
    ("deposit_or_bond", "The worker shall leave a security deposit of $500 with the recruiter."),
    ("deposit_or_bond", "El trabajador firmará un pagaré por 20,000 pesos como garantía."),
    ("breach_penalty", "Anyone who abandons the job early must pay a penalty of $1,000."),
    (
        "breach_penalty",
        "Si el trabajador renuncia antes de tiempo pagará una multa de 5,000 pesos.",
    ),
    (
        "debt_bondage",
        "The agency will lend the worker money for the airfare, repaid with 5% "
        "interest from his wages.",
    ),
    (
        "debt_bondage",
        "La agencia le dará un préstamo para el viaje que se cobrará con intereses de su salario.",
    ),
    ("document_retention", "The supervisor will hold all passports during the season."),
    ("document_retention", "El patrón guardará su pasaporte mientras dure el contrato."),
    (
        "blacklisting_threat",
        "Employees who complain to the labor department will be placed on a blacklist.",
    ),
    ("blacklisting_threat", "Quien presente una queja será reportado a migración."),
    ("movement_restriction", "Residents may not leave the camp after 8 p.m."),
    (
        "movement_restriction",
        "Los trabajadores no podrán salir del albergue sin permiso del mayordomo.",
    ),
    (
        "wage_withholding",
        "The employer will hold back 10% of each paycheck until the end of the season.",
    ),
    ("wage_withholding", "Se retendrá el 15 % del sueldo hasta el final de la temporada."),
    ("damage_chargeback", "Broken tools will be deducted from the worker's pay."),
    ("damage_chargeback", "Si el trabajador rompe o daña el equipo, se le cobrará la reparación."),
    ("meal_charge", "Lunch costs $9 a day and is deducted from wages."),
    ("meal_charge", "Las comidas cuestan $10 diarios y se descuentan del pago."),
]

TRAPS = [
    "Workers collect entrance fees from visitors at the ticket booth.",
    "Los trabajadores cobran la cuota de estacionamiento a los clientes.",
    "Duties: feed cattle, clean feeders and load hay.",
    "Free coffee is available in the break room.",
    "Social Security and Medicare taxes are withheld as required by law.",
    "Se descuentan los impuestos de ley y el seguro social.",
    "The employer pays all visa and consular fees.",
    "La empresa reembolsa el costo de la visa en la primera semana.",
    "Your bus fare will be reimbursed in full after the first week.",
    "Housing is provided at no cost to the worker.",
    "La vivienda es gratuita y no se cobra ningún servicio.",
    "No placement fee will be charged to any worker.",
    "No se le cobrará ninguna cuota de inscripción.",
    "Tools are provided without charge or deposit.",
    "Nobody will take your passport from you.",
    "Workers keep their own passports and identity cards at all times.",
    "Los trabajadores pueden salir de la vivienda cuando quieran.",
    "Paychecks are paid by direct deposit every Friday.",
    "The work guarantee covers three-fourths of the workdays.",
    "Workers who complain will not be punished or blacklisted.",
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_category_found(category: str, text: str) -> None:
    assert category in categories(text)


@pytest.mark.parametrize("text", TRAPS)
def test_trap_is_not_a_finding(text: str) -> None:
    assert categories(text, "h2a") == set()


def test_meal_charge_under_h2a_cap_is_lawful() -> None:
    text = "Meals are offered for $14.50 per day, deducted weekly."
    assert categories(text, "h2a") == set()
    assert categories(text, "h2b") == {"meal_charge"}


def test_meal_charge_above_h2a_cap_is_review() -> None:
    report = check("Meals cost $24 per day and are deducted weekly.", "h2a")
    assert [(f.category, f.severity) for f in report.fees] == [("meal_charge", "review")]


@pytest.mark.parametrize(
    ("program", "severity"), [("h2a", "violation"), ("h2b", "review"), ("generic", "review")]
)
def test_housing_severity_by_program(program: str, severity: str) -> None:
    report = check("Workers will be charged $60 per week for rent at the labor camp.", program)
    assert [f.severity for f in report.fees] == [severity]


@pytest.mark.parametrize(
    ("program", "severity"), [("h2a", "review"), ("h2b", "review"), ("generic", "violation")]
)
def test_passport_only_visa_cost(program: str, severity: str) -> None:
    report = check("The worker pays for his own passport.", program)
    assert [(f.category, f.severity) for f in report.fees] == [("visa_cost", severity)]


def test_visa_fee_is_violation_under_h2b() -> None:
    report = check("Each worker pays the visa fee and it is not refunded.", "h2b")
    assert [(f.category, f.severity) for f in report.fees] == [("visa_cost", "violation")]


def test_damage_is_review_everywhere() -> None:
    for program in ("h2a", "h2b", "generic"):
        report = check("Damaged equipment will be charged to the worker.", program)
        assert [(f.category, f.severity) for f in report.fees] == [("damage_chargeback", "review")]


def test_finding_carries_amount_currency_and_page() -> None:
    text = doc("Intro line.", "El trabajador pagará Q2,500 por el trámite de su expediente.")
    report = analyze_contract(text, program="generic")
    (fee,) = report.fees
    assert (fee.category, fee.amount, fee.currency, fee.page) == (
        "recruitment_fee",
        2500.0,
        "GTQ",
        2,
    )
    assert fee.language == "es"
