"""The SQL statements of newsledger, shipped as package data (`newsledger.sql`): read them
with `newsledger.resources.SQL_DIR`, not by importing this package."""
