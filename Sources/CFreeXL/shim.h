// libfreexl (Debian libfreexl-dev), used only by SheetFiles' .xls reader (XLSCalls.swift).
#include <freexl.h>
