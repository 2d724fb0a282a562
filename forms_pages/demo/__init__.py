"""The demo of forms_pages: its texts (`content`), the seeder that puts them in the database
(`seeder`, run by `manage.py seed_forms`) and requests at scale (`scale_data`, written from
`scale_content`)."""
