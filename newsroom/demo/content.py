"""Demo texts of the newsroom: news items and notices of a provincial labour directorate.

Dates are offsets from the moment the seeder runs, so the archive always has recent depth.
"""

from home.choices import Domain

# One illustration per domain: a flat colour field with simple shapes (no external files).
DOMAIN_COLOURS = {
    Domain.LABOUR_RELATIONS: ((27, 94, 134), "نمایندگان کارگر و کارفرما در جلسه هیئت حل اختلاف"),
    Domain.LABOUR_INSPECTION: ((176, 98, 24), "کارگاه صنعتی، کلاه ایمنی و فهرست بازرسی"),
    Domain.COOPERATIVES: ((46, 125, 50), "خانه‌های کنار هم و اعضای دست در دست تعاونی"),
    Domain.EMPLOYMENT: ((106, 27, 154), "نمودار رو به رشد اشتغال و کیف کار"),
    Domain.SOCIAL_WELFARE: ((0, 121, 107), "خانواده زیر سقف حمایت"),
    Domain.FOREIGN_NATIONALS: ((69, 90, 100), "کره زمین و کارت پروانه کار"),
}

# The illustrations described in English, for the English news.
IMAGE_ALT_EN = {
    Domain.LABOUR_RELATIONS: "Sample illustration for labour relations news",
    Domain.LABOUR_INSPECTION: "Sample illustration for labour inspection news",
    Domain.COOPERATIVES: "Sample illustration for cooperatives news",
    Domain.EMPLOYMENT: "Sample illustration for employment and entrepreneurship news",
    Domain.SOCIAL_WELFARE: "Sample illustration for social welfare news",
    Domain.FOREIGN_NATIONALS: "Sample illustration for foreign nationals' employment news",
}

# (slug, days ago, hour, domain, tags, title, lead, paragraphs)
NEWS = [
    (
        "dispute-board-weekly-sessions",
        2,
        10,
        "labour-relations",
        ["هیئت حل اختلاف", "روابط کار"],
        "برگزاری ۲۱۴ جلسه هیئت‌های تشخیص و حل اختلاف در هفته گذشته",
        "هیئت‌های تشخیص و حل اختلاف استان تهران در هفته گذشته به ۲۱۴ پرونده اختلاف کارگر و کارفرما رسیدگی کردند.",
        [
            "معاون روابط کار اداره کل گفت: بیشتر پرونده‌ها درباره مطالبات مزدی، عیدی و پاداش پایان سال و حق سنوات بوده است و ۶۳ پرونده با سازش طرفین در همان جلسه نخست بسته شد.",
            "او افزود: کارگران و کارفرمایان می‌توانند زمان جلسه رسیدگی را از سامانه جامع روابط کار ببینند و پیش از جلسه مدارک خود را بارگذاری کنند.",
        ],
    ),
    (
        "foreign-workers-permit-renewal-reminder",
        5,
        9,
        "foreign-nationals",
        ["پروانه کار", "اتباع خارجی"],
        "یادآوری مهلت تمدید پروانه کار اتباع خارجی",
        "کارفرمایانی که اتباع خارجی دارای پروانه کار به کار گرفته‌اند، باید درخواست تمدید را پیش از پایان اعتبار پروانه ثبت کنند.",
        [
            "اداره اشتغال اتباع خارجی اعلام کرد: به کار گرفتن تبعه خارجی بدون پروانه کار معتبر، بر پایه ماده ۱۸۱ قانون کار تخلف است و برای کارفرما پیگرد دارد.",
            "درخواست تمدید باید دست‌کم یک ماه پیش از پایان اعتبار پروانه ثبت شود تا کارشناسان فرصت بررسی مدارک را داشته باشند.",
        ],
    ),
    (
        "cooperative-week-exhibition",
        8,
        11,
        "cooperatives",
        ["هفته تعاون", "نمایشگاه", "تعاونی"],
        "گشایش نمایشگاه دستاوردهای تعاونی‌های استان تهران",
        "نمایشگاه دستاوردهای تعاونی‌های استان با حضور ۸۵ تعاونی تولیدی و خدماتی گشایش یافت.",
        [
            "در این نمایشگاه، تعاونی‌های فرش دستباف، صنایع غذایی، پوشاک و خدمات فنی محصولات و خدمات خود را عرضه می‌کنند.",
            "مدیر کل تعاون، کار و رفاه اجتماعی استان تهران در آیین گشایش گفت: سهم بخش تعاون از اقتصاد استان باید با دسترسی آسان‌تر تعاونی‌ها به تسهیلات بانکی افزایش یابد.",
        ],
    ),
    (
        "job-fair-tehran",
        12,
        10,
        "employment",
        ["نمایشگاه کار", "اشتغال"],
        "نمایشگاه کار استان تهران با عرضه بیش از سه هزار فرصت شغلی",
        "در نمایشگاه کار امسال، ۱۲۰ کارفرما بیش از سه هزار فرصت شغلی را به جویندگان کار عرضه کردند.",
        [
            "جویندگان کار در این نمایشگاه با کارفرمایان گفت‌وگوی رودررو داشتند و مشاوران شغلی مراکز کاریابی، آنان را در نوشتن رزومه و آمادگی برای مصاحبه راهنمایی کردند.",
            "فرصت‌های شغلی نمایشگاه تا یک ماه پس از پایان آن در سامانه کاریابی در دسترس است.",
        ],
    ),
    (
        "winter-inspection-campaign",
        15,
        9,
        "labour-inspection",
        ["بازرسی کار", "حفاظت فنی", "طرح بازرسی"],
        "آغاز طرح ویژه بازرسی از کارگاه‌های ساختمانی در فصل سرما",
        "بازرسان کار استان تهران طرح ویژه بازرسی از کارگاه‌های ساختمانی را با تمرکز بر کار در ارتفاع و گرمایش ایمن آغاز کردند.",
        [
            "در این طرح، ایمنی داربست‌ها، کمربند ایمنی کارگران، وسایل گرمایشی و مسیرهای رفت‌وآمد در کارگاه بررسی می‌شود.",
            "کارگاه‌هایی که خطر جانی فوری داشته باشند، بر پایه ماده ۱۰۵ قانون کار تا رفع خطر تعطیل می‌شوند.",
        ],
    ),
    (
        "unemployment-insurance-electronic",
        18,
        12,
        "social-welfare",
        ["بیمه بیکاری", "خدمات الکترونیک"],
        "ثبت درخواست بیمه بیکاری به طور کامل الکترونیکی شد",
        "متقاضیان بیمه بیکاری از این پس درخواست خود را بدون مراجعه حضوری و از راه سامانه ثبت می‌کنند.",
        [
            "بیمه‌شدگانی که بدون میل و اراده خود بیکار شده‌اند، می‌توانند ظرف ۳۰ روز پس از بیکاری درخواست خود را ثبت کنند.",
            "احراز بیکاری غیرارادی با استعلام از سازمان تأمین اجتماعی و کارفرما انجام می‌شود و نتیجه با پیامک به متقاضی اعلام می‌شود.",
        ],
    ),
    (
        "wage-dispute-mediation",
        24,
        10,
        "labour-relations",
        ["روابط کار", "سازش"],
        "سازش کارگران یک واحد تولیدی با کارفرما با میانجی‌گری اداره کل",
        "اختلاف ۴۰ کارگر یک واحد تولیدی در جنوب تهران با کارفرما بر سر معوقات مزدی با میانجی‌گری کارشناسان روابط کار حل شد.",
        [
            "بر پایه توافق، کارفرما معوقات سه ماه را در دو قسط پرداخت می‌کند و حق بیمه کارگران را نیز به‌روز می‌کند.",
            "کارشناسان روابط کار اجرای توافق را تا پرداخت کامل پیگیری می‌کنند.",
        ],
    ),
    (
        "foreign-nationals-employer-training",
        29,
        11,
        "foreign-nationals",
        ["اتباع خارجی", "آموزش"],
        "کارگاه آموزشی مقررات به کار گیری اتباع خارجی برای کارفرمایان",
        "اداره کل کارگاه آموزشی یک‌روزه‌ای درباره مقررات به کار گیری اتباع خارجی برای کارفرمایان صنایع و پیمانکاران برگزار کرد.",
        [
            "در این کارگاه، مراحل درخواست پروانه کار، مدارک لازم، مدت اعتبار پروانه و پیامدهای به کار گیری غیرمجاز اتباع توضیح داده شد.",
            "کارفرمایان پرسش‌های خود را درباره شغل‌های مجاز برای اتباع مطرح کردند و کارشناسان پاسخ دادند.",
        ],
    ),
    (
        "cooperative-assembly-supervision",
        35,
        10,
        "cooperatives",
        ["مجمع عمومی", "تعاونی"],
        "نظارت بر برگزاری ۴۶ مجمع عمومی تعاونی در ماه گذشته",
        "ناظران اداره کل در ماه گذشته بر برگزاری ۴۶ مجمع عمومی عادی و فوق‌العاده تعاونی‌های استان نظارت کردند.",
        [
            "مجامع عمومی تعاونی‌ها برای انتخاب هیئت مدیره و بازرسان، تصویب صورت‌های مالی و تغییر اساسنامه برگزار می‌شوند و حضور ناظر اداره کل در آن‌ها الزامی است.",
            "تعاونی‌ها باید دست‌کم پانزده روز پیش از برگزاری مجمع، درخواست اعزام ناظر را ثبت کنند.",
        ],
    ),
    (
        "young-entrepreneurs-loans",
        41,
        12,
        "employment",
        ["تسهیلات اشتغال", "کارآفرینی"],
        "معرفی ۳۱۰ متقاضی به تسهیلات اشتغال خانگی و روستایی",
        "اداره کل در سه ماه گذشته ۳۱۰ متقاضی را برای دریافت تسهیلات اشتغال خانگی و روستایی به بانک‌های عامل معرفی کرد.",
        [
            "بیشترین طرح‌ها در رشته‌های صنایع دستی، خیاطی، پرورش قارچ و بسته‌بندی مواد غذایی بوده است.",
            "متقاضیان پس از تأیید طرح در کارگروه شهرستان، با معرفی‌نامه اداره کل به بانک عامل مراجعه می‌کنند.",
        ],
    ),
    (
        "work-accident-statistics",
        47,
        9,
        "labour-inspection",
        ["حوادث کار", "بازرسی کار"],
        "کاهش حوادث ناشی از کار در کارگاه‌های صنعتی استان",
        "شمار حوادث ناشی از کار گزارش‌شده در کارگاه‌های صنعتی استان در شش ماه نخست سال نسبت به سال پیش کمتر شد.",
        [
            "رئیس اداره بازرسی کار این کاهش را نتیجه بازرسی‌های مستمر، آموزش کارگران و تشکیل کمیته‌های حفاظت فنی در کارگاه‌های بزرگ دانست.",
            "سقوط از ارتفاع و برخورد با اجسام همچنان بیشترین سهم را در حوادث ناشی از کار دارند.",
        ],
    ),
    (
        "disabled-employment-support",
        53,
        10,
        "social-welfare",
        ["رفاه اجتماعی", "اشتغال"],
        "همکاری با سازمان بهزیستی برای اشتغال افراد دارای معلولیت",
        "اداره کل و اداره کل بهزیستی استان تهران برای اشتغال افراد دارای معلولیت در کارگاه‌های تولیدی تفاهم‌نامه امضا کردند.",
        [
            "بر پایه این تفاهم‌نامه، کارفرمایانی که افراد دارای معلولیت را استخدام کنند، از حمایت‌های قانونی از جمله پرداخت سهم بیمه کارفرما بهره‌مند می‌شوند.",
            "مراکز کاریابی نیز فهرست جویندگان کار دارای معلولیت را در اختیار کارفرمایان داوطلب قرار می‌دهند.",
        ],
    ),
    (
        "job-classification-approval",
        60,
        11,
        "labour-relations",
        ["طبقه‌بندی مشاغل", "روابط کار"],
        "تأیید طرح طبقه‌بندی مشاغل ۲۸ کارگاه بزرگ استان",
        "طرح طبقه‌بندی مشاغل ۲۸ کارگاه با بیش از پنجاه کارگر در کمیته استانی بررسی و تأیید شد.",
        [
            "کارگاه‌های دارای پنجاه کارگر و بیشتر بر پایه ماده ۴۹ قانون کار باید طرح طبقه‌بندی مشاغل داشته باشند تا مزد هر شغل بر پایه ارزیابی آن تعیین شود.",
            "کارفرمایان می‌توانند درخواست بررسی طرح را از راه میز خدمات الکترونیک ثبت کنند.",
        ],
    ),
    (
        "permit-centre-saturday-hours",
        66,
        8,
        "foreign-nationals",
        ["پروانه کار", "ساعات کاری"],
        "افزایش ساعات پاسخگویی واحد پروانه کار اتباع",
        "واحد پروانه کار اتباع خارجی برای کاهش نوبت‌های انتظار، شنبه‌ها تا ساعت ۱۶ پاسخگوی مراجعان است.",
        [
            "مراجعان پیش از حضور باید از سامانه نوبت بگیرند و اصل مدارک شناسایی و گذرنامه را همراه داشته باشند.",
            "پیگیری وضعیت پرونده بدون مراجعه حضوری نیز از راه سامانه ممکن است.",
        ],
    ),
    (
        "housing-cooperatives-review",
        73,
        10,
        "cooperatives",
        ["تعاونی مسکن", "تعاونی"],
        "بررسی وضعیت تعاونی‌های مسکن نیمه‌تمام استان",
        "کارگروه ویژه اداره کل وضعیت ۱۸ تعاونی مسکن با پروژه‌های نیمه‌تمام را بررسی کرد.",
        [
            "در این بررسی، موانع اداری و مالی هر پروژه فهرست شد و برای هر تعاونی برنامه زمان‌بندی تکمیل تعیین گردید.",
            "اعضای تعاونی‌های مسکن می‌توانند شکایت‌های خود را از راه سامانه ثبت کنند تا در کارگروه بررسی شود.",
        ],
    ),
    (
        "career-guidance-week",
        80,
        9,
        "employment",
        ["مشاوره شغلی", "اشتغال"],
        "هفته مشاوره شغلی رایگان در مراکز کاریابی استان",
        "مراکز کاریابی استان در یک هفته به دانش‌آموختگان دانشگاهی مشاوره شغلی رایگان دادند.",
        [
            "در این هفته، بیش از ۹۰۰ نفر در جلسه‌های مشاوره فردی و کارگاه‌های گروهی مهارت‌های جست‌وجوی کار شرکت کردند.",
            "مشاوره شغلی در همه روزهای کاری سال نیز با گرفتن نوبت در دسترس است.",
        ],
    ),
    (
        "safety-committees-workshop",
        88,
        10,
        "labour-inspection",
        ["کمیته حفاظت فنی", "حفاظت فنی"],
        "آموزش اعضای کمیته‌های حفاظت فنی و بهداشت کار",
        "دوره آموزشی اعضای کمیته‌های حفاظت فنی و بهداشت کار کارگاه‌های بزرگ استان برگزار شد.",
        [
            "در این دوره، شناسایی خطر، ارزیابی ریسک و بررسی ریشه‌ای حوادث ناشی از کار آموزش داده شد.",
            "کارگاه‌های دارای بیست‌وپنج کارگر و بیشتر باید کمیته حفاظت فنی و بهداشت کار تشکیل دهند.",
        ],
    ),
    (
        "retirees-welfare-meeting",
        95,
        11,
        "social-welfare",
        ["بازنشستگان", "رفاه اجتماعی"],
        "نشست هم‌اندیشی درباره خدمات رفاهی بازنشستگان",
        "نشست هم‌اندیشی با حضور نمایندگان کانون‌های بازنشستگان و سازمان تأمین اجتماعی برگزار شد.",
        [
            "در این نشست، دسترسی بازنشستگان به خدمات درمانی، تسهیلات قرض‌الحسنه و برنامه‌های فرهنگی بررسی شد.",
            "پیشنهادهای کانون‌ها برای پیگیری به شورای رفاه استان فرستاده می‌شود.",
        ],
    ),
    (
        "disciplinary-rules-guide",
        103,
        10,
        "labour-relations",
        ["آیین‌نامه انضباطی", "روابط کار"],
        "راهنمای تازه تنظیم آیین‌نامه انضباطی کارگاه منتشر شد",
        "راهنمای تنظیم آیین‌نامه انضباطی کارگاه برای کارفرمایان و نمایندگان کارگران منتشر شد.",
        [
            "این راهنما نمونه بندهای آیین‌نامه، مراحل تصویب در شورای اسلامی کار یا نماینده کارگران و مدارک لازم برای تأیید در اداره کل را توضیح می‌دهد.",
            "آیین‌نامه انضباطی تنها پس از تأیید اداره کار در کارگاه اعتبار دارد.",
        ],
    ),
    (
        "foreign-nationals-inspection",
        110,
        9,
        "foreign-nationals",
        ["اتباع خارجی", "بازرسی کار"],
        "بازرسی مشترک از کارگاه‌های به کار گیرنده اتباع غیرمجاز",
        "بازرسان اداره کل در طرحی مشترک از ۲۴۰ کارگاه در شهرستان‌های استان بازدید کردند.",
        [
            "در این بازدیدها، پروانه کار اتباع شاغل بررسی شد و برای کارگاه‌هایی که اتباع غیرمجاز به کار گرفته بودند، پرونده تخلف تشکیل شد.",
            "کارفرمایان برای اشتغال قانونی اتباع باید پیش از به کار گیری پروانه کار بگیرند.",
        ],
    ),
    (
        "cooperative-bank-agreement",
        118,
        12,
        "cooperatives",
        ["بانک توسعه تعاون", "تسهیلات"],
        "تفاهم‌نامه تأمین مالی تعاونی‌های تولیدی با بانک توسعه تعاون",
        "اداره کل و بانک توسعه تعاون برای تأمین سرمایه در گردش تعاونی‌های تولیدی استان تفاهم‌نامه امضا کردند.",
        [
            "بر پایه این تفاهم‌نامه، تعاونی‌های تولیدی معرفی‌شده از سوی اداره کل در اولویت دریافت تسهیلات سرمایه در گردش قرار می‌گیرند.",
            "تعاونی‌ها درخواست خود را همراه با صورت‌های مالی سال گذشته ثبت می‌کنند.",
        ],
    ),
    (
        "employment-agencies-licences",
        126,
        10,
        "employment",
        ["مؤسسات کاریابی", "مجوز"],
        "صدور مجوز ۱۲ مؤسسه کاریابی تازه در استان",
        "کمیسیون استانی مؤسسات کاریابی مجوز فعالیت ۱۲ مؤسسه کاریابی غیردولتی تازه را تأیید کرد.",
        [
            "مؤسسات کاریابی زیر نظر اداره کل فعالیت می‌کنند و دریافت هر گونه وجه از جویندگان کار بیش از تعرفه مصوب ممنوع است.",
            "شهروندان می‌توانند شکایت خود از مؤسسات کاریابی را از راه «تماس با ما» ثبت کنند.",
        ],
    ),
    (
        "heat-stress-warning",
        140,
        8,
        "labour-inspection",
        ["گرمازدگی", "بهداشت کار"],
        "هشدار درباره کار در هوای گرم و پیشگیری از گرمازدگی",
        "اداره بازرسی کار از کارفرمایان خواست در روزهای گرم، ساعات کار در فضای باز را جابه‌جا کنند و آب و سایه کافی فراهم آورند.",
        [
            "کار سنگین در فضای باز در گرم‌ترین ساعات روز، خطر گرمازدگی را بسیار بالا می‌برد.",
            "بازرسان کار در فصل گرم از کارگاه‌های ساختمانی و کشاورزی بازدید ویژه دارند.",
        ],
    ),
    (
        "support-programmes-coordination",
        150,
        10,
        "social-welfare",
        ["رفاه اجتماعی", "برنامه حمایتی"],
        "هماهنگی دستگاه‌های حمایتی استان در شورای رفاه",
        "شورای رفاه استان برای جلوگیری از هم‌پوشانی برنامه‌های حمایتی، سامانه مشترک شناسایی خانوارهای نیازمند را بررسی کرد.",
        [
            "در این نشست، نمایندگان بهزیستی، کمیته امداد و تأمین اجتماعی درباره تبادل اطلاعات خانوارها به توافق رسیدند.",
            "هدف این هماهنگی، رسیدن کمک به خانوارهای نیازمند بدون مراجعه چندباره به دستگاه‌هاست.",
        ],
    ),
    (
        "new-year-bonus-guide",
        162,
        10,
        "labour-relations",
        ["عیدی و پاداش", "روابط کار"],
        "راهنمای محاسبه عیدی و پاداش پایان سال کارگران",
        "اداره کل راهنمای محاسبه عیدی و پاداش پایان سال کارگران مشمول قانون کار را منتشر کرد.",
        [
            "عیدی و پاداش سالانه برابر شصت روز آخرین مزد است و سقف آن از نود روز حداقل مزد قانونی بیشتر نمی‌شود.",
            "کارگرانی که کمتر از یک سال کار کرده‌اند، به نسبت روزهای کارکرد عیدی می‌گیرند.",
        ],
    ),
    (
        "permit-online-tracking",
        171,
        11,
        "foreign-nationals",
        ["پروانه کار", "خدمات الکترونیک"],
        "پیگیری برخط پرونده‌های پروانه کار اتباع فراهم شد",
        "کارفرمایان و اتباع خارجی می‌توانند وضعیت پرونده پروانه کار را با کد پیگیری از سامانه ببینند.",
        [
            "با این امکان، نیاز به تماس تلفنی یا مراجعه برای آگاهی از مرحله پرونده از میان می‌رود.",
            "در هر مرحله که به مدرک تکمیلی نیاز باشد، پیامک به درخواست‌کننده فرستاده می‌شود.",
        ],
    ),
    (
        "women-cooperatives",
        180,
        10,
        "cooperatives",
        ["تعاونی زنان", "تعاونی"],
        "حمایت از تشکیل تعاونی‌های زنان سرپرست خانوار",
        "اداره کل از تشکیل ۱۴ تعاونی تازه زنان سرپرست خانوار در شهرستان‌های استان پشتیبانی کرد.",
        [
            "این تعاونی‌ها در رشته‌های خیاطی، صنایع دستی و تولید مواد غذایی خانگی فعالیت می‌کنند.",
            "کارشناسان معاونت تعاون در مراحل ثبت، تهیه طرح توجیهی و معرفی به بانک همراه آنان هستند.",
        ],
    ),
    (
        "skills-training-partnership",
        192,
        9,
        "employment",
        ["آموزش فنی و حرفه‌ای", "اشتغال"],
        "همکاری با آموزش فنی و حرفه‌ای برای مهارت‌آموزی جویندگان کار",
        "جویندگان کار معرفی‌شده از مراکز کاریابی در دوره‌های رایگان سازمان آموزش فنی و حرفه‌ای ثبت‌نام می‌شوند.",
        [
            "دوره‌ها بر پایه نیاز کارفرمایان استان در رشته‌هایی مانند جوشکاری، برق صنعتی و حسابداری برگزار می‌شود.",
            "دانش‌آموختگان دوره‌ها در اولویت معرفی به فرصت‌های شغلی قرار می‌گیرند.",
        ],
    ),
    (
        "arduous-jobs-committee",
        205,
        10,
        "labour-inspection",
        ["مشاغل سخت و زیان‌آور", "بازرسی کار"],
        "بررسی ۳۵۰ پرونده در کمیته مشاغل سخت و زیان‌آور",
        "کمیته استانی مشاغل سخت و زیان‌آور در سه ماه گذشته ۳۵۰ پرونده بیمه‌شدگان را بررسی کرد.",
        [
            "بیمه‌شدگانی که شغلشان سخت و زیان‌آور شناخته شود، با شرایط قانونی زودتر بازنشسته می‌شوند.",
            "بازرسان کار پیش از طرح پرونده در کمیته، از محل کار بازدید و شرایط شغل را ارزیابی می‌کنند.",
        ],
    ),
    (
        "welfare-census",
        218,
        11,
        "social-welfare",
        ["رفاه اجتماعی", "بیمه"],
        "گسترش پوشش بیمه‌ای کارگران ساختمانی و صنایع دستی",
        "با پیگیری اداره کل، پوشش بیمه‌ای گروهی از کارگران ساختمانی و هنرمندان صنایع دستی استان گسترش یافت.",
        [
            "متقاضیان پس از احراز شرایط در سامانه، به سازمان تأمین اجتماعی معرفی می‌شوند.",
            "این برنامه بخشی از برنامه گسترش بیمه‌های اجتماعی برای گروه‌های کم‌برخوردار است.",
        ],
    ),
    (
        "labour-councils-elections",
        231,
        10,
        "labour-relations",
        ["تشکل‌های کارگری", "شورای اسلامی کار"],
        "نظارت بر انتخابات شوراهای اسلامی کار و انجمن‌های صنفی",
        "انتخابات شوراهای اسلامی کار و انجمن‌های صنفی کارگری در ۶۰ کارگاه با نظارت اداره کل برگزار شد.",
        [
            "تشکل‌های کارگری و کارفرمایی پس از انتخابات، برای ثبت یا تمدید اعتبار خود درخواست می‌دهند.",
            "هیئت تشخیص صلاحیت نامزدها پیش از انتخابات، شرایط قانونی آنان را بررسی می‌کند.",
        ],
    ),
    (
        "foreign-nationals-guide-update",
        244,
        10,
        "foreign-nationals",
        ["اتباع خارجی", "راهنما"],
        "به‌روزرسانی راهنمای مدارک پروانه کار اتباع خارجی",
        "راهنمای مدارک لازم برای صدور و تمدید پروانه کار اتباع خارجی به‌روز شد.",
        [
            "در راهنمای تازه، فهرست مدارک برای هر گروه از اتباع و نمونه فرم‌های لازم آمده است.",
            "درخواست‌هایی که مدارک کامل داشته باشند، در کوتاه‌ترین زمان بررسی می‌شوند.",
        ],
    ),
    (
        "cooperatives-audit",
        257,
        11,
        "cooperatives",
        ["بازرسی تعاونی", "تعاونی"],
        "آغاز بازرسی دوره‌ای از تعاونی‌های اعتبار و مصرف",
        "بازرسی دوره‌ای از تعاونی‌های اعتبار و مصرف استان برای سنجش سلامت مالی آنان آغاز شد.",
        [
            "بازرسان، دفاتر مالی، صورت‌جلسه‌های مجامع و رعایت اساسنامه را بررسی می‌کنند.",
            "تعاونی‌هایی که تخلف داشته باشند، برای اصلاح فرصت می‌گیرند و در صورت تکرار به مراجع قانونی معرفی می‌شوند.",
        ],
    ),
    (
        "job-fair-universities",
        270,
        10,
        "employment",
        ["نمایشگاه کار", "دانش‌آموختگان"],
        "نمایشگاه کار دانشگاهی با همکاری دانشگاه‌های تهران",
        "نمایشگاه کار دانشگاهی با حضور ۷۰ شرکت دانش‌بنیان و صنعتی برگزار شد.",
        [
            "دانش‌آموختگان رشته‌های فنی و مهندسی بیشترین فرصت‌های شغلی این نمایشگاه را داشتند.",
            "مشاوران شغلی در غرفه اداره کل به پرسش‌های دانشجویان درباره قرارداد کار و بیمه پاسخ دادند.",
        ],
    ),
    (
        "construction-safety-seminar",
        285,
        9,
        "labour-inspection",
        ["حفاظت فنی", "کارگاه ساختمانی"],
        "همایش ایمنی کارگاه‌های ساختمانی با حضور پیمانکاران",
        "همایش ایمنی کارگاه‌های ساختمانی با حضور پیمانکاران، مهندسان ناظر و بازرسان کار برگزار شد.",
        [
            "در این همایش، آیین‌نامه حفاظتی کارگاه‌های ساختمانی و مسئولیت هر یک از طرف‌ها در پیشگیری از حادثه بررسی شد.",
            "بازرسان کار نمونه‌هایی از حوادث سال گذشته و راه‌های پیشگیری از آن‌ها را شرح دادند.",
        ],
    ),
    (
        "social-welfare-day",
        300,
        10,
        "social-welfare",
        ["رفاه اجتماعی", "تأمین اجتماعی"],
        "گرامیداشت هفته تأمین اجتماعی در استان تهران",
        "به مناسبت هفته تأمین اجتماعی، برنامه‌هایی برای آشنایی کارگران با حقوق بیمه‌ای خود برگزار شد.",
        [
            "در این برنامه‌ها، کارشناسان درباره سابقه بیمه، بیمه بیکاری و مستمری بازنشستگی به پرسش‌ها پاسخ دادند.",
            "کارگران می‌توانند سابقه بیمه خود را از راه سامانه سازمان تأمین اجتماعی ببینند.",
        ],
    ),
    (
        "minimum-wage-announcement",
        315,
        10,
        "labour-relations",
        ["حداقل مزد", "روابط کار"],
        "ابلاغ مصوبه حداقل مزد سال جدید به کارگاه‌های استان",
        "مصوبه شورای عالی کار درباره حداقل مزد سال جدید به کارفرمایان و تشکل‌های استان ابلاغ شد.",
        [
            "کارفرمایان باید از آغاز سال، مزد کارگران را بر پایه مصوبه تازه پرداخت کنند.",
            "کارگرانی که مزدی کمتر از حداقل قانونی می‌گیرند، می‌توانند در هیئت‌های تشخیص و حل اختلاف شکایت کنند.",
        ],
    ),
    (
        "nowruz-office-hours",
        330,
        9,
        "employment",
        ["ساعات کاری", "اطلاعیه"],
        "ساعات کاری اداره کل در تعطیلات نوروز",
        "خدمات الکترونیک اداره کل در تعطیلات نوروز بی‌وقفه در دسترس است و واحدهای حضوری از روز ششم فروردین باز می‌شوند.",
        [
            "درخواست‌هایی که در تعطیلات ثبت شوند، از نخستین روز کاری بررسی می‌شوند.",
            "برای کارهای فوری، درخواست خود را از راه «تماس با ما» ثبت کنید.",
        ],
    ),
    (
        "rural-cooperatives",
        345,
        11,
        "cooperatives",
        ["تعاونی روستایی", "تعاونی"],
        "بازدید از تعاونی‌های تولیدی روستایی شهرستان‌های جنوبی",
        "معاون تعاون اداره کل از تعاونی‌های تولیدی روستایی شهرستان‌های جنوبی استان بازدید کرد.",
        [
            "در این بازدید، مشکلات تأمین مواد اولیه و فروش محصولات تعاونی‌ها بررسی شد.",
            "قرار شد تعاونی‌ها در نمایشگاه‌های استانی غرفه رایگان داشته باشند.",
        ],
    ),
    (
        "permit-exemption-rules",
        360,
        10,
        "foreign-nationals",
        ["اتباع خارجی", "مقررات"],
        "توضیح درباره شغل‌های مجاز برای اتباع خارجی",
        "اداره اشتغال اتباع خارجی فهرست شغل‌هایی را که اتباع دارای مدرک اقامتی معتبر می‌توانند در آن‌ها کار کنند، یادآوری کرد.",
        [
            "به کار گیری اتباع در شغل‌های خارج از فهرست مجاز، حتی با داشتن مدرک اقامتی، تخلف است.",
            "کارفرمایان برای آگاهی از جزئیات می‌توانند با واحد اتباع اداره کل تماس بگیرند.",
        ],
    ),
    (
        "inspection-annual-report",
        378,
        10,
        "labour-inspection",
        ["بازرسی کار", "گزارش سالانه"],
        "گزارش سالانه بازرسی کار استان منتشر شد",
        "در سال گذشته بازرسان کار استان از بیش از ۲۵ هزار کارگاه بازدید کردند.",
        [
            "بیشترین موارد نقص در کارگاه‌ها به نبود تجهیزات حفاظت فردی و قرارداد کار کتبی مربوط بوده است.",
            "گزارش کامل در بخش بازرسی کار درگاه در دسترس است.",
        ],
    ),
    (
        "welfare-elderly-programme",
        395,
        10,
        "social-welfare",
        ["سالمندان", "رفاه اجتماعی"],
        "برنامه حمایت از سالمندان تنها در استان تهران",
        "برنامه حمایت از سالمندان تنها با همکاری بهزیستی و شهرداری‌های استان آغاز شد.",
        [
            "در این برنامه، سالمندان تنها شناسایی و به خدمات مراقبت در خانه معرفی می‌شوند.",
            "خانواده‌ها و همسایگان می‌توانند سالمندان نیازمند را به دستگاه‌های حمایتی معرفی کنند.",
        ],
    ),
    (
        "unemployment-insurance-statistics",
        410,
        11,
        "employment",
        ["بیمه بیکاری", "آمار"],
        "پرداخت مقرری بیمه بیکاری به بیش از ۱۸ هزار نفر در استان",
        "در سال گذشته بیش از ۱۸ هزار بیمه‌شده بیکار در استان تهران مقرری بیمه بیکاری دریافت کردند.",
        [
            "مدت دریافت مقرری به سابقه بیمه و وضعیت تأهل بیمه‌شده بستگی دارد.",
            "دریافت‌کنندگان مقرری به دوره‌های مهارت‌آموزی و فرصت‌های شغلی معرفی می‌شوند.",
        ],
    ),
]

# slug -> (title, lead, paragraphs, tags) for the news that also have an English version.
NEWS_EN = {
    "dispute-board-weekly-sessions": (
        "Dispute boards held 214 sessions last week",
        "The province's dispute resolution boards heard 214 cases between workers and employers last week.",
        [
            "Most cases concerned unpaid wages, end-of-year bonuses and severance pay; 63 were settled by agreement at the first session.",
            "Workers and employers can see the date of their hearing in the labour relations system and upload documents beforehand.",
        ],
        ["dispute boards", "labour relations"],
    ),
    "foreign-workers-permit-renewal-reminder": (
        "Reminder: renew foreign nationals' work permits on time",
        "Employers of foreign nationals must apply to renew a work permit before it expires.",
        [
            "Employing a foreign national without a valid work permit is an offence under article 181 of the Labour Law.",
            "Apply at least one month before the permit expires so that the documents can be reviewed in time.",
        ],
        ["work permits", "foreign nationals"],
    ),
    "cooperative-week-exhibition": (
        "Exhibition of the province's cooperatives opens",
        "Eighty-five producer and service cooperatives show their work at the province's cooperatives exhibition.",
        [
            "Hand-woven carpets, food, clothing and technical services are on show.",
            "The Director General said cooperatives need easier access to bank finance to grow their share of the economy.",
        ],
        ["cooperatives", "exhibition"],
    ),
    "job-fair-tehran": (
        "Tehran job fair offers more than 3,000 vacancies",
        "120 employers offered over three thousand vacancies to job seekers at this year's fair.",
        [
            "Careers advisers from the employment agencies helped visitors with CVs and interviews.",
            "The vacancies stay online for a month after the fair.",
        ],
        ["job fair", "employment"],
    ),
    "winter-inspection-campaign": (
        "Winter inspection campaign on construction sites begins",
        "Labour inspectors started a campaign on construction sites focused on work at height and safe heating.",
        [
            "Scaffolding, safety harnesses, heaters and walkways are checked.",
            "Sites with an immediate danger to life are closed until it is removed, under article 105 of the Labour Law.",
        ],
        ["labour inspection", "occupational safety"],
    ),
    "unemployment-insurance-electronic": (
        "Unemployment insurance claims are now fully online",
        "Applicants for unemployment insurance now file their claim online, without visiting an office.",
        [
            "Insured people who lost their job involuntarily can apply within 30 days.",
            "Involuntary unemployment is checked with the Social Security Organization and the employer; the result is sent by SMS.",
        ],
        ["unemployment insurance", "e-services"],
    ),
    "job-classification-approval": (
        "Job classification schemes of 28 large workplaces approved",
        "The provincial committee reviewed and approved the job classification schemes of 28 workplaces with more than fifty workers.",
        [
            "Under article 49 of the Labour Law, workplaces with fifty or more workers need a job classification scheme.",
            "Employers can apply for a review through the Electronic Services Desk.",
        ],
        ["job classification", "labour relations"],
    ),
    "inspection-annual-report": (
        "Annual labour inspection report published",
        "Labour inspectors visited more than 25,000 workplaces in the province last year.",
        [
            "Missing personal protective equipment and missing written contracts were the most common shortcomings.",
            "The full report is in the labour inspection section of the portal.",
        ],
        ["labour inspection", "annual report"],
    ),
    "wage-dispute-mediation": (
        "Directorate mediates a wage settlement at a factory",
        "A dispute over unpaid wages between 40 workers of a factory in south Tehran and their employer was "
        "settled with the help of the directorate's labour relations officers.",
        [
            "Under the agreement, the employer pays three months of arrears in two instalments and brings the "
            "workers' insurance contributions up to date.",
            "Labour relations officers will follow the agreement until everything has been paid.",
        ],
        ["labour relations", "settlement"],
    ),
    "cooperative-assembly-supervision": (
        "Supervisors attended 46 cooperative general assemblies last month",
        "The directorate's supervisors attended 46 ordinary and extraordinary general assemblies of the "
        "province's cooperatives last month.",
        [
            "General assemblies elect the board and the inspectors, approve the accounts and amend the articles; "
            "a supervisor from the directorate must attend.",
            "Cooperatives should ask for a supervisor at least fifteen days before the assembly.",
        ],
        ["general assembly", "cooperatives"],
    ),
    "work-accident-statistics": (
        "Fewer work accidents in the province's industrial workplaces",
        "Fewer work accidents were reported in the province's industrial workplaces in the first six months of the "
        "year than a year earlier.",
        [
            "The head of labour inspection put the fall down to regular inspections, training for workers and "
            "safety committees in large workplaces.",
            "Falls from height and being struck by objects are still the most common causes of work accidents.",
        ],
        ["work accidents", "labour inspection"],
    ),
    "heat-stress-warning": (
        "Warning on working in hot weather and preventing heat stroke",
        "The labour inspection office asked employers to move outdoor work away from the hottest hours and to "
        "provide enough water and shade.",
        [
            "Heavy outdoor work in the hottest hours of the day greatly raises the risk of heat stroke.",
            "Labour inspectors make special visits to construction sites and farms in the hot season.",
        ],
        ["heat stroke", "occupational health"],
    ),
    "new-year-bonus-guide": (
        "Guide to calculating workers' end-of-year bonus",
        "The directorate has published a guide to calculating the end-of-year bonus of workers covered by the "
        "Labour Law.",
        [
            "The yearly bonus equals sixty days of the last wage and may not exceed ninety days of the legal "
            "minimum wage.",
            "Workers who have worked for less than a year receive a bonus in proportion to the days they worked.",
        ],
        ["end-of-year bonus", "labour relations"],
    ),
    "permit-online-tracking": (
        "Work permit cases can now be tracked online",
        "Employers and foreign nationals can see the status of a work permit case online with its tracking code.",
        [
            "There is no longer any need to call or visit to find out which stage a case has reached.",
            "Whenever a further document is needed, the applicant receives an SMS.",
        ],
        ["work permits", "e-services"],
    ),
    "minimum-wage-announcement": (
        "New minimum wage notified to the province's workplaces",
        "The Supreme Labour Council's decision on the new year's minimum wage has been notified to employers and "
        "associations in the province.",
        [
            "Employers must pay wages at the new rates from the start of the year.",
            "Workers paid less than the legal minimum can complain to the dispute boards.",
        ],
        ["minimum wage", "labour relations"],
    ),
}

# (slug, starts in days (negative: in the past), lasts days, importance, pinned, domain, title, summary, paragraphs)
NOTICES = [
    (
        "dispute-board-hearing-schedule",
        -3,
        30,
        "important",
        True,
        "labour-relations",
        "برنامه جلسه‌های هیئت‌های حل اختلاف در ماه جاری",
        "جلسه‌های هیئت‌های حل اختلاف شعبه‌های مرکز استان در ماه جاری روزهای شنبه تا سه‌شنبه برگزار می‌شود.",
        [
            "طرفین پرونده زمان دقیق جلسه خود را از سامانه جامع روابط کار ببینند. حضور به موقع طرفین یا نماینده قانونی آنان الزامی است."
        ],
    ),
    (
        "work-permit-documents-deadline",
        -10,
        45,
        "important",
        False,
        "foreign-nationals",
        "مهلت تکمیل مدارک پرونده‌های پروانه کار اتباع",
        "متقاضیانی که پرونده پروانه کار آنان نقص مدرک دارد، تا پایان ماه برای تکمیل مدارک فرصت دارند.",
        ["پرونده‌هایی که تا پایان مهلت تکمیل نشوند، بایگانی می‌شوند و متقاضی باید درخواست تازه ثبت کند."],
    ),
    (
        "cooperative-assembly-observer-requests",
        -7,
        60,
        "normal",
        False,
        "cooperatives",
        "درخواست اعزام ناظر به مجامع عمومی تعاونی‌ها",
        "تعاونی‌ها درخواست اعزام ناظر به مجمع عمومی را دست‌کم پانزده روز پیش از برگزاری مجمع ثبت کنند.",
        ["مجامعی که بدون حضور ناظر اداره کل برگزار شوند، اعتبار قانونی ندارند."],
    ),
    (
        "job-fair-registration",
        -5,
        20,
        "normal",
        False,
        "employment",
        "ثبت‌نام کارفرمایان در نمایشگاه کار استان",
        "کارفرمایانی که می‌خواهند در نمایشگاه کار استان غرفه داشته باشند، تا پایان مهلت ثبت‌نام کنند.",
        ["غرفه‌ها رایگان است و به ترتیب ثبت‌نام واگذار می‌شود."],
    ),
    (
        "heating-safety-reminder",
        -12,
        40,
        "normal",
        False,
        "labour-inspection",
        "یادآوری ایمنی وسایل گرمایشی در کارگاه‌ها",
        "کارفرمایان پیش از فصل سرما دودکش‌ها و وسایل گرمایشی کارگاه را بازبینی کنند.",
        [
            "گازگرفتگی با مونوکسید کربن در فصل سرما از علت‌های حوادث ناشی از کار است. نصب هشداردهنده گاز در کارگاه‌های سرپوشیده توصیه می‌شود."
        ],
    ),
    (
        "unemployment-insurance-documents",
        -20,
        90,
        "normal",
        False,
        "social-welfare",
        "مدارک لازم برای ثبت درخواست بیمه بیکاری",
        "فهرست مدارک لازم برای ثبت درخواست بیمه بیکاری به‌روز شد.",
        ["متقاضیان پیش از ثبت درخواست، کارت ملی، شماره حساب بانکی و نامه پایان کار را آماده کنند."],
    ),
    (
        "new-year-bonus-deadline",
        6,
        30,
        "important",
        False,
        "labour-relations",
        "مهلت پرداخت عیدی و پاداش پایان سال",
        "کارفرمایان عیدی و پاداش پایان سال کارگران را پیش از پایان سال پرداخت کنند.",
        ["کارگران می‌توانند در صورت پرداخت نشدن عیدی، شکایت خود را در هیئت‌های تشخیص ثبت کنند."],
    ),
    (
        "nowruz-office-hours-notice",
        14,
        20,
        "normal",
        False,
        "",
        "ساعات کاری واحدهای حضوری در تعطیلات نوروز",
        "واحدهای حضوری اداره کل در تعطیلات نوروز بسته‌اند و خدمات الکترونیک در دسترس است.",
        ["درخواست‌هایی که در تعطیلات ثبت شوند، از نخستین روز کاری بررسی می‌شوند."],
    ),
    (
        "safety-officer-exam",
        9,
        25,
        "normal",
        False,
        "labour-inspection",
        "ثبت‌نام آزمون مسئولان ایمنی کارگاه‌ها",
        "ثبت‌نام آزمون صلاحیت مسئولان ایمنی کارگاه‌های ساختمانی به زودی آغاز می‌شود.",
        ["داوطلبان باید گواهی دوره آموزشی حفاظت فنی را داشته باشند."],
    ),
    (
        "summer-working-hours",
        -120,
        60,
        "normal",
        False,
        "",
        "ساعات کاری تابستانی اداره کل",
        "ساعات کاری اداره کل در تابستان از ۶ تا ۱۳ بود.",
        ["ساعات کاری عادی از آغاز مهر برقرار شد."],
    ),
    (
        "cooperative-loans-call",
        -90,
        30,
        "important",
        False,
        "cooperatives",
        "فراخوان تسهیلات سرمایه در گردش تعاونی‌ها",
        "فراخوان معرفی تعاونی‌های تولیدی به بانک توسعه تعاون برای تسهیلات سرمایه در گردش.",
        ["این فراخوان به پایان رسیده است."],
    ),
    (
        "permit-centre-closure",
        -60,
        2,
        "urgent",
        False,
        "foreign-nationals",
        "تعطیلی یک‌روزه واحد پروانه کار اتباع",
        "واحد پروانه کار اتباع خارجی به علت جابه‌جایی دفتر یک روز تعطیل بود.",
        ["نوبت‌های آن روز به روزهای بعد منتقل شد."],
    ),
    (
        "labour-councils-election-calendar",
        -45,
        21,
        "normal",
        False,
        "labour-relations",
        "جدول زمانی انتخابات شوراهای اسلامی کار",
        "جدول زمانی ثبت‌نام نامزدها و برگزاری انتخابات شوراهای اسلامی کار اعلام شد.",
        ["کارگاه‌هایی که دوره شورای آنان پایان یافته است، باید انتخابات را در همین بازه برگزار کنند."],
    ),
    (
        "job-fair-visitor-guide",
        -30,
        7,
        "normal",
        False,
        "employment",
        "راهنمای بازدیدکنندگان نمایشگاه کار",
        "بازدید از نمایشگاه کار برای جویندگان کار رایگان بود و رزومه چاپی همراه داشتند.",
        ["فرصت‌های شغلی نمایشگاه در سامانه کاریابی در دسترس است."],
    ),
    (
        "heat-wave-work-hours",
        -150,
        30,
        "urgent",
        False,
        "labour-inspection",
        "کاهش ساعات کار در فضای باز در روزهای گرم",
        "در روزهای بسیار گرم، کار در فضای باز از ساعت ۱۱ تا ۱۶ ممنوع بود.",
        ["بازرسان کار بر اجرای این دستور نظارت داشتند."],
    ),
]

# The outage notice: an outage must name its date and stay on the board until it is over, so its
# date is worked out when the demo is seeded (the next Thursday at least `days_ahead` days away,
# `hours` in the site's time zone) and written into the texts with the site's date format:
# {date} is the Jalali date with its weekday on the Persian page, the Gregorian one on /en/;
# {start} and {end} are the hours. The notice is shown from `announced_days_before` the outage
# day until the outage ends.
OUTAGE_NOTICE = {
    "slug": "system-maintenance-window",
    "weekday": 3,  # Thursday (Python's weekday(): Monday is 0)
    "days_ahead": 2,
    "hours": (1, 5),
    "announced_days_before": 8,
    "importance": "urgent",
    "pinned": True,
    "fa": (
        "قطع موقت سامانه‌های الکترونیک برای به‌روزرسانی",
        "سامانه‌های الکترونیک اداره کل بامداد {date} از ساعت {start} تا {end} برای به‌روزرسانی در دسترس نیستند.",
        ["درخواست‌هایی که پیش از این زمان ثبت شده‌اند، محفوظ‌اند و پس از به‌روزرسانی پیگیری می‌شوند."],
    ),
    "en": (
        "Electronic services briefly unavailable for an update",
        "The directorate's electronic services are unavailable on {date} from {start} to {end} for an update.",
        ["Requests filed before then are kept and followed up after the update."],
    ),
}

NOTICES_EN = {
    "dispute-board-hearing-schedule": (
        "Dispute board hearings this month",
        "Hearings of the dispute resolution boards in the provincial centre take place Saturday to Tuesday this month.",
        ["Both parties can see the exact time of their hearing in the labour relations system."],
    ),
    "summer-working-hours": (
        "Summer office hours",
        "Office hours were 06:00 to 13:00 during the summer.",
        ["Normal office hours resumed at the start of autumn."],
    ),
}


# The pages this app puts under the home page: slug -> (Persian texts, English texts).
HOME_CHILDREN = {
    "news": (
        {
            "title": "اخبار",
            "summary": "اخبار اداره کل تعاون، کار و رفاه اجتماعی استان تهران.",
            "intro": "تازه‌ترین اخبار اداره کل را بخوانید یا بایگانی اخبار را بر پایه ماه، بخش یا برچسب مرور کنید.",
            "search_description": "اخبار اداره کل تعاون، کار و رفاه اجتماعی استان تهران",
        },
        {
            "title": "News",
            "summary": "News of the Tehran Province General Directorate of Cooperatives, Labour and Social Welfare.",
            "intro": "Read the latest news of the directorate, or browse the archive by month, section or tag.",
            "search_description": "News of the Tehran Labour Directorate",
        },
    ),
    "notices": (
        {
            "title": "تابلوی اعلانات",
            "summary": "اطلاعیه‌های جاری اداره کل: مهلت‌ها، تغییر ساعات کاری و برنامه جلسه‌ها.",
            "intro": "اطلاعیه‌های جاری اداره کل در این تابلو می‌آیند و پس از پایان اعتبار به بایگانی اعلانات می‌روند.",
        },
        {
            "title": "Notice board",
            "summary": "Current notices of the directorate: deadlines, changes to office hours and hearing schedules.",
            "intro": "Current notices are shown here; once they expire they move to the notice archive.",
        },
    ),
}
