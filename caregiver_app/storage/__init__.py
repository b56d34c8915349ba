"""Where the care record lives: encrypted SQLite (SQLCipher) by default."""
