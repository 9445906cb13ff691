"""Benchmark: the template editor's live preview (issue 5, "≤ 0.1 s per update").

    python bench/template_editor.py [--updates 30]

Builds the demo county in a temporary folder, opens the template editor offscreen on each
template of the year and times what one keystroke costs once the debounce fires: check the
template, compose the sample letter, lay it out and draw the page shown. Prints the median
and the slowest update per template, and the first one (which loads the fonts).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    """Time preview updates for every template of the demo year."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.demo import generate_demo
    from desktop_app.services.letter_templates import list_templates, template_spec
    from desktop_app.storage.database import open_database
    from desktop_app.ui.letters_template_editor import TemplateEditor
    from desktop_app.ui.prompter import Prompter

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.db", create=True)
        generate_demo(database, year=2026)
        for row in list_templates(database, 2026):
            started = time.perf_counter()
            editor = TemplateEditor(
                database, row.id, template_spec(database, row.id), 2026, Prompter(), "zh_CN"
            )
            opened = time.perf_counter() - started
            editor.resize(1280, 800)
            editor.show()
            app.processEvents()
            page = editor.sections_page
            page.section_list.setCurrentRow(1)
            page.clause_list.setCurrentRow(0)
            times = []
            for n in range(args.updates):
                page.clause_edit.insertPlainText("安" if n % 2 else "全")
                started = time.perf_counter()
                editor.timer.stop()
                editor.refresh_preview()
                times.append(time.perf_counter() - started)
            print(
                f"{row.key:22} open {opened * 1000:6.0f} ms   update median "
                f"{statistics.median(times) * 1000:5.1f} ms, slowest {max(times) * 1000:5.1f} ms "
                f"({editor.preview.page_count} pages)"
            )
            editor.done(0)  # closes without the "discard changes?" question
            editor.deleteLater()
        database.close()


if __name__ == "__main__":
    main()
