"""Held-out-b documents b04-b05 (Q&A contracts with unusual questions, ES and EN)."""

from __future__ import annotations

from .spec import Doc, F

B04_BUS = "Ese boleto, de $210, se le descontará en partes iguales de sus tres primeros cheques."
B04_DAMAGE = (
    "Si una carretilla o unas tijeras se dañan porque usted no siguió las "
    "instrucciones, el valor de la reparación se le cobrará en su siguiente cheque."
)
B04_OUT = (
    "Los domingos sí, con permiso del mayordomo y regresando antes de las 6 de la tarde; "
    "entre semana nadie sale del campamento después del trabajo."
)

B04 = Doc(
    "b04.pdf",
    "h2a",
    "es",
    "work_contract",
    "plain-language Q&A, shaded question bars, indented answers (fpdf2)",
    "fpdf",
    [
        ("title", "LO QUE DEBE SABER ANTES DE FIRMAR - CONTRATO DE TEMPORADA H-2A"),
        ("p", "Trabajadora: Rosalba Quintero Mancilla. Orden de trabajo H-2A 2026-CA-1187."),
        (
            "qa",
            "¿Con quién voy a trabajar?",
            "Con Dos Ríos Berry Farms LLC, 2250 Hollow Creek Road, Watsonville, CA 95076.",
        ),
        (
            "qa",
            "¿Qué voy a hacer allá?",
            "Cosecha de fresa y zarzamora a mano, llenado de charolas, deshierbe y acomodo de cajas "
            "en la cámara fría.",
        ),
        (
            "qa",
            "¿En dónde?",
            "En los ranchos de la empresa en Watsonville y en Royal Oaks, condado de Monterey, "
            "California.",
        ),
        ("qa", "¿Por cuánto tiempo?", "Desde el 15 de marzo hasta el 15 de octubre de 2026."),
        (
            "qa",
            "¿Cuántas horas son?",
            "Entre 35 y 48 horas por semana, normalmente de 6:00 a 14:30, de lunes a sábado.",
        ),
        (
            "qa",
            "¿Cuánto voy a ganar?",
            "$19.97 la hora, o $2.25 por charola de fresa si eso le da más. Si sube el salario mínimo "
            "o la tarifa AEWR durante la temporada, a usted se le paga la tarifa más alta.",
        ),
        (
            "qa",
            "¿Cada cuándo me pagan?",
            "Cada semana, los jueves. Con cada pago recibe un talón con sus horas, charolas, tarifa y "
            "descuentos.",
        ),
        (
            "qa",
            "¿Qué me pueden descontar?",
            "Impuestos si usted los pide, y lo que se explica más abajo sobre el boleto de ida y las "
            "herramientas dañadas.",
        ),
        (
            "qa",
            "¿Dónde voy a vivir?",
            "En el campamento de la empresa en 2300 Hollow Creek Road, sin pagar renta. Hay cocina con "
            "estufas y refrigeradores que puede usar sin costo.",
        ),
        ("qa", "¿Cómo llego al campo cada día?", "En los autobuses de la empresa, gratis."),
        (
            "qa",
            "¿Quién paga el viaje de ida?",
            "La empresa compra el boleto de autobús de Guadalajara a Watsonville. " + B04_BUS,
        ),
        (
            "qa",
            "¿Y el regreso?",
            "Si termina la temporada, la empresa le paga el boleto de regreso a Guadalajara.",
        ),
        (
            "qa",
            "¿Voy a deber algo si me regreso antes de tiempo?",
            "Solo lo que falte por descontar del boleto de ida. No hay multa por irse antes y nadie le "
            "va a cobrar por dejar el trabajo.",
        ),
        (
            "qa",
            "¿Tengo que llevar mis herramientas?",
            "No. Tijeras, charolas, guantes y carretillas se los damos sin costo.",
        ),
        ("qa", "¿Y si se me rompe una herramienta?", B04_DAMAGE),
        (
            "qa",
            "¿Qué pasa si me enfermo?",
            "Si se enferma o se lastima trabajando, el seguro de compensación para trabajadores paga "
            "al doctor y parte de su sueldo. Si la enfermedad no viene del trabajo, puede ir a la "
            "clínica comunitaria de Watsonville, que es gratuita.",
        ),
        ("qa", "¿Puedo salir del campamento?", B04_OUT),
        ("qa", "¿Quién guarda mis papeles?", "Usted. Su pasaporte y su visa son suyos."),
        (
            "qa",
            "¿Cuánto trabajo me aseguran?",
            "Le ofrecemos trabajo por al menos tres cuartas partes de los días de la temporada; si no, "
            "le pagamos la diferencia.",
        ),
        (
            "qa",
            "¿Qué necesito para que me contraten?",
            "Haber cosechado fruta al menos una temporada y poder cargar 40 libras.",
        ),
        (
            "qa",
            "¿Me pueden correr?",
            "Solo por una causa justificada, como faltar cinco días seguidos sin avisar o pelear en el "
            "trabajo.",
        ),
    ],
    fees=[
        F("travel_cost", B04_BUS, 210.0, "USD"),
        F("damage_chargeback", B04_DAMAGE, None, None, "review"),
        F("movement_restriction", B04_OUT),
    ],
    missing_terms=["inbound_transportation", "contract_impossibility"],
    traps=[
        "'No hay multa por irse antes' (negated penalty)",
        "'sin pagar renta'",
        "free kitchen 'sin costo'",
        "free buses",
        "free clinic",
        "worker keeps passport",
        "tools 'sin costo'",
    ],
)

B05 = Doc(
    "b05.pdf",
    "h2b",
    "en",
    "work_contract",
    "plain-language Q&A with unusual questions (fpdf2), fully compliant",
    "fpdf",
    [
        ("title", "YOUR SUMMER AT ELK MEADOW LODGE - QUESTIONS AND ANSWERS (H-2B)"),
        ("p", "Worker: Marisol Tapia Herrera. Job order H-400-26077-774120."),
        (
            "qa",
            "Who hires me and where do I report?",
            "Elk Meadow Lodge LLC, 1450 Teton Pass Highway, Wilson, WY 83014. Report to the staff "
            "office at the lodge.",
        ),
        (
            "qa",
            "What will my days look like?",
            "Housekeeper: clean guest rooms and cabins, change linens, restock supplies and launder "
            "towels. You will also help feed the lodge's sled dogs in the morning.",
        ),
        (
            "qa",
            "When is my first day and my last day?",
            "First day 05/15/2026; last day 09/30/2026.",
        ),
        (
            "qa",
            "How long is a shift?",
            "8 hours, 5 days a week (40 hrs/wk), usually 7:30 a.m. to 4:00 p.m. with a 30-minute "
            "unpaid lunch.",
        ),
        (
            "qa",
            "What is the pay?",
            "$17.25 per hour. Hours over 40 in a week are paid at $25.88 per hour. If the Department "
            "of Labor publishes a higher prevailing wage during the season, we pay it from the day it "
            "takes effect.",
        ),
        (
            "qa",
            "How often is payday?",
            "Every two weeks, on Friday, by direct deposit or paper check. Each payday you get a "
            "statement with hours offered, hours worked, rate and every deduction.",
        ),
        (
            "qa",
            "What comes out of my check?",
            "Federal income tax, Social Security and Medicare. Nothing else unless you ask for it in "
            "writing.",
        ),
        (
            "qa",
            "Where do I sleep?",
            "In the Aspen Bunkhouse next to the lodge, free of charge; nothing is deducted for rent or "
            "utilities.",
        ),
        (
            "qa",
            "Will I owe anything if I leave early?",
            "No. The worker will not bear any penalty, fee or charge for leaving early. You only lose "
            "the trip home, which we pay for everyone who finishes the season or is let go without "
            "cause.",
        ),
        (
            "qa",
            "Will I owe anything if I break something?",
            "No. Broken dishes, vacuum cleaners or torn linens are never charged to you.",
        ),
        (
            "qa",
            "Who pays for my visa and my trip here?",
            "We do. Your visa fee and the border-crossing fee are refunded in full in your first "
            "paycheck, and your bus or plane ticket from home, plus meals on the way, will be "
            "refunded in full in your first workweek.",
        ),
        (
            "qa",
            "Do I pay the recruiter?",
            "No. Mountain Path Recruiting, S.C. is paid by Elk Meadow Lodge and its service is free of "
            "charge for you. If anyone asks you for money, call us at (307) 555-0142.",
        ),
        (
            "qa",
            "Do I need to buy a uniform or supplies?",
            "No. Uniforms, cleaning supplies, carts and gloves are provided at no cost, and there is "
            "no deposit.",
        ),
        (
            "qa",
            "Is there a minimum number of hours?",
            "Yes. In each 12-week period we guarantee hours equal to three-fourths of the workdays. If "
            "we fall short, we pay the difference.",
        ),
        (
            "qa",
            "What do I need to qualify?",
            "Three months of hotel housekeeping experience. Basic English helps but is not required.",
        ),
        (
            "qa",
            "Can I be let go?",
            "Only for cause, such as theft or repeated no-shows. If you miss 5 workdays in a row "
            "without telling us, we treat it as abandonment and must report it to the government.",
        ),
        (
            "qa",
            "What if the lodge closes because of a wildfire?",
            "If a fire, flood or other event outside our control makes the work impossible, we may "
            "end the contract early with the Department of Labor's approval; we then pay your "
            "guaranteed hours to that date and your trip home.",
        ),
        ("qa", "Who keeps my passport?", "You do. We never hold passports or IDs."),
        ("qa", "Can I go into town?", "Yes, whenever you are not working. There is no curfew."),
    ],
    recruiters=["Mountain Path Recruiting, S.C."],
    traps=[
        "'feed the sled dogs' (duty)",
        "housing 'free of charge'",
        "'will not bear any penalty, fee or charge'",
        "breakage never charged",
        "visa/travel 'refunded in full'",
        "recruiter 'free of charge'",
        "no deposit",
        "report abandonment (lawful)",
        "no curfew",
        "keeps passport",
    ],
)
