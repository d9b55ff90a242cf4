import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from classroom.demo import load_demo_data


class Command(BaseCommand):
    help = "Create the demo teachers, classes and students (idempotent) and print their credentials."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print the accounts as JSON")
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="create the demo accounts even with DEBUG off (their passwords are public)",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["allow_production"]:
            raise CommandError(
                "DEBUG is off: demo accounts have published passwords. "
                "Pass --allow-production if you really want them on this site."
            )
        accounts = load_demo_data()
        if options["json"]:
            self.stdout.write(json.dumps(accounts, indent=2))
            return
        self.stdout.write("Demo accounts (log in at /accounts/login/):")
        for teacher in accounts["teachers"]:
            for classroom in teacher["classes"]:
                self.stdout.write(
                    f"  teacher {teacher['username']} / {teacher['password']}"
                    f"  class \"{classroom['name']}\" join code {classroom['join_code']}"
                )
        for student in accounts["students"]:
            self.stdout.write(
                f"  student {student['username']} / {student['password']}"
                f"  in {', '.join(student['classes'])}"
            )
