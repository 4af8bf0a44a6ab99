"""Documents q01-q06."""

from qlib import Doc


def q01():
    d = Doc(
        "q01.pdf",
        "generic",
        "en",
        "agency_service_agreement",
        "A4; colored header band; gridded parties table; numbered clauses; footer with page x of y on every page",
        recruiters=["Luzviminda Global Manpower Services, Inc."],
        missing=["hours_of_work"],
        traps=[
            "'as scheduled by the Employer according to production needs' gives no concrete hours (hours missing)",
            "statutory Taiwan labour/health insurance worker share is a lawful deduction, not insurance_cost",
            "PDOS seminar free of charge (not training_cost)",
            "visa, work permit and airfare to Taiwan paid by the Employer",
            "agency may not keep the passport (negated document retention)",
        ],
        fmt="A4",
        size=9.5,
        footer="LGMSI Form SA-07 (rev. 2025)  |  Applicant's initials: ______",
        page_numbers=True,
    )
    d.band(
        "LUZVIMINDA GLOBAL MANPOWER SERVICES, INC.",
        "DMW Licence No. DMW-114-LB-062724-R  |  3/F Pacific Star Bldg., Sen. Gil Puyat Ave., Makati City, Philippines",
    )
    d.title("AGENCY SERVICE AGREEMENT\n(Factory Workers for Taiwan)", size=12)
    d.p(
        "This Agreement is entered into in Makati City on 14 November 2025 by and between the parties named below, "
        "in connection with the deployment of the Applicant to the foreign Principal listed herein."
    )
    d.table(
        [
            ["Party", "Details"],
            ["Agency", 'Luzviminda Global Manpower Services, Inc. (the "Agency")'],
            [
                "Applicant",
                "Rodel P. Manalastas, born 3 June 1996, Brgy. San Isidro, Cabanatuan City",
            ],
            ["Principal / Employer", "Hsin Yuan Precision Electronics Co., Ltd."],
            ["Employer address", "No. 88, Gongye 3rd Road, Guanyin District, Taoyuan City, Taiwan"],
            ["Position", "Machine Operator (SMT line)"],
        ],
        widths=[45, 129],
    )
    d.h("ARTICLE I - THE JOB")
    d.clause(
        "1.1",
        "The Applicant shall work as Machine Operator: loading printed circuit boards on the SMT line, "
        "visual inspection of soldered boards, recording output and keeping the work area clean.",
    )
    d.clause(
        "1.2",
        "Place of work: the Employer's Guanyin plant, No. 88, Gongye 3rd Road, Guanyin District, Taoyuan City.",
    )
    d.clause(
        "1.3",
        "Contract period: thirty-six (36) months, from 10 March 2026 to 9 March 2029, subject to the "
        "issuance of the Applicant's work permit.",
    )
    d.clause(
        "1.4",
        "Working hours: as scheduled by the Employer according to production needs, with rest days "
        "as provided under the Taiwan Labor Standards Act.",
    )
    d.clause(
        "1.5",
        "Basic monthly salary: NT$ 28,590.00, paid monthly by bank transfer on or before the 10th day of the "
        "following month, with a payslip.",
    )
    d.clause(
        "1.6",
        "Deductions from salary: Labour Insurance and National Health Insurance (worker's share) and "
        "income tax, as required by Taiwan law, and the instalments in Article II.",
    )

    d.new_page()
    d.h("ARTICLE II - COSTS AND UNDERTAKINGS OF THE APPLICANT")
    d.clause(
        "2.1",
        "The Principal shall pay the visa, the work permit, the alien resident certificate and the "
        "airfare from Manila to Taoyuan. The Pre-Departure Orientation Seminar (PDOS) is given free of charge.",
    )
    d.clause(
        "2.2",
        d.fee(
            "recruitment_fee",
            25000,
            "PHP",
            "The Applicant shall pay the Agency a service fee of PHP 25,000.00, deducted from his first five "
            "salaries at PHP 5,000.00 per month.",
        ),
    )
    d.clause(
        "2.3",
        d.fee(
            "training_cost",
            8500,
            "PHP",
            "The Applicant shoulders the cost of the Mandarin language course and the skills assessment at the "
            "Agency's training centre, PHP 8,500.00 in total.",
        ),
    )
    d.clause(
        "2.4",
        d.fee(
            "deposit_or_bond",
            None,
            None,
            "Upon signing, the Applicant shall issue three (3) post-dated cheques in favour of the Agency as "
            "guarantee of his faithful compliance with this Agreement.",
        ),
    )
    d.clause(
        "2.5",
        d.fee(
            "breach_penalty",
            None,
            None,
            "An Applicant who withdraws after his visa is issued shall pay the Agency liquidated damages equal "
            "to two weeks' pay.",
        ),
    )
    d.clause(
        "2.6",
        "The Agency shall not hold the Applicant's passport or any of his identity documents. The Applicant "
        "keeps them at all times.",
    )
    d.h("ARTICLE III - OBLIGATIONS OF THE AGENCY")
    d.clause(
        "3.1",
        "The Agency shall assist the Applicant during processing, endorse him to the Principal, and monitor his "
        "welfare during the contract through its Taiwan partner office.",
    )
    d.clause(
        "3.2",
        "The Agency shall provide the Applicant with a copy of this Agreement and of the employment contract "
        "verified by the Migrant Workers Office.",
    )

    d.new_page()
    d.h("ARTICLE IV - TERMINATION AND REPATRIATION")
    d.clause(
        "4.1",
        "The Employer may terminate the contract for just cause as defined in Article 12 of the Taiwan Labor "
        "Standards Act, after a written notice stating the reason. The Applicant may resign with thirty (30) "
        "days' written notice.",
    )
    d.clause(
        "4.2",
        "On completion of the contract, or if the Employer ends it without just cause, the Employer pays the "
        "Applicant's return air ticket from Taoyuan to Manila.",
    )
    d.clause(
        "4.3",
        "Disputes shall be settled amicably; otherwise they shall be referred to the National Labor Relations "
        "Commission.",
    )
    d.signatures(
        ["Rodel P. Manalastas\nApplicant", "For the Agency\nAuthorized Representative", "Witness"]
    )
    return d


def q02():
    d = Doc(
        "q02.pdf",
        "generic",
        "en",
        "predeparture_checklist",
        "A4; borderless job-summary table; gridded cost checklist table with tick boxes; small-print notes",
        recruiters=["Sagarmatha Overseas Placement Pvt. Ltd."],
        missing=["deductions", "termination"],
        traps=[
            "visa and calling fee, air ticket and agency service charge paid by Employer ('Free Visa Free Ticket')",
            "agency service charge row shows NPR 0",
            "'deposit the sealed envelope at the counter' is not a deposit",
        ],
        fmt="A4",
        size=9.5,
        header="Sagarmatha Overseas Placement Pvt. Ltd.  -  Licence No. 1187/071/72  -  Bansbari, Kathmandu",
    )
    d.title("PRE-DEPARTURE CHECKLIST AND COST SHEET\nMalaysia - Manufacturing Sector", size=12)
    d.p("Please read this sheet with your family. Bring it to every visit to our office.", style="")
    d.table(
        [
            ["Worker", "Bishnu Bahadur Thapa Magar"],
            ["Passport No.", "PA 0917734"],
            ["Employer", "Perintis Glove Industries Sdn. Bhd."],
            [
                "Employer address",
                "Lot 12, Jalan Perusahaan 4, Kamunting Industrial Estate, 34600 Taiping, Perak",
            ],
            ["Position", "Production Operator - glove dipping line, stripping and packing"],
            ["Workplace", "Kamunting factory, Taiping, Perak, Malaysia"],
            ["Contract", "1 February 2026 to 31 January 2028 (2 years)"],
            ["Working hours", "8 hours a day, 6 days a week; Sunday off"],
            ["Basic salary", "RM 1,700 per month"],
            [
                "Salary payment",
                "Monthly, into the worker's bank account, by the 7th of the next month",
            ],
            ["Return ticket", "Paid by the Employer at the end of the contract"],
        ],
        widths=[38, 136],
        grid=False,
        head=False,
    )
    d.h("What you must do before the flight")
    d.checklist(
        [
            (True, "Sign the employment contract at the Department of Foreign Employment counter."),
            (True, "Give 4 passport photos (white background) to the documentation desk."),
            (
                False,
                "Deposit the sealed envelope with your papers at the counter on the 2nd floor.",
            ),
            (False, "Attend the orientation course and bring the certificate to our office."),
            (False, "Collect your labour permit sticker and insurance card."),
        ]
    )
    d.new_page()
    d.h("Cost sheet - who pays what")
    d.table(
        [
            ["Item", "Amount", "Paid by", "Done"],
            ["Visa and calling fee", "-", "Employer", ""],
            ["Air ticket Kathmandu - Kuala Lumpur", "-", "Employer", ""],
            ["Agency service charge", "NPR 0", "Employer", ""],
            ["Medical examination (approved centre)", "Rs. 9,500", "Worker", ""],
            ["Orientation course", "NPR 700", "Worker", ""],
            ["Welfare Fund and life insurance", "NPR 4,500", "Worker", ""],
            ["Labour permit sticker", "-", "Employer", ""],
        ],
        widths=[82, 32, 36, 24],
    )
    # the fee quotes are the table rows as printed
    d.fee("medical_cost", 9500, "NPR", "Medical examination (approved centre) Rs. 9,500 Worker")
    d.fee("training_cost", 700, "NPR", "Orientation course NPR 700 Worker")
    d.fee("insurance_cost", 4500, "NPR", "Welfare Fund and life insurance NPR 4,500 Worker")
    d.p(
        "Pay the amounts marked 'Worker' at the counter of the service provider and keep every receipt. "
        "Amounts marked 'Employer' are paid by Perintis Glove Industries Sdn. Bhd. and must not be asked from you.",
        size=8.5,
    )
    d.p(
        "Notes: the orientation certificate is compulsory for the labour permit. Medical reports are valid for "
        "three months. If any person asks you for money for the visa or the ticket, tell our office manager "
        "at once.",
        size=7.5,
    )
    d.signatures(["Worker's signature", "Documentation officer"])
    return d


def q03():
    d = Doc(
        "q03.pdf",
        "h2b",
        "es",
        "recruiter_agreement",
        "Letter; numbered CLÁUSULAS; gridded terms table on page 1; signature block with fingerprint box",
        recruiters=["Horizonte Maya Colocaciones, S.A."],
        missing=["overtime", "visa_reimbursement", "contract_impossibility"],
        traps=[
            "uniforms and cleaning supplies free",
            "inbound travel and per diem reimbursed in first workweek",
            "complaints allowed without affecting hiring (negated blacklisting)",
            "'cobrar' used for the hotel charging guests (job context), not a worker fee",
        ],
        size=9.5,
    )
    d.title(
        "CONVENIO DE RECLUTAMIENTO Y COLOCACIÓN\nPrograma de visas H-2B - Temporada 2026", size=12
    )
    d.p(
        "En la ciudad de Quetzaltenango, el 20 de noviembre de 2025, comparecen por una parte Horizonte Maya "
        "Colocaciones, S.A., con oficinas en 4a. Calle 12-30, Zona 1, Quetzaltenango (en adelante LA AGENCIA), y "
        "por la otra la señora Marta Elena Sic Cutzal, con DPI 2614 88391 0901 (en adelante LA PERSONA "
        "TRABAJADORA), quienes celebran el presente convenio conforme a las cláusulas siguientes."
    )
    d.table(
        [
            ["Condición", "Detalle"],
            [
                "Patrón",
                "Harborview Inn & Suites LLC, 2200 Ocean Highway, Myrtle Beach, South Carolina 29577, EE. UU.",
            ],
            [
                "Puesto",
                "Camarista: limpieza de habitaciones, cambio de ropa de cama y toallas, reposición de amenidades",
            ],
            ["Lugar de trabajo", "Harborview Inn & Suites, Myrtle Beach, Carolina del Sur"],
            ["Periodo", "Del 15 de marzo de 2026 al 15 de octubre de 2026"],
            ["Jornada", "40 horas por semana, de lunes a viernes, de 8:00 a 16:30 horas"],
            ["Salario", "US$14.25 por hora"],
            ["Pago", "Cada semana, los viernes, con talón de pago"],
            ["Requisitos", "6 meses de experiencia en limpieza; no se requiere inglés"],
        ],
        widths=[38, 136],
    )
    d.h("CLÁUSULAS")
    d.clause(
        "PRIMERA.",
        "LA AGENCIA recluta a LA PERSONA TRABAJADORA por encargo del patrón arriba indicado y le entrega copia "
        "de la orden de trabajo en español.",
        indent=24,
    )
    d.clause(
        "SEGUNDA.",
        "El patrón pagará el salario más alto entre el salario prevaleciente y el salario mínimo federal, "
        "estatal o local, y lo aumentará si durante la temporada se publica un salario más alto.",
        indent=24,
    )
    d.new_page()
    d.clause(
        "TERCERA.",
        d.fee(
            "recruitment_fee",
            3000,
            "GTQ",
            "Para apartar su lugar, LA PERSONA TRABAJADORA entregará a LA AGENCIA una cuota de inscripción de "
            "Q3,000.00, que no es reembolsable.",
        ),
        indent=24,
    )
    d.clause(
        "CUARTA.",
        d.fee(
            "visa_cost",
            205,
            "USD",
            "El arancel consular de la visa H-2B (US$205.00) y el costo de la cita corren por cuenta de LA "
            "PERSONA TRABAJADORA y no serán reembolsados.",
        ),
        indent=24,
    )
    d.clause(
        "QUINTA.",
        "El patrón reembolsará en la primera semana de trabajo el transporte y los viáticos de Quetzaltenango "
        "a Myrtle Beach. Al terminar el contrato, o si es despedida antes sin causa, el patrón paga el regreso "
        "a Quetzaltenango.",
        indent=24,
    )
    d.clause(
        "SEXTA.",
        "El hotel entrega sin costo los uniformes, el carrito y todos los materiales de limpieza. El cobro de "
        "las habitaciones a los huéspedes lo hace la recepción, no la camarista.",
        indent=24,
    )
    d.clause(
        "SÉPTIMA.",
        "Descuentos del salario: seguro social (FICA) e impuestos federal y estatal. Cada viernes se entrega "
        "un talón con las horas ofrecidas, las horas trabajadas, el pago y los descuentos.",
        indent=24,
    )
    d.clause(
        "OCTAVA.",
        "El patrón garantiza trabajo por al menos las tres cuartas partes (3/4) de los días hábiles de cada "
        "periodo de 12 semanas; si ofrece menos, pagará la diferencia.",
        indent=24,
    )
    d.clause(
        "NOVENA.",
        d.fee(
            "document_retention",
            None,
            None,
            "El supervisor del hotel guardará el pasaporte de LA PERSONA TRABAJADORA durante toda la temporada "
            "y se lo devolverá al terminar el contrato.",
        ),
        indent=24,
    )
    d.clause(
        "DÉCIMA.",
        "Si LA PERSONA TRABAJADORA deja de presentarse 5 días hábiles seguidos sin permiso, se considera que "
        "abandonó el trabajo. Si es despedida por causa justificada pierde la garantía de 3/4 y el pago del "
        "regreso.",
        indent=24,
    )
    d.clause(
        "UNDÉCIMA.",
        "LA PERSONA TRABAJADORA puede presentar quejas ante LA AGENCIA, el patrón o el Departamento de Trabajo "
        "sin que esto afecte su contratación en esta u otras temporadas.",
        indent=24,
    )
    d.new_page()
    d.p(
        "Leído el presente convenio y enteradas las partes de su contenido, lo firman en dos ejemplares en "
        "Quetzaltenango, Guatemala."
    )
    d.signatures(
        [
            "Marta Elena Sic Cutzal\nLA PERSONA TRABAJADORA",
            "Horizonte Maya Colocaciones, S.A.\nLA AGENCIA",
        ],
        fingerprint=True,
    )
    d.p("Ejemplar para LA PERSONA TRABAJADORA.", size=7.5)
    return d


def q04():
    d = Doc(
        "q04.pdf",
        "h2b",
        "en",
        "job_order",
        "Letter; header band; gridded summary table; two-column promises/rights section; repeated footer",
        recruiters=["Trabajo Justo Lempira, S. de R.L."],
        missing=[],
        traps=[
            "'collect ride ticket fees from guests' is a job duty, not a worker fee",
            "employer pays all visa fees and the recruiter's fees",
            "no recruitment fee will be charged by anyone",
            "deductions required by law: FICA, federal and state income tax",
            "free shared housing and free staff meal",
            "workers not charged for ordinary wear or accidental damage (negated damage chargeback)",
            "no penalty for leaving early (negated breach penalty)",
        ],
        size=9.5,
        footer="Pine Ridge Adventure Park LLC  -  ETA-790B attachment  -  Case H-400-25318-771204",
        page_numbers=True,
    )
    d.band(
        "Pine Ridge Adventure Park LLC",
        "1450 Parkway Drive, Pigeon Forge, Tennessee 37863  -  Seasonal H-2B Job Offer 2026",
        color=(24, 92, 60),
    )
    d.table(
        [
            ["Term", "Offer"],
            ["Job title", "Amusement and Recreation Attendant (40 positions)"],
            [
                "Duties",
                "Operate rides, check safety bars, collect ride ticket fees from guests, clean the park",
            ],
            ["Worksite", "Pine Ridge Adventure Park, 1450 Parkway Drive, Pigeon Forge, TN 37863"],
            ["Dates", "April 1, 2026 to October 31, 2026"],
            ["Hours", "35 hours per week; shifts between 9:00 a.m. and 11:00 p.m., 5 days a week"],
            ["Wage", "$15.10 per hour"],
            ["Overtime", "$22.65 per hour for hours over 40 in a workweek"],
            ["Payday", "Every other Friday (biweekly)"],
            [
                "Requirements",
                "3 months of experience in customer service; able to stand for 8 hours",
            ],
        ],
        widths=[36, 138],
    )
    d.p(
        "The employer will pay at least the highest of the prevailing wage, the federal minimum wage and the "
        "Tennessee or local minimum wage, and will raise the rate during the season if a higher prevailing "
        "wage is published."
    )
    d.p(
        "Recruitment is handled in Honduras by Trabajo Justo Lempira, S. de R.L., San Pedro Sula. The employer "
        "pays all of the recruiter's fees. No recruitment fee will be charged to any worker by the employer, "
        "the recruiter or any agent."
    )
    d.new_page()
    d.columns(
        [
            ("B", "What the employer pays"),
            (
                "",
                "Visa, visa processing and border crossing fees: the employer pays all visa fees in advance or "
                "reimburses them in the first workweek.",
            ),
            (
                "",
                "Travel to the job: bus and airfare from San Pedro Sula to Pigeon Forge and daily subsistence "
                "on the way are reimbursed in the first workweek.",
            ),
            (
                "",
                "Return travel: if you finish the season, or are dismissed early for any reason other than "
                "cause, the employer pays your travel and subsistence back to San Pedro Sula.",
            ),
            (
                "",
                "Tools, uniforms and safety equipment are provided free of charge. Workers are not charged for "
                "ordinary wear or accidental damage.",
            ),
            (
                "",
                "Housing: shared rooms at Laurel Lodge, Pigeon Forge, free of charge. A free staff meal is served "
                "on every shift.",
            ),
        ],
        [
            ("B", "Your rights"),
            (
                "",
                "Three-fourths guarantee: you will be offered work for at least 3/4 of the workdays in each "
                "12-week period of the contract, or paid the difference.",
            ),
            (
                "",
                "Pay statements: each payday you receive a statement of hours offered, hours worked, pay rate, "
                "earnings and each deduction.",
            ),
            (
                "",
                "Deductions: only those required by law - FICA, federal income tax and Tennessee taxes, if any.",
            ),
            (
                "",
                "You may leave the job at any time with no penalty or fee. You keep your own passport.",
            ),
            (
                "",
                "You may complain to the Department of Labor or any organization without losing your job or "
                "future offers.",
            ),
        ],
    )
    d.h("Ending the contract")
    d.p(
        "A worker who is absent for 5 consecutive working days without permission is considered to have "
        "abandoned the job, and the employer will notify the Department of Labor and DHS. A worker dismissed "
        "for cause is not owed the three-fourths guarantee or return travel."
    )
    d.p(
        "If the season ends early because of fire, storm, flood or another event beyond the employer's control "
        "that makes the work impossible, the employer will pay the three-fourths guarantee up to that date, "
        "return travel, and will try to transfer workers to other jobs."
    )
    d.signatures(["Worker", "For Pine Ridge Adventure Park LLC"])
    return d


def q05():
    d = Doc(
        "q05.pdf",
        "generic",
        "en+id",
        "employment_contract",
        "A4; header band; bilingual English | Bahasa Indonesia side-by-side borderless table; numbered articles",
        recruiters=["PT Cahaya Mitra Sejahtera"],
        missing=["termination"],
        traps=[
            "employer pays visa, Taiwan medical check-up and both air tickets",
            "worker keeps her own passport",
            "National Health Insurance worker share is a statutory deduction (not insurance_cost)",
        ],
        fmt="A4",
        size=8.8,
        header="PT Cahaya Mitra Sejahtera - SIP3MI No. 2/1420/PP.02.03/IV/2024 - Jl. Pemuda 118, Semarang",
    )
    d.band(
        "EMPLOYMENT CONTRACT / PERJANJIAN KERJA",
        "Caregiver (Home) - Taiwan  |  Penata Laksana Rumah Tangga - Taiwan",
        color=(120, 40, 50),
    )
    rows = [
        ["English", "Bahasa Indonesia"],
        [
            "Article 1. Employer: Mr. Lin Chih-Hao, No. 15, Lane 32, Minzu Road, West District, Taichung City, Taiwan.",
            "Pasal 1. Majikan: Tuan Lin Chih-Hao, No. 15, Lane 32, Minzu Road, West District, Taichung City, Taiwan.",
        ],
        [
            "Article 2. Worker: Sri Wahyuni binti Karsim, born in Cilacap on 9 August 1993.",
            "Pasal 2. Pekerja: Sri Wahyuni binti Karsim, lahir di Cilacap pada 9 Agustus 1993.",
        ],
        [
            "Article 3. Duties: care of the Employer's mother (84 years): feeding, bathing, helping her walk, "
            "giving medicine on time, and light cleaning of her room.",
            "Pasal 3. Tugas: merawat ibu Majikan (84 tahun): memberi makan, memandikan, membantu berjalan, "
            "memberi obat tepat waktu, dan membersihkan kamarnya.",
        ],
        [
            "Article 4. Place of work: the Employer's residence stated in Article 1.",
            "Pasal 4. Tempat kerja: rumah Majikan sesuai Pasal 1.",
        ],
        [
            "Article 5. Period: from 2 February 2026 to 1 February 2029.",
            "Pasal 5. Jangka waktu: dari 2 Februari 2026 sampai 1 Februari 2029.",
        ],
        [
            "Article 6. Hours: 10 working hours a day with at least 8 hours of continuous rest at night; one "
            "rest day every week.",
            "Pasal 6. Jam kerja: 10 jam sehari dengan istirahat malam paling sedikit 8 jam berturut-turut; satu "
            "hari libur setiap minggu.",
        ],
        [
            "Article 7. Salary: NT$ 20,000 per month, paid monthly on the 5th day of the following month into "
            "the Worker's own bank account.",
            "Pasal 7. Gaji: NT$ 20.000 per bulan, dibayar setiap bulan pada tanggal 5 bulan berikutnya ke "
            "rekening bank milik Pekerja.",
        ],
        [
            "Article 8. Deductions: only the Worker's share of the National Health Insurance premium.",
            "Pasal 8. Potongan: hanya iuran Asuransi Kesehatan Nasional bagian Pekerja.",
        ],
    ]
    d.table(rows, widths=[87, 87], grid=False, head=True)
    d.new_page()
    rows = [
        [
            "Article 9. The Employer pays the visa, the medical check-up in Taiwan and the air tickets to "
            "Taiwan and back to Indonesia at the end of the contract.",
            "Pasal 9. Majikan membayar visa, pemeriksaan kesehatan di Taiwan dan tiket pesawat ke Taiwan serta "
            "pulang ke Indonesia pada akhir kontrak.",
        ],
        [
            d.fee(
                "debt_bondage",
                5000000,
                "IDR",
                "Article 10. The Agency lends the Worker IDR 5,000,000 for her family before departure, repaid "
                "from her salary with interest of 2% per month.",
                group=1,
            ),
            d.fee(
                "debt_bondage",
                5000000,
                "IDR",
                "Pasal 10. Agensi meminjamkan Rp 5.000.000 kepada Pekerja untuk keluarganya sebelum berangkat, "
                "dibayar kembali dari gajinya dengan bunga 2% per bulan.",
                group=1,
            ),
        ],
        [
            d.fee(
                "breach_penalty",
                15000000,
                "IDR",
                "Article 11. If the Worker ends this contract before completing 24 months, she shall pay the "
                "Agency a penalty of IDR 15,000,000.",
                group=2,
            ),
            d.fee(
                "breach_penalty",
                15000000,
                "IDR",
                "Pasal 11. Apabila Pekerja mengakhiri kontrak ini sebelum genap 24 bulan, Pekerja wajib membayar "
                "denda kepada Agensi sebesar Rp 15.000.000.",
                group=2,
            ),
        ],
        [
            d.fee(
                "movement_restriction",
                None,
                None,
                "Article 12. The Worker may not leave the Employer's house on her rest day unless accompanied "
                "by a member of the Employer's family.",
                group=3,
            ),
            d.fee(
                "movement_restriction",
                None,
                None,
                "Pasal 12. Pada hari libur, Pekerja tidak boleh keluar dari rumah Majikan kecuali ditemani "
                "anggota keluarga Majikan.",
                group=3,
            ),
        ],
        [
            "Article 13. The Worker keeps her own passport and residence card.",
            "Pasal 13. Paspor dan kartu izin tinggal disimpan oleh Pekerja sendiri.",
        ],
        [
            "Article 14. This contract is made in two languages; both texts are equally valid.",
            "Pasal 14. Perjanjian ini dibuat dalam dua bahasa; kedua naskah sama-sama berlaku.",
        ],
    ]
    d.table(rows, widths=[87, 87], grid=False, head=False)
    d.signatures(["Worker / Pekerja", "Employer / Majikan", "Agency / Agensi"])
    return d


def q06():
    d = Doc(
        "q06.pdf",
        "generic",
        "es",
        "predeparture_checklist",
        "Letter; flyer-style headline; checklist with tick boxes; borderless data table with blank name line; Q&A",
        recruiters=["Enlace Agrícola del Bajío"],
        missing=["worker_identity", "return_transportation", "termination"],
        traps=[
            "work permit (LMIA) and outbound flight paid by employer",
            "registration is free ('La inscripción es gratuita')",
            "housing without cost",
            "statutory Canadian tax deductions",
            "worker name left blank (worker_identity missing)",
        ],
        size=10,
    )
    d.band(
        "¡TRABAJO EN CANADÁ! - Temporada 2026",
        "Enlace Agrícola del Bajío  -  Av. Insurgentes 410, Celaya, Guanajuato  -  WhatsApp 461 118 2290",
        color=(200, 90, 20),
    )
    d.p("LISTA DE REQUISITOS Y PAGOS PARA EL VIAJE", style="B", size=11)
    d.table(
        [
            ["Nombre del trabajador:", "______________________________________"],
            [
                "Patrón:",
                "Les Serres Boréales Inc., 455 rang Saint-Joseph, Saint-Rémi, Québec J0L 2L0, Canadá",
            ],
            ["Trabajo:", "Cosecha, deshoje y empaque de tomate en invernadero"],
            ["Lugar:", "Invernaderos de Les Serres Boréales, Saint-Rémi, Québec"],
            ["Temporada:", "Del 5 de abril al 20 de noviembre de 2026"],
            ["Horario:", "48 horas a la semana, de lunes a sábado"],
            ["Sueldo:", "16.10 dólares canadienses por hora"],
            ["Pago:", "Cada dos semanas, por depósito en tarjeta"],
            [
                "Descuentos:",
                "Impuestos y cotizaciones obligatorias de Canadá (impôt, RRQ, seguro de empleo)",
            ],
        ],
        widths=[42, 134],
        grid=False,
        head=False,
    )
    d.h("Marque cada paso cuando lo complete")
    d.checklist(
        [
            (False, "Acta de nacimiento y CURP impresa."),
            (
                False,
                d.fee(
                    "visa_cost",
                    2030,
                    "MXN",
                    "Pasaporte vigente por 10 años: el interesado lo tramita y lo paga ($2,030 pesos en la SRE).",
                ),
            ),
            (False, "El permiso de trabajo (LMIA) y el boleto de avión de ida los paga el patrón."),
            (
                False,
                d.fee(
                    "equipment_charge",
                    1250,
                    "MXN",
                    "Botas de hule, guantes y tijeras de cosecha: 1 250 pesos, se descuentan en el primer pago.",
                ),
            ),
            (
                False,
                d.fee(
                    "deposit_or_bond",
                    10000,
                    "MXN",
                    "Firmar un pagaré por 10 mil pesos como garantía de que cumplirá la temporada completa.",
                ),
            ),
            (False, "Traer 2 fotografías tamaño infantil y copia de la credencial del INE."),
        ]
    )
    d.new_page()
    d.h("PREGUNTAS FRECUENTES")
    d.qa(
        [
            ("¿Cuánto cuesta inscribirme?", "Nada. La inscripción es gratuita."),
            (
                "¿Dónde voy a vivir?",
                "En la casa de trabajadores junto al invernadero, sin costo. Tiene cocina, lavadora y "
                "regaderas.",
            ),
            (
                "¿Puedo salir del albergue en mi día de descanso?",
                "No. "
                + d.fee(
                    "movement_restriction",
                    None,
                    None,
                    "Por reglamento de la agencia, nadie sale de la granja sin permiso del mayordomo.",
                ),
            ),
            (
                "¿Cuándo me pagan?",
                "Cada dos semanas, los jueves, con su recibo de pago.",
            ),
        ],
        q_label="P:",
        a_label="R:",
    )
    d.p(
        "Esta lista no es el contrato. El contrato lo firma en la oficina el día de la entrega de documentos.",
        size=8,
    )
    return d


DOCS_A = [q01, q02, q03, q04, q05, q06]
