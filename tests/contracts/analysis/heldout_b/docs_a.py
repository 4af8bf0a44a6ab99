"""Held-out-b documents b01-b04 (notary agreement, terse job order, costs table, Q&A)."""

from __future__ import annotations

from .spec import Doc, F

B01_FEE = (
    "Como contraprestación por los servicios de gestoría, asesoría y acompañamiento que "
    "LA AGENCIA presta en virtud del presente contrato, EL CONTRATADO se obliga a cubrir a "
    "LA AGENCIA la suma de USD$ 1.200 (mil doscientos dólares 00/100 moneda de los Estados "
    "Unidos de América), pagadera en dos exhibiciones, la primera a la firma del presente "
    "instrumento y la segunda a más tardar el día de la entrevista consular, cantidad que "
    "en ningún caso será reembolsable."
)
B01_BOND = (
    "Para garantizar el cumplimiento de las obligaciones que asume, EL CONTRATADO suscribe "
    "en este acto a favor de LA AGENCIA un título de crédito por la cantidad de $30,000.00 "
    "(treinta mil pesos 00/100 M.N.), mismo que LA AGENCIA conservará en su poder durante "
    "toda la vigencia de la relación laboral y que le será devuelto a su regreso a "
    "territorio nacional siempre que haya cumplido la temporada completa."
)
B01_PENA = (
    "En el supuesto de que EL CONTRATADO abandone el empleo antes de la conclusión de la "
    "temporada, o de que por causas imputables a él no se presente a la cita consular, "
    "pagará a LA AGENCIA por concepto de pena convencional la cantidad de mil quinientos "
    "dólares, sin perjuicio de que LA AGENCIA haga efectivo el título de crédito "
    "mencionado en la cláusula anterior."
)
B01_DOCS = (
    "A efecto de facilitar los trámites migratorios, EL CONTRATADO entrega en este acto a "
    "LA AGENCIA su pasaporte vigente y su acta de nacimiento original, documentos que LA "
    "AGENCIA resguardará hasta el día de salida y que su representante en los Estados "
    "Unidos conservará durante toda la temporada para su custodia."
)

B01 = Doc(
    "b01.pdf",
    "h2a",
    "es",
    "recruiter_agreement",
    "notarial run-on prose, A4; DECLARACIONES / CLÁUSULAS; gridded conditions table; "
    "signature lines with fingerprint boxes",
    "rl_a4",
    [
        ("title", "CONTRATO DE PRESTACIÓN DE SERVICIOS DE INTERMEDIACIÓN LABORAL"),
        (
            "p",
            "En la ciudad de Celaya, Estado de Guanajuato, Estados Unidos Mexicanos, siendo las "
            "once horas del día veintitrés de enero del año dos mil veintiséis, ante la presencia de los "
            "testigos que al final se mencionan, comparecen por una parte la sociedad denominada Enlace "
            "Agrícola del Bajío, S. de R.L. de C.V., representada en este acto por su apoderado legal el "
            'C. Lic. Rigoberto Anaya Cervantes, a quien en lo sucesivo se le denominará "LA AGENCIA", '
            "y por la otra parte el C. Eleuterio Ramírez Baeza, por su propio derecho, a quien en lo "
            'sucesivo se le denominará "EL CONTRATADO", mismos que se sujetan al tenor de las '
            "siguientes declaraciones y cláusulas:",
        ),
        ("h", "DECLARACIONES"),
        (
            "p",
            "I. Declara LA AGENCIA, por conducto de su apoderado, que es una sociedad legalmente "
            "constituida conforme a las leyes mexicanas según consta en la escritura pública número "
            "14,882 otorgada ante la fe del Notario Público número 9 de esta ciudad, que se encuentra "
            "inscrita en el Registro Central de Agencias de Colocación bajo el folio RCA-GTO-0417, y que "
            "ha sido designada por la empresa Sun Valley Onion Growers LLC, con domicilio en 3310 Rancho "
            'Alto Road, Vale, Oregon 97918, Estados Unidos de América (en lo sucesivo "EL EMPLEADOR"), '
            "para llevar a cabo la preselección de trabajadores agrícolas temporales bajo el programa "
            "H-2A.",
        ),
        (
            "p",
            "II. Declara EL CONTRATADO ser mexicano, mayor de edad, originario y vecino de la "
            "comunidad de San Miguel Octopan, municipio de Celaya, Guanajuato, que se identifica con "
            "credencial para votar expedida por el Instituto Nacional Electoral, y que cuenta con "
            "experiencia comprobable de cuando menos dos temporadas en la cosecha de cebolla, ajo u "
            "otras hortalizas, requisito indispensable para el puesto.",
        ),
        (
            "p",
            "III. Declaran ambas partes que se reconocen mutuamente la personalidad con la que "
            "comparecen y que es su voluntad celebrar el presente instrumento, sin que medie dolo, "
            "error, mala fe ni vicio alguno del consentimiento.",
        ),
        ("h", "CLÁUSULAS"),
        (
            "p",
            "PRIMERA.- DEL OBJETO. LA AGENCIA se obliga a gestionar ante EL EMPLEADOR y ante las "
            "autoridades consulares la contratación de EL CONTRATADO en las condiciones que se "
            "describen en el cuadro siguiente, las cuales forman parte integrante del presente contrato "
            "como si a la letra se insertasen:",
        ),
        (
            "grid",
            [
                ["Rubro", "Condiciones"],
                [
                    "Patrón",
                    "Sun Valley Onion Growers LLC, 3310 Rancho Alto Road, Vale, Oregon 97918",
                ],
                [
                    "Puesto",
                    "Trabajador agrícola de cebolla: deshierbe, riego, cosecha manual, "
                    "llenado de costales de 50 libras y selección en la bodega de empaque",
                ],
                [
                    "Lugar",
                    "Campos de EL EMPLEADOR en el condado de Malheur, Oregon, y su bodega en Vale",
                ],
                ["Vigencia", "del 1 de abril al 30 de noviembre de 2026"],
                ["Jornada", "de 7:00 a 15:30, de lunes a sábado, con media hora para comer"],
                [
                    "Salario",
                    "salario de $18.44 por hora; en cosecha, $1.10 por costal de 50 libras "
                    "cuando resulte mayor",
                ],
                ["Pago", "cada catorce días, mediante cheque"],
                [
                    "Vivienda",
                    "casa del rancho sin costo alguno para EL CONTRATADO, con cocina "
                    "equipada de uso gratuito",
                ],
                [
                    "Transporte diario",
                    "camioneta de EL EMPLEADOR, sin cargo, de la vivienda al campo",
                ],
                ["Herramientas", "cuchillos, guantes y costales proporcionados sin costo"],
                [
                    "Seguro",
                    "seguro de riesgos de trabajo (workers' compensation) a cargo de EL EMPLEADOR",
                ],
                [
                    "Descuentos",
                    "únicamente los que ordenen las leyes fiscales y los que EL "
                    "CONTRATADO autorice por escrito",
                ],
            ],
            [0.25, 0.75],
        ),
        ("p", "SEGUNDA.- DE LA CONTRAPRESTACIÓN. " + B01_FEE),
        ("p", "TERCERA.- DE LA GARANTÍA. " + B01_BOND),
        ("p", "CUARTA.- DE LA PENA CONVENCIONAL. " + B01_PENA),
        ("p", "QUINTA.- DE LOS DOCUMENTOS. " + B01_DOCS),
        (
            "p",
            "SEXTA.- DE LA VISA. Los derechos consulares por la expedición de la visa H-2A, así "
            "como la cuota de procesamiento de la solicitud, son cubiertos de manera íntegra por EL "
            "EMPLEADOR, por lo que EL CONTRATADO no erogará cantidad alguna por dichos conceptos.",
        ),
        (
            "p",
            "SÉPTIMA.- DE LA TERMINACIÓN Y EL REGRESO. EL EMPLEADOR podrá dar por terminada la "
            "relación laboral únicamente por causa justificada, y se entenderá que EL CONTRATADO "
            "abandonó el empleo cuando falte cinco días laborables consecutivos sin aviso; concluida la "
            "temporada, el boleto de autobús de regreso a Celaya y los alimentos del camino corren a "
            "cargo de EL EMPLEADOR.",
        ),
        (
            "p",
            "OCTAVA.- DE LA JURISDICCIÓN. Para la interpretación y cumplimiento del presente "
            "contrato las partes se someten a la jurisdicción de los tribunales competentes de la "
            "ciudad de Celaya, Guanajuato, renunciando expresamente al fuero que pudiera "
            "corresponderles por razón de su domicilio presente o futuro.",
        ),
        (
            "p",
            "Leído que fue el presente contrato y enteradas las partes de su contenido y alcance "
            "legal, lo firman por duplicado y estampan su huella digital, en la ciudad y fecha "
            "señaladas al principio.",
        ),
        ("sig", ["LA AGENCIA", "EL CONTRATADO", "TESTIGO"]),
    ],
    fees=[
        F("recruitment_fee", B01_FEE, 1200.0, "USD"),
        F("deposit_or_bond", B01_BOND, 30000.0, "MXN"),
        F("breach_penalty", B01_PENA, 1500.0, "USD"),
        F("document_retention", B01_DOCS),
    ],
    missing_terms=[
        "wage_adjustment",
        "three_fourths_guarantee",
        "inbound_transportation",
        "earnings_statements",
        "contract_impossibility",
    ],
    recruiters=["Enlace Agrícola del Bajío, S. de R.L. de C.V."],
    traps=[
        "visa and consular fees: 'no erogará cantidad alguna'",
        "housing 'sin costo alguno'",
        "daily transport 'sin cargo'",
        "insurance 'a cargo de EL EMPLEADOR'",
        "return bus 'corren a cargo de EL EMPLEADOR'",
    ],
)
