"""Lighthouse scores of a chapter, a notebook and the benchmarks page (mobile preset, each run
calibrated to the host: see tests/harness/lighthouse.py, which runs the audits in the background
as soon as the site is built; these tests judge them)."""

import pytest

from tests.harness.lighthouse import (
    MINIMUM,
    PERFORMANCE_FLOOR,
    PERFORMANCE_GOAL,
    calibrated_multiplier,
    score,
    weak_audits,
)
from tests.harness.site import needs_mkdocs

PAGES = ["threads/", "notebooks/threads/", "benchmarks/"]
pytestmark = [pytest.mark.browser, needs_mkdocs]


def test_the_multiplier_emulates_one_device_whatever_the_host():
    assert calibrated_multiplier(1750) == 4  # the host Lighthouse's default is made for
    assert calibrated_multiplier(1100) == 2.51  # a low-end desktop: the docs suggest 1-4x
    assert calibrated_multiplier(3500) == 8  # a faster host is slowed down more
    assert calibrated_multiplier(300) == 1  # never sped up


@pytest.mark.timeout(900)  # it may wait for the audits of the pages before it
@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.strip("/"))
def test_lighthouse_scores(lighthouse_audits, path: str):
    page = lighthouse_audits(path)
    failing = {name: weak_audits(page.first, name) for name in MINIMUM
               if score(page.first, name) < MINIMUM[name]}
    assert failing == {}, failing
    median = page.median
    speed = score(median, "performance")
    report = (speed, [run["multiplier"] for run in page.runs], weak_audits(median, "performance"))
    assert speed >= PERFORMANCE_FLOOR, report
    if speed < PERFORMANCE_GOAL:
        pytest.xfail(f"performance {speed} < {PERFORMANCE_GOAL} on this host (issue 18): "
                     f"CPU slowdown x{report[1]}, below full marks: {', '.join(report[2])}")
