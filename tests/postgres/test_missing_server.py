"""Without PostgreSQL the shared-server tests skip and say why, unless CI requires them."""

from __future__ import annotations

import pytest

from tests.postgres import conftest


def test_missing_binaries_skip_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conftest, "REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match="install the 'postgresql' package"):
        conftest.unavailable("initdb not found: install the 'postgresql' package")


def test_missing_binaries_fail_when_ci_requires_postgres(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conftest, "REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="REQUIRE_POSTGRES=1, but initdb not found"):
        conftest.unavailable("initdb not found")
