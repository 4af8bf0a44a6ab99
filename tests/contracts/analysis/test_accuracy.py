"""The dev corpus evaluation, with floors the engine must keep."""

from __future__ import annotations

import pytest

from contracts.analysis import analyze_contract
from contracts.analysis.evaluation import Evaluation, evaluate
from tests.paths import DEV_CORPUS

FEE_FLOOR = 0.90
TERM_FLOOR = 0.90


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate(DEV_CORPUS, lambda path, program: analyze_contract(path, program=program))


def test_no_errors(evaluation: Evaluation) -> None:
    assert evaluation.errors == []


def test_fee_precision_and_recall(evaluation: Evaluation) -> None:
    assert evaluation.fees.precision >= FEE_FLOOR, evaluation.lines()
    assert evaluation.fees.recall >= FEE_FLOOR, evaluation.lines()
    assert evaluation.clauses.precision >= FEE_FLOOR, evaluation.lines()
    assert evaluation.clauses.recall >= FEE_FLOOR, evaluation.lines()


def test_missing_terms_precision_and_recall(evaluation: Evaluation) -> None:
    assert evaluation.terms.precision >= TERM_FLOOR, evaluation.lines()
    assert evaluation.terms.recall >= TERM_FLOOR, evaluation.lines()


def test_no_fee_finding_in_compliant_documents(evaluation: Evaluation) -> None:
    assert evaluation.compliant_docs == 4
    assert evaluation.compliant_failures == []
