"""Verified PyTorch Notes: every code block of the docs, extracted and proven to run."""

__version__ = "0.1.0"
