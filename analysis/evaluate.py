"""Measure the analysis engine against the hand-annotated gold set in analysis/gold/.

    python -m analysis.evaluate             # per-article table, totals and goals
    python -m analysis.evaluate --verbose   # ... plus every miss, false positive and wrong attribute
    python -m analysis.evaluate --json      # one JSON object
    python -m analysis.evaluate --check     # validate the gold annotations against the article files
    python -m analysis.evaluate --all       # one line of figures per gold set (gold*/ beside this one)

Gold items are placed in the engine's clean `body` by their text (nth whole-word occurrence) and
matched to predictions by span overlap, each prediction used at most once.
"""
from __future__ import annotations

import argparse
import html
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .types import HEDGES, ArticleAnalysis, Conflict

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = Path(__file__).resolve().parent / "gold"
CONFLICTS_FILE = "conflicts.json"

# (section, metric) -> goal; every goal is a minimum.
GOALS: dict[tuple[str, str], float] = {
    ("quotes", "recall"): 0.95,
    ("quotes", "precision"): 0.95,
    ("quotes", "speaker_accuracy"): 0.95,
    ("numbers", "recall"): 0.95,
    ("numbers", "precision"): 0.9,
    ("numbers", "hedge_accuracy"): 0.95,
    ("loaded", "f1"): 0.85,
    ("loaded", "voice_accuracy"): 0.95,
}

Analyze = Callable[[str], ArticleAnalysis]
FindConflicts = Callable[[Mapping[str, ArticleAnalysis]], list[Conflict]]
Span = tuple[int, int]
# Attribute checks on a matched (gold, predicted) pair; None means "does not apply to this item".
Checks = Mapping[str, Callable[[dict, Any], bool | None]]

# Same-length replacements, so offsets in the mapped text are offsets in the original.
_SAME_LENGTH_FORMS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the|one)\s+")


# ---------------------------------------------------------------- locating gold text in a body


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not part of a longer word or number ("22" inside "220" or "1,220")."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if text[start].isalnum() and before.isalnum():
        return False
    if text[end - 1].isalnum() and after.isalnum():
        return False
    if text[start].isdigit() and before in ",." and start > 1 and text[start - 2].isdigit():
        return False
    if text[end - 1].isdigit() and after in ",." and end + 1 < len(text) and text[end + 1].isdigit():
        return False
    return True


def locate(body: str, needle: str, occurrence: int = 1) -> Span | None:
    """Span of the nth whole-word occurrence of needle in body (curly/straight quotes alike), or None."""
    haystack = body.translate(_SAME_LENGTH_FORMS)
    needle = needle.translate(_SAME_LENGTH_FORMS)
    if not needle:
        return None
    seen = 0
    index = haystack.find(needle)
    while index >= 0:
        if _stands_alone(haystack, index, index + len(needle)):
            seen += 1
            if seen == occurrence:
                return index, index + len(needle)
        index = haystack.find(needle, index + 1)
    return None


def count_occurrences(body: str, needle: str) -> int:
    count = 0
    while locate(body, needle, count + 1) is not None:
        count += 1
    return count


def match_spans(gold: Sequence[Span | None], predicted: Sequence[Span]) -> dict[int, int]:
    """Pair gold and predicted spans by overlap, largest overlap first, each used once: {gold: pred}."""
    candidates = []
    for g_index, g_span in enumerate(gold):
        if g_span is None:
            continue
        for p_index, p_span in enumerate(predicted):
            overlap = min(g_span[1], p_span[1]) - max(g_span[0], p_span[0])
            if overlap > 0:
                candidates.append((-overlap, g_index, p_index))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, g_index, p_index in sorted(candidates):
        if g_index not in pairs and p_index not in used:
            pairs[g_index] = p_index
            used.add(p_index)
    return pairs


# ---------------------------------------------------------------- comparing attributes


def normalise_name(name: str) -> str:
    """Case, whitespace, apostrophe style and a leading a/an/the/one do not matter."""
    name = " ".join(name.translate(_SAME_LENGTH_FORMS).split()).lower().strip(" ,.;:")
    return _LEADING_ARTICLE.sub("", name)


def speaker_ok(gold: str | list[str] | None, predicted: str | None) -> bool:
    if gold is None:
        return not predicted
    accepted = [gold] if isinstance(gold, str) else gold
    return bool(predicted) and normalise_name(predicted) in {normalise_name(a) for a in accepted}


def via_ok(gold: str, predicted: str | None) -> bool:
    """The predicted channel contains the gold one or is contained in it."""
    if not predicted or not normalise_name(predicted):
        return False
    g, p = normalise_name(gold), normalise_name(predicted)
    return g in p or p in g


def same_value(a: float, b: float) -> bool:
    # Loose enough for fractions written out ("two-thirds" as 0.667), far tighter than any real dispute.
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=1e-9)


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ---------------------------------------------------------------- scoring one article


def _context(body: str, span: Span, width: int = 40) -> str:
    start, end = span
    left = body[max(0, start - width):start]
    right = body[end:end + width]
    return " ".join(f"{left}[{body[start:end]}]{right}".split())


def _placed(body: str, items: Iterable[dict]) -> list[Span | None]:
    return [locate(body, item["text"], item.get("occurrence", 1)) for item in items]


def _empty_result(gold_count: int, predicted_count: int, checks: Checks) -> dict:
    result: dict[str, Any] = {"gold": gold_count, "predicted": predicted_count, "matched": 0,
                              "not_found": [], "misses": [], "false_positives": [], "wrong": []}
    return result | {field_name: {"correct": 0, "scored": 0} for field_name in checks}


def _judge(result: dict, name: str, item: dict, guess: Any, checks: Checks,
           shown: Callable[[dict, Any], dict]) -> None:
    """Score a matched pair's attributes; a check returning None does not apply to this item."""
    for field_name, check in checks.items():
        verdict = check(item, guess)
        if verdict is None:
            continue
        result[field_name]["scored"] += 1
        result[field_name]["correct"] += int(verdict)
        if not verdict:
            result["wrong"].append({"article": name, "field": field_name, "text": item["text"],
                                    **shown(item, guess)})


def _score_items(name: str, body: str, gold_items: list[dict], predicted: Sequence[Any],
                 checks: Checks, shown: Callable[[dict, Any], dict]) -> dict:
    """Match one kind of item by span overlap, then judge the matched pairs' attributes."""
    gold_spans = _placed(body, gold_items)
    predicted_spans = [(p.start, p.end) for p in predicted]
    pairs = match_spans(gold_spans, predicted_spans)
    result = _empty_result(len(gold_items), len(predicted), checks)
    result["matched"] = len(pairs)
    for g_index, (item, span) in enumerate(zip(gold_items, gold_spans)):
        if span is None:
            result["not_found"].append({"article": name, "text": item["text"],
                                        "occurrence": item.get("occurrence", 1)})
        elif g_index not in pairs:
            result["misses"].append({"article": name, "text": item["text"],
                                     "context": _context(body, span)})
        else:
            _judge(result, name, item, predicted[pairs[g_index]], checks, shown)
    matched_predictions = set(pairs.values())
    for p_index, span in enumerate(predicted_spans):
        if p_index not in matched_predictions:
            result["false_positives"].append({"article": name, "text": body[span[0]:span[1]][:80],
                                              "context": _context(body, span)})
    return result


QUOTE_CHECKS: Checks = {
    "speaker": lambda g, p: speaker_ok(g.get("speaker"), p.speaker),
    "named": lambda g, p: bool(g.get("named")) == bool(p.named),
    "via": lambda g, p: via_ok(g["via"], p.via) if g.get("via") else None,
    "kind": lambda g, p: g["kind"] == p.kind,
}
NUMBER_CHECKS: Checks = {
    "value": lambda g, p: same_value(float(g["value"]), float(p.value)),
    "hedge": lambda g, p: g.get("hedge", "exact") == p.hedge,
}
LOADED_CHECKS: Checks = {
    "voice": lambda g, p: g["voice"] == p.voice,
}


def _shown_quote(g: dict, p: Any) -> dict:
    return {"gold": {k: g.get(k) for k in ("speaker", "named", "via", "kind")},
            "predicted": {"speaker": p.speaker, "named": p.named, "via": p.via, "kind": p.kind}}


def _shown_number(g: dict, p: Any) -> dict:
    return {"gold": {"value": g["value"], "hedge": g.get("hedge", "exact")},
            "predicted": {"value": p.value, "hedge": p.hedge, "text": p.text}}


def _shown_loaded(g: dict, p: Any) -> dict:
    return {"gold": {"voice": g["voice"]}, "predicted": {"voice": p.voice, "matched": p.matched}}


def score_article(name: str, gold: dict, analysis: ArticleAnalysis) -> dict:
    """Compare one article's predictions with its gold annotation."""
    body = analysis.body
    return {
        "quotes": _score_items(name, body, gold.get("quotes", []), analysis.quotes,
                               QUOTE_CHECKS, _shown_quote),
        "numbers": _score_items(name, body, gold.get("numbers", []), analysis.numbers,
                                NUMBER_CHECKS, _shown_number),
        "loaded": _score_items(name, body, gold.get("loaded_terms", []), analysis.loaded_terms,
                               LOADED_CHECKS, _shown_loaded),
        "title_ok": (gold.get("title") or None) == (analysis.title or None)
        if "title" in gold else None,
    }


def _unscored_article(gold: dict) -> dict:
    """An article the engine failed on: every gold item is a miss."""
    return {
        "quotes": _empty_result(len(gold.get("quotes", [])), 0, QUOTE_CHECKS),
        "numbers": _empty_result(len(gold.get("numbers", [])), 0, NUMBER_CHECKS),
        "loaded": _empty_result(len(gold.get("loaded_terms", [])), 0, LOADED_CHECKS),
        "title_ok": None,
    }


# ---------------------------------------------------------------- conflicts


def _value_key(value: float) -> float:
    return round(float(value), 6)


def score_conflicts(gold_set: dict, predicted: Sequence[Conflict]) -> dict:
    """Gold conflicts found (a predicted conflict's values cover the gold values), partial finds,
    spurious conflicts and agreements wrongly flagged."""
    predicted_values = [{_value_key(r.value) for r in c.reports} for c in predicted]
    gold_conflicts = gold_set.get("conflicts", [])
    found = []
    covered_by: dict[int, set[float]] = {}  # predicted index -> gold values it covers
    for conflict in gold_conflicts:
        wanted = {_value_key(v) for v in conflict["values"]}
        hits = [i for i, values in enumerate(predicted_values) if wanted <= values]
        for i in hits:
            covered_by.setdefault(i, set()).update(wanted)
        # Values the engine grouped in with the gold ones ("1,100 dead at Rana Plaza" among this fire's dead).
        extra = sorted(set().union(*(predicted_values[i] for i in hits)) - wanted) if hits else []
        found.append({"quantity": conflict["quantity"], "values": conflict["values"], "found": bool(hits),
                      "extra_values": extra})
    partial, spurious = [], []
    for i, values in enumerate(predicted_values):
        if i in covered_by:
            continue
        shown = {"quantity": predicted[i].quantity, "values": sorted(values)}
        touches_gold = any(len(values & {_value_key(v) for v in c["values"]}) >= 2
                           for c in gold_conflicts)
        (partial if touches_gold else spurious).append(shown)
    agreements = []
    for agreement in gold_set.get("agreements", []):
        value = _value_key(agreement["value"])
        flagged = any(value in values and value not in covered_by.get(i, set())
                      for i, values in enumerate(predicted_values))
        agreements.append({"quantity": agreement["quantity"], "value": agreement["value"],
                           "flagged": flagged})
    return {"conflicts": found, "partial": partial, "spurious": spurious, "agreements": agreements}


# ---------------------------------------------------------------- loading the gold set


def resolve(path: str, root: Path) -> Path:
    candidate = Path(path)
    return candidate if candidate.is_absolute() else root / candidate


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Every annotation file in gold_dir, keyed by its name without .json."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(Path(gold_dir).glob("*.json"))
        if path.name != CONFLICTS_FILE
    }


def load_conflict_sets(gold_dir: Path) -> list[dict]:
    path = Path(gold_dir) / CONFLICTS_FILE
    return json.loads(path.read_text(encoding="utf-8"))["sets"] if path.exists() else []


def _default_engine() -> tuple[Analyze, FindConflicts]:
    from .analyze import analyze_article, find_conflicts
    return analyze_article, find_conflicts


def _describe(error: BaseException) -> str:
    where = ""
    tb = error.__traceback__
    while tb is not None:
        where = f" (in {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno})"
        tb = tb.tb_next
    return f"{type(error).__name__}: {str(error) or 'no message'}{where}"


# ---------------------------------------------------------------- the whole evaluation


def evaluate(
    gold_dir: Path | str = GOLD_DIR,
    root: Path | str | None = None,
    analyze: Analyze | None = None,
    find_conflicts: FindConflicts | None = None,
) -> dict:
    """Run the engine on every gold article and conflict set; return all metrics as plain data.

    `root` is where the annotations' relative file paths start (the repository by default);
    `analyze` and `find_conflicts` replace the engine (tests pass fakes).
    """
    gold_dir = Path(gold_dir)
    root = Path(root) if root is not None else REPO_ROOT
    engine_error = None
    if analyze is None or find_conflicts is None:
        try:
            default_analyze, default_conflicts = _default_engine()
            analyze = analyze or default_analyze
            find_conflicts = find_conflicts or default_conflicts
        except Exception as error:  # the engine is built in parallel; report, never crash
            engine_error = _describe(error)
    articles, analyses = [], {}
    for name, gold in load_gold(gold_dir).items():
        row, analysis = _evaluate_article(name, gold, root, analyze, engine_error)
        articles.append(row)
        if analysis is not None:
            analyses[gold["file"]] = analysis
    conflicts = [_evaluate_set(s, analyses, find_conflicts, engine_error)
                 for s in load_conflict_sets(gold_dir)]
    totals = _totals(articles, conflicts)
    return {"articles": articles, "conflict_sets": conflicts, "totals": totals,
            "goals": _goals(totals), "engine_error": engine_error}


def _evaluate_article(name: str, gold: dict, root: Path, analyze: Analyze | None,
                      engine_error: str | None) -> tuple[dict, ArticleAnalysis | None]:
    path = resolve(gold["file"], root)
    row: dict[str, Any] = {"name": name, "file": gold["file"], "error": engine_error,
                           "milliseconds": None, "words": None}
    analysis = None
    if engine_error is None:
        try:
            text = path.read_text(encoding="utf-8")
            row["words"] = len(text.split())
            started = time.perf_counter()
            analysis = analyze(text)
            row["milliseconds"] = round((time.perf_counter() - started) * 1000, 2)
        except Exception as error:  # one failing article must not stop the others
            row["error"] = _describe(error)
    row |= score_article(name, gold, analysis) if analysis else _unscored_article(gold)
    return row, analysis


def _evaluate_set(gold_set: dict, analyses: Mapping[str, ArticleAnalysis],
                  find_conflicts: FindConflicts | None, engine_error: str | None) -> dict:
    files = gold_set["files"]
    missing = [f for f in files if f not in analyses]
    result: dict[str, Any] = {"files": files, "error": engine_error}
    predicted: list[Conflict] = []
    if engine_error is None and missing:
        result["error"] = "no analysis for " + ", ".join(missing)
    elif engine_error is None:
        try:
            predicted = list(find_conflicts({f: analyses[f] for f in files}))
        except Exception as error:
            result["error"] = _describe(error)
    return result | score_conflicts(gold_set, predicted)


def _sum(articles: list[dict], section: str, key: str) -> int:
    return sum(a[section][key] for a in articles)


def _sum_field(articles: list[dict], section: str, field_name: str) -> tuple[int, int]:
    return (sum(a[section][field_name]["correct"] for a in articles),
            sum(a[section][field_name]["scored"] for a in articles))


def _section_totals(articles: list[dict], section: str, fields: Iterable[str]) -> dict:
    gold, predicted, matched = (_sum(articles, section, k) for k in ("gold", "predicted", "matched"))
    totals: dict[str, Any] = {
        "gold": gold, "predicted": predicted, "matched": matched,
        "not_found": sum(len(a[section]["not_found"]) for a in articles),
        "recall": ratio(matched, gold), "precision": ratio(matched, predicted),
    }
    totals["f1"] = f1(totals["precision"], totals["recall"])
    for field_name in fields:
        correct, scored = _sum_field(articles, section, field_name)
        totals[f"{field_name}_accuracy"] = ratio(correct, scored)
        totals[f"{field_name}_scored"] = scored
    return totals


def _totals(articles: list[dict], conflict_sets: list[dict]) -> dict:
    gold_conflicts = [c for s in conflict_sets for c in s["conflicts"]]
    agreements = [a for s in conflict_sets for a in s["agreements"]]
    timed = [a for a in articles if a["milliseconds"] is not None]
    words = sum(a["words"] for a in timed)
    return {
        "articles": len(articles),
        "articles_failed": sum(1 for a in articles if a["error"]),
        "quotes": _section_totals(articles, "quotes", QUOTE_CHECKS),
        "numbers": _section_totals(articles, "numbers", NUMBER_CHECKS),
        "loaded": _section_totals(articles, "loaded", LOADED_CHECKS),
        "titles": {"correct": sum(1 for a in articles if a["title_ok"]),
                   "scored": sum(1 for a in articles if a["title_ok"] is not None)},
        "conflicts": {
            "gold": len(gold_conflicts),
            "found": sum(1 for c in gold_conflicts if c["found"]),
            "partial": sum(len(s["partial"]) for s in conflict_sets),
            "spurious": sum(len(s["spurious"]) for s in conflict_sets),
            "agreements": len(agreements),
            "agreements_flagged": sum(1 for a in agreements if a["flagged"]),
            "sets_failed": sum(1 for s in conflict_sets if s["error"]),
        },
        "ms_per_1000_words": round(sum(a["milliseconds"] for a in timed) * 1000 / words, 2)
        if words else None,
        "max_ms": max((a["milliseconds"] for a in timed), default=None),
    }


def _goals(totals: dict) -> list[dict]:
    goals = []
    for (section, metric), goal in GOALS.items():
        value = totals[section][metric]
        goals.append({"metric": f"{section}.{metric}", "value": value, "goal": goal,
                      "met": value is not None and value >= goal})
    conflicts = totals["conflicts"]
    goals.append({"metric": "conflicts.found", "value": conflicts["found"], "goal": conflicts["gold"],
                  "met": conflicts["found"] == conflicts["gold"] and not conflicts["sets_failed"]})
    goals.append({"metric": "conflicts.agreements_flagged", "value": conflicts["agreements_flagged"],
                  "goal": 0, "met": conflicts["agreements_flagged"] == 0 and not conflicts["sets_failed"]})
    return goals


# ---------------------------------------------------------------- checking the gold set itself


def reference_text(path: Path) -> str:
    """The article as a reader sees it: HTML loses scripts, styles and tags; entities are decoded."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() not in (".html", ".htm"):
        return text
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", "\n", text))


# Leading words that fix a number's hedge; used only to catch annotation slips.
_HEDGE_PREFIXES = {
    "approximate": ("about ", "around ", "roughly ", "some ", "an estimated ", "approximately ", "~"),
    "at_least": ("at least ", "no fewer than ", "a minimum of ", "between "),
    "at_most": ("as many as ", "as much as ", "up to ", "at most ", "no more than "),
    "more_than": ("more than ", "over ", "upwards of ", "in excess of ", "above ", "beyond "),
    "less_than": ("almost ", "nearly ", "fewer than ", "less than ", "under ", "just shy of ",
                  "close to "),
}


def _hedge_slip(item: dict) -> str | None:
    text = item["text"].lower()
    hedge = item.get("hedge", "exact")
    for named, prefixes in _HEDGE_PREFIXES.items():
        if text.startswith(prefixes) and hedge != named:
            return f"text starts like {named} but hedge is {hedge}"
    return None


def _is_whole_quotation(text: str, span: Span) -> bool:
    """True when the span is everything between a pair of quotation marks (trailing , . ? ! aside)."""
    start, end = span
    while end < len(text) and text[end] in ",.?!;:":
        end += 1
    return start > 0 and text[start - 1] in "\"“‘'" and end < len(text) and text[end] in "\"”’'"


def _check_item(where: str, item: dict, text: str, kind: str) -> list[str]:
    problems = []
    needle = item.get("text", "")
    occurrence = item.get("occurrence", 1)
    if not needle:
        return [f"{where}: empty text"]
    if locate(text, needle, occurrence) is None:
        problems.append(f"{where}: {needle!r} (occurrence {occurrence}) not in the article")
    elif "occurrence" not in item and count_occurrences(text, needle) > 1:
        problems.append(f"{where}: {needle!r} occurs {count_occurrences(text, needle)} times; "
                        "give an occurrence")
    if kind == "quotes":
        span = locate(text, needle, occurrence)
        whole = span is not None and _is_whole_quotation(text, span)
        if len(needle) > 60 or (len(needle) < 10 and not whole):
            problems.append(f"{where}: quote text should be 10-60 characters "
                            f"(shorter only for a whole quotation): {needle!r}")
        if item.get("kind") not in ("statement", "scare"):
            problems.append(f"{where}: kind must be statement or scare")
        if not isinstance(item.get("named"), bool):
            problems.append(f"{where}: named must be true or false")
        speaker = item.get("speaker")
        if not (speaker is None or isinstance(speaker, str)
                or (isinstance(speaker, list) and speaker and all(isinstance(s, str) for s in speaker))):
            problems.append(f"{where}: speaker must be a string, a list of strings or null")
    elif kind == "numbers":
        if item.get("hedge", "exact") not in HEDGES:
            problems.append(f"{where}: unknown hedge {item.get('hedge')!r}")
        if not isinstance(item.get("value"), (int, float)):
            problems.append(f"{where}: value must be a number")
        slip = _hedge_slip(item)
        if slip:
            problems.append(f"{where}: {needle!r}: {slip}")
    elif item.get("voice") not in ("quoted", "author"):
        problems.append(f"{where}: voice must be quoted or author")
    return problems


def check_gold(gold_dir: Path | str = GOLD_DIR, root: Path | str | None = None) -> list[str]:
    """Every problem found in the gold annotations; an empty list means the set is well formed."""
    gold_dir, root = Path(gold_dir), Path(root) if root is not None else REPO_ROOT
    problems: list[str] = []
    gold_files = set()
    for name, gold in load_gold(gold_dir).items():
        path = resolve(gold.get("file", ""), root)
        if not gold.get("file") or not path.is_file():
            problems.append(f"{name}: article file {gold.get('file')!r} not found")
            continue
        gold_files.add(gold["file"])
        text = reference_text(path)
        for kind in ("quotes", "numbers", "loaded_terms"):
            seen = set()
            for index, item in enumerate(gold.get(kind, [])):
                where = f"{name} {kind}[{index}]"
                key = (item.get("text"), item.get("occurrence", 1))
                if key in seen:
                    problems.append(f"{where}: {key[0]!r} annotated twice")
                seen.add(key)
                problems += _check_item(where, item, text, kind)
    for index, gold_set in enumerate(load_conflict_sets(gold_dir)):
        for file in gold_set["files"]:
            if file not in gold_files:
                problems.append(f"conflict set {index}: {file} has no annotation")
    return problems


# ---------------------------------------------------------------- printing


def _figure(value: float | None) -> str:
    return "  —  " if value is None else f"{value:5.2f}"


def _counts(section: dict) -> str:
    return f"{section['gold']:>3}/{section['predicted']:>3}/{section['matched']:>3}"


def _field_rate(section: dict, field_name: str) -> str:
    return _figure(ratio(section[field_name]["correct"], section[field_name]["scored"]))


def gold_sets() -> list[Path]:
    """Every gold set beside the default one: gold/, gold_dev4/, gold_holdout*/."""
    return sorted(path for path in GOLD_DIR.parent.glob("gold*") if path.is_dir())


def _pair(section: dict) -> str:
    return f"{_figure(section['recall']).strip()}/{_figure(section['precision']).strip()}"


_SUMMARY_COLUMNS = (
    ("quote R/P", lambda t: _pair(t["quotes"])),
    ("speaker", lambda t: _figure(t["quotes"]["speaker_accuracy"])),
    ("number R/P", lambda t: _pair(t["numbers"])),
    ("hedge", lambda t: _figure(t["numbers"]["hedge_accuracy"])),
    ("loaded F1", lambda t: _figure(t["loaded"]["f1"])),
    ("voice", lambda t: _figure(t["loaded"]["voice_accuracy"])),
    ("conflicts", lambda t: f"{t['conflicts']['found']}/{t['conflicts']['gold']} +{t['conflicts']['spurious']}"),
)


def format_summary(reports: Mapping[str, dict]) -> str:
    """A line per gold set: the goal figures, and conflicts found/gold +spurious."""
    header = f"{'set':<16}{'articles':>9}" + "".join(f"{name:>13}" for name, _ in _SUMMARY_COLUMNS)
    lines = [header]
    for name, report in reports.items():
        totals = report["totals"]
        lines.append(f"{name:<16}{totals['articles']:>9}"
                     + "".join(f"{column(totals):>13}" for _, column in _SUMMARY_COLUMNS))
    return "\n".join(lines)


def format_table(report: dict, verbose: bool = False) -> str:
    lines = [f"{'article':<34} {'ms':>7}  {'quotes g/p/m':>12} {'spk':>5}  {'numbers g/p/m':>13} "
             f"{'hedge':>5}  {'loaded g/p/m':>12} {'voice':>5}"]
    for a in report["articles"]:
        ms = "" if a["milliseconds"] is None else f"{a['milliseconds']:.1f}"
        lines.append(f"{a['name'][:34]:<34} {ms:>7}  {_counts(a['quotes']):>12} "
                     f"{_field_rate(a['quotes'], 'speaker'):>5}  {_counts(a['numbers']):>13} "
                     f"{_field_rate(a['numbers'], 'hedge'):>5}  {_counts(a['loaded']):>12} "
                     f"{_field_rate(a['loaded'], 'voice'):>5}")
        if a["error"]:
            lines.append(f"{'':<4}ERROR {a['error']}")
    t = report["totals"]
    lines += ["", f"TOTAL {t['articles']} articles ({t['articles_failed']} failed); "
                  f"titles right {t['titles']['correct']}/{t['titles']['scored']}; "
                  f"{t['ms_per_1000_words']} ms per 1,000 words, slowest {t['max_ms']} ms"]
    for section, fields in (("quotes", QUOTE_CHECKS), ("numbers", NUMBER_CHECKS),
                            ("loaded", LOADED_CHECKS)):
        s = t[section]
        accuracies = "  ".join(f"{f} {_figure(s[f + '_accuracy'])}" for f in fields)
        lines.append(f"  {section:<8} gold {s['gold']:>4}  predicted {s['predicted']:>4}  "
                     f"matched {s['matched']:>4}  not found in body {s['not_found']:>3}  "
                     f"recall {_figure(s['recall'])}  precision {_figure(s['precision'])}  "
                     f"F1 {_figure(s['f1'])}  {accuracies}")
    c = t["conflicts"]
    lines.append(f"  conflicts found {c['found']}/{c['gold']}, partial {c['partial']}, spurious "
                 f"{c['spurious']}, agreements wrongly flagged {c['agreements_flagged']}/"
                 f"{c['agreements']}, sets failed {c['sets_failed']}")
    lines += ["", "goals"]
    for goal in report["goals"]:
        value = goal["value"]
        shown = _figure(value) if isinstance(value, float) or value is None else f"{value:>5}"
        comparison = "=" if goal["metric"].startswith("conflicts") else "≥"
        lines.append(f"  {goal['metric']:<28} {shown}   goal {comparison} {goal['goal']:<5} "
                     f"{'met' if goal['met'] else 'NOT MET'}")
    for s in report["conflict_sets"]:
        if s["error"]:
            lines.append(f"  conflict set {', '.join(Path(f).name for f in s['files'])}: ERROR {s['error']}")
    if verbose:
        lines += _details(report)
    return "\n".join(lines)


def _details(report: dict) -> list[str]:
    lines = []
    for section in ("quotes", "numbers", "loaded"):
        rows = [a[section] for a in report["articles"]]
        for label, key in (("not found in body (annotation or cleaning error)", "not_found"),
                           ("missed", "misses"), ("false positives", "false_positives"),
                           ("wrong attributes", "wrong")):
            items = [item for row in rows for item in row[key]]
            if not items:
                continue
            lines += ["", f"{section}: {label} ({len(items)})"]
            for item in items:
                detail = item.get("context") or repr(item["text"])
                if key == "wrong":
                    detail = f"{item['field']}: gold {item['gold']} / predicted {item['predicted']} " \
                             f"— {item['text']!r}"
                lines.append(f"  {item['article']}: {detail}")
    for s in report["conflict_sets"]:
        names = ", ".join(Path(f).name for f in s["files"])
        for c in s["conflicts"]:
            if not c["found"]:
                lines.append(f"  conflict missed in {names}: {c['quantity']} {c['values']}")
            elif c["extra_values"]:
                lines.append(f"  conflict found with values that do not belong ({names}): "
                             f"{c['quantity']} {c['values']} + {c['extra_values']}")
        for c in s["partial"] + s["spurious"]:
            lines.append(f"  conflict not in gold ({names}): {c['quantity']} {c['values']}")
        for a in s["agreements"]:
            if a["flagged"]:
                lines.append(f"  agreement wrongly flagged ({names}): {a['quantity']} {a['value']}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the analysis engine on the gold set.")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument("--check", action="store_true", help="validate the gold annotations only")
    parser.add_argument("--gold", default=str(GOLD_DIR), help="gold directory (default: %(default)s)")
    parser.add_argument("--all", action="store_true", help="one line of goal figures per gold set")
    args = parser.parse_args(argv)
    if args.all:
        print(format_summary({path.name: evaluate(path) for path in gold_sets()}))
        return 0
    if args.check:
        problems = check_gold(args.gold)
        print("\n".join(problems) if problems else "gold set OK")
        return 1 if problems else 0
    report = evaluate(args.gold)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json
          else format_table(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
