"""Demo texts of the shared base: the home page, the domain sections and their pages, the about
page, departments with their contacts, and the ministry's organisations; each also in English."""

from ..choices import Domain


def para(*paragraphs):
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def heading(text):
    return ("heading", {"text": text, "level": "h2"})


SECTIONS = [
    {
        "slug": "labour-relations",
        "domain": Domain.LABOUR_RELATIONS,
        "title": "روابط کار",
        "summary": "هیئت‌های تشخیص و حل اختلاف، قراردادهای کار، طرح طبقه‌بندی مشاغل و آیین‌نامه‌های انضباطی کارگاه‌ها.",
        "intro": "معاونت روابط کار به اختلافات میان کارگر و کارفرما رسیدگی می‌کند و بر اجرای درست قانون کار در روابط استخدامی نظارت دارد.",
        "title_en": "Labour relations",
        "summary_en": "Dispute resolution boards, employment contracts, job classification schemes and workplace disciplinary rules.",
        "intro_en": "The labour relations deputy settles disputes between workers and employers and oversees the application of the Labour Law to employment relations.",
        "pages": [
            (
                "dispute-boards",
                "هیئت‌های تشخیص و حل اختلاف",
                "ترکیب هیئت‌ها، مراحل رسیدگی و مهلت‌های اعتراض به رأی.",
                [
                    heading("هیئت تشخیص"),
                    para(
                        "هیئت تشخیص از سه عضو تشکیل می‌شود: نماینده اداره کار، نماینده کارگران و نماینده مدیران صنایع. شکایت کارگر یا کارفرما پس از ثبت در سامانه جامع روابط کار، در نوبت رسیدگی قرار می‌گیرد و زمان جلسه به هر دو طرف ابلاغ می‌شود.",
                        "رأی هیئت تشخیص ظرف پانزده روز پس از ابلاغ قابل اعتراض در هیئت حل اختلاف است.",
                    ),
                    heading("هیئت حل اختلاف"),
                    para(
                        "هیئت حل اختلاف مرجع تجدیدنظر آرای هیئت تشخیص است و رأی آن قطعی و لازم‌الاجراست. اعتراض به آرای قطعی تنها از راه دیوان عدالت اداری ممکن است."
                    ),
                ],
            ),
            (
                "employment-contracts",
                "قرارداد کار و حقوق پایه کارگران",
                "آنچه هر قرارداد کار باید داشته باشد و حقوقی که قانون برای کارگر تضمین کرده است.",
                [
                    para(
                        "بر پایه ماده ۱۰ قانون کار، قرارداد کار باید نوع کار، حق‌السعی، ساعات کار، تعطیلات و مرخصی‌ها، محل انجام کار و تاریخ انعقاد و مدت قرارداد را روشن کند.",
                        "قرارداد کار در چهار نسخه تنظیم می‌شود که یک نسخه آن به اداره کار محل ارسال می‌شود.",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "labour-inspection",
        "domain": Domain.LABOUR_INSPECTION,
        "title": "بازرسی کار",
        "summary": "بازرسی کارگاه‌ها، حفاظت فنی و بهداشت کار، ثبت و بررسی حوادث ناشی از کار.",
        "intro": "بازرسان کار با بازدید از کارگاه‌ها، اجرای مقررات حفاظت فنی و بهداشت کار را پایش می‌کنند و حوادث ناشی از کار را بررسی می‌کنند.",
        "title_en": "Labour inspection",
        "summary_en": "Workplace inspection, occupational safety and health, reporting and investigating work accidents.",
        "intro_en": "Labour inspectors visit workplaces to check safety and health rules and investigate work accidents.",
        "pages": [
            (
                "work-accidents",
                "گزارش حوادث ناشی از کار",
                "کارفرما باید هر حادثه ناشی از کار را فوری به اداره کار گزارش کند.",
                [
                    para(
                        "بر پایه ماده ۹۵ قانون کار، مسئولیت اجرای مقررات حفاظت فنی و بهداشت کار بر عهده کارفرماست. هرگاه در کارگاه حادثه‌ای رخ دهد، کارفرما باید آن را بی‌درنگ به اداره کار و امور اجتماعی محل گزارش کند.",
                        "بازرس کار علت حادثه را بررسی می‌کند و گزارش کارشناسی خود را برای مراجع قضایی و سازمان تأمین اجتماعی می‌فرستد.",
                    )
                ],
            ),
            (
                "arduous-jobs",
                "مشاغل سخت و زیان‌آور",
                "چگونگی طرح درخواست بررسی شغل در کمیته استانی مشاغل سخت و زیان‌آور.",
                [
                    para(
                        "کمیته استانی مشاغل سخت و زیان‌آور با حضور نمایندگان اداره کل، سازمان تأمین اجتماعی، کارگران و کارفرمایان، درخواست‌های بیمه‌شدگان را بررسی و درباره سخت و زیان‌آور بودن شغل رأی می‌دهد."
                    )
                ],
            ),
        ],
    },
    {
        "slug": "cooperatives",
        "domain": Domain.COOPERATIVES,
        "title": "تعاون",
        "summary": "تأسیس و ثبت تعاونی‌ها، نظارت بر مجامع عمومی و توسعه بخش تعاون.",
        "intro": "معاونت تعاون از تشکیل تعاونی‌های تازه پشتیبانی می‌کند و بر برگزاری مجامع عمومی و اجرای قانون بخش تعاونی نظارت دارد.",
        "title_en": "Cooperatives",
        "summary_en": "Founding and registering cooperatives, supervising general assemblies and developing the cooperative sector.",
        "intro_en": "The cooperatives deputy supports new cooperatives and supervises general assemblies under the Cooperative Sector Law.",
        "pages": [
            (
                "founding-a-cooperative",
                "راهنمای تأسیس تعاونی",
                "از تشکیل هیئت مؤسس تا ثبت تعاونی در اداره ثبت شرکت‌ها.",
                [
                    para(
                        "برای تأسیس تعاونی، دست‌کم هفت نفر به عنوان هیئت مؤسس درخواست خود را ثبت می‌کنند. پس از بررسی طرح توجیهی و صدور موافقت اصولی، مجمع عمومی مؤسس برگزار و اساسنامه تصویب می‌شود.",
                        "هیئت مدیره و بازرسان منتخب، مدارک را برای ثبت به اداره ثبت شرکت‌ها می‌فرستند.",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "employment",
        "domain": Domain.EMPLOYMENT,
        "title": "اشتغال و کارآفرینی",
        "summary": "بیمه بیکاری، مراکز کاریابی، مشاوره شغلی و تسهیلات اشتغال.",
        "intro": "معاونت توسعه کارآفرینی و اشتغال، جویندگان کار را به فرصت‌های شغلی و تسهیلات اشتغال‌زایی متصل می‌کند و بر مؤسسات کاریابی نظارت دارد.",
        "title_en": "Employment and entrepreneurship",
        "summary_en": "Unemployment insurance, employment agencies, career guidance and employment loans.",
        "intro_en": "The employment deputy connects job seekers with jobs and employment loans and supervises employment agencies.",
        "pages": [
            (
                "unemployment-insurance",
                "بیمه بیکاری: چه کسانی مشمول‌اند؟",
                "شرایط برخورداری از مقرری بیمه بیکاری و مدت پرداخت آن.",
                [
                    para(
                        "بیمه‌شدگانی که بدون میل و اراده خود بیکار شده‌اند و دست‌کم شش ماه سابقه پرداخت حق بیمه دارند، می‌توانند ظرف سی روز پس از بیکاری درخواست مقرری بیمه بیکاری را ثبت کنند.",
                        "مدت پرداخت مقرری به سابقه بیمه‌پردازی و وضعیت تأهل بستگی دارد.",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "social-welfare",
        "domain": Domain.SOCIAL_WELFARE,
        "title": "رفاه اجتماعی",
        "summary": "حمایت از گروه‌های آسیب‌پذیر، بیمه‌های اجتماعی و هماهنگی دستگاه‌های حمایتی استان.",
        "intro": "معاونت رفاه اجتماعی برنامه‌های حمایتی استان را هماهنگ می‌کند و پوشش بیمه‌ای گروه‌های نیازمند را گسترش می‌دهد.",
        "title_en": "Social welfare",
        "summary_en": "Support for vulnerable groups, social insurance and coordination of the province's support bodies.",
        "intro_en": "The social welfare deputy coordinates the province's support programmes and widens insurance cover for people in need.",
        "pages": [
            (
                "support-programmes",
                "برنامه‌های حمایتی استان",
                "معرفی برنامه‌های حمایتی و دستگاه‌های مسئول هر یک.",
                [
                    para(
                        "برنامه‌های حمایتی استان با همکاری سازمان بهزیستی، کمیته امداد و سازمان تأمین اجتماعی اجرا می‌شود. متقاضیان برای آگاهی از شرایط هر برنامه به دستگاه مسئول آن مراجعه کنند."
                    )
                ],
            ),
        ],
    },
    {
        "slug": "foreign-nationals",
        "domain": Domain.FOREIGN_NATIONALS,
        "title": "اشتغال اتباع خارجی",
        "summary": "صدور و تمدید پروانه کار اتباع خارجی و نظارت بر اشتغال آنان.",
        "intro": "اداره اشتغال اتباع خارجی پروانه کار اتباع را صادر و تمدید می‌کند و بر اشتغال قانونی آنان در کارگاه‌های استان نظارت دارد.",
        "title_en": "Foreign nationals' employment",
        "summary_en": "Issuing and renewing work permits for foreign nationals and supervising their employment.",
        "intro_en": "The foreign nationals' employment office issues and renews work permits and supervises lawful employment of foreign nationals.",
        "pages": [
            (
                "work-permit-guide",
                "راهنمای پروانه کار اتباع خارجی",
                "مدارک لازم، مدت اعتبار و روند تمدید پروانه کار.",
                [
                    para(
                        "بر پایه ماده ۱۲۰ قانون کار، اتباع بیگانه تنها با داشتن روادید ورود با حق کار مشخص و پروانه کار می‌توانند در ایران به کار مشغول شوند.",
                        "پروانه کار حداکثر برای یک سال صادر می‌شود و درخواست تمدید آن باید پیش از پایان اعتبار ثبت شود.",
                    )
                ],
            ),
        ],
    },
]

DEPARTMENTS = [
    ("director-office", "دفتر مدیر کل", "Director General's office", ""),
    ("labour-relations", "معاونت روابط کار", "Labour relations deputy", Domain.LABOUR_RELATIONS),
    ("cooperatives", "معاونت تعاون", "Cooperatives deputy", Domain.COOPERATIVES),
    (
        "employment",
        "معاونت توسعه کارآفرینی و اشتغال",
        "Entrepreneurship and employment deputy",
        Domain.EMPLOYMENT,
    ),
    ("social-welfare", "معاونت رفاه اجتماعی", "Social welfare deputy", Domain.SOCIAL_WELFARE),
    ("labour-inspection", "اداره بازرسی کار", "Labour inspection office", Domain.LABOUR_INSPECTION),
    (
        "complaints",
        "واحد بازرسی، ارزیابی عملکرد و پاسخگویی به شکایات",
        "Inspection, performance and complaints unit",
        "",
    ),
    ("public-relations", "روابط عمومی", "Public relations office", ""),
]
# The unit that receives reports of administrative violations, whichever unit they are about
# (Department.receives_violation_reports; /work/shared/domain-facts.md).
VIOLATION_REPORTS_UNIT = "complaints"
# The unit that handles a report about that unit itself: the Director General's office
# (Department.oversees_violation_unit).
OVERSIGHT_UNIT = "director-office"

# Where each department receives citizens. The directorate's real addresses and numbers are not
# ours to publish: these read like Tehran addresses but every one is marked as a sample, and the
# telephone numbers are the sample form 021-0000xxxx (see /work/shared/domain-facts.md).
MAIN_BUILDING = (
    "تهران، خیابان آزادی، ساختمان مرکزی اداره کل (نشانی نمونه)",
    "Tehran, Azadi Street, head office building (sample address)",
)
DEPARTMENT_CONTACTS = {
    "director-office": (*MAIN_BUILDING, "021-00001010"),
    "labour-relations": (
        "تهران، خیابان آزادی، ساختمان مرکزی اداره کل، طبقه دوم، هیئت‌های تشخیص و حل اختلاف (نشانی نمونه)",
        "Tehran, Azadi Street, head office building, second floor, dispute boards (sample address)",
        "021-00001020",
    ),
    "cooperatives": (
        "تهران، خیابان انقلاب، نبش خیابان نمونه، ساختمان معاونت تعاون (نشانی نمونه)",
        "Tehran, Enghelab Street, cooperatives deputy building (sample address)",
        "021-00001030",
    ),
    "employment": (
        "تهران، خیابان ولیعصر، بالاتر از میدان ولیعصر، ساختمان اشتغال (نشانی نمونه)",
        "Tehran, Valiasr Street, north of Valiasr Square, employment building (sample address)",
        "021-00001040",
    ),
    "social-welfare": (
        "تهران، خیابان کارگر شمالی، ساختمان رفاه اجتماعی (نشانی نمونه)",
        "Tehran, North Kargar Street, social welfare building (sample address)",
        "021-00001050",
    ),
    "labour-inspection": (
        "تهران، خیابان آزادی، ساختمان مرکزی اداره کل، طبقه سوم (نشانی نمونه)",
        "Tehran, Azadi Street, head office building, third floor (sample address)",
        "021-00001060",
    ),
    "complaints": (
        "تهران، خیابان آزادی، ساختمان مرکزی اداره کل، طبقه همکف، میز پاسخگویی (نشانی نمونه)",
        "Tehran, Azadi Street, head office building, ground floor, public desk (sample address)",
        "021-00001070",
    ),
    "public-relations": (*MAIN_BUILDING, "021-00001080"),
}
OFFICE_HOURS = ("شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰", "Saturday to Wednesday, 7:30 to 14:30")
INSPECTION_HOURS = (
    "شنبه تا چهارشنبه، ساعت ۷:۳۰ تا ۱۴:۳۰؛ گزارش حادثه کار در همه ساعات",
    "Saturday to Wednesday, 7:30 to 14:30; work accidents can be reported at any hour",
)

ORGANISATIONS = [
    ("سازمان تأمین اجتماعی", "Social Security Organization", "https://www.tamin.ir/"),
    ("سازمان بهزیستی کشور", "State Welfare Organization", "https://www.behzisti.ir/"),
    ("سازمان آموزش فنی و حرفه‌ای کشور", "Technical and Vocational Training Organization", "https://www.irantvto.ir/"),
    ("صندوق بازنشستگی کشوری", "Civil Servants Pension Fund", "https://www.cspf.ir/"),
    (
        "وزارت تعاون، کار و رفاه اجتماعی",
        "Ministry of Cooperatives, Labour and Social Welfare",
        "https://www.mcls.gov.ir/",
    ),
]


# The English versions of the sections' pages, by slug: (title, summary, blocks).
SECTION_PAGES_EN = {
    "dispute-boards": (
        "Diagnosis and dispute settlement boards",
        "Who sits on the boards, how a case is heard and the deadlines to appeal a decision.",
        [
            heading("The diagnosis board"),
            para(
                "A diagnosis board has three members: a representative of the labour office, a representative of "
                "the workers and a representative of the employers. A complaint by a worker or an employer is "
                "registered in the comprehensive labour relations system and waits its turn; both parties are told "
                "the date of the hearing.",
                "A decision of the diagnosis board can be appealed to the dispute settlement board within fifteen "
                "days of its notification.",
            ),
            heading("The dispute settlement board"),
            para(
                "The dispute settlement board hears appeals against the decisions of the diagnosis board; its "
                "decision is final and binding. A final decision can only be challenged before the Court of "
                "Administrative Justice."
            ),
        ],
    ),
    "employment-contracts": (
        "Employment contracts and workers' basic rights",
        "What every employment contract must contain and the rights the law guarantees to workers.",
        [
            para(
                "Under article 10 of the Labour Law, an employment contract must state the type of work, the pay, "
                "the working hours, holidays and leave, the place of work, and the date and length of the contract.",
                "An employment contract is drawn up in four copies, one of which is sent to the local labour office.",
            )
        ],
    ),
    "work-accidents": (
        "Reporting work accidents",
        "An employer must report every work accident to the labour office at once.",
        [
            para(
                "Under article 95 of the Labour Law, the employer is responsible for applying the occupational "
                "safety and health rules. When an accident happens in a workplace, the employer must report it to "
                "the local labour and social affairs office without delay.",
                "A labour inspector investigates the cause of the accident and sends the expert report to the "
                "judicial authorities and the Social Security Organization.",
            )
        ],
    ),
    "arduous-jobs": (
        "Arduous and hazardous jobs",
        "How to ask the provincial committee on arduous and hazardous jobs to review a job.",
        [
            para(
                "The provincial committee on arduous and hazardous jobs, with representatives of the directorate, "
                "the Social Security Organization, workers and employers, reviews insured people's requests and "
                "decides whether a job is arduous and hazardous."
            )
        ],
    ),
    "founding-a-cooperative": (
        "Guide to founding a cooperative",
        "From forming a founding board to registering the cooperative with the companies registry.",
        [
            para(
                "To found a cooperative, at least seven people apply as its founding board. Once the business plan "
                "has been reviewed and approval in principle given, the founding general assembly meets and adopts "
                "the articles of association.",
                "The elected board of directors and inspectors send the documents to the companies registry for "
                "registration.",
            )
        ],
    ),
    "unemployment-insurance": (
        "Unemployment insurance: who is covered?",
        "Who can receive unemployment benefit and for how long it is paid.",
        [
            para(
                "Insured people who have lost their job involuntarily and have paid contributions for at least six "
                "months can apply for unemployment benefit within thirty days of losing their job.",
                "How long the benefit is paid depends on the contribution record and marital status.",
            )
        ],
    ),
    "support-programmes": (
        "The province's support programmes",
        "The support programmes and the body responsible for each.",
        [
            para(
                "The province's support programmes are run with the State Welfare Organization, the Imam Khomeini "
                "Relief Foundation and the Social Security Organization. Applicants should ask the body responsible "
                "for a programme about its conditions."
            )
        ],
    ),
    "work-permit-guide": (
        "Guide to work permits for foreign nationals",
        "The documents needed, how long a permit is valid and how to renew it.",
        [
            para(
                "Under article 120 of the Labour Law, foreign nationals may work in Iran only if they hold an entry "
                "visa with the right to work and a work permit.",
                "A work permit is issued for at most one year, and its renewal must be applied for before it expires.",
            )
        ],
    ),
}

SITE_NAME = "اداره کل تعاون، کار و رفاه اجتماعی استان تهران"

# The home page's own fields, in Persian and in English.
HOME = {
    "title": SITE_NAME,
    "hero_title": "میز خدمات الکترونیک اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
    "hero_text": "همه خدمات اداره کل، با شناسنامه کامل، مدارک لازم و مسیر انجام کار، در یک جا. درخواست، شکایت یا پرسش خود را هر ساعت از شبانه‌روز ثبت و پیگیری کنید.",
    "summary": "درگاه رسمی اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
    "search_description": "درگاه رسمی اداره کل تعاون، کار و رفاه اجتماعی استان تهران: خدمات الکترونیک، اخبار، قوانین و مقررات، مناقصه‌ها و ارتباط با ما.",
}
HOME_EN = {
    "title": "Tehran Province General Directorate of Cooperatives, Labour and Social Welfare",
    "hero_title": "Electronic Services Desk of the Tehran Labour Directorate",
    "hero_text": "Every service of the directorate, with its full identity card, required documents and workflow, in one place. Send and track your request, complaint or question at any hour.",
    "summary": "Official portal of the Tehran Province General Directorate of Cooperatives, Labour and Social Welfare",
    "search_description": "Official portal of the Tehran Province General Directorate of Cooperatives, Labour and Social Welfare.",
}

# The about page: (title, summary, blocks) in each language.
ABOUT = (
    "درباره اداره کل",
    "وظایف، ساختار و منشور خدمت اداره کل تعاون، کار و رفاه اجتماعی استان تهران.",
    [
        heading("وظایف اداره کل"),
        para(
            "اداره کل تعاون، کار و رفاه اجتماعی استان تهران نماینده وزارت تعاون، کار و رفاه اجتماعی در استان است و اجرای قانون کار، قانون بخش تعاونی و برنامه‌های رفاه اجتماعی را در استان بر عهده دارد.",
            "همه خدمات اداره کل در میز خدمات الکترونیک این درگاه با شناسنامه کامل معرفی شده‌اند و هر خدمت فرم نظرسنجی رضایت دارد.",
        ),
        heading("تعهدات ما به شهروندان"),
        para(
            "گزارش تخلفات اداری، انتقادها، پیشنهادها و پرسش‌های شما در تمام ساعات شبانه‌روز از راه «تماس با ما» دریافت می‌شود و نتیجه پیگیری در کوتاه‌ترین زمان به شما اعلام می‌شود.",
            "اطلاعات شخصی کسانی که فرم‌های الکترونیکی را پر می‌کنند، هرگز منتشر نمی‌شود. هرگاه اختلال یا مشکل فنی در ارائه خدمات پیش آید، از همین درگاه اطلاع‌رسانی می‌شود.",
        ),
    ],
)
ABOUT_EN = (
    "About the directorate",
    "Duties, structure and service charter of the Tehran Province General Directorate of Cooperatives, Labour and Social Welfare.",
    [
        heading("What we do"),
        para(
            "The directorate represents the Ministry of Cooperatives, Labour and Social Welfare in Tehran Province and applies the Labour Law, the Cooperative Sector Law and the social welfare programmes in the province.",
            "Every service of the directorate is described with its full identity card in the Electronic Services Desk, and every service has a satisfaction survey.",
        ),
        heading("Our commitments"),
        para(
            "Reports of administrative violations, criticism, suggestions and questions are received at any hour through Contact us, and the result of the follow-up is reported to you as soon as possible.",
            "The personal data of people who fill in electronic forms is never made public. Any outage or technical problem is announced on this portal.",
        ),
    ],
)

# The site's contact details (sample values; the address is MAIN_BUILDING's).
CONTACT = {
    "postal_code": "0000000000",
    "phone": "021-00000000",
    "email": "info@example.ir",
    "office_hours": OFFICE_HOURS[0],
    "office_hours_en": OFFICE_HOURS[1],
}
# The directorate's Bale and Eitaa channels are not known (domain-facts.md names none), so the
# demo leaves them empty and the footer shows no link; a database seeded earlier had these
# placeholders, which seeding again clears.
RETIRED_SOCIAL_PLACEHOLDERS = {
    "bale_url": "https://ble.ir/example",
    "eitaa_url": "https://eitaa.com/example",
}
