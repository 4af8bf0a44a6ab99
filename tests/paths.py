"""Where tests find the shared, read-only data (never copied into the repo)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev"
DOL_RECRUITERS = SHARED / "data" / "dol-h2b-recruiters"
DOL_JOB_ORDERS = SHARED / "data" / "dol-job-orders"
