#!/usr/bin/env python3
"""Writes fixtures/encodings/*: one seed saved the ways Thai office PCs save text.

Run once; the bytes are committed. Python's codecs are used because Node can decode
Windows-874 but not encode it, so the tests read bytes no code of ours produced.
"""
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
seed = (root / "fixtures/seeds/003-chiang-mai-2567.txt").read_text(encoding="utf-8")
out = root / "fixtures/encodings"
out.mkdir(parents=True, exist_ok=True)

(out / "tis620.txt").write_bytes(seed.encode("tis-620"))
(out / "windows874-crlf.txt").write_bytes(seed.replace("\n", "\r\n").encode("cp874"))
(out / "utf16le-bom.txt").write_bytes(b"\xff\xfe" + seed.encode("utf-16-le"))
(out / "utf16be-bom.txt").write_bytes(b"\xfe\xff" + seed.encode("utf-16-be"))
(out / "utf16le-nobom.txt").write_bytes(seed.encode("utf-16-le"))
(out / "utf8-bom-crlf.txt").write_bytes(b"\xef\xbb\xbf" + seed.replace("\n", "\r\n").encode("utf-8"))
(out / "mac-cr.txt").write_bytes(seed.replace("\n", "\r").encode("utf-8"))
(out / "binary.bin").write_bytes(bytes(range(256)) * 4)
(out / "fake.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
(out / "fake.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40)
(out / "empty.txt").write_bytes(b"")
(out / "whitespace.txt").write_bytes(b" \n\t\n  \r\n")
(out / "latin1.txt").write_bytes("Caf\xe9 na\xefve r\xe9sum\xe9 \xa9 \xae \xb0 \xb1".encode("latin-1") + bytes([0x80, 0x81, 0x8d, 0x8f]))
