-- Every published document, for the sitemap's /sources/<doc_id>/ pages.
SELECT doc_id FROM documents ORDER BY doc_id;
