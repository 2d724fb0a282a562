"""Everything a citizen submits: requests, online forms, surveys and polls."""
