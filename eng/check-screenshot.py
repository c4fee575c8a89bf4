#!/usr/bin/env python3
"""Checks that a PNG screenshot of the desk's HTML report is not blank and that its charts were drawn.

Standard library only: the PNG is decoded with zlib and its scanline filters undone here. Passes when the picture has
many colours, enough non-white pixels, and pixels of the chart palette (so the inline SVG charts rendered, not only
the text). Usage: check-screenshot.py FILE.png
"""
import struct
import sys
import zlib

# Bar colours of the report's charts (samples/JdAfterSales.Samples.AfterSalesDesk/ReportCharts.cs).
CHART_COLOURS = {(0x4E, 0x79, 0xA7), (0xF2, 0x8E, 0x2B), (0x59, 0xA1, 0x4F)}


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        sys.exit(f"{path}: expected 8-bit RGB or RGBA, not interlaced (depth {depth}, colour type {colour})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                row[i] = (row[i] + row[i - channels]) & 0xFF
        elif kind == 2:
            row = bytearray((a + b) & 0xFF for a, b in zip(row, previous))
        elif kind == 3:
            for i in range(stride):
                left = row[i - channels] if i >= channels else 0
                row[i] = (row[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = row[i - channels] if i >= channels else 0
                b, c = previous[i], previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(row)
        previous = row
    return width, height, channels, rows


def main():
    path = sys.argv[1]
    width, height, channels, rows = decode(path)
    colours, non_white, chart = set(), 0, 0
    for row in rows:
        for i in range(0, len(row), channels):
            pixel = (row[i], row[i + 1], row[i + 2])
            colours.add(pixel)
            if pixel != (255, 255, 255):
                non_white += 1
            if pixel in CHART_COLOURS:
                chart += 1
    share = non_white / (width * height)
    print(f"{path}: {width}x{height}, {len(colours)} colours, {share:.1%} not white, {chart} chart-colour pixels")
    problems = []
    if len(colours) < 64:
        problems.append(f"only {len(colours)} colours (a blank or broken page has a handful)")
    if share < 0.03:
        problems.append(f"only {share:.1%} of the pixels are not white")
    if chart < 2000:
        problems.append(f"only {chart} pixels of the chart colours: the charts did not render")
    if problems:
        sys.exit("screenshot looks blank: " + "; ".join(problems))


if __name__ == "__main__":
    main()
