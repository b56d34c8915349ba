"""A throwaway PostgreSQL cluster for the tests and the bench: initdb, pg_ctl, gone after.

The binaries come from ``pg_config --bindir`` (Debian's postgresql package puts them in
/usr/lib/postgresql/<version>/bin, which is also searched). The cluster listens on a
private port on 127.0.0.1 and on a Unix socket in its own temporary folder, with
password (SCRAM) sign-in for everyone, as a real server would. When the tests run as
root, PostgreSQL refuses to start as root, so initdb and pg_ctl run as ``postgres``.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "kindred_admin"
RUN_AS = "postgres"


class PostgresMissing(Exception):
    """No PostgreSQL server binaries on this machine (the message says what to install)."""


def find_bindir() -> Path:
    """The folder holding initdb and pg_ctl, or PostgresMissing with the reason."""
    candidates: list[Path] = []
    if os.environ.get("KINDRED_PG_BINDIR"):
        candidates.append(Path(os.environ["KINDRED_PG_BINDIR"]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            found = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=10
            ).stdout.strip()
            candidates.append(Path(found))
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(debian)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresMissing(
        "PostgreSQL server binaries (initdb, pg_ctl) were not found "
        "(pg_config --bindir, /usr/lib/postgresql/*/bin): install the 'postgresql' package"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgCluster:
    """One private cluster. ``start()`` creates it the first time."""

    bindir: Path
    root: Path
    port: int
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    settings: dict[str, str] = field(default_factory=dict)
    _initialised: bool = False

    @classmethod
    def create(cls, *, durable: bool = False) -> PgCluster:
        """A new cluster in a fresh folder under /tmp (short: socket paths are limited).

        ``durable=False`` turns fsync off: the tests check behaviour, not survival of
        power cuts, and run several times faster. The bench keeps fsync on.
        """
        root = Path(tempfile.mkdtemp(prefix="kindred-pg-", dir="/tmp"))
        settings = {"fsync": "off", "synchronous_commit": "off"} if not durable else {}
        # Short deadlock checks keep the contention tests quick.
        settings.setdefault("deadlock_timeout", "200ms")
        return cls(find_bindir(), root, free_port(), settings=settings)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", RUN_AS, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
            raise RuntimeError(f"{what} failed:\n{result.stdout}\n{result.stderr}\n{log[-3000:]}")

    def _initdb(self) -> None:
        pwfile = self.root / "admin.pw"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if os.geteuid() == 0:
            user = pwd.getpwnam(RUN_AS)
            for path in (self.root, pwfile):
                os.chown(path, user.pw_uid, user.pw_gid)
        self.root.chmod(0o700)
        result = self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ADMIN,
            "--pwfile",
            str(pwfile),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        self._check(result, "initdb")
        pwfile.unlink()
        self._initialised = True

    def start(self) -> None:
        if not self._initialised:
            self._initdb()
        options = [
            f"-p {self.port}",
            f"-k {self.socket_dir}",
            "-c listen_addresses=127.0.0.1",
            "-c max_connections=200",
        ] + [f"-c {key}={value}" for key, value in self.settings.items()]
        result = self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log_file), "-w", "-o", " ".join(options),
            "start",
        )  # fmt: skip
        self._check(result, "pg_ctl start")

    def stop(self, mode: str = "fast") -> None:
        result = self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")
        self._check(result, "pg_ctl stop")

    def is_running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0

    def remove(self) -> None:
        """Stop (if running) and delete everything."""
        if self._initialised and self.is_running():
            with contextlib.suppress(RuntimeError):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def dsn(
        self, database: str = "postgres", user: str = ADMIN, password: str | None = None
    ) -> str:
        """A libpq URI through the Unix socket (sslmode is ignored on sockets)."""
        secret = self.password if password is None and user == ADMIN else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql://{auth}@/{database}?host={self.socket_dir}&port={self.port}"
