"""Reading SQLite's write-ahead log without the database key: whole committed transactions.

The WAL's framing is not encrypted (SQLCipher encrypts the page inside each frame), so its
structure can be checked without the key, as SQLite's own recovery does it (sqlite.org,
"WAL-mode File Format"; src/wal.c ``walIndexRecover`` and ``walDecodeFrame``): a 32-byte header
(magic 0x377f0682 or 0x377f0683, version 3007000, page size, two salts, a checksum), then
frames of a 24-byte header (page number, database size after a commit or 0, the salts, a
cumulative checksum) and one page. A frame counts only if its salts match the header's and its
cumulative checksum is right; a transaction counts only up to its commit frame. ``committed``
returns how many bytes of a WAL hold whole, valid transactions: a copy cut there is what SQLite
would recover.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

WAL_MAGIC = 0x377F0682
WAL_VERSION = 3007000
HEADER = 32
FRAME_HEADER = 24
MASK = 0xFFFFFFFF
MIN_PAGE = 512
MAX_PAGE = 65536


@dataclass(frozen=True)
class WalExtent:
    valid_bytes: int  # the header and every frame up to the last commit (0: nothing usable)
    frames: int  # frames kept
    commits: int  # transactions kept
    page_size: int


def _checksum(data: bytes, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s1 = (s1 + words[index] + s2) & MASK
        s2 = (s2 + words[index + 1] + s1) & MASK
    return s1, s2


def committed(path: Path) -> WalExtent:
    """The part of the WAL at ``path`` that SQLite's recovery would use."""
    with path.open("rb") as handle:
        header = handle.read(HEADER)
        if len(header) < HEADER:
            return WalExtent(0, 0, 0, 0)
        magic, version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(">8I", header)
        big_endian = bool(magic & 1)
        valid_size = MIN_PAGE <= page_size <= MAX_PAGE and page_size & (page_size - 1) == 0
        if magic & 0xFFFFFFFE != WAL_MAGIC or version != WAL_VERSION or not valid_size:
            return WalExtent(0, 0, 0, 0)
        s1, s2 = _checksum(header[:24], big_endian, 0, 0)
        if (s1, s2) != (c1, c2):
            return WalExtent(0, 0, 0, page_size)
        frame_size = FRAME_HEADER + page_size
        offset = HEADER
        frames = commits = 0
        kept = (0, 0, 0)  # (bytes, frames, commits) up to the last commit frame
        while True:
            frame = handle.read(frame_size)
            if len(frame) < frame_size:
                break
            page, size_after, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", frame[:24])
            if (f_salt1, f_salt2) != (salt1, salt2) or page == 0:
                break
            s1, s2 = _checksum(frame[:8], big_endian, s1, s2)
            s1, s2 = _checksum(frame[FRAME_HEADER:], big_endian, s1, s2)
            if (s1, s2) != (f1, f2):
                break
            offset += frame_size
            frames += 1
            if size_after:
                commits += 1
                kept = (offset, frames, commits)
    return WalExtent(kept[0], kept[1], kept[2], page_size)
