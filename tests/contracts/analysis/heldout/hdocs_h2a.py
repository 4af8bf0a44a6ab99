"""H-2A documents of the held-out corpus (every sentence written for this corpus)."""

from __future__ import annotations

from hspec import Doc

V, R = "violation", "review"


def h01() -> Doc:
    d = Doc(
        "h01.pdf",
        "h2a",
        "en",
        "job_order",
        "header band and page footer; key-value grid; orchard table; 3 pages",
        header="Altamaha Ridge Peach Company LLC  -  Clearance Order GA-2027-0412",
        footer="Altamaha Ridge Peach Company LLC clearance order",
    )
    d.title("H-2A CLEARANCE ORDER: TERMS AND CONDITIONS OF EMPLOYMENT")
    d.kv(
        (
            "Employer",
            "Altamaha Ridge Peach Company LLC, 415 Orchard Spur Road, Fort Valley, GA 31030",
        ),
        ("Contact", "Wendell Braswell, Farm Manager, (478) 555-0162"),
        ("Job title", "Farmworker, tree fruit (SOC 45-2092.02)"),
        ("Workers needed", "36"),
        ("Period of employment", "May 10, 2027 to August 20, 2027"),
    )
    d.h("Duties")
    d.p(
        "Hand-pick peaches into picking buckets and empty them gently into field bins; thin "
        "and prune trees; mow row middles; in the packing shed, feed fruit onto the grading "
        "belt and stack filled boxes on pallets. Coffee and cold water are available at the "
        "shed at no cost."
    )
    d.h("Worksites")
    d.table(
        ("Orchard", "Address"),
        ("Home block", "415 Orchard Spur Road, Fort Valley, GA 31030"),
        ("Marshallville block", "2260 Camp Creek Road, Marshallville, GA 31057"),
        ("Packing shed", "430 Orchard Spur Road, Fort Valley, GA 31030"),
    )
    d.h("Hours and pay")
    d.p(
        "The normal workweek is 40 hours, Monday through Saturday, generally from 7:00 a.m. to "
        "2:30 p.m.; actual hours vary with weather and the crop."
    )
    d.p(
        "Workers earn $16.08 per hour, or $1.10 per half-bushel bucket when the piece rate "
        "yields more for the week."
    )
    d.p(
        "If the Adverse Effect Wage Rate, the prevailing wage or a federal or state minimum "
        "wage goes up during the contract, the higher rate is paid from the date it takes "
        "effect."
    )
    d.p("Wages are paid every Friday by check.")
    d.p(
        "The employer will make only these deductions: income tax and FICA where the law "
        "requires them, court-ordered child support, and items a worker voluntarily "
        "authorizes in writing. Housing, transportation and tools shall not be deducted from "
        "pay."
    )
    d.p(
        "On or before each payday every worker receives a written statement of hours offered, "
        "hours worked, buckets picked, rates, total earnings and each deduction."
    )
    d.p(
        "The employer guarantees employment for a total number of hours equal to at least "
        "three-fourths of the workdays of the contract period; if less is offered, the "
        "worker is paid the difference."
    )
    d.pagebreak()
    d.h("Housing, meals and transportation")
    d.p(
        "Housing is provided at no cost to workers who cannot reasonably return to their "
        "homes each day, at 88 Bunkhouse Lane, Fort Valley, GA 31030; it meets federal and "
        "state standards."
    )
    d.p(
        "The employer offers three meals a day for $15.58 per day, which does not exceed the "
        "maximum meal charge published by the Department of Labor; workers who prefer to "
        "cook may use the housing kitchen free of charge."
    )
    d.p(
        "Workers who complete 50 percent of the contract period are reimbursed the reasonable "
        "cost of transportation and daily subsistence from the place of recruitment to the "
        "worksite; the employer advances these costs in the first workweek where needed to "
        "meet the minimum wage."
    )
    d.p(
        "Workers who finish the contract, or are dismissed early without cause, are provided "
        "or paid return transportation and subsistence to the place from which they came."
    )
    d.p(
        "Transportation between the housing and the orchards is provided each workday at no "
        "charge to you."
    )
    d.h("Tools, insurance and requirements")
    d.p(
        "All tools, ladders, buckets and equipment required for the work are furnished free "
        "of charge, and no deposit is required."
    )
    d.p(
        "The employer carries workers' compensation insurance through Peachtree Agricultural "
        "Mutual, policy PAM-4471-WC."
    )
    d.p(
        "Applicants need three months of experience hand-harvesting tree fruit and must be "
        "able to climb orchard ladders and lift 50 pounds."
    )
    d.h("Ending the contract")
    d.p(
        "A worker absent for five consecutive working days without the employer's consent is "
        "considered to have abandoned employment. A worker may be dismissed for cause, such "
        "as refusal to work or repeated safety violations, after a written warning."
    )
    d.p(
        "If fire, flood, hail, drought or another act of God makes fulfilment of the contract "
        "impossible, the employer may end it with the approval of the Department of Labor "
        "and will pay the three-fourths guarantee up to that date and return transportation."
    )
    d.pagebreak()
    d.h("Worker protections")
    d.p(
        "Neither the employer nor its Mexican agent, Cosecha Justa Servicios Laborales, S.C., "
        "charges workers any fee for recruitment; the employer pays the agent's service fee."
    )
    d.p("Workers keep their own passports and identification at all times.")
    d.p(
        "The employer will not blacklist, threaten or discharge anyone for filing a complaint "
        "or talking to a lawyer."
    )
    d.p("Residents may leave the housing freely during off hours and may receive visitors.")
    d.sig("Wendell Braswell, for the employer", "Worker")
    d.recruiters = ["Cosecha Justa Servicios Laborales, S.C."]
    d.traps = [
        "'feed fruit onto the grading belt' is a duty",
        "free coffee",
        "'shall not be deducted' negation",
        "free housing (h2a)",
        "meal plan below the DOL cap",
        "inbound travel reimbursed",
        "daily transport at no charge to you",
        "tools free, no deposit",
        "recruiter paid by employer",
        "workers keep passports",
        "negated blacklisting",
        "free to leave housing",
    ]
    return d


def h02() -> Doc:
    d = Doc(
        "h02.pdf",
        "h2a",
        "en",
        "job_order",
        "two-column flowing layout over the whole document; page footer",
        twocol=True,
        footer="Snake River Bend Potato Growers - job order ID-27-118",
    )
    d.title("JOB ORDER: POTATO HARVEST CREW, H-2A")
    d.h("Employer")
    d.p("Snake River Bend Potato Growers Inc., 2710 East 400 North, Rigby, ID 83442.")
    d.h("The job")
    d.p(
        "Harvest crew member: ride the harvester and pull vines, clods and rocks off the "
        "conveyor, feed potatoes into the piler at the storage cellar, and clean sorting "
        "tables. Fields are in Jefferson and Madison counties, Idaho, and the cellars are at "
        "2710 East 400 North, Rigby."
    )
    d.p("Employment runs from August 30, 2027 through November 5, 2027.")
    d.p("Crews work 10 hours a day, Monday through Saturday, starting at 6:00 a.m.")
    d.p(
        "The hourly wage is $17.05. Workers always receive the highest of the AEWR, the "
        "prevailing rate or the applicable minimum wage, including any increase published "
        "during the season."
    )
    d.p("Paychecks are issued weekly on Thursday.")
    d.p(
        "Deductions: federal and Idaho income tax if requested, FICA where applicable, and "
        "the housing and meal amounts below."
    )
    d.p(
        "The three-fourths guarantee applies: the employer offers at least 75 percent of the "
        "hours in the contract period or pays for the shortfall."
    )
    d.p("Requirements: one season of experience on a potato or beet harvester.")
    d.h("Housing and meals")
    d.p(
        "Workers are housed in the company camp at 2650 East 400 North, Rigby.",
        d.fee(
            "housing_charge",
            V,
            60.0,
            "USD",
            "A lodging and utilities charge of $60 per week shall be withheld from each "
            "worker's wages while he occupies company housing.",
        ),
    )
    d.p(
        "Meals are served in the cookhouse.",
        d.fee(
            "meal_charge",
            R,
            17.5,
            "USD",
            "For the meals, $17.50 per day is deducted whether or not the worker eats.",
        ),
    )
    d.h("Travel")
    d.p(
        "The employer reimburses the bus fare and daily subsistence from the consulate in "
        "Monterrey to Rigby once the worker has completed half of the contract period."
    )
    d.p("Workers who complete the season receive a paid bus ticket and subsistence home.")
    d.p("Transportation to fields: see crew leader.")
    d.h("Other terms")
    d.p("Gloves, knives and rain gear are supplied without charge.")
    d.p("Workers' compensation coverage is provided through the Idaho State Insurance Fund.")
    d.p(
        "A worker who misses four consecutive workdays without notice is treated as having "
        "abandoned the job; workers may be dismissed for cause such as fighting or theft."
    )
    d.p(
        "Should a freeze, flood or equipment fire make the work impossible to complete, the "
        "employer may terminate the contract early with Department of Labor approval and "
        "will honour the guarantee to that date and the trip home."
    )
    d.h("Office rules")
    d.p(
        d.fee(
            "document_retention",
            V,
            None,
            None,
            "For safekeeping, the passports and visas of all H-2A workers are held in the "
            "farm office from arrival until departure.",
        )
    )
    d.p(
        d.fee(
            "wage_withholding",
            V,
            None,
            None,
            "Fifteen percent of gross wages is held back each pay period and paid out as a "
            "completion bonus only to workers who stay until the final day of harvest.",
        )
    )
    d.sig("Employer representative", "Worker")
    d.missing = ["daily_transportation", "earnings_statements"]
    d.traps = [
        "'feed potatoes into the piler' is a duty",
        "inbound bus reimbursed",
        "tools without charge",
        "daily transport only a heading ('see crew leader')",
    ]
    return d


def h03() -> Doc:
    d = Doc(
        "h03.pdf",
        "h2a",
        "es",
        "recruiter_agreement",
        "Spanish without accents; single column; gridded terms table; legal size",
        pagesize="legal",
    )
    d.title("CONTRATO DE SERVICIOS DE RECLUTAMIENTO PARA TRABAJO AGRICOLA TEMPORAL H-2A")
    d.p(
        "En la ciudad de Huehuetenango, Guatemala, el dia 20 de febrero de 2027, comparecen "
        "por una parte Agencia Laboral Los Cuchumatanes, S.A., representada por el senor "
        "Efrain Alvarado Mazariegos, a quien en adelante se le llamara LA AGENCIA, y por la "
        "otra el senor Cruz Pascual Domingo Mateo, a quien se le llamara EL TRABAJADOR."
    )
    d.h("PRIMERA. Del trabajo ofrecido")
    d.p(
        "LA AGENCIA recluta trabajadores por cuenta de Blue Ridge Leaf Tobacco Farms LLC, "
        "1190 Sandy Ridge Road, Wilson, North Carolina 27893, Estados Unidos, en las "
        "condiciones siguientes:"
    )
    d.kv(
        (
            "Puesto",
            "Trabajador agricola: trasplante, deshije y corte de tabaco, y colgado de "
            "hojas en los graneros",
        ),
        ("Lugar", "Campos del empleador en el condado de Wilson, Carolina del Norte"),
        ("Periodo", "Del 1 de abril al 15 de octubre de 2027"),
        ("Horario", "Segun la temporada"),
        ("Salario", "16.19 dolares por hora"),
        ("Pago", "Cada semana, los viernes"),
        ("Descuentos", "Solo los impuestos que exige la ley"),
        ("Vivienda", "Gratuita, en el campamento del empleador"),
        (
            "Viaje de ida",
            "El transporte de ida desde Huehuetenango hasta Wilson corre por cuenta del empleador.",
        ),
        ("Viaje de regreso", "El empleador paga el boleto de regreso al terminar el contrato."),
        ("Herramientas", "No tendra que pagar nada por las herramientas."),
        ("Requisitos", "Una temporada de experiencia en tabaco u hortalizas"),
    )
    d.h("SEGUNDA. De los pagos a LA AGENCIA")
    d.p(
        d.fee(
            "recruitment_fee",
            V,
            3750.0,
            "GTQ",
            "EL TRABAJADOR pagara a LA AGENCIA una cuota de colocacion de Q 3,750.00 al "
            "firmar este contrato.",
        ),
        d.fee(
            "visa_cost",
            V,
            190.0,
            "USD",
            "Los derechos consulares de la visa, USD 190, corren por cuenta del trabajador "
            "y no le seran devueltos.",
        ),
    )
    d.h("TERCERA. De las garantias")
    d.p(
        d.fee(
            "deposit_or_bond",
            V,
            None,
            None,
            "Como garantia de cumplimiento, EL TRABAJADOR firmara un pagare en blanco a "
            "favor de LA AGENCIA.",
        ),
        d.fee(
            "breach_penalty",
            V,
            5000.0,
            "GTQ",
            "Si EL TRABAJADOR abandona el empleo antes de que termine la temporada, debera "
            "pagar a LA AGENCIA una multa de Q 5,000.00.",
        ),
    )
    d.h("CUARTA. Jurisdiccion")
    d.p(
        "Para la interpretacion de este contrato las partes se someten a los tribunales de "
        "Huehuetenango."
    )
    d.sig("Efrain Alvarado Mazariegos, LA AGENCIA", "Cruz Pascual Domingo Mateo")
    d.missing = [
        "hours_of_work",
        "wage_adjustment",
        "three_fourths_guarantee",
        "meals",
        "daily_transportation",
        "workers_compensation",
        "earnings_statements",
        "termination",
        "contract_impossibility",
    ]
    d.recruiters = ["Agencia Laboral Los Cuchumatanes, S.A."]
    d.traps = [
        "'corre por cuenta del empleador' (inbound travel)",
        "free housing",
        "'no tendra que pagar nada' tools",
        "hours only 'segun la temporada'",
    ]
    return d
