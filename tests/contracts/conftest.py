"""Contract fixtures: an isolated argostranslate with tiny offline models installed."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.argos_model import build_tiny_model, isolate_argos_env

# argostranslate reads its folders from the environment once, when first imported: isolate
# them while tests are collected, before any test can import it, so no test reads or writes
# the real ~/.local/share/argos-translate or reaches the network for a model index.
_ARGOS_ROOT = Path(tempfile.mkdtemp(prefix="fairrecruit-argos-"))
isolate_argos_env(_ARGOS_ROOT)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Remove the isolated argostranslate folders."""
    shutil.rmtree(_ARGOS_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def argos_packages_dir() -> Path:
    """The temporary ARGOS_PACKAGES_DIR every test in this session uses."""
    return _ARGOS_ROOT / "packages"


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where tiny .argosmodel files are built."""
    return tmp_path_factory.mktemp("argos-models")


@pytest.fixture(scope="session")
def argos_en_es(tiny_models: Path, argos_packages_dir: Path) -> tuple[str, str]:
    """A tiny en->es model, installed through the app's own install code path."""
    from contracts.translation import install_model

    return install_model(build_tiny_model(tiny_models, "en", "es"))
