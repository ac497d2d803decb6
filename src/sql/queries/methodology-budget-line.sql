-- One planned amount of a document by its printed label (a written money value read).
SELECT b.doc_id, u.short_name, b.category, b.label, b.amount_wan, b.source_line
FROM budget_lines b JOIN units u USING (unit_id)
WHERE b.doc_id = $doc_id AND b.label = $label
ORDER BY b.source_line
LIMIT 1;
