"""Annotator's own validation for gold_holdout3 (no engine code).

Rebuilds each article's clean body by hand-written rules (drops the furniture lines listed below,
keeps the HTML article's <h1> and story <p>s), then checks that every annotated text occurs at its
occurrence both in that body and in the raw text that `evaluate --check` reads, and at the same
place (same surrounding words). Also checks field rules and that every body is 350-800 words.
`--uncovered` lists every digit, number word and quoted span no annotation covers (second pass).
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEDGES = {"exact", "approximate", "at_least", "at_most", "more_than", "less_than"}
SAME = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})

FURNITURE = {
    "derailment_alberta_a.txt": [r"^\(Reporting by"],
    "derailment_alberta_b.txt": [r"^By Jen Marchuk", r"^Published ", r"^Listen to this article",
                                 r"^Share on ", r"^Email$", r"^Print$", r"^Photo: ", r"^Advertisement$",
                                 r"^Related: ", r"^Get the Herald in your inbox$", r"^Morning headlines",
                                 r"^Report a typo$"],
    "drug_pricing_hearing.txt": [r"^Associated Press writer .* contributed"],
    "byelection_tshwane.txt": [r"^By Naledi Khumalo", r"^Published ", r"^ALSO READ \|", r"^WATCH \|",
                               r"^Get the big stories first"],
    "legionnaires_lancaster.txt": [r"^By Dana Whitcombe", r"^This story has been updated",
                                   r"^Staff writer .* contributed"],
}
CUT_AT = {"derailment_alberta_b.txt": r"^Most Read$"}


def reference_text(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return text
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    return html.unescape(re.sub(r"<[^>]+>", "\n", text))


def clean_body(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        h1 = re.search(r"(?s)<h1>(.*?)</h1>", raw).group(1)
        story = re.search(r'(?s)<div class="story-body">(.*?)</div>\s*</article>', raw).group(1)
        story = re.sub(r"(?s)<aside.*?</aside>", "", story)
        story = re.sub(r"(?s)<figure>.*?</figure>", "", story)
        paras = [p for p in re.findall(r"(?s)<p>(.*?)</p>", story)]
        paras = [h1] + paras
        paras = [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paras]
    else:
        paras = []
        for line in raw.splitlines():
            if CUT_AT.get(path.name) and re.match(CUT_AT[path.name], line.strip()):
                break
            if not line.strip():
                continue
            if any(re.match(p, line.strip()) for p in FURNITURE.get(path.name, [])):
                continue
            paras.append(line)
    paras = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in paras]
    return "\n\n".join(paras), paras[0]


def stands_alone(t, s, e):
    b = t[s - 1] if s > 0 else ""
    a = t[e] if e < len(t) else ""
    if t[s].isalnum() and b.isalnum():
        return False
    if t[e - 1].isalnum() and a.isalnum():
        return False
    if t[s].isdigit() and b in ",." and s > 1 and t[s - 2].isdigit():
        return False
    if t[e - 1].isdigit() and a in ",." and e + 1 < len(t) and t[e + 1].isdigit():
        return False
    return True


def locate(body, needle, occ=1):
    h, n = body.translate(SAME), needle.translate(SAME)
    seen, i = 0, h.find(n)
    while i >= 0:
        if stands_alone(h, i, i + len(n)):
            seen += 1
            if seen == occ:
                return i, i + len(n)
        i = h.find(n, i + 1)
    return None


def count(body, needle):
    c = 0
    while locate(body, needle, c + 1):
        c += 1
    return c


def ctx(t, span, w=25):
    return " ".join(t[max(0, span[0] - w):span[1] + w].translate(SAME).split())


def line_of(t, span):
    s = t.rfind("\n", 0, span[0]) + 1
    e = t.find("\n", span[1])
    return " ".join(t[s:e if e >= 0 else len(t)].translate(SAME).split())


def whole_quote(t, span):
    s, e = span
    while e < len(t) and t[e] in ",.?!;:":
        e += 1
    return s > 0 and t[s - 1] in "\"“‘'" and e < len(t) and t[e] in "\"”’'"


PREFIX = {
    "approximate": ("about ", "around ", "roughly ", "some ", "an estimated ", "approximately ", "~"),
    "at_least": ("at least ", "no fewer than ", "a minimum of ", "between "),
    "at_most": ("as many as ", "as much as ", "up to ", "at most ", "no more than "),
    "more_than": ("more than ", "over ", "upwards of ", "in excess of ", "above ", "beyond "),
    "less_than": ("almost ", "nearly ", "fewer than ", "less than ", "under ", "just shy of ", "close to "),
}
NUMWORDS = r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|third|thirds|quarter|quarters|fifth|twice|double|lakh|crore)\b"


def main():
    show_uncovered = "--uncovered" in sys.argv
    problems, totals = [], {"quotes": 0, "numbers": 0, "loaded_terms": 0}
    for jpath in sorted(HERE.glob("*.json")):
        if jpath.name == "conflicts.json":
            continue
        gold = json.loads(jpath.read_text(encoding="utf-8"))
        name = jpath.stem
        art = HERE / "articles" / Path(gold["file"]).name
        if not gold["file"].startswith("analysis/gold_holdout3/articles/") or not art.is_file():
            problems.append(f"{name}: bad file {gold['file']}")
            continue
        body, title = clean_body(art)
        raw = reference_text(art)
        words = len(body.split("\n\n", 1)[1].split())
        print(f"{name:<28} body words {words:>4}  q {len(gold['quotes']):>2}  n {len(gold['numbers']):>2}  l {len(gold['loaded_terms']):>2}")
        if not 350 <= words <= 800:
            problems.append(f"{name}: body has {words} words")
        if gold.get("title") != title:
            problems.append(f"{name}: title {gold.get('title')!r} != {title!r}")
        covered = {"quotes": [], "numbers": [], "loaded_terms": []}
        for kind in ("quotes", "numbers", "loaded_terms"):
            seen = set()
            for i, it in enumerate(gold[kind]):
                totals[kind] += 1
                where = f"{name} {kind}[{i}] {it['text']!r}"
                key = (it["text"], it.get("occurrence", 1))
                if key in seen:
                    problems.append(f"{where}: duplicate")
                seen.add(key)
                occ = it.get("occurrence", 1)
                sb, sr = locate(body, it["text"], occ), locate(raw, it["text"], occ)
                if sb is None:
                    problems.append(f"{where}: not in clean body")
                    continue
                covered[kind].append(sb)
                if sr is None:
                    problems.append(f"{where}: not in raw text")
                elif line_of(body, sb) != line_of(raw, sr):
                    problems.append(f"{where}: body/raw occurrence mismatch: {line_of(body, sb)[:60]!r} vs {line_of(raw, sr)[:60]!r}")
                if "occurrence" not in it and (count(body, it["text"]) > 1 or count(raw, it["text"]) > 1):
                    problems.append(f"{where}: ambiguous, give occurrence")
                if kind == "quotes":
                    if len(it["text"]) > 60 or (len(it["text"]) < 10 and not whole_quote(body, sb)):
                        problems.append(f"{where}: quote text length")
                    if it["kind"] not in ("statement", "scare") or not isinstance(it["named"], bool):
                        problems.append(f"{where}: bad kind/named")
                    if "via" not in it or "speaker" not in it:
                        problems.append(f"{where}: missing via/speaker")
                elif kind == "numbers":
                    if it["hedge"] not in HEDGES or not isinstance(it["value"], (int, float)):
                        problems.append(f"{where}: bad hedge/value")
                    for h, pre in PREFIX.items():
                        if it["text"].lower().startswith(pre) and it["hedge"] != h:
                            problems.append(f"{where}: starts like {h}")
                elif it["voice"] not in ("quoted", "author"):
                    problems.append(f"{where}: bad voice")
                if "--contexts" in sys.argv:
                    print(f"   {kind[:1]} {ctx(body, sb, 30)}")
        if show_uncovered:
            nums = covered["numbers"]
            for m in list(re.finditer(r"\d[\d,.]*", body)) + list(re.finditer(NUMWORDS, body, re.I)):
                if not any(s <= m.start() < e for s, e in nums):
                    print(f"   uncovered number: {ctx(body, (m.start(), m.end()), 30)}")
            for m in re.finditer(r"[\"“‘][^\"”’“‘]{1,400}?[\"”’]|(?<![A-Za-z])'[^']{2,200}'(?![A-Za-z])", body):
                if not any(s < m.end() and m.start() < e for s, e in covered["quotes"]):
                    print(f"   uncovered quote: {m.group(0)[:70]!r}")
    conf = json.loads((HERE / "conflicts.json").read_text(encoding="utf-8"))
    for s in conf["sets"]:
        for f in s["files"]:
            if not (HERE / "articles" / Path(f).name).is_file():
                problems.append(f"conflicts: {f} missing")
    print("totals", totals, "conflict sets", len(conf["sets"]))
    print("\n".join(problems) if problems else "check OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
