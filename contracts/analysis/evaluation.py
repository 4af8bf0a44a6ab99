"""Score checker reports against a labelled corpus (the dev `labels.json` format)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contracts.analysis.model import Report
from contracts.analysis.text import key


@dataclass
class Score:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: Iterable[object], expected: Iterable[object]) -> None:
        """Count one document's predicted vs expected set."""
        p, e = set(predicted), set(expected)
        self.tp += len(p & e)
        self.fp += len(p - e)
        self.fn += len(e - p)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, label: str) -> str:
        """One printable line."""
        return (
            f"{label:<28} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"(tp={self.tp} fp={self.fp} fn={self.fn})"
        )


@dataclass
class Evaluation:
    """All scores of one corpus run."""

    fees: Score = field(default_factory=Score)
    clauses: Score = field(default_factory=Score)
    terms: Score = field(default_factory=Score)
    fees_by_language: dict[str, Score] = field(default_factory=dict)
    terms_by_language: dict[str, Score] = field(default_factory=dict)
    recruiters: Score = field(default_factory=Score)
    severity: list[int] = field(default_factory=lambda: [0, 0])  # [agreeing, compared]
    amounts: list[int] = field(default_factory=lambda: [0, 0])
    compliant_docs: int = 0
    compliant_failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The printable report."""
        out = [
            self.fees.line("fees (doc x category)"),
            self.clauses.line("fees (clause level)"),
            self.terms.line("missing terms"),
        ]
        for lang, score in sorted(self.fees_by_language.items()):
            out.append(score.line(f"fees [{lang}]"))
        for lang, score in sorted(self.terms_by_language.items()):
            out.append(score.line(f"missing terms [{lang}]"))
        out.append(self.recruiters.line("recruiters named"))
        out.append(
            f"severity agrees on {self.severity[0]}/{self.severity[1]} matched findings; "
            f"amount and currency on {self.amounts[0]}/{self.amounts[1]}"
        )
        ok = self.compliant_docs - len(self.compliant_failures)
        out.append(
            f"compliant docs without fee findings: {ok}/{self.compliant_docs}"
            + (
                f" (failures: {', '.join(self.compliant_failures)})"
                if self.compliant_failures
                else ""
            )
        )
        out += [f"error: {e}" for e in self.errors]
        return out


def _overlap(quote: str, excerpt: str) -> bool:
    """Whether a predicted excerpt covers most of a labelled quote."""
    q, e = key(quote).split(), set(key(excerpt).split())
    return bool(q) and sum(w in e for w in q) / len(q) >= 0.6


def clause_score(label: dict[str, object], report: Report) -> tuple[int, int, int]:
    """(tp, fp, fn) at clause level; quotes sharing a `group` count once."""
    fees = label.get("fees") or []
    assert isinstance(fees, list)
    units: dict[object, list[dict[str, object]]] = {}
    for i, fee in enumerate(fees):
        units.setdefault(fee.get("group", f"solo{i}"), []).append(fee)
    matched_units: set[object] = set()
    fp = 0
    for finding in report.fees:
        hit = next(
            (
                u
                for u, quotes in units.items()
                for q in quotes
                if q["category"] == finding.category and _overlap(str(q["quote"]), finding.excerpt)
            ),
            None,
        )
        if hit is None:
            fp += 1
        else:
            matched_units.add(hit)
    tp = len(matched_units)
    return tp, fp, len(units) - tp


def evaluate(folder: Path, analyze: Callable[[Path, str], Report]) -> Evaluation:
    """Run `analyze(path, program)` on every labelled file of `folder` and score it."""
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    result = Evaluation()
    for label in labels:
        try:
            report = analyze(folder / label["file"], label["program"])
        except Exception as exc:  # noqa: BLE001 - one bad file must not hide the others
            result.errors.append(f"{label['file']}: {exc}")
            continue
        lang = label.get("language", "und")
        doc = label["file"]
        predicted = {(doc, f.category) for f in report.fees}
        expected = {(doc, f["category"]) for f in label["fees"]}
        result.fees.add(predicted, expected)
        result.fees_by_language.setdefault(lang, Score()).add(predicted, expected)
        tp, fp, fn = clause_score(label, report)
        result.clauses.tp += tp
        result.clauses.fp += fp
        result.clauses.fn += fn
        p_terms = {(doc, t) for t in report.missing_terms}
        e_terms = {(doc, t) for t in label["missing_terms"]}
        result.terms.add(p_terms, e_terms)
        result.terms_by_language.setdefault(lang, Score()).add(p_terms, e_terms)
        _details(result, label, report)
        if not label["fees"]:
            result.compliant_docs += 1
            if report.fees:
                result.compliant_failures.append(doc)
    return result


def _details(result: Evaluation, label: dict[str, Any], report: Report) -> None:
    """Severity and amount of each (category) both sides found, and the recruiters named."""
    doc = label["file"]
    for fee in label["fees"]:
        got = next(
            (
                f
                for f in report.fees
                if f.category == fee["category"] and _overlap(str(fee["quote"]), f.excerpt)
            ),
            None,
        )
        if got is None:
            continue
        result.severity[1] += 1
        result.severity[0] += got.severity == fee["severity"]
        if fee.get("amount") is not None:
            result.amounts[1] += 1
            result.amounts[0] += got.amount == fee["amount"] and got.currency == fee["currency"]
    result.recruiters.add(
        {(doc, firm_key(r.name)) for r in report.recruiters},
        {(doc, firm_key(n)) for n in label.get("recruiters") or []},
    )


# "Sonar Tori Overseas" and "Sonar Tori Overseas Ltd." are one firm, as the registry sees it.
_LEGAL_FORM = re.compile(
    r"(?:\s+(?:\(?(?:hk|pvt|pte|private)\)?|ltd|limited|inc|llc|corp|co|s ?[ac]|s de r ?l|"
    r"de c ?v|sdn bhd|pt))+$"
)


def firm_key(name: str) -> str:
    """A name's key without its legal form, so spellings of one firm's name compare equal."""
    return _LEGAL_FORM.sub("", key(name)).strip()
