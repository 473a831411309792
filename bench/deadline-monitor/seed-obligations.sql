-- Adds @count open obligations (kind 'bench-load') to a stopped portal's H2 database, the way
-- Obligations.open would store them: every rule of the table in turn, every organisation unit in
-- turn, trigger dates spread over the last @spread days, and the due date the portal's own calendar
-- gave for that trigger date and rule (BENCH_DUE, filled by bench.sh from the calendar API).
-- Keys come from EclipseLink's table generator (SEQUENCE.SEQ_GEN), which is moved past the new rows.
-- Expects @count and @spread set and BENCH_DUE(OFFSET_DAYS, WORKING_DAYS, TRIGGER_DATE, DUE_DATE).

CREATE LOCAL TEMPORARY TABLE BENCH_RULE AS
    SELECT ID, WORKINGDAYS, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS N FROM DEADLINE_RULE;
CREATE LOCAL TEMPORARY TABLE BENCH_UNIT AS
    SELECT ID, ROW_NUMBER() OVER (ORDER BY ID) - 1 AS N FROM ORG_UNIT;

SET @rules = (SELECT COUNT(*) FROM BENCH_RULE);
SET @units = (SELECT COUNT(*) FROM BENCH_UNIT);
SET @first = (SELECT SEQ_COUNT FROM SEQUENCE WHERE SEQ_NAME = 'SEQ_GEN');

INSERT INTO OBLIGATION (ID, VERSION, KIND, SUBJECTID, SUBJECTTITLE, SUBJECTLINK, RULE_ID, UNIT_ID,
                        TRIGGERDATE, WORKINGDAYS, DUEDATE, STATE, STATUS)
SELECT @first + S.X, 1, 'bench-load', S.X, 'Bench obligation ' || S.X, NULL, R.ID, U.ID,
       D.TRIGGER_DATE, R.WORKINGDAYS, D.DUE_DATE, 'OPEN', 'ON_TRACK'
FROM SYSTEM_RANGE(1, @count) S
JOIN BENCH_RULE R ON R.N = MOD(S.X, @rules)
JOIN BENCH_UNIT U ON U.N = MOD(S.X / @rules, @units)
JOIN BENCH_DUE D ON D.OFFSET_DAYS = MOD(S.X / (@rules * @units), @spread) AND D.WORKING_DAYS = R.WORKINGDAYS;

-- Past the new keys, on a block boundary of the generator's allocation size (50).
UPDATE SEQUENCE SET SEQ_COUNT = ((@first + @count) / 50 + 1) * 50 WHERE SEQ_NAME = 'SEQ_GEN';
