"""The shared base's demo and the machinery the apps' demos share: the base's content
(`content`) and the seeder that puts it in the database (`seeder`, run by `manage.py seed_home`),
helpers every seeder uses (`seeding`) and the scale-data machinery (`scale_data`)."""
