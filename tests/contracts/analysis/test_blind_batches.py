"""Blind held-out batches, each built fresh by its own generator and scored.

Written blind by other hands (none had read the rules) and committed before any fix. Blind
scores before the general fixes, kept here as the honest estimate for unseen documents:
- heldout (first 15 of 19): fees P 0.85 R 0.68, missing terms P 0.44 R 0.96, 3/5 compliant clean
- heldout_b: fees P 0.70 R 0.58, missing terms P 0.57 R 0.96, recruiters P 0.86, 1/4 clean
- heldout_c: fees P 0.72 R 0.72, missing terms P 0.89 R 0.91, recruiters P 0.14, 1/4 compliant clean
- heldout_d: fees P 0.82 R 0.82, missing terms P 0.87 R 0.97, recruiters P 0.40, 2/4 clean
- heldout_e: fees P 0.74 R 0.74, missing terms P 0.71 R 0.92, recruiters P 0.57, 0/3 clean
- heldout_f: fees P 0.87 R 0.71, missing terms P 0.74 R 0.96, recruiters P 0.64, 2/3 clean
The floors are what they reach after the fixes, with a little slack. Known recruiter misses:
heldout_c, a table label run into the agency's name and a "(Hong Kong)" cell wrapped into the
next name; heldout_f, "Al-Rawda Domestic Labour Office" ("Office" reads like a government body).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contracts.analysis import analyze_contract
from contracts.analysis.evaluation import Evaluation, evaluate

HERE = Path(__file__).parent
FEE_FLOOR = 0.95
TERM_FLOOR = 0.95
# batch: (documents, compliant documents, recruiter floor, clause-level fee floor,
#         share of amounts that must agree)
BATCH = {
    "heldout": (19, 6, 0.90, 0.95, 0.90),
    "heldout_b": (12, 4, 0.90, 0.85, 0.90),
    "heldout_c": (12, 4, 0.70, 0.85, 0.85),
    "heldout_d": (12, 4, 0.95, 0.85, 0.85),
    "heldout_e": (10, 3, 0.95, 0.85, 0.85),
    "heldout_f": (10, 3, 0.85, 0.85, 0.85),
}
BATCHES = tuple(BATCH)


def _build(batch: str, out: Path) -> None:
    """Run the batch's own generator (it reads its sibling docs module from its folder)."""
    script = HERE / batch / "build.py"
    subprocess.run(
        [sys.executable, str(script), str(out)], check=True, capture_output=True, timeout=600
    )


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    dirs = {}
    for batch in BATCHES:
        out = tmp_path_factory.mktemp(batch)
        _build(batch, out)
        dirs[batch] = out
    return dirs


@pytest.fixture(scope="session")
def evaluations(built: dict[str, Path]) -> dict[str, Evaluation]:
    return {
        batch: evaluate(folder, lambda path, program: analyze_contract(path, program=program))
        for batch, folder in built.items()
    }


@pytest.mark.parametrize("batch", BATCHES)
def test_corpus_shape(built: dict[str, Path], batch: str) -> None:
    assert len(list(built[batch].glob("*.pdf"))) == BATCH[batch][0]
    labels = (built[batch] / "labels.json").read_text(encoding="utf-8")
    assert labels == (HERE / batch / "labels.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("batch", BATCHES)
def test_no_errors(evaluations: dict[str, Evaluation], batch: str) -> None:
    assert evaluations[batch].errors == []


@pytest.mark.parametrize("batch", BATCHES)
def test_fee_precision_and_recall(evaluations: dict[str, Evaluation], batch: str) -> None:
    result = evaluations[batch]
    assert result.fees.precision >= FEE_FLOOR, result.lines()
    assert result.fees.recall >= FEE_FLOOR, result.lines()
    assert result.clauses.precision >= BATCH[batch][3], result.lines()
    assert result.clauses.recall >= BATCH[batch][3], result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_fee_scores_by_language(evaluations: dict[str, Evaluation], batch: str) -> None:
    result = evaluations[batch]
    for score in result.fees_by_language.values():
        assert score.precision >= 0.90, result.lines()
        assert score.recall >= 0.90, result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_missing_terms_precision_and_recall(evaluations: dict[str, Evaluation], batch: str) -> None:
    result = evaluations[batch]
    assert result.terms.precision >= TERM_FLOOR, result.lines()
    assert result.terms.recall >= TERM_FLOOR, result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_recruiters(evaluations: dict[str, Evaluation], batch: str) -> None:
    result = evaluations[batch]
    assert result.recruiters.precision >= BATCH[batch][2], result.lines()
    assert result.recruiters.recall >= BATCH[batch][2], result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_no_fee_finding_in_compliant_documents(
    evaluations: dict[str, Evaluation], batch: str
) -> None:
    result = evaluations[batch]
    assert result.compliant_docs == BATCH[batch][1]
    assert result.compliant_failures == []


@pytest.mark.parametrize("batch", BATCHES)
def test_severity_and_amounts(evaluations: dict[str, Evaluation], batch: str) -> None:
    result = evaluations[batch]
    agree, compared = result.severity
    assert compared and agree == compared, result.lines()
    agree, compared = result.amounts
    assert compared and agree >= BATCH[batch][4] * compared, result.lines()
