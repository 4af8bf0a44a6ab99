"""General rules behind the heldout_c/heldout_d fixes, in wording not taken from any batch."""

from __future__ import annotations

import pytest

from contracts.analysis.money import find_money
from contracts.analysis.recruiters import find_recruiters
from contracts.analysis.segment import Clause
from contracts.analysis.terms import term_present
from tests.contracts.analysis.helpers import categories

CLEAN = [
    # a clause adverbial negates its whole clause, however far the verb
    "At no time will an applicant be told to hand the agency, the farm or any broker working "
    "for them a deposit, a present or a share of the pay to keep the job.",
    "En ningún caso se exigirá a la persona trabajadora que entregue al reclutador o a sus "
    "socios una fianza o una parte de su sueldo para conservar el puesto.",
    # one negator over a list of nouns
    "No rent, water charge or key deposit is asked of the workers.",
    "Sin renta, cargo de luz ni depósito de llaves para los trabajadores.",
    # neither ... nor, and forbidding words
    "Neither the grower nor its contractor in Guatemala, Enlaces Rurales, S.A., charges "
    "workers anything; the contractor may not collect any money from workers.",
    # insurance the worker is covered by is no premium the worker pays
    "Every employee is covered by workers' compensation insurance at no cost.",
    # costs still to be reimbursed are the employer's
    "The employer then pays the guarantee, the bus home and any travel costs not yet reimbursed.",
    # a fee paid by a named firm
    "The agent's commission is paid by Blue Ridge Orchards LLC.",
    # staying at the worksite during the shift is no confinement
    "Crew members must remain at the orchard during working hours except for the lunch break.",
    # money the employer sends or deposits is the employer paying
    "The company will send $40 to every worker for meals on the road.",
    "El patrón deposita $300 en la cuenta de cada trabajador para el viaje.",
    # the farm buys the ticket (Spanish employer words)
    "La granja compra el pasaje de avión y paga $20 diarios de comida durante el viaje.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_finding(text: str) -> None:
    assert categories(text, "h2a") == set()


POSITIVE = [
    ("recruitment_fee", "La persona seleccionada entregará a la agencia L. 4,500 por su trámite."),
    ("recruitment_fee", "Para apartar tu lugar deposita $200 a nuestra cuenta."),
    (
        "recruitment_fee",
        "Each selected person pays a yearly membership of $90 to stay on the roster.",
    ),
    ("housing_charge", "Se descontarán $30 semanales por el tráiler, incluidos luz y agua."),
    ("wage_withholding", "De cada cheque se guardan $25 que se entregan solo a quien termine."),
    ("wage_withholding", "Ten percent of each paycheck is held back until the season ends."),
    (
        "blacklisting_threat",
        "Anyone who complains to a union will be struck off the list for next season.",
    ),
    (
        "document_retention",
        "Los pasaportes quedan bajo custodia del contratista durante toda la temporada.",
    ),
    ("document_retention", "Worker passports are kept in the farm office safe until departure."),
    (
        "movement_restriction",
        "On days off the caregiver must remain inside the apartment unless the family agrees.",
    ),
]


@pytest.mark.parametrize(("category", "text"), POSITIVE)
def test_finding(category: str, text: str) -> None:
    assert category in categories(text, "generic")


def test_a_loan_for_the_fare_is_the_debt_only() -> None:
    text = (
        "The agency lends the worker $900 for the flight, repaid from wages with 4% interest "
        "per month."
    )
    assert categories(text) == {"debt_bondage"}


def test_a_place_qualifying_the_meals_is_no_housing() -> None:
    assert categories("La comida del albergue cuesta $10 diarios y se descuenta.", "h2b") == {
        "meal_charge"
    }


def test_a_visa_condition_and_an_appointment_date_are_no_visa_cost() -> None:
    text = "El aspirante paga una cuota de colocación de $500 al recibir la fecha de su cita."
    assert categories(text) == {"recruitment_fee"}
    assert categories("Nothing is refunded if the worker gets no visa through his fault.") == set()


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("una cuota de 12 mil pesos", 12000.0, "MXN"),
        ("paga L. 3,200 en efectivo", 3200.0, "HNL"),
        ("una cuota de $900.00 M.N.", 900.0, "MXN"),
    ],
)
def test_amounts(text: str, amount: float, currency: str) -> None:
    money = find_money(text)[0]
    assert (money.amount, money.currency) == (amount, currency)


@pytest.mark.parametrize(
    ("term", "unit", "present"),
    [
        ("earnings_statements", "Cada pago lleva un comprobante que muestra las horas.", True),
        ("job_duties", "The caregiver shall cook and clean for the family.", True),
        ("return_transportation", "At the end of the contract the employer pays the flight.", True),
        ("inbound_transportation", "El patrón paga el camión de ida y de regreso.", True),
        ("hours_of_work", "One rest day of at least 24 hours each week.", False),
        ("overtime", "$15.00 per hour: Overtime", False),
        ("overtime", "Overtime: at the employer's discretion", False),
        ("meals", "Groceries are supplied free every week.", True),
        (
            "daily_transportation",
            "Moves between pastures are made in the company trucks free.",
            True,
        ),
        (
            "inbound_transportation",
            "The agency lends the worker $900 for the flight, repaid from wages with interest.",
            False,
        ),
    ],
)
def test_terms(term: str, unit: str, present: bool) -> None:
    assert term_present(term, unit) is present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recruiter in Honduras Enlaces Rurales Unidos, S.A., Calle 3",
            "Enlaces Rurales Unidos, S.A.",
        ),
        ("ANDES OVERSEAS PLACEMENT SERVICES LTD.", "Andes Overseas Placement Services Ltd."),
        (
            "Staffing partner (Peru): PT Karya Sejahtera Abadi, Jl. Merdeka 4",
            "PT Karya Sejahtera Abadi",
        ),
    ],
)
def test_recruiter_names(text: str, expected: str) -> None:
    assert [m.name for m in find_recruiters([Clause(text, 1, None, 0)])] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Terms and Conditions of Employment Peach harvest, Georgia.",
        "Licensed Employment Agency",
        "Placement Manager",
        "K. Reclutamiento. El trabajador no paga nada.",
        "LA AGENCIA actúa por cuenta de Coastal Inns Group, LLC (en adelante, «EL EMPLEADOR»).",
        "Conserva su Documento Personal de Identificación.",
    ],
)
def test_not_recruiters(text: str) -> None:
    assert find_recruiters([Clause(text, 1, None, 0)]) == []
