"""f01-f04: H-2A / H-2B job orders, written as a parish HR clerk / a farm office secretary."""

from render import F

f01 = dict(
    file="f01.pdf",
    program="h2a",
    language="en",
    font="serif",
    size=10.5,
    margin=22,
    footer="Bayou Teche Cane Growers - Clearance Order - page {p}",
    doc_type="job_order",
    layout="single column, serif; navy header band; lettered sections A-Q; grid worksite table",
    recruiters=["Agencia Laboral Cañeros del Golfo, S.C."],
    missing_terms=["workers_compensation", "contract_impossibility"],
    traps=[
        "'feed the cane into the loader' is a job duty",
        "lawful H-2A meal plan stated below the published cap",
        "inbound bus and meals repaid at the halfway point",
        "tools and gloves issued without charge",
        "recruiter's fee paid by the Company, nothing charged to workers",
        "passports stay with the workers",
        "'deposit' of cane at the mill (not money)",
    ],
    body=[
        (
            "band",
            "Bayou Teche Cane Growers, L.L.C.",
            (22, 40, 90),
            "H-2A Agricultural Clearance Order - 2026 Grinding Season",
        ),
        (
            "p",
            "Prepared by the farm office for workers coming through Agencia Laboral Cañeros del Golfo, S.C. Please keep this copy with you. Questions go to Mrs. Darlene Thibodeaux at the office, (337) 555-0148.",
        ),
        ("h", "A. The employer"),
        (
            "p",
            "Bayou Teche Cane Growers, L.L.C., 1180 Old Spanish Trail, Jeanerette, Louisiana 70544.",
        ),
        ("h", "B. What the work is"),
        (
            "p",
            "Sugar cane field hand: plant seed cane by hand in August and September; during grinding, ride and drive the cane harvester and tractors with billet wagons, feed the cane into the loader, deposit the loads at the mill yard, and clean ditches and rows.",
        ),
        ("h", "C. Where you will work"),
        (
            "table",
            [
                ["Field / site", "Parish", "Address or location"],
                ["Home place and camp", "Iberia", "1180 Old Spanish Trail, Jeanerette, LA"],
                ["Loreauville fields", "Iberia", "LA Hwy 86 at Bayou Road"],
                ["Baldwin tract", "St. Mary", "US 90 frontage, Baldwin, LA"],
                ["Mill yard", "St. Mary", "Teche Sugar Co-op mill, Franklin, LA"],
            ],
            (40, 30, 100),
        ),
        ("h", "D. Dates of the job"),
        ("p", "From August 3, 2026 through January 15, 2027."),
        ("h", "E. Hours"),
        (
            "p",
            "About 48 hours a week; planting days run 6:30 a.m. to 3:30 p.m. Monday to Saturday, grinding shifts are 12 hours with one day off each week.",
        ),
        ("h", "F. Pay"),
        (
            "p",
            "$14.53 per hour, or the highest of the AEWR, the prevailing wage or the federal or state minimum wage if any of those goes higher during the season; a raise is paid from the date it takes effect.",
        ),
        (
            "F",
            F(
                "Twenty-five cents ($0.25) of every hour worked is held back by the Company and paid out in one lump sum only to workers who finish the harvest.",
                "wage_withholding",
                0.25,
                "USD",
            ),
        ),
        ("h", "G. Paydays and pay stubs"),
        (
            "p",
            "Workers are paid every week on Friday by check. Every check comes with a stub showing hours offered, hours worked, the rate, total pay and each deduction.",
        ),
        ("h", "H. What comes out of the check"),
        (
            "p",
            "Federal income tax if it applies, and the items written in sections F and J. Nothing else is deducted.",
        ),
        ("h", "I. Three-fourths guarantee"),
        (
            "p",
            "The Company guarantees each worker work hours equal to at least three-fourths of the workdays of the contract period; if we offer less, we pay the difference.",
        ),
        ("h", "J. Housing"),
        (
            "p",
            "Housing at the camp at 1180 Old Spanish Trail is provided free of rent and meets federal and state standards.",
        ),
        (
            "F",
            F(
                "Each worker leaves a housing deposit of $ 275.00 with the camp office on arrival, which is returned at the end of the season if the room passes inspection.",
                "housing_charge",
                275.0,
                "USD",
            ),
        ),
        (
            "F",
            F(
                "The cost of repairing any cane knife, tractor part or trailer that a worker breaks through carelessness will be taken out of that worker's wages.",
                "damage_chargeback",
            ),
        ),
        ("h", "K. Meals"),
        (
            "p",
            "A cook prepares three meals a day and the worker is charged $14.00 per day for them, which is below the maximum daily amount published by the Department of Labor. Workers who would rather cook may use the camp kitchen, stoves and refrigerators free of charge.",
        ),
        ("h", "L. Getting here and going home"),
        (
            "p",
            "The bus ticket from Monterrey to Jeanerette and daily travel meals are paid back to the worker when half the contract is done, or sooner if the law requires it. When the season ends, the Company pays the bus back to Monterrey and meals on the way.",
        ),
        ("h", "M. Daily rides"),
        (
            "p",
            "A company bus takes workers from the camp to the fields and back every day at no cost.",
        ),
        ("h", "N. Tools"),
        (
            "p",
            "Cane knives, gloves, rain gear and ear plugs are handed out without charge and without any deposit.",
        ),
        ("h", "O. Who can apply"),
        (
            "p",
            "At least 2 months of farm work experience; able to lift 50 pounds. Experience driving a tractor is preferred but not required.",
        ),
        ("h", "P. Leaving or being let go"),
        (
            "p",
            "A worker who misses 5 days in a row without telling the supervisor is treated as having left the job, and the Company reports it as the rules require. A worker may be let go for cause after a written warning.",
        ),
        ("h", "Q. Recruiting"),
        (
            "p",
            "Agencia Laboral Cañeros del Golfo, S.C. recruits for us in Tamaulipas and Nuevo León. The Company pays its whole fee. No worker is asked to pay anyone for this job, and the Company does not keep anyone's passport: it stays with you.",
        ),
        ("sig", ["For the Company", "Worker"]),
    ],
)

f02 = dict(
    file="f02.pdf",
    program="h2a",
    language="es",
    font="sans",
    size=9.5,
    margin=18,
    footer="Orden de trabajo H-2A - Cosecha Willamette - hoja {p}",
    doc_type="job_order",
    layout="single column; green header band; grid worksite table with 4 columns; numbered headings",
    recruiters=[],
    missing_terms=[],
    traps=[
        "'no hay cuota mínima' is a production quota, not a fee",
        "'depósito de fruta' is a storage shed",
        "'se le presta canasta y tijeras sin costo' (lend, not a loan)",
        "visa and consular fee paid by the employer",
        "inbound travel repaid in the first week",
        "free housing, no deposit for bedding",
        "nobody keeps your passport",
        "no retaliation for complaints",
        "'descuento' in the company store offered as a benefit (not a deduction)",
    ],
    body=[
        (
            "band",
            "Cosecha Willamette Berry Farms, Inc.",
            (34, 110, 60),
            "Orden de trabajo y contrato H-2A - temporada 2026",
        ),
        ("h", "1. Patrón"),
        (
            "p",
            "Cosecha Willamette Berry Farms, Inc., 30455 S. Macksburg Road, Canby, Oregón 97013. Teléfono de la oficina: (503) 555-0172.",
        ),
        ("h", "2. Trabajo"),
        (
            "p",
            "Trabajador agrícola de moras: cosechar a mano fresa, frambuesa y zarzamora, llenar las canastas y llevarlas al depósito de fruta, deshierbar y amarrar las plantas al alambre.",
        ),
        ("h", "3. Lugares de trabajo"),
        (
            "table",
            [
                ["Campo", "Condado", "Dirección", "Cultivo"],
                ["Rancho Macksburg", "Clackamas", "30455 S. Macksburg Rd, Canby", "Fresa"],
                ["Rancho Molalla", "Clackamas", "12810 S. Highway 213, Molalla", "Frambuesa"],
                ["Rancho Aurora", "Marion", "21500 Airport Rd NE, Aurora", "Zarzamora"],
            ],
            (35, 28, 70, 30),
        ),
        ("h", "4. Temporada"),
        ("p", "Del 4 de mayo al 30 de septiembre de 2026."),
        ("h", "5. Horario"),
        (
            "p",
            "Se ofrecen 40 horas por semana, de lunes a sábado, normalmente de 6:00 a.m. a 1:30 p.m.; en el pico de la fresa pueden ser hasta 50 horas.",
        ),
        ("h", "6. Pago"),
        (
            "p",
            "Se paga $19.82 por hora. Si la tarifa AEWR, el salario prevaleciente o el salario mínimo de Oregón suben durante la temporada, se le paga la tarifa más alta desde la fecha del cambio. No hay cuota mínima de canastas para conservar el trabajo.",
        ),
        (
            "p",
            "El pago es cada semana, los jueves, con un talón que muestra horas ofrecidas, horas trabajadas, tarifa, total ganado y cada descuento.",
        ),
        ("h", "7. Descuentos del cheque"),
        (
            "p",
            "Solo los impuestos que marca la ley y, si usted lo pide por escrito, el envío de dinero a su familia. Los trabajadores tienen un descuento del 10% en la tienda de la granja; es un beneficio, no se descuenta nada de su pago por eso.",
        ),
        ("h", "8. Garantía de tres cuartas partes"),
        (
            "p",
            "El patrón garantiza empleo por lo menos por el 75% de las horas de trabajo de los días del contrato; si le ofrece menos, le paga la diferencia.",
        ),
        ("h", "9. Vivienda y comida"),
        (
            "p",
            "Se le da vivienda gratis en el campamento de 30455 S. Macksburg Road, que cumple las normas estatales y federales. No se cobra ningún depósito por camas, cobijas ni llaves.",
        ),
        (
            "p",
            "Hay cocina comunitaria con estufas, refrigeradores y trastes sin costo para que cada quien prepare su comida.",
        ),
        ("h", "10. Viaje"),
        (
            "p",
            "El autobús de Guadalajara a Canby y los gastos de comida en el camino se le devuelven en su primer cheque. La cuota de la visa y la cita consular las paga el patrón. Al terminar la temporada, el patrón paga el regreso a Guadalajara.",
        ),
        (
            "p",
            "Cada mañana hay transporte gratis del campamento a los campos y de regreso por la tarde.",
        ),
        ("h", "11. Herramientas"),
        ("p", "Se le presta canasta, carretilla y tijeras sin costo y sin depósito."),
        ("h", "12. Seguro de accidentes de trabajo"),
        (
            "p",
            "El patrón tiene seguro de compensación para trabajadores (workers' compensation) con Cascadia Farm Mutual, póliza número 0887412, que cubre sin costo las lesiones y enfermedades del trabajo.",
        ),
        ("h", "13. Requisitos"),
        (
            "p",
            "Se requieren 3 meses de experiencia en cosecha a mano; poder agacharse y cargar 25 libras.",
        ),
        ("h", "14. Terminación"),
        (
            "p",
            "Si el trabajador falta 5 días seguidos sin avisar, se considera que abandonó el trabajo. Solo se despide por causa justificada y después de una advertencia por escrito.",
        ),
        ("h", "15. Si el trabajo se vuelve imposible"),
        (
            "p",
            "Si una helada, incendio, inundación u otro desastre impide terminar la temporada, el patrón paga la garantía de tres cuartas partes hasta esa fecha, el viaje de regreso y ofrece ayuda para buscar otro empleo.",
        ),
        ("h", "16. Sus derechos"),
        (
            "p",
            "Nadie le cobra dinero por este trabajo. Su pasaporte se queda con usted. No habrá represalias ni listas negras si usted se queja ante el Departamento de Trabajo o busca un abogado.",
        ),
        ("sig", ["Por el patrón", "Firma del trabajador"]),
    ],
)

f03 = dict(
    file="f03.pdf",
    program="h2b",
    language="en",
    font="sans",
    size=10,
    margin=20,
    footer="Thunder Hollow Seasonal Staff Job Order  |  {p}",
    doc_type="job_order",
    layout="single column; red header band; two-column summary grid table; numbered sections",
    recruiters=["Caribe Staffing Partners Ltd."],
    missing_terms=["overtime", "three_fourths_guarantee"],
    traps=[
        "'collect ride tickets and parking fees from guests' is a job duty",
        "visa fee reimbursed in the first workweek",
        "inbound bus reimbursed",
        "'no application fee'",
        "guests pay for damaged rental lockers (not the worker)",
        "free employee pass",
    ],
    body=[
        (
            "band",
            "Thunder Hollow Amusement Park",
            (170, 30, 35),
            "H-2B Seasonal Job Order - Ride Operator",
        ),
        (
            "table",
            [
                ["Item", "Details"],
                [
                    "Employer",
                    "Thunder Hollow Amusement Park, Inc., 2200 Ridge Pike, Wisconsin Dells, WI 53965",
                ],
                ["Position", "Ride operator / attendant"],
                ["Season", "May 15, 2026 - September 20, 2026"],
                ["Hours", "35 to 40 hours a week, shifts between 9:00 a.m. and 11:00 p.m."],
                ["Pay", "$16.40 an hour"],
                ["Payday", "Every other Friday (biweekly)"],
            ],
            (40, 130),
        ),
        ("h", "1. Duties"),
        (
            "p",
            "Operate and watch rides, check rider height, load and unload riders, collect ride tickets and parking fees from guests, keep queue lines clean.",
        ),
        ("h", "2. Place of work"),
        ("p", "All work is at the park, 2200 Ridge Pike, Wisconsin Dells, Wisconsin."),
        ("h", "3. Wage increases"),
        (
            "p",
            "If the prevailing wage or the federal, state or local minimum wage goes above $16.40, the park pays the higher rate from that day.",
        ),
        ("h", "4. Requirements"),
        (
            "p",
            "18 years or older, basic conversational English, 3 months of customer service experience.",
        ),
        ("h", "5. Deductions"),
        (
            "p",
            "Taxes required by law, and the items listed in sections 7 and 8. Staff receive an itemized pay statement with hours and earnings every payday.",
        ),
        ("h", "6. Travel and visa"),
        (
            "p",
            "The park reimburses the visa fee, visa processing and border crossing costs in the first workweek. The bus from Miami to Wisconsin Dells, with meals and lodging on the way, is paid back in the first workweek as well; the park pays the return trip home at the end of the season if the worker stays until then or is let go early.",
        ),
        ("h", "7. Uniforms and equipment"),
        ("p", "Safety harness keys, radios and rain ponchos are provided free."),
        (
            "F",
            F(
                "Two park uniform shirts and a name badge are issued in the first week and $42.00 is deducted from the worker's first paycheck to cover them.",
                "equipment_charge",
                42.0,
                "USD",
            ),
        ),
        ("h", "8. Housing and meals"),
        (
            "F",
            F(
                "Dormitory beds are rented to workers for $ 85 a week, deducted from wages.",
                "housing_charge",
                85.0,
                "USD",
            ),
        ),
        (
            "F",
            F(
                "Meals in the employee cafeteria are charged at $9.75 per day and are taken out of every paycheck.",
                "meal_charge",
                9.75,
                "USD",
            ),
        ),
        (
            "p",
            "Every employee gets a free season pass for himself. Guests who damage a rental locker are billed for it at the front gate.",
        ),
        ("h", "9. Documents"),
        (
            "F",
            F(
                "For safekeeping, passports and I-94 records are collected by Human Resources on the first day and kept in the office safe until the worker's final departure.",
                "document_retention",
            ),
        ),
        ("h", "10. Ending employment"),
        (
            "p",
            "Staff may be dismissed for cause (safety violations, no-call no-show for 3 shifts). If the park closes because of fire, storm or other events beyond its control, it pays for the return trip home.",
        ),
        (
            "F",
            F(
                "Any worker who abandons the season before Labor Day will be billed USD 2,000 as liquidated damages for the cost of replacing him.",
                "breach_penalty",
                2000.0,
                "USD",
            ),
        ),
        ("h", "11. Recruiting"),
        (
            "p",
            "Recruiting in Jamaica is done by Caribe Staffing Partners Ltd. There is no application fee.",
        ),
        ("sig", ["Thunder Hollow HR", "Employee"]),
    ],
)

f04 = dict(
    file="f04.pdf",
    program="h2b",
    language="es",
    font="dv",
    size=9,
    margin=17,
    footer="Reforestación Pinos del Sur — Oferta H-2B — pág. {p}",
    doc_type="job_order",
    layout="single column, DejaVu small font; brown header band; borderless two-column term list; grid crew table",
    recruiters=["Reclutadora Forestal Huasteca, S.C."],
    missing_terms=[],
    traps=[
        "'cuota de plantación' is a production target",
        "visa and consular fee reimbursed in the first week",
        "protective gear free, no deposit",
        "nothing withheld until the end of the season",
        "workers' comp paid by the company",
        "recruiter paid by the company; report anyone asking for money",
        "free to leave the motel on days off",
        "overtime stated",
    ],
    body=[
        (
            "band",
            "Reforestación Pinos del Sur, LLC",
            (110, 75, 40),
            "Orden de trabajo H-2B: plantador de árboles, temporada 2026-2027",
        ),
        (
            "p",
            "Estimado trabajador: este documento le explica en su idioma todo lo que le prometemos. Léalo con calma antes de firmar.",
        ),
        (
            "table",
            [
                [
                    "Empresa",
                    "Reforestación Pinos del Sur, LLC, 418 Sawmill Road, Jasper, Alabama 35501",
                ],
                [
                    "Puesto",
                    "Plantador de árboles: plantar plántulas de pino con barra o azadón, limpiar maleza con machete y cargar cajas de plántulas",
                ],
                [
                    "Lugares",
                    "Terrenos forestales de los condados Walker, Winston y Marion, Alabama; la cuadrilla sale del motel en Jasper",
                ],
                ["Fechas", "Del 1 de noviembre de 2026 al 30 de abril de 2027"],
                ["Horario", "40 horas por semana, de lunes a viernes, de 7:00 a.m. a 3:30 p.m."],
                [
                    "Salario",
                    "$17.13 por hora; cuota de plantación esperada: 1,200 plántulas al día",
                ],
                ["Horas extra", "$25.70 por hora después de 40 horas en la semana"],
                ["Pago", "Cada semana, los viernes, con talón de horas y ganancias"],
            ],
            (32, 140),
            {"head": False, "borders": "NONE"},
        ),
        ("h", "Aumentos"),
        (
            "p",
            "Si el salario prevaleciente o el salario mínimo federal o estatal sube, le pagamos el más alto desde la fecha del cambio.",
        ),
        ("h", "Descuentos"),
        (
            "p",
            "Solo los impuestos federales y estatales. El cuarto de motel compartido lo paga la empresa y no se descuenta de su cheque. No se retiene ninguna parte del salario hasta el final de la temporada.",
        ),
        ("h", "Garantía de 3/4"),
        (
            "p",
            "Le garantizamos trabajo por al menos tres cuartas partes de las horas ofrecidas en cada periodo de 6 semanas; si no, le pagamos la diferencia.",
        ),
        ("h", "Viaje, visa y regreso"),
        (
            "p",
            "La cuota de la visa, la cita consular y el cruce de la frontera se le reembolsan completos en la primera semana de trabajo. También se le reembolsa en la primera semana el autobús de San Luis Potosí a Jasper y las comidas del viaje. Al final, la empresa paga el regreso a San Luis Potosí.",
        ),
        ("h", "Herramientas y equipo"),
        (
            "p",
            "Barras de plantar, machetes, casco, guantes, botas y chaleco reflejante se entregan gratis, sin depósito.",
        ),
        ("h", "Requisitos"),
        (
            "p",
            "Tener 6 meses de experiencia en trabajo de campo o forestal; poder caminar en terreno inclinado cargando 40 libras.",
        ),
        ("h", "Terminación y abandono"),
        (
            "p",
            "Si usted falta 5 días laborales seguidos sin avisar, se considera abandono. Solo se le despide por causa justa. Si un incendio forestal, una tormenta u otro desastre impide el trabajo, le pagamos la garantía de 3/4 hasta ese día y el viaje de regreso.",
        ),
        ("h", "Cuadrillas"),
        (
            "table",
            [
                ["Cuadrilla", "Mayordomo", "Condado"],
                ["A", "Rigoberto Chávez", "Walker"],
                ["B", "Fidel Monsiváis", "Winston"],
                ["C", "Pedro Arreola", "Marion"],
            ],
            (30, 60, 40),
        ),
        ("h", "Sus derechos"),
        (
            "p",
            "Reclutadora Forestal Huasteca, S.C. recibe su pago de la empresa; ni ella ni nadie puede pedirle dinero. Si alguien le pide dinero, avísenos al (205) 555-0190. En sus días de descanso usted es libre de salir del motel a donde quiera. La empresa paga el seguro de compensación por accidentes de trabajo.",
        ),
        ("sig", ["Reforestación Pinos del Sur", "Trabajador"]),
    ],
)
