"""Benchmarks that write numbers (latency, ingest rate, baselines), never timed tests."""
