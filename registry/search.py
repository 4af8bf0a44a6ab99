"""Search recruiters by any name (typos, accents, legal forms) or by number; ranked, paged."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice, repeat
from typing import Any

from flask import current_app
from rapidfuzz import fuzz, process

from registry import index as search_index
from registry.names import name_key, normalize, normalize_number

MAX_QUERY = 200  # characters; longer queries are refused by the forms and the API
CANDIDATES = 300  # names scored precisely per query
MIN_SCORE = 60.0
TYPO_VARIANTS = 12  # close spellings tried per unknown word (one-letter typos tie often)
BIG_POSTING = 2000  # a token this common only re-ranks candidates that rarer tokens found
STATUS_RANK = {
    s: i
    for i, s in enumerate(("registered", "pending", "suspended", "revoked", "expired", "disclosed"))
}


@dataclass(frozen=True)
class Hit:
    """One recruiter in the results, with the name that matched."""

    recruiter_id: int
    legal_name: str
    matched_name: str
    match_kind: str  # name | registration | licence
    status: str
    country: str | None
    countries: frozenset[str]
    is_demo: bool
    registration_number: str | None
    score: float


@dataclass(frozen=True)
class Page:
    """A page of hits; attribute names follow Flask-SQLAlchemy's Pagination for templates."""

    hits: list[Hit]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1


def _variants(idx: search_index.Index, token: str, last: bool) -> dict[str, float]:
    """The token itself, close spellings of it, and (for the last word) completions."""
    found: dict[str, float] = {token: 1.0} if token in idx.postings else {}
    if not found and len(token) >= 3:  # a word nobody uses: probably a typo
        pool: set[str] = set()
        for n in range(len(token) - 1, len(token) + 2):
            size = search_index.affix(n)
            pool.update(idx.by_shape.get((n, token[:size], 0), ()))
            pool.update(idx.by_shape.get((n, token[-size:], -1), ()))
        for word, score, _ in process.extract(
            token, pool, scorer=fuzz.ratio, limit=TYPO_VARIANTS, score_cutoff=75
        ):
            found.setdefault(word, score / 100 * 0.95)
    if last and len(token) >= 3 and len(found) < 3:
        start = bisect.bisect_left(idx.vocabulary, token)
        for word in idx.vocabulary[start : start + 20]:
            if not word.startswith(token):
                break
            found.setdefault(word, 0.9)
    return found


def _contains(posting: Any, position: int) -> bool:
    at = bisect.bisect_left(posting, position)
    return at < len(posting) and posting[at] == position


def _candidates(
    idx: search_index.Index, words: list[dict[str, float]], allowed: Callable[[int], bool] | None
) -> dict[int, float]:
    """Name positions sharing (approximately) the query's words, rarest words first."""
    scores: dict[int, float] = {}
    expanded = [(v, weight) for variants in words for v, weight in variants.items()]
    expanded.sort(key=lambda item: len(idx.postings[item[0]]))
    for variant, weight in expanded:
        gain = idx.idf[variant] * weight
        posting = idx.postings[variant]
        if len(posting) > BIG_POSTING and scores:  # only re-rank the candidates found
            if len(posting) < 16 * len(scores):  # a C-speed scan beats binary searches
                common: Iterable[int] = filter(scores.__contains__, posting)
            else:
                common = [p for p in scores if _contains(posting, p)]
            for position in common:
                scores[position] += gain
            continue
        new = islice(posting if allowed is None else filter(allowed, posting), BIG_POSTING * 2)
        if not scores:
            scores = dict.fromkeys(new, gain)
            continue
        for position in new:
            scores[position] = scores.get(position, 0.0) + gain
    return scores


def _score(
    key: str, name: str, words: list[dict[str, float]], weights: list[float], total: float
) -> float:
    """0-100: how much of the query the name covers, word by word, blended with the whole."""
    whole = fuzz.ratio(key, name) / 100
    tokens = name.split()
    zeros = repeat(0.0)
    covered = 0.0
    for variants, weight in zip(words, weights, strict=True):
        covered += weight * max(map(variants.get, tokens, zeros), default=0.0)
    return 100 * max(whole, 0.85 * covered / total + 0.15 * whole)


def _rank(q: str, country: str | None, status: str | None) -> list[tuple[int, int, float, str]]:
    """Every matching recruiter as (slot, name position or -1, score, kind), best first."""
    idx = search_index.current()
    cache_key = (q, country, status)
    if cache_key in idx.cache:
        idx.cache.move_to_end(cache_key)
        return idx.cache[cache_key]  # type: ignore[no-any-return]
    recruiters = idx.recruiters

    def fits(slot: int) -> bool:
        r = recruiters[slot]
        return (not country or country in r["countries"]) and (not status or r["status"] == status)

    owner = idx.owner
    allowed = (lambda p: fits(owner[p])) if country or status else None

    best: dict[int, tuple[int, float, str]] = {}
    number = normalize_number(q)
    if len(number) >= 4 and any(c.isdigit() for c in number) and number in idx.numbers:
        slot, kind = idx.numbers[number]
        if fits(slot):
            best[slot] = (-1, 100.0, kind)
    key = name_key(q) or normalize(q)
    if key:
        tokens = key.split()
        words = [_variants(idx, t, i == len(tokens) - 1) for i, t in enumerate(tokens)]
        weights = [
            idx.idf.get(t) or max((idx.idf[v] for v in w), default=1.0)
            for t, w in zip(tokens, words, strict=True)
        ]
        total = sum(weights) or 1.0
        found = _candidates(idx, words, allowed)
        for position in idx.exact.get(key, ()):
            if allowed is None or allowed(position):
                found[position] = 1e9
        top = sorted(found, key=found.__getitem__, reverse=True)[:CANDIDATES]
        for position in top:
            score = _score(key, idx.keys[position], words, weights, total)
            slot = idx.owner[position]
            if score >= MIN_SCORE and score > best.get(slot, (0, -1.0, ""))[1]:
                best[slot] = (position, score, "name")
    elif country or status:  # browsing by filter alone
        best = {s: (-1, 0.0, "filter") for s in range(len(recruiters)) if fits(s)}
    ranked = sorted(
        ((s, p, sc, k) for s, (p, sc, k) in best.items()),
        key=lambda t: (
            -t[2],
            recruiters[t[0]]["is_demo"],
            STATUS_RANK.get(recruiters[t[0]]["status"], 9),
            recruiters[t[0]]["legal_name"].lower(),
        ),
    )
    idx.cache[cache_key] = ranked
    if len(idx.cache) > int(current_app.config.get("SEARCH_CACHE_SIZE", 2048)):
        idx.cache.popitem(last=False)
    return ranked


def search(
    q: str,
    country: str | None = None,
    status: str | None = None,
    page: int = 1,
    per_page: int | None = None,
) -> Page:
    """Ranked recruiters for a query and filters; page numbers start at 1."""
    per_page = per_page or int(current_app.config.get("SEARCH_PAGE_SIZE", 20))
    ranked = _rank(" ".join(q.split())[:MAX_QUERY], country or None, status or None)
    idx = search_index.current()
    hits = []
    for slot, position, score, kind in ranked[(page - 1) * per_page : page * per_page]:
        r = idx.recruiters[slot]
        matched = (
            idx.names[position]
            if position >= 0
            else (r["registration_number"] if kind == "registration" else r["legal_name"])
        )
        hits.append(
            Hit(
                r["id"],
                r["legal_name"],
                matched if kind != "licence" else q,
                kind,
                r["status"],
                r["country"],
                r["countries"],
                r["is_demo"],
                r["registration_number"],
                round(float(score), 1),
            )
        )
    return Page(hits, len(ranked), page, per_page)
