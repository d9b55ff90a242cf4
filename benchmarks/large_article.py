"""`python -m benchmarks.large_article FILE`: analyze one article in a process of its own; print JSON.

Its own process, so that the peak resident memory read from /proc (VmHWM) is the analysis's alone.
The baseline is taken after a short article has been analyzed (the lexicon loaded, the patterns
compiled: an app server that has already analyzed something), before the file is read, so the
reported increase includes holding the text itself.
"""
import json
import sys
import time
from pathlib import Path

from analysis import analyze_article

from .proc import status_kb

WARM_UP = """School board votes to expand bus routes

The board voted 5-2 on Tuesday to add as many as 12 routes, a spokeswoman told the Ledger.
"We heard the parents," said board chair Ana Ruiz.
"""


def main(path: str) -> None:
    analyze_article(WARM_UP)
    baseline = status_kb("self", "VmHWM")
    text = Path(path).read_text(encoding="utf-8")
    started, cpu = time.perf_counter(), time.process_time()
    analysis = analyze_article(text)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    peak = status_kb("self", "VmHWM")
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "bytes": len(text.encode("utf-8")),
                "words": len(text.split()),
                "baseline_kb": baseline,
                "peak_kb": peak,
                "found": {
                    "quotes": len(analysis.quotes),
                    "numbers": len(analysis.numbers),
                    "loaded_terms": len(analysis.loaded_terms),
                },
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
