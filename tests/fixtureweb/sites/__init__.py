"""Synthetic school sites; ``tests.fixtureweb.registry`` imports every module here."""
