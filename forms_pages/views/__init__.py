"""The views of citizens' requests and forms: `tracking` and `downloads` behind /track/ (urls.py),
`pages` behind the contact, form and poll pages' routes (registered when FeatureApp.ready imports
this package)."""

from . import pages  # noqa: F401
