import json
import sys

from django.core.management.base import BaseCommand

from analysis import find_conflicts
from analysis.files import analyze_files
from analysis.report import analyses_to_document, readable_report


class Command(BaseCommand):
    help = "Analyze article files: quotes and speakers, numbers, loaded terms, conflicts across them."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help="plain text (headline first) or HTML")
        parser.add_argument("--json", action="store_true", help="print one JSON document")

    def handle(self, *args, **options):
        analyses, failed = analyze_files(options["files"], self.stderr.write)
        conflicts = find_conflicts(analyses) if len(analyses) > 1 else []
        if options["json"]:
            document = analyses_to_document(analyses, conflicts)
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(readable_report(analyses, conflicts))
        if failed:
            sys.exit(1)
