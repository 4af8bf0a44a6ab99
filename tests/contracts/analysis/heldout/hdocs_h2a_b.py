"""More H-2A documents of the held-out corpus."""

from __future__ import annotations

from hspec import Doc

V, R = "violation", "review"


def h04() -> Doc:
    d = Doc(
        "h04.pdf",
        "h2a",
        "es",
        "work_contract",
        "plain-language Q&A (fpdf2, DejaVu); summary grid at top; page footer",
        engine="fpdf",
        footer="Cascade Hollow Blueberry Farm LLC - contrato H-2A",
    )
    d.title("CONTRATO DE TRABAJO H-2A EXPLICADO EN PREGUNTAS")
    d.kv(
        ("Nombre del trabajador", "Eusebio Tlacuilo Manzano"),
        ("Orden de trabajo", "H-300-27044-881202"),
        ("Temporada", "Arándano 2027"),
    )
    qa = [
        (
            "¿Para quién voy a trabajar?",
            "Para Cascade Hollow Blueberry Farm LLC, con domicilio en 5520 Marten Creek Road, "
            "Lynden, WA 98264, Estados Unidos.",
        ),
        (
            "¿Qué haré?",
            "Pizcar arándano a mano en cubetas, vaciar la fruta en las cajas de campo, "
            "alimentar la línea de empaque y podar arbustos al final de la temporada.",
        ),
        (
            "¿Dónde?",
            "En los campos de la granja en Lynden y Everson, condado de Whatcom, Washington.",
        ),
        ("¿Desde cuándo y hasta cuándo?", "Del 28 de junio de 2027 al 10 de septiembre de 2027."),
        ("¿Cuántas horas?", "Ocho horas diarias, de lunes a sábado, de 6:00 a 14:30."),
        (
            "¿Cuánto gano?",
            "$19.82 por hora, o $0.68 por libra cosechada si eso le da más. Si durante la "
            "temporada sube el salario mínimo legal o la tarifa AEWR, se le paga la tarifa más "
            "alta desde la fecha en que cambie.",
        ),
        (
            "¿Cada cuándo me pagan?",
            "Cada semana, los jueves. Con cada pago recibe un talón con las horas ofrecidas, las "
            "horas trabajadas, las libras, la tarifa y cada descuento.",
        ),
        (
            "¿Qué me pueden descontar?",
            "Solo los impuestos que exige la ley y lo que usted autorice por escrito. No se le "
            "descontará nada por herramientas, vivienda ni transporte.",
        ),
        (
            "¿Cuánto trabajo me garantizan?",
            "Horas equivalentes a por lo menos tres cuartas partes de los días laborables del "
            "contrato; si no se ofrecen, se le pagan.",
        ),
        (
            "¿Tengo que pagar la vivienda?",
            "No. Vive sin costo en la vivienda de la granja, 5600 Marten Creek Road, Lynden.",
        ),
        ("¿Y la comida?", "La vivienda tiene una cocina equipada que usted usa gratis."),
        (
            "¿Quién paga la visa?",
            "El empleador le reembolsa el costo de la visa y de la cita consular en su primera "
            "semana de trabajo.",
        ),
        (
            "¿Cómo llego y cómo regreso?",
            "El pasaje de autobús desde Guadalajara y los alimentos del camino corren por cuenta "
            "del empleador: se le reembolsan al cumplir la mitad del contrato, o antes si lo "
            "exige la ley. Al terminar la temporada el empleador paga su regreso a Guadalajara. "
            "Todos los días una camioneta gratuita lo lleva de la vivienda a los campos.",
        ),
        (
            "¿Debo comprar herramientas?",
            "No. Las cubetas, tijeras y guantes se le dan sin costo y sin depósito.",
        ),
        (
            "¿Y si me lastimo?",
            "Tiene seguro de compensación para trabajadores con la póliza WA-L&I 2271-908.",
        ),
        ("¿Qué requisitos hay?", "Un mes de experiencia en cosecha de frutas."),
        (
            "¿Me pueden despedir?",
            "Solo por causa justificada explicada por escrito. Si falta cinco días seguidos sin "
            "avisar, se considera que abandonó el trabajo.",
        ),
        (
            "¿Y si una helada o un incendio acaba con la cosecha?",
            "Si el trabajo se vuelve imposible, el contrato puede terminar antes con permiso del "
            "Departamento de Trabajo, pero se le paga la garantía hasta ese día y el viaje de "
            "regreso.",
        ),
        (
            "¿Le pago a alguien por este trabajo?",
            "No tendrá que pagar nada a nadie por este empleo. Nadie puede quedarse con su "
            "pasaporte, y puede quejarse sin miedo a represalias.",
        ),
    ]
    for q, a in qa:
        d.h(q)
        d.p(a)
    d.sig("Por el empleador", "Eusebio Tlacuilo Manzano")
    d.traps = [
        "'alimentar la línea de empaque' is a duty",
        "'no se le descontará nada'",
        "free housing",
        "visa reimbursed",
        "'corren por cuenta del empleador'",
        "tools 'sin costo y sin depósito'",
        "'no tendrá que pagar nada'",
        "nobody keeps passport",
    ]
    return d


def h15() -> Doc:
    d = Doc(
        "h15.pdf",
        "h2a",
        "en",
        "job_order",
        "header band; deductions schedule as a gridded 3-column table; small font",
        header="Pamlico Sound Sweet Potato Co.  -  H-2A job order NC-2027-2290",
        footer="NC-2027-2290",
        small=True,
    )
    d.title("JOB ORDER - SWEET POTATO HARVEST AND PACKING (H-2A)")
    d.bullets(
        "Employer: Pamlico Sound Sweet Potato Co., 4410 Swan Quarter Road, Fairfield, NC 27826",
        "Position: sweet potato harvest and grading worker - dig and gather potatoes "
        "behind the digger, fill bins, and grade potatoes on the packing line",
        "Worksites: farm fields and packing house on Swan Quarter Road, Fairfield, "
        "Hyde County, North Carolina",
        "Dates: August 16, 2027 - November 19, 2027",
        "Schedule: 42 hours per week, Monday-Saturday, 7:00 a.m. to 3:00 p.m.",
        "Wage: $16.52 per hour; $0.50 per 5/8-bushel bucket when higher",
        "Paid: weekly, each Friday, with an itemized earnings statement",
        "Guarantee: at least three-fourths of the hours in the contract period are offered or paid",
        "Minimum requirements: able to bend and lift 40 lb all day; no experience needed",
    )
    d.h("Housing, meals, transportation, tools")
    d.p(
        "Free housing is provided at the farm labor camp, 4460 Swan Quarter Road, Fairfield. "
        "Workers may cook for themselves in the camp kitchen without charge. Inbound "
        "transportation and subsistence are reimbursed at 50 percent of the contract; return "
        "transportation is paid at the end. A farm bus takes workers from the camp to the "
        "fields every day free of charge. Hoes, buckets and gloves are provided at no cost."
    )
    d.p("Workers' compensation: see posting.")
    d.h("Schedule of deductions")
    d.fee(
        "housing_charge",
        V,
        25.0,
        "USD",
        "Bedding and mattress deposit $25.00 taken from the first paycheck",
    )
    d.fee(
        "training_cost",
        V,
        40.0,
        "USD",
        "Forklift operator certification course $40.00 deducted in the second week",
    )
    d.table(
        ("Item", "Amount", "When"),
        ("Social Security and Medicare", "As required by law", "Each payday"),
        ("Bedding and mattress deposit", "$25.00", "taken from the first paycheck"),
        ("Forklift operator certification course", "$40.00", "deducted in the second week"),
        ("Optional meal plan", "$15.25 per day, below the DOL maximum", "Weekly"),
    )
    d.h("Leaving the job")
    d.p(
        "A worker absent three consecutive days without notice has abandoned the job, and a "
        "worker may be discharged for cause after a written warning.",
        d.fee(
            "breach_penalty",
            V,
            None,
            None,
            "Workers who leave before the end date forfeit their final week's pay.",
        ),
    )
    d.p(
        "If a hurricane, flood or other act of God makes the work impossible, the contract may "
        "end early with approval of the Department of Labor, with the guarantee paid through "
        "that date and transport home."
    )
    d.sig("Pamlico Sound Sweet Potato Co.", "Worker")
    d.missing = ["wage_adjustment", "workers_compensation"]
    d.traps = [
        "statutory FICA in deductions table",
        "optional meal plan below the DOL cap",
        "free housing",
        "reimbursed inbound travel",
        "tools at no cost",
        "workers' compensation only a heading",
    ]
    return d
