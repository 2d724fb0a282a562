"""Demo texts of forms_pages: the online forms and surveys, the polls (with their English
versions where they have one) and sample requests in every status."""

from ..choices import RequestKind, RequestStatus

FORMS = [
    {
        "slug": "e-services-satisfaction",
        # The department whose e-mail receives each response: the unit evaluating performance.
        "department": "complaints",
        "title": "نظرسنجی رضایت از میز خدمات الکترونیک",
        "summary": "نظر شما درباره خدمات الکترونیک اداره کل، راهنمای ما برای بهتر کردن آن‌هاست.",
        "intro": "<p>پاسخ به این نظرسنجی چند دقیقه بیشتر وقت نمی‌گیرد. نام و نشانی شما پرسیده نمی‌شود.</p>",
        "one": True,
        "opens": -20,
        "closes": 40,
        "fields": [
            (
                "کدام خدمت را استفاده کردید؟",
                "dropdown",
                True,
                "صدور پروانه کار اتباع خارجی\nثبت درخواست بیمه بیکاری\nصدور مجوز تأسیس تعاونی\nرسیدگی به اختلافات کارگر و کارفرما",
            ),
            ("چقدر از سرعت انجام کار راضی بودید؟", "radio", True, "خیلی کم\nکم\nمتوسط\nزیاد\nخیلی زیاد"),
            ("آیا برای انجام کار به مراجعه حضوری نیاز شد؟", "radio", True, "بله\nخیر"),
            ("پیشنهاد شما برای بهتر شدن خدمت", "multiline", False, ""),
        ],
        "en": {
            "title": "Satisfaction survey on the Electronic Services Desk",
            "summary": "Your opinion of the directorate's e-services is our guide to making them better.",
            "intro": "<p>Answering this survey takes no more than a few minutes. You are not asked for your name or address.</p>",
            "fields": [
                (
                    "Which service did you use?",
                    "Issuing work permits for foreign nationals\nRegistering an unemployment insurance claim\n"
                    "Issuing a permit to found a cooperative\nHandling disputes between workers and employers",
                ),
                (
                    "How satisfied were you with the speed of the service?",
                    "Very little\nLittle\nFairly\nMuch\nVery much",
                ),
                ("Did you have to come in person to get it done?", "Yes\nNo"),
                ("Your suggestion for making the service better", ""),
            ],
        },
    },
    {
        "slug": "labour-law-course-registration",
        # The department whose e-mail receives each response: the course is held with it.
        "department": "labour-relations",
        "title": "ثبت‌نام در دوره آموزشی آشنایی با قانون کار",
        "summary": "دوره رایگان یک‌روزه برای کارفرمایان کارگاه‌های کوچک و نمایندگان کارگران.",
        "intro": "<p>این دوره با همکاری معاونت روابط کار برگزار می‌شود و به پرسش‌های رایج درباره قرارداد کار، مرخصی و پایان کار می‌پردازد.</p>",
        "one": False,
        "opens": -5,
        "closes": 25,
        "fields": [
            ("نام و نام خانوادگی", "singleline", True, ""),
            ("نام کارگاه یا تشکل", "singleline", True, ""),
            ("شماره همراه", "mobile", True, ""),
            ("نقش شما", "radio", True, "کارفرما\nنماینده کارگران\nکارشناس منابع انسانی"),
            ("نوبت دلخواه", "checkboxes", False, "صبح\nعصر"),
        ],
        "en": {
            "title": "Registration for the introductory course on the Labour Law",
            "summary": "A free one-day course for employers of small workshops and workers' representatives.",
            "intro": "<p>This course is held with the Deputy for Labour Relations and answers common questions about "
            "employment contracts, leave and the end of employment.</p>",
            "fields": [
                ("Full name", ""),
                ("Name of the workshop or organisation", ""),
                ("Mobile number", ""),
                ("Your role", "Employer\nWorkers' representative\nHuman resources specialist"),
                ("Preferred session", "Morning\nAfternoon"),
            ],
        },
    },
    {
        "slug": "in-person-hours-survey",
        # The department whose e-mail receives each response: it sets the office hours.
        "department": "director-office",
        "title": "نظرسنجی ساعات مراجعه حضوری",
        "summary": "این نظرسنجی به پایان رسیده است؛ نتیجه آن در تنظیم ساعات کاری به کار رفت.",
        "intro": "<p>کدام ساعات برای مراجعه حضوری به اداره کل برای شما مناسب‌تر است؟</p>",
        "one": True,
        "opens": -90,
        "closes": -30,
        "fields": [
            ("ساعت مناسب برای مراجعه", "radio", True, "۸ تا ۱۰\n۱۰ تا ۱۲\n۱۲ تا ۱۴"),
            ("روز مناسب هفته", "dropdown", True, "شنبه\nیکشنبه\nدوشنبه\nسه‌شنبه\nچهارشنبه"),
        ],
    },
]

POLLS = [
    {
        "slug": "next-e-service",
        "title": "کدام خدمت زودتر الکترونیکی شود؟",
        "question": "به نظر شما کدام خدمت باید زودتر به‌طور کامل الکترونیکی شود؟",
        "opens": -10,
        "closes": 50,
        "options": [
            ("تمدید پروانه کار اتباع خارجی", 41),
            ("تأیید طرح طبقه‌بندی مشاغل", 17),
            ("ثبت تشکل‌های کارگری و کارفرمایی", 12),
        ],
        "en": {
            "title": "Which service should go online first?",
            "question": "Which service do you think should be made fully online first?",
            "options": [
                "Renewing work permits for foreign nationals",
                "Approving job classification plans",
                "Registering workers' and employers' organisations",
            ],
        },
    },
    {
        "slug": "call-centre-quality",
        "title": "کیفیت پاسخگویی مرکز تماس",
        "question": "از پاسخگویی مرکز تماس اداره کل چقدر راضی بودید؟",
        "opens": -60,
        "closes": -7,
        "options": [("راضی", 58), ("تا اندازه‌ای راضی", 31), ("ناراضی", 14)],
    },
    {
        "slug": "news-channel",
        "title": "اخبار اداره کل را از کجا دنبال می‌کنید؟",
        "question": "اخبار و اطلاعیه‌های اداره کل را بیشتر از کدام راه دنبال می‌کنید؟",
        "opens": -3,
        "closes": None,
        "options": [("درگاه اینترنتی", 22), ("پیام‌رسان‌های داخلی", 35), ("پیامک", 9), ("خبرگزاری‌ها", 6)],
        "en": {
            "title": "Where do you follow the directorate's news?",
            "question": "Which channel do you mostly use to follow the directorate's news and notices?",
            "options": ["The web portal", "Domestic messaging apps", "Text messages (SMS)", "News agencies"],
        },
    },
]

THANKS = "<p>پاسخ شما ثبت شد. از همراهی شما سپاسگزاریم.</p>"
THANKS_EN = "<p>Your answer has been recorded. Thank you for taking part.</p>"

# (subject, kind, department slug, status, days ago, answer, rating)
REQUESTS = [
    ("پرسش درباره مدارک تمدید پروانه کار", RequestKind.QUESTION, None, RequestStatus.RECEIVED, 1, "", None),
    (
        "گزارش تأخیر در پرداخت حقوق کارگران یک کارگاه",
        RequestKind.VIOLATION,
        None,
        RequestStatus.UNDER_REVIEW,
        14,
        "",
        None,
    ),
    (
        "پیشنهاد برای نوبت‌دهی اینترنتی هیئت‌های تشخیص",
        RequestKind.SUGGESTION,
        None,
        RequestStatus.ANSWERED,
        6,
        "از پیشنهاد شما سپاسگزاریم. نوبت‌دهی اینترنتی هیئت‌های تشخیص در دست طراحی است و تا پایان سال راه‌اندازی می‌شود.",
        None,
    ),
    (
        "بررسی سخت و زیان‌آور بودن شغل جوشکاری",
        RequestKind.QUESTION,
        None,
        RequestStatus.VISIT_REQUESTED,
        9,
        "برای بررسی پرونده، لطفاً در زمان تعیین‌شده با مدارک خواسته‌شده به دبیرخانه کمیته استانی مشاغل سخت و زیان‌آور مراجعه کنید.",
        None,
    ),
    (
        "انتقاد از طولانی بودن صف مراجعه حضوری",
        RequestKind.CRITICISM,
        None,
        RequestStatus.CLOSED,
        25,
        "انتقاد شما بررسی شد. از آغاز ماه آینده، دو باجه دیگر برای پاسخگویی در ساعات شلوغ باز می‌شود.",
        4,
    ),
    ("پرسش درباره شرایط تأسیس تعاونی مسکن", RequestKind.QUESTION, None, RequestStatus.RECEIVED, 6, "", None),
]


# The pages this app puts under the home page: slug -> (Persian texts, English texts).
HOME_CHILDREN = {
    "contact": (
        {
            "title": "تماس با ما",
            "summary": "گزارش تخلف اداری، انتقاد، پیشنهاد یا پرسش خود را در هر ساعت از شبانه‌روز برای واحد مربوط بفرستید.",
            "intro": "<p>درخواست شما به واحدی که انتخاب می‌کنید فرستاده می‌شود و نتیجه پیگیری در کوتاه‌ترین زمان به شما اعلام خواهد شد. اگر بررسی به مراجعه حضوری نیاز داشته باشد، زمان و مکان آن را روی صفحه پیگیری می‌بینید.</p>",
            "privacy_note": "اطلاعات شخصی شما تنها در اختیار کارشناسان واحد مربوط قرار می‌گیرد و هرگز منتشر نمی‌شود.",
            "thanks_text": "تا رسیدن پاسخ نیازی به مراجعه حضوری نیست؛ اگر بررسی درخواست به مراجعه شما نیاز داشته باشد، زمان و مکان آن را در صفحه پیگیری می‌بینید.",
        },
        {
            "title": "Contact us",
            "summary": "Send a report of an administrative violation, criticism, a suggestion or a question to the right department, at any hour.",
            "intro": "<p>Your request goes to the department you choose, and the result of its follow-up is reported to you as soon as possible.</p>",
            "privacy_note": "Your personal data is seen only by the staff of the department concerned and is never published.",
            "thanks_text": "You need not come to an office while you wait for the answer; if your request needs a visit, its time and place appear on the tracking page.",
        },
    ),
    "forms": (
        {
            "title": "فرم‌ها و نظرسنجی‌ها",
            "summary": "فرم‌های الکترونیک، نظرسنجی‌ها و همه‌پرسی‌های کوتاه اداره کل.",
            "intro": "فرم‌ها را برخط پر کنید یا نسخه چاپی و PDF آن‌ها را بگیرید. در هر نظرسنجی از هر مرورگر یک بار می‌توان رأی داد.",
        },
        {
            "title": "Forms and polls",
            "summary": "Online forms, surveys and short polls of the directorate.",
            "intro": "Fill in forms online or download their printable and PDF versions. A poll takes one vote from each browser.",
        },
    ),
}
