"""Measuring answers against question sets: cases, metrics, the one runner, reports and variants."""
