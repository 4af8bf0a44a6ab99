"""Group spellings of one agency: same key, names joined by '/', or close within a country."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from registry.names import clean_display, compact_key, name_key, split_names

MERGE_SCORE = 90.0  # at or above: the same agency, spelled differently
REVIEW_SCORE = 80.0  # between the two: maybe the same; staff decide
MIN_FUZZY_LENGTH = 6  # short keys ("snow", "ovc") differ by one letter from other agencies


@dataclass
class Cluster:
    """Spellings that make one recruiter, and the existing recruiter they join, if any."""

    keys: set[str] = field(default_factory=set)
    raw: Counter[str] = field(default_factory=Counter)  # whole spelling -> rows
    countries: Counter[str] = field(default_factory=Counter)
    recruiter_ids: set[int] = field(default_factory=set)

    def names(self) -> dict[str, str]:
        """Every display name with its kind: the spelling as filed, and its parts."""
        out: dict[str, str] = {}
        for raw in self.raw:
            out.setdefault(clean_display(raw), "source")
            for part in split_names(raw):
                out.setdefault(part, "alias")
        return out


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _same_head(a: str, b: str) -> bool:
    """'hem international services' is not 'mtl international services', nor 'agency 1'
    'agency 2': the first word must be close and the numbers equal, not only the rest."""
    digits = ["".join(c for c in k if c.isdigit()) for k in (a, b)]
    return digits[0] == digits[1] and fuzz.ratio(a.split()[0], b.split()[0]) >= 60


def _keys(raw: str) -> list[str]:
    keys = [name_key(raw)] + [name_key(part) for part in split_names(raw)]
    return [k for k in dict.fromkeys(keys) if k]


def cluster(
    spellings: dict[str, Counter[str]],
    existing: dict[str, int],
    existing_countries: dict[str, set[str]],
) -> tuple[list[Cluster], list[tuple[str, str, float]]]:
    """Cluster raw spellings (with row counts per country) and list ambiguous key pairs."""
    union = _Union()
    key_countries: dict[str, set[str]] = defaultdict(set)
    for raw, countries in spellings.items():
        keys = _keys(raw)
        for key in keys:
            union.join(key, keys[0])
            key_countries[key].update(countries)
    _join_compact_spellings(union, existing)
    review = _fuzzy(union, key_countries, existing_countries)
    clusters: dict[str, Cluster] = defaultdict(Cluster)
    for key in list(union.parent):
        group = clusters[union.find(key)]
        group.keys.add(key)
        if key in existing:
            group.recruiter_ids.add(existing[key])
    for raw, countries in spellings.items():
        group = clusters[union.find(_keys(raw)[0])]
        group.raw[raw] += sum(countries.values())
        group.countries.update(countries)
    return [c for c in clusters.values() if c.raw], review


def _join_compact_spellings(union: _Union, existing: dict[str, int]) -> None:
    """Spellings equal but for spaces and "and" are one agency, in any country."""
    first: dict[str, str] = {}
    for key in list(union.parent):
        union.join(key, first.setdefault(compact_key(key), key))
    for key in existing:
        same = first.get(compact_key(key))
        if same is not None and key not in union.parent:
            union.join(key, same)  # two old recruiters meeting here become a review pair


def _fuzzy(
    union: _Union, new: dict[str, set[str]], old: dict[str, set[str]]
) -> list[tuple[str, str, float]]:
    """Join near-identical keys within each country; return the doubtful pairs."""
    by_country: dict[str, set[str]] = defaultdict(set)
    for source in (new, old):
        for key, countries in source.items():
            for country in countries:
                by_country[country].add(key)
    review: dict[tuple[str, str], float] = {}
    for country, keys in by_country.items():
        pool = sorted(k for k in keys if len(k) >= MIN_FUZZY_LENGTH)
        fresh = [k for k in pool if country in new.get(k, ())]
        if not fresh or len(pool) < 2:
            continue
        scores = process.cdist(
            fresh, pool, scorer=fuzz.ratio, score_cutoff=REVIEW_SCORE, workers=-1
        )
        for i, j in zip(*scores.nonzero(), strict=True):
            a, b, score = fresh[i], pool[j], float(scores[i, j])
            if a == b:
                continue
            if score >= MERGE_SCORE and _same_head(a, b) and not (a in old and b in old):
                union.join(a, b)
            else:
                review[(min(a, b), max(a, b))] = score
    return [(a, b, s) for (a, b), s in review.items() if union.find(a) != union.find(b)]
