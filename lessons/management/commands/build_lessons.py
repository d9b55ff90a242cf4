import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from analysis import analyze_article, find_conflicts
from analysis.files import ArticleInputError, read_article_file
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
        analyses, failed = {}, False
        for file in options["files"]:
            try:
                text, _ = read_article_file(file)
            except ArticleInputError as error:
                self.stderr.write(f"{file}: {error}")
                failed = True
                continue
            analyses[Path(file).name] = analyze_article(text)
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
