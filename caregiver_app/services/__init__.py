"""Use cases: each opens its own transaction and returns plain frozen dataclasses."""
