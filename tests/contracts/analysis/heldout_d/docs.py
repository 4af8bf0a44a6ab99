"""Document texts for the heldout_d batch (blind-written; see README in build.py).

Each document is a dict: meta (labels fields) + blocks (layout-neutral content).
Block kinds: title, sub, h, p, bul, kv (2-col grid), tbl (header + rows), let (lettered
item), qa (question/answer), sig (signature grid), pb (page break), letterhead.
"""

D = {}

# ---------------------------------------------------------------- d01 H-2A citrus (compliant)
D["d01"] = dict(
    engine="fpdf",
    font="DejaVuSans",
    size=9.5,
    band=(31, 94, 60),
    band_text="ALTAMAHA GROVE PARTNERS LLP  |  H-2A CLEARANCE ORDER",
    meta=dict(
        program="h2a",
        language="en",
        doc_type="job_order",
        layout="single column fpdf2; green header band on every page; key/value grid; worksite table; lettered assurances A.-R.",
        recruiters=["Cosecha Justa Enlace, S.C."],
        traps=[
            "'feeding fruit' onto the grading belt is a job duty",
            "paid coffee break",
            "statutory withholding / tax only on request",
            "lawful H-2A meal plan at $15.90 per day (under cap)",
            "housing at no cost whatsoever to the worker, no deposit",
            "free kitchen",
            "inbound costs reimbursed no later than the first pay period / at 50%",
            "company absorbs visa and border fees",
            "tools without charge or deposit; not billed for accidental breakage",
            "recruiter's fee paid by the employer",
            "workers keep their passports",
            "no blacklisting for complaints",
            "residents come and go freely",
        ],
        fees=[],
        missing_terms=[],
    ),
    blocks=[
        ("title", "H-2A Clearance Order: Terms and Conditions of Employment"),
        (
            "sub",
            "Satsuma mandarin and navel orange harvest, Appling and Bacon Counties, Georgia. Season 2026-2027.",
        ),
        ("h", "I. The employer"),
        (
            "kv",
            [
                ("Legal name", "Altamaha Grove Partners LLP"),
                ("Principal office", "1187 Satilla Bluff Road, Baxley, GA 31513"),
                ("Telephone", "(912) 555-0187"),
                ("Hiring contact", "Dolores Quattlebaum, Grove Manager"),
            ],
            (45, 135),
        ),
        ("h", "II. The position"),
        (
            "p",
            "Job title: citrus harvest worker (farmworkers and laborers, crop; SOC 45-2092). Number of openings: 36.",
        ),
        (
            "p",
            "Workers climb orchard ladders to hand-clip satsumas and navel oranges, place the fruit in picking bags without puncturing the peel, and empty the bags into field bins. Between picks they prune water sprouts, rake dropped fruit, and help in the packing shed, feeding fruit from the bin dumper onto the grading belt and packing cartons for shipment. The work is done outdoors on cold mornings, in heat, on wet grass and uneven ground.",
        ),
        (
            "p",
            "Minimum qualifications: three months of experience hand-harvesting tree fruit, verifiable by a reference; able to carry a 45-pound picking bag up and down a 14-foot ladder throughout the shift. No schooling and no English are required.",
        ),
        ("h", "III. Dates, hours and pay"),
        (
            "kv",
            [
                ("Period of employment", "October 19, 2026 through January 29, 2027"),
                (
                    "Hours",
                    "40 hours per week: Monday through Friday, 7:30 a.m. to 4:00 p.m., with a 30-minute unpaid lunch and a paid 15-minute coffee break each morning",
                ),
                (
                    "Rate of pay",
                    "$15.02 per hour; when a crew picks satsumas by the bag, $1.35 per 3/4-bushel bag if that earns more than the hourly rate",
                ),
                ("Payday", "Every Friday (weekly), for the workweek ending the previous Sunday"),
                (
                    "Deductions",
                    "Federal income tax only if the worker asks for it in writing; court-ordered garnishments; the optional meal plan in Assurance D; any other deduction the worker authorizes in writing for his own benefit. Social Security and Medicare are not withheld from H-2A wages.",
                ),
            ],
            (45, 135),
        ),
        ("h", "IV. Where the work is done"),
        (
            "tbl",
            ["Site", "Address", "County"],
            [
                ["Home grove", "1187 Satilla Bluff Road, Baxley, GA 31513", "Appling"],
                ["Surrency grove", "340 Tillman Cemetery Road, Surrency, GA 31563", "Appling"],
                ["Alma block", "6021 U.S. Highway 1 North, Alma, GA 31510", "Bacon"],
                ["Packing shed", "1201 Satilla Bluff Road, Baxley, GA 31513", "Appling"],
            ],
            (40, 105, 35),
        ),
        ("pb",),
        ("h", "V. Assurances of the employer"),
        (
            "let",
            "A.",
            "Wage floor. The employer will pay at least the highest of the Adverse Effect Wage Rate, the prevailing hourly or piece rate, the agreed collective bargaining rate, or the federal or Georgia minimum wage in force when the work is performed; if a higher rate is published during the contract, it is paid from its effective date.",
        ),
        (
            "let",
            "B.",
            "Three-fourths guarantee. The employer guarantees to offer each worker employment for hours equal to at least three-fourths of the workdays of the contract period, counted from the first workday after arrival to the end date above; if less work is offered, the worker is paid what he would have earned for the hours short of the guarantee.",
        ),
        (
            "let",
            "C.",
            "Housing. Workers live at the Satilla Bluff labor camp, 1220 Satilla Bluff Road, Baxley, GA, inspected on October 2, 2026. Beds, mattresses, blankets, gas, water and electricity are provided at no cost whatsoever to the worker, and no security deposit is taken for bedding or keys. Residents come and go as they please outside working hours and may receive visitors.",
        ),
        (
            "let",
            "D.",
            "Meals. A camp cook prepares three meals a day for workers who sign up for the meal plan at $15.90 per day, which is below the maximum meal charge published by the Department of Labor; workers who prefer to cook for themselves use the camp kitchen, where stoves, refrigerators and utensils are supplied free of charge.",
        ),
        (
            "let",
            "E.",
            "Travel to the job. The employer buys the bus ticket from Monterrey, Nuevo Leon, to Baxley whenever it can. A worker who paid his own fare or road meals will be reimbursed no later than the first pay period for any amount that would bring his first week's wages below the minimum wage, and for the full balance once he completes 50 percent of the contract period.",
        ),
        (
            "let",
            "F.",
            "Visa costs. The company absorbs the H-2A visa fee, the visa reservation fee and the border-crossing fee; these are either paid directly or refunded in the first workweek.",
        ),
        (
            "let",
            "G.",
            "Trip home. A worker who completes the contract, or who is released early for reasons other than voluntary abandonment or termination for cause, receives transportation and daily subsistence back to Monterrey at the employer's expense.",
        ),
        (
            "let",
            "H.",
            "Daily transportation. A company bus carries workers from the camp to the groves each morning and back each evening, free of charge.",
        ),
        (
            "let",
            "I.",
            "Tools. Clippers, ladders, picking bags, gloves and rain gear are issued without charge and without any deposit; workers are not billed for ordinary wear or accidental breakage.",
        ),
        (
            "let",
            "J.",
            "Workers' compensation. Every worker is covered from the first day by workers' compensation insurance with Peach State Agricultural Mutual, policy PSAM-WC-2026-4471.",
        ),
        (
            "let",
            "K.",
            "Earnings statements. On each payday the worker receives a written statement showing hours offered, hours worked, bags picked, the rate or rates of pay, total earnings, each deduction and net pay.",
        ),
        (
            "let",
            "L.",
            "Records. Payroll records are kept for three years and shown to any worker who asks.",
        ),
        (
            "let",
            "M.",
            "Abandonment and discharge. A worker who misses five consecutive scheduled workdays without the employer's consent is considered to have abandoned the job; a worker may be discharged for cause only after a written warning. In either case the employer notifies the Department of Labor and DHS in writing within two working days.",
        ),
        (
            "let",
            "N.",
            "Contract impossibility. If a hard freeze, a hurricane or another Act of God makes the work impossible, the employer may end the contract early with the approval of the Certifying Officer; it then pays the three-fourths guarantee up to the termination date, the trip home, and any inbound costs not yet reimbursed.",
        ),
        (
            "let",
            "O.",
            "No fees. Neither the employer nor its agent in Mexico, Cosecha Justa Enlace, S.C., charges workers anything for recruitment; the agent's service fee is paid by Altamaha Grove Partners LLP, and the agent's contract forbids it to collect any payment from workers.",
        ),
        (
            "let",
            "P.",
            "Identity papers. Workers keep their own passports, visas and other identity documents at all times.",
        ),
        (
            "let",
            "Q.",
            "No retaliation. No worker will be threatened, blacklisted or discharged for filing a complaint, testifying, or speaking with a lawyer, a union or a government agency about his rights.",
        ),
        (
            "let",
            "R.",
            "Language. Each worker receives this contract in Spanish, the language he reads, no later than the day he applies for the visa.",
        ),
        (
            "sig",
            ["For Altamaha Grove Partners LLP", "Worker"],
            ["Dolores Quattlebaum, Grove Manager", "Name: ____________________________"],
        ),
    ],
)

# ---------------------------------------------------------------- d02 NC tobacco (ES, usted)
D["d02"] = dict(
    engine="rl",
    font="Helvetica",
    size=8.6,
    band=None,
    pagesize="letter",
    meta=dict(
        program="h2a",
        language="es",
        doc_type="work_contract",
        layout="reportlab, small Helvetica; boxed gridded RESUMEN table; numbered CLAUSULAS; no header band",
        recruiters=[],
        traps=[
            "'alimentar la maquina de enhebrar' is a job duty",
            "los gastos de la visa corren a cargo de la empresa",
            "curso gratuito sobre tabaco verde",
            "cocina sin costo",
            "herramientas prestadas sin costo",
            "usted guarda su pasaporte",
            "no lista negra por quejas",
        ],
        fees=[
            dict(
                category="housing_charge",
                amount=38.5,
                currency="USD",
                quote="Por el uso de la casa móvil se descontarán $38.50 semanales de su cheque, incluidos la luz y el agua.",
            ),
            dict(
                category="equipment_charge",
                amount=60.0,
                currency="USD",
                quote="Los trajes impermeables para cosechar la hoja mojada se entregan contra un depósito de $60, que sólo se devuelve si el traje regresa en buen estado.",
            ),
            dict(
                category="wage_withholding",
                amount=10.0,
                currency=None,
                quote="El diez por ciento de cada pago quedará retenido por la granja y se le entregará al terminar la temporada, siempre que usted cumpla el contrato completo.",
            ),
        ],
        missing_terms=["three_fourths_guarantee", "earnings_statements", "contract_impossibility"],
    ),
    blocks=[
        ("title", "CONTRATO INDIVIDUAL DE TRABAJO AGRÍCOLA TEMPORAL (VISA H-2A)"),
        (
            "sub",
            "Tabaco flue-cured y camote · Condado de Wilson, Carolina del Norte · Temporada 2026",
        ),
        (
            "p",
            "Este contrato se celebra entre Pettigrew Leaf Farms, Inc., con domicilio en 4420 Old Stantonsburg Road, Wilson, NC 27893 (en lo sucesivo, «la granja»), y el trabajador cuyo nombre aparece al final, contratado con visa H-2A. Léalo con calma; si no entiende algo, pregunte antes de firmar.",
        ),
        ("h", "RESUMEN DE LA OFERTA"),
        (
            "kv",
            [
                ("Puesto", "Trabajador agrícola de tabaco y camote"),
                (
                    "Tareas",
                    "Trasplantar plántulas de tabaco, despuntar y desbotonar las plantas, cosechar la hoja a mano, alimentar la máquina de enhebrar hojas (looper), cargar los hornos de curado y, en septiembre, cosechar camote.",
                ),
                (
                    "Lugares de trabajo",
                    "Campos de la granja en 4420 Old Stantonsburg Road y en 2915 Lamm Road, Wilson, NC; hornos de curado en 4460 Old Stantonsburg Road.",
                ),
                ("Periodo", "Del 27 de abril de 2026 al 30 de octubre de 2026"),
                (
                    "Jornada",
                    "8 horas diarias de lunes a viernes y 4 horas los sábados (44 horas por semana)",
                ),
                ("Salario", "$15.88 por hora"),
                ("Día de pago", "Cada jueves (pago semanal)"),
                (
                    "Descuentos",
                    "Impuestos que usted pida por escrito, pensión alimenticia ordenada por un juez, y la renta y el depósito que se indican en las cláusulas cuarta y sexta.",
                ),
                ("Garantía de empleo", "Según las necesidades de la cosecha."),
                (
                    "Requisitos",
                    "Un mes de experiencia en cosecha de tabaco o de hortalizas; poder levantar 50 libras.",
                ),
            ],
            (110, 400),
        ),
        ("h", "CLÁUSULAS"),
        (
            "p",
            "PRIMERA. Salario mínimo garantizado. La granja pagará la tarifa más alta entre la AEWR, el salario prevaleciente y el salario mínimo federal o estatal; si durante la temporada se publica una AEWR mayor, se pagará desde la fecha en que entre en vigor.",
        ),
        (
            "p",
            "SEGUNDA. Viaje de llegada y de regreso. La granja compra el boleto de autobús de Monterrey a Wilson y paga $16.00 diarios para comida durante el viaje; los gastos de la visa corren a cargo de la empresa y se reembolsan con el primer cheque. Al terminar el contrato, la granja paga el boleto de regreso a Monterrey y la comida del camino.",
        ),
        (
            "p",
            "TERCERA. Transporte diario. La camioneta de la granja lleva a los trabajadores gratis de la vivienda a los campos y de regreso todos los días de trabajo.",
        ),
        (
            "p",
            "CUARTA. Vivienda. Los trabajadores se alojan en las casas móviles de 4480 Old Stantonsburg Road, con cocina equipada, lavadora y regaderas con agua caliente. Por el uso de la casa móvil se descontarán $38.50 semanales de su cheque, incluidos la luz y el agua.",
        ),
        (
            "p",
            "QUINTA. Comidas. Cada casa móvil tiene estufa, refrigerador y utensilios para que usted cocine, sin costo alguno.",
        ),
        (
            "p",
            "SEXTA. Herramientas y equipo. Los cuchillos de despunte, los guantes y los carritos se le prestan sin costo. Los trajes impermeables para cosechar la hoja mojada se entregan contra un depósito de $60, que sólo se devuelve si el traje regresa en buen estado.",
        ),
        (
            "p",
            "SÉPTIMA. Capacitación. Antes de empezar usted recibirá un curso gratuito sobre la enfermedad del tabaco verde y el uso seguro de pesticidas, en horas pagadas.",
        ),
        (
            "p",
            "OCTAVA. Retención. El diez por ciento de cada pago quedará retenido por la granja y se le entregará al terminar la temporada, siempre que usted cumpla el contrato completo.",
        ),
        (
            "p",
            "NOVENA. Seguro de riesgos de trabajo. La granja mantiene una póliza de compensación al trabajador con Carolina Growers Mutual, número CGM-55120, que cubre los accidentes y enfermedades del trabajo.",
        ),
        (
            "p",
            "DÉCIMA. Terminación. Si usted falta cinco días laborales seguidos sin avisar, se considera que abandonó el trabajo. La granja puede despedirle por causa justificada, comunicada por escrito, y en ese caso usted pierde el derecho al viaje de regreso pagado.",
        ),
        (
            "p",
            "UNDÉCIMA. Documentos y quejas. Usted guarda siempre su pasaporte y su visa. Nadie será castigado ni puesto en una lista negra por quejarse ante el Departamento de Trabajo o consultar a un abogado.",
        ),
        (
            "sig",
            ["Por la granja", "El trabajador"],
            ["Harlan Pettigrew, presidente", "Nombre y firma: ______________________"],
        ),
    ],
)

# ---------------------------------------------------------------- d03 sheepherder (EN)
D["d03"] = dict(
    engine="rl",
    font="Times-Roman",
    size=10.5,
    band=None,
    pagesize="letter",
    rule=True,
    meta=dict(
        program="h2a",
        language="en",
        doc_type="work_contract",
        layout="reportlab Times; centred title with ruled lines; numbered Articles; monthly wage",
        recruiters=[],
        traps=[
            "'feeding livestock' is a herding duty",
            "groceries supplied at no charge",
            "sheep wagon free of any rent",
            "moves between allotments at no charge",
        ],
        fees=[
            dict(
                category="movement_restriction",
                amount=None,
                currency=None,
                quote="Herders are not permitted to leave the band or go into town on days off unless the foreman drives them and stays with them.",
            ),
            dict(
                category="damage_chargeback",
                amount=None,
                currency=None,
                quote="The cost of repairing a sheep wagon, saddle or radio damaged through the herder's carelessness will be taken out of his wages.",
            ),
            dict(
                category="document_retention",
                amount=None,
                currency=None,
                quote="Passports and visa papers are held in the ranch office safe for the whole contract and returned at the Casper airport on the day of departure.",
            ),
            dict(
                category="blacklisting_threat",
                amount=None,
                currency=None,
                quote="Any herder who files a complaint with an outside agency will be reported to immigration as a runaway and will not be requested again by any member ranch.",
            ),
        ],
        missing_terms=["wage_adjustment", "workers_compensation", "job_requirements"],
    ),
    blocks=[
        ("title", "RANGE SHEEPHERDER EMPLOYMENT CONTRACT"),
        ("sub", "H-2A temporary employment in range occupations, 2026-2027"),
        (
            "p",
            'This contract is made between Tensleep Creek Sheep Company, 9 Red Gulch Road, Shell, Wyoming 82441 (the "Rancher"), and the undersigned worker (the "Herder"), who has been admitted to the United States under an H-2A visa.',
        ),
        ("h", "Article 1. Duties"),
        (
            "p",
            "The Herder tends a band of about 1,200 ewes and their lambs on open range: herding, feeding livestock and guarding the band against coyotes and bears, doctoring sick animals, moving the band to fresh grazing and water, and helping at lambing and shearing. The Herder is on call up to 24 hours a day, seven days a week, as is customary in range work.",
        ),
        ("h", "Article 2. Place of work"),
        (
            "p",
            "The grazing allotments on Bureau of Land Management and Bighorn National Forest lands in Big Horn and Washakie Counties, Wyoming, and the home ranch at 9 Red Gulch Road, Shell.",
        ),
        ("h", "Article 3. Term"),
        ("p", "From March 1, 2026 to February 28, 2027."),
        ("h", "Article 4. Pay"),
        (
            "p",
            "The Herder is paid $2,006.20 per month for each full month, whatever the number of hours. Wages are paid twice a month, on the 1st and the 16th, by check or direct deposit. Only federal income tax the Herder asks to have withheld and deductions required by a court order are taken from pay.",
        ),
        ("h", "Article 5. Qualifications"),
        ("p", "Qualifications: as required by the ranch."),
        ("h", "Article 6. Lodging and food"),
        (
            "p",
            "The Herder lives in a sheep wagon or camp trailer furnished with a bed, a stove, a heater and a lantern, supplied free of any rent. Groceries are delivered to the camp at least once a week by the camp tender and are supplied at no charge, together with at least 4.5 gallons of drinking water per day.",
        ),
        ("h", "Article 7. Travel"),
        (
            "p",
            "The Rancher pays the airfare from Lima, Peru to Casper, Wyoming and the meals on the way, and repays any amount the Herder advanced no later than the half-way point of the contract. At the end of the contract the Rancher pays the trip home to Lima. Moves between allotments are made in the Rancher's trucks at no charge, and the camp tender drives the Herder to town for medical care free of cost.",
        ),
        ("h", "Article 8. Equipment"),
        (
            "p",
            "A saddle horse, saddle, herding dogs, binoculars, a two-way radio and all camp supplies are provided free.",
        ),
        ("h", "Article 9. Guarantee"),
        (
            "p",
            "The Rancher guarantees work for at least three-fourths of the workdays of the contract period, or pays the difference.",
        ),
        ("h", "Article 10. Pay records"),
        ("p", "A written statement of earnings and deductions is given with every payment."),
        ("h", "Article 11. Conduct in camp"),
        (
            "p",
            "Herders are not permitted to leave the band or go into town on days off unless the foreman drives them and stays with them. The cost of repairing a sheep wagon, saddle or radio damaged through the herder's carelessness will be taken out of his wages.",
        ),
        ("h", "Article 12. Documents"),
        (
            "p",
            "Passports and visa papers are held in the ranch office safe for the whole contract and returned at the Casper airport on the day of departure.",
        ),
        ("h", "Article 13. Complaints"),
        (
            "p",
            "Any herder who files a complaint with an outside agency will be reported to immigration as a runaway and will not be requested again by any member ranch.",
        ),
        ("h", "Article 14. Ending the contract"),
        (
            "p",
            "A herder who leaves the band for five consecutive days without notice is deemed to have abandoned the job. The Rancher may discharge a herder for cause after a written warning.",
        ),
        ("h", "Article 15. Impossibility"),
        (
            "p",
            "If fire, drought or a government closure of the allotments makes the work impossible, the Rancher may end the contract after notifying the Department of Labor, paying the three-fourths guarantee up to that date and the trip home.",
        ),
        (
            "sig",
            ["For Tensleep Creek Sheep Company", "Herder"],
            ["Wade Ostrander, owner", "______________________________"],
        ),
    ],
)

# ---------------------------------------------------------------- d04 carnival H-2B (compliant)
D["d04"] = dict(
    engine="fpdf",
    font="DejaVuSerif",
    size=9.5,
    band=(120, 30, 90),
    band_text="BRIGHTWATER MIDWAY AMUSEMENTS, INC.  ·  H-2B JOB ORDER 2026",
    meta=dict(
        program="h2b",
        language="en",
        doc_type="job_order",
        layout="single column fpdf2 serif; purple header band; bulleted terms; route table (dates/event/location); numbered sections",
        recruiters=[],
        traps=[
            "'collect ride tickets and game fees from customers' is a job duty",
            "15-minute coffee break",
            "statutory withholding",
            "free ride-safety course",
            "inbound travel reimbursed no later than the first pay period",
            "the company absorbs visa and border-crossing fees",
            "bunk trailers at no cost whatsoever to the worker, no deposit",
            "tools, harnesses and uniform shirts free; not charged for normal wear",
            "recruiters contractually barred from collecting fees",
            "workers keep passports; free to leave the lot",
            "no retaliation",
        ],
        fees=[],
        missing_terms=[],
    ),
    blocks=[
        ("title", "Job Order: H-2B Seasonal Amusement Workers"),
        ("sub", "Ride operators and game attendants for the 2026 Southeast fair route"),
        ("h", "1. Employer"),
        (
            "bul",
            [
                "Brightwater Midway Amusements, Inc.",
                "610 Fairground Lane, Gibsonton, FL 33534",
                "Telephone (813) 555-0199",
                "Contact: Renata Oyelaran-Price, Show Office Manager",
            ],
        ),
        ("h", "2. Job"),
        (
            "p",
            "Amusement and recreation attendant (SOC 39-3091), 28 openings. Workers set up, inspect and tear down rides and game trailers at each fair; operate rides following the manufacturer's daily checklist; collect ride tickets and game fees from customers, make change and turn in the cash box at the end of each night; and keep the midway clean.",
        ),
        (
            "p",
            "Requirements: at least 18 years old; three months of experience operating amusement rides or working at a fair; able to lift 60 pounds and to stand for a full shift. Every worker takes the employer's free ride-safety course, on the clock, before operating a ride.",
        ),
        ("h", "3. Season and route"),
        (
            "p",
            "The season runs from March 23, 2026 to November 20, 2026. The show plays the following dates:",
        ),
        (
            "tbl",
            ["Dates", "Event", "Location"],
            [
                ["Mar 23 - Apr 12", "Winter quarters set-up", "610 Fairground Lane, Gibsonton, FL"],
                ["Apr 16 - May 10", "South Georgia Spring Fair", "Valdosta, Lowndes County, GA"],
                ["May 14 - Jun 21", "Upstate Family Fair", "Spartanburg, SC"],
                ["Jun 25 - Aug 9", "Shenandoah Valley fairs", "Roanoke and Staunton, VA"],
                ["Aug 13 - Sep 27", "Cumberland Valley Exposition", "Hagerstown, MD"],
                [
                    "Oct 1 - Nov 20",
                    "Harvest fairs and tear-down",
                    "Raleigh, NC, then Gibsonton, FL",
                ],
            ],
            (38, 70, 72),
        ),
        ("h", "4. Hours and pay"),
        (
            "bul",
            [
                "Hours: 40 hours per week, normally Tuesday through Sunday from 2:00 p.m. to 10:00 p.m. with a 15-minute coffee break; set-up and tear-down days run from 8:00 a.m. to 5:00 p.m.",
                "Wage: $14.35 per hour. If the Department of Labor publishes a higher prevailing wage, or a federal, state or local minimum wage goes up, the higher rate is paid from the day it takes effect.",
                "Overtime: hours over 40 in a workweek are paid at $21.53 per hour (time and a half).",
                "Payday: weekly, every Monday, by direct deposit or a pay card that carries no fees.",
                "Deductions: statutory withholding only (federal income tax, Social Security and Medicare, and state income tax where required), plus voluntary deductions such as union dues that a worker authorizes in writing.",
                "Pay stubs: each stub lists hours offered, hours worked, the hourly and overtime rates, gross pay, every deduction and net pay.",
            ],
        ),
        ("h", "5. Guarantee"),
        (
            "p",
            "For each 12-week period of the season, and for the final shorter period, the employer guarantees hours equal to at least three-fourths of the workdays in that period; any shortfall is paid as if the hours had been worked.",
        ),
        ("pb",),
        ("h", "6. Travel, visas and housing"),
        (
            "p",
            "Travel from the worker's home to Gibsonton, including bus or plane fare, lodging on the road and daily subsistence, will be reimbursed no later than the first pay period, unless the employer buys the ticket in advance.",
        ),
        (
            "p",
            "The company absorbs the visa application fee, the visa issuance fee and the border-crossing fee; if a worker paid any of them, the full amount is refunded in the first workweek.",
        ),
        (
            "p",
            "A worker who completes the season, or who is dismissed early for any reason other than cause, receives the return trip home and daily subsistence at the employer's expense.",
        ),
        (
            "p",
            "Air-conditioned bunk trailers travel with the show. A bunk is provided at no cost whatsoever to the worker, and no deposit is charged for keys or bedding.",
        ),
        ("h", "7. Tools and uniforms"),
        (
            "p",
            "All tools, safety harnesses, gloves and two uniform shirts are supplied free of charge, and workers are not charged for normal wear.",
        ),
        ("h", "8. Ending employment"),
        (
            "p",
            "A worker who fails to report for five consecutive working days without consent is deemed to have abandoned employment, and the employer will notify the Department of Labor and DHS within two business days. Discharge is for cause only, explained to the worker in writing.",
        ),
        (
            "p",
            "If the season is cut short by a hurricane, a fire or another event beyond the employer's control, the employer may end the contract with the Department of Labor's approval; it still pays the three-fourths guarantee through the end date and the return trip.",
        ),
        ("h", "9. Workers' rights"),
        (
            "p",
            "Recruitment is at no cost whatsoever to the worker: neither the employer nor any recruiter it uses may ask a worker for money, and its recruiters are contractually barred from doing so. Workers keep their own passports and visas, are free to leave the show lot after their shift, and will not be punished or blacklisted for complaining to the Department of Labor or anyone else.",
        ),
        (
            "sig",
            ["Brightwater Midway Amusements, Inc.", "Worker"],
            ["Renata Oyelaran-Price", "______________________________"],
        ),
    ],
)

# ---------------------------------------------------------------- d05 forestry H-2B (ES, tú)
D["d05"] = dict(
    engine="rl",
    font="Helvetica",
    size=10,
    band=(40, 70, 40),
    band_text="UMPQUA RIDGE FORESTRY SERVICES, INC. · CONTRATO H-2B",
    pagesize="letter",
    meta=dict(
        program="h2b",
        language="es",
        doc_type="work_contract",
        layout="reportlab Helvetica; dark green header band; numbered paragraphs in 'tú' voice; gridded worksite table",
        recruiters=[],
        traps=[
            "herramientas de plantar gratuitas",
            "casas de campaña y regadera sin costo",
            "nadie te puede cobrar por darte este trabajo",
            "tú guardas tu pasaporte",
            "retenciones de impuestos de ley",
        ],
        fees=[
            dict(
                category="equipment_charge",
                amount=120.0,
                currency="USD",
                quote="Las botas de clavos, el casco y el impermeable se te venden en 120.00 USD, que se descuentan de tus dos primeros cheques.",
            ),
            dict(
                category="travel_cost",
                amount=None,
                currency=None,
                quote="El autobús de Monterrey a Roseburg y la noche de hotel en la frontera corren por tu cuenta.",
            ),
            dict(
                category="visa_cost",
                amount=None,
                currency=None,
                quote="La cuota de la visa y el cruce de frontera también los pagas tú, y la compañía no te los devuelve.",
            ),
            dict(
                category="meal_charge",
                amount=12.0,
                currency="USD",
                quote="En esos días la comida del campamento cuesta $12 diarios y se te descuenta cada semana.",
            ),
        ],
        missing_terms=[
            "overtime",
            "inbound_transportation",
            "visa_reimbursement",
            "contract_impossibility",
        ],
    ),
    blocks=[
        ("title", "CONTRATO DE TRABAJO: PLANTACIÓN DE ÁRBOLES, TEMPORADA 2026"),
        (
            "p",
            "Compañero: este documento explica las condiciones de tu trabajo con Umpqua Ridge Forestry Services, Inc., 1450 Garden Valley Boulevard, Roseburg, Oregon 97471. Guárdalo y enséñalo si alguien te pregunta por tu contrato.",
        ),
        (
            "p",
            "1. Tu puesto. Plantador de árboles (trabajador forestal, SOC 45-4011). Plantarás plántulas de abeto Douglas y de pino con azadón de plantar en terrenos talados o quemados, cargarás las bolsas de plántulas, limpiarás la maleza alrededor de los árboles jóvenes y ayudarás a contar los árboles plantados.",
        ),
        (
            "p",
            "2. Requisitos. Tener 18 años cumplidos, tres meses de experiencia en trabajo forestal o agrícola en terreno empinado, y poder cargar 40 libras de plántulas en las bolsas.",
        ),
        ("p", "3. Lugares de trabajo. Trabajarás en las unidades de plantación siguientes:"),
        (
            "tbl",
            ["Unidad", "Lugar", "Fechas aproximadas"],
            [
                [
                    "Umpqua Norte",
                    "Bosque Nacional Umpqua, condado de Douglas, Oregon",
                    "12 ene - 20 feb",
                ],
                [
                    "Siuslaw Costa",
                    "Bosque Nacional Siuslaw, condado de Lane, Oregon",
                    "23 feb - 27 mar",
                ],
                [
                    "Coquille",
                    "Terrenos privados de Coquille, condado de Coos, Oregon",
                    "30 mar - 29 may",
                ],
            ],
            (100, 250, 120),
        ),
        ("p", "4. Fechas. Del 12 de enero al 29 de mayo de 2026."),
        (
            "p",
            "5. Horario. 8 horas diarias, de lunes a viernes, de 7:00 a 15:30, con media hora para comer; 40 horas a la semana.",
        ),
        (
            "p",
            "6. Pago. $23.14 por hora. Si el Departamento de Trabajo publica un salario prevaleciente más alto o sube el salario mínimo, se te paga la tarifa más alta desde que entre en vigor. Se paga cada semana, los viernes.",
        ),
        ("p", "7. Tiempo extra. Según las necesidades del contrato forestal."),
        (
            "p",
            "8. Descuentos. Impuestos federales y del estado de Oregon, Seguro Social y Medicare, y lo que se indica en los puntos 10 y 12.",
        ),
        (
            "p",
            "9. Garantía de tres cuartas partes. En cada periodo de 12 semanas, y en el último periodo aunque sea más corto, la compañía te ofrece horas que suman por lo menos tres cuartas partes de los días de trabajo; si no, te paga la diferencia.",
        ),
        (
            "p",
            "10. Equipo. El azadón de plantar, las bolsas para plántulas y las cintas de marcar son gratuitos. Las botas de clavos, el casco y el impermeable se te venden en 120.00 USD, que se descuentan de tus dos primeros cheques.",
        ),
        (
            "p",
            "11. Viaje. El autobús de Monterrey a Roseburg y la noche de hotel en la frontera corren por tu cuenta. La cuota de la visa y el cruce de frontera también los pagas tú, y la compañía no te los devuelve. Al terminar la temporada, o si te despiden antes sin causa, la compañía te paga el pasaje de regreso a Monterrey y la comida del camino.",
        ),
        (
            "p",
            "12. Campamento. Cuando la cuadrilla trabaja lejos de Roseburg, se acampa cerca del terreno y la compañía pone las casas de campaña y la regadera portátil sin costo. En esos días la comida del campamento cuesta $12 diarios y se te descuenta cada semana.",
        ),
        (
            "p",
            "13. Recibos de pago. Con cada pago recibes un talón con las horas ofrecidas, las horas trabajadas, el pago bruto, cada descuento y el pago neto.",
        ),
        (
            "p",
            "14. Despido y abandono. Si faltas cinco días seguidos sin avisar, se considera que dejaste el trabajo. Sólo te pueden despedir por causa justa, explicada por escrito.",
        ),
        (
            "p",
            "15. Tus derechos. Nadie te puede cobrar por darte este trabajo. Tú guardas tu pasaporte. Puedes quejarte ante el Departamento de Trabajo sin que haya represalias.",
        ),
        (
            "sig",
            ["Umpqua Ridge Forestry Services, Inc.", "Trabajador"],
            ["Gil Fairweather, mayordomo de cuadrilla", "Firma: ______________________"],
        ),
    ],
)

# ---------------------------------------------------------------- d06 Guatemala intermediación (h2b)
D["d06"] = dict(
    engine="rl",
    font="Times-Roman",
    size=10.5,
    band=None,
    pagesize="legal",
    rule=True,
    meta=dict(
        program="h2b",
        language="es",
        doc_type="recruiter_agreement",
        layout="reportlab Times, legal size; CONSIDERANDOS / ESTIPULACIONES; gridded job-terms table; signature grid with 'Huella digital' box",
        recruiters=["Enlaces Laborales del Altiplano, S.A."],
        traps=[
            "el empleador compra el boleto de avion",
            "el empleador reembolsa la visa en la primera semana",
            "la trabajadora conserva su pasaporte y DPI",
        ],
        fees=[
            dict(
                category="recruitment_fee",
                amount=4000.0,
                currency="GTQ",
                quote="Por la gestión de su expediente, LA TRABAJADORA entregará a LA AGENCIA la suma de cuatro mil quetzales (Q.4,000.00), en dos pagos iguales, antes de la entrevista consular.",
            ),
            dict(
                category="medical_cost",
                amount=650.0,
                currency="GTQ",
                quote="El examen médico y las pruebas de laboratorio se realizarán en el sanatorio que designe LA AGENCIA y serán pagados por LA TRABAJADORA, por un total de seiscientos cincuenta quetzales.",
            ),
            dict(
                category="deposit_or_bond",
                amount=None,
                currency=None,
                quote="Como garantía de cumplimiento, LA TRABAJADORA firmará un pagaré en blanco a favor de LA AGENCIA, que le será devuelto cuando regrese a Guatemala al final de la temporada.",
            ),
        ],
        missing_terms=[
            "wage_adjustment",
            "overtime",
            "three_fourths_guarantee",
            "tools_provided",
            "earnings_statements",
            "contract_impossibility",
        ],
    ),
    blocks=[
        (
            "title",
            "CONTRATO DE INTERMEDIACIÓN LABORAL PARA EMPLEO TEMPORAL EN LOS ESTADOS UNIDOS DE AMÉRICA",
        ),
        (
            "p",
            "En la ciudad de Quetzaltenango, el dieciocho de febrero de dos mil veintiséis, comparecen: por una parte, Enlaces Laborales del Altiplano, S.A., agencia privada de empleo con oficinas en 14 avenida 3-27, zona 1, Quetzaltenango, representada por su gerente, Licda. Marta Julia Xicará Coyoy, a quien en adelante se denomina «LA AGENCIA»; y por la otra, Rosa Imelda Tzunún Chay, de treinta y un años, con DPI número 2154 66802 0901, vecina de Olintepeque, a quien se denomina «LA TRABAJADORA». Ambas partes convienen en celebrar el presente contrato de conformidad con los siguientes considerandos y estipulaciones.",
        ),
        ("h", "CONSIDERANDOS"),
        (
            "p",
            "I. Que LA AGENCIA ha sido encargada por Palmetto Dunes Hospitality Group, LLC (en adelante, «EL EMPLEADOR») de preseleccionar personal para puestos temporales de limpieza de habitaciones con visa H-2B.",
        ),
        (
            "p",
            "II. Que LA TRABAJADORA fue entrevistada por LA AGENCIA y desea participar en el proceso de selección, sabiendo que la decisión final sobre la visa corresponde al consulado.",
        ),
        ("h", "ESTIPULACIONES"),
        (
            "p",
            "PRIMERA. Condiciones del empleo. Las condiciones que ofrece EL EMPLEADOR son las siguientes:",
        ),
        (
            "kv",
            [
                (
                    "Empleador",
                    "Palmetto Dunes Hospitality Group, LLC, 2705 South Ocean Boulevard, Myrtle Beach, SC 29577, EE. UU.",
                ),
                (
                    "Puesto",
                    "Camarista de hotel: limpiar y ordenar habitaciones, cambiar ropa de cama, reponer amenidades y reportar desperfectos.",
                ),
                (
                    "Lugar de trabajo",
                    "Hoteles de EL EMPLEADOR en Myrtle Beach y North Myrtle Beach, Carolina del Sur",
                ),
                ("Periodo", "Del 1 de abril al 31 de octubre de 2026"),
                ("Jornada", "40 horas por semana, turnos de 8:00 a 16:30 con media hora de comida"),
                ("Salario", "US$ 13.84 por hora"),
                ("Tiempo extra", "A criterio de EL EMPLEADOR"),
                ("Pago", "Cada dos semanas, por depósito bancario"),
                ("Descuentos", "Impuestos federales y estatales, Seguro Social y Medicare"),
                (
                    "Requisitos",
                    "Tres meses de experiencia en limpieza de hoteles o casas; saber leer y escribir",
                ),
                (
                    "Viaje de ida",
                    "EL EMPLEADOR compra el boleto de avión de Guatemala a Myrtle Beach",
                ),
                ("Viaje de regreso", "Pagado por EL EMPLEADOR al terminar la temporada"),
                (
                    "Visa",
                    "EL EMPLEADOR reembolsa la cuota de la visa en la primera semana de trabajo",
                ),
            ],
            (120, 380),
        ),
        (
            "p",
            "SEGUNDA. De los costos del trámite. Por la gestión de su expediente, LA TRABAJADORA entregará a LA AGENCIA la suma de cuatro mil quetzales (Q.4,000.00), en dos pagos iguales, antes de la entrevista consular. El examen médico y las pruebas de laboratorio se realizarán en el sanatorio que designe LA AGENCIA y serán pagados por LA TRABAJADORA, por un total de seiscientos cincuenta quetzales.",
        ),
        (
            "p",
            "TERCERA. De la garantía. Como garantía de cumplimiento, LA TRABAJADORA firmará un pagaré en blanco a favor de LA AGENCIA, que le será devuelto cuando regrese a Guatemala al final de la temporada.",
        ),
        (
            "p",
            "CUARTA. De la terminación. EL EMPLEADOR sólo podrá dar por terminada la relación laboral por causa justificada, comunicada por escrito; si LA TRABAJADORA abandona el trabajo durante cinco días consecutivos sin aviso, se entenderá que renunció y perderá el derecho al boleto de regreso.",
        ),
        (
            "p",
            "QUINTA. De los documentos. LA TRABAJADORA conserva en todo momento su pasaporte y su Documento Personal de Identificación.",
        ),
        (
            "p",
            "SEXTA. De la aceptación. Leído el presente contrato y enteradas de su contenido, las partes lo aceptan, ratifican y firman en dos ejemplares.",
        ),
        (
            "sigfp",
            ["LA AGENCIA", "LA TRABAJADORA", "Huella digital"],
            ["Licda. Marta Julia Xicará Coyoy", "Rosa Imelda Tzunún Chay", ""],
        ),
    ],
)

# ---------------------------------------------------------------- d07 Mexico convenio (h2a apples)
D["d07"] = dict(
    engine="fpdf",
    font="DejaVuSansCondensed",
    size=9.5,
    band=None,
    meta=dict(
        program="h2a",
        language="es",
        doc_type="recruiter_agreement",
        layout="fpdf2 condensed sans; ANTECEDENTES / CLAUSULAS; gridded 'Datos de la oferta' table; signature grid",
        recruiters=["Soluciones Agrolaborales del Pacífico, S.C."],
        traps=[
            "LA PRESTADORA declara que no cobra honorarios por la colocacion (but charges a 'membership')",
            "vivienda gratuita",
            "escaleras, morrales y guantes sin costo",
            "el empleador paga autobus de ida y regreso",
        ],
        fees=[
            dict(
                category="recruitment_fee",
                amount=3500.0,
                currency="MXN",
                quote="Para formar parte del padrón de trabajadores de LA PRESTADORA, EL BENEFICIARIO cubrirá una cuota de membresía anual de $3,500.00 M.N.",
            ),
            dict(
                category="training_cost",
                amount=1200.0,
                currency="MXN",
                quote="Asimismo, EL BENEFICIARIO aportará 1,200 pesos como contribución para la capacitación de inducción y el curso de manejo de escaleras que imparte LA PRESTADORA.",
            ),
            dict(
                category="insurance_cost",
                amount=None,
                currency=None,
                quote="La prima del seguro de gastos médicos que contrata LA PRESTADORA será descontada a EL BENEFICIARIO de su primer pago en Estados Unidos.",
            ),
            dict(
                category="debt_bondage",
                amount=1800.0,
                currency="USD",
                quote="LA PRESTADORA podrá entregar a EL BENEFICIARIO un adelanto en efectivo de US$ 1,800 para sus gastos de viaje y de documentos, que será descontado de su salario en Estados Unidos con un interés del 5% mensual.",
            ),
            dict(
                category="blacklisting_threat",
                amount=None,
                currency=None,
                quote="Si EL BENEFICIARIO presenta quejas ante autoridades o sindicatos en los Estados Unidos, será dado de baja del padrón y no será propuesto para ninguna temporada futura.",
            ),
        ],
        missing_terms=[
            "wage_adjustment",
            "three_fourths_guarantee",
            "meals",
            "daily_transportation",
            "workers_compensation",
            "earnings_statements",
            "contract_impossibility",
        ],
    ),
    blocks=[
        ("title", "CONVENIO DE PRESTACIÓN DE SERVICIOS DE GESTORÍA Y COLOCACIÓN"),
        (
            "p",
            "Que celebran, por una parte, Soluciones Agrolaborales del Pacífico, S.C., con domicilio en Avenida Obregón 418, colonia Centro, Culiacán, Sinaloa, representada por el C. Heriberto Lugo Armenta (en lo sucesivo, «LA PRESTADORA»), y por la otra el C. Jesús Manuel Inzunza Beltrán, originario de Navolato, Sinaloa (en lo sucesivo, «EL BENEFICIARIO»), al tenor de los siguientes antecedentes y cláusulas.",
        ),
        ("h", "ANTECEDENTES"),
        (
            "p",
            "I. LA PRESTADORA recluta trabajadores agrícolas para Wenatchee Heights Fruit Company (en lo sucesivo, «EL EMPLEADOR»), que cuenta con una orden de trabajo H-2A certificada para la cosecha de manzana y pera de 2026.",
        ),
        (
            "p",
            "II. EL BENEFICIARIO manifiesta que cumple los requisitos del puesto y que desea ser propuesto a EL EMPLEADOR.",
        ),
        ("p", "III. Datos de la oferta de EL EMPLEADOR:"),
        (
            "kv",
            [
                (
                    "Empleador",
                    "Wenatchee Heights Fruit Company, 3120 Sunnyslope Road, Wenatchee, WA 98801",
                ),
                (
                    "Puesto",
                    "Cosechador de manzana y pera: cortar la fruta a mano, subir y bajar escaleras, vaciar el morral en los bins",
                ),
                (
                    "Lugar",
                    "Huertas de EL EMPLEADOR en los condados de Chelan y Douglas, Washington",
                ),
                ("Periodo", "Del 10 de agosto al 6 de noviembre de 2026"),
                ("Horario", "8 horas diarias, de lunes a sábado (48 horas semanales)"),
                ("Salario", "US$ 19.82 por hora o $32 por bin, lo que resulte mayor"),
                ("Pago", "Semanal, cada viernes"),
                (
                    "Descuentos",
                    "Impuestos que el trabajador autorice por escrito y los señalados en la cláusula tercera",
                ),
                (
                    "Vivienda",
                    "Gratuita, en el campamento de EL EMPLEADOR en 3150 Sunnyslope Road, Wenatchee",
                ),
                (
                    "Transporte",
                    "EL EMPLEADOR paga el autobús de Culiacán a Wenatchee y el regreso a Culiacán al concluir la temporada",
                ),
                ("Herramientas", "Escaleras, morrales y guantes sin costo"),
                ("Requisitos", "Una temporada de experiencia en cosecha de fruta de árbol"),
            ],
            (35, 145),
        ),
        ("h", "CLÁUSULAS"),
        (
            "p",
            "PRIMERA. Objeto. LA PRESTADORA se obliga a integrar el expediente de EL BENEFICIARIO, tramitar su cita consular y darle seguimiento hasta su llegada a la huerta. LA PRESTADORA declara que no cobra honorarios por la colocación.",
        ),
        (
            "p",
            "SEGUNDA. Contraprestación. Para formar parte del padrón de trabajadores de LA PRESTADORA, EL BENEFICIARIO cubrirá una cuota de membresía anual de $3,500.00 M.N. Asimismo, EL BENEFICIARIO aportará 1,200 pesos como contribución para la capacitación de inducción y el curso de manejo de escaleras que imparte LA PRESTADORA.",
        ),
        (
            "p",
            "TERCERA. Seguro y anticipo. La prima del seguro de gastos médicos que contrata LA PRESTADORA será descontada a EL BENEFICIARIO de su primer pago en Estados Unidos. LA PRESTADORA podrá entregar a EL BENEFICIARIO un adelanto en efectivo de US$ 1,800 para sus gastos de viaje y de documentos, que será descontado de su salario en Estados Unidos con un interés del 5% mensual.",
        ),
        (
            "p",
            "CUARTA. Conducta. Si EL BENEFICIARIO presenta quejas ante autoridades o sindicatos en los Estados Unidos, será dado de baja del padrón y no será propuesto para ninguna temporada futura.",
        ),
        (
            "p",
            "QUINTA. Terminación. EL EMPLEADOR podrá despedir a EL BENEFICIARIO por causa justificada; se considera abandono faltar cinco días laborables consecutivos sin aviso.",
        ),
        (
            "p",
            "SEXTA. Jurisdicción. Para la interpretación de este convenio las partes se someten a los tribunales de Culiacán, Sinaloa.",
        ),
        (
            "sig",
            ["LA PRESTADORA", "EL BENEFICIARIO"],
            ["C. Heriberto Lugo Armenta", "C. Jesús Manuel Inzunza Beltrán"],
        ),
    ],
)

# ---------------------------------------------------------------- d08 Jamaica agency letter (generic)
D["d08"] = dict(
    engine="rl",
    font="Helvetica",
    size=10,
    band=None,
    pagesize="letter",
    letterhead=True,
    meta=dict(
        program="generic",
        language="en",
        doc_type="agency_letter",
        layout="reportlab letter; centred agency letterhead with rule; salutation and body paragraphs; bold fee heading",
        recruiters=["Blue Mountain Overseas Placement Services Ltd."],
        traps=[
            "employer pays work permit and outbound airfare",
            "meals on duty free in staff canteen",
        ],
        fees=[
            dict(
                category="recruitment_fee",
                amount=85000.0,
                currency="JMD",
                quote="A processing fee of JMD 85,000 is payable to this office before your file is sent to the employer.",
            ),
            dict(
                category="recruitment_fee",
                amount=20000.0,
                currency="JMD",
                quote="Successful candidates are also expected to make a donation of JMD 20,000 to the Agency's building fund, which is collected together with the processing fee.",
            ),
            dict(
                category="medical_cost",
                amount=18500.0,
                currency="JMD",
                quote="Your pre-departure medical, chest X-ray and drug screen will be done at Liguanea Medical Centre at your own expense, currently JMD 18,500.",
            ),
            dict(
                category="deposit_or_bond",
                amount=350.0,
                currency="USD",
                quote="Before departure you will lodge a good-conduct bond of 350.00 USD with the Agency, which is refunded only after you complete the full contract.",
            ),
            dict(
                category="breach_penalty",
                amount=500.0,
                currency="USD",
                quote="Should you resign or abscond before the end of the contract, the bond is forfeited and a further penalty of US$500 becomes payable to the Agency.",
            ),
        ],
        missing_terms=["deductions", "return_transportation", "termination"],
    ),
    blocks=[
        (
            "letterhead",
            "BLUE MOUNTAIN OVERSEAS PLACEMENT SERVICES LTD.",
            "14 Hope Road, Kingston 10, Jamaica  ·  Tel. (876) 555-0132  ·  Licensed Employment Agency",
        ),
        ("p", "3 March 2026"),
        ("p", "Mr. Delroy Anthony McFarlane<br/>22 Church Street<br/>Mandeville, Manchester"),
        (
            "h",
            "Re: Offer of employment - Kitchen Steward, Seven Mile Hospitality Ltd., Grand Cayman",
        ),
        ("p", "Dear Mr. McFarlane,"),
        (
            "p",
            "We are pleased to inform you that you have been selected by our client, Seven Mile Hospitality Ltd., West Bay Road, Seven Mile Beach, Grand Cayman, Cayman Islands, for the post of Kitchen Steward at its beachfront resort.",
        ),
        (
            "p",
            "Your duties will include washing and sanitising pots, dishes and kitchen equipment, receiving and storing deliveries, removing garbage and keeping the kitchen floors and storerooms clean.",
        ),
        (
            "p",
            "The contract is for twelve (12) months, beginning on or about 1 May 2026 and ending on 30 April 2027, and the work is at the resort on West Bay Road, Grand Cayman. You will work 45 hours per week, in nine-hour shifts, five days a week. Your wage will be CI$ 7.25 per hour, paid fortnightly by bank transfer. Meals on duty are provided free in the staff canteen, and the employer pays for your work permit and your airfare to Grand Cayman.",
        ),
        ("h", "What you must pay before departure"),
        (
            "p",
            "A processing fee of JMD 85,000 is payable to this office before your file is sent to the employer. Successful candidates are also expected to make a donation of JMD 20,000 to the Agency's building fund, which is collected together with the processing fee. Your pre-departure medical, chest X-ray and drug screen will be done at Liguanea Medical Centre at your own expense, currently JMD 18,500.",
        ),
        (
            "p",
            "Before departure you will lodge a good-conduct bond of 350.00 USD with the Agency, which is refunded only after you complete the full contract. Should you resign or abscond before the end of the contract, the bond is forfeited and a further penalty of US$500 becomes payable to the Agency.",
        ),
        (
            "p",
            "Please bring your passport, two passport photographs and the amounts listed above to our office no later than 20 March 2026. We congratulate you and wish you every success.",
        ),
        ("p", "Yours faithfully,"),
        ("p", "Paulette Grizzle-Henry<br/>Placement Manager"),
    ],
)

# ---------------------------------------------------------------- d09 Philippines OFW (generic)
D["d09"] = dict(
    engine="fpdf",
    font="DejaVuSans",
    size=9,
    band=(20, 60, 140),
    band_text="STANDARD EMPLOYMENT CONTRACT  ·  OVERSEAS FILIPINO WORKER",
    a4=True,
    meta=dict(
        program="generic",
        language="en",
        doc_type="ofw_contract",
        layout="fpdf2 A4; blue header band; parties grid; numbered clauses; 5-column salary deduction schedule table",
        recruiters=["Tala Bituin Manpower Services Corp."],
        traps=[
            "free shared accommodation and transport",
            "employer pays airfare both ways",
            "statutory row: no income tax in Qatar",
        ],
        fees=[
            dict(
                category="document_retention",
                amount=None,
                currency=None,
                quote="The Employer shall keep the Worker's passport and residence permit in the Human Resources office for safekeeping during the whole term of this Contract.",
            ),
            dict(
                category="movement_restriction",
                amount=None,
                currency=None,
                quote="Outside working hours the Worker shall remain in the company accommodation and may go out only on Fridays, with the written permission of the supervisor.",
            ),
            dict(
                category="recruitment_fee",
                amount=40000.0,
                currency="PHP",
                quote="A placement fee of PHP 40,000, owed to the Philippine agency, is recovered in eight monthly instalments.",
            ),
            dict(
                category="training_cost",
                amount=600.0,
                currency="QAR",
                quote="A training contribution of QAR 600 covers the housekeeping course and the English assessment taken in Manila.",
            ),
            dict(
                category="visa_cost",
                amount=1000.0,
                currency="QAR",
                quote="The cost of the Qatar work visa and residence permit, QAR 1,000, is charged to the Worker.",
            ),
            dict(
                category="insurance_cost",
                amount=45.0,
                currency="QAR",
                quote="The Worker's share of the company health insurance premium is QAR 45 per month.",
            ),
            dict(
                category="debt_bondage",
                amount=1500.0,
                currency="QAR",
                quote="The cash advance of QAR 1,500 paid on arrival to settle the Worker's travel and recruitment expenses is repaid with 3% monthly interest.",
            ),
        ],
        missing_terms=["hours_of_work"],
    ),
    blocks=[
        ("title", "Employment Contract"),
        ("sub", "Position: Room Attendant  ·  Country of employment: State of Qatar"),
        (
            "kv",
            [
                ("Employer", "Al Waha Pearl Hotel Management W.L.L."),
                ("Employer's address", "Building 41, Street 840, Al Sadd, Doha, State of Qatar"),
                (
                    "Philippine recruitment agency",
                    "Tala Bituin Manpower Services Corp., 2/F Rosario Building, 1420 Taft Avenue, Malate, Manila",
                ),
                ("Worker", "Maricel Dumaguing Abellana"),
                ("Passport no.", "P7741290B"),
            ],
            (55, 125),
        ),
        (
            "p",
            "This Contract is entered into voluntarily by the Employer and the Worker under the following terms and conditions:",
        ),
        ("p", "1. Site of employment. Al Waha Pearl Hotel, Al Sadd, Doha, Qatar."),
        (
            "p",
            "2. Term. Two (2) years from the Worker's arrival in Doha, expected on 15 June 2026, to 14 June 2028.",
        ),
        (
            "p",
            "3. Duties. The Worker cleans and prepares guest rooms, changes linen, restocks amenities, and reports lost-and-found items and damage to the housekeeping supervisor.",
        ),
        ("p", "4. Basic salary. QAR 1,450 per month."),
        (
            "p",
            "5. Payment. Monthly, into the Worker's bank account, not later than the 7th day of the following month.",
        ),
        (
            "p",
            "6. Hours of work. As required by the hotel's operations, with one rest day per week.",
        ),
        (
            "p",
            "7. Accommodation and transport. The Employer provides free shared accommodation and free transport between the accommodation and the hotel.",
        ),
        (
            "p",
            "8. Travel. The Employer pays the Worker's airfare from Manila to Doha and, at the end of the contract, the return airfare to Manila.",
        ),
        (
            "p",
            "9. Termination. Either party may terminate this Contract with thirty (30) days' written notice. The Employer may terminate without notice only for just cause established under Qatari law, after hearing the Worker.",
        ),
        (
            "p",
            "10. Travel documents. The Employer shall keep the Worker's passport and residence permit in the Human Resources office for safekeeping during the whole term of this Contract.",
        ),
        (
            "p",
            "11. Accommodation rules. Outside working hours the Worker shall remain in the company accommodation and may go out only on Fridays, with the written permission of the supervisor.",
        ),
        (
            "p",
            "12. Salary deductions. The Worker agrees that the following amounts shall be deducted from the monthly salary according to the schedule below. No other deduction is allowed.",
        ),
        (
            "tbl",
            ["No.", "Item", "Description", "Monthly", "Months"],
            [
                [
                    "1",
                    "Placement fee",
                    "A placement fee of PHP 40,000, owed to the Philippine agency, is recovered in eight monthly instalments.",
                    "QAR 325",
                    "1-8",
                ],
                [
                    "2",
                    "Training",
                    "A training contribution of QAR 600 covers the housekeeping course and the English assessment taken in Manila.",
                    "QAR 100",
                    "1-6",
                ],
                [
                    "3",
                    "Visa",
                    "The cost of the Qatar work visa and residence permit, QAR 1,000, is charged to the Worker.",
                    "QAR 125",
                    "1-8",
                ],
                [
                    "4",
                    "Health insurance",
                    "The Worker's share of the company health insurance premium is QAR 45 per month.",
                    "QAR 45",
                    "1-24",
                ],
                [
                    "5",
                    "Cash advance",
                    "The cash advance of QAR 1,500 paid on arrival to settle the Worker's travel and recruitment expenses is repaid with 3% monthly interest.",
                    "QAR 270",
                    "1-6",
                ],
                [
                    "6",
                    "Statutory",
                    "Qatar levies no income tax on salaries; nothing is withheld for tax.",
                    "none",
                    "-",
                ],
            ],
            (10, 28, 92, 24, 20),
        ),
        (
            "sig",
            ["For the Employer", "Worker"],
            ["Hotel Manager, Al Waha Pearl", "Maricel Dumaguing Abellana"],
        ),
    ],
)

# ---------------------------------------------------------------- d10 Q&A Spanish crab H-2B (compliant)
D["d10"] = dict(
    engine="fpdf",
    font="DejaVuSans",
    size=9.5,
    band=(200, 90, 20),
    band_text="TIDEWATER CLAW & SHELL CO.  ·  TEMPORADA 2026",
    meta=dict(
        program="h2b",
        language="es",
        doc_type="work_contract",
        layout="fpdf2 plain-language Q&A; shaded question bars; orange header band; signature grid",
        recruiters=[],
        traps=[
            "'alimentar la cocedora' is a job duty",
            "descanso para cafe pagado",
            "retenciones de ley",
            "los gastos corren a cargo de la empresa",
            "visa gratuita para ti",
            "vivienda gratuita",
            "equipo sin costo alguno, sin deposito, no se cobra el desgaste",
            "reclutamiento gratuito",
            "nadie se queda con tu pasaporte",
            "puedes salir libremente",
            "sin lista negra",
        ],
        fees=[],
        missing_terms=[],
    ),
    blocks=[
        ("title", "Tu contrato de trabajo, en preguntas y respuestas"),
        ("sub", "Recolectora de carne de cangrejo · Visa H-2B · Fishing Creek, Maryland"),
        (
            "qa",
            "¿Quién me contrata?",
            "Tidewater Claw & Shell Co., empacadora de cangrejo con domicilio en 2212 Hoopers Island Road, Fishing Creek, Maryland 21634.",
        ),
        (
            "qa",
            "¿Qué voy a hacer?",
            "Vas a trabajar como recolectora de carne de cangrejo: sacar con cuchillo la carne del cangrejo cocido, separarla por tipo (jumbo, lump y claw), pesarla y empacarla. También ayudarás a lavar las mesas y a alimentar la cocedora de vapor con las canastas de cangrejo vivo.",
        ),
        (
            "qa",
            "¿Qué necesito para el puesto?",
            "Tres meses de experiencia limpiando mariscos o pescado, o en una línea de empaque de alimentos, y poder estar de pie durante 8 horas.",
        ),
        (
            "qa",
            "¿Dónde voy a trabajar?",
            "En la planta de 2212 Hoopers Island Road, Fishing Creek, Maryland.",
        ),
        ("qa", "¿Cuándo empiezo y cuándo termino?", "Del 1 de abril al 15 de noviembre de 2026."),
        (
            "qa",
            "¿Cuántas horas voy a trabajar?",
            "40 horas a la semana: de lunes a viernes, de 6:00 a 14:30, con media hora para comer y un descanso para café de 15 minutos pagado.",
        ),
        (
            "qa",
            "¿Cuánto me pagan?",
            "$17.42 por hora. Si se publica un salario prevaleciente más alto o sube el salario mínimo federal, estatal o local, se te paga la tarifa más alta desde que entre en vigor.",
        ),
        (
            "qa",
            "¿Y si trabajo más de 40 horas?",
            "Cada hora después de las 40 en la semana se paga a $26.13 (tiempo y medio).",
        ),
        (
            "qa",
            "¿Cada cuándo me pagan?",
            "Cada viernes, por semana, con depósito directo o con tarjeta de nómina sin comisiones.",
        ),
        (
            "qa",
            "¿Qué me pueden descontar?",
            "Sólo las retenciones de ley (impuesto federal y de Maryland, Seguro Social y Medicare) y lo que tú autorices por escrito para tu propio beneficio. No se te descuenta nada por la vivienda ni por el equipo.",
        ),
        (
            "qa",
            "¿Me garantizan trabajo?",
            "Sí. En cada periodo de 12 semanas la empresa te ofrece horas que suman al menos tres cuartas partes de los días de trabajo de ese periodo; si te ofrece menos, te paga la diferencia.",
        ),
        (
            "qa",
            "¿Quién paga el viaje de ida?",
            "Los gastos corren a cargo de la empresa: el autobús desde San Luis Potosí hasta Fishing Creek, el hotel y la comida del camino. Si tú pagaste algo, se te reembolsa a más tardar en tu primer cheque.",
        ),
        (
            "qa",
            "¿Y la visa?",
            "La cuota de la visa y la del cruce de frontera son gratuitas para ti: la empresa las paga o te las devuelve completas en la primera semana de trabajo.",
        ),
        (
            "qa",
            "¿Y el regreso?",
            "Si terminas la temporada, o si te despiden antes sin causa, la empresa paga tu viaje de regreso a San Luis Potosí y la comida del camino.",
        ),
        (
            "qa",
            "¿Dónde voy a vivir?",
            "La empresa ofrece cuartos gratuitos en la casa de 2230 Hoopers Island Road, con cocina, lavadora y regadera.",
        ),
        (
            "qa",
            "¿Tengo que comprar mis herramientas?",
            "No. Los cuchillos, guantes, delantales y botas de hule se te dan sin costo alguno y no se pide depósito. Si algo se rompe por el uso normal, no se te cobra.",
        ),
        (
            "qa",
            "¿Me dan recibo de pago?",
            "Sí. Con cada pago recibes un talón con horas ofrecidas, horas trabajadas, tarifa, horas extra, pago bruto, cada descuento y pago neto.",
        ),
        (
            "qa",
            "¿Me pueden despedir?",
            "Sólo por causa justificada, explicada por escrito. Si faltas cinco días de trabajo seguidos sin avisar, se considera que abandonaste el empleo y la empresa lo informa al Departamento de Trabajo.",
        ),
        (
            "qa",
            "¿Qué pasa si la planta no puede trabajar?",
            "Si un huracán, un incendio o una veda sanitaria del cangrejo hace imposible el trabajo, la empresa puede terminar el contrato con permiso del Departamento de Trabajo, pero te paga la garantía de tres cuartas partes hasta ese día y tu viaje de regreso.",
        ),
        (
            "qa",
            "¿Alguien me puede cobrar por este trabajo?",
            "No. Ni la empresa ni ninguna persona que te reclute puede cobrarte nada; el reclutamiento es gratuito para ti.",
        ),
        (
            "qa",
            "¿Quién guarda mi pasaporte?",
            "Tú. Nadie puede quedarse con tu pasaporte, tu visa ni tu identificación.",
        ),
        (
            "qa",
            "¿Puedo salir en mis días libres?",
            "Sí. Puedes entrar y salir libremente de la vivienda y recibir visitas.",
        ),
        (
            "qa",
            "¿Y si me quejo?",
            "Puedes quejarte ante el Departamento de Trabajo, el consulado o un abogado sin que te castiguen ni te pongan en una lista negra.",
        ),
        (
            "sig",
            ["Por la empresa", "Trabajadora"],
            ["Cordelia Ashby-Navarro, gerente de planta", "Nombre y firma: ____________________"],
        ),
    ],
)

# ---------------------------------------------------------------- d11 one-page offer letter (h2a apples, compliant)
D["d11"] = dict(
    engine="rl",
    font="Helvetica",
    size=7.9,
    band=(150, 20, 30),
    band_text="OKANOGAN BENCH ORCHARDS LLC  ·  455 Paradise Hill Road, Brewster, WA 98812  ·  (509) 555-0163",
    pagesize="letter",
    compact=True,
    meta=dict(
        program="h2a",
        language="en",
        doc_type="offer_letter",
        layout="one page reportlab; red letterhead band; gridded two-column Term | What we offer table; small font",
        recruiters=[],
        traps=[
            "paid coffee break",
            "lawful H-2A meal plan at $16.10 per day within the DOL cap",
            "statutory withholding on request",
            "free housing, no rent/utility/deposit",
            "inbound costs repaid at 50% or sooner",
            "ladders and bags on loan at no charge, no deposit",
            "the company absorbs visa, border and recruitment costs",
        ],
        fees=[],
        missing_terms=[],
    ),
    blocks=[
        ("p", "June 2, 2026"),
        ("p", "Mr. Aurelio Sánchez Quiñones, Colonia Lázaro Cárdenas, Zamora, Michoacán, Mexico"),
        ("h", "Re: Offer of H-2A seasonal employment - apple harvest 2026"),
        (
            "p",
            "Dear Mr. Sánchez Quiñones: We are pleased to offer you a position for the coming apple harvest. Every term of our certified job order applies to you; the grid below sums them up.",
        ),
        (
            "kv",
            [
                ("Term", "What we offer"),
                (
                    "Employer",
                    "Okanogan Bench Orchards LLC, 455 Paradise Hill Road, Brewster, WA 98812",
                ),
                (
                    "Position",
                    "Apple harvest worker: pick Gala, Honeycrisp and Fuji apples by hand from 10- and 12-foot ladders, empty picking bags into bins, and move ladders between rows",
                ),
                (
                    "Qualifications",
                    "Two months of tree-fruit picking experience; able to climb ladders carrying 40 lb of fruit",
                ),
                (
                    "Orchards",
                    "Paradise Hill block, 455 Paradise Hill Road, and Columbia River block, 12 Cliff Road, Brewster, Okanogan County, WA",
                ),
                ("Dates", "August 24, 2026 to November 13, 2026"),
                (
                    "Hours",
                    "40 hours per week, Monday to Saturday, 6:30 a.m. to 1:30 p.m., with a paid coffee break at 9:30 a.m.",
                ),
                ("Pay rate", "$19.82 per hour, or $30.00 per bin when that earns more"),
                (
                    "Raises",
                    "We always pay the highest of the AEWR, the prevailing wage, or the federal or state minimum, and apply any higher rate published during the season from its effective date",
                ),
                ("Payday", "Weekly, every Thursday"),
                (
                    "Deductions",
                    "Only income-tax withholding you request in writing, court-ordered garnishments, and the optional meal plan below",
                ),
                (
                    "Pay stubs",
                    "Itemized statement of hours offered and worked, bins picked, earnings and every deduction on each payday",
                ),
                (
                    "Guarantee",
                    "Work for at least 3/4 of the workdays in the contract period, or we pay the difference",
                ),
                (
                    "Housing",
                    "Free housing at our Paradise Hill camp, 460 Paradise Hill Road; no rent, utility or deposit charges",
                ),
                (
                    "Meals",
                    "Optional cafeteria plan at $16.10 per day, within the Department of Labor meal charge cap; a free kitchen for those who cook for themselves",
                ),
                (
                    "Trip to Brewster",
                    "Bus fare from Zamora and travel meals are paid; if you advanced them, we repay them when you reach 50% of the season, or sooner if the law requires",
                ),
                (
                    "Trip home",
                    "Paid bus ticket and travel meals back to Zamora when you complete the season",
                ),
                ("Daily rides", "Free van from the camp to the orchards and back every workday"),
                ("Equipment", "Ladders, picking bags and gloves on loan at no charge; no deposit"),
                (
                    "Injury insurance",
                    "Washington State workers' compensation, L&I account 812-004-29",
                ),
                (
                    "Ending the job",
                    "Five straight workdays missed without notice is abandonment; dismissal only for cause, explained in writing",
                ),
                (
                    "If work stops",
                    "If hail, fire or another Act of God ends the harvest early, we pay the 3/4 guarantee to that date and your trip home",
                ),
                (
                    "Fees",
                    "None: the company absorbs all visa, border and recruitment costs, and nobody may charge you for this job",
                ),
            ],
            (95, 425),
        ),
        (
            "p",
            "Please sign below and return a copy to accept this offer. We look forward to seeing you in Brewster.",
        ),
        ("p", "Sincerely, Nora Halvorsen-Ruiz, Orchard Manager"),
        ("p", "Accepted: ______________________________    Date: ______________"),
    ],
)

# ---------------------------------------------------------------- d12 scanned (h2b landscaping)
D["d12"] = dict(
    engine="scan",
    meta=dict(
        program="h2b",
        language="en",
        doc_type="work_contract",
        layout="SCANNED image-only page (Pillow 200 dpi, ~0.7 deg rotation, speckle noise); typed terms sheet with numbered items",
        recruiters=[],
        traps=[
            "mowers, trimmers and hand tools furnished at no charge",
            "company pays the bus ticket home",
            "statutory deductions",
        ],
        fees=[
            dict(
                category="travel_cost",
                amount=165.0,
                currency="USD",
                quote="Bus fare from Monterrey to Round Rock ($165) is the worker's responsibility and is not paid back.",
            ),
            dict(
                category="housing_charge",
                amount=80.0,
                currency="USD",
                quote="Company housing is $80 a week per bed, taken from each paycheck.",
            ),
            dict(
                category="breach_penalty",
                amount=350.0,
                currency="USD",
                quote="A worker who leaves before the end date will pay the company $350 to cover the cost of replacing him.",
            ),
        ],
        missing_terms=[
            "wage_adjustment",
            "three_fourths_guarantee",
            "inbound_transportation",
            "visa_reimbursement",
            "earnings_statements",
            "termination",
            "contract_impossibility",
        ],
    ),
    lines=[
        ("C", "KESSLER HOLLOW LANDSCAPE GROUP LLC"),
        ("c", "88 Quarry Spur Road, Round Rock, Texas 78664 - Tel. (512) 555-0148"),
        ("", ""),
        ("C", "SEASONAL EMPLOYMENT TERMS - H-2B LANDSCAPE LABORER - 2026"),
        ("", ""),
        ("p", "Worker: ________________________________"),
        (
            "p",
            "1. Job. Landscape laborer: mow, edge and trim lawns, plant shrubs and flowers, spread mulch, install irrigation lines and haul debris.",
        ),
        (
            "p",
            "2. Work sites. Commercial and residential properties maintained by the company in Round Rock, Georgetown and north Austin, Texas.",
        ),
        ("p", "3. Dates. April 6, 2026 through December 11, 2026."),
        ("p", "4. Hours. 40 hours per week, Monday to Friday, 7:00 a.m. to 3:30 p.m."),
        (
            "p",
            "5. Pay. $16.95 per hour, paid every Friday. Overtime after 40 hours in a week is paid at $25.43 per hour.",
        ),
        (
            "p",
            "6. Deductions. Federal income tax, Social Security and Medicare, and the housing charge in item 8.",
        ),
        (
            "p",
            "7. Travel. Bus fare from Monterrey to Round Rock ($165) is the worker's responsibility and is not paid back. The company pays the bus ticket home to Monterrey for workers who finish the season.",
        ),
        ("p", "8. Housing. Company housing is $80 a week per bed, taken from each paycheck."),
        (
            "p",
            "9. Tools. Mowers, trimmers and hand tools are furnished by the company at no charge.",
        ),
        (
            "p",
            "10. Leaving early. A worker who leaves before the end date will pay the company $350 to cover the cost of replacing him.",
        ),
        (
            "p",
            "11. Requirements. Three months of landscaping experience; a valid driver's license is preferred.",
        ),
        ("", ""),
        ("p", "Worker signature: ______________________      Date: ____________"),
        ("p", "For the company: Brent Kessler, owner"),
    ],
)
