"""English wording of the services desk's demo content.

The English pages share their structure with the Persian ones: the seeder walks the Persian
documents, steps, triggers, channels, linked systems and articles and looks each Persian text up
here. A text with no English wording stops the seeder (KeyError), so an English card can never
lose a document or a step, nor silently show Persian.
"""

# Titles, summaries and in-person reasons of every service, by slug.
SERVICES = {
    "foreign-work-permit": (
        "Issuing work permits for foreign nationals",
        "Work permits for foreign nationals holding a visa with the right to work, requested by their Iranian employer.",
        "The original passport and visa must be checked and the applicant's fingerprints taken in person.",
    ),
    "foreign-work-permit-renewal": (
        "Renewing work permits for foreign nationals",
        "Renewing a work permit before it expires, for foreign nationals working for the same employer.",
        "",
    ),
    "labour-dispute": (
        "Settling disputes between workers and employers in the dispute boards",
        "Complaints by workers or employers about wages, dismissal, severance and other rights, heard by the diagnosis board.",
        "Both parties attend the board's hearing to state their case.",
    ),
    "dispute-appeal": (
        "Appealing a diagnosis board decision to the dispute settlement board",
        "An appeal against a diagnosis board's decision, filed within fifteen days of its notification.",
        "The dispute settlement board hears the appeal with both parties or their representatives present.",
    ),
    "unemployment-insurance": (
        "Applying for unemployment insurance",
        "Applying for unemployment benefit after losing a job through no choice of one's own.",
        "",
    ),
    "employment-agency-licence": (
        "Licences for private employment agencies",
        "Operating licences for private employment agencies after checking the applicant and the premises.",
        "The specialist interview and the visit to the premises take place in person.",
    ),
    "cooperative-registration": (
        "Establishing and registering a cooperative",
        "In-principle approval and founding licence for a cooperative with at least seven founders.",
        "Founders attend a briefing and sign the original minutes of the founding assembly in person.",
    ),
    "cooperative-assembly-supervision": (
        "Supervision of cooperatives' general assemblies",
        "A representative of the directorate attends cooperatives' general assemblies and approves the minutes of their elections.",
        "The directorate's supervisor must be present at the assembly.",
    ),
    "associations-registration": (
        "Registering workers' and employers' associations",
        "Registering trade associations of workers and employers and Islamic labour councils, and approving their elections.",
        "",
    ),
    "job-classification-approval": (
        "Approval of job classification schemes",
        "Review and approval of the job classification and evaluation schemes of the workplaces that must have one.",
        "The scheme is defended in a meeting with the employer's and the workers' representatives.",
    ),
    "disciplinary-rules-approval": (
        "Approval of workplace disciplinary rules",
        "Review and approval of the disciplinary rules an employer has drawn up with the workers' representatives.",
        "If the two sides disagree, a joint meeting is held with the employer's and the workers' representatives.",
    ),
    "inspection-request": (
        "Requesting a labour inspection of a workplace",
        "Asking for a labour inspector to check a workplace's compliance with the Labour Law and the safety and health rules.",
        "",
    ),
    "work-accident-report": (
        "Reporting and investigating work accidents",
        "The employer's immediate report of a work accident and the labour inspector's investigation of its cause.",
        "The labour inspector visits the site to establish the cause of the accident.",
    ),
    "arduous-jobs-assessment": (
        "Assessment of arduous and hazardous jobs",
        "The provincial committee's review of insured workers' requests to have their job recognised as arduous and hazardous.",
        "The workplace is visited and the applicant attends the committee.",
    ),
    "career-guidance": (
        "Career guidance",
        "A guidance session to understand one's strengths, choose a career and find skills training.",
        "",
    ),
    "employment-loans-referral": (
        "Referral to employment loans",
        "Review of the applicant's plan and referral to the lending banks and the Omid Entrepreneurship Fund for a loan.",
        "",
    ),
    "employment-contract-registration": (
        "Registering an employment contract",
        "Registering an employment contract online and receiving a tracking code for the worker and the employer.",
        "",
    ),
    "dispute-case-status": (
        "Checking the status of a case before the dispute boards",
        "Following a case, its hearing date and the decision with the tracking code.",
        "",
    ),
    "foreign-workforce-demand": (
        "Employers' requests to hire foreign workers",
        "Review of an employer's need for a foreign specialist or worker, before a visa with the right to work is requested.",
        "The employer's representative explains the need to the technical committee in person.",
    ),
    "cooperative-changes": (
        "Registering changes to a cooperative",
        "Approval of changes to a cooperative's articles, capital, address or board before they are registered with the companies registry.",
        "",
    ),
    "cooperative-dissolution": (
        "Supervision of a cooperative's dissolution and liquidation",
        "Supervision of a cooperative's dissolution and liquidation until members and creditors are paid.",
        "",
    ),
    "cooperative-loans-referral": (
        "Referring cooperatives to the Cooperative Development Bank",
        "Cooperatives with a business plan are referred to the Cooperative Development Bank for a loan.",
        "",
    ),
    "household-decile-objection": (
        "Objecting to a household's income decile",
        "Households can object to the income decile recorded for them in the Iranian welfare database.",
        "",
    ),
    "disaster-support-referral": (
        "Referring households hit by natural disasters to support bodies",
        "Identifying households hit by floods, earthquakes and other disasters and referring them to the province's support bodies.",
        "Field coordination with the county governorates and visits to the affected areas take place in person.",
    ),
    "retiree-welfare-guidance": (
        "Guidance for retirees on welfare services",
        "Guidance for retirees and pensioners on the welfare services of the pension funds and support bodies.",
        "",
    ),
    "administrative-violation-report": (
        "Reporting an administrative violation by staff",
        "A complaint about the conduct or a violation of a member of the directorate's staff, followed up by the complaints unit.",
        "",
    ),
    "career-centre-licence": (
        "Licences for career guidance and entrepreneurship centres",
        "Operating licences for private career guidance and entrepreneurship centres.",
        "The specialist interview with the centre's technical manager takes place in person.",
    ),
}

# Every other Persian text on a service card (documents, steps, triggers, channel notes, linked
# systems, cost and time notes), with its English wording.
PHRASES = {
    # Documents and their notes
    "کارت ملی": "National ID card",
    "اصل برای تطبیق و تصویر برای پرونده": "Original to check, copy for the file",
    "شناسنامه": "Birth certificate",
    "همه صفحات": "All pages",
    "آگهی تأسیس و آخرین تغییرات شرکت": "Company's founding notice and latest changes",
    "برای اشخاص حقوقی": "For legal entities",
    "کد کارگاه تأمین اجتماعی": "Social Security workplace code",
    "از سامانه تأمین اجتماعی": "From the Social Security system",
    "گذرنامه معتبر با روادید دارای حق کار": "Valid passport with a visa carrying the right to work",
    "عکس ۳×۴ رنگی": "Colour photo, 3 × 4 cm",
    "زمینه سفید، جدید": "Recent, on a white background",
    "قرارداد کار یا تعهد استخدام": "Employment contract or undertaking to employ",
    "امضاشده از سوی کارفرما": "Signed by the employer",
    "مدرک تحصیلی یا گواهی مهارت ترجمه‌شده": "Translated degree or skills certificate",
    "تصویر پروانه کار قبلی": "Copy of the previous work permit",
    "گذرنامه با اقامت معتبر": "Passport with a valid residence permit",
    "تصویر صفحات مشخصات و اقامت": "Copy of the identity and residence pages",
    "فهرست بیمه تبعه": "The foreign national's insurance list",
    "قرارداد کار یا هر سند دال بر رابطه کار": "Employment contract or any other proof of employment",
    "در صورت وجود": "If available",
    "فیش‌های حقوقی": "Payslips",
    "رأی ابلاغ‌شده هیئت تشخیص": "The notified decision of the diagnosis board",
    "لایحه اعتراض": "Written grounds of appeal",
    "شماره حساب بانکی به نام متقاضی": "Bank account in the applicant's name",
    "شبا": "IBAN",
    "نامه قطع همکاری از کارفرما": "Employer's termination letter",
    "مدرک تحصیلی": "University degree",
    "کارشناسی و بالاتر": "Bachelor's or higher",
    "گواهی عدم سوءپیشینه": "Clean criminal record certificate",
    "سند یا اجاره‌نامه محل مؤسسه": "Title deed or lease of the premises",
    "کارت ملی اعضای هیئت مؤسس": "National ID cards of the founders",
    "طرح توجیهی فعالیت": "Business plan",
    "صورت‌جلسه مجمع عمومی مؤسس": "Minutes of the founding general assembly",
    "آگهی دعوت مجمع": "Notice convening the assembly",
    "منتشرشده در روزنامه کثیرالانتشار": "Published in a widely read newspaper",
    "فهرست اعضا": "List of members",
    "دستور جلسه": "Agenda",
    "اساسنامه تشکل": "Articles of the association",
    "مصوب مجمع": "As adopted by the assembly",
    "صورت‌جلسه انتخابات": "Minutes of the election",
    "طرح طبقه‌بندی مشاغل": "Job classification scheme",
    "تهیه‌شده به دست مشاور دارای صلاحیت": "Prepared by a qualified consultant",
    "فهرست کارکنان و مزد آن‌ها": "List of staff and their wages",
    "متن آیین‌نامه انضباطی": "Text of the disciplinary rules",
    "صورت‌جلسه موافقت شورای اسلامی کار یا نماینده کارگران": (
        "Minutes of the agreement of the Islamic labour council or the workers' representative"
    ),
    "نشانی دقیق کارگاه": "Exact address of the workplace",
    "شرح موضوع درخواست": "Description of the request",
    "فرم گزارش حادثه": "Accident report form",
    "ظرف ۲۴ ساعت": "Within 24 hours",
    "گزارش مراکز درمانی": "Medical reports",
    "سوابق بیمه‌ای": "Insurance record",
    "گواهی اشتغال از کارفرما": "Certificate of employment from the employer",
    "مدرک تحصیلی یا گواهی مهارت": "Degree or skills certificate",
    "طرح کسب‌وکار": "Business plan",
    "مجوز کسب‌وکار": "Business licence",
    "در صورت نیاز": "If needed",
    "متن قرارداد کار": "Text of the employment contract",
    "بر پایه نمونه قرارداد وزارت": "Based on the ministry's model contract",
    "کد پیگیری پرونده": "Case tracking code",
    "شرح شغل و دلیل نیاز به نیروی خارجی": "Job description and why a foreign worker is needed",
    "صورت‌جلسه مجمع عمومی": "Minutes of the general assembly",
    "فهرست حاضران": "Attendance list",
    "صورت‌جلسه مجمع عمومی فوق‌العاده": "Minutes of the extraordinary general assembly",
    "ترازنامه و صورت‌های مالی": "Balance sheet and financial statements",
    "طرح توجیهی": "Business plan",
    "آخرین صورت‌های مالی": "Latest financial statements",
    "شرح اعتراض و مدارک درآمد": "Grounds of the objection and proof of income",
    "فهرست خانوارهای آسیب‌دیده": "List of affected households",
    "از فرمانداری‌ها": "From the county governorates",
    "حکم یا فیش مستمری": "Pension award or pension slip",
    "شرح شکایت": "Description of the complaint",
    "مستندات": "Supporting evidence",
    "مدرک تحصیلی مرتبط": "Degree in a relevant field",
    "سوابق کاری در مشاوره": "Record of work in counselling",
    # Workflow steps: what, who, how long
    "ثبت درخواست": "Submit the request",
    "متقاضی": "Applicant",
    "همان روز": "Same day",
    "بررسی مدارک": "Check the documents",
    "کارشناس اداره کل": "Directorate officer",
    "۳ روز کاری": "3 working days",
    "اعلام نتیجه با پیامک و کد پیگیری": "Result sent by SMS with a tracking code",
    "سامانه": "System",
    "استعلام از پلیس مهاجرت": "Enquiry to the immigration police",
    "اداره اشتغال اتباع": "Foreign nationals' employment office",
    "۵ روز کاری": "5 working days",
    "حضور تبعه برای انگشت‌نگاری": "The foreign national attends for fingerprinting",
    "با نوبت": "By appointment",
    "صدور پروانه کار": "Issue the work permit",
    "رئیس اداره اشتغال اتباع": "Head of the foreign nationals' employment office",
    "۲ روز کاری": "2 working days",
    "تمدید و صدور پروانه الکترونیکی": "Renew and issue the electronic permit",
    "۱ روز کاری": "1 working day",
    "ثبت دادخواست": "File the complaint",
    "کارگر یا کارفرما": "Worker or employer",
    "تعیین وقت جلسه و ابلاغ به طرفین": "Set the hearing date and notify both parties",
    "دبیرخانه هیئت": "Board secretariat",
    "۱۰ روز کاری": "10 working days",
    "برگزاری جلسه هیئت تشخیص": "Hearing of the diagnosis board",
    "هیئت تشخیص": "Diagnosis board",
    "طبق نوبت": "As scheduled",
    "صدور و ابلاغ رأی": "Issue and notify the decision",
    "ثبت اعتراض": "File the appeal",
    "معترض": "Appellant",
    "تا ۱۵ روز پس از ابلاغ": "Within 15 days of notification",
    "تعیین وقت رسیدگی": "Set the hearing date",
    "دبیرخانه هیئت حل اختلاف": "Dispute settlement board secretariat",
    "صدور رأی قطعی": "Final decision",
    "هیئت حل اختلاف": "Dispute settlement board",
    "در جلسه": "At the hearing",
    "استعلام سوابق بیمه از تأمین اجتماعی": "Insurance record check with Social Security",
    "بررسی در کمیته بیمه بیکاری": "Review by the unemployment insurance committee",
    "کمیته استانی": "Provincial committee",
    "۱۵ روز کاری": "15 working days",
    "مصاحبه تخصصی": "Specialist interview",
    "کمیته صدور مجوز": "Licensing committee",
    "بازدید از محل": "Visit to the site",
    "کارشناس اشتغال": "Employment officer",
    "صدور پروانه": "Issue the licence",
    "معاون توسعه کارآفرینی و اشتغال": "Deputy for entrepreneurship and employment",
    "بررسی طرح توجیهی": "Review of the business plan",
    "کارشناس تعاون": "Cooperatives officer",
    "۷ روز کاری": "7 working days",
    "صدور موافقت اصولی": "In-principle approval",
    "معاونت تعاون": "Cooperatives deputy",
    "برگزاری مجمع مؤسس": "Founding assembly held",
    "هیئت مؤسس": "Founders",
    "با هماهنگی": "As arranged",
    "معرفی به اداره ثبت شرکت‌ها": "Referral to the companies registry",
    "تعیین ناظر": "Appoint a supervisor",
    "حضور در مجمع و تأیید صورت‌جلسه": "Attend the assembly and approve the minutes",
    "ناظر اداره کل": "Directorate's supervisor",
    "روز مجمع": "On the day of the assembly",
    "تحویل اصل مدارک": "Hand in the original documents",
    "مؤسسان": "Founders",
    "صدور گواهی ثبت": "Issue the registration certificate",
    "معاونت روابط کار": "Labour relations deputy",
    "بررسی کارشناسی طرح": "Expert review of the scheme",
    "کارشناس روابط کار": "Labour relations officer",
    "۲۰ روز کاری": "20 working days",
    "جلسه دفاع از طرح": "Meeting to defend the scheme",
    "کمیته فنی": "Technical committee",
    "ابلاغ تأییدیه": "Approval notified",
    "ابلاغ تأییدیه یا اصلاحات": "Approval or requested changes notified",
    "ارجاع به بازرس": "Assigned to an inspector",
    "اداره بازرسی کار": "Labour inspection office",
    "بازدید از کارگاه": "Workplace visit",
    "بازرس کار": "Labour inspector",
    "ثبت گزارش حادثه": "Report the accident",
    "کارفرما": "Employer",
    "تهیه گزارش کارشناسی": "Expert report",
    "بازدید کارشناسی از کارگاه": "Expert visit to the workplace",
    "طرح در کمیته استانی": "Case put to the provincial committee",
    "کمیته مشاغل سخت و زیان‌آور": "Arduous and hazardous jobs committee",
    "گرفتن نوبت": "Book an appointment",
    "جلسه مشاوره": "Guidance session",
    "مشاور شغلی": "Career adviser",
    "۶۰ دقیقه": "60 minutes",
    "معرفی به دوره یا کارفرما": "Referral to a course or an employer",
    "ارزیابی طرح": "Assessment of the plan",
    "صدور معرفی‌نامه": "Referral letter issued",
    "تأیید کارگر با پیامک": "The worker confirms by SMS",
    "کارگر": "Worker",
    "۳ روز": "3 days",
    "وارد کردن کد پیگیری": "Enter the tracking code",
    "همان لحظه": "Immediately",
    "نمایش وضعیت": "Status shown",
    "بررسی در کمیته فنی": "Review by the technical committee",
    "کمیته فنی اتباع": "Technical committee on foreign nationals",
    "ارسال تأییدیه به اداره ثبت": "Approval sent to the companies registry",
    "تحویل مدارک": "Hand in the documents",
    "هیئت تصفیه": "Liquidation board",
    "بررسی گزارش‌های تصفیه": "Review of the liquidation reports",
    "۶۰ روز": "60 days",
    "تأیید پایان تصفیه": "Approve the end of liquidation",
    "بررسی در پایگاه رفاه": "Review in the welfare database",
    "کارشناس رفاه": "Welfare officer",
    "دریافت فهرست": "List received",
    "فرمانداری": "County governorate",
    "۲ روز": "2 days",
    "تطبیق با پایگاه رفاه": "Checked against the welfare database",
    "معرفی به دستگاه‌ها": "Referral to the support bodies",
    "معاونت رفاه اجتماعی": "Social welfare deputy",
    "مراجعه یا تماس": "Visit or call",
    "بازنشسته": "Retiree",
    "راهنمایی و معرفی": "Guidance and referral",
    "بررسی شکایت": "Review of the complaint",
    "واحد پاسخگویی به شکایات": "Complaints unit",
    "مصاحبه": "Interview",
    "صدور مجوز": "Issue the licence",
    "معاونت توسعه کارآفرینی و اشتغال": "Entrepreneurship and employment deputy",
    # Triggering events
    "درخواست کارفرما برای به‌کارگیری تبعه خارجی دارای روادید با حق کار": (
        "The employer's request to hire a foreign national holding a visa with the right to work"
    ),
    "یک ماه پیش از پایان اعتبار پروانه کار": "One month before the work permit expires",
    "شکایت کارگر یا کارفرما پس از به نتیجه نرسیدن سازش مستقیم": (
        "A complaint by a worker or employer when direct settlement has failed"
    ),
    "قطع رابطه کار یا پرداخت نشدن مزد": "Dismissal or unpaid wages",
    "ابلاغ رأی هیئت تشخیص به یکی از طرفین": "A diagnosis board decision is notified to one of the parties",
    "بیکار شدن بیمه‌شده بدون میل و اراده خود": "An insured person loses their job involuntarily",
    "درخواست بیمه‌شده ظرف سی روز پس از بیکاری": "The insured person's application within thirty days of losing the job",
    "درخواست متقاضی تأسیس مؤسسه کاریابی": "The request of someone who wants to open an employment agency",
    "درخواست هیئت مؤسس تعاونی": "The founding board's request",
    "درخواست هیئت مدیره تعاونی برای اعزام ناظر": "The cooperative board's request for a supervisor",
    "موعد برگزاری مجمع عمومی عادی سالانه": "The date of the annual ordinary general assembly",
    "درخواست مؤسسان تشکل": "The founders' request",
    "مشمول شدن کارگاه با رسیدن شمار کارگران به پنجاه نفر": "The workplace reaches fifty workers and falls under the rules",
    "درخواست کارفرما برای تأیید طرح": "The employer's request for approval",
    "درخواست کارفرما": "The employer's request",
    "درخواست کارگر، کارفرما یا نماینده کارگران": "A request by a worker, an employer or the workers' representative",
    "برنامه بازرسی دوره‌ای": "The periodic inspection plan",
    "وقوع حادثه ناشی از کار در کارگاه": "A work accident in the workplace",
    "درخواست بیمه‌شده یا کارفرما": "The request of the insured person or the employer",
    "درخواست جوینده کار": "A job seeker's request",
    "درخواست متقاضی": "The applicant's request",
    "ابلاغ سهمیه تسهیلات سالانه": "The yearly loan quota is announced",
    "آغاز به کار کارگر یا تمدید قرارداد": "A worker starts work or a contract is renewed",
    "درخواست طرف پرونده": "A party to the case asks",
    "تصمیم مجمع عمومی درباره تغییرات": "The general assembly decides on changes",
    "تصمیم مجمع عمومی فوق‌العاده به انحلال": "The extraordinary general assembly decides to dissolve",
    "حکم قانونی انحلال": "A legal order to dissolve",
    "درخواست هیئت مدیره تعاونی": "The cooperative board's request",
    "درخواست سرپرست خانوار": "The head of household's request",
    "وقوع حادثه طبیعی مانند سیل یا زلزله": "A natural disaster such as a flood or an earthquake",
    "درخواست ستاد مدیریت بحران استان": "A request from the provincial crisis management headquarters",
    "مراجعه یا تماس بازنشسته": "A retiree visits or calls",
    "شکایت شهروند": "A citizen's complaint",
    # Channel notes
    "ثبت درخواست و بارگذاری مدارک": "Submit the request and upload the documents",
    "اداره اشتغال اتباع خارجی، شنبه تا چهارشنبه ۸ تا ۱۳": (
        "Foreign nationals' employment office, Saturday to Wednesday 8:00 to 13:00"
    ),
    "اپلیکیشن همراه نمونه": "Sample mobile app",
    "دفاتر پیشخوان خدمات دولت": "Government e-service counters",
    "حضور در جلسه رسیدگی": "Attend the hearing",
    "جلسه هیئت حل اختلاف": "Hearing of the dispute settlement board",
    "شبانه‌روزی": "Around the clock",
    "اطلاع‌رسانی مراحل": "Progress updates",
    "جلسه توجیهی هیئت مؤسس": "Founders' briefing",
    "درخواست ناظر": "Request a supervisor",
    "حضور ناظر در مجمع": "Supervisor attends the assembly",
    "دبیرخانه تشکل‌ها، اداره کل": "Associations secretariat, at the directorate",
    "ارسال اصل مدارک": "Send the original documents",
    "جلسه کارشناسی": "Expert meeting",
    "۰۲۱-۰۰۰۰۰۰۰۰ (نمونه)": "021-00000000 (sample)",
    "ثبت فوری گزارش": "Immediate report",
    "بازدید بازرس": "Inspector's visit",
    "شنبه تا چهارشنبه ۸ تا ۱۴": "Saturday to Wednesday 8:00 to 14:00",
    "نوبت‌دهی: ۰۲۱-۰۰۰۰۰۰۰۰ (نمونه)": "Appointments: 021-00000000 (sample)",
    "پیامک وضعیت": "Status by SMS",
    "اعلام نتیجه": "Result notified",
    "تبادل فهرست‌ها": "Exchange of lists",
    "جلسات ستاد": "Headquarters meetings",
    "شنبه تا چهارشنبه ۸ تا ۱۳": "Saturday to Wednesday 8:00 to 13:00",
    # Cost and time notes
    "بسته به نوبت جلسات هیئت": "Depending on the board's hearing schedule",
    # Linked systems: system, organisation, data exchanged
    "سامانه استعلام هویت": "Identity enquiry system",
    "سازمان ثبت احوال کشور": "National Organization for Civil Registration",
    "کد ملی، نام و نام خانوادگی، تاریخ تولد": "National ID, full name, date of birth",
    "سامانه سوابق بیمه‌ای": "Insurance records system",
    "سازمان تأمین اجتماعی": "Social Security Organization",
    "کد ملی، سابقه پرداخت حق بیمه، کد کارگاه": "National ID, contribution record, workplace code",
    "سامانه جامع روابط کار": "Comprehensive labour relations system",
    "وزارت تعاون، کار و رفاه اجتماعی": "Ministry of Cooperatives, Labour and Social Welfare",
    "مشخصات کارگاه، کارگر و پرونده": "Workplace, worker and case details",
    "سامانه ثبت شرکت‌ها و مؤسسات غیرتجاری": "Companies and non-commercial institutions registration system",
    "سازمان ثبت اسناد و املاک کشور": "Registration Organization of Deeds and Properties",
    "شناسه ملی، اساسنامه، اعضای هیئت مدیره": "National ID of the entity, articles, board members",
    "پایگاه اطلاعات رفاه ایرانیان": "Iranian welfare database",
    "کد ملی اعضای خانوار، دهک درآمدی": "Household members' national IDs, income decile",
    "سامانه اشتغال اتباع خارجی": "Foreign nationals' employment system",
    "مشخصات تبعه، کارفرما و شغل": "Foreign national, employer and job details",
    "شماره پروانه و تاریخ اعتبار": "Permit number and expiry date",
    "شغل، تخصص و شمار نیرو": "Job, skills and number of workers",
    "سامانه اقامت اتباع": "Foreign residents system",
    "پلیس مهاجرت و گذرنامه": "Immigration and passport police",
    "وضعیت روادید و اقامت": "Visa and residence status",
    "سامانه ابلاغ الکترونیک": "Electronic notification system",
    "قوه قضاییه": "Judiciary",
    "ابلاغ زمان جلسه و رأی": "Hearing dates and decisions",
    "سامانه بانکی": "Banking system",
    "بانک عامل": "Paying bank",
    "شماره شبا": "IBAN",
    "سامانه استعلام سوءپیشینه": "Criminal record enquiry system",
    "وضعیت سوءپیشینه": "Criminal record status",
    "سامانه تشکل‌ها": "Associations system",
    "مشخصات تشکل و اعضای هیئت مدیره": "Association and board member details",
    "سامانه بازرسی کار": "Labour inspection system",
    "مشخصات کارگاه و گزارش بازرسی": "Workplace details and inspection reports",
    "سامانه ثبت حوادث": "Accident register",
    "مرکز تحقیقات و تعلیمات حفاظت فنی و بهداشت کار": "Research and Training Centre for Occupational Safety and Health",
    "شرح حادثه و آسیب‌دیدگان": "Accident description and injured people",
    "سامانه آموزش فنی و حرفه‌ای": "Vocational training system",
    "سازمان آموزش فنی و حرفه‌ای کشور": "Technical and Vocational Training Organization",
    "معرفی به دوره‌ها": "Referrals to courses",
    "سامانه کارا": "Kara employment system",
    "مشخصات طرح و متقاضی": "Plan and applicant details",
    "سامانه تسهیلات": "Loans system",
    "صندوق کارآفرینی امید": "Omid Entrepreneurship Fund",
    "معرفی‌نامه و وضعیت پرداخت": "Referral letter and payment status",
    "بانک توسعه تعاون": "Cooperative Development Bank",
    "معرفی‌نامه و مشخصات طرح": "Referral letter and plan details",
    "سامانه خدمات بهزیستی": "Welfare services system",
    "سازمان بهزیستی کشور": "State Welfare Organization",
    "فهرست خانوارهای معرفی‌شده": "List of referred households",
    "سامانه سامد": "SAMAD complaints system",
    "سازمان بازرسی کل کشور": "General Inspection Organization",
    "شکایات ثبت‌شده و پاسخ‌ها": "Complaints filed and replies",
    "سامانه مستمری‌بگیران": "Pensioners system",
    "صندوق بازنشستگی کشوری": "Civil Servants Pension Fund",
    "وضعیت مستمری": "Pension status",
    # Law issuing bodies
    "مجمع تشخیص مصلحت نظام": "Expediency Discernment Council",
    "مجلس شورای اسلامی": "Islamic Consultative Assembly (Parliament)",
    "مجلس شورای ملی": "National Consultative Assembly",
    "هیئت وزیران": "Council of Ministers",
    "اداره کل تعاون، کار و رفاه اجتماعی استان تهران": (
        "Tehran Province General Directorate of Cooperatives, Labour and Social Welfare"
    ),
    "۰۰۰/نمونه": "000/sample",
}

# Titles of the sample blank forms (PDF and Word), shown on the English cards; the files are in Persian.
BLANK_FORMS = {
    "foreign-nationals": "Application for a foreign national's work permit (sample, in Persian)",
    "labour-relations": "Complaint to the diagnosis board (sample, in Persian)",
    "labour-inspection": "Work accident report form (sample, in Persian)",
    "cooperatives": "Application to found a cooperative (sample, in Persian)",
    "employment": "Application for employment services (sample, in Persian)",
    "social-welfare": "Application for welfare services (sample, in Persian)",
}

# Laws: English summary and articles (heading, text) in the order of the Persian articles.
LAWS = {
    "labour-law": (
        "The core law of labour relations: employment contracts, working conditions, occupational safety and "
        "health, employment of foreign nationals and the dispute resolution bodies.",
        [
            (
                "Employment contract",
                "An employment contract must state the type of work, the pay, working hours, holidays and leave, "
                "the place of work and the date and length of the contract (summary).",
            ),
            (
                "Employment of foreign nationals",
                "Foreign nationals may not work in Iran unless they hold an entry visa with the right to work and "
                "a work permit (summary).",
            ),
            (
                "Dispute resolution bodies",
                "A dispute between an employer and a worker is first settled by direct agreement; failing that, "
                "it is heard by the diagnosis board and then by the dispute settlement board (summary).",
            ),
        ],
    ),
    "cooperative-sector-law": (
        "The aims of the cooperative sector, how cooperatives are formed and registered, their general assemblies "
        "and the ministry's supervision; amended in 2014.",
        [
            (
                "Definition of a cooperative",
                "A cooperative company is formed by at least seven persons to meet common needs and improve the "
                "economic and social situation of its members (summary).",
            ),
            (
                "General assembly",
                "The general assembly is a cooperative's highest decision-making body and meets in ordinary or "
                "extraordinary session (summary).",
            ),
        ],
    ),
    "social-security-law": (
        "Social insurance of workers: work accidents, sickness, disability, retirement and death.",
        [
            (
                "Work accidents",
                "An accident that happens to an insured person while doing their work, and because of it, is a "
                "work accident (summary).",
            ),
        ],
    ),
    "unemployment-insurance-law": (
        "Unemployment benefit for insured people who lose their job involuntarily, its conditions and how long it "
        "is paid.",
        [
            (
                "Who is covered",
                "An unemployed insured person is someone who has lost their job involuntarily and is ready to work "
                "(summary).",
            ),
            (
                "Length of payment",
                "How long the benefit is paid depends on the insured person's contribution record and marital "
                "status (summary).",
            ),
        ],
    ),
    "welfare-structure-law": (
        "The structure of the insurance, support and relief domains and the coordination of the country's welfare "
        "bodies.",
        [
            (
                "Domains of the system",
                "The comprehensive welfare and social security system is organised in three domains, insurance, "
                "support and relief, and related domains (summary).",
            ),
        ],
    ),
    "administrative-violations-law": (
        "The bodies and procedure for handling administrative violations by government employees.",
        [
            (
                "Administrative violations",
                "The conduct counted as an administrative violation, including disregard of citizens' complaints "
                "(summary).",
            ),
        ],
    ),
    "administrative-health-law": (
        "Transparent procedures, public information on services and the accountability of public bodies to citizens.",
        [
            (
                "Public information",
                "Public bodies must publish the procedures and documents needed to obtain their services (summary).",
            ),
        ],
    ),
    "unemployment-insurance-bylaw": (
        "How to apply, the documents needed and how unemployment is reviewed by the provincial committees.",
        [
            (
                "Deadline to apply",
                "An unemployed insured person must apply within thirty days of losing their job (summary).",
            ),
        ],
    ),
    "foreign-work-permit-bylaw": (
        "The conditions for issuing a work permit to a foreign national, its validity, renewal and cancellation.",
        [
            (
                "Validity",
                "A work permit is issued for a set period and must be renewed before it expires (summary).",
            ),
        ],
    ),
    "job-classification-directive": (
        "Which workplaces must have a job classification scheme, how it is prepared and how the directorate "
        "approves it.",
        [
            (
                "Workplaces covered",
                "Workplaces with fifty or more workers must have a job classification scheme (summary).",
            ),
        ],
    ),
    "disciplinary-rules-circular": (
        "A sample circular for the demo: the documents and steps to have workplace disciplinary rules approved.",
        [
            (
                "",
                "Disciplinary rules are drawn up with the Islamic labour council or the workers' representative and "
                "sent for approval (sample).",
            ),
        ],
    ),
}

# FAQ items without an English version in the main list, by Persian question.
FAQS = {
    "اگر پروانه کار منقضی شود چه باید کرد؟": (
        "What should I do if a work permit has expired?",
        "Apply to renew the permit; employing someone without a valid permit is an offence.",
    ),
    "کارفرما چه زمانی باید برای نیروی خارجی اعلام نیاز کند؟": (
        "When must an employer declare the need for a foreign worker?",
        "Before a visa with the right to work is requested, the workplace's need must be approved by the "
        "technical committee on foreign nationals.",
    ),
    "چگونه از زمان جلسه هیئت باخبر شوم؟": (
        "How will I know the date of my hearing?",
        "The hearing date is sent through the electronic notification system and by SMS, and you can also see "
        "it with your tracking code.",
    ),
    "رسیدگی در هیئت‌ها هزینه دارد؟": (
        "Is there a fee for a hearing before the boards?",
        "No, hearings before the diagnosis and dispute settlement boards are free.",
    ),
    "آیا در دوره دریافت مقرری بیمه بیکاری می‌توانم کار کنم؟": (
        "Can I work while I receive unemployment benefit?",
        "No; when you start work, tell the directorate so that the benefit stops.",
    ),
    "آیا حضور ناظر اداره کل در مجمع عمومی الزامی است؟": (
        "Must a supervisor from the directorate attend the general assembly?",
        "Yes, for assemblies that elect the board of directors or the inspectors.",
    ),
    "تغییر نشانی تعاونی نیاز به مجمع دارد؟": (
        "Does changing a cooperative's address need an assembly?",
        "Yes; it is decided by the general assembly, approved by the directorate and registered with the "
        "companies registry.",
    ),
    "نام گزارش‌دهنده درخواست بازرسی محرمانه می‌ماند؟": (
        "Is the name of the person who asks for an inspection kept confidential?",
        "Yes, the details of a worker who asks for an inspection are not disclosed to the employer.",
    ),
    "شغل سخت و زیان‌آور چه مزیتی دارد؟": (
        "What difference does an arduous and hazardous job make?",
        "Years worked in arduous and hazardous jobs count towards retirement on special terms.",
    ),
    "تسهیلات اشتغال به چه کسانی تعلق می‌گیرد؟": (
        "Who can get an employment loan?",
        "Applicants with a workable business plan who have registered in the system, within the yearly quota.",
    ),
    "مؤسسه کاریابی می‌تواند از جوینده کار پول بگیرد؟": (
        "Can an employment agency charge a job seeker?",
        "Only the approved tariff; charging more is a violation and can be reported.",
    ),
    "کد پیگیری را گم کرده‌ام؛ چه کنم؟": (
        "I have lost my tracking code. What can I do?",
        "You can get the tracking code again with the national ID and the mobile number you gave in the request.",
    ),
}


def phrase(text):
    """The English wording of a Persian text of the services demo ("" stays "")."""
    return PHRASES[text] if text else ""
