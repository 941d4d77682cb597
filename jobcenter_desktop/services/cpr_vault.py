"""Encryption at rest for CPR numbers (Fernet) and a keyed hash for exact-number search.

The key lives in a key file beside the store (or in ``JOBCENTER_CPR_KEY`` for a shared team
store), never in the database, so a copied database file alone does not reveal CPR numbers.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from ..domain.errors import UserError

KEY_ENV = "JOBCENTER_CPR_KEY"


class CprVault:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)
        # A separate sub-key for lookups, so the hash cannot be used to test guesses without it.
        self._lookup_key = hashlib.sha256(b"cpr-lookup:" + key).digest()

    @classmethod
    def from_key_file(cls, path: Path) -> CprVault:
        env = os.environ.get(KEY_ENV)
        if env:
            return cls(env.encode())
        if path.exists():
            return cls(path.read_bytes().strip())
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Fernet.generate_key()
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(key)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        return cls(key)

    @classmethod
    def ephemeral(cls) -> CprVault:
        return cls(Fernet.generate_key())

    def encrypt(self, cpr: str) -> str:
        return self._fernet.encrypt(cpr.encode()).decode()

    def decrypt(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise UserError(
                "CPR-nummeret kan ikke dekrypteres med denne installations nøgle.",
                "The CPR number cannot be decrypted with this installation's key.",
            ) from None

    def lookup(self, cpr: str) -> str:
        digest = hmac.new(self._lookup_key, cpr.encode(), hashlib.sha256).digest()
        return base64.b32encode(digest).decode()[:52]
