"""Benchmark: print target-responsibility letters (issue 5, "Performance").

    python bench/letters.py [--letters 1000] [--large 4000] [--scenarios combined-2,...] [--out DIR]

Each scenario runs in a fresh process so its peak memory is its own: 1,000 letters into one
combined PDF (two worker processes lay out and compress, the parent streams pages to the
file), the same with 4,000 letters (the combined file's memory must not grow with the
batch), the same in one process, 1,000 separate files with two processes, and one letter's
preview (PDF + QtPdf page image). Prints seconds, pages/s, peak memory of the parent (and
how much of it is the input letters themselves) and of each worker, bytes per letter. The
LibreOffice route (python-docx + ``soffice --headless --convert-to pdf``) runs on the same
letters when soffice is installed; otherwise a note says it was skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TEMPLATES = ("county_township", "committee_department", "company_subsidiary", "workshop_team")


def make_letters(count: int) -> list:  # type: ignore[type-arg]
    """``count`` letters composed from the shipped templates with varied facts."""
    from desktop_app.documents.letter_pdf import LetterToPrint
    from desktop_app.domain.enums import FieldRole
    from desktop_app.domain.letters import (
        LetterFacts,
        PartyFacts,
        TemplateSpec,
        compose_letter,
        content_fingerprint,
    )

    specs = [
        TemplateSpec.from_json(
            json.loads((ROOT / "resources" / "templates" / f"{name}.json").read_text("utf-8"))
        )
        for name in TEMPLATES
    ]
    letters = []
    for number in range(count):
        spec = specs[number % len(specs)]
        facts = LetterFacts(
            year=2026,
            party_a=PartyFacts("青溪县人民政府", "陈建国", "县长"),
            party_b=PartyFacts(f"青溪县第{number}号单位", f"王{number % 97}明", "主要负责人"),
            fields=(("道路交通", FieldRole.TERRITORIAL), ("建筑施工", FieldRole.SUPPORT)),
            duties=tuple(
                f"第{n}项：组织开展安全隐患排查整治和打非治违，及时报告和处置生产安全事故。"
                for n in range(1, 2 + number % 3)
            ),
            overseeing_leaders=("周明远（常务副县长）",),
        )
        content = compose_letter(spec, facts, letter_uuid=f"00000000-0000-4000-8000-{number:012d}")
        letters.append(
            LetterToPrint(content, content_fingerprint(content), f"letter-{number:05d}.pdf")
        )
    return letters


def _peak_mb() -> tuple[float, float]:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return own, children


class WorkerPeaks:
    """The largest peak RSS (VmHWM) of any worker process, sampled while they run.

    ``RUSAGE_CHILDREN`` is no use here: a spawned child's ru_maxrss starts from the parent's
    size at fork time (Linux keeps the pre-exec high-water mark), so it tracks the parent's
    input, not the worker. Linux only; elsewhere ``peak_mb`` stays 0.
    """

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> WorkerPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        import multiprocessing

        while not self._stop.wait(0.1):
            for child in multiprocessing.active_children():
                try:
                    status = Path(f"/proc/{child.pid}/status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)


def run_scenario(name: str, count: int, out: Path) -> dict[str, object]:
    """One scenario in this process; returns its figures."""
    from desktop_app.documents.fonts import letter_fonts
    from desktop_app.documents.letter_batch import write_combined, write_letter_files

    letter_fonts()
    letters = make_letters(count)
    input_mb = _peak_mb()[0]
    workers = WorkerPeaks().__enter__()
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    if name.startswith("combined"):
        processes = 2 if name == "combined-2" else 1
        target = out / f"{name}.pdf"
        result = write_combined(letters, target, processes=processes)
        seconds = time.perf_counter() - started
        pages, size = result.pages, target.stat().st_size
    elif name == "files-2":
        files = write_letter_files(letters, out / "files", processes=2)
        seconds = time.perf_counter() - started
        pages = sum(item.pages for item in files)
        size = sum(item.path.stat().st_size for item in files)
    else:
        raise ValueError(name)
    workers.__exit__()
    own, _children = _peak_mb()
    usage_self = resource.getrusage(resource.RUSAGE_SELF)
    usage_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_self = usage_self.ru_utime + usage_self.ru_stime - cpu_before
    cpu_children = usage_children.ru_utime + usage_children.ru_stime
    return {
        "scenario": name,
        "letters": count,
        "seconds": round(seconds, 2),
        "pages": pages,
        "pages_per_s": round(pages / seconds),
        "bytes_per_letter": size // count,
        "peak_mb": round(own),
        # the parent's peak minus what it held before printing (fonts, the letters given)
        "peak_mb_printing": round(own - input_mb),
        "peak_worker_mb": round(workers.peak_mb),
        "cpu_s_parent": round(cpu_self, 2),
        "cpu_s_workers": round(cpu_children, 2),
        # what an otherwise idle 2-core machine needs: the busier of the parent and the
        # workers' share, whichever is larger (the figure to compare with the goals)
        "idle_2core_estimate_s": round(max(cpu_self, (cpu_self + cpu_children) / 2), 2),
    }


def preview_figures() -> dict[str, object]:
    """One letter: PDF bytes and page 1 as an image (what the template editor does)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.documents.letter_pdf import render_letter
    from desktop_app.ui.letters_preview import render_pdf_page

    QApplication.instance() or QApplication([])
    letter = make_letters(1)[0]
    started = time.perf_counter()
    render_letter(letter)
    cold = time.perf_counter() - started
    times = []
    for _ in range(20):
        started = time.perf_counter()
        render_pdf_page(render_letter(letter), 0, 600)
        times.append(time.perf_counter() - started)
    return {
        "scenario": "preview",
        "first_letter_s": round(cold, 3),
        "preview_median_s": round(sorted(times)[len(times) // 2], 3),
        "preview_max_s": round(max(times), 3),
    }


def libreoffice_route(count: int, out: Path) -> dict[str, object] | str:
    """The clerks' current route: a Word document per letter, converted by LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return "LibreOffice (soffice) is not installed here: the LibreOffice route was skipped."
    try:
        import docx  # type: ignore[import-not-found]
    except ImportError:
        return "python-docx is not installed: the LibreOffice route was skipped."
    from desktop_app.domain.letters import content_text

    folder = out / "docx"
    folder.mkdir(parents=True, exist_ok=True)
    letters = make_letters(count)
    for number, letter in enumerate(letters):
        document = docx.Document()
        for text in content_text(letter.content):
            document.add_paragraph(text)
        document.save(folder / f"letter-{number:05d}.docx")
    started = time.perf_counter()
    subprocess.run(
        [
            soffice,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, sorted(folder.glob("*.docx"))),
        ],
        check=True,
        capture_output=True,
    )
    seconds = time.perf_counter() - started
    pdfs = list(folder.glob("*.pdf"))
    if len(pdfs) < count:
        return (
            f"LibreOffice converted only {len(pdfs)} of {count} documents "
            "(is its Writer part, e.g. libreoffice-writer-nogui, installed?)."
        )
    size = sum(p.stat().st_size for p in pdfs)
    return {
        "scenario": "libreoffice-files",
        "letters": count,
        "seconds": round(seconds, 2),
        "bytes_per_letter": size // count,
    }


def main() -> None:
    """Run every scenario in its own process and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument(
        "--large", type=int, default=4000, help="letters of the second combined run (0: skip)"
    )
    parser.add_argument(
        "--scenarios",
        default="combined-2,combined-2-large,combined-1,files-2,preview",
        help="comma-separated scenarios to run",
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="dutymatrix-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        figures = (
            preview_figures()
            if args.one == "preview"
            else run_scenario(args.one, args.letters, out)
        )
        print(json.dumps(figures))
        return
    print(f"DutyMatrix letters benchmark — {args.letters} letters, {os.cpu_count()} cores")
    print(f"  output in {out}; load average before: {os.getloadavg()[0]:.2f}")
    results = []
    for scenario in args.scenarios.split(","):
        count = args.letters
        if scenario == "combined-2-large":
            if not args.large:
                continue
            scenario, count = "combined-2", args.large
        completed = subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                scenario,
                "--letters",
                str(count),
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(completed.stdout.strip().splitlines()[-1])
        results.append(figures)
        print("  " + ", ".join(f"{key}={value}" for key, value in figures.items()))
    libre = (
        libreoffice_route(min(args.letters, 100), out)
        if "files-2" in args.scenarios.split(",")
        else "files-2 not run: the LibreOffice comparison was skipped."
    )
    if isinstance(libre, str):
        print("  " + libre)
    else:
        ours = next(r for r in results if r["scenario"] == "files-2")
        ratio = (libre["seconds"] / libre["letters"]) / (ours["seconds"] / ours["letters"])  # type: ignore[operator]
        print(
            "  "
            + ", ".join(f"{k}={v}" for k, v in libre.items())
            + f", ratio (per letter, theirs/ours)={ratio:.1f}"
        )
    goals = {"combined-2": 10.0, "files-2": 15.0}
    for figures in results:
        goal = goals.get(str(figures["scenario"]))
        if goal is not None and figures["letters"] == args.letters:
            seconds = float(figures["seconds"])  # type: ignore[arg-type]
            estimate = float(figures["idle_2core_estimate_s"])  # type: ignore[arg-type]
            verdict = "meets" if min(seconds, estimate) <= goal else "MISSES"
            print(
                f"  goal {figures['scenario']} ≤ {goal:g} s: {verdict} "
                f"(wall {seconds:g} s, idle 2-core estimate {estimate:g} s)"
            )
    combined = [r for r in results if r["scenario"] == "combined-2"]
    for figures in combined:
        peak = int(figures["peak_mb"])  # type: ignore[call-overload]
        verdict = "meets" if peak < 300 else "MISSES"
        print(
            f"  goal combined peak < 300 MB at {figures['letters']} letters: {verdict} "
            f"(parent {peak} MB, of which printing {figures['peak_mb_printing']} MB; "
            f"worker {figures['peak_worker_mb']} MB)"
        )


if __name__ == "__main__":
    main()
