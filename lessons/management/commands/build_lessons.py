import json
import sys

from django.core.management.base import BaseCommand

from analysis import find_conflicts
from analysis.files import analyze_files
from analysis.questions import build_article_lesson, build_comparison_lesson, lesson_to_dict


class Command(BaseCommand):
    help = (
        "Print the lessons Byline would build from article files (one per article, plus a "
        "comparison lesson when several are given). Saves nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--json", action="store_true", help="print the lessons as JSON")

    def handle(self, *args, **options):
        analyses, failed = analyze_files(options["files"], self.stderr.write)
        lessons = [build_article_lesson(name, analysis) for name, analysis in analyses.items()]
        if len(analyses) > 1:
            lessons.append(build_comparison_lesson(analyses, find_conflicts(analyses)))
        if options["json"]:
            document = {"lessons": [lesson_to_dict(lesson) for lesson in lessons]}
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            for lesson in lessons:
                self.stdout.write(f"{lesson.title} ({lesson.kind}): {len(lesson.questions)} questions")
                for question in lesson.questions:
                    self.stdout.write(f"  [{question.skill}] {question.stem}")
        if failed:
            sys.exit(1)
