"""The twelve documents of batch "i": generic corridors (Asia, Gulf, Caribbean, Central America)."""

from build import Doc
from fpdf.enums import XPos, YPos

GEN = "generic"


# ---------------------------------------------------------------------------------------------
# i01  Philippines -> Taiwan, factory worker contract, header/footer on every page
def i01():
    def hdr(d):
        d.font("B", 8)
        d.set_text_color(40, 40, 110)
        d.cell(
            0,
            4,
            "BAYANIHAN GATEWAY MANPOWER SERVICES INC.  ·  DMW License No. DMW-112-LB-0427-2026-R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.font("", 7.5)
        d.cell(
            0,
            4,
            "3/F Dela Rosa Building, 1123 Taft Avenue, Ermita, Manila  ·  Tel. (02) 8555 0192",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.set_draw_color(40, 40, 110)
        d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
        d.set_draw_color(0, 0, 0)
        d.ln(5)

    d = Doc(
        size=9.5,
        header=hdr,
        footer="Employment Contract - Factory Worker (Taiwan)  ·  Worker's initials: ______  ·  Page {page} of 3",
    )
    d.add_page()
    d.heading("EMPLOYMENT CONTRACT FOR FILIPINO FACTORY WORKERS IN TAIWAN", size=13, after=1)
    d.para("(Kontrata sa Pagtatrabaho)", size=9, style="I", align="C", after=3)
    d.grid(
        [
            ["Party", "Details"],
            [
                "Employer",
                "Hsin-Yi Precision Plastics Co., Ltd., No. 88, Gongye 2nd Road, Guanyin District, Taoyuan City 328, Taiwan",
            ],
            [
                "Taiwan broker",
                "Formosa Bright Manpower Co., Ltd., 5F, No. 210, Zhongzheng Road, Zhongli District, Taoyuan City",
            ],
            [
                "Philippine agency",
                "Bayanihan Gateway Manpower Services Inc., 3/F Dela Rosa Building, 1123 Taft Avenue, Ermita, Manila",
            ],
            ["Worker", "Maricel Dimaculangan Soriano, born 14 June 1998, Passport No. P7720458B"],
        ],
        (38, 136),
        bold_first=True,
    )
    d.para(
        "The Employer and the Worker, assisted by the Philippine agency and the Taiwan broker, agree on the following terms and conditions:",
        after=2,
    )
    d.clause(
        "1. Position and duties.",
        "The Worker is employed as an injection-moulding machine operator. She loads resin into the hopper, watches the machine cycle, trims and inspects moulded parts, and packs finished goods for shipment.",
    )
    d.clause(
        "2. Place of work.",
        "The Employer's factory at No. 88, Gongye 2nd Road, Guanyin District, Taoyuan City.",
    )
    d.clause("3. Term.", "Three (3) years, from 1 April 2027 to 31 March 2030.")
    d.clause(
        "4. Working hours.",
        "Eight (8) hours a day, from 08:00 to 17:00 with a one-hour lunch break, Monday to Friday. The Worker has at least one rest day in every seven days.",
    )
    d.clause(
        "5. Salary.",
        "NT$28,590 (twenty-eight thousand five hundred ninety New Taiwan dollars) per month.",
    )
    d.clause(
        "6. Overtime.",
        "Overtime is voluntary and is paid at 1.34 times the hourly wage for the first two hours and 1.67 times for the third and fourth hours, as the Labor Standards Act provides.",
    )
    d.clause(
        "7. Payday.",
        "The salary is paid once a month, on the 10th day of the following month, into a bank account in the Worker's own name. A payslip in English and Chinese lists every item deducted.",
    )
    d.add_page()
    d.clause(
        "8. Deductions.",
        "Only the following amounts are deducted from the monthly salary: (a) the Worker's share of the Labor Insurance and National Health Insurance premiums, as required by Taiwan law; (b) income tax withheld as required by law; (c) the board and lodging charge in clause 9; and (d) the broker service fee in clause 12.",
    )
    d.clause(
        "9. Board and lodging.",
        "The Worker lives in the company dormitory, four workers to a room, and takes her meals in the factory canteen. "
        + d.fee(
            "housing_charge",
            "The Employer deducts NT$2,500 per month from the Worker's salary for food and accommodation.",
            2500,
            "TWD",
            page=2,
            extra=("meal_charge",),
        ),
    )
    d.clause(
        "10. Visa and permits.",
        "The entry visa, the Alien Resident Certificate and the employment permit are applied for and paid for by the Employer. The Employment Stability Fee is an obligation of the Employer and is never passed on to the Worker.",
    )
    d.clause(
        "11. Pre-departure requirements.",
        d.fee(
            "medical_cost",
            "The medical examination at a DOH-accredited clinic, the TESDA skills assessment and the pre-departure orientation seminar are at the Worker's own expense.",
            page=2,
            extra=("training_cost",),
        )
        + " The Worker must present the certificates to the Philippine agency before the visa appointment.",
    )
    d.clause(
        "12. Broker services.",
        "No placement fee is charged by the Philippine agency. "
        + d.fee(
            "recruitment_fee",
            "A service fee of NT$1,800 per month is deducted from the Worker's salary and remitted to the Taiwan broker for its services to the Worker.",
            1800,
            "TWD",
            page=2,
        )
        + " The broker assists the Worker with permit renewals, interpretation and complaints.",
    )
    d.clause(
        "13. Protective equipment.",
        "Gloves, safety glasses, ear plugs and two sets of uniforms are issued free of charge and replaced when worn out.",
    )
    d.clause(
        "14. Passport.",
        "The Worker keeps her own passport and Alien Resident Certificate. Neither the Employer nor the broker may hold them, even for safekeeping.",
    )
    d.clause(
        "15. Repatriation.",
        "At the end of the contract, or if the contract is terminated through no fault of the Worker, the Employer pays the Worker's air ticket from Taoyuan to Manila.",
    )
    d.add_page()
    d.clause(
        "16. Termination.",
        "Either party may terminate this contract only for the causes listed in Articles 11, 12 and 14 of the Labor Standards Act. A Worker who wishes to resign gives thirty (30) days' written notice. A Worker who is absent without notice for three consecutive days may be considered to have abandoned the job, after the broker has tried to contact her.",
    )
    d.clause(
        "17. Complaints.",
        "The Worker may call the 1955 hotline or the Migrant Workers Office (MWO) in Taipei at any time. No worker shall be penalised, transferred or refused renewal for doing so.",
    )
    d.clause(
        "18. Governing law.",
        "This contract is governed by the laws of Taiwan and by the rules of the Department of Migrant Workers of the Philippines, whichever is more favourable to the Worker.",
    )
    d.clause(
        "19. Language.",
        "The Worker has read this contract in English and it has been explained to her in Filipino (ipinaliwanag sa wikang Filipino).",
    )
    d.signatures(
        [
            ("For the Employer", "Chen Kuo-Hua, General Manager"),
            ("Worker", "Maricel D. Soriano"),
            ("Philippine agency", "Bayanihan Gateway"),
        ]
    )
    d.para("Signed in Manila on 12 January 2027.", size=8.5, style="I")
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 3,
        "missing_terms": [],
        "recruiters": [
            "Bayanihan Gateway Manpower Services Inc.",
            "Formosa Bright Manpower Co., Ltd.",
        ],
        "traps": [
            "statutory Labor Insurance / NHI premiums and income tax deducted (not insurance_cost)",
            "'No placement fee is charged by the Philippine agency' next to a real broker service fee",
            "visa, ARC, employment permit and Employment Stability Fee paid by employer",
            "protective equipment free",
            "worker keeps passport (negated retention)",
            "complaints without penalty (negated blacklisting)",
            "return ticket paid by employer",
            "one sentence carries two categories twice (medical+training; housing+meal, same amount)",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4; letterhead header and page footer repeated on 3 pages; gridded parties table; numbered clauses",
    }


# ---------------------------------------------------------------------------------------------
# i02  Nepal -> Malaysia, recruiting agency / worker agreement with a fee schedule table
def i02():
    d = Doc(
        font="NotoSerif",
        size=9.5,
        footer="Himalayan Pathway Manpower Pvt. Ltd.  ·  Agreement with worker  ·  {page}/2",
    )
    d.add_page()
    d.para("HIMALAYAN PATHWAY MANPOWER PVT. LTD.", size=13, style="B", align="C", after=0)
    d.para(
        "Licence No. 1187/073/74  ·  Gaushala, Kathmandu, Nepal  ·  Tel. 01-4470 512",
        size=8.5,
        align="C",
        after=3,
    )
    d.heading("AGREEMENT BETWEEN THE RECRUITING AGENCY AND THE WORKER", size=11.5, after=0)
    d.para(
        "(Sewa Sambandhi Samjhauta - Foreign Employment, Malaysia)",
        size=9,
        style="I",
        align="C",
        after=3,
    )
    d.para(
        "This agreement is made on 2 December 2026 between Himalayan Pathway Manpower Pvt. Ltd. (the Agency) and Mr. Dil Bahadur Magar, son of Tek Bahadur Magar, resident of Ghorahi-7, Dang, Passport No. 10478823 (the Worker). "
        "The Worker was introduced to the Agency by its local agent Mr. Bishnu Bahadur Thapa of Ghorahi.",
        after=2,
    )
    d.clause(
        "1. Employer.",
        "Benteng Utama Security Services Sdn. Bhd., No. 14, Jalan Perusahaan 2, Taman Perindustrian Cheras Jaya, 43200 Cheras, Selangor, Malaysia (demand letter no. BUS/2026/118).",
    )
    d.clause(
        "2. Job.",
        "Security guard. The Worker guards factory and warehouse gates, checks vehicles and visitors' passes, patrols the premises at night and records incidents in the log book.",
    )
    d.clause(
        "3. Place of work.", "Client sites of the Employer in the Klang Valley, Selangor, Malaysia."
    )
    d.clause("4. Contract period.", "Two (2) years, from 15 January 2027 to 14 January 2029.")
    d.clause(
        "5. Basic salary.", "RM 1,700 (Malaysian Ringgit one thousand seven hundred) per month."
    )
    d.clause("6. Working hours.", "As per company rules and the needs of the client.")
    d.clause("7. Payment of salary.", "Salary will be paid by the Employer through the company.")
    d.clause(
        "8. Deductions.",
        "Only the Worker's statutory EIS contribution under Malaysian law is deducted from salary.",
    )
    d.clause(
        "9. Food and accommodation.",
        "Accommodation in the company hostel is provided free of charge. The Worker buys and cooks his own food.",
    )
    d.clause(
        "10. Visa and air ticket.",
        "Under the free-visa, free-ticket policy of the Government of Nepal, the Malaysian visa and the air ticket from Kathmandu to Kuala Lumpur are paid by the Employer.",
    )
    d.clause(
        "11. Return.",
        "At the end of the contract the Employer pays the Worker's return air ticket from Kuala Lumpur to Kathmandu.",
    )
    d.clause(
        "12. Costs to be paid before departure.",
        "The Worker shall pay the following amounts to the Agency, against receipt, before the final briefing:",
        after=1,
    )
    d.font("", 9)
    d.grid(
        [
            ["No.", "Item", "Amount", "Paid by"],
            ["1", "Service charge (sewa shulka) to the Agency", "NPR 10,000", "Worker"],
            ["2", "Medical examination at Shree Kalika Health Clinic", "NPR 5,500", "Worker"],
            ["3", "Pre-departure orientation training", "NPR 700", "Worker"],
            ["4", "Welfare Fund contribution and life insurance premium", "NPR 4,000", "Worker"],
            ["5", "Malaysian visa and air ticket", "Nil", "Employer"],
        ],
        (12, 104, 30, 28),
        size=9,
    )
    for cat, row, amt in (
        (
            "recruitment_fee",
            "1 Service charge (sewa shulka) to the Agency NPR 10,000 Worker",
            10000,
        ),
        (
            "medical_cost",
            "2 Medical examination at Shree Kalika Health Clinic NPR 5,500 Worker",
            5500,
        ),
        ("training_cost", "3 Pre-departure orientation training NPR 700 Worker", 700),
        (
            "insurance_cost",
            "4 Welfare Fund contribution and life insurance premium NPR 4,000 Worker",
            4000,
        ),
    ):
        d.fee(cat, row, amt, "NPR", page=1)
    d.add_page()
    d.clause(
        "13. Guarantee.",
        d.fee(
            "deposit_or_bond",
            "Before departure, the Worker's father shall sign a promissory note in favour of the Agency for two lakh rupees (NPR 200,000) as a guarantee that the Worker will complete the contract.",
            200000,
            "NPR",
            page=2,
        )
        + " The note is returned when the Worker comes back to Nepal.",
    )
    d.clause(
        "14. Termination.",
        "Either party may end the employment by giving one month's notice. The Employer may dismiss the Worker without notice only for misconduct established after a domestic inquiry, as provided by the Employment Act 1955 of Malaysia. If the Worker is dismissed without cause, the Employer pays his return ticket.",
    )
    d.clause("15. Passport.", "The Worker's passport stays with the Worker at all times.")
    d.clause(
        "16. Complaints.",
        "The Worker may complain to the Department of Foreign Employment in Kathmandu or to the Embassy of Nepal in Kuala Lumpur.",
    )
    d.clause(
        "17. Language.",
        "This agreement has been read to the Worker in Nepali and he has understood it.",
    )
    d.signatures(
        [
            ("For the Agency", "Ganesh Raj Adhikari, Director"),
            ("Worker", "Dil Bahadur Magar"),
            ("Witness", "Tek Bahadur Magar"),
        ],
        boxes=True,
    )
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 2,
        "missing_terms": ["hours_of_work", "pay_frequency"],
        "recruiters": ["Himalayan Pathway Manpower Pvt. Ltd.", "Bishnu Bahadur Thapa"],
        "traps": [
            "'As per company rules and the needs of the client' is no concrete hours value",
            "'paid ... through the company' gives no pay frequency",
            "fee schedule row 'Malaysian visa and air ticket Nil Employer' (employer pays)",
            "statutory EIS contribution (not insurance_cost)",
            "free hostel; worker buys his own food (not a meal charge)",
            "free-visa free-ticket policy; return ticket paid by employer",
            "worker keeps passport",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4 serif; numbered clauses; gridded fee schedule table (Item | Amount | Paid by); thumbprint boxes",
    }


# ---------------------------------------------------------------------------------------------
# i03  Jamaica -> Canada, compliant offer letter (meat processing)
def i03():
    def hdr(d):
        if d.page_no() == 1:
            d.band(
                "Prairie Crest Meats Ltd.",
                "2750 Railway Avenue, Lethbridge, Alberta T1H 6K2, Canada  ·  +1 403 555 0186  ·  careers@prairiecrest.example",
                rgb=(120, 30, 30),
            )
        else:
            d.font("I", 8)
            d.set_text_color(120, 30, 30)
            d.cell(
                0,
                5,
                "Prairie Crest Meats Ltd. - offer to D. A. McKenzie (continued)",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            d.ln(3)

    d = Doc(font="Noto", size=10, header=hdr, footer="Page {page} of 2")
    d.add_page()
    d.para("3 September 2026", after=2)
    d.para("Mr. Devon Anthony McKenzie\n14 Lyndhurst Road\nKingston 5, Jamaica", after=3)
    d.para(
        "Re: Offer of employment - Industrial Meat Cutter (Temporary Foreign Worker Program)",
        style="B",
        after=2,
    )
    d.para(
        "Dear Mr. McKenzie,\nThank you for meeting our team at the job fair held with the Ministry of Labour and Social Security in Kingston. "
        "Prairie Crest is a family-owned beef plant; we buy cattle from feedlots across southern Alberta and ship boxed beef across Canada. "
        "We are pleased to offer you the position below, subject to the approval of your work permit.",
        after=3,
    )
    d.grid(
        [
            [
                "Employer",
                "Prairie Crest Meats Ltd., 2750 Railway Avenue, Lethbridge, Alberta T1H 6K2",
            ],
            ["Employee", "Devon Anthony McKenzie"],
            [
                "Position",
                "Industrial meat cutter: cuts and trims beef into primal and retail cuts on the processing line, sharpens and maintains knives, keeps the station clean",
            ],
            [
                "Place of work",
                "Lethbridge processing plant, 2750 Railway Avenue, Lethbridge, Alberta",
            ],
            ["Term", "5 January 2027 to 4 January 2029"],
            ["Hours", "40 hours a week: 8-hour day shifts, Monday to Friday"],
            ["Wage", "CAD 21.35 per hour"],
            ["Overtime", "1.5 times the hourly wage after 8 hours a day or 44 hours a week"],
            ["Pay", "Every second Friday (biweekly) by direct deposit, with a pay statement"],
            [
                "Deductions",
                "Income tax, Canada Pension Plan contributions and Employment Insurance premiums required by law; nothing else",
            ],
        ],
        (36, 138),
        header=False,
        borders="HORIZONTAL_LINES",
        bold_first=True,
        size=9.5,
    )
    d.para("Costs we pay", style="B", after=1)
    d.para(
        "The LMIA processing fee of CAD 1,000, your work permit fee and your biometrics are paid by Prairie Crest. "
        "We pay your flight from Kingston to Calgary and your return flight to Kingston at the end of the contract, and we do not recover any of these costs from your wages.",
        after=2,
    )
    d.add_page()
    d.para("Accommodation", style="B", after=1)
    d.para(
        "For your first 14 days in Lethbridge we provide a furnished room at no cost to you. After that you choose your own accommodation; you are never required to live in housing that we arrange.",
        after=2,
    )
    d.para("Safety equipment", style="B", after=1)
    d.para(
        "Knives, steel mesh gloves, hard hat, boots and frocks are issued at no charge, and no deposit is ever taken for them. Frocks are laundered by the plant.",
        after=2,
    )
    d.para("Recruitment", style="B", after=1)
    d.para(
        "We hired you directly; no recruiter or agent was involved. No one may charge you a fee for this job. If anyone asks you for money in our name, please call us at +1 403 555 0186.",
        after=2,
    )
    d.para("Your documents", style="B", after=1)
    d.para(
        "Your passport and work permit stay with you. We only need to see them on your first day to complete your file.",
        after=2,
    )
    d.para("Ending the employment", style="B", after=1)
    d.para(
        "Either party may end the employment with two weeks' written notice. We may dismiss an employee without notice only for just cause, such as theft or violence, and only after hearing the employee's side.",
        after=2,
    )
    d.para("Your rights", style="B", after=1)
    d.para(
        "You may contact Alberta Employment Standards or a workers' support centre at any time; you will not face any reprisal for doing so.",
        after=4,
    )
    d.para(
        "Yours sincerely,\n\nKaren Lindqvist\nHuman Resources Manager, Prairie Crest Meats Ltd.",
        after=6,
    )
    d.para(
        "I accept this offer.   Signature: ____________________________   Date: ______________",
        after=1,
    )
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 2,
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'feedlots' is a business word, not a fee",
            "'LMIA processing fee of CAD 1,000' paid by employer (amount and fee word, not a finding)",
            "Employment Insurance premiums are statutory (not insurance_cost)",
            "flights both ways paid, never recovered",
            "free furnished room for 14 days, no obligation to use employer housing",
            "equipment free, no deposit",
            "no recruiter; no one may charge a fee; government job fair (Ministry is not a recruiter)",
            "worker keeps passport; no reprisal for complaints",
        ],
        "doc_type": "offer_letter",
        "layout": "A4 letter; colored letterhead band on page 1; borderless (horizontal rules) terms table; short headed sections",
    }


# ---------------------------------------------------------------------------------------------
# i04  Indonesia -> Hong Kong, domestic helper, bilingual English | Bahasa Indonesia side by side
def i04():
    def hdr(d):
        d.font("B", 8.5)
        d.set_text_color(150, 60, 20)
        d.cell(
            0,
            4.5,
            "GOLDEN ORCHID EMPLOYMENT AGENCY (HK) LIMITED  ·  EA Licence No. 74219",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.font("", 7.5)
        d.cell(
            0,
            4,
            "Unit 1208, 12/F, Lucky Harvest Building, 33 Yee Wo Street, Causeway Bay, Hong Kong",
            align="C",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.ln(4)

    d = Doc(
        size=9,
        header=hdr,
        footer="Supplementary Agreement / Perjanjian Tambahan  ·  Helper's signature: ________  ·  {page}",
        margins=(15, 14, 15),
    )
    d.add_page()
    d.heading("SUPPLEMENTARY AGREEMENT FOR A FOREIGN DOMESTIC HELPER", size=11.5, after=0)
    d.para(
        "PERJANJIAN TAMBAHAN UNTUK PEKERJA RUMAH TANGGA ASING",
        size=10,
        style="I",
        align="C",
        after=3,
    )
    d.grid(
        [
            [
                "Employer / Majikan",
                "Mrs. Chan Wai Ling, Flat C, 18/F, Block 2, Harmony Garden, 55 Siu Sai Wan Road, Chai Wan, Hong Kong",
            ],
            [
                "Helper / Pekerja",
                "Sri Wahyuni binti Sukardi, born 3 March 1996, Passport No. C 2284019",
            ],
            [
                "Indonesian agency / P3MI",
                "PT Cahaya Mandiri Sejahtera, Jl. Raya Bogor Km 24 No. 7, Kramat Jati, Jakarta Timur",
            ],
            ["Hong Kong agency", "Golden Orchid Employment Agency (HK) Limited (address above)"],
        ],
        (48, 132),
        header=False,
        bold_first=True,
        size=8.5,
    )
    d.para(
        "This agreement supplements the Standard Employment Contract (ID 407) signed by the same parties. / Perjanjian ini melengkapi Kontrak Kerja Standar (ID 407) yang ditandatangani oleh para pihak yang sama.",
        size=8.5,
        style="I",
        after=3,
    )

    f = d.fee
    rows1 = [
        ("ENGLISH", "BAHASA INDONESIA"),
        (
            "1. Duties. The Helper does household work: cooking, cleaning, laundry, and caring for the Employer's mother, aged 82.",
            "1. Tugas. Pekerja melakukan pekerjaan rumah tangga: memasak, membersihkan rumah, mencuci pakaian, dan merawat ibu Majikan yang berusia 82 tahun.",
        ),
        (
            "2. Place of work. The Helper works and lives at the Employer's residence at the address above.",
            "2. Tempat kerja. Pekerja bekerja dan tinggal di rumah Majikan sesuai alamat di atas.",
        ),
        (
            "3. Period. Two years, from 1 February 2027 to 31 January 2029.",
            "3. Masa kerja. Dua tahun, dari 1 Februari 2027 sampai 31 Januari 2029.",
        ),
        (
            "4. Wages. HK$4,990 per month, paid monthly not later than 7 days after the end of each wage period, with a receipt signed by both parties.",
            "4. Gaji. HK$4.990 per bulan, dibayar setiap bulan paling lambat 7 hari setelah akhir periode gaji, dengan tanda terima yang ditandatangani kedua pihak.",
        ),
        (
            "5. Food. Free food is provided by the Employer; if not, a food allowance of HK$1,236 per month is paid.",
            "5. Makanan. Makanan disediakan gratis oleh Majikan; jika tidak, dibayar tunjangan makan HK$1.236 per bulan.",
        ),
        (
            "6. Accommodation. A separate room with a bed, a wardrobe and an air-conditioner, free of charge.",
            "6. Tempat tinggal. Kamar tersendiri dengan tempat tidur, lemari pakaian dan AC, tanpa biaya.",
        ),
        (
            "7. Rest. One rest day in every period of seven days, and all statutory holidays.",
            "7. Istirahat. Satu hari libur dalam setiap tujuh hari, dan semua hari libur resmi.",
        ),
        (
            "8. Deductions. The only deductions from wages are the loan instalments in clause 10.",
            "8. Potongan. Satu-satunya potongan dari gaji adalah cicilan pinjaman dalam pasal 10.",
        ),
    ]
    d.grid([list(r) for r in rows1], (90, 90), header=True, borders="NONE", size=8.8, lh=4.3)
    d.add_page()
    rows2 = [
        ("ENGLISH", "BAHASA INDONESIA"),
        (
            "9. Placement cost. "
            + f(
                "recruitment_fee",
                "The placement cost of IDR 14,800,000 is borne by the Helper.",
                14800000,
                "IDR",
                page=2,
                group=1,
            )
            + " It covers the training centre in Indonesia and the agencies' services.",
            "9. Biaya penempatan. "
            + f(
                "recruitment_fee",
                "Biaya penempatan sebesar Rp14.800.000 ditanggung oleh Pekerja.",
                14800000,
                "IDR",
                page=2,
                group=1,
            )
            + " Biaya ini meliputi balai latihan kerja di Indonesia dan jasa agensi.",
        ),
        (
            "10. Loan. "
            + f(
                "debt_bondage",
                "The Indonesian agency lends the Helper this amount, and the Employer deducts HK$2,600 from her wages each month for seven months to repay the loan.",
                2600,
                "HKD",
                page=2,
                group=2,
            ),
            "10. Pinjaman. "
            + f(
                "debt_bondage",
                "Agensi Indonesia meminjamkan jumlah tersebut kepada Pekerja, dan Majikan memotong HK$2.600 dari gajinya setiap bulan selama tujuh bulan untuk melunasi pinjaman.",
                2600,
                "HKD",
                page=2,
                group=2,
            ),
        ),
        (
            "11. Documents. "
            + f(
                "document_retention",
                "The Hong Kong agency keeps the Helper's passport and Indonesian identity card in its office until the loan is fully repaid.",
                page=2,
                group=3,
            ),
            "11. Dokumen. "
            + f(
                "document_retention",
                "Agensi Hong Kong menyimpan paspor dan KTP Pekerja di kantornya sampai pinjaman lunas.",
                page=2,
                group=3,
            ),
        ),
        (
            "12. Visa and flight. The Employer pays the Hong Kong visa fee and the air ticket from Jakarta to Hong Kong.",
            "12. Visa dan penerbangan. Majikan membayar biaya visa Hong Kong dan tiket pesawat dari Jakarta ke Hong Kong.",
        ),
        (
            "13. Hong Kong agency fee. The law allows the Hong Kong agency to charge at most 10% of the first month's wages; it charges the Helper nothing.",
            "13. Biaya agensi Hong Kong. Hukum mengizinkan agensi Hong Kong memungut paling banyak 10% dari gaji bulan pertama; agensi tidak memungut apa pun dari Pekerja.",
        ),
        (
            "14. Medical care. Medical treatment in Hong Kong is free for the Helper and paid by the Employer.",
            "14. Perawatan medis. Perawatan medis di Hong Kong gratis bagi Pekerja dan dibayar oleh Majikan.",
        ),
        (
            "15. Return. When the contract ends, the Employer gives the Helper a free air ticket to Jakarta and a travelling allowance of HK$100 a day for the journey.",
            "15. Kepulangan. Saat kontrak berakhir, Majikan memberikan tiket pesawat gratis ke Jakarta dan uang perjalanan HK$100 per hari.",
        ),
        (
            "16. Termination. Either party may end the contract by giving one month's notice or one month's wages in lieu of notice.",
            "16. Pemutusan. Salah satu pihak dapat mengakhiri kontrak dengan pemberitahuan satu bulan atau membayar gaji satu bulan sebagai pengganti pemberitahuan.",
        ),
    ]
    d.grid([list(r) for r in rows2], (90, 90), header=True, borders="NONE", size=8.8, lh=4.3)
    d.signatures(
        [
            ("Employer / Majikan", "Chan Wai Ling"),
            ("Helper / Pekerja", "Sri Wahyuni"),
            ("HK agency", "Golden Orchid (HK) Ltd."),
        ]
    )
    return d, {
        "program": GEN,
        "language": "en+id",
        "pages": 2,
        "missing_terms": ["hours_of_work"],
        "recruiters": [
            "PT Cahaya Mandiri Sejahtera",
            "Golden Orchid Employment Agency (HK) Limited",
        ],
        "traps": [
            "rest days stated but no daily or weekly hours (hours missing)",
            "HK agency 'charges the Helper nothing' (negated) next to the placement cost",
            "employer pays visa fee and air ticket both ways",
            "free food / food allowance; free room; free medical care",
            "Indonesian amounts use dots as thousands separators (Rp14.800.000, HK$2.600)",
        ],
        "doc_type": "domestic_worker_contract",
        "layout": "A4; bilingual EN | ID side by side in a borderless two-column table; agency header and footer on each page",
    }


# ---------------------------------------------------------------------------------------------
# i05  Bangladesh -> Malaysia, agency Q&A information sheet
def i05():
    def hdr(d):
        d.set_fill_color(0, 106, 78)
        d.rect(0, 0, d.w, 3, style="F")
        d.set_fill_color(255, 255, 255)
        d.set_y(7)
        d.font("B", 9)
        d.set_text_color(0, 106, 78)
        d.cell(0, 4, "SONAR TORI OVERSEAS LTD.  (RL-1482)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.font("", 7.5)
        d.cell(
            0,
            4,
            "House 31, Kakrail VIP Road, Dhaka 1000  ·  Hotline 01711-555 348",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.ln(4)

    d = Doc(
        font="Noto",
        size=10,
        header=hdr,
        footer="Information sheet - Perdana Gloves, Malaysia  ·  page {page}",
    )
    d.add_page()
    d.heading("INFORMATION FOR SELECTED WORKERS", size=14, align="L", after=0)
    d.para(
        "Production operators for Perdana Gloves Manufacturing Sdn. Bhd., Malaysia - please read before your medical test",
        size=9.5,
        style="I",
        after=4,
    )

    def qa(q, a):
        d.para("Q: " + q, style="B", after=0.5)
        d.para("A: " + a, after=2.2)

    qa(
        "Who is the employer?",
        "Perdana Gloves Manufacturing Sdn. Bhd., Lot 22, Jalan Industri 3, Kamunting Raya Industrial Estate, 34600 Kamunting, Perak, Malaysia.",
    )
    qa(
        "What is the job?",
        "Production operator. You strip the gloves from the formers, check them for holes under a lamp, and pack them in boxes of 100.",
    )
    qa("Where will I work?", "At the company's glove factory in Kamunting, Perak.")
    qa(
        "When does the contract start and end?",
        "The first batch starts work on 1 March 2027, and the contract ends on 28 February 2030.",
    )
    qa(
        "How many hours will I work?",
        "Normal hours are 8 hours a day, six days a week, in rotating day and night shifts. Overtime is paid at 1.5 times the hourly rate.",
    )
    qa("How much is the salary?", "RM 1,700 per month basic salary.")
    qa(
        "When is the salary paid?",
        "Monthly, before the 7th of the following month, into a bank account opened in your name.",
    )
    qa(
        "What is deducted from my salary?",
        "Only your 2% EPF contribution required by Malaysian law. The company makes no other deductions.",
    )
    qa(
        "How much do I pay?",
        d.fee(
            "recruitment_fee",
            "The total migration cost is BDT 1,65,000 (one lakh sixty-five thousand taka), payable to Sonar Tori Overseas in two instalments.",
            165000,
            "BDT",
            page=1,
        ),
    )
    d.add_page()
    qa(
        "Who pays for the visa?",
        d.fee(
            "visa_cost",
            "The visa processing charge of BDT 12,000 is paid by you at our Kakrail office before the visa is stamped.",
            12000,
            "BDT",
            page=2,
        ),
    )
    qa(
        "Do I pay the Malaysian levy?",
        "No. The foreign worker levy is paid by the employer and may not be deducted from your wages.",
    )
    qa(
        "Where will I live?",
        "In the company hostel, free of charge, eight workers to a room. "
        + d.fee(
            "movement_restriction",
            "Workers must be inside the hostel by 9 p.m., and may leave it on rest days only with a gate pass signed by the supervisor.",
            page=2,
        ),
    )
    qa(
        "Can I change to another job?",
        d.fee(
            "breach_penalty",
            "No worker is exempt: anyone who resigns before completing 24 months forfeits RM 1,500 from his final pay.",
            1500,
            "MYR",
            page=2,
        ),
    )
    qa(
        "Can the company send me home?",
        "Only for serious misconduct proven at a domestic inquiry, or by giving you one month's notice in writing.",
    )
    qa(
        "Who keeps my passport?",
        "We return your passport to you after the visa is stamped. In Malaysia you keep it yourself.",
    )
    qa(
        "Who is your representative in my district?",
        "Mr. Abul Kalam Mia, our representative in Cumilla, collects your documents and gives you the flight date.",
    )
    d.ln(2)
    d.para(
        "Nobody at Sonar Tori Overseas may ask you for money that is not written in this sheet.",
        size=8.5,
        style="I",
    )
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 2,
        "missing_terms": ["worker_identity", "return_transportation"],
        "recruiters": ["Sonar Tori Overseas Ltd.", "Abul Kalam Mia"],
        "traps": [
            "levy paid by the employer, may not be deducted (negated)",
            "statutory EPF contribution (not insurance_cost)",
            "free hostel, but curfew and gate pass are a movement restriction",
            "'No worker is exempt' is a finding, not a negation",
            "South Asian digit grouping BDT 1,65,000 with the amount in words",
            "closing line 'Nobody ... may ask you for money that is not written in this sheet' does not cancel the listed fees",
        ],
        "doc_type": "agency_info_sheet",
        "layout": "A4 Q&A information sheet (bold questions); thin colored top rule and agency header on each page",
    }


# ---------------------------------------------------------------------------------------------
# i06  Sri Lanka -> Qatar, compliant hotel contract in two newspaper columns
def i06():
    d = Doc(
        font="Serif",
        size=8.8,
        footer="Al Dafna Pearl Hotel W.L.L.  ·  Contract of Employment  ·  Page {page} of 2",
        margins=(15, 14, 15),
    )
    d.add_page()
    d.heading("CONTRACT OF EMPLOYMENT", size=13, after=0, fam="Serif")
    d.para("State of Qatar - Hotel and Hospitality Staff", size=9, style="I", align="C", after=3)
    d.grid(
        [
            [
                "Employer",
                "Al Dafna Pearl Hotel W.L.L., P.O. Box 24817, Omar Al Mukhtar Street, West Bay, Doha, State of Qatar",
            ],
            ["Employee", "Nadeeka Kumari Rathnayake, NIC 199456702314, Passport No. N8842130"],
            [
                "Recruiting agency",
                "Lanka Horizon Employment Services (Pvt) Ltd, SLBFE Licence No. 2561, 45 Galle Road, Colombo 03",
            ],
        ],
        (34, 146),
        header=False,
        bold_first=True,
        size=8.5,
    )
    d.ln(1)
    arts = [
        (
            "Article 1 - Position.",
            "The Employee is engaged as a Room Attendant. She cleans and prepares guest rooms, changes linen, restocks amenities and the minibar, reports maintenance faults, and deposits any items found in rooms with the lost-and-found office.",
        ),
        ("Article 2 - Workplace.", "Al Dafna Pearl Hotel, West Bay, Doha."),
        (
            "Article 3 - Duration.",
            "From 1 December 2026 to 30 November 2028. The first three months are a probation period.",
        ),
        (
            "Article 4 - Working hours.",
            "Eight hours a day and 48 hours a week, with one paid day off each week. Hours worked beyond this are paid at 125% of the basic hourly wage.",
        ),
        (
            "Article 5 - Salary.",
            "Basic salary of QAR 1,400 per month, plus a service-charge share paid monthly according to the hotel's distribution policy.",
        ),
        (
            "Article 6 - Payment.",
            "The salary is paid monthly through the Wage Protection System into the Employee's bank account, no later than the 7th day of the following month.",
        ),
        (
            "Article 7 - Deductions.",
            "No deduction is made from the salary except deductions required by Qatari law or ordered by a court.",
        ),
        (
            "Article 8 - Recruitment costs.",
            "All recruitment costs, including the visa, the work permit, the residence permit (QID), the medical examinations in Sri Lanka and in Qatar and the air ticket to Doha, are borne by the Employer. The Employee shall not pay any fee or commission to the agency or to any sub-agent.",
        ),
        (
            "Article 9 - Accommodation and transport.",
            "The Employer provides shared staff accommodation, four employees to a room, and a bus between the accommodation and the hotel, both free of charge.",
        ),
        ("Article 10 - Meals.", "Three meals a day are served free in the staff canteen."),
        (
            "Article 11 - Uniforms.",
            "Uniforms and safety shoes are provided free and laundered by the hotel.",
        ),
        (
            "Article 12 - Breakage.",
            "The Employee will not be charged for accidental breakage of hotel property.",
        ),
        (
            "Article 13 - Documents.",
            "The Employee keeps her passport and QID. A personal locker with a key is provided at the accommodation.",
        ),
        (
            "Article 14 - Freedom of movement.",
            "Outside working hours the Employee may leave the accommodation freely. She may change employer in accordance with Qatari law, without needing this Employer's permission.",
        ),
        (
            "Article 15 - Annual leave.",
            "Three weeks of paid annual leave for each year of service.",
        ),
        (
            "Article 16 - End of service.",
            "At the end of the contract the Employer pays an end-of-service gratuity of three weeks' basic salary for each year of service and the Employee's return air ticket from Doha to Colombo.",
        ),
        (
            "Article 17 - Termination.",
            "After probation, either party may end the contract by giving one month's written notice. The Employer may dismiss the Employee without notice only in the cases listed in Article 61 of the Labour Law, after an investigation in which she is heard.",
        ),
        (
            "Article 18 - Complaints.",
            "The Employee may complain to the Ministry of Labour or to the Embassy of Sri Lanka in Doha without any penalty or loss of benefits.",
        ),
        (
            "Article 19 - Sick leave.",
            "After three months of service the Employee is entitled to sick leave on the terms of the Labour Law: two weeks on full pay, four weeks on half pay and further weeks unpaid.",
        ),
        (
            "Article 20 - Health care.",
            "The Employer obtains the Employee's health card and provides health insurance, both at the Employer's cost.",
        ),
        (
            "Article 21 - Safety.",
            "The Employer trains the Employee in safe handling of cleaning chemicals and provides gloves and masks. Heavy mattresses are turned by two people.",
        ),
        (
            "Article 22 - Governing law.",
            "This contract is governed by Qatari Labour Law No. 14 of 2004 and its amendments. Where this contract gives the Employee better terms, this contract prevails.",
        ),
        (
            "Article 23 - Language.",
            "This contract was explained to the Employee in Sinhala by the agency before she signed it; she received a copy in Sinhala and a copy in English.",
        ),
    ]
    d.set_font("Serif", "", 10)
    with d.text_columns(
        ncols=2,
        gutter=7,
        text_align="LEFT",
        l_margin=15,
        r_margin=15,
        balance=True,
        line_height=1.2,
    ) as cols:
        for label, body in arts:
            with cols.paragraph(bottom_margin=1.8) as par:
                d.set_font("Serif", "B", 10)
                par.write(label + " ")
                d.set_font("Serif", "", 10)
                par.write(body)
    d.set_font("Serif", "", 10)
    d.signatures([("Employer", "Rashid Al-Kuwari, HR Director"), ("Employee", "N. K. Rathnayake")])
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 2,
        "missing_terms": [],
        "recruiters": ["Lanka Horizon Employment Services (Pvt) Ltd"],
        "traps": [
            "'deposits any items found ... with the lost-and-found office' is a job duty",
            "all recruitment costs borne by employer; no fee or commission to agency or sub-agent",
            "free accommodation, transport, meals, uniforms",
            "no charge for accidental breakage (negated damage chargeback)",
            "employee keeps passport; free movement; may change employer (negated restrictions)",
            "complaints without penalty",
            "'service-charge share' is income, not a charge",
        ],
        "doc_type": "work_contract",
        "layout": "A4 serif; parties table; articles set in two newspaper columns flowing over 2 pages",
    }


# ---------------------------------------------------------------------------------------------
# i07  Guatemala -> Canada, recruiter commitment letter in Spanish
def i07():
    def hdr(d):
        d.font("B", 10)
        d.set_text_color(20, 90, 60)
        d.cell(0, 5, "SERVICIOS LABORALES QUETZAL DEL NORTE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        d.font("", 7.5)
        d.cell(
            0,
            4,
            "Reclutamiento para Canadá  ·  4a. Calle 3-27, Zona 1, Chimaltenango  ·  WhatsApp 5555-0318",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
        d.ln(5)

    d = Doc(
        size=9.5, header=hdr, footer="Carta de compromiso - temporada 2027  ·  hoja {page} de 2"
    )
    d.add_page()
    d.heading("CARTA DE COMPROMISO", size=13, after=0)
    d.para(
        "Programa de trabajadores agrícolas temporales - Canadá",
        size=9.5,
        style="I",
        align="C",
        after=3,
    )
    d.grid(
        [
            ["Condición", "Detalle"],
            [
                "Empleador",
                "Valleyview Greenhouses Inc., 1450 County Road 20, Kingsville, Ontario N9Y 2E5, Canadá",
            ],
            [
                "Trabajador",
                "Julio César Xinico Sicán, DPI 2458 61930 0401, de San Martín Jilotepeque",
            ],
            [
                "Puesto",
                "Trabajador de invernadero: trasplante, poda y cosecha de tomate y pepino; empaque en cajas",
            ],
            ["Lugar de trabajo", "Invernaderos de la empresa en Kingsville, Ontario"],
            ["Periodo", "Del 2 de febrero de 2027 al 30 de noviembre de 2027"],
            ["Horario", "10 horas diarias, de lunes a sábado"],
            ["Salario", "CAD 17.60 por hora"],
            [
                "Descuentos",
                "Impuestos, CPP y EI según la ley; vivienda y equipo según las cláusulas 4 y 5",
            ],
        ],
        (36, 138),
        bold_first=True,
        size=9,
    )
    d.clause(
        "1. El reclutador.",
        "El señor Efraín Cux Tzoc, de Servicios Laborales Quetzal del Norte, selecciona a los trabajadores, arma los expedientes y coordina el viaje.",
    )
    d.clause(
        "2. Reserva del cupo.",
        d.fee(
            "recruitment_fee",
            "Para reservar su cupo, el trabajador deposita Q2,500 en la cuenta de un primo del reclutador en Banrural, a más tardar ocho días después de firmar esta carta.",
            2500,
            "GTQ",
            page=1,
        )
        + " Sin ese depósito el nombre no pasa a la lista.",
    )
    d.clause(
        "3. Viaje de ida.",
        "El boleto de avión de la Ciudad de Guatemala a Toronto lo paga el empleador.",
    )
    d.clause(
        "4. Vivienda.",
        d.fee(
            "housing_charge",
            "La vivienda en la casa de la granja tiene un costo de 30 dólares canadienses por semana, que se descuentan del cheque.",
            30,
            "CAD",
            page=1,
        ),
    )
    d.add_page()
    d.clause(
        "5. Equipo.",
        d.fee(
            "equipment_charge",
            "Las botas de hule, los guantes y las tijeras de cosecha se venden al trabajador por Q650, que se descuentan de su primer pago.",
            650,
            "GTQ",
            page=2,
        ),
    )
    d.clause(
        "6. Regreso.",
        d.fee(
            "travel_cost",
            "Al terminar la temporada, el trabajador paga su propio boleto de regreso a Guatemala.",
            page=2,
        ),
    )
    d.clause(
        "7. Trabajo diario.",
        "Al cosechar, el trabajador deposita el tomate en las cajas plásticas del carril y las lleva al área de empaque.",
    )
    d.clause(
        "8. Terminación.",
        "Cualquiera de las partes puede terminar el contrato con una semana de aviso. El empleador solo puede despedir sin aviso por falta grave, después de escuchar al trabajador. Quien falte tres días seguidos sin avisar se considera que abandonó el trabajo.",
    )
    d.clause(
        "9. Documentos.",
        "El trabajador conserva su pasaporte y su permiso de trabajo en todo momento.",
    )
    d.clause(
        "10. Quejas.",
        "El trabajador puede comunicarse con el Consulado de Guatemala en Toronto sin que eso afecte su contratación en futuras temporadas.",
    )
    d.signatures(
        [("El reclutador", "Efraín Cux Tzoc"), ("El trabajador", "Julio César Xinico Sicán")],
        boxes=True,
        box_caption="Huella digital",
    )
    d.para("Chimaltenango, 14 de noviembre de 2026.", size=8.5, style="I")
    return d, {
        "program": GEN,
        "language": "es",
        "pages": 2,
        "missing_terms": ["pay_frequency", "return_transportation"],
        "recruiters": ["Servicios Laborales Quetzal del Norte", "Efraín Cux Tzoc"],
        "traps": [
            "recruitment fee paid via a third party (the recruiter's cousin's bank account)",
            "'deposita el tomate en las cajas' is a job duty, not a deposit",
            "inbound flight paid by employer, but return flight paid by worker (return_transportation missing)",
            "housing charge is review under generic",
            "statutory CPP/EI deductions",
            "worker keeps passport; complaints to consulate without effect on hiring",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4; recruiter header on each page; gridded conditions table; numbered clauses; thumbprint boxes",
    }


# ---------------------------------------------------------------------------------------------
# i08  Nepal -> UAE, employer offer letter, SCANNED
def i08():
    d = Doc(font="Serif", size=10)
    d.add_page()
    d.para(
        "AL SAQR STEEL & SCAFFOLDING CONTRACTING L.L.C.", size=13.5, style="B", align="C", after=0
    )
    d.para(
        "P.O. Box 61342, Al Quoz Industrial Area 3, Dubai, United Arab Emirates  ·  Tel. +971 4 555 2207",
        size=8.5,
        align="C",
        after=1,
    )
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.ln(4)
    d.para(
        "Ref: ASS/HR/OL/2026/311                                                                 Date: 20 October 2026",
        size=9,
        after=3,
    )
    d.para(
        "To: Mr. Suman Rai, Passport No. PA1193477, Bhojpur, Nepal\nThrough: Everest Sagarmatha Overseas Pvt. Ltd., Baneshwor, Kathmandu (recruiting agency)",
        after=3,
    )
    d.heading("OFFER LETTER", size=12, after=3)
    d.para(
        "We are pleased to offer you employment with our company on the following terms and conditions:",
        after=2,
    )
    d.clause(
        "1. Designation:",
        "Scaffolder. Erects, alters and dismantles tube-and-clamp scaffolding on building sites and inspects it before use.",
    )
    d.clause("2. Work location:", "Company project sites in Dubai and Sharjah, U.A.E.")
    d.clause("3. Contract period:", "Two years, from 1 December 2026 to 30 November 2028.")
    d.clause(
        "4. Working hours:",
        "8 hours per day, 6 days per week. Overtime is paid as per UAE Labour Law.",
    )
    d.clause("5. Basic salary:", "AED 1,300 per month, plus food allowance of AED 300 per month.")
    d.clause(
        "6. Salary payment:", "Monthly, through the Wage Protection System (WPS) bank transfer."
    )
    d.clause(
        "7. Accommodation and transport:",
        "Company labour camp accommodation and transport to site, free of charge.",
    )
    d.clause(
        "8. Visa, medical and ticket:",
        "Employment visa, Emirates ID, medical fitness test and joining ticket are at company cost.",
    )
    d.clause(
        "9. Salary security:",
        d.fee(
            "wage_withholding",
            "Two months' salary will be kept by the company as end-of-service security and paid to the employee on final exit.",
            page=1,
        ),
    )
    d.add_page()
    d.clause(
        "10. Passport:",
        d.fee(
            "document_retention",
            "The employee's passport shall be deposited with the company PRO for safe custody during employment.",
            page=2,
        ),
    )
    d.clause(
        "11. Early resignation:",
        d.fee(
            "breach_penalty",
            "If the employee resigns or absconds before completing two years, he shall pay the company AED 5,000 (five thousand dirhams) towards visa and ticket expenses.",
            5000,
            "AED",
            page=2,
        ),
    )
    d.clause(
        "12. Discipline:",
        d.fee(
            "blacklisting_threat",
            "An employee who complains to MOHRE or to the embassy without the approval of the camp boss will be reported to immigration as an absconder.",
            page=2,
        ),
    )
    d.clause(
        "13. Termination:",
        "Either party may terminate the contract with one month's notice. The company may terminate without notice for the reasons stated in Article 44 of the UAE Labour Law.",
    )
    d.clause("14. Annual leave:", "30 calendar days of paid leave after each completed year.")
    d.clause(
        "15. Medical:",
        "Medical insurance as per Dubai Health Authority rules, provided by the company.",
    )
    d.ln(4)
    d.para("Kindly sign below as a token of your acceptance.", after=8)
    d.signatures(
        [
            ("For Al Saqr Steel & Scaffolding", "Imran Qureshi, HR & Admin Manager"),
            ("Accepted by the employee", "Suman Rai"),
        ]
    )
    return d, {
        "program": GEN,
        "language": "en",
        "scanned": True,
        "skew": 0.6,
        "pages": 2,
        "missing_terms": ["deductions", "return_transportation"],
        "recruiters": ["Everest Sagarmatha Overseas Pvt. Ltd."],
        "traps": [
            "visa, Emirates ID, medical and joining ticket at company cost",
            "free camp accommodation and transport; medical insurance provided by company",
            "withholding stated as 'Two months' salary' (no currency amount)",
            "breach penalty is conditional ('If the employee resigns or absconds...')",
            "passport 'deposited' with the PRO = retention (not a deposit_or_bond)",
        ],
        "doc_type": "offer_letter",
        "layout": "A4 letter; centred letterhead with rule; numbered terms; SCANNED image-only (2 pages, slight skew, noise)",
    }


# ---------------------------------------------------------------------------------------------
# i09  Philippines -> Saudi Arabia, compliant nurse contract with small print
def i09():
    def hdr(d):
        d.font("B", 8)
        d.cell(
            0, 4, "MAHARLIKA HEALTH CAREERS INTERNATIONAL INC.", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        d.font("", 7)
        d.cell(
            0,
            3.5,
            "DMW License No. DMW-087-LB-1103-2025  ·  Unit 904, Pacific Star Tower, Gil Puyat Avenue, Makati City",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        d.ln(4)

    d = Doc(
        font="Cond",
        size=9.5,
        header=hdr,
        footer="Standard Employment Contract - Registered Nurse - KSA  ·  Page {page} of 3  ·  Initials: Employer ____ Worker ____",
    )
    d.add_page()
    d.heading("STANDARD EMPLOYMENT CONTRACT", size=13, after=0)
    d.para("Registered Nurse - Kingdom of Saudi Arabia", style="I", align="C", after=3)
    d.para(
        "This contract is entered into by and between Al Noor Specialist Medical Center Co., King Fahd Road, Al Olaya District, Riyadh 12214, Kingdom of Saudi Arabia (the EMPLOYER), "
        "represented in the Philippines by Maharlika Health Careers International Inc. (the AGENCY), and Jerome Bautista Macaraeg, RN, of 17 Mabini Street, Dagupan City, Pangasinan, Passport No. P5512077C (the WORKER).",
        after=2,
    )
    c = d.clause
    c("1. Site of employment.", "Al Noor Specialist Medical Center, King Fahd Road, Riyadh.")
    c(
        "2. Contract duration.",
        "Two (2) years, from 1 February 2027 to 31 January 2029, commencing on the Worker's arrival at the site.",
    )
    c(
        "3. Position and duties.",
        "Staff Nurse, Medical-Surgical Ward. The Worker assesses patients, gives medication as prescribed, assists patients with feeding, hygiene and mobility, and documents nursing care in the electronic record.",
    )
    c("4. Basic monthly salary.", "SAR 7,200 (seven thousand two hundred Saudi riyals).")
    c(
        "5. Regular working hours.",
        "Eight (8) hours a day, forty-eight (48) hours a week, six days a week.",
    )
    c("6. Overtime.", "Work beyond regular hours is paid at 150% of the hourly basic wage.")
    c(
        "7. Payment of salary.",
        "Monthly, by bank transfer, not later than the 27th day of each month.",
    )
    c(
        "8. Deductions.",
        "None, except amounts required by Saudi law. The GOSI contribution for occupational hazards is paid entirely by the Employer.",
    )
    c(
        "9. Housing.",
        "Free furnished housing, two nurses to a flat; electricity, water and internet paid by the Employer.",
    )
    c(
        "10. Transportation.",
        "Free transportation between the housing and the hospital for every shift.",
    )
    c(
        "11. Medical and dental care.",
        "Free medical and dental care under the Employer's cooperative health insurance, at no cost to the Worker.",
    )
    d.add_page()
    c(
        "12. Recruitment costs.",
        "The Employer pays all recruitment costs, including the visa, the iqama, the Saudi Commission for Health Specialties registration and Prometric examination fees, the DMW processing fee and the OWWA membership contribution. "
        "Walang placement fee: the Agency shall not charge the Worker any placement fee or other charge.",
    )
    c(
        "13. Orientation and training.",
        "Hospital orientation and the BLS and ACLS certification courses are provided free during working hours.",
    )
    c(
        "14. No bond.",
        "There is no training bond and no penalty for resigning with the notice stated in clause 18.",
    )
    c("15. Documents.", "The Worker keeps his passport and iqama at all times.")
    c(
        "16. Air travel.",
        "The Employer pays economy air tickets from Manila to Riyadh and, at the end of the contract, from Riyadh back to Manila.",
    )
    c(
        "17. Vacation leave.",
        "Thirty (30) days of paid vacation for each year of service, with a round-trip ticket to Manila.",
    )
    c(
        "18. Termination.",
        "Either party may terminate this contract with sixty (60) days' written notice. The Employer may terminate for just cause only on the grounds listed in Article 80 of the Saudi Labor Law, after an investigation in which the Worker is heard. "
        "If the Worker is terminated without just cause, the Employer pays his unpaid wages, his end-of-service award and his ticket home.",
    )
    c(
        "19. Complaints.",
        "The Worker may report any problem to the Migrant Workers Office (MWO) in Riyadh or to the DMW. The Employer shall not place the Worker on any blacklist or deny him a transfer for doing so.",
    )
    c(
        "20. Settlement of disputes.",
        "Disputes are settled amicably; failing that, by the Saudi labor courts, without prejudice to the Worker's remedies in the Philippines.",
    )
    d.add_page()
    c(
        "21. Death of the Worker.",
        "The Employer repatriates the remains and personal belongings of the Worker at its own cost.",
    )
    c(
        "22. Amendments.",
        "Any change to this contract is void unless approved by the Department of Migrant Workers.",
    )
    d.ln(3)
    d.signatures(
        [
            ("For the Employer", "Dr. Faisal Al-Harbi, Medical Director"),
            ("Worker", "Jerome B. Macaraeg"),
            ("For the Agency", "Lourdes M. Pangilinan"),
        ]
    )
    d.ln(6)
    d.para(
        "Note: Both parties have read this contract in English, a language the Worker reads and understands. The Agency is jointly and solidarily liable with the Employer for all claims arising from this contract. "
        "Kung may reklamo, tumawag sa DMW hotline 1348.",
        size=7,
        style="I",
        after=1,
    )
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 3,
        "missing_terms": [],
        "recruiters": ["Maharlika Health Careers International Inc."],
        "traps": [
            "'assists patients with feeding' contains 'fee'",
            "employer pays visa, iqama, licensing exam, DMW processing fee and OWWA contribution (welfare fund paid by employer)",
            "'Walang placement fee' (negated, Tagalog)",
            "GOSI contribution and health insurance paid by employer (not insurance_cost)",
            "free orientation and BLS/ACLS courses; no training bond, no resignation penalty",
            "free housing and utilities; free transport",
            "worker keeps passport; no blacklist for complaints",
            "repatriation of remains",
        ],
        "doc_type": "ofw_contract",
        "layout": "A4 condensed font; agency header and initials footer on 3 pages; numbered clauses; small-print note",
    }


# ---------------------------------------------------------------------------------------------
# i10  Indonesia -> Malaysia (Sabah), plantation placement agreement with a borderless deduction table
def i10():
    d = Doc(
        font="Noto",
        size=9.5,
        footer="PT Sawit Jaya Tenaga Mandiri  ·  Perjanjian Penempatan  ·  {page}",
    )
    d.add_page()
    d.band(
        "PERJANJIAN PENEMPATAN / PLACEMENT AGREEMENT",
        "PT Sawit Jaya Tenaga Mandiri  ·  Jl. Gatot Subroto No. 118, Medan, Sumatera Utara  ·  SIP3MI No. 2/1177/2024",
        rgb=(70, 110, 40),
        size=13,
    )
    d.grid(
        [
            [
                "P3MI (Indonesian agency)",
                "PT Sawit Jaya Tenaga Mandiri, Jl. Gatot Subroto No. 118, Medan",
            ],
            [
                "Malaysian agent",
                "Agensi Pekerjaan Tunas Harapan Sdn. Bhd., Jalan Dunlop, 91000 Tawau, Sabah",
            ],
            [
                "Employer (Majikan)",
                "Ladang Bukit Merah Plantation Sdn. Bhd., Batu 18, Jalan Kalabakan, 91000 Tawau, Sabah, Malaysia",
            ],
            [
                "Worker (Pekerja)",
                "Yohanes Dami Lere, NIK 5308041207950002, Desa Wolowaru, Ende, Nusa Tenggara Timur",
            ],
        ],
        (46, 128),
        header=False,
        bold_first=True,
        size=9,
    )
    c = d.clause
    c(
        "1. Job.",
        "Harvester (pemanen). The Worker cuts ripe fresh fruit bunches with a harvesting sickle (egrek), collects loose fruit, and deposits the bunches at the collection platform beside the field road.",
    )
    c("2. Place of work.", "Ladang Bukit Merah estate, Kalabakan, Tawau, Sabah.")
    c(
        "3. Period of employment.",
        "The period of employment will be confirmed by the Employer after arrival.",
    )
    c(
        "4. Wages.",
        "Piece rate of RM 32 per tonne of fresh fruit bunches harvested, with a guaranteed minimum of RM 1,700 per month.",
    )
    c("5. Working hours.", "7.00 a.m. to 3.00 p.m., Monday to Saturday, with a one-hour break.")
    c(
        "6. Payday.",
        "Wages are paid monthly, on the 7th day of the following month, into the Worker's bank account.",
    )
    c("7. Deductions.", "The following amounts are deducted from the Worker's wages:", after=0.5)
    d.grid(
        [
            ["Item", "Amount", "Frequency"],
            ["EPF contribution (required by law)", "2% of wages", "monthly"],
            ["Foreign worker levy recovery", "RM 154", "monthly"],
            ["Canteen meals", "RM 180", "monthly"],
            ["Harvesting sickle, pole and boots", "RM 95", "once"],
            ["Estate quarters, water and electricity", "nil", "-"],
        ],
        (90, 40, 40),
        borders="NONE",
        size=9,
    )
    d.fee("visa_cost", "Foreign worker levy recovery RM 154 monthly", 154, "MYR", page=1)
    d.fee("meal_charge", "Canteen meals RM 180 monthly", 180, "MYR", page=1)
    d.fee("equipment_charge", "Harvesting sickle, pole and boots RM 95 once", 95, "MYR", page=1)
    c(
        "8. Damage.",
        d.fee(
            "damage_chargeback",
            "The cost of repairing any estate tractor, trailer or motorcycle damaged through the Worker's negligence will be recovered from his wages.",
            page=1,
        ),
    )
    d.add_page()
    c(
        "9. Costs in Indonesia.",
        "Under the zero-cost rules for plantation workers (pembebasan biaya penempatan), the Worker is not charged placement costs: the Employer pays the passport, the visa, the medical check-up, the flights and the BPJS Ketenagakerjaan membership.",
    )
    c(
        "10. Return.",
        "At the end of employment the Employer pays the Worker's ticket home from Tawau to Ende.",
    )
    c("11. Passport.", "The Worker keeps his own passport.")
    c(
        "12. Complaints.",
        "The Worker may contact the Consulate of the Republic of Indonesia in Tawau or BP2MI at any time.",
    )
    d.signatures(
        [
            ("P3MI", "Hendra Simanjuntak"),
            ("Malaysian agent", "Tunas Harapan"),
            ("Worker", "Yohanes Dami Lere"),
        ]
    )
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 2,
        "missing_terms": ["employment_period", "termination"],
        "recruiters": ["PT Sawit Jaya Tenaga Mandiri", "Agensi Pekerjaan Tunas Harapan Sdn. Bhd."],
        "traps": [
            "'deposits the bunches at the collection platform' is a job duty",
            "statutory EPF row in the deduction table (not a finding)",
            "deduction-table row 'Estate quarters, water and electricity nil' (no housing charge)",
            "levy recovery is a work-permit cost shifted to the worker (visa_cost) although the agreement says the employer pays the visa",
            "zero-cost clause (employer pays passport, visa, medical, flights, BPJS) contradicted by the deduction table",
            "'will be confirmed ... after arrival' is no employment period",
        ],
        "doc_type": "recruiter_agreement",
        "layout": "A4; colored title band; parties table; numbered clauses; borderless deduction table (Item | Amount | Frequency)",
    }


# ---------------------------------------------------------------------------------------------
# i11  Jamaica -> Canada, recruitment flyer with a footnote
def i11():
    d = Doc(font="Noto", size=11, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(255, 196, 0)
    d.rect(0, 0, d.w, 42, style="F")
    d.set_fill_color(255, 255, 255)
    d.set_xy(16, 8)
    d.font("B", 26)
    d.cell(0, 12, "WORK IN CANADA!", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    d.font("B", 14)
    d.cell(
        0,
        8,
        "Hospitality jobs in Banff, Alberta - summer season 2027",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.font("", 9.5)
    d.cell(
        0,
        6,
        "Island Link Placement Services Ltd.  ·  22 Constant Spring Road, Kingston 10  ·  876-555-0147",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    d.set_y(50)
    d.para("Now recruiting for a leading mountain resort:", size=13, style="B", after=2)
    d.para(
        "•  Room attendants - clean and prepare guest rooms\n•  Line cooks - prepare breakfast and dinner service\n•  Dishwashers - wash dishes, pots and kitchen equipment",
        size=11.5,
        after=4,
    )
    d.grid(
        [
            ["Season", "1 May 2027 to 15 October 2027"],
            ["Pay", "CAD 17.85 per hour, paid every two weeks"],
            ["Hours", "40 to 44 hours per week"],
            ["Place", "Banff, Alberta, Canada"],
            ["Accommodation", "Staff accommodation in Banff provided by the resort at no charge"],
            ["Flight", "Your flight to Calgary is paid by the employer"],
        ],
        (40, 138),
        header=False,
        bold_first=True,
        size=10.5,
        lh=6,
    )
    d.ln(2)
    d.para("Costs for applicants*", size=13, style="B", after=1.5)
    lines = [
        d.fee(
            "medical_cost",
            "Medical examination with our approved doctor in Half Way Tree: JMD 8,500, paid by the applicant.",
            8500,
            "JMD",
            page=1,
        ),
        d.fee(
            "training_cost",
            "Hospitality readiness workshop (compulsory, three Saturdays): JMD 20,000.",
            20000,
            "JMD",
            page=1,
        ),
        d.fee("visa_cost", "Applicants pay for their own passport and police record.", page=1),
    ]
    for ln_ in lines:
        d.para("•  " + ln_, size=10.5, after=1)
    d.ln(3)
    d.para("How to apply", size=13, style="B", after=1.5)
    d.para(
        "Come to our office Monday to Friday, 9 a.m. to 3 p.m., with your passport, two references and your TRN. No fee is charged to attend the information session on Thursdays. Interviews with the resort are held in Kingston in February.",
        size=10.5,
        after=10,
    )
    d.set_draw_color(150, 150, 150)
    d.line(16, d.get_y(), 90, d.get_y())
    d.ln(2)
    d.para(
        "* "
        + d.fee(
            "recruitment_fee",
            "A non-refundable processing fee of JMD 12,000 is payable on registration.",
            12000,
            "JMD",
            page=1,
        )
        + " Places are limited. Island Link is not responsible for decisions of the Canadian authorities.",
        size=7.5,
        after=0,
    )
    return d, {
        "program": GEN,
        "language": "en",
        "pages": 1,
        "missing_terms": [
            "employer_identity",
            "worker_identity",
            "deductions",
            "return_transportation",
            "termination",
        ],
        "recruiters": ["Island Link Placement Services Ltd."],
        "traps": [
            "employer not named ('a leading mountain resort')",
            "'No fee is charged to attend the information session' (negated) on a flyer that charges a processing fee in the footnote",
            "free staff accommodation; inbound flight paid but nothing about the return",
            "recruitment fee only in small-print footnote",
        ],
        "doc_type": "recruitment_flyer",
        "layout": "A4 flyer; yellow headline band; bullets; borderless key-facts table; small-print footnote",
    }


# ---------------------------------------------------------------------------------------------
# i12  Guatemala -> Canada (Quebec), compliant contract, English with Spanish below each clause
def i12():
    d = Doc(
        font="Sans",
        size=9.5,
        footer="Ferme Maraîchère Saint-Rémi inc.  ·  Employment contract / Contrato de trabajo  ·  {page}/2",
    )
    d.add_page()
    d.band(
        "EMPLOYMENT CONTRACT / CONTRATO DE TRABAJO",
        "Seasonal agricultural work - Québec, Canada  /  Trabajo agrícola de temporada - Quebec, Canadá",
        rgb=(30, 80, 140),
        size=13,
    )
    items = [
        (
            "1. Employer / Empleador",
            "Ferme Maraîchère Saint-Rémi inc., 2140 rang Notre-Dame, Saint-Rémi (Québec) J0L 2L0, Canada.",
            "Ferme Maraîchère Saint-Rémi inc., 2140 rang Notre-Dame, Saint-Rémi (Quebec) J0L 2L0, Canadá.",
        ),
        (
            "2. Worker / Trabajador",
            "Marvin Estuardo Ajanel Choc, of Santa Cruz del Quiché, Guatemala; passport 255170913.",
            "Marvin Estuardo Ajanel Choc, de Santa Cruz del Quiché, Guatemala; pasaporte 255170913.",
        ),
        (
            "3. Job / Puesto",
            "Vegetable farm worker: plants, weeds and harvests lettuce, onions and broccoli, and deposits the harvest in bins for the packing house.",
            "Trabajador agrícola de hortalizas: siembra, deshierba y cosecha lechuga, cebolla y brócoli, y deposita la cosecha en los contenedores para la empacadora.",
        ),
        (
            "4. Place of work / Lugar de trabajo",
            "The Employer's fields and packing house in Saint-Rémi, Québec.",
            "Los campos y la empacadora del empleador en Saint-Rémi, Quebec.",
        ),
        (
            "5. Period / Periodo",
            "From 20 April 2027 to 31 October 2027.",
            "Del 20 de abril de 2027 al 31 de octubre de 2027.",
        ),
        (
            "6. Hours / Horario",
            "50 hours a week: 9 hours a day from Monday to Friday and 5 hours on Saturday.",
            "50 horas a la semana: 9 horas diarias de lunes a viernes y 5 horas el sábado.",
        ),
        ("7. Wage / Salario", "CAD 16.10 per hour.", "CAD 16.10 por hora."),
        (
            "8. Pay / Pago",
            "Weekly, every Thursday, by direct deposit, with a pay stub.",
            "Semanal, cada jueves, por depósito directo, con talón de pago.",
        ),
        (
            "9. Deductions / Descuentos",
            "Income tax, Québec Pension Plan, Employment Insurance and QPIP premiums as required by law. Nothing else is deducted.",
            "Impuesto sobre la renta, Régimen de Rentas de Quebec, Seguro de Empleo y RQAP según la ley. No se descuenta nada más.",
        ),
        (
            "10. Travel / Viaje",
            "The Employer pays the round-trip flight Guatemala City - Montréal and does not recover any part of it from wages.",
            "El empleador paga el vuelo de ida y vuelta Ciudad de Guatemala - Montreal y no descuenta ninguna parte del salario.",
        ),
    ]
    items2 = [
        (
            "11. Housing / Vivienda",
            "Free housing on the farm, with kitchen, laundry and internet.",
            "Vivienda gratuita en la granja, con cocina, lavandería e internet.",
        ),
        (
            "12. Permits and health / Permisos y salud",
            "The work permit fee of CAD 155 and the LMIA fee are paid by the Employer. Until RAMQ coverage starts, the Employer enrols the worker in private health insurance at its own expense.",
            "El empleador paga la tarifa del permiso de trabajo de CAD 155 y la tarifa de la EIMT. Mientras empieza la cobertura de la RAMQ, el empleador inscribe al trabajador en un seguro médico privado por su cuenta.",
        ),
        (
            "13. Recruitment / Reclutamiento",
            "The worker was registered through the Ministry of Labour and Social Welfare of Guatemala. No one may charge the worker any fee for this job.",
            "El trabajador fue inscrito por medio del Ministerio de Trabajo y Previsión Social de Guatemala. Nadie puede cobrarle ninguna cuota por este trabajo.",
        ),
        (
            "14. Tools / Herramientas",
            "Gloves, knives and rain gear are provided free, without a deposit.",
            "Guantes, cuchillos e impermeables se entregan gratis, sin depósito.",
        ),
        (
            "15. Termination / Terminación",
            "Either party may end the contract with one week's notice. The Employer may dismiss for serious misconduct only after a written warning. A worker absent for three working days without notice is considered to have abandoned the job.",
            "Cualquiera de las partes puede terminar el contrato con una semana de aviso. El empleador solo puede despedir por falta grave después de una advertencia por escrito. Si el trabajador falta tres días hábiles sin avisar, se considera que abandonó el trabajo.",
        ),
        (
            "16. Rights / Derechos",
            "The worker keeps his passport and may contact the CNESST, the Consulate of Guatemala in Montréal or the Red de Apoyo al Trabajador Agrícola at any time, without reprisal.",
            "El trabajador conserva su pasaporte y puede comunicarse con la CNESST, el Consulado de Guatemala en Montreal o la Red de Apoyo al Trabajador Agrícola en cualquier momento, sin represalias.",
        ),
    ]

    def put(its):
        for head, en, es in its:
            d.para(head, style="B", size=9.5, after=0.3)
            d.para(en, size=9.5, after=0.3)
            d.para(es, size=9, style="I", fam="Sans", after=2.2)

    put(items)
    d.add_page()
    put(items2)
    d.signatures(
        [
            ("Employer / Empleador", "Sylvie Lachance, owner"),
            ("Worker / Trabajador", "Marvin E. Ajanel Choc"),
        ]
    )
    return d, {
        "program": GEN,
        "language": "en+es",
        "pages": 2,
        "missing_terms": [],
        "recruiters": [],
        "traps": [
            "'deposits the harvest in bins' / 'deposita la cosecha' are job duties",
            "'direct deposit' / 'depósito directo' is how wages are paid",
            "work permit fee CAD 155 and LMIA fee paid by employer",
            "statutory QPP/EI/QPIP deductions; private health insurance paid by employer",
            "round-trip flight paid, not recovered; free housing; tools free without deposit",
            "Ministry of Labour and a worker-rights network are not recruiters",
            "no one may charge any fee (negated)",
        ],
        "doc_type": "work_contract",
        "layout": "A4; colored title band; each clause in English with the Spanish version below in italics",
    }


DOCS = [i01, i02, i03, i04, i05, i06, i07, i08, i09, i10, i11, i12]
