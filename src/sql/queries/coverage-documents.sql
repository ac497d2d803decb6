-- Every document by unit, fiscal year and kind: the cells of the coverage table.
SELECT unit_id, fiscal_year, kind, doc_id FROM documents ORDER BY unit_id, fiscal_year, kind, doc_id;
