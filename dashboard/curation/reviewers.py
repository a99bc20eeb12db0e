"""Reviewer accounts: who may write to the dataset.

Password hashes (argon2id) live outside the data directory, so publishing or sharing a dataset
never publishes its reviewers' hashes: ``$DASHBOARD_REVIEWERS`` or
``~/.config/claims-map/reviewers.json``. Failed sign-ins are slowed down (a delay that doubles
with each failure for that name, capped) and logged.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from dashboard.storage import write_atomic

LOG = logging.getLogger("dashboard.reviewers")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
MIN_PASSWORD = 10
_HASHER = PasswordHasher()


class ReviewerError(ValueError):
    """A reviewer name or password that cannot be used; the message is for the person."""


def reviewers_path() -> Path:
    env = os.environ.get("DASHBOARD_REVIEWERS")
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "claims-map" / "reviewers.json"


def _read(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReviewerError(f"{path}: cannot read the reviewer accounts: {exc}") from None
    if not isinstance(data, dict):
        raise ReviewerError(f"{path}: expected a JSON object of reviewers")
    return {k: v for k, v in data.items() if isinstance(v, dict) and isinstance(v.get("hash"), str)}


def check_name(name: str) -> str:
    name = name.strip()
    if not NAME.match(name):
        raise ReviewerError(f"{name!r} is not a usable reviewer name (letters, digits, "
                            "_ . @ - only, up to 64)")
    return name


def add_reviewer(name: str, password: str, path: Path | None = None) -> Path:
    """Store (or replace) a reviewer's argon2 hash; the file is private to this account."""
    name = check_name(name)
    if len(password) < MIN_PASSWORD:
        raise ReviewerError(f"a password needs at least {MIN_PASSWORD} characters")
    path = path or reviewers_path()
    accounts = _read(path)
    accounts[name] = {"hash": _HASHER.hash(password),
                      "added": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, json.dumps(accounts, indent=1, sort_keys=True) + "\n")
    os.chmod(path, 0o600)
    return path


def known_reviewers(path: Path | None = None) -> list[str]:
    return sorted(_read(path or reviewers_path()))


# One dummy hash, so an unknown name costs as long as a wrong password: timing does not tell
# an outsider which names exist.
_DUMMY = _HASHER.hash("not a real password, never accepted")


@dataclass
class SignInGuard:
    """Checks passwords; each failure for a name doubles the wait before its next check."""

    path: Path | None = None
    base_delay: float = 0.5
    max_delay: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    failures: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def delay_for(self, name: str) -> float:
        n = self.failures.get(name.strip().lower(), 0)
        return 0.0 if n == 0 else min(self.max_delay, self.base_delay * 2 ** (n - 1))

    def sign_in(self, name: str, password: str, *, client: str = "?") -> str | None:
        """The reviewer's name when the password is right, else None (after the delay)."""
        key = name.strip().lower()
        wait = self.delay_for(name)
        if wait:
            self.sleep(wait)
        try:
            accounts = _read(self.path or reviewers_path())
        except ReviewerError as exc:
            LOG.error("sign-in refused: %s", exc)
            return None
        match = next((n for n in accounts if n.lower() == key), None)
        stored = accounts[match]["hash"] if match else _DUMMY
        try:
            _HASHER.verify(stored, password)
            ok = match is not None
        except (VerificationError, InvalidHashError):
            ok = False
        with self._lock:
            if ok:
                self.failures.pop(key, None)
            else:
                self.failures[key] = self.failures.get(key, 0) + 1
        if not ok:
            # %r: a name typed by an outsider must not forge extra log lines
            LOG.warning("failed sign-in for reviewer %r from %s (%d in a row)",
                        name[:80], client, self.failures.get(key, 0))
            return None
        LOG.info("reviewer %s signed in from %s", match, client)
        return match
