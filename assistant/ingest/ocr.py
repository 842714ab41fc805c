"""Machine-reading scanned pages with Debian's tesseract (Danish model), through pytesseract.

Tesseract is a system program (``make tesseract`` installs it), so it may be missing on a machine that
only runs the app: then scanned pages are skipped with a message naming the fix, and every page with a
text layer is still read.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from typing import Any

LANGUAGE = "dan"
PAGE_TIMEOUT_S = 120
INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-dan (`make tesseract`)"


@functools.cache
def unavailable() -> str | None:
    """Why OCR cannot run here, or None when tesseract and its Danish model are installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        return f"tesseract is not installed; {INSTALL_HINT}"
    try:
        listed = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"tesseract does not run ({exc}); {INSTALL_HINT}"
    if LANGUAGE not in listed.stdout.split():
        return f"tesseract has no Danish model; {INSTALL_HINT}"
    return None


def read_image(image: Any) -> str:
    """The text tesseract reads in a page image (a PIL image), Danish model, one page at a time.

    Low-resolution scans are enlarged first: tesseract reads letters about 30 pixels high best.
    """
    import pytesseract

    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    if image.width < 1600:
        scale = 1600 / max(1, image.width)
        image = image.resize((int(image.width * scale), int(image.height * scale)))
    text: str = pytesseract.image_to_string(image, lang=LANGUAGE, timeout=PAGE_TIMEOUT_S)
    return text
