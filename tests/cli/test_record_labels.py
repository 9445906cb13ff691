"""The command line names tables, backup reasons and demo counts in the clerk's language."""

from __future__ import annotations

from desktop_app.record_labels import BACKUP_REASONS, TABLES, backup_reason, table_label
from desktop_app.storage.models import Base


def test_every_table_has_a_label_in_both_languages() -> None:
    names = {table.name for table in Base.metadata.sorted_tables}
    assert names <= set(TABLES)
    assert table_label("unit", "zh_CN") == "单位" and table_label("unit", "en") == "units"


def test_backup_reasons_of_every_import_kind_and_second_backups_read_as_words() -> None:
    from desktop_app.domain.import_schema import ImportKind

    for kind in ImportKind:
        assert f"import-{kind.value}" in BACKUP_REASONS
    assert backup_reason("import-units", "zh_CN") == "导入单位名录前"
    assert backup_reason("manual-2", "zh_CN") == "手动备份"
    assert backup_reason("something-new", "en") == "something-new"


def test_letter_statuses_read_the_same_in_messages_and_on_the_command_line() -> None:
    from desktop_app.cli_letters import _TEXTS
    from desktop_app.domain.enums import LetterStatus
    from desktop_app.domain.errors import ErrorCode
    from desktop_app.messages import message_for
    from desktop_app.record_labels import LETTER_STATUSES, letter_status

    assert set(LETTER_STATUSES) == {status.value for status in LetterStatus}
    for status in LetterStatus:
        for language in ("zh_CN", "en"):
            word = letter_status(status.value, language)
            assert _TEXTS[language][f"status_{status.value}"] == word
            sentence = message_for(
                ErrorCode.LETTER_STATUS_CHANGE,
                {"letter": "X", "status": status.value, "target": "void"},
                language,
            )
            assert word in sentence and letter_status("void", language) in sentence
    assert letter_status("signed", "zh_CN") == "已签订"
    assert letter_status("void", "zh_CN") == "已作废"
