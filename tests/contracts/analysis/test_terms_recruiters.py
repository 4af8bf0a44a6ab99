"""Missing terms need concrete values; recruiters are found and looked up."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from contracts.analysis import Document, Line, Page, analyze_contract, analyze_document
from contracts.analysis.agents import named_agents
from contracts.analysis.evaluation import firm_key
from contracts.analysis.reading.furniture import drop_furniture
from contracts.analysis.terms import term_present
from tests.contracts.analysis.helpers import check, doc


@pytest.mark.parametrize(
    ("term", "text", "present"),
    [
        ("hours_of_work", "Horario: Según las necesidades de producción", False),
        ("hours_of_work", "Camp rules: quiet hours are 11 p.m. to 6 a.m. every night", False),
        ("wage_rate", "Meal plan, lunch and dinner, $18.00 per day, deducted weekly", False),
        ("wage_rate", "Se les paga 95 dólares por día, menos la renta de la casa", True),
        ("wage_rate", "se paga a destajo, 3.80 dlls la libra de camarón pelado", True),
        ("hours_of_work", "Jornada: 9 horas diarias, de lunes a sábado", True),
        ("hours_of_work", "Work schedule: as needed by the employer", False),
        ("hours_of_work", "Schedule: 36 hours per week", True),
        ("wage_rate", "Pay: to be determined", False),
        ("wage_rate", "Pay: $17.25 per hour", True),
        ("wage_rate", "Salario: 420 pesos por día", True),
        ("employment_period", "Term of contract", False),
        ("employment_period", "From 3 May 2027 to 30 September 2027", True),
        ("employment_period", "Vigencia: del 5 de enero al 20 de julio de 2027", True),
        ("pay_frequency", "Pago: quincenal, por transferencia", True),
        ("three_fourths_guarantee", "We guarantee work for three-fourths of the workdays.", True),
        ("return_transportation", "Return trip: the worker pays his own ticket home.", False),
        ("return_transportation", "The employer pays the flight home at the end.", True),
        ("visa_reimbursement", "Visa fees are reimbursed on the first payday.", True),
        ("visa_reimbursement", "Visa fees are not reimbursed.", False),
        ("tools_provided", "Herramientas: se entregan sin costo.", True),
        # round 21 (blind batches bw, bx, by, bz)
        (
            "employer_identity",
            "Employer Lienchang Tool Co., Ltd., No. 12, Sec. 3, Minsheng Road, Taoyuan",
            True,
        ),
        (
            "employer_identity",
            "Employer: Hanil Steel Co., Ltd., 12 Sandan-ro 45beon-gil, Changwon-si",
            True,
        ),
        ("worker_identity", "Worker Name: Siti Rahayu Lestari Date of birth: 2 June 1999", True),
        ("worker_identity", "Worker: ____________ Date: ______", False),
        (
            "worker_identity",
            "De otra parte, D. Rachid Amrani Tazi, de nacionalidad marroquí, con pasaporte n.º "
            "KT55102, (en adelante, EL TRABAJADOR).",
            True,
        ),
        (
            "termination",
            "La empresa podrá despedir al trabajador por las causas que marca la ley, mediante carta.",
            True,
        ),
        ("termination", "Los motivos de despido serán los que el patrón determine.", False),
        (
            "pay_frequency",
            "El salario se abona por meses vencidos, antes del día 3 del mes siguiente.",
            True,
        ),
        (
            "return_transportation",
            "OCTAVA. Regreso. Al acabar la zafra, la empresa lleva a los trabajadores en autobús hasta Tecún Umán, sin costo.",
            True,
        ),
        (
            "return_transportation",
            "Company vans carry the crew from Tijuana to the ranch in April and back at the end, free of charge.",
            True,
        ),
        (
            "inbound_transportation",
            "Our buses bring workers from Reynosa to the farm at the start of the season, at no cost.",
            True,
        ),
    ],
)
def test_term_concreteness(term: str, text: str, present: bool) -> None:
    assert term_present(term, text) is present


def test_missing_terms_listed_for_the_program() -> None:
    report = check(
        "Employer: Birch Run Orchards LLC, 120 Mill Road, Sparta, MI 49345\n"
        "Pay: $18.10 per hour, paid weekly.",
        "h2a",
    )
    assert "employer_identity" not in report.missing_terms
    assert "wage_rate" not in report.missing_terms
    assert "three_fourths_guarantee" in report.missing_terms
    assert "overtime" not in report.missing_terms  # required only under h2b
    present = {t.term: t.excerpt for t in report.present_terms}
    assert "$18.10" in present["wage_rate"]


def test_recruiters_are_found_and_looked_up() -> None:
    seen: list[str] = []

    def lookup(name: str) -> Mapping[str, Any] | None:
        seen.append(name)
        return {"id": 7, "status": "registered"} if "Horizonte" in name else None

    text = (
        "Workers are recruited through Horizonte Talento Migrante, S. de R.L. de C.V.\n"
        'The employer is Granite Ridge Nursery LLC (hereinafter "the Employer").\n'
        "Agencia: Caminos Seguros Empleos Internacionales, S.A., registro RAE-77"
    )
    report = analyze_contract(doc(text), program="h2b", lookup=lookup)
    names = {r.name: r.registry for r in report.recruiters}
    assert names["Horizonte Talento Migrante, S. de R.L. de C.V."] == {
        "id": 7,
        "status": "registered",
    }
    assert "Caminos Seguros Empleos Internacionales, S.A." in names
    assert not any("Granite" in n for n in names)
    assert len(seen) == len(names)


def test_report_json_shape() -> None:
    report = check("The worker pays a $200 processing fee.\nEmpleos Sol Naciente, S.C.", "h2b")
    data = report.to_json()
    for k in (
        "program",
        "language",
        "pages",
        "fees",
        "missing_terms",
        "present_terms",
        "recruiters",
    ):
        assert k in data
    fee = data["fees"][0]
    for k in ("category", "severity", "page", "excerpt", "amount", "currency", "bbox"):
        assert k in fee
    assert fee["amount"] == 200.0 and fee["currency"] == "USD"
    assert data["recruiters"][0]["name"] == "Empleos Sol Naciente, S.C."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Worker was introduced by its local agent Mr. Bishnu Bahadur Thapa of Dhading.",
            "Bishnu Bahadur Thapa",
        ),
        (
            "A: Mr. Abul Kalam Mia, our representative in Cumilla, collects your documents.",
            "Abul Kalam Mia",
        ),
        (
            "1. El reclutador. El señor Efraín Cux Tzoc selecciona a los trabajadores.",
            "Efraín Cux Tzoc",
        ),
    ],
)
def test_people_named_as_agents_are_recruiters(text: str, name: str) -> None:
    assert [found for found, _, _ in named_agents(text)] == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Los trabajadores son reclutados por Semilla Norte Agrícola, S.C. en Zacatecas.",
            {"Semilla Norte Agrícola, S.C."},
        ),
        (
            "LA AGENCIA Rumbo Claro Talento S.A.S., con NIT 901.552.118-3, se obliga a lo siguiente.",
            {"Rumbo Claro Talento S.A.S."},
        ),
        (
            "Entre EMPLEOS DEL ISTMO, S. DE R.L., en adelante LA AGENCIA, y el trabajador.",
            {"Empleos Del Istmo, S. De R.L."},
        ),
        ("B3. The Agency may lend the Worker money for the trip.", set()),
        (
            "Comparecen por una parte Rumbos del Norte, S.C., representada por su gerente, el C. Juan "
            "Pérez (en lo sucesivo “LA AGENCIA”), y por la otra el trabajador.",
            {"Rumbos del Norte, S.C."},
        ),
        (
            "Blue Ridge Apple Company recruits in Mexico through Surcos Unidos, S.C.",
            {"Surcos Unidos, S.C."},
        ),
        (
            "Reclutamiento: Servicios Migratorios del Sur, E.I.R.L., Lima.",
            {"Servicios Migratorios del Sur, E.I.R.L."},
        ),
        ("Lucía Torres Medina Gerente de Recursos Humanos Fecha", set()),
        ("Housing is at the Cedar Flats Labor Camp, 400 River Road.", set()),
        ("For the Agency The Worker", set()),
        (
            "Recruitment in Honduras is carried out for the employer by Surco Abierto, S. de R.L.",
            {"Surco Abierto, S. de R.L."},
        ),
        (
            "Each worker pays Harbour Gate Workforce Solutions Ltd. a fee of USD 300.",
            {"Harbour Gate Workforce Solutions Ltd."},
        ),
        (
            "La empresa contrató a Reclutadora Sierra Alta, S.C. para buscar trabajadores.",
            {"Reclutadora Sierra Alta, S.C."},
        ),
        (
            'Made between Cape Route Staffing (Pty) Ltd ("the Agency") and the worker.',
            {"Cape Route Staffing (Pty) Ltd"},
        ),
        ("Questions: Employment and Social Development Canada, or the Labor Attaché.", set()),
        ("Agent Himalaya Rojgar Pvt. Ltd., Bagbazar, Kathmandu", {"Himalaya Rojgar Pvt. Ltd."}),
        ("Agency Ram Bahadur Thapa NA Site Office", set()),
        (
            "Sponsor Harvest Bridge Seasonal Recruitment Ltd, Kent",
            {"Harvest Bridge Seasonal Recruitment Ltd"},
        ),
        (
            "BETWEEN Island Crest Hospitality Staffing Ltd. and the Worker",
            {"Island Crest Hospitality Staffing Ltd."},
        ),
        ("Recruitment Ltd, 14 High Street, Maidstone", set()),
        ("C.12 Recruitment. The agency charges nothing.", set()),
        ("Autorización del Servicio Público de Empleo No. 4471", set()),
        ("DÉCIMA. Reclutamiento. El trabajador fue entrevistado en su pueblo.", set()),
        ("LA PERSONA ASPIRANTE Huella Por EL GESTOR", set()),
        ("Ask Employment New Zealand or your nearest Career Center for free advice.", set()),
        # round 21 (blind batches bw, bx, by, bz)
        (
            "Agents: Luzon Bright Manpower Services Corp. Pearl River Manpower Agency Co., Ltd., Taichung",
            {"Luzon Bright Manpower Services Corp.", "Pearl River Manpower Agency Co."},
        ),
        (
            "The Agency was engaged by Pine Hollow Lodge Ltd., 22 Lake Road, Jasper, Alberta "
            '("the Employer") to recruit cooks.',
            set(),
        ),
        (
            "Seleccionada en origen con la intervención de Sahel Travail SARL, con domicilio en Agadir.",
            {"Sahel Travail SARL"},
        ),
        (
            "Enlace Serrano del Norte, S.C. entrevista y selecciona a los trabajadores.",
            {"Enlace Serrano del Norte, S.C."},
        ),
        ("Trabajo H-2B Texas Trabajo H-2B Texas Trabajo H-2B Texas", set()),
        ("Dudas: Empleo y Desarrollo Social Canadá, 1-800-000-0000", set()),
        (
            "Recibió por Agencia Laboral Tres Ríos RECIBO No.",
            {"Agencia Laboral Tres Ríos"},
        ),
        (
            "Marisol Paz Ortega Worker For Harbour Light Workforce Solutions Ltd.",
            {"Harbour Light Workforce Solutions Ltd."},
        ),
        (
            "DECLARA LA AGENCIA: Que Enlaces Laborales del Pacífico, S.C. recluta trabajadores.",
            {"Enlaces Laborales del Pacífico, S.C."},
        ),
        (
            "Licencia RL-20931 Colocaciones Mayas del Sur, S.A., agencia reclutadora autorizada.",
            {"Colocaciones Mayas del Sur, S.A."},
        ),
        (
            "Recruited by Bayanihan Manpower Corporation and Kowloon Bay Employment Agency Limited.",
            {"Bayanihan Manpower Corporation", "Kowloon Bay Employment Agency Limited"},
        ),
        ("Signed for the Agency President, on behalf of the recruiting agency.", set()),
        # round 25: a clause's number and heading, a closing full stop, a fee named like a firm
        (
            "TERCERA. Objeto. Reclutamientos del Norte, S.A. presta el servicio de selección.",
            {"Reclutamientos del Norte, S.A."},
        ),
        ("Deposite a nombre de Agencia Llanos Empleos.", {"Agencia Llanos Empleos"}),
        ("The Overseas Employment Welfare Fee is paid by the employer.", set()),
        ("Convenio de Reclutamiento y Colocación No. 44, firmado en Tegucigalpa.", set()),
    ],
)
def test_recruiter_names_without_labels_headings_or_public_offices(text: str, names: set) -> None:
    assert {r.name for r in check(text).recruiters} == names


def test_dear_and_greetings_are_not_agents() -> None:
    assert named_agents("Dear Ms. Rivera, your recruiter will call you.") == []


def test_a_negated_list_or_a_signature_label_names_no_agent() -> None:
    assert named_agents("Neither Harbourline, the sub-agent nor the Employer may keep it.") == []
    assert named_agents("For Harbourline For the local agent The Worker") == []


def test_one_firm_with_or_without_its_legal_form() -> None:
    assert firm_key("Sonar Tori Overseas Ltd.") == firm_key("Sonar Tori Overseas")
    assert firm_key("Golden Orchid Employment Agency (HK) Limited") == firm_key(
        "Golden Orchid Employment Agency"
    )
    assert firm_key("Enlace Agrícola del Bajío, S.C.") != firm_key("Enlace Agrícola Mixteca, S.C.")


def test_a_signature_row_does_not_run_people_into_the_recruiter() -> None:
    text = (
        "Recruiter: Sea Breeze Staffing Ltd., Montego Bay\n"
        "Worker For the employer For the recruiter\n"
        "Kevon Andre Bailey Ruth Ann Miller Sea Breeze Staffing Ltd.\n"
    )
    assert {r.name for r in check(text).recruiters} == {"Sea Breeze Staffing Ltd."}


def test_a_letterhead_on_every_page_still_names_the_employer_once() -> None:
    header = ("PINE RIDGE GREENHOUSES INC.", (60.0, 20.0, 300.0, 30.0))
    address = ("410 Concession Road 8, Kingsville, Ontario", (60.0, 32.0, 320.0, 42.0))
    pages = tuple(
        Page(
            n,
            (
                Line(header[0], header[1]),
                Line(address[0], address[1]),
                Line(
                    f"Clause {n}. The worker is paid every two weeks.", (60.0, 300.0, 400.0, 310.0)
                ),
            ),
            width=612.0,
            height=792.0,
        )
        for n in (1, 2)
    )
    document = drop_furniture(list(pages))
    assert "PINE RIDGE" not in document[0].text + document[1].text
    report = analyze_document(Document(pages=tuple(document), kind="pdf"), program="generic")
    assert "employer_identity" not in report.missing_terms


def test_the_tail_of_a_firm_cut_by_a_table_cell_is_not_a_second_firm() -> None:
    text = (
        "Ni la empresa ni la agencia Puente Rural Quetzaltepeque, S.C. le pedirán dinero.\n"
        "Servicios de la agencia: Quetzaltepeque, S.C.\n"
    )
    assert {r.name for r in check(text).recruiters} == {"Puente Rural Quetzaltepeque, S.C."}
