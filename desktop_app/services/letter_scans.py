"""Scanned signed copies of letters: checked, stored by content hash, found again.

The clerk scans the hand-signed letter (PDF, JPG or PNG). The file is copied into the
data folder's attachments, named by its SHA-256 so the same scan is stored once and a
later change to the file is detectable; the letter records the hash and the original name.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services.letters import FROZEN_STATES, find_letter
from desktop_app.storage.database import Database
from desktop_app.storage.errors import storage_error

SCAN_TYPES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
}


def can_attach_scan(status: LetterStatus) -> bool:
    """Whether a scanned signed copy belongs to a letter at ``status``: only a frozen one
    (a draft is not final yet, a void one is out of the ledger)."""
    return status in FROZEN_STATES


def _sniff_scan(source: Path) -> str:
    suffix = source.suffix.lower()
    if suffix not in SCAN_TYPES:
        raise DomainError(ErrorCode.SCAN_UNSUPPORTED, path=str(source), detail=suffix or "?")
    try:
        with source.open("rb") as stream:
            head = stream.read(16)
    except OSError as error:
        raise DomainError(
            ErrorCode.SCAN_UNSUPPORTED, path=str(source), detail=str(error)
        ) from error
    if not any(head.startswith(magic) for magic in SCAN_TYPES[suffix]):
        raise DomainError(ErrorCode.SCAN_UNSUPPORTED, path=str(source), detail="content")
    return ".jpg" if suffix == ".jpeg" else suffix


def store_attachment(source: Path, attachments_dir: Path) -> tuple[str, Path]:
    """Copy a file into the content-addressed attachments folder; (sha256, stored path)."""
    suffix = _sniff_scan(source)
    digest = hashlib.sha256()
    with source.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = attachments_dir / f"{sha}{suffix}"
    if not target.exists():
        try:
            attachments_dir.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".scan.", suffix=".part", dir=attachments_dir)
            os.close(handle)
            shutil.copyfile(source, temp)
            os.replace(temp, target)
        except OSError as error:
            raise storage_error(error, target) from error
    return sha, target


def attach_scan(database: Database, letter_id: int, source: Path, attachments_dir: Path) -> str:
    """Attach the scanned signed copy (PDF/JPG/PNG): stored by SHA-256, hash recorded."""
    sha, _target = store_attachment(source, attachments_dir)
    with database.transaction("attach_letter_scan") as session:
        letter = find_letter(session, letter_id)
        letter.scan_sha256 = sha
        letter.scan_filename = source.name[:255]
    return sha


def scan_file(attachments_dir: Path, scan_sha256: str, scan_filename: str | None) -> Path | None:
    """Where an attached scan lives, or None if the file is missing."""
    suffix = Path(scan_filename or "").suffix.lower()
    suffix = ".jpg" if suffix == ".jpeg" else suffix
    candidate = attachments_dir / f"{scan_sha256}{suffix}"
    if candidate.is_file():
        return candidate
    matches = sorted(attachments_dir.glob(f"{scan_sha256}.*"))
    return matches[0] if matches else None
