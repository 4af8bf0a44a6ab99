"""Print the server time of a whole contract report, page images included (target < 1 s).

Run from the repo root: .venv/bin/python benchmarks/report_speed.py [file.pdf]
Posts a 3-page text PDF to /contracts/check through Flask's test client 20 times and
prints the median; the first (warm-up) request is not counted.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_migrate import upgrade  # noqa: E402

from core import create_app  # noqa: E402

CONTRACT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev" / "d02.pdf"
RUNS = 20
TARGET_SECONDS = 1.0


def make_app(folder: Path):
    """An app on a fresh, migrated SQLite database, as in production but without CSRF."""
    app = create_app(
        {
            "SECRET_KEY": "benchmark",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'bench.sqlite3'}",
            "WTF_CSRF_ENABLED": False,
            "LOAD_DEMO_DATA": False,
        }
    )
    with app.app_context():
        upgrade()
    return app


def one_report(client, data: bytes, name: str) -> float:
    """Seconds for one upload-to-report request; fails loudly on anything but a report."""
    form = {"document": (io.BytesIO(data), name), "program": "h2a", "language": "en"}
    start = time.perf_counter()
    response = client.post("/contracts/check", data=form, content_type="multipart/form-data")
    elapsed = time.perf_counter() - start
    body = response.get_data(as_text=True)
    if response.status_code != 200 or "data-verdict" not in body:
        raise SystemExit(f"no report: HTTP {response.status_code}")
    if "data:image/jpeg;base64," not in body:
        raise SystemExit("the report has no page image: pick a contract with findings")
    return elapsed


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CONTRACT
    data = path.read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        app = make_app(Path(folder))
        client = app.test_client()
        one_report(client, data, path.name)  # warm-up: imports, template compilation
        times = [one_report(client, data, path.name) for _ in range(RUNS)]
    median = statistics.median(times)
    images = "page images included"
    print(
        f"report_speed: {path.name}, median of {RUNS}: {median * 1000:.0f} ms ({images}); "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; "
        f"target < {TARGET_SECONDS * 1000:.0f} ms: {'OK' if median < TARGET_SECONDS else 'SLOW'}"
    )
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
