"""Citizens' requests at scale for `generate_scale_data`: three years of the contact page's traffic.

Requests spread over departments, kinds and statuses the way a desk's queue looks: recent ones
mostly waiting or under review, older ones answered or closed, a few overdue. Each has the
history the site itself would have written (submitted, then an answer or a status change) and
requests older than the retention period are already anonymised, as the daily job leaves them.
Tracking codes have the model's format (15 random digits), drawn from the seeded generator and
checked against the table; national IDs carry a valid check digit.
"""

import datetime
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from forms_pages.management.commands.anonymise_requests import REMOVED_TEXT
from forms_pages.models import CitizenRequest, RequestEvent, RequestKind, RequestStatus, ResponseTarget
from forms_pages.models.requests import CODE_DIGITS, EventAction
from home.demo.scale_data import COUNTIES, ScalePart, copy_rows, fa_number, make_rng, moment_in_past, reserve_ids
from home.models import Department

YEARS = 3

FIRST_NAMES = [
    ("محمد", "mohammad"),
    ("علی", "ali"),
    ("حسین", "hossein"),
    ("رضا", "reza"),
    ("مهدی", "mahdi"),
    ("امیر", "amir"),
    ("مصطفی", "mostafa"),
    ("سعید", "saeed"),
    ("جواد", "javad"),
    ("مجید", "majid"),
    ("احمد", "ahmad"),
    ("حمید", "hamid"),
    ("محسن", "mohsen"),
    ("یوسف", "yousef"),
    ("بهزاد", "behzad"),
    ("داوود", "davood"),
    ("فرهاد", "farhad"),
    ("فاطمه", "fatemeh"),
    ("زهرا", "zahra"),
    ("مریم", "maryam"),
    ("معصومه", "masoumeh"),
    ("زینب", "zeinab"),
    ("سارا", "sara"),
    ("نرگس", "narges"),
    ("الهام", "elham"),
    ("مهسا", "mahsa"),
    ("لیلا", "leila"),
    ("سمیه", "somayeh"),
    ("نازنین", "nazanin"),
    ("پریسا", "parisa"),
    ("فرشته", "fereshteh"),
    ("مینا", "mina"),
    ("آزاده", "azadeh"),
    ("سمانه", "samaneh"),
]
LAST_NAMES = [
    ("احمدی", "ahmadi"),
    ("محمدی", "mohammadi"),
    ("حسینی", "hosseini"),
    ("رضایی", "rezaei"),
    ("کریمی", "karimi"),
    ("موسوی", "mousavi"),
    ("جعفری", "jafari"),
    ("قاسمی", "ghasemi"),
    ("صادقی", "sadeghi"),
    ("رحیمی", "rahimi"),
    ("نوری", "nouri"),
    ("اکبری", "akbari"),
    ("طاهری", "taheri"),
    ("عباسی", "abbasi"),
    ("کاظمی", "kazemi"),
    ("مرادی", "moradi"),
    ("یوسفی", "yousefi"),
    ("فراهانی", "farahani"),
    ("شریفی", "sharifi"),
    ("حیدری", "heidari"),
    ("زارعی", "zarei"),
    ("سلیمانی", "soleimani"),
    ("بهرامی", "bahrami"),
    ("نجفی", "najafi"),
    ("امینی", "amini"),
    ("رستمی", "rostami"),
    ("میرزایی", "mirzaei"),
    ("خسروی", "khosravi"),
    ("ورامینی", "varamini"),
    ("دماوندی", "damavandi"),
]
MOBILE_PREFIXES = ["0912", "0919", "0935", "0936", "0901", "0902", "0990", "0910", "0911", "0921", "0930", "0937"]
WEEKDAYS = ["شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه"]

# (service, the department that answers for it)
SERVICES = [
    ("صدور پروانه کار اتباع خارجی", "employment"),
    ("تمدید پروانه کار اتباع خارجی", "employment"),
    ("رسیدگی به اختلافات کارگر و کارفرما", "labour-relations"),
    ("ثبت درخواست بیمه بیکاری", "employment"),
    ("صدور مجوز تأسیس مؤسسات کاریابی", "employment"),
    ("صدور مجوز تأسیس و ثبت تعاونی", "cooperatives"),
    ("نظارت بر برگزاری مجامع عمومی تعاونی‌ها", "cooperatives"),
    ("ثبت تشکل‌های کارگری و کارفرمایی", "labour-relations"),
    ("تأیید طرح طبقه‌بندی مشاغل", "labour-relations"),
    ("تأیید آیین‌نامه انضباطی کارگاه", "labour-relations"),
    ("بازرسی کار و حفاظت فنی و بهداشت کار", "labour-inspection"),
    ("ثبت و بررسی حوادث ناشی از کار", "labour-inspection"),
    ("بررسی مشاغل سخت و زیان‌آور", "labour-inspection"),
    ("مشاوره و هدایت شغلی", "employment"),
    ("معرفی متقاضیان به تسهیلات اشتغال", "employment"),
    ("ثبت اعتراض به دهک‌بندی خانوار", "social-welfare"),
]

# kind: (share, [(subject, sentences the applicant may write, answers the department may give)])
KINDS = {
    RequestKind.QUESTION: (
        45,
        [
            (
                "پرسش درباره مدارک لازم برای {service}",
                [
                    "برای {service} در شهرستان {county} چه مدارکی باید آماده کنم و آیا مراجعه حضوری لازم است؟",
                    "در شناسنامه خدمت نوشته شده که مدارک باید بارگذاری شود، ولی روشن نیست که تصویر رنگی لازم است یا نه.",
                ],
                [
                    "مدارک لازم برای {service} در شناسنامه خدمت در میز خدمت الکترونیکی آمده است؛ تصویر رنگی و خوانای مدارک را بارگذاری کنید.",
                    "برای این خدمت مراجعه حضوری لازم نیست مگر آنکه کارشناس پس از بررسی مدارک آن را بخواهد.",
                ],
            ),
            (
                "پرسش درباره زمان رسیدگی به درخواست {service}",
                [
                    "درخواست {service} را {weeks} هفته پیش ثبت کرده‌ام و هنوز پاسخی نگرفته‌ام. رسیدگی معمولاً چقدر طول می‌کشد؟",
                    "می‌خواستم بدانم نتیجه بررسی درخواست من از چه راهی اعلام می‌شود.",
                ],
                [
                    "درخواست شما در نوبت بررسی است و نتیجه تا {days} روز کاری دیگر با پیامک اعلام می‌شود.",
                    "پرونده شما بررسی و برای امضا فرستاده شد؛ نتیجه را می‌توانید با کد پیگیری در سامانه ببینید.",
                ],
            ),
            (
                "پرسش درباره هزینه {service}",
                [
                    "آیا {service} هزینه دارد و اگر دارد، پرداخت آن از چه راهی است؟",
                    "در دفتر پیشخوان از من هزینه‌ای خواستند؛ آیا این مبلغ درست است؟",
                ],
                [
                    "هزینه هر خدمت در شناسنامه آن آمده است و تنها از راه درگاه پرداخت الکترونیک گرفته می‌شود.",
                    "دفاتر پیشخوان تنها کارمزد مصوب را می‌گیرند؛ اگر مبلغ بیشتری خواسته شد، آن را گزارش کنید.",
                ],
            ),
            (
                "پرسش درباره پیگیری پرونده {service} در شهرستان {county}",
                [
                    "پرونده من در اداره شهرستان {county} است؛ آیا می‌توانم آن را از راه سامانه پیگیری کنم؟",
                    "شماره پرونده را گم کرده‌ام و نمی‌دانم چگونه وضعیت آن را ببینم.",
                ],
                [
                    "پرونده‌های همه شهرستان‌ها در سامانه ثبت می‌شوند و با کد ملی و کد پیگیری قابل پیگیری‌اند.",
                    "کارشناس اداره شهرستان {county} با شما تماس می‌گیرد و شماره پرونده را اعلام می‌کند.",
                ],
            ),
        ],
    ),
    RequestKind.CRITICISM: (
        20,
        [
            (
                "انتقاد از طولانی بودن صف مراجعه حضوری در شهرستان {county}",
                [
                    "روز {weekday} برای {service} به اداره شهرستان {county} رفتم و بیش از {hours} ساعت در صف ماندم.",
                    "تنها یک باجه باز بود و مراجعان سالمند هم باید سرپا منتظر می‌ماندند.",
                ],
                [
                    "انتقاد شما به اداره شهرستان {county} فرستاده شد. برای کوتاه شدن صف، نوبت‌دهی اینترنتی راه‌اندازی شده و یک باجه دیگر در ساعات شلوغ باز می‌شود.",
                ],
            ),
            (
                "انتقاد از کند بودن سامانه هنگام ثبت درخواست {service}",
                [
                    "سامانه هنگام بارگذاری مدارک چند بار خطا داد و ناچار شدم درخواست را از نو ثبت کنم.",
                    "صفحه پرداخت پس از کسر مبلغ از حساب، پیام خطا نشان داد.",
                ],
                [
                    "از اینکه نظر خود را با ما در میان گذاشتید سپاسگزاریم؛ اشکال سامانه برطرف شده است.",
                    "مبلغ پرداخت‌شده در سامانه ثبت شده است و نیازی به پرداخت دوباره نیست.",
                ],
            ),
            (
                "انتقاد از پاسخ ندادن مرکز تماس درباره {service}",
                [
                    "{hours} بار با مرکز تماس گرفتم و کسی پاسخ نداد.",
                    "کارشناس مرکز تماس گفت پاسخ پرسش مرا نمی‌داند و باید حضوری مراجعه کنم.",
                ],
                [
                    "شمار کارشناسان مرکز تماس در ساعات شلوغ بیشتر شد. پاسخ پرسش شما درباره {service} نیز برایتان فرستاده شد.",
                ],
            ),
            (
                "انتقاد از روشن نبودن مدارک لازم برای {service}",
                [
                    "هر کارمند مدرک تازه‌ای می‌خواهد و فهرست مدارک در درگاه با آنچه در اداره خواسته می‌شود یکی نیست.",
                ],
                [
                    "فهرست مدارک در شناسنامه خدمت بازبینی و با آنچه در اداره خواسته می‌شود یکسان شد.",
                ],
            ),
        ],
    ),
    RequestKind.SUGGESTION: (
        15,
        [
            (
                "پیشنهاد نوبت‌دهی اینترنتی برای {service}",
                ["پیشنهاد می‌کنم برای {service} نوبت اینترنتی داده شود تا مراجعان کمتر معطل شوند."],
                [
                    "از پیشنهاد شما سپاسگزاریم. نوبت‌دهی اینترنتی در برنامه سال آینده قرار گرفت.",
                ],
            ),
            (
                "پیشنهاد برگزاری جلسه‌های هیئت در ساعات عصر در شهرستان {county}",
                [
                    "بسیاری از کارگران شهرستان {county} نمی‌توانند در ساعت اداری مرخصی بگیرند؛ خوب است برخی جلسه‌ها عصرها برگزار شود.",
                ],
                [
                    "پیشنهاد شما به معاونت روابط کار فرستاده شد و برگزاری جلسه‌های عصر در یک روز هفته بررسی می‌شود.",
                ],
            ),
            (
                "پیشنهاد فرستادن پیامک یادآوری برای {service}",
                [
                    "اگر یک هفته پیش از پایان مهلت پیامک یادآوری فرستاده شود، کمتر کسی مهلت را از دست می‌دهد.",
                ],
                [
                    "پیشنهاد شما به واحد فناوری اطلاعات فرستاده شد و در طراحی نسخه تازه سامانه به آن توجه می‌شود.",
                ],
            ),
            (
                "پیشنهاد افزودن راهنمای تصویری به شناسنامه {service}",
                [
                    "یک فیلم کوتاه از مراحل ثبت درخواست، کار را برای کسانی که با سامانه آشنا نیستند آسان می‌کند.",
                ],
                [
                    "از پیشنهاد شما سپاسگزاریم. راهنمای تصویری خدمات پرمراجعه در حال تهیه است.",
                ],
            ),
        ],
    ),
    RequestKind.VIOLATION: (
        20,
        [
            (
                "گزارش تأخیر بی‌دلیل در رسیدگی به پرونده {service}",
                [
                    "پرونده من {weeks} هفته است بدون هیچ اقدامی در اداره شهرستان {county} مانده است.",
                    "هر بار که پیگیری می‌کنم می‌گویند کارشناس مربوط در مرخصی است.",
                ],
                [
                    "گزارش شما در واحد بازرسی، ارزیابی عملکرد و پاسخگویی به شکایات بررسی شد؛ پرونده شما در نوبت رسیدگی قرار گرفت و به کارمند مربوط تذکر کتبی داده شد.",
                ],
            ),
            (
                "گزارش برخورد نامناسب کارمند اداره شهرستان {county}",
                [
                    "روز {weekday} ساعت {hour} برای {service} به اداره شهرستان {county} مراجعه کردم و کارمند باجه با من برخورد توهین‌آمیز داشت.",
                ],
                [
                    "گزارش شما بررسی شد و برای رسیدگی به هیئت رسیدگی به تخلفات اداری کارکنان فرستاده شد.",
                ],
            ),
            (
                "گزارش درخواست وجه خارج از تعرفه برای {service}",
                [
                    "برای سریع‌تر شدن کار {service} از من مبلغی خارج از تعرفه خواسته شد.",
                ],
                [
                    "گزارش شما برای رسیدگی به هیئت رسیدگی به تخلفات اداری کارکنان فرستاده شد.",
                    "بررسی‌ها تخلفی را نشان نداد، ولی روند پذیرش پرونده‌ها در اداره شهرستان {county} بازبینی شد.",
                ],
            ),
            (
                "گزارش حاضر نبودن کارمند باجه {service} در ساعت اداری",
                [
                    "روز {weekday} ساعت {hour} به اداره شهرستان {county} رفتم ولی کسی پشت باجه نبود.",
                ],
                [
                    "گزارش شما بررسی شد؛ حضور کارکنان باجه‌ها در ساعت اداری از این پس روزانه بازبینی می‌شود.",
                ],
            ),
        ],
    ),
}
OPENINGS = ["با سلام و احترام، ", "سلام، ", "", "با سلام، "]
CLOSINGS = [
    " لطفاً نتیجه بررسی را از راه همین سامانه اعلام فرمایید.",
    " سپاسگزار می‌شوم راهنمایی کنید.",
    " منتظر پاسخ شما هستم.",
    "",
]
KIND_LIST = list(KINDS)
KIND_WEIGHTS = [KINDS[kind][0] for kind in KIND_LIST]
RATINGS = [1, 2, 3, 4, 5]
RATING_WEIGHTS = [2, 2, 4, 6, 5]
RATING_COMMENTS = ["پاسخ روشن و به‌موقع بود.", "پاسخ دیر رسید.", "از پیگیری شما سپاسگزارم.", "مشکل حل نشد."]
VISIT_ANSWER = (
    "برای بررسی پرونده، لطفاً در زمان تعیین‌شده با مدارک خواسته‌شده به اداره تعاون، کار و رفاه اجتماعی "
    "شهرستان {county} مراجعه کنید."
)


def national_id(rng):
    """A 10-digit Iranian national ID with a valid check digit (never all one digit)."""
    while True:
        digits = [rng.randrange(10) for _ in range(9)]
        if len(set(digits)) > 1:
            break
    total = sum(d * (10 - i) for i, d in enumerate(digits)) % 11
    check = total if total < 2 else 11 - total
    return "".join(map(str, digits)) + str(check)


def tracking_code(rng):
    """A code of the model's format: CODE_DIGITS random digits, leading zeros kept."""
    return str(rng.randrange(10**CODE_DIGITS)).zfill(CODE_DIGITS)


def status_for(rng, age_days):
    """The status a request of this age usually has by now."""
    if age_days < 2:
        choices = [(RequestStatus.RECEIVED, 70), (RequestStatus.UNDER_REVIEW, 30)]
    elif age_days < 15:
        choices = [
            (RequestStatus.RECEIVED, 10),
            (RequestStatus.UNDER_REVIEW, 35),
            (RequestStatus.ANSWERED, 35),
            (RequestStatus.VISIT_REQUESTED, 5),
            (RequestStatus.CLOSED, 15),
        ]
    else:
        choices = [
            (RequestStatus.RECEIVED, 1),
            (RequestStatus.UNDER_REVIEW, 2),
            (RequestStatus.ANSWERED, 25),
            (RequestStatus.CLOSED, 72),
        ]
    statuses, weights = zip(*choices, strict=True)
    return rng.choices(statuses, weights)[0]


class RequestsPart(ScalePart):
    name = "requests"
    default = 1_000_000
    help = "Total number of citizens' requests to reach."

    def count(self):
        return CitizenRequest.objects.count()

    def tables(self):
        return [CitizenRequest, RequestEvent]

    def missing_prerequisite(self):
        if not Department.objects.in_default_language().exists():
            return "no departments yet: run seed_demo first"
        return None

    def generate(self, number, *, seed, batch_size, report):
        # Requests always point at the default-locale department (see CitizenRequest.department).
        self.departments = dict(Department.objects.in_default_language().values_list("slug", "pk"))
        fallback = next(iter(self.departments.values()))
        self.complaints = self.departments.get("complaints", fallback)
        self.spare = [self.departments.get(slug, fallback) for slug in ("public-relations", "director-office")]
        self.target_days = {kind: ResponseTarget.days_for(kind) for kind in RequestKind.values}
        self.retention = datetime.timedelta(days=getattr(settings, "REQUEST_RETENTION_DAYS", 730))
        now = timezone.now()
        serial = self.count()
        done = 0
        timings = {"build": 0.0, "copy": 0.0}
        while done < number:
            size = min(batch_size, number - done)
            started = time.monotonic()
            rng = make_rng(seed, self.name, serial)
            requests, events = [], []
            for pk in reserve_ids(CitizenRequest, size):
                request, history = self.build(rng, now)
                request["id"] = pk
                for event in history:
                    event["request_id"] = pk
                requests.append(request)
                events.extend(history)
            self.unique_codes(rng, requests)
            copying = time.monotonic()
            with transaction.atomic():
                copy_rows(CitizenRequest, requests)
                copy_rows(RequestEvent, events)
            timings["build"] += copying - started
            timings["copy"] += time.monotonic() - copying
            serial += size
            done += size
            report(done, **timings)

    @staticmethod
    def unique_codes(rng, requests):
        """Draw codes until none repeats inside the batch or matches a stored request."""
        pending = requests
        seen = set()
        while pending:
            for request in pending:
                request["code"] = tracking_code(rng)
            codes = [request["code"] for request in pending]
            taken = set(CitizenRequest.objects.filter(code__in=codes).values_list("code", flat=True))
            retry = []
            for request in pending:
                if request["code"] in taken or request["code"] in seen:
                    retry.append(request)
                else:
                    seen.add(request["code"])
            pending = retry

    def build(self, rng, now):
        """One request and its history, as rows (attribute name to value) for `copy_rows`."""
        kind = rng.choices(KIND_LIST, KIND_WEIGHTS)[0]
        subject, sentences, answers = rng.choice(KINDS[kind][1])
        service, department_slug = rng.choice(SERVICES)
        slots = {
            "service": service,
            "county": rng.choice(COUNTIES),
            "weekday": rng.choice(WEEKDAYS),
            "weeks": fa_number(rng.randint(2, 9)),
            "hours": fa_number(rng.randint(2, 5)),
            "hour": fa_number(rng.randint(8, 13)),
            "days": fa_number(rng.randint(3, 10)),
        }
        if kind == RequestKind.VIOLATION:
            department = self.complaints
        elif kind in (RequestKind.CRITICISM, RequestKind.SUGGESTION) and rng.random() < 0.15:
            department = rng.choice(self.spare)
        else:
            department = self.departments.get(department_slug, self.complaints)
        text = (
            rng.choice(OPENINGS)
            + " ".join(line.format(**slots) for line in rng.sample(sentences, rng.randint(1, len(sentences))))
            + rng.choice(CLOSINGS)
        )
        created = moment_in_past(rng, now, YEARS * 365, recent_weight=1.3, office_hours=rng.random() < 0.8)
        status = status_for(rng, (now - created).days)
        first, first_latin = rng.choice(FIRST_NAMES)
        last, last_latin = rng.choice(LAST_NAMES)
        request = {
            "kind": kind.value,
            "department_id": department,
            "subject": subject.format(**slots)[:200],
            "text": text,
            "name": f"{first} {last}",
            "mobile": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}",
            "email": f"{first_latin}.{last_latin}{rng.randint(1, 99)}@example.ir" if rng.random() < 0.4 else "",
            "national_id": national_id(rng) if rng.random() < 0.6 else "",
            "language": "en" if rng.random() < 0.03 else "fa",
            "status": status.value,
            "created_at": created,
            "updated_at": created,
            "due_at": created + datetime.timedelta(days=self.target_days[kind]),
        }
        events = [event(EventAction.SUBMITTED, created, RequestStatus.RECEIVED)]
        later = min(now, created + datetime.timedelta(days=self.target_days[kind] * rng.uniform(0.2, 1.4)))
        if status == RequestStatus.UNDER_REVIEW:
            events.append(
                event(EventAction.STATUS, min(now, created + datetime.timedelta(hours=rng.randint(2, 30))), status)
            )
        elif status == RequestStatus.VISIT_REQUESTED:
            request["visit_at"] = (now + datetime.timedelta(days=rng.randint(2, 12))).replace(
                hour=rng.randint(8, 12), minute=0, second=0, microsecond=0
            )
            request["visit_place"] = f"اداره تعاون، کار و رفاه اجتماعی شهرستان {slots['county']}، واحد پاسخگویی"
            request["visit_documents"] = "اصل کارت ملی\nمدارک پرونده"
            events.append(event(EventAction.ANSWERED, later, status, VISIT_ANSWER.format(**slots)))
        elif status in (RequestStatus.ANSWERED, RequestStatus.CLOSED):
            events.append(event(EventAction.ANSWERED, later, status, rng.choice(answers).format(**slots)))
            if status == RequestStatus.CLOSED and rng.random() < 0.45:
                request["rating"] = rng.choices(RATINGS, RATING_WEIGHTS)[0]
                request["rated_at"] = min(now, later + datetime.timedelta(days=rng.randint(0, 5)))
                if rng.random() < 0.3:
                    request["rating_comment"] = rng.choice(RATING_COMMENTS)
        request["updated_at"] = events[-1]["created_at"]
        if now - created > self.retention:
            anonymised = min(now, created + self.retention + datetime.timedelta(days=1))
            request.update(name="", mobile="", email="", national_id="", rating_comment="", text=REMOVED_TEXT)
            request["anonymised_at"] = request["updated_at"] = anonymised
            events.append(event(EventAction.ANONYMISED, anonymised))
        return request, events


def event(action, when, status="", public_text=""):
    """A row of a request's history (the request id is filled in once it is known)."""
    return {"action": action.value, "created_at": when, "status": str(status), "public_text": public_text}
