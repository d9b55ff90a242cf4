"""An axe-core audit of the page as it is now: no serious or critical violation allowed."""
from axe_playwright_python.sync_playwright import Axe

BLOCKING = ("serious", "critical")


def assert_accessible(page) -> None:
    violations = Axe().run(page).response["violations"]
    blocking = [v for v in violations if v.get("impact") in BLOCKING]
    report = "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(str(node["target"]) for node in v["nodes"])
        for v in blocking
    )
    assert not blocking, f"axe found on {page.url}:\n{report}"
