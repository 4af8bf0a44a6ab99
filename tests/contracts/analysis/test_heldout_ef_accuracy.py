"""The fifth and sixth blind held-out batches (heldout_e, heldout_f), built fresh and scored.

Written blind by other hands: H-2A and H-2B job orders and contracts in English and Spanish,
Gulf and Caribbean overseas contracts, a chat broadcast, bilingual offer letters. Before the
general fixes heldout_e scored fees P=0.74 R=0.74, missing terms P=0.71 R=0.92, recruiters
P=0.57 R=0.67 and 0/3 compliant documents clean; heldout_f fees P=0.87 R=0.71, missing terms
P=0.74 R=0.96, recruiters P=0.64 R=0.90 and 2/3 clean. The floors are what they reach now,
with a little slack. heldout_f keeps one recruiter miss: "Al-Rawda Domestic Labour Office",
whose "Office" reads like a government body.
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
CLAUSE_FLOOR = 0.85
TERM_FLOOR = 0.95
RECRUITER_FLOOR = {"heldout_e": 0.95, "heldout_f": 0.85}
BATCHES = tuple(RECRUITER_FLOOR)


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
    assert len(list(built[batch].glob("*.pdf"))) == 10
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
    assert result.clauses.precision >= CLAUSE_FLOOR, result.lines()
    assert result.clauses.recall >= CLAUSE_FLOOR, result.lines()


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
    assert result.recruiters.precision >= RECRUITER_FLOOR[batch], result.lines()
    assert result.recruiters.recall >= RECRUITER_FLOOR[batch], result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_no_fee_finding_in_compliant_documents(
    evaluations: dict[str, Evaluation], batch: str
) -> None:
    result = evaluations[batch]
    assert result.compliant_docs == 3
    assert result.compliant_failures == []


@pytest.mark.parametrize("batch", BATCHES)
def test_severity_and_amounts(evaluations: dict[str, Evaluation], batch: str) -> None:
    result = evaluations[batch]
    agree, compared = result.severity
    assert compared and agree == compared, result.lines()
    agree, compared = result.amounts
    assert compared and agree >= 0.85 * compared, result.lines()
