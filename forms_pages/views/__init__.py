"""The views of citizens' requests and forms: `tracking` behind /track/ (urls.py), `pages` behind
the contact, form and poll pages' routes (registered when FormsPagesConfig.ready imports it)."""
