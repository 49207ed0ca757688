// libxlsxwriter (Debian libxlsxwriter-dev), used only by Reports' workbook writer.
#include <xlsxwriter.h>
