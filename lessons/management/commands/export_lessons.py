import json

from django.core.management.base import BaseCommand

from analysis.questions import lesson_to_dict
from lessons.building import lesson_to_draft
from lessons.models import Lesson


class Command(BaseCommand):
    help = "Print the saved lessons (current questions) in the lessons JSON format."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="JSON (the only format; kept for symmetry)")
        parser.add_argument("--lesson", action="append", default=[], help="slug of a lesson to export (repeatable)")

    def handle(self, *args, **options):
        lessons = Lesson.objects.prefetch_related("articles").order_by("id")
        if options["lesson"]:
            lessons = lessons.filter(slug__in=options["lesson"])
        document = {"lessons": [lesson_to_dict(lesson_to_draft(lesson)) for lesson in lessons]}
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
