"""The names of the demo site's staff accounts, so the admin shows a person, not a username.

Common Persian given names and family names put together for the demo; none is a real
official of the directorate.
"""

DEMO_NAMES = {
    "editor-labour-relations": ("سارا", "کریمی"),
    "editor-labour-inspection": ("حمید", "نوروزی"),
    "editor-cooperatives": ("نرگس", "صالحی"),
    "editor-employment": ("رضا", "مرادی"),
    "editor-social-welfare": ("زهرا", "قاسمی"),
    "editor-foreign-nationals": ("امید", "شریفی"),
    "head-labour-relations": ("محمود", "رحیمی"),
    "head-labour-inspection": ("فاطمه", "جعفری"),
    "head-cooperatives": ("علیرضا", "کاظمی"),
    "head-employment": ("لیلا", "حیدری"),
    "head-social-welfare": ("مهدی", "زمانی"),
    "head-foreign-nationals": ("پروین", "اکبری"),
    "editor-services": ("نسرین", "طاهری"),
    "editor-news": ("بهروز", "عباسی"),
    "editor-notices": ("الهام", "نجفی"),
    "reviewer-news": ("کامران", "امیری"),
    "editor-forms": ("شیرین", "بهرامی"),
    "editor-tenders": ("حسن", "یزدانی"),
    "director": ("فرهاد", "میرزایی"),
    "desk-staff": ("مینا", "رستمی"),
    "desk-labour-relations": ("پریسا", "احمدی"),
    "desk-cooperatives": ("مجید", "فرهادی"),
    "desk-employment": ("سمیه", "رضایی"),
    "desk-social-welfare": ("بهنام", "کریم‌زاده"),
    "desk-labour-inspection": ("نگار", "سلطانی"),
    "desk-complaints": ("یوسف", "محمدی"),
    "desk-public-relations": ("آزاده", "حسینی"),
    "operator": ("مریم", "توکلی"),
    "admin": ("کاوه", "امینی"),
}


def give_demo_name(user):
    """Give a demo account its Persian first and last name, where it has none yet."""
    first, last = DEMO_NAMES.get(user.get_username(), ("", ""))
    if first and not (user.first_name or user.last_name):
        user.first_name, user.last_name = first, last
        user.save(update_fields=["first_name", "last_name"])
    return user
