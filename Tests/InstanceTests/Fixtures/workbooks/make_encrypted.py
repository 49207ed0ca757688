#!/usr/bin/env python3
"""Writes password-protected.xlsx next to this script: demo-county-openpyxl.xlsx encrypted with the
password 1234 (ECMA-376 agile encryption, as Excel's "Encrypt with Password" writes it). A workbook with a
password to open must be named as such, not called damaged. Needs msoffcrypto-tool:

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install msoffcrypto-tool
    /tmp/venv/bin/python Tests/InstanceTests/Fixtures/workbooks/make_encrypted.py
"""
import os

import msoffcrypto
from msoffcrypto.format.ooxml import OOXMLFile

HERE = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(HERE, "demo-county-openpyxl.xlsx"), "rb") as plain, \
        open(os.path.join(HERE, "password-protected.xlsx"), "wb") as encrypted:
    OOXMLFile(plain).encrypt("1234", encrypted)
