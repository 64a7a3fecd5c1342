import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Creates the superuser 'admin' once; the password comes from ADMIN_PASSWORD "
        "or is generated and printed."
    )

    def handle(self, *args, **options):
        users = get_user_model().objects
        if users.filter(username=ADMIN_USERNAME).exists():
            self.stdout.write(f"Účet „{ADMIN_USERNAME}“ už existuje, neměním ho.")
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        users.create_superuser(ADMIN_USERNAME, email="", password=password)
        if os.environ.get("ADMIN_PASSWORD"):
            self.stdout.write(
                f"Vytvořen účet „{ADMIN_USERNAME}“ s heslem z ADMIN_PASSWORD."
            )
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"Vytvořen účet „{ADMIN_USERNAME}“ s heslem: {password}\n"
                    "Heslo se zobrazuje jen teď, poznamenejte si ho."
                )
            )
