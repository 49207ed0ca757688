#!/usr/bin/env python3
"""Writes password-protected.xls next to this script: demo-county.xls with a FILEPASS record (XOR
obfuscation, [MS-XLS] 2.4.117) right after its workbook globals' BOF, where Excel puts it when a workbook
has a password to open. Only the records' place matters to trainplan, which reads no further than the
FILEPASS to name the file as password-protected, so the records after it are left plain and the file
keeps its size: the 16 bytes of INTERFACEHDR, MMS and INTERFACEEND that follow the BOF become FILEPASS
(10 bytes) and an INTERFACEHDR (6). Needs only Python:

    python3 Tests/InstanceTests/Fixtures/workbooks/make_encrypted_xls.py
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

data = bytearray(open(os.path.join(HERE, "demo-county.xls"), "rb").read())
sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
entry = data.find("Workbook".encode("utf-16-le") + b"\0\0")
assert entry > 0 and entry % 128 == 0, "no Workbook directory entry"
start_sector, size = struct.unpack_from("<II", data, entry + 0x74)
assert size >= 4096, "the workbook stream must lie in regular sectors"
stream = (start_sector + 1) * sector_size


def record(offset):
    return struct.unpack_from("<HH", data, offset)


bof_type, bof_length = record(stream)
assert bof_type == 0x0809, "the stream must open with a BIFF8 BOF"
after_bof = stream + 4 + bof_length
expected = [(0x00E1, 2), (0x00C1, 2), (0x00E2, 0)]
offset = after_bof
for kind in expected:
    assert record(offset) == kind, f"unexpected record {record(offset)} after the BOF"
    offset += 4 + kind[1]
replacement = struct.pack("<HHHHH", 0x002F, 6, 0x0000, 0x1234, 0xABCD) + struct.pack("<HHH", 0x00E1, 2, 0x04B0)
assert len(replacement) == offset - after_bof
data[after_bof:offset] = replacement
open(os.path.join(HERE, "password-protected.xls"), "wb").write(bytes(data))
