"""The tenders' demo: its notices (`content`) and the seeder that puts them in the database
(`seeder`, run by `manage.py seed_tenders`)."""
