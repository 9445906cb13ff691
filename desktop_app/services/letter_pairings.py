"""What a template's pairing rule covers, for the template editor: pairs, issuers, checks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop_app.domain.letter_template_edit import IssuerShare, TemplateProblem, template_problems
from desktop_app.domain.letters import TemplateSpec
from desktop_app.services.letter_facts import signing_pairs
from desktop_app.storage.database import Database

EXAMPLES = 3


@dataclass(frozen=True)
class PairingOverview:
    """The signing pairs a rule gives today: how many, a few examples, letters per issuer."""

    pairing: str
    pairs: int
    examples: tuple[str, ...]
    issuers: tuple[IssuerShare, ...]


def pairing_overview(database: Database, pairing: str) -> PairingOverview:
    """The pairs ``pairing`` gives over today's active units (what a default issue covers)."""
    with database.reading() as session:
        pairs = signing_pairs(session, pairing)
    per_issuer = Counter(pair.party_a_id for pair in pairs)
    names = {pair.party_a_id: pair.party_a_name for pair in pairs}
    return PairingOverview(
        pairing,
        len(pairs),
        tuple(f"{p.party_a_name} → {p.party_b_name}" for p in pairs[:EXAMPLES]),
        tuple(IssuerShare(names[unit], count) for unit, count in per_issuer.items()),
    )


def check_template(spec: TemplateSpec, overview: PairingOverview | None) -> list[TemplateProblem]:
    """Blocking problems and warnings of ``spec``, with the limits checked per issuer."""
    return template_problems(spec, overview.issuers if overview else ())
