"""Render Kindred's app icon from its SVG into every file the installers need.

    .venv/bin/python -m tools.render_icons

Writes (and they are committed, so a build never needs this script):
- resources/icons/app/kindred-<size>.png for 16 … 512 (the window icon)
- installer/linux/icons/hicolor/<size>x<size>/apps/org.kindred.Kindred.png and
  scalable/apps/org.kindred.Kindred.svg (the freedesktop icon theme layout)
- installer/windows/kindred.ico and installer/macos/kindred.icns, each holding PNG
  images (both formats allow it), written by hand so no extra package is needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app" / "kindred.svg"
APP_ID = "org.kindred.Kindred"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# The icns types that hold PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon: a directory of entries, each a whole PNG (Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon: big-endian chunks of type, length and PNG data."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in pngs.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"Could not read {SVG}", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    hicolor = ROOT / "installer" / "linux" / "icons" / "hicolor"
    for size, png in pngs.items():
        (SVG.parent / f"kindred-{size}.png").write_bytes(png)
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(png)
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable / f"{APP_ID}.svg")
    windows = ROOT / "installer" / "windows"
    windows.mkdir(parents=True, exist_ok=True)
    (windows / "kindred.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    macos = ROOT / "installer" / "macos"
    macos.mkdir(parents=True, exist_ok=True)
    (macos / "kindred.icns").write_bytes(icns({s: pngs[s] for s in ICNS_TYPES}))
    del app
    print(f"Rendered {len(SIZES)} sizes, kindred.ico and kindred.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
