"""The newsroom's demo: its texts (`content`), the illustrations drawn for them
(`illustrations`), the seeder that puts them in the database (`seeder`, run by
`manage.py seed_newsroom`) and news at scale (`scale_data`, written from `scale_content`)."""
