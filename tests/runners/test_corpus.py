"""How a run orders its stages: the plan every runner follows."""

from copydesk.config import Config
from copydesk.pipeline import STAGE_NAMES
from copydesk.runners.corpus import DedupStep, SiteCleanStep, plan_stages


def test_default_plan_counts_site_lines_between_extract_and_enrich():
    plan = plan_stages(STAGE_NAMES)
    assert plan.doc == ("extract",)
    assert [type(s) for s in plan.before] == [SiteCleanStep]
    assert plan.post == ("enrich",)
    assert [type(s) for s in plan.after] == [DedupStep]


def test_plan_without_site_counts_is_one_document_pass():
    plan = plan_stages(STAGE_NAMES, Config(site_boilerplate=False))
    assert plan.doc == ("extract", "clean", "enrich") and not plan.before and not plan.post


def test_plan_without_clean_has_no_site_step():
    plan = plan_stages(("extract", "enrich"))
    assert plan.doc == ("extract", "enrich") and not plan.before and not plan.after
