"""Documents o01-o06 of the heldout_o batch and their labels."""

from olib import Doc


def fee(category, severity, page, amount, currency, quote, group=None):
    f = {
        "category": category,
        "severity": severity,
        "page": page,
        "amount": amount,
        "currency": currency,
        "quote": quote,
    }
    if group is not None:
        f["group"] = group
    return f


# ---------------------------------------------------------------------------------- o01
def o01(path):
    d = Doc(
        header_text="Hollister Creek Orchards, Inc. | H-2A Seasonal Employment Contract | Job Order WA-26-H2A-1187",
        footer_text="Page {p} of {nb}          Worker's initials: ________",
        family="serif",
    )
    d.body = 9.5
    d.add_page()
    d.ttl("SEASONAL AGRICULTURAL EMPLOYMENT CONTRACT", size=14)
    d.ttl("(H-2A Temporary Agricultural Worker)", size=10, style="I", space=3)
    d.para(
        "This Contract is made on 15 June 2026 between HOLLISTER CREEK ORCHARDS, INC., a Washington "
        "corporation whose principal office is at 4410 Bench Road, Wenatchee, Washington 98801, "
        'United States (the "Employer"), and EUSEBIO TAPIA MALDONADO, born 3 March 1991, of '
        'San Felipe, Guanajuato, Mexico (the "Worker"). It restates the terms of the clearance '
        "order certified by the U.S. Department of Labor and prevails over any other writing."
    )
    d.heading("ARTICLE 1. DEFINITIONS")
    d.para("In this Contract the following words have the meanings given here:", space=1)
    d.bullets(
        [
            '"Season" means the period stated in Article 4.',
            '"Workday" means any day from Monday to Friday within the Season that is not a federal holiday.',
            '"Housing" means the Employer\'s bunkhouse at 3300 Bench Road, Wenatchee, described in Article 10.',
            '"Recruiter" means Cosecha Justa Recruiting Services, LLC, of Celaya, Guanajuato, which '
            "interviews and selects workers for the Employer under a written agreement.",
            '"AEWR" means the Adverse Effect Wage Rate published by the Department of Labor for Washington.',
        ],
        size=9,
    )
    d.heading("ARTICLE 2. POSITION AND DUTIES")
    d.clause(
        "2.1",
        "The Worker is hired as an Orchard Worker. Duties: hand-harvest apples and pears from "
        "ladders, place the picked fruit in the picking bag and deposit the harvested fruit in bins "
        "without bruising it; thin fruitlets; summer-prune and tie limbs; move ladders and props; "
        "clean the rows of fallen fruit.",
    )
    d.clause(
        "2.2",
        "Minimum requirements: three (3) months of experience harvesting tree fruit, ability to "
        "climb and work from a 12-foot orchard ladder, and ability to carry a full picking bag of "
        "about 40 pounds.",
    )
    d.heading("ARTICLE 3. PLACE OF WORK")
    d.para(
        "The Employer's orchards at Orondo and Malaga in Chelan and Douglas Counties, Washington. "
        "The Worker will not be sent to any other employer."
    )
    d.heading("ARTICLE 4. PERIOD OF EMPLOYMENT")
    d.para(
        "The Season begins on 1 August 2026 and ends on 15 November 2026. The Worker should "
        "arrive at the Housing no later than 31 July 2026."
    )
    d.heading("ARTICLE 5. HOURS OF WORK")
    d.para(
        "Forty (40) hours per week, Monday to Friday, from 7:00 a.m. to 3:30 p.m. with a thirty-"
        "minute unpaid lunch break and two paid ten-minute rest breaks. Saturday work during "
        "peak harvest is voluntary."
    )
    d.heading("ARTICLE 6. WAGES")
    d.clause(
        "6.1",
        "The Worker is paid $19.82 per hour. During harvest the Worker is paid $32.00 per full "
        "bin when the piece earnings for the week are higher than the hourly earnings; the "
        "Employer always pays the higher of the two.",
    )
    d.clause(
        "6.2",
        "The Employer pays at least the highest of the AEWR, the prevailing wage, the agreed "
        "collective bargaining rate and the federal or state minimum wage. If a higher AEWR or "
        "minimum wage takes effect during the Season, the Employer pays the higher rate from the "
        "date it takes effect.",
    )
    d.heading("ARTICLE 7. PAYDAY AND EARNINGS STATEMENTS")
    d.para(
        "Wages are paid weekly, every Friday, by check or direct deposit. With each payment the "
        "Worker receives a written statement showing the hours offered, the hours actually "
        "worked, the hourly and piece rates, the number of bins, total earnings, every "
        "deduction and its reason, and the Employer's name, address and FEIN."
    )
    d.heading("ARTICLE 8. DEDUCTIONS")
    d.para(
        "Only the deductions listed in Annex A may be made. No deduction may reduce pay below the "
        "wage required by law."
    )
    d.heading("ARTICLE 9. THREE-FOURTHS GUARANTEE")
    d.para(
        "The Employer guarantees to offer the Worker employment for a total number of work hours "
        "equal to at least three-fourths (3/4) of the Workdays of the Season. If less is offered, "
        "the Employer pays the Worker the amount he would have earned for the guaranteed hours."
    )
    d.heading("ARTICLE 10. HOUSING")
    d.para(
        "The Employer provides the Housing free of charge for the whole Season. It is inspected "
        "and approved by the Washington State Department of Health. No deposit is taken for "
        "beds, blankets, keys or other housing items, and ordinary wear and tear is never "
        "charged to the Worker. Residents may come and go freely and receive visitors."
    )
    d.heading("ARTICLE 11. MEALS")
    d.para(
        "The Housing has a fully equipped kitchen that the Worker may use without charge. As an "
        "alternative, the Worker may sign up for three daily meals from the Employer's "
        "cookhouse at $14.75 per day, which is below the maximum meal charge published by the "
        "Department of Labor; the Worker may cancel the meal plan at any time."
    )
    d.heading("ARTICLE 12. TRANSPORTATION")
    d.clause(
        "12.1",
        "Inbound. The Employer buys the Worker's bus ticket from Celaya, Guanajuato, to "
        "Wenatchee and pays $17.00 per day of travel for meals on the way. Any travel or "
        "subsistence cost the Worker paid himself is reimbursed in the first workweek.",
    )
    d.clause(
        "12.2",
        "Return. If the Worker completes the Season, or is released early without cause, the "
        "Employer pays his bus ticket and daily subsistence back to Celaya.",
    )
    d.clause(
        "12.3",
        "Daily. The Employer carries the Worker free of charge each Workday between the Housing "
        "and the orchards in its licensed and insured vans.",
    )
    d.heading("ARTICLE 13. TOOLS AND EQUIPMENT")
    d.para(
        "Ladders, picking bags, pruning shears, gloves, rain gear and safety glasses are supplied "
        "by the Employer without charge and without any deposit."
    )
    d.heading("ARTICLE 14. WORKERS' COMPENSATION")
    d.para(
        "The Worker is covered by industrial insurance through the Washington State Department "
        "of Labor and Industries (employer account 641-883-02) for injury or illness arising from "
        "the work, at no cost to the Worker."
    )
    d.heading("ARTICLE 15. ABANDONMENT AND TERMINATION")
    d.clause(
        "15.1",
        "If the Worker fails to report for work for five (5) consecutive Workdays without the "
        "Employer's consent, he is deemed to have abandoned the job; the Employer will notify the "
        "Department of Labor and the Department of Homeland Security within two business days.",
    )
    d.clause(
        "15.2",
        "The Employer may dismiss the Worker for cause (such as violence, theft or repeated "
        "refusal to work) after a written warning that states the reason. A worker who abandons "
        "the job or is dismissed for cause loses the three-fourths guarantee and the return "
        "transportation.",
    )
    d.heading("ARTICLE 16. IMPOSSIBILITY OF PERFORMANCE")
    d.para(
        "If fire, hail, flood, freeze or another act of God makes the work impossible, the "
        "Employer may end this Contract after the Department of Labor agrees. The Worker then "
        "receives the three-fourths guarantee up to that date, the return transportation and "
        "reasonable help to find other H-2A work."
    )
    d.heading("ARTICLE 17. FEES, DOCUMENTS AND COMPLAINTS")
    d.clause(
        "17.1",
        "No recruitment fee will be charged to the Worker by the Employer, the Recruiter or "
        "anyone acting for them. The Employer pays the Recruiter's full fee and all visa "
        "fees, and the Recruiter is forbidden by contract to ask workers for money.",
    )
    d.clause(
        "17.2",
        "The Worker keeps his own passport, visa and identity papers at all times.",
    )
    d.clause(
        "17.3",
        "The Worker may complain to the Employer, the Department of Labor or any lawyer or "
        "worker organisation. No worker is placed on any do-not-hire list or reported to any "
        "authority for making a complaint.",
    )
    d.ln(2)
    d.heading("ANNEX A. PERMITTED DEDUCTIONS")
    d.tab(
        [
            ["Item", "When deducted", "Amount"],
            [
                "Federal income tax",
                "Only if the Worker asks in writing (Form W-4)",
                "Per IRS tables",
            ],
            ["Social Security and Medicare", "Never: H-2A wages are exempt from FICA", "$0.00"],
            ["Cookhouse meals (optional)", "Only days the Worker signs up", "$14.75 per day"],
            ["Advance on wages", "Only if the Worker asks for one in writing", "Amount advanced"],
            ["Housing, transport, tools", "Never deducted", "$0.00"],
        ],
        widths=(34, 50, 24),
        size=8.5,
    )
    d.heading("ANNEX B. WHO PAYS THE COSTS OF COMING TO WORK")
    d.tab(
        [
            ["Cost", "Paid by"],
            ["Recruiter's service fee", "Employer"],
            ["Visa application (MRV) fee", "Employer, paid in advance"],
            ["Border crossing and I-94", "Employer"],
            ["Bus Celaya - Wenatchee and meals on the road", "Employer"],
            ["Return bus at end of Season", "Employer"],
        ],
        widths=(60, 40),
        size=8.5,
    )
    d.signatures(
        "For the Employer: Margaret L. Oyelaran, General Manager",
        "The Worker: Eusebio Tapia Maldonado",
    )
    d.output(str(path))


L01 = {
    "file": "o01.pdf",
    "program": "h2a",
    "language": "en",
    "scanned": False,
    "pages": 3,
    "fees": [],
    "missing_terms": [],
    "recruiters": ["Cosecha Justa Recruiting Services, LLC"],
    "traps": [
        "'deposit the harvested fruit in bins' is a job duty",
        "lawful h2a meal charge $14.75/day, optional (below the $17 cap)",
        "no deposit for bedding; ordinary wear and tear never charged (negated damage chargeback)",
        "employer pays recruiter fee and all visa fees; no recruitment fee",
        "Annex A deductions table: FICA never deducted, housing/transport/tools never deducted",
        "worker-requested wage advance listed as a deduction (not debt bondage)",
        "loss of guarantee/return transport on abandonment (lawful H-2A rule, not a penalty)",
        "free housing, free kitchen, free daily transport, free tools",
        "no do-not-hire list for complaints; worker keeps passport",
    ],
    "doc_type": "work_contract",
    "layout": "formal numbered articles with definitions; repeated header and footer; two gridded annex tables",
}


# ---------------------------------------------------------------------------------- o02
O02_FEE_EN = "A recruitment processing fee of USD 425.00 is deducted in two equal instalments from the first two paychecks."
O02_FEE_ES = "Se descuenta una cuota de trámite de reclutamiento de 425.00 dólares en dos pagos iguales de los dos primeros cheques."
O02_EQ_EN = (
    "Each worker leaves a deposit of $60 for two uniform shirts and a pair of safety glasses."
)
O02_EQ_ES = "Cada trabajador deja un depósito de $60 por dos camisas de uniforme y un par de lentes de seguridad."
O02_BL_EN = "Any worker who files a complaint with the Department of Labor or speaks to a lawyer about this agreement will be placed on the company's do-not-rehire list."
O02_BL_ES = "Cualquier trabajador que presente una queja ante el Departamento de Trabajo o hable con un abogado sobre este acuerdo quedará en la lista de no recontratación de la empresa."


def o02(path):
    d = Doc(
        header_text="Bluestem Grounds & Turf Management, LLC | H-2B 2026 | Employment Agreement / Contrato de trabajo",
        footer_text="{p} / {nb}",
        family="sans",
    )
    d.body = 9
    d.add_page()
    d.ttl("EMPLOYMENT AGREEMENT  |  CONTRATO DE TRABAJO", size=13)
    d.ttl(
        "H-2B temporary non-agricultural work  |  Trabajo temporal no agrícola H-2B",
        size=9,
        style="I",
        space=3,
    )
    d.tab(
        [
            ["Party / Parte", "Name and address / Nombre y domicilio"],
            [
                "Employer / Empleador",
                "Bluestem Grounds & Turf Management, LLC, 2207 Kessler Avenue, San Antonio, Texas 78213, USA",
            ],
            [
                "Worker / Trabajador",
                "Rogelio Antonio Cisneros Vela, Ciudad Madero, Tamaulipas, México",
            ],
            [
                "Recruiter / Reclutador",
                "Enlace Laboral del Golfo, S.C., Calle Aduana 310, Tampico, Tamaulipas",
            ],
        ],
        widths=(32, 120),
        size=8.5,
    )
    en = [
        "1. POSITION. The Employer hires the Worker as a Landscape Laborer. Duties: mow, edge and "
        "trim lawns; prune hedges; plant trees, shrubs and flowers; spread mulch and stone; lay "
        "sod; install and repair drip irrigation lines; load and unload trailers.",
        "2. REQUIREMENTS. No previous experience is required. The Worker must be able to lift 50 "
        "pounds and to work outdoors in hot weather.",
        "3. WORKSITES. Commercial and residential properties maintained by the Employer in Bexar "
        "and Comal Counties, Texas.",
        "4. PERIOD. From 15 March 2026 to 15 December 2026.",
        "5. HOURS. Forty (40) hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m., with a "
        "thirty-minute meal break.",
        "6. WAGE. $16.84 per hour. The Employer pays at least the highest of the prevailing wage "
        "on the labor certification and the federal, state or local minimum wage, and raises "
        "the rate if a higher prevailing wage is issued during the period.",
        "7. OVERTIME. Hours worked over 40 in a workweek are paid at $25.26 per hour (one and one-"
        "half times the regular rate).",
        "8. PAYDAY. Wages are paid every two weeks, on Friday, by direct deposit or pay card.",
        "9. DEDUCTIONS. The Employer withholds federal income tax and Social Security and "
        "Medicare (FICA) as required by law. " + O02_FEE_EN,
        "10. GUARANTEE. In each 12-week period (6 weeks if the period is shorter than 120 days) "
        "the Employer offers the Worker at least three-fourths of the workdays, counted in "
        "hours, or pays the difference.",
        "11. TRAVEL. Transportation and daily subsistence from Tampico to San Antonio are paid "
        "back in the first workweek. Return transportation to Tampico is paid when the Worker "
        "completes the period or is dismissed early for any reason other than cause.",
        "12. VISA. The Employer reimburses the visa, visa processing and border crossing fees in "
        "the first workweek.",
        "13. TOOLS AND UNIFORMS. Mowers, trimmers, blowers and hand tools are supplied free of "
        "charge. " + O02_EQ_EN + " The deposit is returned on the last payday.",
        "14. END OF EMPLOYMENT. Five consecutive working days of absence without notice is "
        "treated as abandonment and reported to the Department of Labor and DHS. The Employer may "
        "dismiss for cause after one written warning.",
        "15. CONDUCT. " + O02_BL_EN,
    ]
    es = [
        "1. PUESTO. El Empleador contrata al Trabajador como Peón de Jardinería. Funciones: cortar, "
        "orillar y recortar el pasto; podar setos; plantar árboles, arbustos y flores; tender "
        "mantillo y piedra; colocar tapete de pasto; instalar y reparar líneas de riego por "
        "goteo; cargar y descargar remolques.",
        "2. REQUISITOS. No se requiere experiencia previa. El Trabajador debe poder levantar 50 "
        "libras y trabajar al aire libre con calor.",
        "3. LUGARES DE TRABAJO. Propiedades comerciales y residenciales que el Empleador atiende "
        "en los condados de Bexar y Comal, Texas.",
        "4. PERIODO. Del 15 de marzo de 2026 al 15 de diciembre de 2026.",
        "5. HORARIO. Cuarenta (40) horas por semana, de lunes a viernes, de 7:00 a. m. a 3:30 "
        "p. m., con treinta minutos para comer.",
        "6. SALARIO. $16.84 por hora. El Empleador paga por lo menos el mayor entre el salario "
        "prevaleciente de la certificación y el salario mínimo federal, estatal o local, y sube "
        "la tarifa si durante el periodo se publica un salario prevaleciente más alto.",
        "7. TIEMPO EXTRA. Las horas trabajadas después de 40 en una semana se pagan a $25.26 por "
        "hora (tiempo y medio).",
        "8. DÍA DE PAGO. El salario se paga cada dos semanas, en viernes, por depósito directo o "
        "tarjeta de nómina.",
        "9. DESCUENTOS. El Empleador retiene el impuesto federal sobre la renta y el Seguro "
        "Social y Medicare (FICA) como lo exige la ley. " + O02_FEE_ES,
        "10. GARANTÍA. En cada periodo de 12 semanas (6 semanas si el periodo dura menos de 120 "
        "días) el Empleador ofrece al Trabajador por lo menos tres cuartas partes de los días "
        "laborables, contadas en horas, o le paga la diferencia.",
        "11. VIAJE. El transporte y los viáticos diarios de Tampico a San Antonio se devuelven en "
        "la primera semana de trabajo. El regreso a Tampico se paga cuando el Trabajador termina "
        "el periodo o es despedido antes por un motivo que no sea causa justificada.",
        "12. VISA. El Empleador reembolsa la visa, el trámite de visa y los derechos de cruce "
        "fronterizo en la primera semana de trabajo.",
        "13. HERRAMIENTAS Y UNIFORMES. Las podadoras, desbrozadoras, sopladoras y herramientas de "
        "mano se entregan sin costo. "
        + O02_EQ_ES
        + " El depósito se devuelve el último día de pago.",
        "14. FIN DEL EMPLEO. Cinco días hábiles seguidos de ausencia sin aviso se consideran "
        "abandono y se reportan al Departamento de Trabajo y a DHS. El Empleador puede despedir "
        "por causa justificada después de una advertencia por escrito.",
        "15. CONDUCTA. " + O02_BL_ES,
    ]
    d.side_by_side(list(zip(en, es, strict=True)), size=8.6, heads=("ENGLISH", "ESPAÑOL"))
    d.para(
        "Signed in Tampico, Tamaulipas, on 20 February 2026. / Firmado en Tampico, Tamaulipas, el "
        "20 de febrero de 2026.",
        size=8.5,
    )
    d.signatures(
        "Employer / Empleador: Dwayne R. Kessling, Owner",
        "Worker / Trabajador: Rogelio Antonio Cisneros Vela",
    )
    d.output(str(path))


L02 = {
    "file": "o02.pdf",
    "program": "h2b",
    "language": "en+es",
    "scanned": False,
    "pages": 2,
    "fees": [
        fee("recruitment_fee", "violation", 1, 425.0, "USD", O02_FEE_EN, 1),
        fee("recruitment_fee", "violation", 1, 425.0, "USD", O02_FEE_ES, 1),
        fee("equipment_charge", "violation", 2, 60.0, "USD", O02_EQ_EN, 2),
        fee("equipment_charge", "violation", 2, 60.0, "USD", O02_EQ_ES, 2),
        fee("blacklisting_threat", "violation", 2, None, None, O02_BL_EN, 3),
        fee("blacklisting_threat", "violation", 2, None, None, O02_BL_ES, 3),
    ],
    "missing_terms": ["earnings_statements", "contract_impossibility"],
    "recruiters": ["Enlace Laboral del Golfo, S.C."],
    "traps": [
        "fee sentence follows lawful FICA/income-tax withholding in the same clause",
        "tools free of charge in the same clause as the uniform deposit",
        "deposit 'returned on the last payday' is still a deposit for equipment",
        "visa fees reimbursed in first workweek; inbound travel paid back",
    ],
    "doc_type": "work_contract",
    "layout": "bilingual EN | ES side by side (borderless two-column table); gridded parties table; repeated header",
}


# ---------------------------------------------------------------------------------- o03
O03_FEE = (
    "Por la gestión de su expediente, EL TRABAJADOR pagará a LA AGENCIA honorarios profesionales "
    "por la suma de TRES MIL QUINIENTOS QUETZALES (Q3,500.00), en efectivo, al momento de firmar "
    "la presente escritura."
)
O03_BOND = (
    "En garantía del cumplimiento de este contrato, EL TRABAJADOR suscribe en este acto un pagaré "
    "a la orden de LA AGENCIA por la suma de QUINCE MIL QUETZALES (Q15,000.00), que LA AGENCIA "
    "conservará en su poder hasta el regreso de EL TRABAJADOR a Guatemala."
)
O03_PEN = (
    "Si EL TRABAJADOR abandona el empleo antes del vencimiento del plazo pactado, pagará a LA "
    "AGENCIA una multa de cinco mil quetzales, sin perjuicio de que LA AGENCIA haga efectivo el "
    "pagaré relacionado en la cláusula anterior."
)


def o03(path):
    d = Doc(
        fmt="Legal",
        header_text="",
        footer_text="Escritura pública número ciento ocho (108) | Protocolo de la Notaria Marta Elena Ochoa Rivas | Hoja {p}",
        family="serif",
        margins=24,
    )
    d.body = 10.5
    d.add_page()
    d.ttl("NÚMERO CIENTO OCHO (108)", size=12, space=1)
    d.ttl(
        "CONTRATO DE RECLUTAMIENTO Y COLOCACIÓN DE TRABAJADOR EN EL EXTRANJERO",
        size=11,
        space=4,
    )
    lh = 6.2
    d.para(
        "En la ciudad de Quetzaltenango, el doce de enero de dos mil veintiséis, ANTE MÍ: MARTA "
        "ELENA OCHOA RIVAS, Notaria, comparecen: por una parte el señor BALTAZAR EFRAÍN IXCOY "
        "TZUL, de treinta y un años de edad, soltero, agricultor, guatemalteco, de este "
        "domicilio, quien se identifica con el Documento Personal de Identificación con Código "
        "Único de Identificación dos mil cuatrocientos cincuenta y uno, treinta y tres mil "
        "ochocientos setenta, cero novecientos uno (2451 33870 0901), extendido por el Registro "
        'Nacional de las Personas, a quien en lo sucesivo se le denominará "EL TRABAJADOR"; y '
        "por la otra parte el señor RODRIGO ARTURO MENÉNDEZ PAIZ, de cuarenta y cuatro años de "
        "edad, casado, administrador de empresas, guatemalteco, de este domicilio, quien actúa "
        "en su calidad de Gerente General y Representante Legal de la entidad GESTIONES "
        "MIGRATORIAS DEL ALTIPLANO, SOCIEDAD ANÓNIMA, que podrá abreviarse Gestiones Migratorias "
        "del Altiplano, S.A., con domicilio en la catorce avenida cuatro guion veinte, zona "
        "tres, de esta ciudad, calidad que acredita con el acta notarial de su nombramiento "
        "debidamente inscrita en el Registro Mercantil General de la República, a la que en lo "
        'sucesivo se le denominará "LA AGENCIA", y quien además actúa como reclutadora '
        "autorizada por la sociedad canadiense PRAIRIE BLOOM GREENHOUSES LTD., con domicilio en "
        "1150 Township Road 520, Leduc County, Alberta, Canadá, a la que en lo sucesivo se le "
        'denominará "EL EMPLEADOR". Los comparecientes me aseguran ser de los datos de '
        "identificación personal consignados, hallarse en el libre ejercicio de sus derechos "
        "civiles, y que por el presente instrumento otorgan CONTRATO DE RECLUTAMIENTO Y "
        "COLOCACIÓN, contenido en las cláusulas siguientes:",
        lh=lh,
    )
    d.clause(
        "PRIMERA. OBJETO.",
        "LA AGENCIA recluta a EL TRABAJADOR para que preste sus servicios a EL EMPLEADOR en el "
        "puesto de trabajador de invernadero, cuyas labores consisten en trasplantar plántulas, "
        "guiar y deshojar plantas de tomate y pepino, cosechar a mano, seleccionar el producto "
        "por tamaño y empacarlo en cajas, en las instalaciones de EL EMPLEADOR ubicadas en Leduc "
        "County, provincia de Alberta, Canadá.",
        lh=lh,
    )
    d.clause(
        "SEGUNDA. PLAZO.",
        "El contrato de trabajo tendrá un plazo que inicia el uno de marzo de dos mil veintiséis "
        "y vence el treinta de noviembre de dos mil veintiséis.",
        lh=lh,
    )
    d.clause(
        "TERCERA. SALARIO Y JORNADA.",
        "EL EMPLEADOR pagará a EL TRABAJADOR un salario de diecisiete dólares canadienses con "
        "treinta centavos (CAD 17.30) por cada hora trabajada, que se pagará cada dos semanas "
        "mediante depósito en la cuenta bancaria de EL TRABAJADOR en Canadá. La jornada será la "
        "que determine EL EMPLEADOR según las necesidades de cada etapa de la temporada.",
        lh=lh,
    )
    d.clause(
        "CUARTA. DEDUCCIONES.",
        "Del salario de EL TRABAJADOR solamente se harán las deducciones que ordena la ley "
        "canadiense, a saber: el impuesto sobre la renta, la contribución al Canada Pension Plan "
        "y la prima del Employment Insurance.",
        lh=lh,
    )
    d.clause("QUINTA. HONORARIOS.", O03_FEE, lh=lh)
    d.clause("SEXTA. GARANTÍA.", O03_BOND, lh=lh)
    d.clause("SÉPTIMA. INCUMPLIMIENTO.", O03_PEN, lh=lh)
    d.clause(
        "OCTAVA. GASTOS A CARGO DE EL EMPLEADOR.",
        "Los derechos de la evaluación de impacto en el mercado laboral, el permiso de trabajo, "
        "los datos biométricos y el boleto aéreo de ida de la ciudad de Guatemala a Edmonton "
        "corren por cuenta de EL EMPLEADOR, sin costo alguno para EL TRABAJADOR.",
        lh=lh,
    )
    d.clause(
        "NOVENA. VIVIENDA.",
        "EL EMPLEADOR proporcionará a EL TRABAJADOR vivienda amueblada sin costo durante todo el "
        "plazo del contrato.",
        lh=lh,
    )
    d.clause(
        "DÉCIMA. TERMINACIÓN.",
        "EL EMPLEADOR podrá dar por terminado el contrato de trabajo por faltas graves "
        "debidamente comprobadas, previo aviso por escrito que exprese la causa. EL TRABAJADOR "
        "podrá renunciar dando aviso por escrito con dos semanas de anticipación.",
        lh=lh,
    )
    d.clause(
        "DÉCIMA PRIMERA. ACEPTACIÓN.",
        "Los otorgantes, en los términos relacionados, aceptan el contenido íntegro del presente "
        "instrumento.",
        lh=lh,
    )
    d.para(
        "Yo, la Notaria, DOY FE: a) de todo lo expuesto; b) de haber tenido a la vista los "
        "documentos de identificación relacionados y el acta de nombramiento del representante "
        "legal; c) de que advertí a los otorgantes los efectos legales del presente instrumento "
        "y de la obligación de registrar el testimonio respectivo; y d) de que leí íntegramente "
        "lo escrito a los otorgantes, quienes enterados de su contenido, objeto, validez y "
        "efectos legales, lo ratifican, aceptan y firman, y EL TRABAJADOR además deja impresa "
        "la huella dactilar de su dedo pulgar derecho.",
        lh=lh,
    )
    d.signatures("f) Baltazar Efraín Ixcoy Tzul", "f) Rodrigo Arturo Menéndez Paiz")
    d.fingerprint_box("Huella del pulgar derecho de EL TRABAJADOR")
    d.ln(4)
    d.para("ANTE MÍ:", style="B", align="C")
    d.para("Licda. Marta Elena Ochoa Rivas, Abogada y Notaria, colegiada 11,482", align="C", size=9)
    d.output(str(path))


L03 = {
    "file": "o03.pdf",
    "program": "generic",
    "language": "es",
    "scanned": False,
    "pages": 2,
    "fees": [
        fee("recruitment_fee", "violation", 1, 3500.0, "GTQ", O03_FEE),
        fee("deposit_or_bond", "violation", 1, 15000.0, "GTQ", O03_BOND),
        fee("breach_penalty", "violation", 2, 5000.0, "GTQ", O03_PEN),
    ],
    "missing_terms": ["hours_of_work", "return_transportation"],
    "recruiters": ["Gestiones Migratorias del Altiplano, S.A."],
    "traps": [
        "notarial Spanish with numbers written in words (DPI number, amounts)",
        "'La jornada será la que determine EL EMPLEADOR' has no concrete hours (hours missing)",
        "'hasta el regreso de EL TRABAJADOR a Guatemala' is not a paid return trip (return missing)",
        "statutory deductions: income tax, CPP, Employment Insurance (not an insurance finding)",
        "LMIA, work permit, biometrics and inbound flight paid by employer",
        "free furnished housing",
    ],
    "doc_type": "recruiter_agreement",
    "layout": "notarial deed (escritura pública), legal-size, serif, run-in numbered clauses in words; fingerprint box; repeated footer",
}


# ---------------------------------------------------------------------------------- o04
O04_DOC = (
    "For safekeeping, the Worker's passport and residence permit shall remain with the "
    "Employer's PRO section throughout the employment and shall be handed back on final exit."
)
O04_MED = "Medical examination (approved centre) NPR 9,500 Worker"
O04_TRN = "Pre-departure orientation course NPR 1,700 Worker"
O04_WEL = "Welfare Fund enrolment NPR 1,500 Worker"


def o04(path):
    d = Doc(
        fmt="A4",
        header_text="Al Waha Facilities Services W.L.L. | Standard Employment Contract | Demand Ref. AWF/NP/2026/044",
        footer_text="Page {p} of {nb}",
        family="noto",
    )
    d.body = 9.5
    d.add_page()
    d.ttl("STANDARD EMPLOYMENT CONTRACT", size=14, space=1)
    d.ttl("for a Nepali migrant worker in the State of Qatar", size=9.5, style="I", space=3)
    d.tab(
        [
            ["", "Particulars"],
            [
                "Employer",
                "Al Waha Facilities Services W.L.L., Street 340, Building 12, Industrial Area, P.O. Box 22817, Doha, Qatar",
            ],
            [
                "Recruiting Agency",
                "Himalayan Crest Overseas Pvt. Ltd., Licence No. 1187/074/075, Sinamangal, Kathmandu",
            ],
            ["Name of Worker", "...................................................."],
            [
                "Passport No.",
                ".........................   Date of birth: .........................",
            ],
            ["Address in Nepal", "...................................................."],
        ],
        widths=(36, 138),
        size=8.5,
        bold_first_col=True,
    )
    d.heading("Article 1 - Definitions")
    d.para(
        'In this Contract, "Employer" and "Recruiting Agency" mean the companies named above; '
        '"Worker" means the person named above; "Sites" means the client premises to which '
        'the Employer assigns the Worker under Article 3; "Annex 1" means the schedule of '
        "pre-departure costs attached to this Contract and forming part of it."
    )
    d.heading("Article 2 - Position")
    d.para(
        "The Worker is employed as a Cleaner (facility housekeeping). Duties: cleaning offices, "
        "shopping mall common areas and washrooms; operating floor scrubbers and vacuum "
        "machines; emptying bins; reporting damage to the site supervisor."
    )
    d.heading("Article 3 - Place of work")
    d.para("Client sites of the Employer in Doha and Al Rayyan, State of Qatar.")
    d.heading("Article 4 - Duration")
    d.para(
        "Two (2) years, from 1 April 2026 to 31 March 2028. The period may be renewed only by a "
        "new written agreement signed by both parties."
    )
    d.heading("Article 5 - Working hours and rest")
    d.para(
        "Eight (8) hours per day and forty-eight (48) hours per week, with Friday as the weekly "
        "rest day. Overtime is voluntary and paid at 125 per cent of the basic hourly wage, or "
        "150 per cent between 9 p.m. and 6 a.m."
    )
    d.heading("Article 6 - Salary")
    d.para(
        "Basic salary QAR 1,000 per month plus a food allowance of QAR 300 per month. Salary is "
        "paid monthly, no later than the 7th day of the following month, by transfer to the "
        "Worker's bank account through the Wage Protection System."
    )
    d.heading("Article 7 - Deductions")
    d.para(
        "No amount shall be deducted from the salary other than (a) pay for days of absence "
        "without leave, calculated pro rata, and (b) amounts ordered by a Qatari court. All other "
        "deductions are prohibited."
    )
    d.heading("Article 8 - Accommodation, transport and medical care")
    d.para(
        "The Employer provides shared accommodation, daily transport between the accommodation "
        "and the Sites, and a health card for the Qatari public health service, all at its own "
        "cost."
    )
    d.heading("Article 9 - Travel")
    d.para(
        "The Employer provides the air ticket from Kathmandu to Doha and, at the end of the "
        "Contract, the return air ticket from Doha to Kathmandu."
    )
    d.heading("Article 10 - Documents")
    d.para(O04_DOC)
    d.heading("Article 11 - Leave")
    d.para(
        "Thirty (30) days of paid annual leave for each year of service, and public holidays as "
        "announced by the Government of Qatar."
    )
    d.heading("Article 12 - Governing law")
    d.para(
        "This Contract is governed by the Labour Law of the State of Qatar. Any matter not "
        "covered here is settled according to that law and the Foreign Employment Act of Nepal."
    )
    d.signatures(
        "For the Employer: Khalid S. Al-Naimi, HR Director",
        "Worker: ......................................",
    )
    d.add_page()
    d.heading("Annex 1 - Schedule of pre-departure costs", size=11)
    d.para(
        "The parties agree that the costs of recruitment and deployment are borne as shown "
        "below. Amounts are in Nepalese rupees (NPR).",
        size=9,
    )
    d.tab(
        [
            ["Item", "Amount", "Paid by"],
            ["Recruitment service charge", "NPR 0", "Employer"],
            ["Qatar work visa and residence permit", "-", "Employer"],
            ["Air ticket Kathmandu - Doha", "-", "Employer"],
            ["Medical examination (approved centre)", "NPR 9,500", "Worker"],
            ["Pre-departure orientation course", "NPR 1,700", "Worker"],
            ["Welfare Fund enrolment", "NPR 1,500", "Worker"],
            ["Labour permit (Department of Foreign Employment)", "-", "Employer"],
        ],
        widths=(100, 34, 40),
        size=9,
    )
    d.para(
        'Items marked "Worker" are paid in cash at the Recruiting Agency\'s office in Sinamangal '
        "before the final labour permit is issued. Receipts are given on request.",
        size=8,
        style="I",
    )
    d.output(str(path))


L04 = {
    "file": "o04.pdf",
    "program": "generic",
    "language": "en",
    "scanned": False,
    "pages": 3,
    "fees": [
        fee("document_retention", "violation", 2, None, None, O04_DOC),
        fee("medical_cost", "violation", 3, 9500.0, "NPR", O04_MED),
        fee("training_cost", "violation", 3, 1700.0, "NPR", O04_TRN),
        fee("insurance_cost", "violation", 3, 1500.0, "NPR", O04_WEL),
    ],
    "missing_terms": ["worker_identity", "termination"],
    "recruiters": ["Himalayan Crest Overseas Pvt. Ltd."],
    "traps": [
        "worker name left as a dotted blank (worker identity missing)",
        "'Recruitment service charge NPR 0 Employer' row is not a finding",
        "visa, ticket and labour permit rows paid by employer",
        "passport clause framed as 'safekeeping'",
        "health card and accommodation at employer cost",
        "renewal and governing-law clauses are not termination rules",
    ],
    "doc_type": "work_contract",
    "layout": "A4 standard contract; gridded particulars table; articles with definitions; annex fee schedule as gridded table",
}


# ---------------------------------------------------------------------------------- o05
def o05(path):
    d = Doc(
        header_text="Lantern Point Amusements, Inc. | H-2B Terms and Conditions of Employment | Job Order MD-2026-0417",
        footer_text="Lantern Point Amusements, Inc. | Page {p} of {nb} | Keep this copy",
        family="sans",
    )
    d.body = 9.2
    d.add_page()
    d.ttl("TERMS AND CONDITIONS OF EMPLOYMENT", size=13, space=1)
    d.ttl("H-2B seasonal positions, 2026 season", size=9.5, style="I", space=3)
    d.heading("Section 1. The parties")
    d.clause(
        "1.1",
        "Employer: Lantern Point Amusements, Inc., 88 Boardwalk Plaza, Ocean City, Maryland "
        "21842, telephone (410) 555-0192.",
    )
    d.clause(
        "1.2",
        "Recruitment: the Employer has engaged Caribe Staffing Partners Ltd., 14 Hope Road, "
        "Kingston 10, Jamaica, to recruit workers for these positions. The Employer pays its "
        "entire fee and the agency is prohibited from collecting any money from workers.",
    )
    d.heading("Section 2. The job")
    d.clause(
        "2.1",
        "Title: Amusement Ride Operator and Ticket Attendant (SOC 39-3091). Duties: operate "
        "rides according to the manufacturer's checklist, check guests' height and restraints, "
        "collect tickets and admission fees from guests, balance the cash drawer at the end "
        "of each shift, and clean ride platforms and queue lines.",
    )
    d.clause(
        "2.2",
        "Requirements: at least 18 years of age; enough English to read safety signs and "
        "instructions; no prior experience is required. Training is given on the job and paid "
        "at the regular rate.",
    )
    d.clause(
        "2.3", "Place of work: the Employer's park at 88 Boardwalk Plaza, Ocean City, Maryland."
    )
    d.heading("Section 3. Period and hours")
    d.clause("3.1", "Employment runs from 1 May 2026 through 15 September 2026.")
    d.clause(
        "3.2",
        "Forty (40) hours per week, five days out of seven, on rotating shifts of 11:00 a.m. to "
        "7:30 p.m. or 3:00 p.m. to 11:30 p.m. The schedule is posted each Thursday for the "
        "following week.",
    )
    d.heading("Section 4. Pay")
    d.clause("4.1", "Wage: $15.50 per hour.")
    d.clause(
        "4.2",
        "The Employer pays at least the highest of the prevailing wage, the federal minimum "
        "wage and the Maryland minimum wage; if a higher prevailing or minimum wage takes "
        "effect during the season, the higher rate is paid from that date.",
    )
    d.clause(
        "4.3",
        "Overtime: hours over 40 in a workweek are paid at $23.25 per hour.",
    )
    d.clause(
        "4.4",
        "Payday is every Thursday, by direct deposit or check. Each pay stub shows hours offered, "
        "hours worked, rate of pay, gross and net earnings, and each deduction.",
    )
    d.clause(
        "4.5",
        "Deductions: federal income tax, Social Security and Medicare (FICA) and Maryland income "
        "tax, as required by law. Any other deduction requires the worker's written "
        "authorisation and must be for the worker's own benefit, such as a voluntary savings "
        "transfer to the worker's own bank account.",
    )
    d.clause(
        "4.6",
        "Guarantee: during each 12-week period the Employer offers work for at least three-"
        "fourths of the workdays, counted in hours. If less work is offered, the worker is paid "
        "for the difference.",
    )
    d.heading("Section 5. Travel and visa costs")
    d.clause(
        "5.1",
        "Inbound: the cost of travel and daily subsistence from Kingston to Ocean City is "
        "reimbursed in the first workweek to the extent needed to meet minimum wage, and in full "
        "when the worker completes half of the employment period, if not earlier.",
    )
    d.clause(
        "5.2",
        "Return: if the worker completes the period, or is dismissed early for a reason other "
        "than cause, the Employer pays return travel and subsistence to Kingston.",
    )
    d.clause(
        "5.3",
        "Visa: the Employer reimburses the visa, visa processing and border crossing fees, and "
        "related fees, in the first workweek.",
    )
    d.heading("Section 6. Tools, uniforms and housing")
    d.clause(
        "6.1",
        "Uniforms (three polo shirts and a cap), radios, safety harnesses and cleaning "
        "supplies are provided at no cost and without any deposit. Normal wear on rides and "
        "uniforms is never charged to workers.",
    )
    d.clause(
        "6.2",
        "Beds in the Employer's staff dormitory at 12 Baltimore Avenue are available free of "
        "charge; living there is optional, and residents may come and go as they please.",
    )
    d.clause(
        "6.3",
        "Free coffee, water and soft drinks are available in the staff room during every shift.",
    )
    d.heading("Section 7. End of employment")
    d.clause(
        "7.1",
        "A worker who misses five consecutive working days without permission is considered to "
        "have abandoned the job, and the Employer notifies the Department of Labor and DHS in "
        "writing within two working days.",
    )
    d.clause(
        "7.2",
        "The Employer may dismiss a worker for cause, such as unsafe ride operation, theft or "
        "violence, after an investigation in which the worker is heard.",
    )
    d.clause(
        "7.3",
        "If a hurricane, fire or other event beyond the Employer's control makes the work "
        "impossible, the Employer may end employment early with the approval of the Department "
        "of Labor; workers are then paid the guarantee up to that date and their return travel.",
    )
    d.heading("Section 8. Your rights")
    d.para(
        "No worker will be asked to pay anything to get or keep this job. Workers keep their "
        "own passports. Workers may raise complaints with the Department of Labor without any "
        "retaliation."
    )
    d.signatures("Lantern Point Amusements, Inc.: Colleen A. Fairweather, HR", "Worker signature")
    d.output(str(path))


L05 = {
    "file": "o05.pdf",
    "program": "h2b",
    "language": "en",
    "scanned": False,
    "pages": 2,
    "fees": [],
    "missing_terms": [],
    "recruiters": ["Caribe Staffing Partners Ltd."],
    "traps": [
        "'collect tickets and admission fees from guests' is a job duty",
        "recruiting agency's fee paid entirely by the employer",
        "FICA and state income tax deductions required by law",
        "voluntary savings transfer to worker's own account (authorised, not wage withholding)",
        "visa and related fees reimbursed in first workweek",
        "uniforms free, no deposit; normal wear never charged",
        "free optional dormitory; come and go freely",
        "'coffee' contains 'fee'",
        "'No worker will be asked to pay anything' is a negation",
    ],
    "doc_type": "job_order",
    "layout": "numbered sections with sub-clauses; repeated header and footer",
}


# ---------------------------------------------------------------------------------- o06
O06_FEE = "Broker service fee 1,800 Months 1-12"
O06_HOUSE = "Dormitory (shared room) 2,500 Whole contract"
O06_MEAL = "Canteen meals (two per day) 2,000 Whole contract"
O06_LOAN = "Placement loan instalment 4,200 Months 1-14"
O06_SAVE = "Compulsory savings (paid at final departure) 3,000 Whole contract"


def o06(path):
    d = Doc(
        fmt="A4",
        header_text="",
        footer_text="Labor Contract for Foreign Worker | HYPP-2026-IDN-117 | {p}/{nb}",
        family="sans",
    )
    d.body = 9.2
    d.add_page()
    d.band(
        "Hsin Yuan Precision Plastics Co., Ltd.",
        "No. 18, Gongye 3rd Road, Guanyin District, Taoyuan City 328, Taiwan (R.O.C.)",
        color=(110, 40, 40),
    )
    d.ttl("LABOR CONTRACT FOR FOREIGN WORKER (MANUFACTURING)", size=12.5, space=3)
    d.tab(
        [
            ["Party A (Employer)", "Hsin Yuan Precision Plastics Co., Ltd., address above"],
            ["Party B (Worker)", "Rina Kusumawati Hidayat, Indonesian, passport C 8841270"],
            ["Sending agency", "PT Cahaya Anugerah Mandiri, Jl. Raya Bogor Km 21, Jakarta Timur"],
            ["Taiwan broker", "Formosa Linkage Manpower Consultant Co., Ltd., Zhongli, Taoyuan"],
        ],
        widths=(40, 134),
        grid=False,
        head=False,
        size=9,
        bold_first_col=True,
    )
    d.clause(
        "Article 1 (Term).",
        "This contract runs for three years, from 10 February 2026 to 9 February 2029, counted "
        "from the day Party B enters Taiwan.",
    )
    d.clause(
        "Article 2 (Work).",
        "Party B works as an injection-moulding machine operator: loading resin, removing and "
        "trimming moulded parts, visual inspection and packing, at Party A's factory at the "
        "address above.",
    )
    d.clause(
        "Article 3 (Hours).",
        "Eight hours per day, 08:00 to 17:00 with a one-hour lunch break, Monday to Friday. "
        "Overtime is voluntary and is paid at 1.34 times the hourly wage for the first two hours "
        "and 1.67 times after that.",
    )
    d.clause(
        "Article 4 (Wage).",
        "The monthly wage is TWD 28,590, paid once a month on the 10th day by transfer to Party "
        "B's own bank account. Party B receives a payslip in Indonesian each month.",
    )
    d.clause(
        "Article 5 (Deductions).",
        "Party A deducts from the monthly wage only the items listed in the table below. Party B "
        "agrees to every item by signing this contract.",
    )
    d.tab(
        [
            ["Deduction", "TWD per month", "Period"],
            ["Labour and health insurance (statutory share)", "1,178", "Whole contract"],
            ["Income tax (statutory)", "per law", "Whole contract"],
            ["Broker service fee", "1,800", "Months 1-12"],
            ["Dormitory (shared room)", "2,500", "Whole contract"],
            ["Canteen meals (two per day)", "2,000", "Whole contract"],
            ["Placement loan instalment", "4,200", "Months 1-14"],
            ["Compulsory savings (paid at final departure)", "3,000", "Whole contract"],
        ],
        widths=(96, 34, 44),
        size=8.8,
    )
    d.para(
        "Note: the placement loan is the loan taken by Party B from a bank in Indonesia, through "
        "the sending agency, to cover placement costs before departure; Party A remits the "
        "instalments to the broker, who pays the bank.",
        size=8,
        style="I",
    )
    d.clause(
        "Article 6 (Leave).",
        "Party B is entitled to the rest days, national holidays and annual leave provided in "
        "the Labor Standards Act.",
    )
    d.clause(
        "Article 7 (Termination).",
        "Party A may terminate this contract without notice only in the cases listed in Article "
        "12 of the Labor Standards Act; in other cases Party A gives notice of 10 to 30 days "
        "according to length of service and pays severance. Party B may resign with 30 days' "
        "notice.",
    )
    d.clause(
        "Article 8 (Disputes).",
        "Disputes are settled by consultation, or through the local labour authority of Taoyuan "
        "City. Party B may call the 1955 foreign worker hotline at any time.",
    )
    d.signatures("Party A: Lin Cheng-Hao, Director", "Party B: Rina Kusumawati Hidayat")
    d.output(str(path))


L06 = {
    "file": "o06.pdf",
    "program": "generic",
    "language": "en",
    "scanned": False,
    "pages": 1,
    "fees": [
        fee("recruitment_fee", "violation", 1, 1800.0, "TWD", O06_FEE),
        fee("housing_charge", "review", 1, 2500.0, "TWD", O06_HOUSE),
        fee("meal_charge", "review", 1, 2000.0, "TWD", O06_MEAL),
        fee("debt_bondage", "violation", 1, 4200.0, "TWD", O06_LOAN),
        fee("wage_withholding", "violation", 1, 3000.0, "TWD", O06_SAVE),
    ],
    "missing_terms": ["return_transportation"],
    "recruiters": [
        "PT Cahaya Anugerah Mandiri",
        "Formosa Linkage Manpower Consultant Co., Ltd.",
    ],
    "traps": [
        "statutory labour and health insurance share (not an insurance finding)",
        "income tax row",
        "overtime voluntary",
        "1955 hotline",
    ],
    "doc_type": "work_contract",
    "layout": "A4; colored letterhead band; borderless parties table; run-in articles; gridded deductions table",
}
