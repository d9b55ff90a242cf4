import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lessons.importing import LessonImportError, import_lessons


class Command(BaseCommand):
    help = "Load lessons from a lessons JSON file (as written by export_lessons or build_lessons)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--owner", help="username of the teacher who will own the lessons")
        parser.add_argument("--publish", action="store_true", help="publish the lessons at once")

    def handle(self, *args, **options):
        try:
            document = json.loads(Path(options["file"]).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CommandError(f"{options['file']}: does not exist") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{options['file']}: not a lessons JSON file ({error})") from None
        try:
            lessons = import_lessons(document, owner_username=options["owner"], publish=options["publish"])
        except LessonImportError as error:
            raise CommandError(f"{options['file']}: {error}") from None
        for lesson in lessons:
            self.stdout.write(f"Imported {lesson.title!r} ({lesson.current_questions().count()} questions)")
