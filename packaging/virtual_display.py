"""An Xvfb of its own for the smoke test and the start-up benchmark: a program under test must
not land on a display another program (or another test) started."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


class XvfbFailed(OSError):
    """Xvfb did not start."""


class VirtualDisplay:
    """An Xvfb of its own, on a free display number."""

    def __enter__(self) -> str:
        # A display number of its own, high and locked by Xvfb (/tmp/.X<N>-lock): -displayfd would
        # take :0 without a lock, which an Xvfb started meanwhile by another program takes over.
        for number in range(100 + os.getpid() % 800, 1000):
            if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            # -noreset: with no client left (between two programs) Xvfb would reset, refusing the next.
            self.process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and self.process.poll() is None:
                ready = subprocess.run(
                    ["xdotool", "getmouselocation"],
                    env={"DISPLAY": f":{number}"},
                    capture_output=True,
                    check=False,
                )
                if ready.returncode == 0:
                    return f":{number}"
                time.sleep(0.1)
            self.process.kill()
            self.process.wait()
        raise XvfbFailed("Xvfb did not start")

    def __exit__(self, *_exc: object) -> None:
        self.process.terminate()
        self.process.wait()
