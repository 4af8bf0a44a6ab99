"""Machine translation of contract quotes with argostranslate, offline, Flask-free.

argostranslate is imported lazily: its translate module pulls in stanza and torch (~5 s),
which must never happen at app start-up, only at the first translation.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, cast

T = TypeVar("T")

# Stable note codes: the web layer maps them to translated messages.
NO_MODEL = "no_model"
SAME_LANGUAGE = "same_language"
UNKNOWN_LANGUAGE = "unknown_language"
EMPTY = "empty"
TOO_LONG = "too_long"
TIMEOUT = "timeout"
UNAVAILABLE = "unavailable"
FAILED = "failed"

_CODE_RE = re.compile(r"^[a-z]{2,3}$")
_CACHE_SIZE = 256
_MAX_PACKAGE_BYTES = 1 << 30
_MAX_MEMBER_BYTES = 1 << 30
_MAX_TOTAL_BYTES = 2 << 30
_MAX_MEMBERS = 10_000
_MAX_METADATA_BYTES = 64 * 1024


class TranslationError(Exception):
    """A model cannot be installed or fetched; `code` is stable so the UI can translate it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Translation:
    """A quote and its machine translation (None, with a `note` code, when there is none)."""

    original: str
    translated: str | None
    from_code: str
    to_code: str
    machine: bool = True
    note: str | None = None


@dataclass(frozen=True)
class TranslationLimits:
    """Bounds on one call, so a long quote or a stuck model cannot hold a request."""

    max_chars: int = 2000
    timeout_seconds: float = 30.0


DEFAULT_LIMITS = TranslationLimits()

_lock = threading.Lock()
_cache: OrderedDict[tuple[str, str, str], Translation] = OrderedDict()
_fingerprint: tuple[tuple[str, int], ...] | None = None
# argostranslate builds its translators lazily without locks, and CTranslate2 runs one
# batch at a time with argos's default inter_threads=1: one call at a time costs nothing.
_argos_slot = threading.Semaphore(1)
_argos_calls = 0


def normalize_code(code: str | None) -> str | None:
    """A lower-case ISO 639 code, or None when `code` does not look like one."""
    cleaned = (code or "").strip().lower()
    return cleaned if _CODE_RE.match(cleaned) else None


def installed_pairs() -> list[tuple[str, str]]:
    """The (from, to) language pairs of the installed translation models."""
    try:
        from argostranslate import package
    except ImportError:
        return []
    pairs = {
        (p.from_code, p.to_code)
        for p in package.get_installed_packages()
        if p.type == "translate" and p.from_code and p.to_code
    }
    return sorted(pairs)


def can_translate(from_code: str, to_code: str) -> bool:
    """Whether installed models reach to_code from from_code, directly or by pivoting."""
    edges: dict[str, set[str]] = {}
    for src, dst in installed_pairs():
        edges.setdefault(src, set()).add(dst)
    seen, todo = {from_code}, [from_code]
    while todo:  # argostranslate chains models the same way (e.g. fr->en->es)
        for nxt in edges.get(todo.pop(), set()) - seen:
            if nxt == to_code:
                return True
            seen.add(nxt)
            todo.append(nxt)
    return False


def preload() -> None:
    """Import argostranslate now (~5 s), e.g. in a worker at start-up, not in a request."""
    from argostranslate import translate  # noqa: F401


def argos_call_count() -> int:
    """How many times argostranslate was actually asked to translate (cache misses)."""
    return _argos_calls


def clear_cache() -> None:
    """Forget cached translations and argostranslate's list of installed languages."""
    with _lock:
        _cache.clear()
    translate_module = sys.modules.get("argostranslate.translate")
    if translate_module is not None:
        translate_module.get_installed_languages.cache_clear()


def _models_fingerprint() -> tuple[tuple[str, int], ...]:
    """Modification times of the package folders: they change when a model is added."""
    from argostranslate import settings

    return tuple((str(d), d.stat().st_mtime_ns) for d in settings.package_dirs if d.exists())


def _refresh_if_models_changed() -> None:
    """Drop caches when another process (e.g. the CLI) installed or removed a model."""
    global _fingerprint
    current = _models_fingerprint()
    with _lock:
        changed, _fingerprint = _fingerprint is not None and current != _fingerprint, current
    if changed:
        clear_cache()


def _cached(key: tuple[str, str, str]) -> Translation | None:
    """The cached translation for key, marked as recently used."""
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
        return hit


def _remember(key: tuple[str, str, str], value: Translation) -> None:
    """Cache value, evicting the least recently used entry past the bound."""
    with _lock:
        _cache[key] = value
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)


def _argos_translate(text: str, from_code: str, to_code: str) -> str:
    """The one place that calls argostranslate to translate."""
    global _argos_calls
    from argostranslate import translate

    with _lock:
        _argos_calls += 1
    translation = translate.get_translation_from_codes(from_code, to_code)
    if translation is None:
        raise LookupError(f"no translation {from_code}->{to_code}")
    return str(translation.translate(text)).strip()


def _run_with_budget(fn: Callable[[], T], seconds: float) -> T:
    """Run fn in a daemon thread and wait at most `seconds` (TimeoutError after that)."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as err:  # re-raised in the caller's thread
            box["error"] = err
        finally:
            done.set()

    # A daemon thread, unlike an executor's, never blocks process exit if argos hangs.
    threading.Thread(target=run, name="argos-translate", daemon=True).start()
    if not done.wait(seconds):
        raise TimeoutError(f"no answer within {seconds} s")
    if "error" in box:
        raise box["error"]
    return cast(T, box["value"])


def _translate_serialized(key: tuple[str, str, str]) -> Translation:
    """Translate under the argos slot, re-checking the cache a concurrent call may have filled."""
    with _argos_slot:
        hit = _cached(key)
        if hit is not None:
            return hit
        text, from_code, to_code = key
        translated = _argos_translate(text, from_code, to_code)
        if not translated:
            raise ValueError("the model returned nothing")  # never cache a useless answer
        result = Translation(text, translated, from_code, to_code)
        _remember(key, result)
        return result


def translate_quote(
    text: str,
    from_code: str | None,
    to_code: str | None,
    limits: TranslationLimits = DEFAULT_LIMITS,
) -> Translation:
    """Machine-translate one quote, or say in `note` why there is no translation."""
    src, dst = normalize_code(from_code), normalize_code(to_code)

    def none(note: str) -> Translation:
        return Translation(text, None, src or from_code or "", dst or to_code or "", note=note)

    if src is None or dst is None:
        return none(UNKNOWN_LANGUAGE)
    if src == dst:
        return none(SAME_LANGUAGE)
    if not text.strip():
        return none(EMPTY)
    if len(text) > limits.max_chars:
        return none(TOO_LONG)
    try:
        _refresh_if_models_changed()
        key = (text, src, dst)
        hit = _cached(key)
        if hit is not None:
            return hit
        if not can_translate(src, dst):
            return none(NO_MODEL)
        result = _run_with_budget(lambda: _translate_serialized(key), limits.timeout_seconds)
    except ImportError:
        return none(UNAVAILABLE)
    except TimeoutError:
        return none(TIMEOUT)
    except Exception:  # a broken model must not break the page showing the quote
        return none(FAILED)
    return result


def _unsafe_member(info: zipfile.ZipInfo) -> bool:
    """Absolute paths, '..', drive letters, backslashes and symlinks could escape the folder."""
    name = info.filename
    parts = PurePosixPath(name).parts
    is_symlink = (info.external_attr >> 16) & 0o170000 == 0o120000
    return (
        name.startswith("/")
        or "\\" in name
        or ".." in parts
        or is_symlink
        or (bool(parts) and ":" in parts[0])
    )


def check_package(path: Path) -> tuple[str, str]:
    """Validate a .argosmodel file without extracting it; return its (from, to) pair."""
    if not path.is_file():
        raise TranslationError("not_found", f"{path}: no such file")
    if path.stat().st_size > _MAX_PACKAGE_BYTES:
        raise TranslationError("too_large", f"{path}: larger than {_MAX_PACKAGE_BYTES} bytes")
    if not zipfile.is_zipfile(path):
        raise TranslationError("not_zip", f"{path}: not a .argosmodel (zip) file")
    try:
        with zipfile.ZipFile(path) as zipf:
            members = zipf.infolist()
            _check_members(path, members)
            top = PurePosixPath(members[0].filename).parts[0]
            names = {m.filename for m in members}
            if f"{top}/model/model.bin" not in names or f"{top}/metadata.json" not in names:
                raise TranslationError(
                    "bad_layout", f"{path}: needs {top}/metadata.json and {top}/model/model.bin"
                )
            meta = json.loads(zipf.read(f"{top}/metadata.json"))
    except (zipfile.BadZipFile, OSError) as err:
        raise TranslationError("not_zip", f"{path}: unreadable zip ({err})") from err
    except ValueError as err:
        raise TranslationError("bad_metadata", f"{path}: metadata.json is not JSON") from err
    return _pair_from_metadata(path, meta)


def _check_members(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Reject empty, huge, escaping or multi-folder archives before anything is extracted."""
    if not members or len(members) > _MAX_MEMBERS:
        raise TranslationError("bad_layout", f"{path}: empty or too many files")
    total = 0
    for info in members:
        if _unsafe_member(info):
            raise TranslationError("unsafe_member", f"{path}: unsafe path {info.filename!r}")
        total += info.file_size
        if info.file_size > _MAX_MEMBER_BYTES or total > _MAX_TOTAL_BYTES:
            raise TranslationError("too_large", f"{path}: {info.filename!r} is too large")
        if info.filename.endswith("metadata.json") and info.file_size > _MAX_METADATA_BYTES:
            raise TranslationError("too_large", f"{path}: metadata.json is too large")
    if len({PurePosixPath(m.filename).parts[0] for m in members}) != 1:
        raise TranslationError("bad_layout", f"{path}: must hold exactly one folder")


def _pair_from_metadata(path: Path, meta: Any) -> tuple[str, str]:
    """The (from, to) codes of a translate package's metadata."""
    if not isinstance(meta, dict) or meta.get("type", "translate") != "translate":
        raise TranslationError("bad_metadata", f"{path}: not a translation package")
    src, dst = normalize_code(meta.get("from_code")), normalize_code(meta.get("to_code"))
    if src is None or dst is None or src == dst:
        raise TranslationError("bad_metadata", f"{path}: invalid from_code/to_code")
    return src, dst


def install_model(path: Path | str) -> tuple[str, str]:
    """Validate then install a .argosmodel file; return its (from, to) pair."""
    pair = check_package(Path(path))
    from argostranslate import package

    try:
        package.install_from_path(Path(path))
    except Exception as err:
        raise TranslationError("install_failed", f"{path}: {err}") from err
    clear_cache()
    return pair


def download_model(from_code: str, to_code: str, timeout_seconds: float = 600.0) -> tuple[str, str]:
    """Fetch the pair's model from the argostranslate index and install it (needs network)."""
    src, dst = normalize_code(from_code), normalize_code(to_code)
    if src is None or dst is None or src == dst:
        raise TranslationError("unknown_language", f"invalid language pair {from_code}->{to_code}")
    try:
        return _run_with_budget(lambda: _download(src, dst), timeout_seconds)
    except TimeoutError as err:
        raise TranslationError("offline", "no answer from the model index (offline?)") from err


def _download(src: str, dst: str) -> tuple[str, str]:
    """Refresh the index, download the package, install it through install_model."""
    from argostranslate import package, settings

    offline = TranslationError(
        "offline",
        "cannot reach the argostranslate model index (offline?); "
        "install a .argosmodel file instead",
    )
    index = Path(settings.local_package_index)
    package.update_package_index()  # logs and returns on network errors
    if not index.exists():
        # get_available_packages() would retry the update forever without an index.
        raise offline
    wanted = [
        p
        for p in package.get_available_packages()
        if p.type == "translate" and (p.from_code, p.to_code) == (src, dst)
    ]
    if not wanted:
        raise TranslationError("no_package", f"the model index has no {src}->{dst} model")
    try:
        downloaded = wanted[0].download()
    except Exception as err:
        raise offline from err
    try:
        return install_model(downloaded)
    finally:
        os.unlink(downloaded)
