"""Runners schedule stages; they never change what a stage does."""
