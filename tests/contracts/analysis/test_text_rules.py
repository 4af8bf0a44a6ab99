"""Money, negation scope, payer and language detection."""

from __future__ import annotations

import pytest

from contracts.analysis.language import combine, detect_language
from contracts.analysis.money import find_money, principal
from contracts.analysis.polarity import balance
from contracts.analysis.text import fold


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("USD 450", 450.0, "USD"),
        ("a fee of $450.00", 450.0, "USD"),
        ("450 dólares", 450.0, "USD"),
        ("MXN 8,500", 8500.0, "MXN"),
        ("8 500 pesos", 8500.0, "MXN"),
        ("Q3,000 antes de salir", 3000.0, "GTQ"),
        ("PHP 25,000", 25000.0, "PHP"),
        ("₱12,500 bago umalis", 12500.0, "PHP"),
        ("cinco mil doscientos pesos", 5200.0, "MXN"),
        ("seven hundred and fifty dollars", 750.0, "USD"),
        ("$6,000 pesos", 6000.0, "MXN"),
        ("22.40 dólares canadienses", 22.4, "CAD"),
        ("J$15,000", 15000.0, "JMD"),
        ("1.500,50 euros", 1500.5, "EUR"),
    ],
)
def test_money_forms(text: str, amount: float, currency: str) -> None:
    money = principal(text)
    assert money is not None
    assert (money.amount, money.currency) == (amount, currency)


def test_wage_multiple_has_no_amount() -> None:
    money = principal("the worker owes two months' salary")
    assert money is not None and money.amount is None


def test_pesos_follow_the_country() -> None:
    assert principal("10,000 pesos", context="Agency in Manila, Philippines")
    money = principal("10,000 pesos", context="Agency in Manila, Philippines")
    assert money is not None and money.currency == "PHP"


def test_plain_numbers_are_not_money() -> None:
    assert find_money("lift 50 pounds for 90 days; a 4 % surcharge") == []


@pytest.mark.parametrize(
    ("text", "worker_bears"),
    [
        ("No fee will be charged to the worker.", False),
        ("The transport is without charge or deposit.", False),
        ("sin costo alguno para el trabajador", False),
        ("The employer reimburses the bus fare.", False),
        ("A usted no se le cobrará nada por la visa.", False),
        ("The worker pays the ticket and it is not reimbursed.", True),
        ("Se descontará del salario el costo del boleto.", True),
        ("The fare is recovered through payroll deduction.", True),
        ("Workers who do not finish the season will pay the return fare.", True),
        ("Nobody may ask you for money to get this job.", False),
        ("El boleto lo paga el trabajador.", True),
        ("El boleto lo paga la empresa.", False),
    ],
)
def test_negation_scope_and_payer(text: str, worker_bears: bool) -> None:
    charge, relief = balance(fold(text))
    assert (charge and not relief) is worker_bears


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The worker will be paid every week for the hours worked at the farm.", "en"),
        ("El trabajador recibirá su pago cada semana por las horas trabajadas en el rancho.", "es"),
        (
            "The worker is paid for the work at the farm. "
            "El trabajador recibe su pago cada semana.",
            "mixed",
        ),
        ("O trabalhador não paga nada pela viagem e recebe o salário em dia com a empresa.", "pt"),
        ("Ang manggagawa ay hindi magbabayad ng anumang bayad sa ahensya para sa trabaho.", "tl"),
        ("العامل لا يدفع أي رسوم", "ar"),
        ("12 34", "und"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_combine_pages() -> None:
    assert combine(["en", "es"]) == "mixed"
    assert combine(["es", "und"]) == "es"
    assert combine([]) == "und"
