"""A zip on the Dokumenter page: its files go in one by one, nothing outside it is ever touched."""

from __future__ import annotations

import io
import zipfile

from assistant.ui.page_documents import unpacked
from assistant.ui.uploads import expand_zip, safe_name


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_members_keep_their_folder_in_the_name_and_hidden_files_are_passed_over() -> None:
    data = _zip({
        "2024/referat.md": b"# Referat 2024\n\nTekst.",
        "2025/referat.md": b"# Referat 2025\n\nTekst.",
        "../../etc/passwd.md": b"x",
        "__MACOSX/2025/._referat.md": b"\x00",
        "2025/.DS_Store": b"\x00",
    })  # fmt: skip
    files, failed = expand_zip("arkiv.zip", data, max_mb=1)
    names = [n for n, _ in files]
    assert names == ["2024-referat.md", "2025-referat.md", "etc-passwd.md"] and not failed
    assert [safe_name(n) for n in names] == ["2024-referat.md", "2025-referat.md", "etc-passwd.md"]


def test_a_damaged_zip_and_an_oversized_member_are_refused_by_name() -> None:
    files, failed = expand_zip("brudt.zip", b"PK\x03\x04 not really", max_mb=1)
    assert files == [] and "brudt.zip: not a readable zip archive" in failed[0]["reason"]
    big = _zip({"stor.txt": b"a" * (2 * 1024 * 1024)})
    files, failed = expand_zip("stor.zip", big, max_mb=1)
    assert files == [] and failed[0]["file"] == "stor.zip/stor.txt" and "1 MB limit" in failed[0]["reason"]


def test_uploads_mix_zips_and_plain_files() -> None:
    failed: list[dict[str, str]] = []
    out = unpacked([("a.md", b"A"), ("b.zip", _zip({"c.md": b"C"}))], failed, 1)
    assert out == [("a.md", b"A"), ("c.md", b"C")] and not failed
