from django.core.management.base import BaseCommand, CommandError

from analysis import evaluate


class Command(BaseCommand):
    help = "Measure the analysis engine against a hand-annotated gold set (analysis/gold/ by default)."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
        parser.add_argument("--check", action="store_true", help="validate the gold annotations only")
        parser.add_argument("--gold", help="another gold directory, e.g. analysis/gold_holdout5")

    def handle(self, *args, **options):
        argv = [f"--{name}" for name in ("json", "verbose", "check") if options[name]]
        if options["gold"]:
            argv += ["--gold", options["gold"]]
        if evaluate.main(argv) != 0:
            raise CommandError("the gold set has problems (see above)")
