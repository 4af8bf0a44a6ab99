"""Documents o07-o12 of the heldout_o batch and their labels."""

from docs_a import fee
from olib import Doc

# ---------------------------------------------------------------------------------- o07
O07_TRAVEL = (
    "Los gastos de hotel y comida en Monterrey durante el trámite consular, de aproximadamente "
    "1,800 pesos, corren por cuenta del trabajador y no se reembolsan."
)
O07_MEAL = (
    "El comedor del campamento sirve tres comidas al día con un costo de $19.50 diarios, que se "
    "descuentan del cheque semanal."
)
O07_HOUSE = (
    "Por concepto de luz, agua y gas de la vivienda se descontarán $25.00 dólares semanales a "
    "cada trabajador."
)
O07_DMG = (
    "Si el trabajador pierde o daña por descuido las tijeras, cubetas o escaleras, el valor de "
    "reposición se descontará de su pago."
)


def o07(path):
    d = Doc(
        header_text="Dos Arroyos Produce Farms, LLC | Contrato individual de trabajo temporal agrícola H-2A | Temporada 2026-2027",
        footer_text="Página {p} de {nb}          Iniciales del trabajador: ________",
        family="sans",
    )
    d.body = 9.4
    d.add_page()
    d.ttl("CONTRATO INDIVIDUAL DE TRABAJO TEMPORAL AGRÍCOLA", size=13, space=1)
    d.ttl("Programa H-2A de los Estados Unidos", size=9.5, style="I", space=3)
    d.para(
        "Contrato que celebran, por una parte, DOS ARROYOS PRODUCE FARMS, LLC, con domicilio en "
        "1290 County Road 47, Immokalee, Florida 34142, Estados Unidos, representada por su "
        'gerente de campo Héctor Villalobos Grant, a quien se le llamará "EL EMPLEADOR", y por '
        "la otra el señor ANSELMO GASPAR REYES HUITRÓN, originario de Jalpan, Querétaro, a quien "
        'se le llamará "EL TRABAJADOR", al tenor de las siguientes:'
    )
    d.ttl("CLÁUSULAS", size=10.5, space=1)
    d.clause(
        "PRIMERA.- Puesto y labores.",
        "EL TRABAJADOR se contrata como trabajador agrícola de cosecha. Sus labores son: "
        "cosechar a mano tomate y chile morrón, llenar cubetas de 32 libras y vaciarlas en el "
        "camión, amarrar y estacar plantas, y retirar plástico de los surcos al final del ciclo.",
    )
    d.clause(
        "SEGUNDA.- Requisitos.",
        "Se requiere un mes de experiencia comprobable en cosecha de hortalizas y capacidad para "
        "trabajar agachado durante la jornada.",
    )
    d.clause(
        "TERCERA.- Lugar de trabajo.",
        "Los campos de EL EMPLEADOR en los condados de Collier y Hendry, Florida.",
    )
    d.clause(
        "CUARTA.- Duración.",
        "Del 20 de octubre de 2026 al 15 de mayo de 2027.",
    )
    d.clause(
        "QUINTA.- Jornada.",
        "Ocho horas diarias, de lunes a viernes, de 7:00 a 15:30 horas, con media hora para "
        "comer. El sábado se trabaja solo en semanas de cosecha fuerte y es voluntario.",
    )
    d.clause(
        "SEXTA.- Salario.",
        "EL TRABAJADOR recibe $18.30 dólares por hora, o $0.65 por cubeta cuando el pago por "
        "cubeta de la semana resulte mayor. Si durante la temporada se publica una tarifa AEWR o "
        "un salario mínimo más alto, EL EMPLEADOR paga esa tarifa desde la fecha en que entre en "
        "vigor.",
    )
    d.clause(
        "SÉPTIMA.- Pago y talón.",
        "El pago es semanal, cada viernes, con cheque. Con cada pago EL TRABAJADOR recibe un "
        "talón que indica las horas ofrecidas, las horas trabajadas, las cubetas, la tarifa, el "
        "total ganado y cada descuento con su motivo.",
    )
    d.clause(
        "OCTAVA.- Descuentos.",
        "De cada cheque se descuentan: el impuesto federal sobre la renta solo si EL TRABAJADOR "
        "lo pide por escrito; las comidas del comedor; los servicios de la vivienda; y los "
        "demás conceptos indicados en las Condiciones Generales al final de este contrato.",
    )
    d.clause(
        "NOVENA.- Vivienda.",
        "EL EMPLEADOR proporciona alojamiento en su campamento de 1310 County Road 47, "
        "Immokalee, en cuartos de cuatro camas con baño, aprobado por el Departamento de Salud "
        "de Florida. No se cobra renta por la cama.",
    )
    d.clause("DÉCIMA.- Comidas.", O07_MEAL)
    d.clause(
        "DÉCIMA PRIMERA.- Viaje de ida.",
        "EL EMPLEADOR reembolsa el autobús de Monterrey a Immokalee y los viáticos del camino "
        "cuando EL TRABAJADOR complete el cincuenta por ciento de la temporada. " + O07_TRAVEL,
    )
    d.clause(
        "DÉCIMA SEGUNDA.- Viaje de regreso.",
        "Si EL TRABAJADOR termina la temporada, o es despedido antes sin causa justificada, EL "
        "EMPLEADOR paga el autobús de regreso a Monterrey y los viáticos del camino.",
    )
    d.clause(
        "DÉCIMA TERCERA.- Herramientas.",
        "EL EMPLEADOR entrega sin costo las tijeras, cubetas, escaleras, guantes e "
        "impermeables necesarios para el trabajo, sin pedir depósito.",
    )
    d.clause(
        "DÉCIMA CUARTA.- Seguro de riesgos de trabajo.",
        "EL TRABAJADOR está asegurado contra accidentes y enfermedades de trabajo con la póliza "
        "de compensación para trabajadores número WC-44-1907 de Sunshine State Agricultural "
        "Mutual, sin costo para él.",
    )
    d.clause(
        "DÉCIMA QUINTA.- Abandono y despido.",
        "Si EL TRABAJADOR falta cinco días laborables seguidos sin permiso se considera que "
        "abandonó el empleo, y EL EMPLEADOR lo notificará al Departamento de Trabajo y al "
        "Departamento de Seguridad Nacional. EL EMPLEADOR puede despedirlo por causa "
        "justificada, como violencia, robo o negarse a trabajar, explicándole el motivo por "
        "escrito.",
    )
    d.clause(
        "DÉCIMA SEXTA.- Caso fortuito.",
        "Si un huracán, una helada, una inundación o un incendio hacen imposible continuar el "
        "trabajo, EL EMPLEADOR puede terminar el contrato con la aprobación del Departamento de "
        "Trabajo y pagará a EL TRABAJADOR lo ganado hasta ese día y su viaje de regreso.",
    )
    d.clause(
        "DÉCIMA SÉPTIMA.- Documentos y quejas.",
        "EL TRABAJADOR guarda su propio pasaporte y su visa. Puede presentar quejas ante el "
        "Departamento de Trabajo sin que por ello se le niegue trabajo en temporadas futuras.",
    )
    d.ln(2)
    d.signatures(
        "Por EL EMPLEADOR: Héctor Villalobos Grant", "EL TRABAJADOR: Anselmo Gaspar Reyes Huitrón"
    )
    d.ln(4)
    d.heading("CONDICIONES GENERALES", size=8)
    small = 6.8
    d.para(
        "1. Las presentes Condiciones Generales forman parte del contrato y obligan a ambas "
        "partes desde su firma. 2. " + O07_HOUSE + " 3. " + O07_DMG + " 4. Las horas se "
        "registran con tarjeta electrónica al subir y bajar del camión de cosecha. 5. El uso de "
        "teléfonos celulares está prohibido mientras se operan escaleras. 6. Las pertenencias "
        "personales se guardan en los casilleros del campamento; EL EMPLEADOR entrega candado "
        "sin costo. 7. Los avisos del campamento se publican en español y en inglés.",
        size=small,
        lh=3.1,
    )
    d.output(str(path))


L07 = {
    "file": "o07.pdf",
    "program": "h2a",
    "language": "es",
    "scanned": False,
    "pages": 2,
    "fees": [
        fee("meal_charge", "review", 1, 19.5, "USD", O07_MEAL),
        fee("travel_cost", "violation", 1, 1800.0, "MXN", O07_TRAVEL),
        fee("housing_charge", "violation", 2, 25.0, "USD", O07_HOUSE),
        fee("damage_chargeback", "review", 2, None, None, O07_DMG),
    ],
    "missing_terms": ["three_fourths_guarantee", "daily_transportation"],
    "recruiters": [],
    "traps": [
        "meal charge $19.50/day is above the $17 H-2A cap (finding, review)",
        "'No se cobra renta por la cama' while utilities are charged in the small print",
        "inbound bus reimbursed at 50% (term present) but hotel and meals during consular wait not reimbursed",
        "tools free, no deposit; free padlock",
        "worker keeps passport; complaints allowed without losing future seasons",
        "'camión de cosecha' is a field truck, not daily transportation from housing",
    ],
    "doc_type": "work_contract",
    "layout": "Spanish cláusulas (PRIMERA.- ...); repeated header and initials footer; small-print general conditions",
}


# ---------------------------------------------------------------------------------- o08
O08_VISA_EN = (
    "The worker repays the company the US$205 visa appointment fee that the company advances at "
    "the consulate; this amount is taken from the first paycheck."
)
O08_VISA_ES = (
    "El trabajador le devuelve a la compañía la cuota de cita de visa de 205 dólares que la "
    "compañía adelanta en el consulado; esta cantidad se toma del primer cheque."
)
O08_MOVE_EN = (
    "Workers living in company housing must be inside by 9:00 p.m. and may not leave Iberia "
    "Parish without the supervisor's written permission."
)
O08_MOVE_ES = (
    "Los trabajadores que viven en la vivienda de la compañía deben estar adentro a las 9:00 "
    "p. m. y no pueden salir de la parroquia de Iberia sin permiso escrito del supervisor."
)
O08_PEN_EN = "If you leave before completing 90 days, you will pay the company a penalty equal to two weeks' pay."
O08_PEN_ES = "Si usted se va antes de cumplir 90 días, pagará a la compañía una penalización igual a dos semanas de salario."


def _o08_part(d, t):
    d.ttl(t["title"], size=12.5, space=1)
    d.ttl(t["sub"], size=9, style="I", space=3)
    for label, text in t["clauses"]:
        d.clause(label, text)
    d.heading(t["qa_head"], size=10)
    for q, a in t["qa"]:
        d.para(q, style="B", space=0.4)
        d.para(a, indent=4)
    d.rule(1.5)
    d.para(t["note"], size=7.6, lh=3.4)


def o08(path):
    d = Doc(
        header_text="Bayou Teche Crawfish Co., LLC | 2026 H-2B Work Contract / Contrato de trabajo",
        footer_text="Bayou Teche Crawfish Co., LLC | {p} of/de {nb}",
        family="sans",
    )
    d.body = 9.2
    en = {
        "title": "WORK CONTRACT - H-2B SEASONAL PROCESSING WORKERS",
        "sub": "English version (the Spanish version follows)",
        "clauses": [
            (
                "1. Employer.",
                "Bayou Teche Crawfish Co., LLC, 3105 Old Jeanerette Road, New Iberia, Louisiana "
                "70563.",
            ),
            (
                "2. Job.",
                "Crawfish processing worker: sort live crawfish, boil and cool them, peel and "
                "devein tails, weigh, pack and label one-pound bags, and clean the line at the end "
                "of the shift. Two months of seafood processing experience are required.",
            ),
            (
                "3. Worksite.",
                "The company's processing plant at 3105 Old Jeanerette Road, New Iberia.",
            ),
            ("4. Dates.", "From 1 February 2026 to 30 June 2026."),
            (
                "5. Hours.",
                "40 hours per week, Monday to Friday, 6:00 a.m. to 2:30 p.m.",
            ),
            (
                "6. Pay.",
                "$14.77 per hour. Overtime over 40 hours a week is paid at $22.16 per hour. Pay "
                "is weekly, each Friday, with a pay stub that lists hours offered, hours worked, "
                "rate, earnings and all deductions.",
            ),
            (
                "7. Deductions.",
                "Federal and Louisiana income tax and FICA as required by law; the visa "
                "recovery in note 1.",
            ),
            (
                "8. Guarantee.",
                "The company offers at least three-fourths of the workdays in each 12-week "
                "period, counted in hours, or pays the hours not offered.",
            ),
            (
                "9. Travel.",
                "Bus fare and daily meals from Monterrey to New Iberia are paid back when the "
                "worker reaches half of the contract period. The bus home is paid when the "
                "worker finishes the season or is let go early without cause.",
            ),
            (
                "10. Equipment.",
                "Gloves, aprons, boots, hairnets and peeling knives are given free of charge.",
            ),
            (
                "11. Housing.",
                "Company housing at 210 Railroad Street is free of charge. " + O08_MOVE_EN,
            ),
            (
                "12. Ending the contract.",
                "A worker absent for five workdays in a row without notice has abandoned the "
                "job and will be reported to the Department of Labor and DHS. The company may "
                "dismiss a worker for serious misconduct after a written warning. If a hurricane, "
                "flood or plant fire stops the work, the company may end the contract with the "
                "approval of the Department of Labor and pays the guarantee to that date and the "
                "trip home.",
            ),
        ],
        "qa_head": "Questions workers ask",
        "qa": [
            (
                "Q: Do I pay anything to be hired?",
                "A: No. The company does not charge a hiring fee.",
            ),
            ("Q: What if I leave before the season ends?", "A: " + O08_PEN_EN),
            (
                "Q: Who keeps my passport?",
                "A: You do. The company never keeps passports.",
            ),
        ],
        "note": "Notes: (1) " + O08_VISA_EN,
    }
    es = {
        "title": "CONTRATO DE TRABAJO - TRABAJADORES DE PROCESO DE TEMPORADA H-2B",
        "sub": "Versión en español",
        "clauses": [
            (
                "1. Empleador.",
                "Bayou Teche Crawfish Co., LLC, 3105 Old Jeanerette Road, New Iberia, Luisiana "
                "70563.",
            ),
            (
                "2. Trabajo.",
                "Trabajador de proceso de langostino de río: separar el producto vivo, cocerlo y "
                "enfriarlo, pelar y desvenar colas, pesar, empacar y etiquetar bolsas de una "
                "libra, y limpiar la línea al final del turno. Se requieren dos meses de "
                "experiencia en proceso de mariscos.",
            ),
            (
                "3. Lugar de trabajo.",
                "La planta de la compañía en 3105 Old Jeanerette Road, New Iberia.",
            ),
            ("4. Fechas.", "Del 1 de febrero de 2026 al 30 de junio de 2026."),
            ("5. Horario.", "40 horas por semana, de lunes a viernes, de 6:00 a. m. a 2:30 p. m."),
            (
                "6. Pago.",
                "$14.77 por hora. Las horas extra después de 40 a la semana se pagan a $22.16 "
                "por hora. El pago es semanal, cada viernes, con un talón que indica las horas "
                "ofrecidas, las horas trabajadas, la tarifa, lo ganado y todos los descuentos.",
            ),
            (
                "7. Descuentos.",
                "Impuestos federales y de Luisiana y FICA como lo exige la ley; la recuperación "
                "de la visa de la nota 1.",
            ),
            (
                "8. Garantía.",
                "La compañía ofrece por lo menos tres cuartas partes de los días laborables de "
                "cada periodo de 12 semanas, contadas en horas, o paga las horas no ofrecidas.",
            ),
            (
                "9. Viaje.",
                "El pasaje de autobús y las comidas diarias de Monterrey a New Iberia se "
                "devuelven cuando el trabajador llega a la mitad del contrato. El autobús de "
                "regreso se paga cuando el trabajador termina la temporada o se le despide antes "
                "sin causa.",
            ),
            (
                "10. Equipo.",
                "Los guantes, mandiles, botas, redes para el cabello y cuchillos para pelar se "
                "entregan gratis.",
            ),
            (
                "11. Vivienda.",
                "La vivienda de la compañía en 210 Railroad Street es gratuita. " + O08_MOVE_ES,
            ),
            (
                "12. Fin del contrato.",
                "El trabajador que falta cinco días laborables seguidos sin avisar ha abandonado "
                "el trabajo y será reportado al Departamento de Trabajo y a DHS. La compañía "
                "puede despedir por una falta grave después de una advertencia por escrito. Si un "
                "huracán, una inundación o un incendio en la planta detiene el trabajo, la "
                "compañía puede terminar el contrato con la aprobación del Departamento de "
                "Trabajo y paga la garantía hasta esa fecha y el viaje a casa.",
            ),
        ],
        "qa_head": "Preguntas de los trabajadores",
        "qa": [
            (
                "P: ¿Pago algo para que me contraten?",
                "R: No. La compañía no cobra cuota de contratación.",
            ),
            ("P: ¿Qué pasa si me voy antes de que termine la temporada?", "R: " + O08_PEN_ES),
            (
                "P: ¿Quién guarda mi pasaporte?",
                "R: Usted. La compañía nunca guarda pasaportes.",
            ),
        ],
        "note": "Notas: (1) " + O08_VISA_ES,
    }
    d.add_page()
    _o08_part(d, en)
    d.signatures("For the company: Lucien P. Thibodeaux", "Worker: Joel Esparza Leyva")
    d.add_page()
    _o08_part(d, es)
    d.signatures("Por la compañía: Lucien P. Thibodeaux", "Trabajador: Joel Esparza Leyva")
    d.output(str(path))


L08 = {
    "file": "o08.pdf",
    "program": "h2b",
    "language": "en+es",
    "scanned": False,
    "pages": 2,
    "fees": [
        fee("movement_restriction", "violation", 1, None, None, O08_MOVE_EN, 1),
        fee("breach_penalty", "violation", 1, None, None, O08_PEN_EN, 2),
        fee("visa_cost", "violation", 1, 205.0, "USD", O08_VISA_EN, 3),
        fee("movement_restriction", "violation", 2, None, None, O08_MOVE_ES, 1),
        fee("breach_penalty", "violation", 2, None, None, O08_PEN_ES, 2),
        fee("visa_cost", "violation", 2, 205.0, "USD", O08_VISA_ES, 3),
    ],
    "missing_terms": ["wage_adjustment", "visa_reimbursement"],
    "recruiters": [],
    "traps": [
        "penalty stated as 'two weeks' pay' (no currency amount)",
        "visa cost only in a footnote, referred to from the deductions clause",
        "free company housing in the same clause as the curfew",
        "Q&A: company does not charge a hiring fee; never keeps passports",
        "equipment free of charge",
    ],
    "doc_type": "work_contract",
    "layout": "bilingual stacked (English pages then Spanish pages); numbered clauses; Q&A section; footnote under a rule",
}


# ---------------------------------------------------------------------------------- o09
def o09(path):
    d = Doc(
        header_text="Les Serres Boréales Inc. | Contrato de trabajo por tiempo determinado | Expediente SB-2026-MX-031",
        footer_text="Página {p} de {nb}",
        family="serif",
    )
    d.body = 9.6
    d.add_page()
    d.ttl("CONTRATO DE TRABAJO POR TIEMPO DETERMINADO", size=13, space=1)
    d.ttl("Trabajadora extranjera temporal - Quebec, Canadá", size=9.5, style="I", space=3)
    d.clause(
        "Cláusula 1. Definiciones.",
        "Para los efectos de este contrato se entiende por: a) EL EMPLEADOR: Les Serres "
        "Boréales Inc., con domicilio en 455 rang Saint-Joseph, Saint-Rémi (Québec) J0L 2L0, "
        "Canadá; b) LA TRABAJADORA: la señora Marisol Yáñez Cuautle, de nacionalidad mexicana, "
        "con domicilio en Calle Juárez 18, Huamantla, Tlaxcala; c) LA TEMPORADA: el periodo "
        "señalado en la cláusula 4; d) EL RECLUTADOR: Talento Norte Consultores, S.C., con "
        "oficinas en Puebla, Puebla, contratado por EL EMPLEADOR para la selección de personal.",
    )
    d.clause(
        "Cláusula 2. Puesto.",
        "LA TRABAJADORA desempeñará el puesto de trabajadora de invernadero: siembra y "
        "trasplante de plántulas, poda y guiado de plantas de pepino, cosecha a mano, "
        "clasificación y empaque del producto.",
    )
    d.clause(
        "Cláusula 3. Lugar de trabajo.",
        "Los invernaderos de EL EMPLEADOR en Saint-Rémi, Quebec.",
    )
    d.clause(
        "Cláusula 4. Duración.",
        "Del 2 de marzo de 2026 al 27 de noviembre de 2026.",
    )
    d.clause(
        "Cláusula 5. Jornada.",
        "Cuarenta horas por semana, de lunes a viernes, de 7:00 a 16:00 horas, con una hora "
        "para comer. Las horas extra son voluntarias y se pagan conforme a la Ley de normas del "
        "trabajo de Quebec.",
    )
    d.clause(
        "Cláusula 6. Salario y pago.",
        "CAD 16.10 por hora, pagados cada dos semanas, los jueves, por depósito en la cuenta "
        "bancaria de LA TRABAJADORA, con un recibo que detalla horas, salario y deducciones.",
    )
    d.clause(
        "Cláusula 7. Deducciones.",
        "EL EMPLEADOR solo hará las deducciones obligatorias por ley: impuesto sobre la renta "
        "federal y de Quebec, cotización al Régimen de Rentas de Quebec (RRQ), seguro de empleo "
        "y seguro parental de Quebec (RQAP). No se descontará ningún otro concepto.",
    )
    d.clause(
        "Cláusula 8. Vivienda.",
        "EL EMPLEADOR proporciona alojamiento en la casa de 461 rang Saint-Joseph, sin costo "
        "para LA TRABAJADORA, con cocina equipada, lavadora e internet.",
    )
    d.clause(
        "Cláusula 9. Viaje.",
        "EL EMPLEADOR paga el boleto de avión de la Ciudad de México a Montreal y, al término "
        "del contrato, el boleto de avión de regreso de Montreal a la Ciudad de México, así "
        "como el traslado del aeropuerto a la vivienda.",
    )
    d.clause(
        "Cláusula 10. Costos del proceso.",
        "Todos los costos del proceso migratorio y de reclutamiento corren por cuenta de EL "
        "EMPLEADOR, según el Anexo Único. Ninguna persona puede cobrar a LA TRABAJADORA por "
        "esta vacante, y los honorarios de EL RECLUTADOR se pagan íntegramente por EL EMPLEADOR.",
    )
    d.clause(
        "Cláusula 11. Documentos y libertad.",
        "LA TRABAJADORA conserva en todo momento su pasaporte y su permiso de trabajo. Puede "
        "salir libremente de la vivienda en su tiempo libre y recibir visitas.",
    )
    d.clause(
        "Cláusula 12. Terminación.",
        "Cualquiera de las partes puede terminar el contrato con aviso por escrito de dos "
        "semanas. EL EMPLEADOR solo puede terminarlo sin aviso por falta grave comprobada, "
        "explicando el motivo por escrito; en ese caso paga el salario ganado hasta ese día. Si "
        "la terminación no se debe a una falta grave de LA TRABAJADORA, EL EMPLEADOR paga el "
        "boleto de regreso.",
    )
    d.clause(
        "Cláusula 13. Quejas.",
        "LA TRABAJADORA puede acudir a la CNESST, a su consulado o a cualquier organización de "
        "defensa de trabajadores migrantes sin represalias ni pérdida de futuras contrataciones.",
    )
    d.heading("ANEXO ÚNICO - COSTOS DEL PROCESO", size=10)
    d.tab(
        [
            ["Concepto", "A cargo de"],
            ["Evaluación de impacto en el mercado laboral (EIMT)", "EL EMPLEADOR"],
            ["Permiso de trabajo y datos biométricos", "EL EMPLEADOR"],
            ["Examen médico del panel autorizado", "EL EMPLEADOR"],
            ["Boleto de avión de ida y vuelta", "EL EMPLEADOR"],
            ["Seguro médico privado hasta obtener la RAMQ", "EL EMPLEADOR"],
            ["Cuota de reclutamiento o colocación", "Ninguna (prohibida)"],
        ],
        widths=(110, 50),
        grid=False,
        size=8.8,
    )
    d.signatures(
        "EL EMPLEADOR: Geneviève Lapointe-Roy, directora", "LA TRABAJADORA: Marisol Yáñez Cuautle"
    )
    d.output(str(path))


L09 = {
    "file": "o09.pdf",
    "program": "generic",
    "language": "es",
    "scanned": False,
    "pages": 2,
    "fees": [],
    "missing_terms": [],
    "recruiters": ["Talento Norte Consultores, S.C."],
    "traps": [
        "statutory deductions incl. 'seguro de empleo' and 'seguro parental' (not insurance findings)",
        "annex of process costs, every row paid by the employer; recruitment fee 'Ninguna (prohibida)'",
        "private health insurance paid by employer",
        "free housing with kitchen",
        "round-trip flight paid by employer",
        "recruiter fees paid by employer; nobody may charge the worker",
        "worker keeps passport; free to leave housing (negated movement restriction)",
    ],
    "doc_type": "work_contract",
    "layout": "formal clauses with a definitions clause; borderless annex cost table; repeated header and footer",
}


# ---------------------------------------------------------------------------------- o10
O10_VISA = (
    "Employment visa, Emirates ID and labour card charges, totalling AED 3,000, will be recovered "
    "from the Employee's salary in six monthly instalments of AED 500."
)
O10_TRN = (
    "No Employee is exempt from the BDT 18,000 trade test and orientation charge payable at the "
    "testing centre in Dhaka."
)
O10_FEE = (
    "The Employee shall hand the agency's service charge of BDT 3,20,000 to Mr. Jalal Uddin, the "
    "agency's representative in Sylhet, before the visa is stamped."
)


def o10(path):
    d = Doc(fmt="A4", footer_text="GMC/HR/OL/2026/0219 | page {p} of {nb}", family="sans")
    d.body = 9.4
    d.add_page()
    d.band(
        "GULF MERIDIAN CONTRACTING L.L.C.",
        "Plot 27, Al Quoz Industrial Area 3, P.O. Box 118204, Dubai, United Arab Emirates | Tel +971 4 555 0148",
        color=(20, 90, 80),
    )
    d.para("Ref: GMC/HR/OL/2026/0219", size=8.5, space=0.5)
    d.para("Date: 3 February 2026", size=8.5, space=3)
    d.para(
        "To: Mr. Md. Shahadat Hossain Mridha, son of Md. Abdul Hamid Mridha, Village Tilagaon, "
        "Kulaura, Moulvibazar, Bangladesh; Passport No. A07715230",
        size=9,
    )
    d.para(
        "Through: Sylhet Gateway Overseas Ltd. (Recruiting Licence RL-1462), Zindabazar, Sylhet",
        size=9,
        space=3,
    )
    d.ttl("OFFER LETTER CUM EMPLOYMENT AGREEMENT", size=12, space=3)
    d.para(
        "Dear Mr. Mridha, we are pleased to offer you employment with Gulf Meridian Contracting "
        'L.L.C. ("the Company") on the terms below. This letter becomes your employment '
        "agreement when you sign it."
    )
    d.clause(
        "1. Position.",
        "Steel Fixer. You will cut, bend and tie reinforcement bars according to the drawings, "
        "fix spacers and chairs, and assist with the placing of concrete on building sites.",
    )
    d.clause("2. Place of work.", "The Company's project sites in Dubai and Sharjah.")
    d.clause(
        "3. Working hours.",
        "Eight hours per day, six days per week, Friday as the weekly rest day. Overtime is paid "
        "at 125 per cent of the basic hourly wage as provided by UAE law.",
    )
    d.clause(
        "4. Salary.",
        "Basic salary AED 1,200 per month and a food allowance of AED 300 per month, paid "
        "monthly through the Wage Protection System before the 10th day of the following month.",
    )
    d.clause(
        "5. Accommodation and transport.",
        "Free shared accommodation in the Company labour camp at Al Quoz and free Company bus "
        "transport to and from the sites.",
    )
    d.clause(
        "6. Medical insurance.",
        "Health insurance as required by the Dubai Health Authority is provided by the Company "
        "at its own cost.",
    )
    d.clause("7. Visa and Emirates ID.", O10_VISA)
    d.clause(
        "8. Deductions.",
        "The following deductions apply: the visa recovery under clause 7, unpaid absence, and "
        "any amount ordered by a UAE court.",
    )
    d.clause(
        "9. Trade test.",
        "You must pass the steel fixer trade test and attend the pre-departure orientation "
        "before the visa is issued. " + O10_TRN,
    )
    d.clause(
        "10. Recruitment.",
        "The Company itself charges no recruitment fee. " + O10_FEE,
    )
    d.clause(
        "11. Air tickets.",
        "The Company provides a one-way air ticket from Dhaka to Dubai on joining and a one-way "
        "air ticket from Dubai to Dhaka on completion of service.",
    )
    d.clause(
        "12. Leave.",
        "Thirty calendar days of paid annual leave after each completed year of service.",
    )
    d.clause(
        "13. Termination.",
        "Either party may terminate this agreement by giving thirty (30) days' written notice. "
        "The Company may dismiss you without notice only for the reasons listed in the UAE "
        "Labour Law, and will then pay all wages due and the end-of-service gratuity earned.",
    )
    d.para(
        "Please sign below to confirm your acceptance. We look forward to welcoming you to the "
        "Company.",
        space=2,
    )
    d.signatures(
        "For Gulf Meridian Contracting L.L.C.: Rajesh Venkataraman, HR Manager",
        "Accepted by the Employee: Md. Shahadat Hossain Mridha",
    )
    d.output(str(path))


L10 = {
    "file": "o10.pdf",
    "program": "generic",
    "language": "en",
    "scanned": False,
    "pages": 1,
    "fees": [
        fee("visa_cost", "violation", 1, 3000.0, "AED", O10_VISA),
        fee("training_cost", "violation", 1, 18000.0, "BDT", O10_TRN),
        fee("recruitment_fee", "violation", 1, 320000.0, "BDT", O10_FEE),
    ],
    "missing_terms": ["employment_period"],
    "recruiters": ["Sylhet Gateway Overseas Ltd.", "Jalal Uddin"],
    "traps": [
        "'No Employee is exempt from the ... charge' is a finding (double negative)",
        "'The Company itself charges no recruitment fee' followed by a fee paid to the agency's representative",
        "amount in lakh notation BDT 3,20,000 = 320000",
        "health insurance at company cost",
        "free accommodation and transport",
        "no contract duration or end date anywhere (employment period missing)",
    ],
    "doc_type": "offer_letter",
    "layout": "A4 letter with colored letterhead band; reference/date block; numbered run-in clauses",
}


# ---------------------------------------------------------------------------------- o11
O11_FEE = (
    "The Worker pays the Agency MXN 8,500 as a registration and selection fee, in two "
    "instalments, before the consular interview."
)
O11_PASS = "The Worker is responsible for obtaining and paying for his own Mexican passport."
O11_BL = (
    "Workers who complain to any authority about the Agency or the Employer will be removed from "
    "the list for future seasons."
)


def o11(path):
    d = Doc(
        footer_text="Agromigra Servicios Integrales - Worker Placement Agreement - {p}/{nb}",
        family="sans",
    )
    d.body = 9.5
    d.add_page()
    d.ttl("AGROMIGRA SERVICIOS INTEGRALES, S. DE R.L. DE C.V.", size=12, space=0.5)
    d.ttl(
        "Av. Lázaro Cárdenas 1420, Col. Centro, Zamora, Michoacán, México",
        size=8.5,
        style="",
        space=3,
    )
    d.ttl("WORKER PLACEMENT AGREEMENT - H-2A SEASON 2026", size=11.5, space=3)
    d.para(
        "This agreement is made between Agromigra Servicios Integrales, S. de R.L. de C.V. (the "
        '"Agency") and Fidencio Olvera Cárdenas, of Tangancícuaro, Michoacán (the "Worker"), '
        'for work with the U.S. employer named below (the "Employer").'
    )
    d.tab(
        [
            ["Term", "Details"],
            ["Employer", "Redwing Berry Growers, Inc., 2250 Cook Road, Burlington, WA 98233"],
            [
                "Job",
                "Hand-harvest strawberries and blueberries into flats; weed; lay irrigation tape",
            ],
            ["Requirements", "Three months of berry harvest experience"],
            ["Worksite", "Employer's fields in Skagit County, Washington"],
            ["Dates", "5 June 2026 to 30 September 2026"],
            ["Hours", "8 hours a day, Monday to Saturday"],
            ["Wage", "$19.82 per hour"],
            ["Pay", "Every week, on Friday"],
            ["Deductions", "Federal income tax only if the Worker asks for it in writing"],
            ["Guarantee", "Work for at least 3/4 of the workdays of the season"],
            ["Housing", "Free housing in the Employer's labor camp at 2250 Cook Road"],
            ["Travel to job", "Bus Zamora - Burlington reimbursed in the first workweek"],
            ["Return travel", "Bus to Zamora paid by the Employer at the end of the season"],
            ["Daily transport", "Free bus from the camp to the fields every workday"],
            ["Tools", "Picking carts, flats and gloves given free, no deposit"],
            ["Termination", "Five days absent without notice = abandonment; dismissal for cause"],
        ],
        widths=(32, 142),
        size=8.6,
        bold_first_col=True,
    )
    d.clause("1.", O11_FEE)
    d.clause(
        "2.",
        "The Agency arranges the consular appointment and accompanies the Worker to the "
        "consulate in Monterrey.",
    )
    d.add_page()
    d.ttl("GENERAL CONDITIONS", size=11, space=2)
    d.clause(
        "3.", O11_PASS + " The MRV visa fee and the bus to the border are paid by the Employer."
    )
    d.clause(
        "4.",
        "The Worker hands the Agency his original birth certificate, a copy of his voter "
        "credential and two photographs; the originals are returned the same day after copying.",
    )
    d.clause(
        "5.",
        "The Agency tells the Worker the travel date by telephone at least five days before "
        "departure. The Worker must be at the Agency's office at the time given.",
    )
    d.clause("6.", O11_BL)
    d.clause(
        "7.",
        "Any change to this agreement must be in writing and signed by both parties.",
    )
    d.clause(
        "8.",
        "The Worker declares that he has read this agreement and received a copy.",
    )
    d.para("Zamora, Michoacán, 14 April 2026.", space=2)
    d.signatures(
        "For the Agency: Lic. Efrén Pacheco Zavala", "The Worker: Fidencio Olvera Cárdenas"
    )
    d.fingerprint_box("Worker's right thumbprint")
    d.output(str(path))


L11 = {
    "file": "o11.pdf",
    "program": "h2a",
    "language": "en",
    "scanned": True,
    "pages": 2,
    "fees": [
        fee("recruitment_fee", "violation", 1, 8500.0, "MXN", O11_FEE),
        fee("visa_cost", "review", 2, None, None, O11_PASS),
        fee("blacklisting_threat", "violation", 2, None, None, O11_BL),
    ],
    "missing_terms": [
        "wage_adjustment",
        "meals",
        "workers_compensation",
        "earnings_statements",
        "contract_impossibility",
    ],
    "recruiters": ["Agromigra Servicios Integrales, S. de R.L. de C.V."],
    "traps": [
        "passport fee alone borne by worker: review under h2a, not violation",
        "MRV visa fee and bus to the border paid by employer",
        "originals of birth certificate handed over and returned the same day (not document retention)",
        "free housing, daily transport, tools",
        "SCANNED image-only; terms in a gridded table",
    ],
    "doc_type": "recruiter_agreement",
    "layout": "recruiter letterhead; gridded terms table; short numbered clauses; fingerprint box; SCANNED image-only",
}


# ---------------------------------------------------------------------------------- o12
def o12(path):
    d = Doc(
        header_text="Tidewater Shellfish Processors Ltd. | Employment Contract | Temporary Foreign Worker Program",
        footer_text="Contract TSP-2026-PH-09 | Page {p} of {nb} | Initials: Employer ____  Worker ____",
        family="serif",
    )
    d.body = 9.2
    d.add_page()
    d.ttl("EMPLOYMENT CONTRACT", size=14, space=1)
    d.ttl(
        "between Tidewater Shellfish Processors Ltd. and Ma. Cristina Dela Peña Villanueva",
        size=9.5,
        style="I",
        space=4,
    )
    sections = [
        (
            "1. PARTIES",
            "1.1 The Employer is Tidewater Shellfish Processors Ltd., 41 Wharf Road, Shippagan, "
            "New Brunswick E8S 1J4, Canada. 1.2 The Worker is Ma. Cristina Dela Peña Villanueva, "
            "a citizen of the Philippines residing at Barangay Tabuc Suba, Jaro, Iloilo City.",
        ),
        (
            "2. DEFINITIONS",
            '"Contract Period" means the period in section 4. "Recruiters" means Maple Harbour '
            "Recruitment Inc. of Moncton, New Brunswick, and Visayas Pacific Manpower Services "
            "Inc. of Iloilo City, a licensed Philippine agency, both engaged and paid by the "
            'Employer. "Plant" means the Employer\'s processing plant at 41 Wharf Road, '
            "Shippagan.",
        ),
        (
            "3. POSITION",
            "The Worker is employed as a Fish and Seafood Plant Worker (NOC 94142). Duties: "
            "shucking oysters and scallops, grading and weighing product, packing and labelling "
            "boxes, and cleaning work stations at the Plant.",
        ),
        (
            "4. CONTRACT PERIOD",
            "From 4 May 2026 to 3 May 2028 (twenty-four months).",
        ),
        (
            "5. HOURS OF WORK",
            "Forty (40) hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m. Overtime beyond "
            "44 hours per week is paid at one and one-half times the regular wage, as required by "
            "New Brunswick law.",
        ),
        (
            "6. WAGES",
            "CAD 17.50 per hour, paid every two weeks on Thursday by direct deposit, with a pay "
            "statement showing hours, gross wages and each deduction.",
        ),
        (
            "7. DEDUCTIONS",
            "Only the deductions required by law are made: federal and provincial income tax, "
            "Canada Pension Plan contributions and Employment Insurance premiums. No other "
            "amount is deducted without the Worker's written consent for her own benefit.",
        ),
        (
            "8. RECRUITMENT COSTS",
            "The Employer shall not, directly or indirectly, recover from the Worker any cost of "
            "recruitment, including the fees of either Recruiter, the Labour Market Impact "
            "Assessment fee, the work permit fee, the medical examination or the biometrics fee.",
        ),
        (
            "9. TRAVEL",
            "The Employer pays the Worker's air ticket from Iloilo to Moncton and ground "
            "transport to Shippagan, and at the end of the Contract Period, or if the contract "
            "ends early for any reason, the return air ticket from Moncton to Iloilo.",
        ),
        (
            "10. HOUSING AND HEALTH",
            "Employer-arranged housing at 17 rue du Quai, Shippagan, is provided at no cost to "
            "the Worker for the whole Contract Period. Private health insurance is purchased "
            "by the Employer until provincial Medicare coverage begins.",
        ),
        (
            "11. PROTECTIVE EQUIPMENT",
            "Boots, aprons, cut-resistant gloves and hairnets are provided free of charge and "
            "replaced when worn; normal wear and tear is never charged to the Worker.",
        ),
        (
            "12. PERSONAL DOCUMENTS AND FREEDOM",
            "The Worker keeps her passport, work permit and all personal documents. The Worker "
            "may change employers in accordance with her work permit without any penalty, "
            "repayment or loss of wages earned.",
        ),
        (
            "13. TERMINATION",
            "The Worker may resign with two weeks' written notice. The Employer may end the "
            "contract only for just cause, stated in writing, or with the notice or pay in lieu "
            "of notice required by the New Brunswick Employment Standards Act.",
        ),
        (
            "14. COMPLAINTS",
            "The Worker may contact Employment Standards New Brunswick, Service Canada or the "
            "Philippine Migrant Workers Office without any reprisal.",
        ),
        (
            "15. LANGUAGE",
            "A Tagalog translation is attached. Both versions are equally valid.",
        ),
    ]
    d.set_font("serif", "", d.body)
    with d.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15, balance=True) as cols:
        for head, body in sections:
            d.set_font("serif", "B", d.body)
            cols.write(head + "\n")
            d.set_font("serif", "", d.body)
            cols.write(body + "\n\n")
    d.set_font("serif", "", d.body)
    d.add_page()
    d.heading("SCHEDULE A - COSTS OF RECRUITMENT, PERMITS AND TRAVEL", size=10.5)
    d.para(
        "The following costs are paid by the Employer. None of them may be deducted from the "
        "Worker's wages or collected from the Worker by any person.",
        size=9,
    )
    d.tab(
        [
            ["Cost", "Approximate amount", "Paid by"],
            ["Labour Market Impact Assessment processing fee", "CAD 1,000", "Employer"],
            ["Work permit fee", "CAD 155", "Employer"],
            ["Biometrics", "CAD 85", "Employer"],
            ["Medical examination (panel physician, Iloilo)", "PHP 6,200", "Employer"],
            ["Service fee of Maple Harbour Recruitment Inc.", "as invoiced", "Employer"],
            ["Service fee of Visayas Pacific Manpower Services Inc.", "as invoiced", "Employer"],
            ["Pre-departure orientation seminar", "free", "Employer"],
            ["Air ticket Iloilo - Moncton and return", "as booked", "Employer"],
        ],
        widths=(100, 40, 34),
        size=8.8,
    )
    d.signatures(
        "For the Employer: Yvon J. Chiasson, President",
        "The Worker: Ma. Cristina Dela Peña Villanueva",
    )
    d.output(str(path))


L12 = {
    "file": "o12.pdf",
    "program": "generic",
    "language": "en",
    "scanned": False,
    "pages": 2,
    "fees": [],
    "missing_terms": [],
    "recruiters": ["Maple Harbour Recruitment Inc.", "Visayas Pacific Manpower Services Inc."],
    "traps": [
        "statutory deductions: income tax, CPP, Employment Insurance premiums",
        "employer shall not recover recruitment costs, LMIA, permit, medical or biometrics fees",
        "free housing; private health insurance bought by employer",
        "protective equipment free; normal wear and tear never charged",
        "worker keeps passport; may change employer without penalty (negated movement restriction / breach penalty)",
        "return ticket paid by employer",
        "Schedule A cost table with amounts (CAD 1,000, PHP 6,200 ...) all paid by employer; orientation free",
    ],
    "doc_type": "work_contract",
    "layout": "two-column formal contract (balanced text columns); schedule table on page 2; repeated header and initials footer",
}
