"""The audit chain's two ways to hash an event give the same digest."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.domain.audit_chain import GENESIS_HASH, event_hash, event_hash_encoded
from desktop_app.domain.canonical import canonical_json

PAYLOADS: list[dict[str, Any]] = [
    {
        "at": "2026-03-01T08:00:00+00:00",
        "os_user": "李梅",
        "host": "WIN-PC",
        "operation": "import_units",
        "action": "insert",
        "entity": "unit",
        "entity_uuid": "2cff7150-2096-4d86-b9b5-c03605477c7a",
        "before": None,
        "after": {
            "id": 7,
            "name": '青溪县"应急"管理局\\n',
            "risk_level": None,
            "active": True,
            "score": 12.5,
            "nested": {"b": [1, "二"], "a": {}},
        },
    },  # fmt: skip
    {
        "at": "2026-03-01T08:00:00+00:00",
        "os_user": "clerk",
        "host": "h",
        "operation": "rename_unit",
        "action": "update",
        "entity": "duty_list_item",
        "entity_uuid": None,
        "before": {"name": "旧\u2028名"},
        "after": {"name": "新名 \t"},
    },
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_hashing_encoded_values_gives_the_same_digest(payload: dict[str, Any]) -> None:
    encoded = {key: canonical_json(value) for key, value in payload.items()}
    for prev in (GENESIS_HASH, "ab" * 32):
        assert event_hash_encoded(prev, encoded) == event_hash(prev, payload)
