"""Project number formats per language (FORMAT_MODULE_PATH), read before Django's own."""
