"""Counting failures in the shared cache, so a limit holds across every app server."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


@dataclass(frozen=True)
class Throttle:
    """At most `limit` failures per key within `window` seconds (a fixed window from the first)."""

    name: str
    limit: int
    window: int

    def _key(self, key: str) -> str:
        # Hashed: usernames and addresses may hold characters a cache key must not.
        digest = hashlib.sha256(key.lower().encode()).hexdigest()[:32]
        return f"throttle:{self.name}:{digest}"

    def is_blocked(self, key: str) -> bool:
        return cache.get(self._key(key), 0) >= self.limit

    def record_failure(self, key: str) -> None:
        cache_key = self._key(key)
        if not cache.add(cache_key, 1, self.window):
            try:
                cache.incr(cache_key)
            except ValueError:
                # Expired between add and incr: start a new window.
                cache.set(cache_key, 1, self.window)

    def reset(self, key: str) -> None:
        cache.delete(self._key(key))

    @property
    def minutes(self) -> int:
        return max(1, self.window // 60)


LOGIN_PER_ACCOUNT = Throttle("login-account", limit=10, window=15 * 60)
LOGIN_PER_ADDRESS = Throttle("login-address", limit=50, window=15 * 60)
JOIN_CODE_PER_ADDRESS = Throttle("join-code-address", limit=20, window=15 * 60)


def client_address(request) -> str:
    """The client's IP; behind a TLS proxy, the address the proxy saw (the last hop it appended)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if getattr(settings, "BEHIND_TLS_PROXY", False) and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "unknown")
