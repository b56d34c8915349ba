"""The real app on a virtual display with the AT-SPI accessibility bus, for a real client.

Needs Xvfb, dbus-daemon and at-spi2-core (Debian: xvfb, dbus, at-spi2-core; `make
a11y-tools` installs them). Without them these tests skip, saying why. With
REQUIRE_A11Y=1 (CI sets it) they fail instead, so CI can't pass without them.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.a11y.atspi import Client, Node, accessibility_bus

REQUIRED = os.environ.get("REQUIRE_A11Y") == "1"
ROOT = Path(__file__).resolve().parents[2]
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
START_SECONDS = 60
STEP_SECONDS = 20


def unavailable(reason: str) -> NoReturn:
    if REQUIRED:
        pytest.fail(f"REQUIRE_A11Y=1, but {reason}", pytrace=False)
    pytest.skip(reason)


def _tools() -> tuple[str, str, str]:
    xvfb, daemon = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    launcher = next((path for path in LAUNCHERS if Path(path).exists()), None)
    if xvfb is None:
        unavailable("Xvfb is not installed (Debian package xvfb)")
    if daemon is None:
        unavailable("dbus-daemon is not installed (Debian package dbus)")
    if launcher is None:
        unavailable("the AT-SPI bus launcher is not installed (Debian package at-spi2-core)")
    return xvfb, daemon, launcher


class Lines:
    """A process's output, a line at a time, waited for with a time limit."""

    def __init__(self, stream: object) -> None:
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: object) -> None:
        for line in stream:  # type: ignore[attr-defined]
            self._lines.put(line.strip())
        self._lines.put("")  # the stream ended

    def next(self, seconds: float) -> str:
        try:
            return self._lines.get(timeout=seconds)
        except queue.Empty:
            return ""


class RunningApp:
    """Kindred (tests/a11y/app_under_test.py) and an AT-SPI client looking at it."""

    def __init__(self, process: subprocess.Popen[str], client: Client) -> None:
        self._process = process
        self._out = Lines(process.stdout)
        self.client = client

    def wait_ready(self) -> None:
        line = self._out.next(START_SECONDS)
        if line != "ready":
            pytest.fail(f"Kindred did not start on the virtual display (said {line!r})")

    def do(self, command: str) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        answer = self._out.next(STEP_SECONDS)
        assert answer == f"done {command}", f"{command!r} was answered {answer!r}"

    def window(self) -> Node:
        apps = [app for app in self.client.applications() if app.name == "Kindred"]
        assert apps, "Kindred is not on the accessibility bus"
        return apps[0]

    def stop(self) -> None:
        if self._process.poll() is None and self._process.stdin is not None:
            try:
                self._process.stdin.write("quit\n")
                self._process.stdin.flush()
                self._process.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()


def _stop(process: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def kindred(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    xvfb_path, daemon_path, launcher_path = _tools()
    home = tmp_path_factory.mktemp("a11y-home")
    started: list[subprocess.Popen[str]] = []
    try:
        xvfb = subprocess.Popen(
            [xvfb_path, "-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(xvfb)
        display = Lines(xvfb.stdout).next(20)
        if not display:
            unavailable("Xvfb did not start")
        bus = subprocess.Popen(
            [daemon_path, "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(bus)
        address = Lines(bus.stdout).next(20)
        if not address:
            unavailable("a D-Bus session bus could not be started")
        env = {
            **os.environ,
            "DISPLAY": f":{display}",
            "DBUS_SESSION_BUS_ADDRESS": address,
            # Nothing of the person's own: window geometry and runtime files go here.
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_RUNTIME_DIR": str(home),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
        }
        env.pop("AT_SPI_BUS_ADDRESS", None)
        started.append(
            subprocess.Popen(
                [launcher_path, "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        )
        app = subprocess.Popen(
            [sys.executable, "-m", "tests.a11y.app_under_test"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        running = RunningApp(app, Client(accessibility_bus(address)))
        started.append(app)
        running.wait_ready()
        yield running
        running.stop()
    finally:
        for process in reversed(started):
            if process.poll() is None:
                _stop(process)
