"""Evaluation: scorers for the gold formats and the runner that feeds them dyad's output."""
