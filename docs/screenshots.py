"""Redraw the README's screenshots of `cchc site` (docs/images/site-*.png):
the fixture repository's site as of 15/9/2020, opened in headless Chromium
(the system's, through playwright), cut to one screen, reduced to a palette
when Pillow is installed (it is not a dependency: the PNG is kept as is).

    python docs/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
IMAGES = REPO / "docs" / "images"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
SHOTS = {"site-overview.png": "index.html", "site-agency.png": "co-quan/phong-noi-vu.html"}


def save_small(raw: Path, target: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        target.write_bytes(raw.read_bytes())
        return
    Image.open(raw).convert("RGB").quantize(colors=96).save(target, optimize=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        subprocess.run([sys.executable, "-m", "cchc_plan", "site", "--root",
                        str(REPO / "tests" / "fixtures" / "krong-pa"), "-o", str(out),
                        "--as-of", "2020-09-15", "--no-cache"], check=True)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                         args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 1000})
            for name, path in SHOTS.items():
                page.goto((out / path).as_uri())
                raw = Path(tmp) / name
                page.screenshot(path=str(raw))
                save_small(raw, IMAGES / name)
                print(f"{IMAGES / name}: {(IMAGES / name).stat().st_size:,} bytes")
            browser.close()


if __name__ == "__main__":
    main()
