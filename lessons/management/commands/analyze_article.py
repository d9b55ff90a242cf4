import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from analysis import analyze_article, find_conflicts
from analysis.files import ArticleInputError, read_article_file
from analysis.report import analyses_to_document, readable_report


class Command(BaseCommand):
    help = "Analyze article files: quotes and speakers, numbers, loaded terms, conflicts across them."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="plain text (headline first) or HTML")
        parser.add_argument("--json", action="store_true", help="print one JSON document")

    def handle(self, *args, **options):
        analyses, failed = {}, False
        for file in options["files"]:
            # Same-named files from different folders keep their paths apart.
            name = Path(file).name if Path(file).name not in analyses else file
            try:
                text, note = read_article_file(file)
            except ArticleInputError as error:
                self.stderr.write(f"{file}: {error}")
                failed = True
                continue
            if note:
                self.stderr.write(f"{file}: {note}")
            analyses[name] = analyze_article(text)
        conflicts = find_conflicts(analyses) if len(analyses) > 1 else []
        if options["json"]:
            document = analyses_to_document(analyses, conflicts)
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(readable_report(analyses, conflicts))
        if failed:
            sys.exit(1)
