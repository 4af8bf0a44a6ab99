"""Blind held-out batches (102), each built fresh by its own generator and scored.

Each batch was written blind by other hands (none had read the rules) and committed before
any fix; the fee and term floors below are what the rules reach after fixing against it, with
a little slack. What each batch scored BEFORE it was fixed against is the honest estimate for
unseen documents (fees P/R by document and category; missing terms P/R):
- heldout (15 of 19): fees 0.85/0.68, terms P 0.44; heldout_b: 0.70/0.58, terms P 0.57;
  heldout_c: 0.72/0.72, terms P 0.89; heldout_d: 0.82/0.82, terms P 0.87;
  heldout_e: 0.74/0.74, terms P 0.71; heldout_f: 0.87/0.71, terms P 0.74 (earlier sessions).
- Round 1 of this session (g, h, i): fees 0.96/0.85, 0.90/0.90, 0.75/0.73; terms P 0.82, 0.88,
  0.68.
- Round 2, scored after round 1's fixes (j, k, l): fees 0.79/0.79, 0.76/0.79, 0.84/0.69;
  terms P 0.86, 0.95, 0.68 (a phone photo of a table, l11, was unreadable).
- Round 3, after rounds 1-2 (m, n, o): fees 0.91/1.00, 0.97/0.80, 0.89/0.89; terms P 0.89,
  0.90, 0.67; 9 of 11 compliant documents clean. Pooled: fees P 0.92 R 0.89, terms P 0.85 R 0.93.
- Round 4, after rounds 1-3 (p, q, r): fees 0.96/0.93, 0.93/0.76, 0.83/0.86; terms P 0.98,
  0.80, 0.87; 9 of 11 compliant clean. Pooled: fees P 0.90 R 0.84, terms P 0.91 R 0.96.
- Round 5, after rounds 1-4 (s, t, u): fees 0.89/0.89, 0.92/0.76, 0.96/0.88; terms P 1.00,
  0.89, 0.93; 11 of 12 compliant clean. Pooled: fees P 0.92 R 0.84, terms P 0.96 R 0.97.
- Rounds 6-27 (v ... cx) are in the README's table, with their scores on arrival.
Recruiter floors stay low: agents named only by a first name, letterheads without a role,
and farm labour contractors (employers that also recruit) are still missed or misread.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from contracts.analysis import analyze_contract
from contracts.analysis.evaluation import Evaluation, evaluate

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Floors:
    """A batch's size and the scores it must keep."""

    documents: int
    compliant: int
    fees: float  # precision and recall by document and category
    clauses: float  # precision and recall by quoted clause
    terms: float  # missing-term precision and recall
    languages: float  # fee precision and recall within each document language
    recruiters: float
    amounts: float  # share of matched findings whose amount and currency agree


BATCH = {
    "heldout": Floors(
        19, 6, fees=0.95, clauses=0.95, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.95
    ),
    "heldout_b": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.95
    ),
    "heldout_c": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.65, amounts=0.95
    ),
    "heldout_d": Floors(
        12, 4, fees=0.95, clauses=0.8, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.85
    ),
    "heldout_e": Floors(
        10, 3, fees=0.95, clauses=0.95, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.85
    ),
    "heldout_f": Floors(
        10, 3, fees=0.95, clauses=0.95, terms=0.95, languages=0.95, recruiters=0.85, amounts=0.9
    ),
    "heldout_g": Floors(
        12, 4, fees=0.95, clauses=0.95, terms=0.95, languages=0.95, recruiters=0.55, amounts=0.95
    ),
    "heldout_h": Floors(
        12, 4, fees=0.9, clauses=0.9, terms=0.95, languages=0.9, recruiters=0.6, amounts=0.95
    ),
    "heldout_i": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.9, languages=0.95, recruiters=0.9, amounts=0.95
    ),
    "heldout_j": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.8, languages=0.95, recruiters=0.55, amounts=0.95
    ),
    "heldout_k": Floors(
        12, 5, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.65, amounts=0.95
    ),
    "heldout_l": Floors(
        12, 3, fees=0.95, clauses=0.75, terms=0.85, languages=0.9, recruiters=0.6, amounts=0.9
    ),
    "heldout_m": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.5, amounts=0.9
    ),
    "heldout_n": Floors(
        12, 3, fees=0.9, clauses=0.85, terms=0.85, languages=0.85, recruiters=0.7, amounts=0.9
    ),
    "heldout_o": Floors(
        12, 4, fees=0.85, clauses=0.8, terms=0.85, languages=0.75, recruiters=0.5, amounts=0.75
    ),
    "heldout_p": Floors(
        12, 4, fees=0.9, clauses=0.9, terms=0.9, languages=0.85, recruiters=0.55, amounts=0.8
    ),
    "heldout_q": Floors(
        12, 3, fees=0.85, clauses=0.85, terms=0.75, languages=0.8, recruiters=0.5, amounts=0.9
    ),
    "heldout_r": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.85, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_s": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.55, amounts=0.95
    ),
    "heldout_t": Floors(
        12, 4, fees=0.9, clauses=0.85, terms=0.85, languages=0.9, recruiters=0.55, amounts=0.95
    ),
    "heldout_u": Floors(
        12, 4, fees=0.9, clauses=0.9, terms=0.9, languages=0.85, recruiters=0.7, amounts=0.95
    ),
    "heldout_v": Floors(
        12, 4, fees=0.95, clauses=0.75, terms=0.95, languages=0.95, recruiters=0.6, amounts=0.9
    ),
    "heldout_w": Floors(
        12, 4, fees=0.9, clauses=0.7, terms=0.9, languages=0.9, recruiters=0.8, amounts=0.8
    ),
    "heldout_x": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.85, languages=0.95, recruiters=0.45, amounts=0.85
    ),
    "heldout_y": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.85, languages=0.95, recruiters=0.75, amounts=0.95
    ),
    "heldout_z": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.85, languages=0.95, recruiters=0.7, amounts=0.95
    ),
    "heldout_aa": Floors(
        12, 4, fees=0.95, clauses=0.8, terms=0.85, languages=0.7, recruiters=0.55, amounts=0.95
    ),
    "heldout_ab": Floors(
        12, 4, fees=0.9, clauses=0.85, terms=0.9, languages=0.75, recruiters=0.8, amounts=0.95
    ),
    "heldout_ac": Floors(
        12, 4, fees=0.95, clauses=0.75, terms=0.8, languages=0.65, recruiters=0.6, amounts=0.9
    ),
    "heldout_ad": Floors(
        12, 4, fees=0.85, clauses=0.8, terms=0.9, languages=0.7, recruiters=0.5, amounts=0.95
    ),
    "heldout_ae": Floors(
        12, 4, fees=0.9, clauses=0.85, terms=0.8, languages=0.85, recruiters=0.6, amounts=0.9
    ),
    "heldout_af": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.85, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_ag": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.85, languages=0.9, recruiters=0.5, amounts=0.9
    ),
    "heldout_ah": Floors(
        12, 4, fees=0.9, clauses=0.8, terms=0.9, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_ai": Floors(
        12, 4, fees=0.9, clauses=0.9, terms=0.9, languages=0.9, recruiters=0.7, amounts=0.95
    ),
    "heldout_aj": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.85, languages=0.9, recruiters=0.65, amounts=0.9
    ),
    "heldout_ak": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.95, languages=0.95, recruiters=0.6, amounts=0.85
    ),
    "heldout_al": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.95, languages=0.95, recruiters=0.5, amounts=0.75
    ),
    "heldout_am": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.85, languages=0.95, recruiters=0.4, amounts=0.95
    ),
    "heldout_an": Floors(
        12, 4, fees=0.95, clauses=0.8, terms=0.9, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_ao": Floors(
        12, 4, fees=0.9, clauses=0.85, terms=0.95, languages=0.85, recruiters=0.3, amounts=0.8
    ),
    "heldout_ap": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.3, amounts=0.8
    ),
    "heldout_aq": Floors(
        12, 4, fees=0.95, clauses=0.7, terms=0.85, languages=0.95, recruiters=0.3, amounts=0.8
    ),
    "heldout_ar": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.9, languages=0.95, recruiters=0.3, amounts=0.8
    ),
    "heldout_as": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.85, languages=0.95, recruiters=0.3, amounts=0.8
    ),
    "heldout_at": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.85, languages=0.95, recruiters=0.3, amounts=0.8
    ),
    "heldout_au": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.8, languages=0.95, recruiters=0.65, amounts=0.95
    ),
    "heldout_av": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_aw": Floors(
        12, 6, fees=0.95, clauses=0.95, terms=0.85, languages=0.95, recruiters=0.6, amounts=0.8
    ),
    "heldout_ax": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.35, amounts=0.95
    ),
    "heldout_ay": Floors(
        12, 3, fees=0.95, clauses=0.85, terms=0.9, languages=0.95, recruiters=0.5, amounts=0.85
    ),
    "heldout_az": Floors(
        12, 4, fees=0.95, clauses=0.8, terms=0.9, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_ba": Floors(
        12, 3, fees=0.95, clauses=0.75, terms=0.65, languages=0.95, recruiters=0.35, amounts=0.85
    ),
    "heldout_bb": Floors(
        12, 6, fees=0.95, clauses=0.85, terms=0.8, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_bc": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.45, amounts=0.95
    ),
    "heldout_bd": Floors(
        12, 3, fees=0.95, clauses=0.8, terms=0.9, languages=0.95, recruiters=0.55, amounts=0.95
    ),
    "heldout_be": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.55, amounts=0.9
    ),
    "heldout_bf": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.75, amounts=0.9
    ),
    # Round 17 arrived late in a session: bh and bj keep failures not yet fixed (table cells
    # without a payer, a client called "EL CLIENTE"), so their floors sit below the others.
    "heldout_bg": Floors(
        12, 3, fees=0.95, clauses=0.8, terms=0.85, languages=0.9, recruiters=0.5, amounts=0.85
    ),
    "heldout_bh": Floors(
        12, 4, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.9, amounts=0.9
    ),
    "heldout_bi": Floors(
        12, 3, fees=0.95, clauses=0.8, terms=0.9, languages=0.95, recruiters=0.25, amounts=0.9
    ),
    "heldout_bj": Floors(
        12, 4, fees=0.95, clauses=0.85, terms=0.95, languages=0.95, recruiters=0.85, amounts=0.75
    ),
    "heldout_bk": Floors(
        12, 3, fees=0.95, clauses=0.7, terms=0.9, languages=0.95, recruiters=0.7, amounts=0.9
    ),
    "heldout_bl": Floors(
        12, 3, fees=0.95, clauses=0.75, terms=0.95, languages=0.95, recruiters=0.85, amounts=0.85
    ),
    "heldout_bm": Floors(
        12, 3, fees=0.95, clauses=0.65, terms=0.95, languages=0.95, recruiters=0.8, amounts=0.75
    ),
    "heldout_bn": Floors(
        12, 3, fees=0.95, clauses=0.85, terms=0.95, languages=0.95, recruiters=0.9, amounts=0.85
    ),
    "heldout_bo": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.85, amounts=0.9
    ),
    "heldout_bp": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.8, amounts=0.8
    ),
    "heldout_bq": Floors(
        12, 4, fees=0.95, clauses=0.8, terms=0.9, languages=0.95, recruiters=0.95, amounts=0.9
    ),
    "heldout_br": Floors(
        12, 3, fees=0.95, clauses=0.8, terms=0.95, languages=0.95, recruiters=0.75, amounts=0.9
    ),
    "heldout_bs": Floors(
        12, 3, fees=0.95, clauses=0.85, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.9
    ),
    "heldout_bt": Floors(
        12, 3, fees=0.95, clauses=0.75, terms=0.95, languages=0.95, recruiters=0.8, amounts=0.85
    ),
    "heldout_bu": Floors(
        12, 5, fees=0.95, clauses=0.85, terms=0.9, languages=0.95, recruiters=0.95, amounts=0.95
    ),
    "heldout_bv": Floors(
        12, 3, fees=0.95, clauses=0.8, terms=0.95, languages=0.95, recruiters=0.6, amounts=0.9
    ),
    "heldout_bw": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.65, amounts=0.85
    ),
    "heldout_bx": Floors(
        12, 6, fees=0.95, clauses=0.95, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.9
    ),
    "heldout_by": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.95, amounts=0.95
    ),
    "heldout_bz": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.95, languages=0.95, recruiters=0.8, amounts=0.8
    ),
    "heldout_ca": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.9, languages=0.9, recruiters=0.75, amounts=0.95
    ),
    "heldout_cb": Floors(
        12, 6, fees=0.9, clauses=0.9, terms=0.75, languages=0.85, recruiters=0.55, amounts=0.85
    ),
    "heldout_cc": Floors(
        12, 3, fees=0.75, clauses=0.7, terms=0.95, languages=0.75, recruiters=0.8, amounts=0.9
    ),
    "heldout_cd": Floors(
        12, 3, fees=0.85, clauses=0.8, terms=0.95, languages=0.85, recruiters=0.8, amounts=0.9
    ),
    "heldout_ce": Floors(
        12, 3, fees=0.95, clauses=0.8, terms=0.85, languages=0.95, recruiters=0.7, amounts=0.9
    ),
    "heldout_cf": Floors(
        12, 3, fees=0.95, clauses=0.65, terms=0.85, languages=0.9, recruiters=0.5, amounts=0.95
    ),
    "heldout_cg": Floors(
        12, 4, fees=0.95, clauses=0.8, terms=0.8, languages=0.95, recruiters=0.7, amounts=0.8
    ),
    "heldout_ch": Floors(
        12, 6, fees=0.95, clauses=0.8, terms=0.85, languages=0.95, recruiters=0.55, amounts=0.95
    ),
    "heldout_ci": Floors(
        12, 3, fees=0.9, clauses=0.75, terms=0.8, languages=0.85, recruiters=0.5, amounts=0.95
    ),
    "heldout_cj": Floors(
        12, 3, fees=0.95, clauses=0.6, terms=0.9, languages=0.8, recruiters=0.6, amounts=0.8
    ),
    "heldout_ck": Floors(
        12, 3, fees=0.85, clauses=0.85, terms=0.8, languages=0.8, recruiters=0.7, amounts=0.9
    ),
    "heldout_cl": Floors(
        12, 6, fees=0.7, clauses=0.55, terms=0.8, languages=0.5, recruiters=0.9, amounts=0.95
    ),
    "heldout_cm": Floors(
        12, 4, fees=0.9, clauses=0.65, terms=0.9, languages=0.9, recruiters=0.8, amounts=0.95
    ),
    "heldout_cn": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.9, languages=0.95, recruiters=0.75, amounts=0.9
    ),
    "heldout_co": Floors(
        12, 3, fees=0.95, clauses=0.75, terms=0.8, languages=0.9, recruiters=0.7, amounts=0.95
    ),
    "heldout_cp": Floors(
        12, 6, fees=0.95, clauses=0.95, terms=0.95, languages=0.95, recruiters=0.7, amounts=0.95
    ),
    "heldout_cq": Floors(
        12, 4, fees=0.95, clauses=0.95, terms=0.9, languages=0.95, recruiters=0.75, amounts=0.95
    ),
    "heldout_cr": Floors(
        12, 6, fees=0.95, clauses=0.8, terms=0.95, languages=0.95, recruiters=0.7, amounts=0.95
    ),
    "heldout_cs": Floors(
        12, 4, fees=0.95, clauses=0.7, terms=0.9, languages=0.95, recruiters=0.8, amounts=0.95
    ),
    "heldout_ct": Floors(
        12, 4, fees=0.9, clauses=0.9, terms=0.9, languages=0.9, recruiters=0.45, amounts=0.8
    ),
    "heldout_cu": Floors(
        12, 3, fees=0.9, clauses=0.9, terms=0.9, languages=0.7, recruiters=0.65, amounts=0.95
    ),
    "heldout_cv": Floors(
        12, 6, fees=0.95, clauses=0.75, terms=0.75, languages=0.95, recruiters=0.6, amounts=0.95
    ),
    "heldout_cw": Floors(
        12, 3, fees=0.95, clauses=0.9, terms=0.85, languages=0.95, recruiters=0.5, amounts=0.9
    ),
    "heldout_cx": Floors(
        12, 3, fees=0.85, clauses=0.65, terms=0.7, languages=0.85, recruiters=0.65, amounts=0.95
    ),
}
# All tests of one batch run on one xdist worker, so each batch is built and read once.
BATCHES = [pytest.param(b, marks=pytest.mark.xdist_group(f"blind-{b}")) for b in BATCH]


@pytest.fixture(scope="session")
def blind_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("blind")


@cache
def _built(batch: str, root: Path) -> Path:
    """Run the batch's own generator (it reads its sibling modules from its folder)."""
    out = root / batch
    out.mkdir()
    script = HERE / batch / "build.py"
    subprocess.run(
        [sys.executable, str(script), str(out)], check=True, capture_output=True, timeout=600
    )
    if not (out / "labels.json").exists():  # later generators write only the PDFs
        shutil.copy(HERE / batch / "labels.json", out / "labels.json")
    return out


@cache
def _evaluated(batch: str, root: Path) -> Evaluation:
    return evaluate(
        _built(batch, root), lambda path, program: analyze_contract(path, program=program)
    )


@pytest.mark.parametrize("batch", BATCHES)
def test_corpus_shape(blind_root: Path, batch: str) -> None:
    folder = _built(batch, blind_root)
    assert len(list(folder.glob("*.pdf"))) == BATCH[batch].documents
    labels = (folder / "labels.json").read_text(encoding="utf-8")
    assert labels == (HERE / batch / "labels.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("batch", BATCHES)
def test_no_errors(blind_root: Path, batch: str) -> None:
    assert _evaluated(batch, blind_root).errors == []


@pytest.mark.parametrize("batch", BATCHES)
def test_fee_precision_and_recall(blind_root: Path, batch: str) -> None:
    result, floors = _evaluated(batch, blind_root), BATCH[batch]
    assert result.fees.precision >= floors.fees, result.lines()
    assert result.fees.recall >= floors.fees, result.lines()
    assert result.clauses.precision >= floors.clauses, result.lines()
    assert result.clauses.recall >= floors.clauses, result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_fee_scores_by_language(blind_root: Path, batch: str) -> None:
    result = _evaluated(batch, blind_root)
    for score in result.fees_by_language.values():
        assert score.precision >= BATCH[batch].languages, result.lines()
        assert score.recall >= BATCH[batch].languages, result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_missing_terms_precision_and_recall(blind_root: Path, batch: str) -> None:
    result = _evaluated(batch, blind_root)
    assert result.terms.precision >= BATCH[batch].terms, result.lines()
    assert result.terms.recall >= BATCH[batch].terms, result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_recruiters(blind_root: Path, batch: str) -> None:
    result = _evaluated(batch, blind_root)
    assert result.recruiters.precision >= BATCH[batch].recruiters, result.lines()
    assert result.recruiters.recall >= BATCH[batch].recruiters, result.lines()


@pytest.mark.parametrize("batch", BATCHES)
def test_no_fee_finding_in_compliant_documents(blind_root: Path, batch: str) -> None:
    result = _evaluated(batch, blind_root)
    assert result.compliant_docs == BATCH[batch].compliant
    assert result.compliant_failures == []


@pytest.mark.parametrize("batch", BATCHES)
def test_severity_and_amounts(blind_root: Path, batch: str) -> None:
    result = _evaluated(batch, blind_root)
    agree, compared = result.severity
    assert compared and agree == compared, result.lines()
    agree, compared = result.amounts
    assert compared and agree >= BATCH[batch].amounts * compared, result.lines()
