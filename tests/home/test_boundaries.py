"""`home` is the shared base: it names no feature app, and each feature app plugs itself in."""

import ast
import os
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings

from home.caching import page_cache
from home.models import HomePage, SectionPage, StandardPage
from home.pages.editor_groups import editor_groups, review_workflows, stored_name

HOME = Path(settings.BASE_DIR) / "home"


def feature_apps():
    """Labels of the project's own apps other than home (those that live in the repository)."""
    base = Path(settings.BASE_DIR).resolve()
    return sorted(
        config.label
        for config in apps.get_app_configs()
        if config.label != "home" and Path(config.path).resolve().parent == base
    )


def _docstrings(tree):
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def naming_strings(source, labels):
    """(line, string) for each string in `source` (docstrings aside) that names one of the apps:
    the label itself, or a dotted, namespaced or path name under it ("services.ServicePage",
    "newsroom:news_rss", "tenders/tender_page.html", "services_tags")."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    pattern = re.compile(
        r"^\s*(?:{0})\s*$|(?<![\w-])(?:{0})(?:[.:/][A-Za-z_]|_tags\b)".format("|".join(map(re.escape, labels)))
    )
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and pattern.search(node.value)
    ]


def test_the_check_catches_an_app_label_and_a_page_type_but_not_prose():
    source = (
        '"""Docstrings may say services.ServicePage."""\n'
        'WATCHED = {"home", "tenders"}\n'
        'TYPES = ["newsroom.NewsIndexPage"]\n'
        'URL = "newsroom:news_rss"\n'
        'HELP = _("Approves changes to this domain\'s services before the director does.")\n'
    )
    found = naming_strings(source, ["services", "newsroom", "tenders"])
    assert sorted(line for line, _text in found) == [2, 3, 4]


def test_home_names_no_feature_app():
    labels = feature_apps()
    assert {"services", "newsroom", "forms_pages", "tenders"} <= set(labels)
    offenders = []
    for path in sorted(HOME.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for line, text in naming_strings(path.read_text(), labels):
            offenders.append(f"{path.relative_to(HOME.parent)}:{line}: {text!r}")
    assert offenders == [], "home names a feature app; let the app declare itself instead:\n" + "\n".join(offenders)


def test_every_feature_app_makes_the_page_cache_watch_it():
    assert set(feature_apps()) <= page_cache.WATCHED_APPS


def test_the_home_page_takes_the_index_pages_the_apps_declare():
    from forms_pages.models import ContactPage, FormsIndexPage
    from newsroom.models import NewsIndexPage, NoticeIndexPage
    from services.models import FAQIndexPage, LawIndexPage, ServiceIndexPage
    from tenders.models import TenderIndexPage

    assert set(HomePage.allowed_subpage_models()) == {
        SectionPage,
        StandardPage,
        ContactPage,
        FormsIndexPage,
        NewsIndexPage,
        NoticeIndexPage,
        TenderIndexPage,
        ServiceIndexPage,
        LawIndexPage,
        FAQIndexPage,
    }


def test_each_kind_of_content_has_its_editor_group_and_workflows_as_before():
    groups = {group.name: group for group in editor_groups()}
    assert {name: [model._meta.label for model in group.page_types] for name, group in groups.items()} == {
        "ویراستاران میز خدمات": ["services.ServiceIndexPage", "services.LawIndexPage", "services.FAQIndexPage"],
        "ویراستاران اخبار": ["newsroom.NewsIndexPage"],
        "ویراستاران اعلانات": ["newsroom.NoticeIndexPage"],
        "بازبینان اخبار (روابط عمومی)": ["newsroom.NewsIndexPage"],
        "ویراستاران مناقصه‌ها": ["tenders.TenderIndexPage"],
        "ویراستاران فرم‌ها و نظرسنجی‌ها": ["forms_pages.FormsIndexPage", "forms_pages.ContactPage"],
    }
    assert groups["ویراستاران میز خدمات"].snippet_apps == ("services",)
    assert groups["بازبینان اخبار (روابط عمومی)"].reviewers
    workflows = {
        stored_name(flow.name): [model._meta.label for model in flow.page_types] for flow in review_workflows()
    }
    assert workflows == {
        "تأیید شناسنامه خدمت": ["services.ServiceIndexPage"],
        "بازبینی خبر": ["newsroom.NewsIndexPage"],
        "تأیید اعلان": ["newsroom.NoticeIndexPage"],
    }


def statements(node):
    """Every statement under `node`, at any depth (an import is a statement: walking every
    expression node too, as ast.walk does, was most of the test's time)."""
    for field in ("body", "orelse", "finalbody", "handlers", "cases"):
        for child in getattr(node, field, ()):
            yield child
            yield from statements(child)


def project_modules(base):
    """The project's Python files, without walking into the virtualenv or generated folders
    (globbing below them first, then leaving them out, was most of this test's time)."""
    skipped = {".venv", ".git", "node_modules", "staticfiles", "media", "__pycache__"}
    for folder, subfolders, files in os.walk(base):
        subfolders[:] = sorted(name for name in subfolders if name not in skipped and not name.startswith("."))
        yield from (Path(folder) / name for name in sorted(files) if name.endswith(".py"))


def test_every_import_of_home_names_a_module_that_exists():
    """Imports inside functions run only when called: one left at a moved module's old name
    (`from home.caching.page_routing import serve`) fails nothing until a request reaches it."""
    import importlib.util

    base = Path(settings.BASE_DIR)
    missing = []
    for path in project_modules(base):
        text = path.read_text()
        if "home" not in text:
            continue  # no import of home without its name (parsing every file was most of the time)
        for node in statements(ast.parse(text)):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            elif isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            else:
                continue
            for module in modules:
                if module.split(".")[0] == "home" and importlib.util.find_spec(module) is None:
                    missing.append(f"{path.relative_to(base)}:{node.lineno}: {module}")
    assert missing == []


# --- no import of the project's own code hidden in a function ---------------------------------

OWN_PACKAGES = ("home", "services", "newsroom", "forms_pages", "tenders", "portal_site")


def imports_inside_functions(source):
    """(line, module) for each import of the project's own code inside a function of `source`:
    the way import circles were hidden (issue 17). Only an app's `ready()` needs one."""
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            names = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.ImportFrom) and node.level > 0:
                names = ["." * node.level + (node.module or "")]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            found += [
                (node.lineno, name) for name in names if name.startswith(".") or name.split(".")[0] in OWN_PACKAGES
            ]
    return sorted(set(found))


def test_the_import_check_finds_an_own_import_in_a_function_not_a_library_one():
    source = (
        "from home.models import SectionPage\n"
        "def f():\n    from wagtail.models import Page\n    from home.pages import editorial\n"
        "    from . import sibling\n    import tenders.models\n"
    )
    assert imports_inside_functions(source) == [(4, "home.pages"), (5, "."), (6, "tenders.models")]


def test_no_module_imports_the_projects_own_code_inside_a_function():
    """Each module imports the project's modules it uses at its top, so an import circle shows
    at once (and import-linter sees the layers as they are); an app's `ready()`, run once the
    app registry is loaded, is the one place that imports inside a function."""
    base = Path(settings.BASE_DIR)
    hidden = []
    for package in OWN_PACKAGES:
        for path in sorted((base / package).rglob("*.py")):
            relative = path.relative_to(base)
            if "migrations" in relative.parts or path.name == "apps.py":
                continue
            hidden += [f"{relative}:{line} {name}" for line, name in imports_inside_functions(path.read_text())]
    assert not hidden, hidden
