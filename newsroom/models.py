"""News, the notice board and the feeds."""
