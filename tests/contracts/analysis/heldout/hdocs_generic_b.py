"""More generic-corridor documents of the held-out corpus."""

from __future__ import annotations

from hspec import Doc

V, R = "violation", "review"


def g10() -> Doc:
    d = Doc(
        "g10.pdf",
        "generic",
        "en",
        "domestic_worker_contract",
        "A4; parties grid; clauses split across lines; Indonesian amounts with dots",
        pagesize="A4",
        footer="PT Sinar Cahaya Mandiri - Perjanjian Kerja / Work Agreement",
    )
    d.title("PERJANJIAN KERJA / EMPLOYMENT AGREEMENT FOR A FOREIGN DOMESTIC HELPER")
    d.kv(
        (
            "Employer",
            "Mr. Lau Chi-wing, Flat 12B, Tower 3, Laguna Verde, Hung Hom, Kowloon, Hong Kong",
        ),
        ("Helper", "Siti Nurhaliza Rahayu, of Kendal, Central Java"),
        ("Placement agency", "PT Sinar Cahaya Mandiri, Jl. Raya Bogor Km 27, Jakarta Timur"),
    )
    d.p(
        "1. The Helper shall perform household chores, cooking and care of two school-age "
        "children at the Employer's flat in Hung Hom, Kowloon."
    )
    d.p("2. The contract runs from 3 March 2027 to 2 March 2029.")
    d.p(
        "3. Working hours are from 7:00 a.m. to 8:00 p.m. with a two-hour rest, and one "
        "continuous 24-hour rest day every week."
    )
    d.p("4. Monthly wage: HKD 5,100, paid not later than seven days after the end of each month.")
    d.p(
        "5. Deductions: no deduction shall be made from wages except as allowed by the "
        "Employment Ordinance."
    )
    d.p(
        "6. The Employer shall pay the Helper's visa, insurance and air ticket to Hong Kong, "
        "and her return passage to Semarang when the contract ends."
    )
    d.p(
        "7. Either party may end the contract with one month's notice or one month's wages in lieu."
    )
    d.p(
        "8. Guarantee.",
        d.fee(
            "deposit_or_bond",
            V,
            5000000.0,
            "IDR",
            "Before departure, the Helper's family shall deposit IDR 5.000.000 with the "
            "Agency as a guarantee that she completes the contract.",
        ),
    )
    d.p(
        "9. Loan.",
        d.fee(
            "debt_bondage",
            V,
            18500000.0,
            "IDR",
            "The Agency lends the Helper IDR 18.500.000 before departure, which she repays "
            "by salary deductions of HKD 2,700 per month for the first seven months.",
        ),
    )
    d.p(
        "10. Household property.",
        d.fee(
            "damage_chargeback",
            R,
            None,
            None,
            "The cost of any household appliance broken through the Helper's carelessness "
            "will be deducted from her salary.",
        ),
    )
    d.p(
        "11. Documents.",
        d.fee(
            "document_retention",
            V,
            None,
            None,
            "The Employer will keep the Helper's passport and identity card in the family "
            "safe for the whole period of employment.",
        ),
    )
    d.sig("Lau Chi-wing", "Siti Nurhaliza Rahayu")
    d.recruiters = ["PT Sinar Cahaya Mandiri"]
    d.traps = [
        "employer pays visa, insurance and air ticket",
        "negated deductions",
        "cooking is a duty",
    ]
    return d


def g11() -> Doc:
    d = Doc(
        "g11.pdf",
        "generic",
        "es",
        "whatsapp_flyer",
        "WhatsApp broadcast (fpdf2 chat bubbles, tall page); Spanish without accents",
        engine="fpdf",
        pagesize="tall",
    )
    d.title("Agencia Empleos del Valle HN")
    d.p("Lista de difusion - 212 contactos")
    d.bubble(
        "TRABAJO EN ESPANA!! Se buscan 40 mujeres para cosecha de fresa en Huelva, Espana", "9:14"
    )
    d.bubble("Fechas: del 1 de febrero al 15 de junio de 2027", "9:14")
    d.bubble("Jornada: 6.5 horas diarias, de lunes a sabado", "9:15")
    d.bubble("Pago: 8.50 euros por hora, se paga cada mes", "9:15")
    d.bubble(
        "Vivienda en la finca sin costo. Alimentacion: la finca tiene cocina comunitaria gratis",
        "9:16",
    )
    d.bubble("REQUISITOS Y PAGOS:", "9:20")
    d.bubble(
        d.fee(
            "recruitment_fee", V, 4500.0, "HNL", "Tramite: L 4,500 que se pagan al apartar el cupo"
        ),
        "9:20",
    )
    d.bubble(
        d.fee(
            "medical_cost",
            V,
            1200.0,
            "HNL",
            "Examenes de laboratorio y rayos X: L 1,200, corren por su cuenta",
        ),
        "9:21",
    )
    d.bubble(
        d.fee(
            "visa_cost", V, 120.0, "EUR", "Visado y cita en el consulado: 120 euros que pone usted"
        ),
        "9:21",
    )
    d.bubble(
        d.fee(
            "travel_cost",
            V,
            None,
            None,
            "El boleto de avion lo adelanta la empresa y se descuenta poco a poco del salario",
        ),
        "9:22",
    )
    d.bubble("Interesadas escribir al inbox, cupo limitado!!", "9:25")
    d.missing = [
        "employer_identity",
        "worker_identity",
        "deductions",
        "return_transportation",
        "termination",
    ]
    d.recruiters = ["Agencia Empleos del Valle HN"]
    d.traps = ["free housing", "free kitchen ('alimentacion')"]
    return d


def g12() -> Doc:
    d = Doc(
        "g12.pdf",
        "generic",
        "en",
        "offer_letter",
        "two-column flowing layout; letterhead band; A4",
        pagesize="A4",
        twocol=True,
        header="SEA GRAPE COVE HOTEL LTD.  -  1180 West Bay Road, Grand Cayman",
    )
    d.title("Letter of Offer")
    d.p("9 September 2026")
    d.p("Mr. Kemar Anthony Blackwood, 22 Hope Road, Kingston 6, Jamaica")
    d.p(
        "Dear Mr. Blackwood, Sea Grape Cove Hotel Ltd., 1180 West Bay Road, Grand Cayman, "
        "Cayman Islands (the Hotel) is pleased to offer you employment as follows."
    )
    d.h("Position")
    d.p(
        "Beach attendant and water-sports assistant: set up loungers and umbrellas, rent "
        "kayaks and collect rental fees from customers, and keep the beach clean."
    )
    d.h("Place of work")
    d.p("Sea Grape Cove Hotel, Seven Mile Beach, Grand Cayman.")
    d.h("Term")
    d.p("From 1 December 2026 to 30 November 2027.")
    d.h("Hours")
    d.p("Forty-five hours per week over five days, between 7:00 a.m. and 7:00 p.m.")
    d.h("Remuneration")
    d.p("CI$ 2,150 per month, paid fortnightly by direct deposit.")
    d.h("Deductions")
    d.p(
        "Only pension contributions and health insurance contributions required by Cayman "
        "law, which the Hotel matches. No amount for recruitment shall be deducted from your "
        "pay."
    )
    d.h("Costs")
    d.p(
        "Your work permit fee and medical examination are paid by the Hotel, at no charge to "
        "you. Uniforms are supplied and laundered by the Hotel at no cost. Staff "
        "accommodation is shared and provided free, with utilities included."
    )
    d.h("Travel")
    d.p(
        "The Hotel buys your flight from Kingston and pays your return airfare to Kingston at "
        "the end of the term."
    )
    d.h("Termination")
    d.p(
        "Either party may terminate this contract with two weeks' notice; summary dismissal "
        "applies only to serious misconduct after a disciplinary hearing."
    )
    d.h("Recruitment")
    d.p(
        "Recruitment is handled by Lignum Vitae Careers Ltd., whose fees are paid entirely by "
        "the Hotel. You keep your passport at all times."
    )
    d.p("Yours sincerely, Annette Ebanks, People & Culture Manager")
    d.sig("Annette Ebanks", "Kemar Anthony Blackwood")
    d.recruiters = ["Lignum Vitae Careers Ltd."]
    d.traps = [
        "'collect rental fees from customers' is a duty",
        "statutory pension and health contributions",
        "negated recruitment deduction",
        "permit and medical paid by Hotel",
        "free uniforms",
        "free accommodation",
        "keeps passport",
    ]
    return d


def g13() -> Doc:
    d = Doc(
        "g13.pdf",
        "generic",
        "es",
        "work_contract",
        "SCANNED image-only page (rasterised with noise and skew); single column",
        scanned=True,
    )
    d.title("CONTRATO INDIVIDUAL DE TRABAJO POR TEMPORADA")
    d.p(
        "Celebran este contrato Finca Cafetalera La Esperanza de Soconusco, S.P.R. de R.L., "
        "con domicilio en Carretera Tapachula-Nueva Alemania km 18, Tapachula, Chiapas "
        "(el patrón), y Juan Ixcoy Batz, originario de San Marcos, Guatemala (el "
        "trabajador)."
    )
    d.p(
        "I. Trabajo: corte de café cereza, acarreo de costales al beneficio y limpieza de "
        "cafetales, en la finca La Esperanza, municipio de Tapachula."
    )
    d.p("II. Duración: del 1 de octubre de 2026 al 31 de enero de 2027.")
    d.p("III. Jornada: 8 horas diarias, de lunes a sábado.")
    d.p("IV. Salario: 320 pesos por día, pagados cada sábado.")
    d.p("V. Descuentos: las cuotas del IMSS y lo que señala la ley.")
    d.p("VI. El transporte de Ciudad Hidalgo a la finca corre por cuenta del patrón.")
    d.p(
        "VII. Equipo de trabajo.",
        d.fee(
            "equipment_charge",
            V,
            650.0,
            "MXN",
            "Las botas de hule, el canasto y la capa para lluvia se descontarán del primer "
            "pago, por un total de 650 pesos.",
        ),
    )
    d.p(
        "VIII. Alojamiento.",
        d.fee(
            "housing_charge",
            R,
            150.0,
            "MXN",
            "Por el cuarto en la galera de la finca se cobrarán 150 pesos a la semana.",
        ),
    )
    d.p(
        "IX. Terminación: el patrón solo puede rescindir este contrato por causa justificada "
        "conforme a la Ley Federal del Trabajo."
    )
    d.sig("El patrón", "Juan Ixcoy Batz")
    d.missing = ["return_transportation"]
    d.traps = ["inbound transport 'corre por cuenta del patrón'", "IMSS statutory"]
    return d
