"""What a citizen does in the browser tests: send a request on the contact form, and open it on
the tracking page."""


def send_request(page, server, subject, text, mobile, kind=3, name="مریم احمدی"):
    """Send a request (kind: the radio's index; 3, a question) to the first department; returns
    the tracking code the thank-you page shows."""
    page.goto(server.url + "/contact/")
    page.check(f"#id_kind_{kind}")
    page.select_option("#id_department", index=1)
    page.fill("#id_subject", subject)
    page.fill("#id_text", text)
    page.fill("#id_name", name)
    page.fill("#id_mobile", mobile)
    with page.expect_navigation():
        page.click("form.request-form button[type=submit]")
    return page.locator("[data-code]").get_attribute("data-code")


def open_request(page, server, code, contact):
    """Prove the request on the tracking page and open it."""
    page.goto(server.url + "/track/")
    page.fill("#id_code", code)
    page.fill("#id_contact", contact)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
