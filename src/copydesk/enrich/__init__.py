"""Enrich stage: entities (canonical names, ISO3 countries, roles) and attributed quotes."""

from copydesk.enrich.stage import EnrichStage

__all__ = ["EnrichStage"]
