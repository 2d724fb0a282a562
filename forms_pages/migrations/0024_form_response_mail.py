"""An online form's response e-mailed to staff through the outbox: the message's link to the
response, its purpose, and the form's staff addresses checked and explained."""

import django.db.models.deletion
from django.db import migrations, models

import forms_pages.staff_mail


class Migration(migrations.Migration):
    dependencies = [
        ("forms_pages", "0023_oversee_requests"),
    ]

    operations = [
        migrations.AddField(
            model_name="outboundmessage",
            name="submission",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="messages",
                to="forms_pages.formpagesubmission",
                verbose_name="form response",
            ),
        ),
        migrations.AlterField(
            model_name="formpage",
            name="to_address",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Each response is e-mailed to these addresses, separated by commas. Left empty, nobody is "
                    "e-mailed: the responses are only in this form's responses list in the admin."
                ),
                max_length=255,
                validators=[forms_pages.staff_mail.validate_staff_addresses],
                verbose_name="staff e-mail addresses",
            ),
        ),
        migrations.AlterField(
            model_name="outboundmessage",
            name="purpose",
            field=models.CharField(
                choices=[
                    ("acknowledgement", "Acknowledgement"),
                    ("answer", "Answer"),
                    ("status", "Status change"),
                    ("visit", "Visit request"),
                    ("new_request", "New request for the department"),
                    ("reply", "Reply from the applicant"),
                    ("transfer", "Transferred to the department"),
                    ("transfer_notice", "Transfer told to the applicant"),
                    ("overdue_notice", "Delay told to the applicant"),
                    ("reminder", "Reminder before the due date"),
                    ("escalation", "Escalation of an overdue request"),
                    ("digest", "Daily digest"),
                    ("form_response", "Online form response"),
                ],
                max_length=20,
                verbose_name="purpose",
            ),
        ),
    ]
