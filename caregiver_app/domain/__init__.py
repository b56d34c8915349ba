"""Plain data and rules of the care record: no database, no Qt."""
