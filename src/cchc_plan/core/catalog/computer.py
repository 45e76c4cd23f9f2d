"""Sentences about the user's computer: opening a written file (--open), and
where LibreOffice is installed (--pdf) on Windows and macOS."""

from __future__ import annotations

from cchc_plan.core.lang import Lang, both

MESSAGES: dict[str, dict[Lang, str]] = {
    "cli.no-opener": both(
        "tệp đã ghi nhưng không mở được: máy này không có {program} để mở {path} — "
        "hãy mở tệp bằng tay",
        "the file is written but was not opened: this computer has no {program} to open "
        "{path}; open it yourself"),
    "cli.cannot-open": both(
        "tệp đã ghi nhưng không mở được {path}: {reason} — hãy mở tệp bằng tay",
        "the file is written but {path} could not be opened: {reason}; open it yourself"),
    "hint.install-libreoffice-windows": both(
        "cài LibreOffice (miễn phí, https://www.libreoffice.org/download/) vào thư mục mặc "
        "định C:\\Program Files\\LibreOffice, hoặc đặt CCHC_SOFFICE là đường dẫn tới "
        "soffice.exe; máy chỉ có Microsoft Word: chạy lại không có --pdf, mở tệp .docx trong "
        "Word, chọn Tệp › Lưu dưới dạng › PDF — kết quả như nhau",
        "install LibreOffice (free, https://www.libreoffice.org/download/) in its default "
        "folder C:\\Program Files\\LibreOffice, or set CCHC_SOFFICE to the path of "
        "soffice.exe; with Microsoft Word only: run again without --pdf, open the .docx in "
        "Word and choose File › Save As › PDF, which does the same"),
    "hint.install-libreoffice-macos": both(
        "cài LibreOffice (miễn phí, https://www.libreoffice.org/download/ hoặc "
        "`brew install --cask libreoffice`) vào /Applications, hoặc đặt CCHC_SOFFICE là "
        "đường dẫn tới soffice; máy chỉ có Microsoft Word: chạy lại không có --pdf, mở tệp "
        ".docx trong Word, chọn Tệp › Lưu dưới dạng › PDF — kết quả như nhau",
        "install LibreOffice (free, https://www.libreoffice.org/download/ or "
        "`brew install --cask libreoffice`) in /Applications, or set CCHC_SOFFICE to the "
        "path of soffice; with Microsoft Word only: run again without --pdf, open the .docx "
        "in Word and choose File › Save As › PDF, which does the same"),
    "help.option.open_file": both(
        "Mở tệp vừa ghi bằng chương trình mặc định của máy (Word, Excel, trình duyệt).",
        "Open what was written in the computer's default program (Word, Excel, the browser)."),
}
