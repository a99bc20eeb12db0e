"""No seed report's wording in the project (the brief: carry over facts, figures and names;
write every text in our own words). benchmarks/copy_check.py does the counting; it is also the
tool to run against published reports kept outside the project."""

import pytest

from benchmarks.copy_check import REPO, SEEDS, project_lines, report_runs, shared_lines

# Eight words in a row: shorter runs catch names and the trade's stock phrases ("the Baloch
# Raaji Aajoi Sangar (BRAS) alliance"), which the project must be able to write.
RUN = 8


@pytest.mark.seeds
def test_no_line_of_the_project_repeats_a_seed_reports_wording():
    known = report_runs(sorted(SEEDS.glob("*.txt")), RUN)
    assert known, f"no seed texts in {SEEDS}"
    hits = [f"{where}:{n}: {run!r} ({report.name})"
            for where, n, run, report in shared_lines(project_lines(REPO), known, RUN)]
    assert hits == []


def test_a_copied_run_is_found_across_case_punctuation_and_line_breaks(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Gunmen on motorbikes opened fire on a passenger coach near the town.")
    known = report_runs([report], RUN)
    lines = [("a.py", 3, "# gunmen ON motorbikes, opened fire on a passenger coach!"),
             ("a.py", 4, "# gunmen on motorbikes fired at a coach")]
    assert [(w, n) for w, n, _, _ in shared_lines(lines, known, RUN)] == [("a.py", 3)]
