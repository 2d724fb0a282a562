"""The electronic services desk: services, categories, laws, FAQ and the per-service survey."""
