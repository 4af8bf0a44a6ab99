"""Run a reader in a forked child bounded in memory and wall-clock time."""

from __future__ import annotations

import faulthandler
import os
import pickle
import resource
import select
import signal
import time
from collections.abc import Callable
from typing import TypeVar

from contracts.analysis.model import UnreadableDocument

T = TypeVar("T")
_PAGE = os.sysconf("SC_PAGE_SIZE")


def run_bounded(work: Callable[[], T], *, timeout: float, memory_mb: int) -> T:
    """Return work() computed in a child; raise UnreadableDocument on any failure."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        _child(work, write_fd, memory_mb)
    os.close(write_fd)
    try:
        payload = _collect(read_fd, pid, timeout)
    finally:
        os.close(read_fd)
    ok, value = pickle.loads(payload)  # noqa: S301 - written by our own child
    if ok:
        return value  # type: ignore[no-any-return]
    raise UnreadableDocument(*value)


def _child(work: Callable[[], object], write_fd: int, memory_mb: int) -> None:
    """Child side: cap memory, do the work, send back (ok, value), never return."""
    code = 0
    try:
        os.setpgid(0, 0)  # so a timeout also kills tesseract started from here
        # pdfium aborts when an allocation fails; that is an expected outcome, not a crash report.
        faulthandler.disable()
        # The child inherits the parent's mappings, so the cap is on top of them.
        extra = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (_virtual_bytes() + extra,) * 2)
        try:
            result: tuple[bool, object] = (True, work())
        except UnreadableDocument as exc:
            result = (False, (exc.code, exc.message))
        except MemoryError:
            result = (False, ("too_complex", "The document needs too much memory to read."))
        except Exception as exc:  # noqa: BLE001 - any parser crash means a bad file
            result = (False, ("broken", f"The file could not be read ({type(exc).__name__})."))
        data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: BLE001 - nothing may escape a forked child
        code = 1
    finally:
        os._exit(code)


def _collect(read_fd: int, pid: int, timeout: float) -> bytes:
    """Read the child's answer before the deadline, then reap it."""
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        ready, _, _ = select.select([read_fd], [], [], max(left, 0))
        if not ready:
            _kill(pid)
            raise UnreadableDocument("timeout", "Reading the document took too long.")
        chunk = os.read(read_fd, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not chunks or os.waitstatus_to_exitcode(status) != 0:
        message = "The document needs too much memory or time to read."
        raise UnreadableDocument("too_complex", message)
    return b"".join(chunks)


def _kill(pid: int) -> None:
    """Kill the child's process group and reap the child."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _virtual_bytes() -> int:
    """This process's current virtual size."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * _PAGE
