"""Renderers: each turns report data into one output form."""
