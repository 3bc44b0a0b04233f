"""A hold-out set of synthetic school sites that nobody tuned the crawler on (issue 8)."""
