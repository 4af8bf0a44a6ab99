"""f05-f10: recruiter agreements, OFW contract, flyer, offer letter, scanned notice."""

from render import F

f05 = dict(
    file="f05.pdf",
    program="h2b",
    language="es",
    font="serif",
    size=10,
    margin=22,
    format="Legal",
    footer="Contrato de reclutamiento — Servicios Laborales Copán Internacional — folio {p}",
    doc_type="recruiter_agreement",
    layout="legal size, serif; DECLARACIONES / CLÁUSULAS; gridded job-terms table; signature and fingerprint boxes",
    recruiters=["Servicios Laborales Copán Internacional, S. de R.L."],
    missing_terms=[
        "visa_reimbursement",
        "three_fourths_guarantee",
        "earnings_statements",
        "contract_impossibility",
    ],
    traps=[
        "return ticket paid by the company",
        "tools provided without cost",
        "worker keeps her passport",
        "'cuota' of square feet of lawn as a work target",
    ],
    body=[
        ("title", "CONTRATO DE PRESTACIÓN DE SERVICIOS DE RECLUTAMIENTO"),
        (
            "p",
            "En la ciudad de Santa Rosa de Copán, Honduras, a 12 de enero de 2026, comparecen por una parte Servicios Laborales Copán Internacional, S. de R.L., con oficinas en Barrio El Centro, 3a. Avenida Norte, a quien en adelante se llamará LA AGENCIA, y por la otra la señora Keila Marisol Portillo Guerra, con documento de identidad 0401-1994-00327, a quien se llamará LA PERSONA TRABAJADORA, quienes acuerdan lo siguiente.",
        ),
        ("h", "DECLARACIONES"),
        (
            "p",
            "I. LA AGENCIA declara que fue contratada por Gulf Shore Landscaping Co., 77 Magnolia Avenue, Gulfport, Mississippi 39501, Estados Unidos, en adelante LA EMPRESA, para reclutar trabajadores de jardinería con visa H-2B.",
        ),
        (
            "p",
            "II. LA PERSONA TRABAJADORA declara que sabe leer y escribir y que desea trabajar en Estados Unidos por temporada.",
        ),
        ("h", "CONDICIONES DEL EMPLEO"),
        (
            "table",
            [
                ["Concepto", "Condición"],
                [
                    "Puesto",
                    "Trabajadora de jardinería: cortar césped, podar setos, plantar flores y recoger hojas",
                ],
                ["Lugar", "Casas y comercios de Gulfport y Biloxi, Mississippi"],
                ["Periodo", "Del 16 de marzo al 15 de noviembre de 2026"],
                ["Jornada", "40 horas semanales, de lunes a viernes, de 7:00 a.m. a 3:30 p.m."],
                [
                    "Salario",
                    "$15.00 por hora, o el salario más alto que fije la ley durante la temporada",
                ],
                ["Horas extra", "$22.50 por hora después de 40 horas"],
                ["Pago", "Cada dos semanas, por depósito o cheque"],
                ["Descuentos", "Impuestos de ley únicamente"],
                [
                    "Viaje de ida",
                    "Autobús San Pedro Sula - Gulfport reembolsado en la primera semana",
                ],
                ["Regreso", "Pasaje de regreso pagado por LA EMPRESA al final"],
                ["Herramientas", "Podadoras, tijeras y guantes sin costo alguno"],
                ["Requisitos", "Un año de experiencia en jardinería o agricultura"],
            ],
            (38, 130),
        ),
        ("pb",),
        ("h", "CLÁUSULAS"),
        (
            "p",
            "PRIMERA. LA AGENCIA se obliga a presentar el expediente de LA PERSONA TRABAJADORA a LA EMPRESA y a acompañarla a la entrevista consular.",
        ),
        (
            "F",
            F(
                "SEGUNDA. Por concepto de gestión de su expediente, LA PERSONA TRABAJADORA entregará a LA AGENCIA la cantidad de Lps. 8,000 antes de la entrevista consular.",
                "recruitment_fee",
                8000.0,
                "HNL",
            ),
        ),
        (
            "F",
            F(
                "TERCERA. El arancel de la visa H-2B y el viaje a la Embajada en Tegucigalpa corren por cuenta de LA PERSONA TRABAJADORA, sin que le sean devueltos.",
                "visa_cost",
            ),
        ),
        (
            "F",
            F(
                "CUARTA. Como garantía de cumplimiento, LA PERSONA TRABAJADORA firmará un pagaré en blanco a favor de LA AGENCIA, que se hará efectivo si no termina la temporada.",
                "deposit_or_bond",
            ),
        ),
        (
            "p",
            "QUINTA. LA PERSONA TRABAJADORA conservará en todo momento su pasaporte y su tarjeta de identidad.",
        ),
        (
            "p",
            "SEXTA. LA PERSONA TRABAJADORA cumplirá la cuota diaria de metros cuadrados de césped que le asigne su supervisor y las reglas de seguridad de LA EMPRESA. LA EMPRESA podrá dar por terminado el empleo por causa justificada, y tres días de ausencia seguidos sin aviso se tomarán como abandono.",
        ),
        (
            "F",
            F(
                "SÉPTIMA. Quien presente quejas ante el Consulado o ante el Departamento de Trabajo quedará excluido de futuras contrataciones de LA AGENCIA.",
                "blacklisting_threat",
            ),
        ),
        (
            "p",
            "OCTAVA. Para cualquier controversia las partes se someten a los tribunales de Santa Rosa de Copán.",
        ),
        ("p", "Leído que fue el presente contrato, lo firman por duplicado."),
        ("sig", ["Por LA AGENCIA", "LA PERSONA TRABAJADORA", "Huella digital"]),
    ],
)

f06 = dict(
    file="f06.pdf",
    program="h2a",
    language="es",
    font="narrow",
    size=10.5,
    margin=20,
    footer="Enlace Agrícola del Bajío, S.C. — Convenio de colocación — {p}",
    doc_type="recruiter_agreement",
    layout="single column, narrow font; DECLARACIONES / CLÁUSULAS; gridded job table; signature table with fingerprint box",
    recruiters=["Enlace Agrícola del Bajío, S.C."],
    missing_terms=[
        "wage_adjustment",
        "three_fourths_guarantee",
        "inbound_transportation",
        "daily_transportation",
        "workers_compensation",
        "earnings_statements",
    ],
    traps=[
        "free housing",
        "meals: free kitchen",
        "return bus paid by employer",
        "tools without charge",
        "'préstamo' of a ladder (lend)",
    ],
    body=[
        ("title", "CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN"),
        (
            "p",
            "Que celebran Enlace Agrícola del Bajío, S.C., con domicilio en Calle Hidalgo 57, Zona Centro, Dolores Hidalgo, Guanajuato, representada por el Lic. Ernesto Villagómez Ruiz, en lo sucesivo EL RECLUTADOR, y el señor Martín Olvera Bocanegra, en lo sucesivo EL TRABAJADOR, al tenor de las siguientes declaraciones y cláusulas.",
        ),
        ("h", "DECLARACIONES"),
        (
            "p",
            "a) Declara EL RECLUTADOR que busca trabajadores para Sandhill Sweet Potato Co., 2901 NC Highway 24, Clinton, Carolina del Norte 28328, en lo sucesivo EL PATRÓN, bajo el programa de visas H-2A.",
        ),
        ("p", "b) Declara EL TRABAJADOR que es mayor de edad y que tiene experiencia en el campo."),
        ("h", "DATOS DEL EMPLEO"),
        (
            "table",
            [
                ["Concepto", "Descripción"],
                [
                    "Trabajo",
                    "Cosecha de camote: levantar camote a mano detrás del arado, llenar cubetas y vaciarlas en los cajones",
                ],
                [
                    "Lugar",
                    "Campos de EL PATRÓN en los condados de Sampson y Duplin, Carolina del Norte",
                ],
                ["Fechas", "Del 10 de agosto al 20 de noviembre de 2026"],
                ["Horario", "De lunes a sábado, 8 horas diarias"],
                ["Pago", "$15.81 por hora o $0.55 por cubeta, lo que resulte mayor; cada semana"],
                ["Descuentos", "Impuestos y los que dice la cláusula CUARTA"],
                ["Vivienda", "Gratuita, en el campamento del rancho"],
                ["Comida", "Cocina equipada sin costo para cocinar cada quien"],
                ["Regreso", "Autobús de Clinton a Monterrey pagado por EL PATRÓN"],
                [
                    "Herramientas",
                    "Cubetas, guantes y cuchillos sin cargo; se le presta escalera si hace falta",
                ],
                ["Requisitos", "Tres meses de experiencia en cosecha"],
            ],
            (34, 135),
        ),
        ("h", "CLÁUSULAS"),
        (
            "p",
            "PRIMERA. EL RECLUTADOR inscribirá a EL TRABAJADOR en el grupo que viajará a Clinton y le avisará la fecha de su cita en el consulado de Monterrey.",
        ),
        (
            "F",
            F(
                "SEGUNDA. Para apartar su lugar en el grupo, el trabajador deposita seis mil pesos en la cuenta de EL RECLUTADOR a más tardar el día de su registro.",
                "recruitment_fee",
                6000.0,
                "MXN",
            ),
        ),
        (
            "F",
            F(
                "TERCERA. Los análisis clínicos y la radiografía de tórax que pide EL PATRÓN son pagados por el trabajador en el laboratorio que le indique EL RECLUTADOR.",
                "medical_cost",
            ),
        ),
        (
            "F",
            F(
                "CUARTA. EL RECLUTADOR adelantará al trabajador $3,500 pesos para sus gastos de camino, que se le cobrarán con un interés del 10% mensual descontándolos de sus cheques en Estados Unidos.",
                "debt_bondage",
                3500.0,
                "MXN",
            ),
        ),
        (
            "F",
            F(
                "QUINTA. El autobús de Dolores Hidalgo a Clinton y el hotel en Monterrey son pagados por el trabajador y no se le reembolsan.",
                "travel_cost",
            ),
        ),
        (
            "p",
            "SEXTA. EL PATRÓN podrá dar por terminada la relación por faltas graves o por abandono de más de cinco días seguidos.",
        ),
        (
            "p",
            "SÉPTIMA. Si por helada, huracán o inundación no se puede seguir cosechando, EL PATRÓN pagará el regreso de EL TRABAJADOR a Monterrey.",
        ),
        ("p", "Firman de conformidad en Dolores Hidalgo, Guanajuato, el 2 de junio de 2026."),
        ("sig", ["EL RECLUTADOR", "EL TRABAJADOR", "Huella"]),
    ],
)

f07 = dict(
    file="f07.pdf",
    program="generic",
    language="en",
    font="dvserif",
    size=9.5,
    margin=18,
    format="A4",
    footer="Standard Employment Contract - Household Service Worker - page {p}",
    doc_type="ofw_contract",
    layout="A4, DejaVu Serif; parties grid table; numbered articles",
    recruiters=["Luzviminda Manpower Services Corp.", "Al-Rawda Domestic Labour Office"],
    missing_terms=["hours_of_work", "return_transportation"],
    traps=[
        "medical exam in Kuwait paid by the Sponsor",
        "residence permit (iqama) paid by the Sponsor",
        "worker may keep her own mobile phone",
        "free food and lodging inside the household",
    ],
    body=[
        ("title", "EMPLOYMENT CONTRACT FOR HOUSEHOLD SERVICE WORKER (KUWAIT)"),
        (
            "table",
            [
                ["Party", "Name and address"],
                [
                    "Sponsor / Employer",
                    "Mr. Fahad Abdullah Al-Mutairi, Block 4, Street 12, House 31, Salwa, Kuwait",
                ],
                [
                    "Worker",
                    "Ma. Theresa Bautista Dizon, Purok 3, Barangay San Isidro, Cabanatuan City, Nueva Ecija",
                ],
                [
                    "Philippine agency",
                    "Luzviminda Manpower Services Corp., 1402 Taft Avenue, Malate, Manila",
                ],
                ["Foreign agency", "Al-Rawda Domestic Labour Office, Hawally, Kuwait"],
            ],
            (40, 130),
        ),
        (
            "p",
            "1. Position. The Worker is employed as a household service worker to clean the house, wash and iron clothes, cook for the family and look after two children aged 4 and 7.",
        ),
        ("p", "2. Site. The work is at the Sponsor's residence in Salwa, Kuwait."),
        (
            "p",
            "3. Duration. Two (2) years beginning on the Worker's arrival in Kuwait, expected on 1 May 2026.",
        ),
        (
            "p",
            "4. Salary. KWD 120 per month, paid on the last day of each month into the Worker's bank account.",
        ),
        (
            "p",
            "5. Working time. The Worker shall work as the household requires and shall have one rest day a week.",
        ),
        (
            "p",
            "6. Food and lodging. The Worker receives free food and a private room in the household. The Worker may keep her own mobile phone.",
        ),
        (
            "p",
            "7. Medical. The medical examination in Kuwait and the residence permit (iqama) fees are paid by the Sponsor.",
        ),
        (
            "F",
            F(
                "8. A placement fee of PHP 35,000 is paid by the Worker to the Agency upon signing of this contract.",
                "recruitment_fee",
                35000.0,
                "PHP",
            ),
        ),
        (
            "F",
            F(
                "9. The sum of KWD 150 shall be deducted from the Worker's first salaries as refund of her air ticket to Kuwait.",
                "travel_cost",
                150.0,
                "KWD",
            ),
        ),
        (
            "F",
            F(
                "10. The Worker shoulders the cost of her household service skills assessment and pre-departure orientation seminar, PHP 4,800.",
                "training_cost",
                4800.0,
                "PHP",
            ),
        ),
        (
            "p",
            "11. Deductions. Apart from the air ticket refund in article 9, no deduction is made from the salary.",
        ),
        (
            "F",
            F(
                "12. The Worker's passport and civil ID shall remain in the custody of the Sponsor throughout the period of employment.",
                "document_retention",
            ),
        ),
        (
            "F",
            F(
                "13. The Worker shall not go out of the household on her rest day unless accompanied by a member of the Sponsor's family.",
                "movement_restriction",
            ),
        ),
        (
            "p",
            "14. Termination. Either party may end this contract for just cause on written notice of thirty days. The Sponsor may end it at once for theft or serious misconduct.",
        ),
        (
            "p",
            "15. Disputes shall first be brought to the Philippine Overseas Labor Office in Kuwait.",
        ),
        ("sig", ["Sponsor", "Worker", "Agency"]),
    ],
)

f08 = dict(
    file="f08.pdf",
    program="generic",
    language="es",
    font="dv",
    size=9.5,
    margin=8,
    format=(105, 300),
    bg=(236, 229, 221),
    bottom=6,
    doc_type="whatsapp_flyer",
    layout="tall narrow page; green chat header; left/right chat bubbles with timestamps",
    recruiters=["Chambas Canadá Oaxaca"],
    missing_terms=[
        "employer_identity",
        "worker_identity",
        "deductions",
        "return_transportation",
        "termination",
    ],
    traps=[
        "work permit (LMIA) paid by the Canadian employer",
        "'sin costo' transport from Oaxaca to the CDMX meeting point",
    ],
    body=[
        ("band", "Chambas Canadá Oaxaca", (7, 94, 84), "Lista de difusión · 142 contactos"),
        (
            "bubble",
            "📢 ¡¡SE BUSCAN 40 PERSONAS PARA INVERNADERO EN CANADÁ!!".replace("📢 ", ""),
            "L",
            "7:41",
        ),
        ("bubble", "Lugar: invernaderos de jitomate en Leamington, Ontario.", "L", "7:41"),
        ("bubble", "Trabajo: cortar y empacar jitomate y pepino.", "L", "7:42"),
        (
            "bubble",
            "Del 15 de febrero al 30 de octubre de 2027, de lunes a sábado, 9 horas al día.",
            "L",
            "7:42",
        ),
        ("bubble", "Pago: 17.60 dólares canadienses la hora, te pagan cada semana.", "L", "7:43"),
        (
            "bubble",
            F(
                "Para apartar tu lugar son $2,500 pesos y te llega tu folio por WhatsApp.",
                "recruitment_fee",
                2500.0,
                "MXN",
            ),
            "L",
            "7:44",
        ),
        (
            "bubble",
            F(
                "El seguro de gastos médicos para el viaje lo pagas tú: 1,800 pesos.",
                "insurance_cost",
                1800.0,
                "MXN",
            ),
            "L",
            "7:44",
        ),
        ("bubble", "oiga y el pasaporte?", "R", "8:02"),
        ("bubble", F("El pasaporte lo sacas tú por tu cuenta.", "visa_cost"), "L", "8:05"),
        (
            "bubble",
            "El permiso de trabajo lo paga el patrón canadiense, a ti no te cuesta.",
            "L",
            "8:05",
        ),
        (
            "bubble",
            F(
                "Además se deja un depósito de 5 mil pesos que se te regresa cuando vuelvas a México.",
                "deposit_or_bond",
                5000.0,
                "MXN",
            ),
            "L",
            "8:06",
        ),
        (
            "bubble",
            "Del centro de Oaxaca a la Ciudad de México te llevamos en camioneta sin costo.",
            "L",
            "8:07",
        ),
        ("bubble", "Cupo limitado, manda tu nombre y CURP 👇".replace(" 👇", "."), "L", "8:07"),
    ],
)

f09 = dict(
    file="f09.pdf",
    program="generic",
    language="en+es",
    font="sans",
    size=8.5,
    margin=14,
    format="Letter",
    doc_type="offer_letter",
    layout="one page; colored letterhead band; gridded 3-column table Term | English | Español",
    recruiters=["Agencia de Empleo Puente Sur, S.A."],
    missing_terms=[],
    traps=[
        "recruiter fee paid by the hotel / la agencia la paga el hotel",
        "uniforms laundered free",
        "statutory social-security (CCSS) contribution only",
        "staff meal at no cost",
        "worker keeps her passport",
        "guests pay resort fees (hotel business, not the worker)",
    ],
    body=[
        (
            "band",
            "Hotel Brisa Azul S.A.",
            (0, 105, 148),
            "Avenida Central 214, Tamarindo, Guanacaste, Costa Rica",
        ),
        ("p", "9 de febrero de 2026 / February 9, 2026"),
        ("p", "Sra. Yolanda Mairena Ortiz, Barrio Guadalupe, Chinandega, Nicaragua"),
        (
            "p",
            "Dear Mrs. Mairena / Estimada Sra. Mairena: we are pleased to offer you the position below. / Con gusto le ofrecemos el puesto que se describe abajo.",
        ),
        (
            "table",
            [
                ["Term / Concepto", "English", "Español"],
                [
                    "Employer / Empleador",
                    "Hotel Brisa Azul S.A., Avenida Central 214, Tamarindo, Guanacaste, Costa Rica",
                    "Hotel Brisa Azul S.A., Avenida Central 214, Tamarindo, Guanacaste, Costa Rica",
                ],
                ["Worker / Trabajadora", "Yolanda Mairena Ortiz", "Yolanda Mairena Ortiz"],
                [
                    "Position / Puesto",
                    "Room attendant: clean and make up guest rooms, restock linen and amenities",
                    "Camarera de piso: limpiar y arreglar habitaciones, reponer ropa de cama y amenidades",
                ],
                ["Place / Lugar", "Hotel Brisa Azul, Tamarindo", "Hotel Brisa Azul, Tamarindo"],
                [
                    "Dates / Fechas",
                    "March 1, 2026 to February 28, 2027",
                    "Del 1 de marzo de 2026 al 28 de febrero de 2027",
                ],
                [
                    "Hours / Horario",
                    "48 hours a week, six 8-hour shifts, one day off",
                    "48 horas semanales, seis turnos de 8 horas, un día libre",
                ],
                ["Pay / Salario", "CRC 480,000 per month", "₡480.000 al mes".replace("₡", "CRC ")],
                [
                    "Payday / Pago",
                    "Twice a month, on the 15th and the last day",
                    "Dos veces al mes, el 15 y el último día",
                ],
                [
                    "Deductions / Rebajos",
                    "Only the legal CCSS social-security contribution (10.67%)",
                    "Solo la cuota obrera legal de la CCSS (10,67%)",
                ],
                [
                    "Uniform / Uniforme",
                    "Three uniforms given and laundered free",
                    "Tres uniformes entregados y lavados gratis",
                ],
                [
                    "Meals / Comidas",
                    "One staff meal per shift at no cost",
                    "Una comida por turno sin costo",
                ],
                [
                    "Travel / Viaje",
                    "Bus Chinandega - Tamarindo and back home at the end paid by the hotel",
                    "Bus Chinandega - Tamarindo y el regreso al final pagados por el hotel",
                ],
                [
                    "Documents / Documentos",
                    "You keep your passport and permit at all times",
                    "Usted guarda su pasaporte y permiso en todo momento",
                ],
                [
                    "Recruiter / Agencia",
                    "Agencia de Empleo Puente Sur, S.A. is paid by the hotel; you pay nothing",
                    "A la Agencia de Empleo Puente Sur, S.A. la paga el hotel; usted no paga nada",
                ],
                [
                    "Ending / Terminación",
                    "Either side may end the contract with 30 days' notice; dismissal without notice only for serious misconduct under the Labor Code",
                    "Cualquiera de las partes puede terminar con 30 días de aviso; despido sin aviso solo por falta grave según el Código de Trabajo",
                ],
            ],
            (32, 80, 80),
        ),
        (
            "p",
            "Front-desk staff collect resort fees from guests; room attendants do not handle money. / El personal de recepción cobra a los huéspedes la tarifa del hotel; las camareras no manejan dinero.",
        ),
        ("sig", ["Hotel Brisa Azul S.A.", "Accepted / Aceptado"]),
    ],
)

f10 = dict(
    file="f10.pdf",
    program="generic",
    language="en",
    font="mono",
    size=9.5,
    margin=20,
    format="Letter",
    scanned=True,
    doc_type="offer_letter",
    layout="one page, typewriter-style mono font; SCANNED image-only (rotated, noisy, blurred)",
    recruiters=["Blue Mountain Overseas Placements Ltd."],
    missing_terms=["employer_identity", "hours_of_work", "termination"],
    traps=["return ticket provided by the employer", "NIS and income tax as deductions"],
    body=[
        ("title", "BLUE MOUNTAIN OVERSEAS PLACEMENTS LTD.", "L"),
        ("p", "14 Constant Spring Road, Half Way Tree, Kingston 10, Jamaica"),
        ("p", "22 January 2026"),
        ("p", "Mr. Devon A. Clarke, 9 Mango Walk, May Pen, Clarendon"),
        ("p", "Dear Mr. Clarke,"),
        (
            "p",
            "We are glad to tell you that you were selected for a cook's helper job at a beach hotel in Providenciales, Turks and Caicos Islands. You will prepare vegetables, wash pots and keep the kitchen clean.",
        ),
        (
            "p",
            "The contract runs from 1 April 2026 to 31 March 2027. Pay is US$ 1,450 a month, paid once a month. Deductions are NIS and income tax as the law requires. A return ticket home is provided by the employer.",
        ),
        (
            "F",
            F(
                "A processing fee of JMD 65,000 must be paid at our Half Way Tree office before your file is sent to the employer.",
                "recruitment_fee",
                65000.0,
                "JMD",
            ),
        ),
        (
            "F",
            F(
                "Applicants pay for their own medical and police record, about JMD 12,000, at the clinic we name.",
                "medical_cost",
                12000.0,
                "JMD",
            ),
        ),
        (
            "F",
            F(
                "The employer holds back US$100 from each monthly pay cheque and releases it when the contract is completed.",
                "wage_withholding",
                100.0,
                "USD",
            ),
        ),
        ("p", "Please come in with your passport and two photos by 6 February."),
        ("p", "Yours truly,"),
        ("p", "Marcia Beckford, Placement Officer"),
    ],
)

DOCS = [f05, f06, f07, f08, f09, f10]
