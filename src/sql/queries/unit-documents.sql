-- The documents of one unit, with their parse coverage.
SELECT doc_id, fiscal_year, year_assumed, year_basis, kind, title, source_file, lines_total, lines_fact, lines_prose, lines_unparsed
FROM documents WHERE unit_id = $unit_id ORDER BY fiscal_year DESC, kind;
