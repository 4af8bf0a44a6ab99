"""Held-out-b documents b10-b12 (bilingual offer, scanned H-2A summary, Spanish H-2B offer)."""

from __future__ import annotations

from .spec import Doc, F

B10 = Doc(
    "b10.pdf",
    "generic",
    "en+es",
    "offer_letter",
    "letter; English and Spanish side by side in a borderless 2-column table; compliant",
    "rl",
    [
        ("p", "Saint-Paul-d'Abbotsford, 9 January 2026 / 9 de enero de 2026"),
        ("h", "Offer of seasonal employment / Oferta de empleo de temporada"),
        (
            "plain",
            [
                [
                    "Employer: Les Vergers Beaulieu Inc., 455 Rang Saint-Joseph, Saint-Paul-d'Abbotsford, "
                    "QC J0E 1A0, Canada.",
                    "Empleador: Les Vergers Beaulieu Inc., 455 Rang Saint-Joseph, "
                    "Saint-Paul-d'Abbotsford, QC J0E 1A0, Canadá.",
                ],
                [
                    "Worker: Julián Arteaga Solís, Tlaxco, Tlaxcala, Mexico.",
                    "Trabajador: Julián Arteaga Solís, Tlaxco, Tlaxcala, México.",
                ],
                [
                    "Position: orchard worker; apple picking, pruning, tree training and sorting.",
                    "Puesto: trabajador de huerto; cosecha de manzana, poda, guiado de árboles y selección.",
                ],
                [
                    "Place: the employer's orchards at 455 Rang Saint-Joseph.",
                    "Lugar: los huertos del empleador en 455 Rang Saint-Joseph.",
                ],
                [
                    "Dates: from 1 May to 31 October 2026.",
                    "Fechas: del 1 de mayo al 31 de octubre de 2026.",
                ],
                [
                    "Hours: 8 hours a day, 5 or 6 days a week.",
                    "Horario: 8 horas diarias, 5 o 6 días por semana.",
                ],
                [
                    "Pay: CAD 16.10 per hour, paid every Thursday by deposit.",
                    "Pago: CAD 16.10 por hora, cada jueves por depósito.",
                ],
                [
                    "Deductions: income tax, Quebec Pension Plan and Employment Insurance contributions "
                    "required by law; nothing else.",
                    "Descuentos: impuesto sobre la renta y las "
                    "cuotas del Régimen de Rentas de Quebec y del Seguro de Empleo que exige la ley; "
                    "nada más.",
                ],
                [
                    "Travel: the round-trip airfare Mexico City - Montreal is paid by the employer; the "
                    "cost does not fall on the worker.",
                    "Viaje: el boleto de avión redondo Ciudad de "
                    "México - Montreal es a cargo del patrón; no corre por su cuenta.",
                ],
                [
                    "Permits: work permit and LMIA fees are not charged to you; if you paid any of them, "
                    "it will be refunded in full on your first payday.",
                    "Permisos: el permiso de trabajo "
                    "y el trámite LMIA no se le cobran; si usted pagó alguno, se le reembolsará completo "
                    "en su primer día de pago.",
                ],
                [
                    "Medical exam: free of charge for the worker.",
                    "Examen médico: gratuito para el trabajador.",
                ],
                [
                    "Housing: on the farm, with kitchen, free of rent and utilities.",
                    "Vivienda: en la granja, con cocina, sin renta ni servicios que pagar.",
                ],
                [
                    "Gear: ladders, picking bags and rain gear lent free; no deposit.",
                    "Equipo: escaleras, bolsas de cosecha e impermeables prestados gratis; sin depósito.",
                ],
                [
                    "Health insurance: private cover until provincial cover starts, paid by the employer.",
                    "Seguro médico: seguro privado hasta que empiece el provincial, pagado por el patrón.",
                ],
                [
                    "Ending: either party may end the contract with one week's notice; dismissal for "
                    "serious misconduct is explained in writing.",
                    "Terminación: cualquiera de las partes "
                    "puede terminar con una semana de aviso; el despido por falta grave se explica por "
                    "escrito.",
                ],
            ],
            [0.5, 0.5],
        ),
        ("p", "Signed / Firma: Hélène Beaulieu, owner / propietaria"),
        ("p", "Accepted / Aceptado: ____________________"),
    ],
    traps=[
        "Employment Insurance (statutory)",
        "airfare 'a cargo del patrón', 'no corre por su cuenta'",
        "permits 'refunded in full'",
        "medical 'free of charge'",
        "free housing",
        "gear lent free, no deposit",
        "insurance paid by employer",
    ],
)

B11_MEALS = "Las tres comidas del comedor se cobran a $24.00 por día y se descuentan cada semana."
B11_UTIL = (
    "La luz y el gas de la vivienda se pagan entre los trabajadores, unos $15 por semana "
    "por persona."
)

B11 = Doc(
    "b11.pdf",
    "h2a",
    "es",
    "job_order",
    "one-page summary, printed and scanned (image only, tilted, speckled)",
    "scan",
    [
        ("title", "OFERTA DE TRABAJO H-2A - RESUMEN PARA EL TRABAJADOR"),
        ("p", "Empleador: Hermanos Valdivia Farms LLC, 1870 Road 68, Pasco, WA 99301."),
        ("p", "Puesto: trabajador agrícola de cereza y manzana; cosecha, poda y riego."),
        (
            "p",
            "Lugar de trabajo: huertos del empleador en Pasco y Mesa, condado de Franklin, "
            "Washington.",
        ),
        ("p", "Periodo: del 1 de mayo al 31 de octubre de 2026."),
        ("p", "Horario: 40 horas por semana, de lunes a viernes, de 6:00 a 14:30."),
        ("p", "Pago: $19.82 por hora, cada semana."),
        ("p", "Vivienda: cuartos en el campamento del empleador, sin renta."),
        ("p", B11_UTIL),
        ("p", "Comidas: el empleador da tres comidas diarias en el comedor del campamento."),
        ("p", B11_MEALS),
        ("p", "Transporte diario: gratuito, en autobús del empleador."),
        ("p", "Herramientas: el empleador las da sin costo."),
        (
            "p",
            "Viaje: el empleador reembolsa el autobús de ida al completar la mitad del contrato y "
            "paga el regreso al final.",
        ),
        ("p", "Garantía: se garantiza trabajo por tres cuartas partes de los días del contrato."),
        ("p", "Descuentos: impuestos, comidas y servicios de la vivienda."),
    ],
    fees=[
        F("housing_charge", B11_UTIL, 15.0, "USD"),
        F("meal_charge", B11_MEALS, 24.0, "USD", "review"),
    ],
    missing_terms=[
        "wage_adjustment",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
        "job_requirements",
    ],
    traps=["rooms 'sin renta'", "free daily transport", "tools 'sin costo'"],
    size=11.0,
)

B12_PASS = "El costo del pasaporte lo cubre el trabajador."
B12_COURSE = (
    "Todo trabajador debe aprobar el curso de certificación OSHA de montacargas; su "
    "costo de $350 se descontará del primer cheque."
)

B12 = Doc(
    "b12.pdf",
    "h2b",
    "es",
    "offer_letter",
    "one-page letter with a 2-column gridded table (Concepto | Detalle); dd/mm dates",
    "rl",
    [
        ("p", "San Antonio, Texas, 20 de febrero de 2026"),
        ("p", "Sr. Efraín Cortés Lugo, Nuevo Laredo, Tamaulipas"),
        ("h", "Carta oferta de empleo temporal H-2B"),
        ("p", "Le ofrecemos el puesto que se describe a continuación:"),
        (
            "grid",
            [
                ["Concepto", "Detalle"],
                [
                    "Empresa",
                    "Lone Star Forklift & Pallet Co., 9020 Interstate 35 North, San "
                    "Antonio, TX 78233",
                ],
                [
                    "Puesto y tareas",
                    "Operador de montacargas y armador de tarimas: cargar y "
                    "descargar tráileres, armar y reparar tarimas de madera",
                ],
                ["Lugar", "Planta de la empresa en 9020 Interstate 35 North, San Antonio, Texas"],
                ["Fechas", "15/04/2026 al 15/12/2026"],
                ["Horario", "de 7:00 a 15:30, de lunes a viernes (40 horas semanales)"],
                ["Salario", "salario de $18.44 por hora"],
                ["Horas extra", "a $27.66 por hora después de 40 horas semanales"],
                ["Pago", "quincenal, por depósito bancario"],
                [
                    "Descuentos",
                    "impuestos federales, Seguro Social y Medicare, y el curso de certificación",
                ],
                [
                    "Viaje de ida",
                    "La empresa reembolsa el autobús y los viáticos del viaje desde "
                    "Nuevo Laredo en la primera semana.",
                ],
                ["Viaje de regreso", "Pagado por la empresa al terminar el contrato."],
                [
                    "Visa",
                    "La cuota de la visa H-2B y el cruce fronterizo se reembolsan en la "
                    "primera semana.",
                ],
                ["Pasaporte", B12_PASS],
                ["Certificación", B12_COURSE],
                ["Equipo", "Casco, chaleco y botas de seguridad sin costo para el trabajador."],
                ["Requisitos", "Un año de experiencia operando montacargas."],
                [
                    "Terminación",
                    "Despido solo con causa; cinco faltas seguidas sin aviso se "
                    "consideran abandono.",
                ],
            ],
            [0.24, 0.76],
        ),
        ("p", "Atentamente, Dwayne Kessler, Gerente de Operaciones"),
        ("p", "Acepto: ____________________  Fecha: __________"),
    ],
    fees=[
        F("visa_cost", B12_PASS, None, None, "review"),
        F("training_cost", B12_COURSE, 350.0, "USD"),
    ],
    missing_terms=[
        "wage_adjustment",
        "three_fourths_guarantee",
        "earnings_statements",
        "contract_impossibility",
    ],
    traps=["visa and border crossing reimbursed", "inbound reimbursed", "safety gear free"],
)
