"""Running one solver process under /usr/bin/time -v, and describing the machine it ran on."""
from __future__ import annotations

import codecs
import os
import platform
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field

TIME_BIN = "/usr/bin/time"


@dataclass
class Measured:
    """What one process did: exit code, output, wall time, peak resident memory, and its stderr
    in the pieces it was written, with the second each arrived (to replay a solver's progress log
    against time; trainplan's --verbose log writes one piece per message, not always with a newline)."""
    returncode: int
    stdout: str
    stderr_chunks: list[tuple[float, str]] = field(default_factory=list)
    wall_seconds: float = 0.0
    peak_mb: float | None = None
    killed: bool = False

    @property
    def stderr(self) -> str:
        return "".join(chunk for _, chunk in self.stderr_chunks)


def run_measured(argv: list[str], work_dir: str, hard_timeout: float | None) -> Measured:
    """Runs argv under `/usr/bin/time -v`. stdout is kept whole; stderr is read as it arrives, with
    arrival times. A process still running after hard_timeout seconds is killed (GLPK can overrun
    its own limit by tens of seconds; the benchmark must end)."""
    report = os.path.join(work_dir, "time-v.txt")
    out_path = os.path.join(work_dir, "stdout.txt")
    start = time.monotonic()
    with open(out_path, "w") as stdout:
        # Own process group, so that the watchdog kills the solver and not only /usr/bin/time.
        process = subprocess.Popen([TIME_BIN, "-v", "-o", report, *argv], stdout=stdout, stderr=subprocess.PIPE,
                                   start_new_session=True)
        chunks: list[tuple[float, str]] = []
        killed = threading.Event()

        def kill() -> None:
            # A silent solver (HiGHS with its log off, inside one long phase) never wakes the reader below:
            # the timer does, whatever the solver prints.
            if process.poll() is None:
                killed.set()
                os.killpg(process.pid, signal.SIGKILL)

        watchdog = threading.Timer(hard_timeout, kill) if hard_timeout is not None else None
        if watchdog:
            watchdog.start()
        assert process.stderr is not None
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        while data := os.read(process.stderr.fileno(), 1 << 16):
            chunks.append((time.monotonic() - start, decoder.decode(data)))
        process.wait()
        if watchdog:
            watchdog.cancel()
    wall = time.monotonic() - start
    with open(out_path) as f:
        stdout_text = f.read()
    with open(os.path.join(work_dir, "stderr.txt"), "w") as f:
        f.write("".join(chunk for _, chunk in chunks))
    return Measured(process.returncode, stdout_text, chunks, wall, peak_memory_mb(report), killed.is_set())


def peak_memory_mb(time_report: str) -> float | None:
    """'Maximum resident set size (kbytes): N' from /usr/bin/time -v, in MB."""
    try:
        text = open(time_report).read()
    except OSError:
        return None
    match = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", text)
    return round(int(match.group(1)) / 1024, 1) if match else None


def machine() -> dict:
    """nproc, CPU model name from /proc/cpuinfo, total memory from /proc/meminfo, OS and host."""
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    return {"host": platform.node(), "nproc": os.cpu_count(), "cpu": cpu, "memory_gb": memory_gb,
            "os": platform.platform(), "python": platform.python_version()}
