"""Create the demo superuser once, with a generated password printed only then."""

import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from home.demo.people import give_demo_name


class Command(BaseCommand):
    help = "Create the 'admin' superuser with a random password, unless it already exists."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        # `make run` passes the address it serves on (HOST and PORT may be changed there).
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/", help="the admin's address, printed")

    def handle(self, *args, username, url, **options):
        User = get_user_model()
        existing = User.objects.filter(username=username).first()
        if existing is not None:
            give_demo_name(existing)
            self.stdout.write(
                f"Admin account '{username}' already exists (its password was printed when it was "
                f"created; reset it with: python manage.py changepassword {username})."
            )
            return
        password = secrets.token_urlsafe(12)
        give_demo_name(User.objects.create_superuser(username=username, email="admin@example.ir", password=password))
        self.stdout.write(self.style.SUCCESS(f"Admin account created for {url}"))
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password}")
