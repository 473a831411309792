-- A province's year of activity, added to a stopped portal's H2 database that holds the demo
-- province: @articles articles, @questions questions, @applications applications, @comments
-- consultation comments, @obligations fulfilled update deadlines and @views page views (plus a tenth
-- of that in API calls), spread evenly over the @days days before @today.
--
-- Each new row is a copy of one of the demo's own rows of that table (articles that were
-- published, questions without a parent, every application and comment), so every column holds a
-- value the portal wrote and reads; the copy gets a new key, a unique code or tracking code, and all
-- of its times moved by the same number of days, so a copy answered late is still late, a copy
-- rejected is still rejected. A copy made in the last weeks may therefore be answered or completed
-- after today, as its original was; the month the bench reports on is over. Keys come from EclipseLink's table generator (SEQUENCE.SEQ_GEN), moved
-- past the new rows at the end. The copies are made in work tables (BENCH_*), dropped at the end: H2
-- cannot drop a column of a temporary table. Expects @today, @days and the counts set.

SET @first = (SELECT SEQ_COUNT FROM SEQUENCE WHERE SEQ_NAME = 'SEQ_GEN');

-- Articles: the demo's published ones, each copy published on its day of the year; every fourth
-- copy is revised a few days later (an "update" in the monthly report).
CREATE TABLE BENCH_ARTICLE AS
    SELECT A.*, S.X AS BENCH_N,
           DATEDIFF(DAY, CAST(A.PUBLISHEDAT AS DATE), DATEADD(DAY, -MOD(S.X, @days) - 1, @today)) AS BENCH_SHIFT
    FROM SYSTEM_RANGE(1, @articles) S
    JOIN (SELECT ARTICLE.*, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS BENCH_T FROM ARTICLE
          WHERE STATE = 'PUBLISHED' AND PUBLISHEDAT IS NOT NULL AND TRANSLATIONOF_ID IS NULL) A
      ON A.BENCH_T = MOD(S.X, (SELECT COUNT(*) FROM ARTICLE WHERE STATE = 'PUBLISHED'
                                 AND PUBLISHEDAT IS NOT NULL AND TRANSLATIONOF_ID IS NULL));
UPDATE BENCH_ARTICLE SET ID = @first + BENCH_N, SLUG = SLUG || '-' || BENCH_N, ORIGIN_ID = NULL,
    PUBLISHEDAT = DATEADD(DAY, BENCH_SHIFT, PUBLISHEDAT), CREATEDAT = DATEADD(DAY, BENCH_SHIFT, CREATEDAT),
    UPDATEDAT = DATEADD(DAY, BENCH_SHIFT, UPDATEDAT), PUBLISHAT = NULL, UNPUBLISHAT = NULL;
ALTER TABLE BENCH_ARTICLE DROP COLUMN BENCH_T;
ALTER TABLE BENCH_ARTICLE DROP COLUMN BENCH_N;
ALTER TABLE BENCH_ARTICLE DROP COLUMN BENCH_SHIFT;
INSERT INTO ARTICLE SELECT * FROM BENCH_ARTICLE;
SET @next = @first + @articles + 1;

INSERT INTO ARTICLE_REVISION (ID, ACTOR, BODY_HTML, NOTE, REVISION_NO, SAVEDAT, SUMMARY, TITLE, VERSION, ARTICLE_ID)
    SELECT @next + (A.ID - @first), A.CREATEDBY, A.BODY_HTML, NULL, 2, DATEADD(DAY, 3, A.PUBLISHEDAT), A.SUMMARY,
           A.TITLE, 1, A.ID
    FROM BENCH_ARTICLE A WHERE MOD(A.ID - @first, 4) = 0;
SET @next = @next + @articles + 1;

-- Questions: the demo's questions without a parent (received, routed, answered, refused,
-- published), each copy received on its day of the year.
CREATE TABLE BENCH_QUESTION AS
    SELECT Q.*, S.X AS BENCH_N,
           DATEDIFF(DAY, CAST(Q.RECEIVEDAT AS DATE), DATEADD(DAY, -MOD(S.X, @days) - 1, @today)) AS BENCH_SHIFT
    FROM SYSTEM_RANGE(1, @questions) S
    JOIN (SELECT QA_QUESTION.*, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS BENCH_T FROM QA_QUESTION
          WHERE PARENT_ID IS NULL AND STATE <> 'SPLIT') Q
      ON Q.BENCH_T = MOD(S.X, (SELECT COUNT(*) FROM QA_QUESTION WHERE PARENT_ID IS NULL AND STATE <> 'SPLIT'));
UPDATE BENCH_QUESTION SET ID = @next + BENCH_N, TRACKINGCODE = TRACKINGCODE || '-' || BENCH_N,
    RECEIVEDAT = DATEADD(DAY, BENCH_SHIFT, RECEIVEDAT), CONSENT_AT = DATEADD(DAY, BENCH_SHIFT, CONSENT_AT),
    CLOCK_START = DATEADD(DAY, BENCH_SHIFT, CLOCK_START), DUE_DATE = DATEADD(DAY, BENCH_SHIFT, DUE_DATE),
    PROMISED_DATE = DATEADD(DAY, BENCH_SHIFT, PROMISED_DATE), ANSWERED_AT = DATEADD(DAY, BENCH_SHIFT, ANSWERED_AT),
    REFUSED_AT = DATEADD(DAY, BENCH_SHIFT, REFUSED_AT), PUBLISHED_AT = DATEADD(DAY, BENCH_SHIFT, PUBLISHED_AT),
    ERASED_AT = DATEADD(DAY, BENCH_SHIFT, ERASED_AT), ERASUREREQUESTEDAT = DATEADD(DAY, BENCH_SHIFT, ERASUREREQUESTEDAT);
ALTER TABLE BENCH_QUESTION DROP COLUMN BENCH_T;
ALTER TABLE BENCH_QUESTION DROP COLUMN BENCH_N;
ALTER TABLE BENCH_QUESTION DROP COLUMN BENCH_SHIFT;
INSERT INTO QA_QUESTION SELECT * FROM BENCH_QUESTION;
SET @next = @next + @questions + 1;

-- Applications: every demo application, each copy submitted on its day of the year.
CREATE TABLE BENCH_APPLICATION AS
    SELECT P.*, S.X AS BENCH_N,
           DATEDIFF(DAY, CAST(P.SUBMITTED_AT AS DATE), DATEADD(DAY, -MOD(S.X, @days) - 1, @today)) AS BENCH_SHIFT
    FROM SYSTEM_RANGE(1, @applications) S
    JOIN (SELECT ESERVICE_APPLICATION.*, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS BENCH_T FROM ESERVICE_APPLICATION) P
      ON P.BENCH_T = MOD(S.X, (SELECT COUNT(*) FROM ESERVICE_APPLICATION));
UPDATE BENCH_APPLICATION SET ID = @next + BENCH_N, CODE = CODE || '-' || BENCH_N,
    SUBMITTED_AT = DATEADD(DAY, BENCH_SHIFT, SUBMITTED_AT), DECLARED_AT = DATEADD(DAY, BENCH_SHIFT, DECLARED_AT),
    CONSENT_AT = DATEADD(DAY, BENCH_SHIFT, CONSENT_AT), DUE_DATE = DATEADD(DAY, BENCH_SHIFT, DUE_DATE),
    RESULT_AT = DATEADD(DAY, BENCH_SHIFT, RESULT_AT), CLOSED_AT = DATEADD(DAY, BENCH_SHIFT, CLOSED_AT),
    RATED_AT = DATEADD(DAY, BENCH_SHIFT, RATED_AT), APOLOGY_DATE = DATEADD(DAY, BENCH_SHIFT, APOLOGY_DATE),
    APOLOGY_AT = DATEADD(DAY, BENCH_SHIFT, APOLOGY_AT), ERASED_AT = DATEADD(DAY, BENCH_SHIFT, ERASED_AT);
ALTER TABLE BENCH_APPLICATION DROP COLUMN BENCH_T;
ALTER TABLE BENCH_APPLICATION DROP COLUMN BENCH_N;
ALTER TABLE BENCH_APPLICATION DROP COLUMN BENCH_SHIFT;
INSERT INTO ESERVICE_APPLICATION SELECT * FROM BENCH_APPLICATION;
SET @next = @next + @applications + 1;

-- Comments: every demo comment, on the same consultations, each copy on its day of the year.
CREATE TABLE BENCH_COMMENT AS
    SELECT M.*, S.X AS BENCH_N,
           DATEDIFF(DAY, CAST(M.RECEIVED_AT AS DATE), DATEADD(DAY, -MOD(S.X, @days) - 1, @today)) AS BENCH_SHIFT
    FROM SYSTEM_RANGE(1, @comments) S
    JOIN (SELECT CONSULTATION_COMMENT.*, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS BENCH_T FROM CONSULTATION_COMMENT) M
      ON M.BENCH_T = MOD(S.X, (SELECT COUNT(*) FROM CONSULTATION_COMMENT));
UPDATE BENCH_COMMENT SET ID = @next + BENCH_N, CONFIRMATION_DIGEST = NULL,
    RECEIVED_AT = DATEADD(DAY, BENCH_SHIFT, RECEIVED_AT), MODERATED_AT = DATEADD(DAY, BENCH_SHIFT, MODERATED_AT),
    ANSWERED_AT = DATEADD(DAY, BENCH_SHIFT, ANSWERED_AT), CONFIRMED_AT = DATEADD(DAY, BENCH_SHIFT, CONFIRMED_AT);
ALTER TABLE BENCH_COMMENT DROP COLUMN BENCH_T;
ALTER TABLE BENCH_COMMENT DROP COLUMN BENCH_N;
ALTER TABLE BENCH_COMMENT DROP COLUMN BENCH_SHIFT;
INSERT INTO CONSULTATION_COMMENT SELECT * FROM BENCH_COMMENT;
SET @next = @next + @comments + 1;

-- Update deadlines: one per copied article up to @obligations, every rule and unit in turn,
-- fulfilled on the article's day; every fifth one late by a working day or two.
CREATE LOCAL TEMPORARY TABLE BENCH_RULE AS
    SELECT ID, WORKINGDAYS, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS N FROM DEADLINE_RULE;
CREATE LOCAL TEMPORARY TABLE BENCH_UNIT AS
    SELECT ID, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS N FROM ORG_UNIT;
SET @rules = (SELECT COUNT(*) FROM BENCH_RULE);
SET @units = (SELECT COUNT(*) FROM BENCH_UNIT);
INSERT INTO OBLIGATION (ID, VERSION, KIND, SUBJECTID, SUBJECTTITLE, SUBJECTLINK, RULE_ID, UNIT_ID, TRIGGERDATE,
                        TRIGGEREDAT, WORKINGDAYS, DUEDATE, DUEGIVEN, STATE, STATUS, FULFILLEDAT, LATEBYWORKINGDAYS)
    SELECT @next + S.X, 1, 'bench-year', S.X, 'Bench obligation ' || S.X, NULL, R.ID, U.ID,
           DATEADD(DAY, -MOD(S.X, @days) - 1 - R.WORKINGDAYS, @today),
           DATEADD(DAY, -MOD(S.X, @days) - 1 - R.WORKINGDAYS, CAST(@today AS TIMESTAMP)), R.WORKINGDAYS,
           DATEADD(DAY, -MOD(S.X, @days) - 1, @today), FALSE, 'FULFILLED', 'ON_TRACK',
           DATEADD(HOUR, 10, CAST(DATEADD(DAY, -MOD(S.X, @days) - 1, @today) AS TIMESTAMP)),
           CASE WHEN MOD(S.X, 5) = 0 THEN 1 + MOD(S.X / 5, 2) ELSE 0 END
    FROM SYSTEM_RANGE(1, @obligations) S
    JOIN BENCH_RULE R ON R.N = MOD(S.X, @rules)
    JOIN BENCH_UNIT U ON U.N = MOD(S.X / @rules, @units);
SET @next = @next + @obligations + 1;

-- Page views and API calls as the access counter keeps them: one row a day and kind. The demo's
-- own counts (its year of history) get the province's on top; days without a row get a new one.
UPDATE ACCESS_COUNT SET REQUESTS = REQUESTS
        + CASE KIND WHEN 'PAGE' THEN @views / @days ELSE @views / @days / 10 END
    WHERE COUNT_DAY >= DATEADD(DAY, -@days, @today) AND COUNT_DAY < @today;
INSERT INTO ACCESS_COUNT (ID, VERSION, COUNT_DAY, KIND, REQUESTS)
    SELECT @next + 2 * S.X + K.N, 1, DATEADD(DAY, -S.X, @today), K.KIND,
           CASE K.KIND WHEN 'PAGE' THEN @views / @days ELSE @views / @days / 10 END
    FROM SYSTEM_RANGE(1, @days) S
    CROSS JOIN (VALUES ('PAGE', 0), ('API', 1)) K(KIND, N)
    WHERE NOT EXISTS (SELECT 1 FROM ACCESS_COUNT C WHERE C.COUNT_DAY = DATEADD(DAY, -S.X, @today) AND C.KIND = K.KIND);
SET @next = @next + 2 * @days + 2;

DROP TABLE BENCH_ARTICLE, BENCH_QUESTION, BENCH_APPLICATION, BENCH_COMMENT;

-- Past the new keys, on a block boundary of the generator's allocation size (50).
UPDATE SEQUENCE SET SEQ_COUNT = (@next / 50 + 1) * 50 WHERE SEQ_NAME = 'SEQ_GEN';
