"""Documents the clerk prints or exchanges: letter PDFs, Excel import/export. No Qt."""
