"""Demo texts of the tenders app: 14 notices with their documents and amendments.

Every date is relative to the moment the notices are created (`at`), so the demo always has
open, upcoming and finished notices.
"""

import datetime

from django.utils import timezone

from ..choices import DocumentType, GuaranteeForm, Kind, Method, Outcome, Stages

CONTACT = "دبیرخانه کمیسیون معاملات اداره کل، تلفن ۰۲۱-۰۰۰۰۰۰۰۰ (نمونه)، ایمیل tenders@example.ir"
# English titles of the notices' documents (the files themselves are in Persian).
DOCUMENT_TITLES_EN = {
    "اسناد مناقصه خدمات نظافت و نگهداری": "Bidding documents: cleaning and maintenance services (in Persian)",
    "پیش‌نویس قرارداد خدمات نظافت": "Draft contract for cleaning services (in Persian)",
    "مشخصات فنی تجهیزات رایانه‌ای": "Technical specifications of the computer equipment (in Persian)",
    "فهرست خودروها و قیمت پایه": "List of vehicles and reserve prices (in Persian)",
    "شرایط ارزیابی کیفی پیمانکاران": "Contractor qualification criteria (in Persian)",
    "پاسخ به پرسش‌های مرحله نخست": "Answers to the first round of questions (in Persian)",
    "فهرست مسیرها و ساعات ایاب‌وذهاب": "Staff transport routes and times (in Persian)",
}
OPENING_PLACE = "سالن جلسات طبقه سوم ساختمان مرکزی اداره کل"
ELIGIBILITY = (
    "<p>داشتن شخصیت حقوقی ثبت‌شده در ایران و کد اقتصادی معتبر.</p>"
    "<p>ارائه تضمین شرکت در فرایند ارجاع کار به مبلغ و شکل اعلام‌شده.</p>"
    "<p>نداشتن منع قانونی برای شرکت در معاملات دولتی.</p>"
)
ELIGIBILITY_EN = (
    "<p>A legal entity registered in Iran with a valid economic code.</p>"
    "<p>A bid guarantee of the amount and form stated in the notice.</p>"
    "<p>No legal bar to taking part in public procurement.</p>"
)


def at(days=0, hours=0, hour=None):
    """A moment relative to now; with `hour`, at that full hour of the local day."""
    moment = timezone.localtime() + datetime.timedelta(days=days, hours=hours)
    if hour is not None:
        moment = moment.replace(hour=hour, minute=0, second=0, microsecond=0)
    else:
        moment = moment.replace(minute=0, second=0, microsecond=0)
    return moment


def para(*texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def notices():
    """The demo notices, each a dict of page fields plus amendments, documents and English."""
    return [
        {
            "slug": "cleaning-services-1405",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "T-1405-011",
            "title": "مناقصه عمومی واگذاری خدمات نظافت و نگهداری ساختمان‌های اداره کل",
            "subject": "نظافت روزانه، نگهداری تأسیسات و فضای سبز ساختمان مرکزی و سه ساختمان وابسته به مدت یک سال",
            "summary": "واگذاری خدمات نظافت و نگهداری چهار ساختمان اداره کل به پیمانکار دارای صلاحیت، برای یک سال.",
            "department": "director-office",
            "description": para(
                "اداره کل تعاون، کار و رفاه اجتماعی استان تهران در نظر دارد خدمات نظافت، نگهداری تأسیسات "
                "و فضای سبز ساختمان مرکزی و سه ساختمان وابسته را از راه مناقصه عمومی یک‌مرحله‌ای به "
                "پیمانکار دارای صلاحیت واگذار کند.",
                "شمار نیروهای مورد نیاز، ساعات کار و فهرست تجهیزات در اسناد مناقصه آمده است. بازدید از "
                "ساختمان‌ها با هماهنگی دبیرخانه کمیسیون معاملات امکان‌پذیر است.",
            ),
            "estimated_value": 18_500_000_000,
            "guarantee_amount": 925_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(-5, hour=8),
            "documents_until": at(6, hour=14),
            "enquiry_deadline": at(4, hour=14),
            "submission_deadline": at(9, hour=14),
            "opening_at": at(10, hour=10),
            "amendments": [
                {
                    "issued_at": at(-2, hour=11),
                    "text": "به درخواست شرکت‌کنندگان برای بازدید از ساختمان‌ها، مهلت دریافت اسناد، ارسال "
                    "پیشنهاد و تاریخ گشایش پاکت‌ها سه روز تمدید شد.",
                    "new_documents_until": at(9, hour=14),
                    "new_submission_deadline": at(12, hour=14),
                    "new_opening_at": at(13, hour=10),
                }
            ],
            "documents": [
                ("اسناد مناقصه خدمات نظافت و نگهداری", DocumentType.BIDDING, "cleaning-bidding-documents"),
                ("پیش‌نویس قرارداد خدمات نظافت", DocumentType.CONTRACT_DRAFT, "cleaning-contract-draft"),
            ],
            "en": {
                "title": "Public tender: cleaning and maintenance services for the directorate's buildings",
                "subject": "Daily cleaning, building services and grounds upkeep of the head office and three "
                "other buildings for one year",
                "summary": "Cleaning and maintenance of the directorate's four buildings, contracted for one year.",
                "description": para(
                    "The directorate invites qualified contractors to bid for the cleaning, building "
                    "services and grounds upkeep of its head office and three other buildings for one year.",
                    "Staffing, working hours and equipment are set out in the bidding documents.",
                ),
                "contact": "Commission of transactions secretariat, tel. 021-00000000 (sample), tenders@example.ir",
                "opening_place": "Meeting room, third floor, head office",
            },
        },
        {
            "slug": "it-equipment-service-desk",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "T-1405-012",
            "title": "مناقصه خرید تجهیزات رایانه‌ای برای میز خدمت اداره کل",
            "subject": "خرید ۴۰ دستگاه رایانه رومیزی، ۱۰ چاپگر و ۶ دستگاه اسکنر برای میز خدمت حضوری",
            "summary": "خرید رایانه، چاپگر و اسکنر برای میز خدمت حضوری و دفاتر پذیرش اداره کل.",
            "department": "director-office",
            "description": para(
                "برای نوسازی تجهیزات میز خدمت حضوری، اقلام زیر با مشخصات فنی پیوست خریداری می‌شود: "
                "۴۰ دستگاه رایانه رومیزی، ۱۰ دستگاه چاپگر لیزری و ۶ دستگاه اسکنر اسناد.",
                "کالاها باید نو، دارای گارانتی معتبر دست‌کم دوساله و شناسه کالا باشند.",
            ),
            "estimated_value": 9_800_000_000,
            "guarantee_amount": 490_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(-3, hour=8),
            "documents_until": at(1, hour=14),
            "enquiry_deadline": at(1, hour=12),
            "submission_deadline": at(2, hours=5),
            "opening_at": at(3, hour=10),
            "documents": [
                ("مشخصات فنی تجهیزات رایانه‌ای", DocumentType.SPECIFICATIONS, "it-equipment-specifications"),
            ],
        },
        {
            "slug": "surplus-vehicles-auction",
            "kind": Kind.AUCTION,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "A-1405-004",
            "title": "مزایده عمومی فروش خودروهای مازاد اداره کل",
            "subject": "فروش شش دستگاه خودروی سواری و وانت مازاد بر نیاز، به صورت یکجا یا تک‌تک",
            "summary": "شش خودروی مازاد اداره کل با قیمت پایه کارشناسی به مزایده گذاشته می‌شود.",
            "department": "director-office",
            "description": para(
                "اداره کل در نظر دارد شش دستگاه خودروی سواری و وانت مازاد بر نیاز خود را از راه مزایده "
                "عمومی بفروشد. قیمت پایه هر خودرو بر پایه نظر کارشناس رسمی دادگستری تعیین شده است.",
                "بازدید از خودروها در روزهای کاری از ساعت ۹ تا ۱۳ در پارکینگ ساختمان مرکزی امکان‌پذیر است.",
            ),
            "estimated_value": 7_200_000_000,
            "guarantee_amount": 360_000_000,
            "guarantee_form": GuaranteeForm.CASH_DEPOSIT,
            "documents_from": at(-4, hour=8),
            "documents_until": at(5, hour=14),
            "submission_deadline": at(6, hour=14),
            "opening_at": at(7, hour=10),
            "documents": [
                ("فهرست خودروها و قیمت پایه", DocumentType.BIDDING, "vehicles-list"),
            ],
            "en": {
                "title": "Public auction: sale of the directorate's surplus vehicles",
                "subject": "Sale of six surplus cars and pick-up trucks, together or one by one",
                "summary": "Six surplus vehicles are auctioned at a base price set by a certified appraiser.",
                "description": para(
                    "The directorate is selling six surplus cars and pick-up trucks by public auction. "
                    "The base price of each vehicle was set by a certified appraiser.",
                ),
                "contact": "Commission of transactions secretariat, tel. 021-00000000 (sample), tenders@example.ir",
                "opening_place": "Meeting room, third floor, head office",
            },
        },
        {
            "slug": "labour-inspection-office-renovation",
            "kind": Kind.TENDER,
            "procurement_method": Method.LIMITED,
            "stages": Stages.TWO,
            "reference_number": "T-1405-013",
            "title": "مناقصه محدود دومرحله‌ای بازسازی و مقاوم‌سازی ساختمان اداره بازرسی کار",
            "subject": "بازسازی، مقاوم‌سازی لرزه‌ای و نوسازی تأسیسات ساختمان اداره بازرسی کار",
            "summary": "بازسازی و مقاوم‌سازی ساختمان اداره بازرسی کار، با ارزیابی فنی پیش از گشایش پیشنهاد مالی.",
            "department": "labour-inspection",
            "description": para(
                "این مناقصه میان پیمانکاران دارای رتبه ابنیه که در فراخوان ارزیابی کیفی پذیرفته شده‌اند "
                "برگزار می‌شود. پیشنهاد فنی و مالی در دو پاکت جداگانه ارسال می‌شود و پاکت مالی تنها برای "
                "پیشنهادهای پذیرفته‌شده در ارزیابی فنی گشوده می‌شود.",
            ),
            "eligibility": ELIGIBILITY + "<p>داشتن دست‌کم رتبه ۳ ابنیه و پذیرفته‌شدن در ارزیابی کیفی.</p>",
            "estimated_value": 42_000_000_000,
            "guarantee_amount": 2_100_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(-6, hour=8),
            "documents_until": at(10, hour=14),
            "enquiry_deadline": at(12, hour=14),
            "submission_deadline": at(20, hour=14),
            "opening_at": at(21, hour=10),
            "amendments": [
                {
                    "issued_at": at(-1, hour=9),
                    "text": "با توجه به پرسش‌های رسیده درباره نقشه‌های سازه، مهلت طرح پرسش دو روز تمدید شد. "
                    "نقشه‌های اصلاحی به اسناد افزوده شد.",
                    "new_enquiry_deadline": at(14, hour=14),
                }
            ],
            "documents": [
                ("شرایط ارزیابی کیفی پیمانکاران", DocumentType.ELIGIBILITY, "renovation-eligibility"),
                ("پاسخ به پرسش‌های مرحله نخست", DocumentType.CLARIFICATIONS, "renovation-clarifications"),
            ],
            "en": {
                "title": "Limited two-stage tender: renovation and strengthening of the labour inspection office",
                "subject": "Renovation, seismic strengthening and new building services for the labour "
                "inspection office",
                "summary": "Renovation of the labour inspection office; technical bids are assessed before "
                "financial bids are opened.",
                "description": para(
                    "Open to pre-qualified building contractors. Technical and financial offers are sent in "
                    "separate envelopes; financial offers are opened only for technically accepted bids.",
                ),
                "contact": "Commission of transactions secretariat, tel. 021-00000000 (sample), tenders@example.ir",
                "opening_place": "Meeting room, third floor, head office",
            },
        },
        {
            "slug": "safety-guides-printing",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "T-1405-014",
            "title": "مناقصه چاپ و توزیع راهنمای ایمنی و بهداشت کار برای کارگاه‌های کوچک",
            "subject": "چاپ ۲۰ هزار نسخه راهنمای ایمنی و بهداشت کار و توزیع آن در کارگاه‌های کوچک استان",
            "summary": "چاپ و توزیع راهنمای مصور ایمنی و بهداشت کار برای کارگاه‌های زیر ده نفر.",
            "department": "labour-inspection",
            "description": para(
                "راهنمای مصور ایمنی و بهداشت کار در ۴۸ صفحه رنگی، در ۲۰ هزار نسخه چاپ و از راه ادارات "
                "تعاون، کار و رفاه اجتماعی شهرستان‌ها به کارگاه‌های کوچک استان رسانده می‌شود.",
            ),
            "estimated_value": 3_100_000_000,
            "guarantee_amount": 155_000_000,
            "guarantee_form": GuaranteeForm.CERTIFIED_CHEQUE,
            "documents_from": at(-8, hour=8),
            "submission_deadline": at(hours=16),
            "opening_at": at(2, hour=10),
        },
        {
            "slug": "network-support-services",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.TWO,
            "reference_number": "T-1405-015",
            "title": "مناقصه خدمات پشتیبانی شبکه و سامانه‌های اداره کل",
            "subject": "پشتیبانی و نگهداری شبکه، کارسازها و سامانه‌های نوبت‌دهی و پیشخوان اداره کل به مدت یک سال",
            "summary": "پشتیبانی یک‌ساله شبکه و سامانه‌های اداره کل؛ اسناد از هفته آینده در دسترس است.",
            "department": "director-office",
            "estimated_value": 12_600_000_000,
            "guarantee_amount": 630_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(3, hour=8),
            "documents_until": at(13, hour=14),
            "enquiry_deadline": at(11, hour=14),
            "submission_deadline": at(18, hour=14),
            "opening_at": at(19, hour=10),
        },
        {
            "slug": "cafeteria-lease-auction",
            "kind": Kind.AUCTION,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "A-1405-005",
            "title": "مزایده اجاره بوفه و غذاخوری ساختمان مرکزی",
            "subject": "اجاره یک‌ساله بوفه و غذاخوری ساختمان مرکزی برای ارائه خدمات به کارکنان و مراجعان",
            "summary": "اجاره بوفه و غذاخوری ساختمان مرکزی؛ اسناد از پنج روز دیگر عرضه می‌شود.",
            "department": "director-office",
            "estimated_value": 1_440_000_000,
            "guarantee_amount": 72_000_000,
            "guarantee_form": GuaranteeForm.CASH_DEPOSIT,
            "documents_from": at(5, hour=8),
            "submission_deadline": at(20, hour=14),
            "opening_at": at(21, hour=10),
        },
        {
            "slug": "staff-transport-services",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "T-1405-009",
            "title": "مناقصه تأمین خدمات ایاب‌وذهاب کارکنان",
            "subject": "تأمین ۱۲ دستگاه خودرو با راننده برای ایاب‌وذهاب کارکنان در مسیرهای تعیین‌شده",
            "summary": "ایاب‌وذهاب کارکنان اداره کل در دوازده مسیر؛ مهلت ارسال پیشنهاد پایان یافته است.",
            "department": "director-office",
            "estimated_value": 15_000_000_000,
            "guarantee_amount": 750_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(-20, hour=8),
            "documents_until": at(-6, hour=14),
            "submission_deadline": at(-1, hour=14),
            "opening_at": at(2, hour=10),
            "documents": [
                ("فهرست مسیرها و ساعات ایاب‌وذهاب", DocumentType.SPECIFICATIONS, "transport-routes"),
            ],
        },
        {
            "slug": "job-skills-training-courses",
            "kind": Kind.TENDER,
            "procurement_method": Method.LIMITED,
            "stages": Stages.TWO,
            "reference_number": "T-1405-008",
            "title": "مناقصه برگزاری دوره‌های آموزش مهارت‌های شغلی برای کارجویان",
            "subject": "برگزاری ۳۰ دوره آموزش مهارت‌های شغلی و کسب‌وکار برای کارجویان معرفی‌شده از مراکز کاریابی",
            "summary": "آموزش مهارت‌های شغلی کارجویان؛ پاکت‌ها گشوده شده و ارزیابی در جریان است.",
            "department": "employment",
            "estimated_value": 6_000_000_000,
            "guarantee_amount": 300_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(-30, hour=8),
            "submission_deadline": at(-9, hour=14),
            "opening_at": at(-7, hour=10),
        },
        {
            "slug": "queue-management-system",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "T-1405-006",
            "title": "مناقصه خرید و نصب سامانه نوبت‌دهی سالن مراجعان",
            "subject": "خرید، نصب و راه‌اندازی سامانه نوبت‌دهی و نمایشگرهای سالن مراجعان ساختمان مرکزی",
            "summary": "سامانه نوبت‌دهی سالن مراجعان؛ برنده مناقصه اعلام شد.",
            "department": "director-office",
            "estimated_value": 4_500_000_000,
            "guarantee_amount": 225_000_000,
            "guarantee_form": GuaranteeForm.BANK_GUARANTEE,
            "documents_from": at(-60, hour=8),
            "submission_deadline": at(-40, hour=14),
            "opening_at": at(-38, hour=10),
            "outcome": Outcome.AWARDED,
            "winner": "شرکت نمونه فناوران (نام نمونه)",
            "awarded_amount": 4_180_000_000,
            "en": {
                "title": "Tender: purchase and installation of a queue management system",
                "subject": "Purchase, installation and set-up of the queue management system and displays of "
                "the head office's visitors' hall",
                "summary": "Queue management system for the visitors' hall; the winner has been announced.",
                "description": "",
                "contact": "Commission of transactions secretariat, tel. 021-00000000 (sample), tenders@example.ir",
                "opening_place": "",
                "winner": "Nemouneh Fanavaran Co. (sample name)",
            },
        },
        {
            "slug": "scrap-and-surplus-furniture-auction",
            "kind": Kind.AUCTION,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "A-1405-002",
            "title": "مزایده فروش اقلام اسقاط و اثاثیه مازاد اداری",
            "subject": "فروش یکجای اثاثیه اداری فرسوده، رایانه‌های اسقاط و فلزات ضایعاتی انبار اداره کل",
            "summary": "اقلام اسقاط انبار اداره کل فروخته شد.",
            "department": "director-office",
            "estimated_value": 850_000_000,
            "guarantee_amount": 42_500_000,
            "guarantee_form": GuaranteeForm.CASH_DEPOSIT,
            "documents_from": at(-50, hour=8),
            "submission_deadline": at(-35, hour=14),
            "opening_at": at(-34, hour=10),
            "outcome": Outcome.AWARDED,
            "winner": "خریدار نمونه (نام نمونه)",
            "awarded_amount": 1_020_000_000,
        },
        {
            "slug": "office-furniture-counties",
            "kind": Kind.TENDER,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "T-1405-007",
            "title": "مناقصه خرید مبلمان اداری برای ادارات شهرستان‌ها",
            "subject": "خرید میز، صندلی و کمد اداری برای ادارات تعاون، کار و رفاه اجتماعی شهرستان‌های استان",
            "summary": "این مناقصه لغو شد.",
            "department": "director-office",
            "estimated_value": 5_300_000_000,
            "documents_from": at(-25, hour=8),
            "submission_deadline": at(-12, hour=14),
            "opening_at": at(-11, hour=10),
            "outcome": Outcome.CANCELLED,
            "cancellation_reason": "به دلیل تغییر در اعتبارات مصوب، مناقصه لغو شد و پس از تأمین اعتبار دوباره آگهی "
            "می‌شود. تضمین‌های شرکت‌کنندگان بازگردانده می‌شود.",
        },
        {
            "slug": "advertising-space-lease-auction",
            "kind": Kind.AUCTION,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "A-1405-003",
            "title": "مزایده اجاره فضای تبلیغاتی نمای ساختمان مرکزی",
            "subject": "اجاره یک‌ساله تابلوی تبلیغاتی نمای ساختمان مرکزی برای آگهی‌های فرهنگی و خدمات عمومی",
            "summary": "مزایده بدون پیشنهاد پذیرفتنی پایان یافت.",
            "department": "public-relations",
            "estimated_value": 600_000_000,
            "documents_from": at(-40, hour=8),
            "submission_deadline": at(-20, hour=14),
            "opening_at": at(-19, hour=10),
            "outcome": Outcome.UNSUCCESSFUL,
            "cancellation_reason": "هیچ پیشنهادی به قیمت پایه نرسید؛ مزایده با قیمت پایه تازه تجدید می‌شود.",
        },
        {
            "slug": "archive-paper-waste-auction",
            "kind": Kind.AUCTION,
            "procurement_method": Method.PUBLIC,
            "stages": Stages.ONE,
            "reference_number": "A-1405-006",
            "title": "مزایده فروش ضایعات کاغذ بایگانی راکد",
            "subject": "فروش حدود ۱۲ تن کاغذ بایگانی راکد پس از امحای قانونی، با شرط خمیرکردن زیر نظر اداره کل",
            "summary": "فروش ضایعات کاغذ بایگانی راکد؛ مهلت پیشنهاد پس از یک بار تمدید پایان یافته است.",
            "department": "director-office",
            "estimated_value": 480_000_000,
            "guarantee_amount": 24_000_000,
            "guarantee_form": GuaranteeForm.CASH_DEPOSIT,
            "documents_from": at(-15, hour=8),
            "submission_deadline": at(-3, hour=14),
            "opening_at": at(1, hour=10),
            "amendments": [
                {
                    "issued_at": at(-4, hour=10),
                    "text": "برای بازدید خریداران از انبار، مهلت ارسال پیشنهاد نزدیک به سه روز تمدید شد.",
                    "new_submission_deadline": at(0, hours=-3),
                }
            ],
        },
    ]


# The pages this app puts under the home page: slug -> (Persian texts, English texts).
# The body of each notice's sample PDF, after the notice's subject.
NOTICE_DOCUMENT = {
    "paragraphs": [
        "این سند نمونه‌ای از اسناد آگهی در تارنمای نمایشی است. متن کامل شرایط، جدول زمانی و "
        "تعهدات طرفین در نسخه رسمی اسناد می‌آید.",
        "پیشنهاددهندگان باید همه صفحه‌های اسناد را مهر و امضا کنند و همراه پیشنهاد خود بفرستند.",
    ],
    "header": ["ردیف", "موضوع", "توضیح"],
    "rows": [
        ("۱", "تضمین شرکت در فرایند", "طبق آگهی"),
        ("۲", "مهلت ارسال پیشنهاد", "طبق آگهی و اصلاحیه‌ها"),
        ("۳", "محل تحویل پیشنهاد", "دبیرخانه کمیسیون معاملات"),
    ],
}

HOME_CHILDREN = {
    "tenders": (
        {
            "title": "مناقصه‌ها و مزایده‌ها",
            "summary": "آگهی مناقصه‌ها و مزایده‌های اداره کل، با مهلت‌ها، اسناد و اصلاحیه‌ها.",
            "intro": "<p>آگهی‌های باز را به ترتیب نزدیک‌ترین مهلت می‌بینید. وضعیت هر آگهی همین حالا از روی "
            "تاریخ‌هایش حساب می‌شود؛ آگهی پس از پایان مهلت دیگر باز نشان داده نمی‌شود.</p>",
        },
        {
            "title": "Tenders and auctions",
            "summary": "The directorate's tender and auction notices, with their deadlines, documents and amendments.",
            "intro": "<p>Open notices are listed nearest deadline first. Each notice's status is worked out from its "
            "dates when you look at it; no notice is shown as open after its deadline.</p>",
        },
    ),
}
