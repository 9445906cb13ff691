"""The audit trail's hash chain: each event's hash covers its content and the previous hash."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.domain.canonical import canonical_json, fingerprint, sha256_hex

GENESIS_HASH = "0" * 64


def event_hash(prev_hash: str, payload: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the canonical JSON of the event's content."""
    return fingerprint({"prev": prev_hash, "event": dict(payload)})


def event_hash_encoded(prev_hash: str, encoded: Mapping[str, str]) -> str:
    """:func:`event_hash` of a payload given as the canonical JSON text of each value.

    The same digest — canonical JSON of a mapping is its sorted keys and values joined by
    "," and ":" — for a writer that stores those texts too and so encodes every value once.
    """
    body = ",".join([_member(key) + encoded[key] for key in sorted(encoded)])
    return sha256_hex('{"event":{' + body + '},"prev":' + canonical_json(prev_hash) + "}")


@cache
def _member(key: str) -> str:
    """The canonical JSON of a mapping member's key and its separator: ``"key":``."""
    return canonical_json(key) + ":"


@dataclass(frozen=True)
class ChainBreak:
    """The first event whose stored hashes do not follow from the events before it."""

    event_id: int
    reason: str  # "prev_hash" (a link removed or reordered) or "hash" (content changed)


def verify_chain(events: Iterable[tuple[int, str, str, Mapping[str, Any]]]) -> ChainBreak | None:
    """Check ``(id, prev_hash, hash, payload)`` tuples in id order; return the first break."""
    expected_prev = GENESIS_HASH
    for event_id, prev_hash, stored_hash, payload in events:
        if prev_hash != expected_prev:
            return ChainBreak(event_id, "prev_hash")
        if event_hash(prev_hash, payload) != stored_hash:
            return ChainBreak(event_id, "hash")
        expected_prev = stored_hash
    return None
