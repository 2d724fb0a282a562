"""The services desk's demo: its content (`content`, `content_en`), the seeder that puts it in
the database (`seeder`, run by `manage.py seed_services`) and the scale-data part (`scale_data`)."""
