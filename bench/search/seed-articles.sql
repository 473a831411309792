-- Adds @count published articles to a stopped portal's H2 database for timing the search-reindex
-- job on a database of a real size (issue 13: 100,000). Each is a copy of one of the demo's own
-- published articles (its body, summary, site and category) with a numbered title and slug, so the
-- job reads, renders and analyses real Vietnamese text through the real stack.
-- Keys come from EclipseLink's table generator (SEQUENCE.SEQ_GEN), moved past the new rows.
-- Expects @count set.

CREATE LOCAL TEMPORARY TABLE BENCH_SOURCE AS
    SELECT ID, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS N FROM ARTICLE
    WHERE STATE = 'PUBLISHED' AND TRANSLATIONOF_ID IS NULL AND ORIGIN_ID IS NULL;

SET @sources = (SELECT COUNT(*) FROM BENCH_SOURCE);
SET @first = (SELECT SEQ_COUNT FROM SEQUENCE WHERE SEQ_NAME = 'SEQ_GEN');

INSERT INTO ARTICLE (ID, BODY_HTML, CREATEDAT, CREATEDBY, KIND, LANG, PUBLISHEDAT, REVISIONCOUNT,
                     SCREENINGHITS, SCREENINGREVIEWED, SEARCHTEXT, SLUG, SOURCE, STATE, SUMMARY, TAGS,
                     TITLE, UPDATEDAT, VERSION, CATEGORY_ID, SITE_ID)
SELECT @first + S.X, A.BODY_HTML, A.CREATEDAT, A.CREATEDBY, A.KIND, A.LANG,
       DATEADD(MINUTE, -S.X, A.PUBLISHEDAT), 1, 0, TRUE, A.SEARCHTEXT,
       LEFT(A.SLUG, 180) || '-bench-' || S.X, A.SOURCE, 'PUBLISHED', A.SUMMARY, A.TAGS,
       LEFT(A.TITLE, 480) || ' (' || S.X || ')', A.UPDATEDAT, 1, A.CATEGORY_ID, A.SITE_ID
FROM SYSTEM_RANGE(1, @count) S
JOIN BENCH_SOURCE B ON B.N = MOD(S.X, @sources)
JOIN ARTICLE A ON A.ID = B.ID;

-- Past the new keys, on a block boundary of the generator's allocation size (50).
UPDATE SEQUENCE SET SEQ_COUNT = ((@first + @count) / 50 + 1) * 50 WHERE SEQ_NAME = 'SEQ_GEN';
