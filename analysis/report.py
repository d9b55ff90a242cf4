"""The analysis as the stable JSON document of `analyze_article --json`, or as a readable report."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from .types import ArticleAnalysis, Conflict


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def analysis_to_dict(name: str, analysis: ArticleAnalysis) -> dict:
    return {
        "file": name,
        "title": analysis.title,
        "outlet": analysis.outlet,
        "body": analysis.body,
        "quotes": [
            {
                "text": q.text,
                "kind": q.kind,
                "speaker": q.speaker,
                "named": q.named,
                "role": q.role,
                "via": q.via,
                "start": q.start,
                "end": q.end,
            }
            for q in analysis.quotes
        ],
        "numbers": [
            {
                "value": _number(n.value),
                "hedge": n.hedge,
                "counts": n.counts,
                "text": n.text,
                "start": n.start,
                "end": n.end,
            }
            for n in analysis.numbers
        ],
        "loaded_terms": [
            {
                "term": t.term,
                "voice": t.voice,
                "neutral": list(t.neutral),
                "start": t.start,
                "end": t.end,
            }
            for t in analysis.loaded_terms
        ],
    }


def conflicts_to_list(conflicts: Sequence[Conflict]) -> list[dict]:
    return [
        {
            "quantity": c.quantity,
            "reports": [
                {"file": r.article, "value": _number(r.value), "hedge": r.hedge, "text": r.text}
                for r in c.reports
            ],
        }
        for c in conflicts
    ]


def analyses_to_document(analyses: Mapping[str, ArticleAnalysis], conflicts: Sequence[Conflict]) -> dict:
    return {
        "articles": [analysis_to_dict(name, a) for name, a in analyses.items()],
        "conflicts": conflicts_to_list(conflicts),
    }


def readable_report(analyses: Mapping[str, ArticleAnalysis], conflicts: Sequence[Conflict]) -> str:
    lines: list[str] = []
    for name, analysis in analyses.items():
        lines.append(f"== {name}: {analysis.title or '(no headline)'}")
        if analysis.outlet:
            lines.append(f"   outlet: {analysis.outlet}")
        lines.append(f"   {len(analysis.quotes)} quotes")
        for q in analysis.quotes:
            who = q.speaker or "unattributed"
            named = "named" if q.named else "anonymous"
            via = f", via {q.via}" if q.via else ""
            role = f" ({q.role})" if q.role else ""
            lines.append(f"   - [{q.kind}] {who}{role}, {named}{via}: “{_short(q.text)}”")
        lines.append(f"   {len(analysis.numbers)} numbers")
        for n in analysis.numbers:
            counts = f" — {n.counts}" if n.counts else ""
            lines.append(f"   - {n.text!r}: {_number(n.value)} ({n.hedge}){counts}")
        lines.append(f"   {len(analysis.loaded_terms)} loaded terms")
        for t in analysis.loaded_terms:
            neutral = ", ".join(t.neutral)
            lines.append(f"   - {t.matched!r} ({t.voice}'s voice) → {neutral}")
    if conflicts:
        lines.append("== Conflicting figures across articles")
        for c in conflicts:
            reports = "; ".join(f"{r.article}: {r.text!r}" for r in c.reports)
            lines.append(f"   - {c.quantity}: {reports}")
    return "\n".join(lines)


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
