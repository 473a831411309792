-- The demo database of the release before migrations (commit ea57bc2) on H2 2.2.224: run.sh with
-- PORTAL_DEMO=true and PORTAL_ADMIN_PASSWORD=Upgrade-Test-Portal-2014, stopped, then org.h2.tools.Script.
-- Its sealed data opens with personal-data.key beside this file. Test data only; never edit it.
-- H2 2.2.224; 
;              
CREATE CACHED TABLE "PUBLIC"."EDITORIAL_DELEGATION"(
    "ID" BIGINT NOT NULL,
    "GRANTEDBY" CHARACTER VARYING(64) NOT NULL,
    "VERSION" BIGINT,
    "ACCOUNT_ID" BIGINT,
    "CATEGORY_ID" BIGINT,
    "SITE_ID" BIGINT
);
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E" PRIMARY KEY("ID");          
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.EDITORIAL_DELEGATION;    
INSERT INTO "PUBLIC"."EDITORIAL_DELEGATION" VALUES
(66, 'bientap', 1, 48, 13, 25),
(67, 'bientap', 1, 48, 14, 25),
(68, 'bientap', 1, 48, 23, 25),
(69, 'bientap', 1, 48, 17, 25),
(70, 'bientap', 1, 46, 13, 25),
(71, 'bientap', 1, 46, 14, 25),
(72, 'bientap', 1, 44, 13, 25),
(73, 'bientap', 1, 44, 12, 25),
(74, 'bientap', 1, 44, 14, 25),
(75, 'bientap', 1, 44, 23, 25);             
CREATE CACHED TABLE "PUBLIC"."ROLE_GRANT"(
    "ID" BIGINT NOT NULL,
    "ROLE" CHARACTER VARYING(30) NOT NULL,
    "VERSION" BIGINT,
    "ACCOUNT_ID" BIGINT,
    "ORGUNIT_ID" BIGINT,
    "SITE_ID" BIGINT
);
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B" PRIMARY KEY("ID");    
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.ROLE_GRANT;              
INSERT INTO "PUBLIC"."ROLE_GRANT" VALUES
(27, 'SYSADMIN', 1, 26, NULL, NULL),
(43, 'EDITOR_IN_CHIEF', 1, 42, NULL, 25),
(45, 'DEPUTY_EDITOR', 1, 44, NULL, 25),
(47, 'SECRETARY', 1, 46, NULL, 25),
(49, 'COLLABORATOR', 1, 48, NULL, 25),
(51, 'SUBPORTAL_EDITOR', 1, 50, NULL, 39),
(53, 'SUBPORTAL_EDITOR', 1, 52, NULL, 41),
(55, 'AGENCY_ANSWERER', 1, 54, 29, NULL),
(57, 'BATCH_OPERATOR', 1, 56, NULL, NULL),
(428, 'AGENCY_ANSWERER', 1, 427, 29, NULL);              
CREATE CACHED TABLE "PUBLIC"."GAZETTE_ENTRY"(
    "ID" BIGINT NOT NULL,
    "PAGE" INTEGER,
    "SORTORDER" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "DOCUMENT_ID" BIGINT,
    "ISSUE_ID" BIGINT
);         
ALTER TABLE "PUBLIC"."GAZETTE_ENTRY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_EF" PRIMARY KEY("ID");
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.GAZETTE_ENTRY;            
INSERT INTO "PUBLIC"."GAZETTE_ENTRY" VALUES
(414, NULL, 1, 1, 407, 413);       
CREATE CACHED TABLE "PUBLIC"."QA_ATTACHMENT"(
    "ID" BIGINT NOT NULL,
    "FILENAME" CHARACTER VARYING(1000) NOT NULL,
    "FORMAT" CHARACTER VARYING(10) NOT NULL,
    "SIZEBYTES" BIGINT NOT NULL,
    "STOREDNAME" CHARACTER VARYING(40) NOT NULL,
    "UPLOADEDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT,
    "QUESTION_ID" BIGINT
); 
ALTER TABLE "PUBLIC"."QA_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_54" PRIMARY KEY("ID");
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.QA_ATTACHMENT;            
CREATE CACHED TABLE "PUBLIC"."SITE_SETTINGS"(
    "ID" BIGINT NOT NULL,
    "LOGOTOKEN" CHARACTER VARYING(40),
    "VERSION" BIGINT,
    "SITE_ID" BIGINT
);   
ALTER TABLE "PUBLIC"."SITE_SETTINGS" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_C2" PRIMARY KEY("ID");
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.SITE_SETTINGS;            
CREATE CACHED TABLE "PUBLIC"."DEADLINE_RULE"(
    "ID" BIGINT NOT NULL,
    "CATEGORYCODE" CHARACTER VARYING(80),
    "CLAUSE" CHARACTER VARYING(20) NOT NULL,
    "CODE" CHARACTER VARYING(60) NOT NULL,
    "DUESOONDAYS" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "WORKINGDAYS" INTEGER NOT NULL,
    "NAME_EN" CHARACTER VARYING(500),
    "NAME_VI" CHARACTER VARYING(500) NOT NULL,
    "TRIGGER_EN" CHARACTER VARYING(300),
    "TRIGGER_VI" CHARACTER VARYING(300)
);               
ALTER TABLE "PUBLIC"."DEADLINE_RULE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5C0" PRIMARY KEY("ID");               
-- 9 +/- SELECT COUNT(*) FROM PUBLIC.DEADLINE_RULE;            
INSERT INTO "PUBLIC"."DEADLINE_RULE" VALUES
(391, 'pho-bien-phap-luat', '8.1b', 'legal-guidance', 3, 1, 15, 'Legal dissemination and guidance', U&'Th\00f4ng tin tuy\00ean truy\1ec1n, ph\1ed5 bi\1ebfn, h\01b0\1edbng d\1eabn th\1ef1c hi\1ec7n ph\00e1p lu\1eadt, ch\1ebf \0111\1ed9, ch\00ednh s\00e1ch', 'from the document''s official issuance', U&'k\1ec3 t\1eeb khi v\0103n b\1ea3n ch\00ednh th\1ee9c \0111\01b0\1ee3c ban h\00e0nh'),
(392, 'van-ban-phap-luat', '8.1c', 'ppc-document', 1, 1, 2, 'Legal and state-management documents of the Provincial People''s Committee', U&'V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt v\00e0 v\0103n b\1ea3n qu\1ea3n l\00fd nh\00e0 n\01b0\1edbc do UBND t\1ec9nh ban h\00e0nh', 'from the issue date', U&'k\1ec3 t\1eeb ng\00e0y v\0103n b\1ea3n \0111\01b0\1ee3c ban h\00e0nh'),
(393, 'chien-luoc-quy-hoach', '8.1d', 'strategy-planning', 3, 1, 10, 'Strategy, orientation, planning and development plans', U&'Chi\1ebfn l\01b0\1ee3c, \0111\1ecbnh h\01b0\1edbng, quy ho\1ea1ch, k\1ebf ho\1ea1ch ph\00e1t tri\1ec3n', 'from approval', U&'k\1ec3 t\1eeb khi chi\1ebfn l\01b0\1ee3c, quy ho\1ea1ch \0111\01b0\1ee3c ph\00ea duy\1ec7t'),
(394, 'du-an-dau-tu', '8.1d', 'projects-procurement', 3, 1, 10, 'Projects, investment, tenders and public procurement', U&'D\1ef1 \00e1n, h\1ea1ng m\1ee5c \0111\1ea7u t\01b0, \0111\1ea5u th\1ea7u, mua s\1eafm c\00f4ng', 'from approval', U&'k\1ec3 t\1eeb khi d\1ef1 \00e1n \0111\01b0\1ee3c ph\00ea duy\1ec7t'),
(395, 'lay-y-kien-du-thao', U&'8.1\0111', 'request-for-comment', 0, 1, 0, 'Requests for comments', U&'Th\00f4ng tin m\1ee5c l\1ea5y \00fd ki\1ebfn g\00f3p \00fd c\1ee7a t\1ed5 ch\1ee9c, c\00e1 nh\00e2n', 'immediately on receipt', U&'ngay khi nh\1eadn \0111\01b0\1ee3c th\00f4ng tin'),
(396, 'khoa-hoc-cong-nghe', '8.1e', 'science-notice', 1, 1, 4, 'Science programme notices, registration and selection', U&'Th\00f4ng b\00e1o, \0111\0103ng k\00fd, tuy\1ec3n ch\1ecdn ch\01b0\01a1ng tr\00ecnh, \0111\1ec1 t\00e0i khoa h\1ecdc', 'from the issue date', U&'k\1ec3 t\1eeb ng\00e0y v\0103n b\1ea3n \0111\01b0\1ee3c ban h\00e0nh'),
(397, 'khoa-hoc-cong-nghe', '8.1e', 'science-approval', 2, 1, 6, 'Science programme approval and project acceptance', U&'Ph\00ea duy\1ec7t ch\01b0\01a1ng tr\00ecnh, nghi\1ec7m thu \0111\1ec1 t\00e0i nghi\00ean c\1ee9u khoa h\1ecdc', 'from approval or acceptance', U&'k\1ec3 t\1eeb khi \0111\01b0\1ee3c ph\00ea duy\1ec7t ho\1eb7c nghi\1ec7m thu'),
(398, 'thong-ke', '8.1f', 'statistics', 3, 1, 10, 'Statistics', U&'Th\00f4ng tin, b\00e1o c\00e1o th\1ed1ng k\00ea', 'from the head''s decision to publish', U&'k\1ec3 t\1eeb khi th\1ee7 tr\01b0\1edfng c\01a1 quan quy\1ebft \0111\1ecbnh c\00f4ng b\1ed1'),
(399, NULL, '9.4', 'qa-answer', 3, 1, 15, 'Answers to questions in the Q&A section', U&'Tr\1ea3 l\1eddi c\00e2u h\1ecfi c\1ee7a t\1ed5 ch\1ee9c, c\00e1 nh\00e2n tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p', 'from receipt of the question (or its transfer to the agency)', U&'k\1ec3 t\1eeb khi ti\1ebfp nh\1eadn c\00e2u h\1ecfi (ho\1eb7c khi c\00e2u h\1ecfi \0111\01b0\1ee3c chuy\1ec3n \0111\1ebfn c\01a1 quan)');   
CREATE CACHED TABLE "PUBLIC"."SCREENING_RULE"(
    "ID" BIGINT NOT NULL,
    "ACTIVE" BOOLEAN NOT NULL,
    "IGNOREDIACRITICS" BOOLEAN NOT NULL,
    "PHRASE" CHARACTER VARYING(200) NOT NULL,
    "REASON" CHARACTER VARYING(300),
    "VERSION" BIGINT
);    
ALTER TABLE "PUBLIC"."SCREENING_RULE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_8" PRIMARY KEY("ID");
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.SCREENING_RULE;           
INSERT INTO "PUBLIC"."SCREENING_RULE" VALUES
(62, TRUE, TRUE, U&'ph\1ea3n \0111\1ed9ng', U&'\0110i\1ec1u 4: n\1ed9i dung ch\1ed1ng Nh\00e0 n\01b0\1edbc', 1),
(63, TRUE, TRUE, U&'b\1ea1o lo\1ea1n', U&'\0110i\1ec1u 4: k\00edch \0111\1ed9ng b\1ea1o l\1ef1c', 1),
(64, TRUE, TRUE, U&'\0111\00e1nh b\1ea1c', U&'\0110i\1ec1u 4: t\1ec7 n\1ea1n x\00e3 h\1ed9i', 1),
(65, TRUE, FALSE, 'bom', U&'\0110i\1ec1u 4: k\00edch \0111\1ed9ng b\1ea1o l\1ef1c', 1);  
CREATE CACHED TABLE "PUBLIC"."MEDIA_FILE"(
    "ID" BIGINT NOT NULL,
    "FILENAME" CHARACTER VARYING(255) NOT NULL,
    "FORMAT" CHARACTER VARYING(10) NOT NULL,
    "HEIGHT" INTEGER,
    "SHA256" CHARACTER VARYING(64) NOT NULL,
    "SIZEBYTES" BIGINT NOT NULL,
    "STOREDPATH" CHARACTER VARYING(200) NOT NULL,
    "TOKEN" CHARACTER VARYING(40) NOT NULL,
    "UPLOADEDAT" TIMESTAMP NOT NULL,
    "UPLOADEDBY" CHARACTER VARYING(64) NOT NULL,
    "VERSION" BIGINT,
    "WIDTH" INTEGER
);         
ALTER TABLE "PUBLIC"."MEDIA_FILE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_92" PRIMARY KEY("ID");   
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.MEDIA_FILE;               
INSERT INTO "PUBLIC"."MEDIA_FILE" VALUES
(366, 'hoang-xuan-anh.png', 'PNG', 750, 'a08f0e0177f989d67603917febd89e289205fb624d7da5f5627c46927f0c08d6', 12407, '02/21/0221148d34622ddc1d894fd43340aed4', '0221148d34622ddc1d894fd43340aed4', TIMESTAMP '2026-12-01 18:35:02.632177', 'system', 1, 600),
(368, 'le-hai-hoa.png', 'PNG', 750, 'd09e5a9b69f2c27849a11cb02321999945961af4c2997867cf40724d27b83d6d', 11271, '4c/f4/4cf4304f175c36fb63e4eee85de9fdf3', '4cf4304f175c36fb63e4eee85de9fdf3', TIMESTAMP '2026-12-01 18:35:03.661988', 'system', 1, 600),
(370, 'nong-thanh-tung.png', 'PNG', 750, 'd7b3b6cce1c3a9d7ba84dd8c1455a72099668d01f27df594c807160e1d418005', 11774, 'a4/1d/a41d16ba346e80bb6885b7df8e3c9b0e', 'a41d16ba346e80bb6885b7df8e3c9b0e', TIMESTAMP '2026-12-01 18:35:04.240576', 'system', 1, 600),
(372, 'trieu-thi-mai.png', 'PNG', 750, 'ab56bba2775da980714bfe49128191f3ce373cd1dd48e90a868b8f5f3d3ead0d', 11938, '20/95/2095ebbbcb165f2ae0ff891bacee677b', '2095ebbbcb165f2ae0ff891bacee677b', TIMESTAMP '2026-12-01 18:35:04.418852', 'system', 1, 600);           
CREATE CACHED TABLE "PUBLIC"."ORG_UNIT"(
    "ID" BIGINT NOT NULL,
    "CODE" CHARACTER VARYING(80) NOT NULL,
    "DEPTH" INTEGER NOT NULL,
    "KIND" CHARACTER VARYING(30) NOT NULL,
    "PATH" CHARACTER VARYING(2000) NOT NULL,
    "SORTORDER" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "CONTACT_ADDRESS" CHARACTER VARYING(500),
    "CONTACT_EMAIL" CHARACTER VARYING(200),
    "CONTACT_FAX" CHARACTER VARYING(50),
    "CONTACT_PHONE" CHARACTER VARYING(50),
    "CONTACT_WEBSITE" CHARACTER VARYING(200),
    "NAME_EN" CHARACTER VARYING(300),
    "NAME_VI" CHARACTER VARYING(300) NOT NULL,
    "PARENT_ID" BIGINT
);         
ALTER TABLE "PUBLIC"."ORG_UNIT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7E" PRIMARY KEY("ID");     
-- 20 +/- SELECT COUNT(*) FROM PUBLIC.ORG_UNIT;
INSERT INTO "PUBLIC"."ORG_UNIT" VALUES
(1, 'tinh-cao-bang', 0, 'PROVINCE', '/tinh-cao-bang/', 1, 1, NULL, NULL, NULL, NULL, NULL, 'Cao Bang Province', U&'T\1ec9nh Cao B\1eb1ng', NULL),
(2, 'hdnd-tinh', 1, 'PEOPLES_COUNCIL', '/tinh-cao-bang/hdnd-tinh/', 2, 1, NULL, NULL, NULL, NULL, NULL, 'Provincial People''s Council', U&'H\1ed9i \0111\1ed3ng nh\00e2n d\00e2n t\1ec9nh', 1),
(3, 'ubnd-tinh', 1, 'PEOPLES_COMMITTEE', '/tinh-cao-bang/ubnd-tinh/', 3, 1, NULL, NULL, NULL, NULL, NULL, 'Provincial People''s Committee', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh', 1),
(4, 'van-phong-ubnd-tinh', 2, 'OFFICE', '/tinh-cao-bang/ubnd-tinh/van-phong-ubnd-tinh/', 4, 1, NULL, NULL, NULL, NULL, NULL, 'Office of the Provincial People''s Committee', U&'V\0103n ph\00f2ng \1ee6y ban nh\00e2n d\00e2n t\1ec9nh', 3),
(5, 'trung-tam-thong-tin', 3, 'CENTRE', '/tinh-cao-bang/ubnd-tinh/van-phong-ubnd-tinh/trung-tam-thong-tin/', 5, 1, NULL, NULL, NULL, NULL, NULL, 'Information Centre', U&'Trung t\00e2m Th\00f4ng tin', 4),
(6, 'ban-bien-tap-cong', 2, 'BOARD', '/tinh-cao-bang/ubnd-tinh/ban-bien-tap-cong/', 6, 1, U&'S\1ed1 11, \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, ph\01b0\1eddng H\1ee3p Giang, Th\00e0nh ph\1ed1 Cao B\1eb1ng, t\1ec9nh Cao B\1eb1ng', 'banbientap@caobang.gov.vn', NULL, NULL, 'http://www.caobang.gov.vn', 'Editorial Board of the Provincial Portal', U&'Ban Bi\00ean t\1eadp C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 3),
(7, 'so-thong-tin-truyen-thong', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-thong-tin-truyen-thong/', 7, 1, NULL, NULL, NULL, NULL, NULL, 'Department of Information and Communications', U&'S\1edf Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', 3),
(8, 'so-tai-chinh', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-tai-chinh/', 8, 1, NULL, NULL, NULL, NULL, NULL, 'Department of Finance', U&'S\1edf T\00e0i ch\00ednh', 3),
(9, 'ban-chi-dao-cntt', 2, 'BOARD', '/tinh-cao-bang/ubnd-tinh/ban-chi-dao-cntt/', 9, 1, NULL, NULL, NULL, NULL, NULL, 'Provincial IT Steering Committee', U&'Ban Ch\1ec9 \0111\1ea1o C\00f4ng ngh\1ec7 th\00f4ng tin t\1ec9nh', 3),
(10, 'ubnd-thanh-pho', 1, 'DISTRICT', '/tinh-cao-bang/ubnd-thanh-pho/', 10, 1, NULL, NULL, NULL, NULL, NULL, 'Cao Bang City People''s Committee', U&'\1ee6y ban nh\00e2n d\00e2n Th\00e0nh ph\1ed1 Cao B\1eb1ng', 1),
(29, 'so-tu-phap', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-tu-phap/', 1, 1, U&'S\1ed1 044, ph\1ed1 Hi\1ebfn Giang, ph\01b0\1eddng Th\1ee5c Ph\00e1n, t\1ec9nh Cao B\1eb1ng', 'sotuphap@caobang.gov.vn', NULL, '0206 3852 315', 'https://sotuphap.caobang.gov.vn', 'Department of Justice', U&'S\1edf T\01b0 ph\00e1p', 3),
(30, 'so-khoa-hoc-cong-nghe', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-khoa-hoc-cong-nghe/', 2, 1, U&'S\1ed1 032, \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, ph\01b0\1eddng Th\1ee5c Ph\00e1n, t\1ec9nh Cao B\1eb1ng', 'sokhcn@caobang.gov.vn', NULL, '0206 3852 133', NULL, 'Department of Science and Technology', U&'S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7', 3),
(31, 'so-y-te', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-y-te/', 3, 1, NULL, NULL, NULL, NULL, NULL, 'Department of Health', U&'S\1edf Y t\1ebf', 3),
(32, 'so-giao-duc-dao-tao', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-giao-duc-dao-tao/', 4, 1, NULL, NULL, NULL, NULL, NULL, 'Department of Education and Training', U&'S\1edf Gi\00e1o d\1ee5c v\00e0 \0110\00e0o t\1ea1o', 3),
(33, 'so-nong-nghiep-moi-truong', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-nong-nghiep-moi-truong/', 5, 1, NULL, NULL, NULL, NULL, NULL, 'Department of Agriculture and Environment', U&'S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng', 3),
(34, 'so-van-hoa-the-thao-du-lich', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-van-hoa-the-thao-du-lich/', 6, 1, NULL, NULL, NULL, NULL, NULL, 'Department of Culture, Sports and Tourism', U&'S\1edf V\0103n h\00f3a, Th\1ec3 thao v\00e0 Du l\1ecbch', 3),
(35, 'phong-pho-bien-phap-luat', 3, 'UNIT', '/tinh-cao-bang/ubnd-tinh/so-tu-phap/phong-pho-bien-phap-luat/', 7, 1, NULL, NULL, NULL, NULL, NULL, 'Legal Education Division', U&'Ph\00f2ng Ph\1ed5 bi\1ebfn, gi\00e1o d\1ee5c ph\00e1p lu\1eadt', 29);         
INSERT INTO "PUBLIC"."ORG_UNIT" VALUES
(36, 'phuong-thuc-phan', 1, 'COMMUNE', '/tinh-cao-bang/phuong-thuc-phan/', 8, 1, NULL, NULL, NULL, NULL, NULL, 'Thuc Phan Ward', U&'Ph\01b0\1eddng Th\1ee5c Ph\00e1n', 1),
(37, 'xa-dam-thuy', 1, 'COMMUNE', '/tinh-cao-bang/xa-dam-thuy/', 9, 1, U&'X\00e3 \0110\00e0m Th\1ee7y, t\1ec9nh Cao B\1eb1ng', 'xadamthuy@caobang.gov.vn', NULL, NULL, NULL, 'Dam Thuy Commune', U&'X\00e3 \0110\00e0m Th\1ee7y', 1),
(38, 'xa-truong-ha', 1, 'COMMUNE', '/tinh-cao-bang/xa-truong-ha/', 10, 1, NULL, NULL, NULL, NULL, NULL, 'Truong Ha Commune', U&'X\00e3 Tr\01b0\1eddng H\00e0', 1);     
CREATE INDEX "PUBLIC"."IX_ORG_UNIT_PATH" ON "PUBLIC"."ORG_UNIT"("PATH" NULLS FIRST);           
CREATE CACHED TABLE "PUBLIC"."USER_ACCOUNT"(
    "ID" BIGINT NOT NULL,
    "CREATEDAT" TIMESTAMP NOT NULL,
    "DISPLAYNAME" CHARACTER VARYING(200) NOT NULL,
    "EMAIL" CHARACTER VARYING(200),
    "ENABLED" BOOLEAN NOT NULL,
    "FAILEDATTEMPTS" INTEGER NOT NULL,
    "LASTLOGINAT" TIMESTAMP,
    "LOCKEDUNTIL" TIMESTAMP,
    "PASSWORDCHANGEDAT" TIMESTAMP,
    "PASSWORDHASH" CHARACTER VARYING(300) NOT NULL,
    "USERNAME" CHARACTER VARYING(64) NOT NULL,
    "VERSION" BIGINT
);               
ALTER TABLE "PUBLIC"."USER_ACCOUNT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9B0" PRIMARY KEY("ID");
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.USER_ACCOUNT;            
INSERT INTO "PUBLIC"."USER_ACCOUNT" VALUES
(26, TIMESTAMP '2026-12-01 18:34:51.402325', 'admin', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:51.402325', 'pbkdf2-sha512:210000:dO9NEuZ/e19cW9ov3QaS5g:9V3IeKbSiBaqX5I3JXS4EWv4CvGqs8ssEQeyOXIozEgj2OACEOf8yUVqU3UV+FUhFRij3KQW0dovBSbOerGjmQ', 'admin', 1),
(42, TIMESTAMP '2026-12-01 18:34:52.583025', U&'Ho\00e0ng V\0103n Th\1eafng', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:52.583025', 'pbkdf2-sha512:210000:TONQbGsg6OLGHft6kZmYeA:33j0c7mIDddXeePrpCFSCERzqT6z1/oqYnzo7+EqaGvM5TWfcqP9f7PNqB1hTad6zQhq4zQ0RCG9es9cHKbHOw', 'bientap', 1),
(44, TIMESTAMP '2026-12-01 18:34:53.292089', U&'N\00f4ng Th\1ecb H\1eb1ng', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:53.292089', 'pbkdf2-sha512:210000:eM2X6QfAywpVsI34KyX0wQ:kIYXeTHEJmr+YBwva8dw2JR9S8MZCeBy012YKetQCgzqjKNRut7YnUHLI7yrJLdbJxXhD2roLY5b8D04hhpxjg', 'phobientap', 1),
(46, TIMESTAMP '2026-12-01 18:34:53.624247', U&'B\1ebf Th\1ecb Lan', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:53.624247', 'pbkdf2-sha512:210000:IpXTEM8Mtph+Lr34E+Mc3Q:FM8jYi4Bio5DqKzAO4I597pplez7eJgLkg+OolJte3rttIJpcCPsE6DMuhg000lrMZSO0o9cUUX7qATH/TkuXQ', 'thuky', 1),
(48, TIMESTAMP '2026-12-01 18:34:53.887489', U&'L\01b0\01a1ng V\0103n T\00e2m', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:53.887489', 'pbkdf2-sha512:210000:7GwYg9BpJtq8Jq0Q77dDOQ:cQm8CCuFt/aqMHD7xphQ0HUotDlO0phzUFbZ4/jFdKSroPZOOj7JY4QkV0vTbsQ9hMWUpNio7jt9Ej9Cvnnp4g', 'congtacvien', 1),
(50, TIMESTAMP '2026-12-01 18:34:54.326693', U&'\0110\00e0m Th\1ecb Mai', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:54.326693', 'pbkdf2-sha512:210000:HFJTkqZiPmNcI+MUESovGQ:oIqeRLOfJX1XWUbeRWVEsL2gwoCgEk9kY3E+M50w4i9Oc0A0yOMa5k05bDn1vk9NvvWD1dwc+Ra+rO40UZKEjg', 'bientap-sotp', 1),
(52, TIMESTAMP '2026-12-01 18:34:54.715794', U&'Tri\1ec7u V\0103n C\01b0\1eddng', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:54.715794', 'pbkdf2-sha512:210000:Kzh5E+TfW9oOCmirpG+IOg:Oqn1H5/GgKk3j5nclDJgjs8YQSmE7VlNkfr8rZyFnl1AthgAZIIkqPV1WSVB7kbw1HNxuaYBQwP1u6UK/OU6DQ', 'bientap-xadt', 1),
(54, TIMESTAMP '2026-12-01 18:34:55.060904', U&'H\00e0 V\0103n S\01a1n', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:55.060904', 'pbkdf2-sha512:210000:Ii7ihmR/RUq5b1hWadNA+A:8hNAHAsoJKCsdG6mYUb+YUfWR2yCo6+fwrA/lJU1uHcExPrCN3VFFbPPD+pTRQpUVyUJ3cEb2hJ8cExd3o7PsQ', 'traloi-sotp', 1),
(56, TIMESTAMP '2026-12-01 18:34:55.307781', U&'M\00e3 Th\1ecb Thu', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:34:55.307781', 'pbkdf2-sha512:210000:XOPgi66nFFXqZHyj8B3Y9A:O+3hwS2BaqYIWqKfdSht0bEHaKT/3H4hjDgu2qfEYmJgsMJG3ONiUQ77P9HBe/E/wVLPmlsaOvDz+WWG5f78BQ', 'vanhanh', 1),
(427, TIMESTAMP '2026-12-01 18:35:07.401556', U&'N\00f4ng V\0103n H\1ea3i', 'giamdoc.sotp@example.com', TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-01 18:35:07.401556', 'pbkdf2-sha512:210000:sM3/RuqzKChPXiwzhq7c1g:p5Hw4+OeorU2VzFCpYBRuhbnDT0NWA/Ciw3w5+bEceVmgQ15ZwohPCpn2dtcfE3jdcg3FC4MNZSDv/UTsrp3xw', 'thutruong-sotp', 1);            
CREATE CACHED TABLE "PUBLIC"."CALENDAR_OVERRIDE"(
    "ID" BIGINT NOT NULL,
    "CHANGEDAT" TIMESTAMP NOT NULL,
    "CHANGEDBY" CHARACTER VARYING(64) NOT NULL,
    "DAY_DATE" DATE NOT NULL,
    "DAYOFF" BOOLEAN NOT NULL,
    "REASON" CHARACTER VARYING(1000) NOT NULL,
    "REFERENCE" CHARACTER VARYING(200) NOT NULL,
    "VERSION" BIGINT
);           
ALTER TABLE "PUBLIC"."CALENDAR_OVERRIDE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_8BF" PRIMARY KEY("ID");           
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.CALENDAR_OVERRIDE;        
CREATE CACHED TABLE "PUBLIC"."QA_EVENT"(
    "ID" BIGINT NOT NULL,
    "ACTOR" CHARACTER VARYING(64) NOT NULL,
    "EVENT_DATE" DATE,
    "KIND" CHARACTER VARYING(30) NOT NULL,
    "NOTE" CHARACTER VARYING(2000),
    "OCCURREDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT,
    "AGENCY_ID" BIGINT,
    "FROMAGENCY_ID" BIGINT,
    "QUESTION_ID" BIGINT
);
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F" PRIMARY KEY("ID");      
-- 48 +/- SELECT COUNT(*) FROM PUBLIC.QA_EVENT;
INSERT INTO "PUBLIC"."QA_EVENT" VALUES
(432, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-03 02:00:00', 1, NULL, NULL, 431),
(433, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-04 02:00:00', 1, 29, NULL, 431),
(435, 'traloi-sotp', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-05 02:00:00', 1, 29, NULL, 431),
(436, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-06 02:00:00', 1, NULL, NULL, 431),
(438, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-13 02:00:00', 1, NULL, NULL, 437),
(439, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-14 02:00:00', 1, 29, NULL, 437),
(441, 'traloi-sotp', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-15 02:00:00', 1, 29, NULL, 437),
(442, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-16 02:00:00', 1, NULL, NULL, 437),
(444, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-18 02:00:00', 1, NULL, NULL, 443),
(445, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-19 02:00:00', 1, 29, NULL, 443),
(447, 'traloi-sotp', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-20 02:00:00', 1, 29, NULL, 443),
(448, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-21 02:00:00', 1, NULL, NULL, 443),
(450, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-21 02:00:00', 1, NULL, NULL, 449),
(451, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-22 02:00:00', 1, 30, NULL, 449),
(453, 'demo', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-23 02:00:00', 1, 30, NULL, 449),
(454, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-24 02:00:00', 1, NULL, NULL, 449),
(456, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-25 02:00:00', 1, NULL, NULL, 455),
(457, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-26 02:00:00', 1, 7, NULL, 455),
(459, 'demo', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-27 02:00:00', 1, 7, NULL, 455),
(460, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-28 02:00:00', 1, NULL, NULL, 455),
(461, 'thuky', NULL, 'ERASED', 'ASKER', TIMESTAMP '2026-10-29 02:00:00', 1, NULL, NULL, 455),
(463, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-02 02:00:00', 1, NULL, NULL, 462),
(464, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-03 02:00:00', 1, 31, NULL, 462),
(466, 'demo', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-11-04 02:00:00', 1, 31, NULL, 462),
(468, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-28 02:00:00', 1, NULL, NULL, 467),
(469, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-29 02:00:00', 1, 29, NULL, 467),
(472, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-20 02:00:00', 1, NULL, NULL, 471),
(473, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-21 02:00:00', 1, 29, NULL, 471),
(476, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-12 02:00:00', 1, NULL, NULL, 475),
(477, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-13 02:00:00', 1, 29, NULL, 475),
(479, 'traloi-sotp', DATE '2026-12-16', 'PROGRESS_NOTICE', U&'C\1ea7n x\00e1c minh s\1ed5 h\1ed9 t\1ecbch l\01b0u tr\1eef t\1ea1i \1ee6y ban nh\00e2n d\00e2n huy\1ec7n c\0169 tr\01b0\1edbc khi tr\1ea3 l\1eddi.', TIMESTAMP '2026-11-14 02:00:00', 1, 29, NULL, 475),
(481, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-16 02:00:00', 1, NULL, NULL, 480),
(482, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-17 02:00:00', 1, 29, NULL, 480),
(484, 'thuky', NULL, 'TRANSFERRED', U&'Gi\1ea5y ch\1ee9ng sinh do c\01a1 s\1edf kh\00e1m b\1ec7nh, ch\1eefa b\1ec7nh c\1ea5p; thu\1ed9c l\0129nh v\1ef1c y t\1ebf.', TIMESTAMP '2026-11-18 02:00:00', 1, 31, 29, 480),
(487, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 02:00:00', 1, NULL, NULL, 486),
(489, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 02:00:00', 1, NULL, NULL, 488),
(490, 'system', NULL, 'FLAGGED', U&'t\1ed1 c\00e1o', TIMESTAMP '2026-11-30 02:00:00', 1, NULL, NULL, 488),
(492, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-07 02:00:00', 1, NULL, NULL, 491),
(493, 'system', NULL, 'FLAGGED', U&'khi\1ebfu n\1ea1i', TIMESTAMP '2026-11-07 02:00:00', 1, NULL, NULL, 491),
(494, 'thuky', NULL, 'REFUSED', 'COMPLAINT_OR_DENUNCIATION', TIMESTAMP '2026-11-08 02:00:00', 1, NULL, NULL, 491),
(496, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-10 02:00:00', 1, NULL, NULL, 495);             
INSERT INTO "PUBLIC"."QA_EVENT" VALUES
(497, 'thuky', NULL, 'REFUSED', 'PRIVATE_MATTER', TIMESTAMP '2026-11-11 02:00:00', 1, NULL, NULL, 495),
(499, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-23 02:00:00', 1, NULL, NULL, 498),
(501, 'system', NULL, 'SUBMITTED', 'HD-GT9S-YMPE', TIMESTAMP '2026-11-24 02:00:00', 1, NULL, NULL, 500),
(502, 'thuky', NULL, 'SPLIT', '2', TIMESTAMP '2026-11-24 02:00:00', 1, NULL, NULL, 498),
(504, 'system', NULL, 'SUBMITTED', 'HD-GT9S-YMPE', TIMESTAMP '2026-11-24 02:00:00', 1, NULL, NULL, 503),
(505, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-24 02:00:00', 1, 8, NULL, 500),
(507, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-24 02:00:00', 1, 34, NULL, 503);       
CREATE CACHED TABLE "PUBLIC"."SCHEDULE_ENTRY"(
    "ID" BIGINT NOT NULL,
    "PARTICIPANTS" CHARACTER VARYING(500),
    "PLACE" CHARACTER VARYING(300),
    "START_TIME" TIME NOT NULL,
    "VERSION" BIGINT,
    "WORK_DATE" DATE NOT NULL,
    "CONTENT_EN" CHARACTER VARYING(1000),
    "CONTENT_VI" CHARACTER VARYING(1000) NOT NULL,
    "LEADER_ID" BIGINT
);            
ALTER TABLE "PUBLIC"."SCHEDULE_ENTRY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_CF" PRIMARY KEY("ID");               
-- 7 +/- SELECT COUNT(*) FROM PUBLIC.SCHEDULE_ENTRY;           
INSERT INTO "PUBLIC"."SCHEDULE_ENTRY" VALUES
(374, NULL, U&'Ph\00f2ng h\1ecdp s\1ed1 1, UBND t\1ec9nh', TIME '08:00:00', 1, DATE '2026-11-30', 'Weekly meeting of the provincial leaders', U&'Giao ban l\00e3nh \0111\1ea1o UBND t\1ec9nh', 367),
(375, NULL, U&'X\00e3 \0110\00e0m Th\1ee7y', TIME '14:00:00', 1, DATE '2026-12-01', 'Inspects tourism development at Ban Gioc waterfall', U&'Ki\1ec3m tra t\00ecnh h\00ecnh ph\00e1t tri\1ec3n du l\1ecbch t\1ea1i th\00e1c B\1ea3n Gi\1ed1c', 367),
(376, NULL, U&'Ph\00f2ng h\1ecdp s\1ed1 2', TIME '08:00:00', 1, DATE '2026-12-01', U&'Steering committee of the Dong Dang \2013 Tra Linh expressway', U&'H\1ecdp Ban Ch\1ec9 \0111\1ea1o d\1ef1 \00e1n cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh', 369),
(377, NULL, U&'S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng', TIME '08:30:00', 1, DATE '2026-12-02', 'Works on the 2027 afforestation plan', U&'L\00e0m vi\1ec7c v\1ec1 k\1ebf ho\1ea1ch tr\1ed3ng r\1eebng n\0103m 2027', 371),
(378, NULL, U&'Tr\01b0\1eddng THPT Chuy\00ean Cao B\1eb1ng', TIME '14:00:00', 1, DATE '2026-12-03', 'Attends Vietnamese Teachers'' Day ceremony', U&'D\1ef1 l\1ec5 k\1ef7 ni\1ec7m Ng\00e0y Nh\00e0 gi\00e1o Vi\1ec7t Nam', 373),
(379, NULL, U&'H\1ed9i tr\01b0\1eddng UBND t\1ec9nh', TIME '08:00:00', 1, DATE '2026-12-04', 'Regular citizens'' reception', U&'Ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3', 367),
(380, NULL, U&'Ph\00f2ng h\1ecdp s\1ed1 1', TIME '15:00:00', 1, DATE '2026-12-04', 'Meeting on year-end budget revenue', U&'H\1ecdp v\1ec1 thu ng\00e2n s\00e1ch cu\1ed1i n\0103m', 369);              
CREATE CACHED TABLE "PUBLIC"."GAZETTE_ISSUE"(
    "ID" BIGINT NOT NULL,
    "ISSUEDATE" DATE NOT NULL,
    "ISSUENUMBER" INTEGER NOT NULL,
    "ISSUE_YEAR" INTEGER NOT NULL,
    "VERSION" BIGINT
);          
ALTER TABLE "PUBLIC"."GAZETTE_ISSUE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_EF5" PRIMARY KEY("ID");               
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.GAZETTE_ISSUE;            
INSERT INTO "PUBLIC"."GAZETTE_ISSUE" VALUES
(413, DATE '2014-02-10', 1, 2014, 1);              
CREATE CACHED TABLE "PUBLIC"."ARTICLE"(
    "ID" BIGINT NOT NULL,
    "BODY_HTML" CHARACTER VARYING,
    "COVERALT" CHARACTER VARYING(300),
    "COVERTOKEN" CHARACTER VARYING(40),
    "CREATEDAT" TIMESTAMP NOT NULL,
    "CREATEDBY" CHARACTER VARYING(64) NOT NULL,
    "FAILUREREASON" CHARACTER VARYING(1000),
    "KIND" CHARACTER VARYING(10) NOT NULL,
    "LANG" CHARACTER VARYING(2) NOT NULL,
    "PUBLISHAT" TIMESTAMP,
    "PUBLISHEDAT" TIMESTAMP,
    "REVISIONCOUNT" INTEGER NOT NULL,
    "SCREENINGHITS" INTEGER NOT NULL,
    "SCREENINGREVIEWED" BOOLEAN NOT NULL,
    "SEARCHTEXT" CHARACTER VARYING(2600),
    "SLUG" CHARACTER VARYING(200) NOT NULL,
    "SOURCE" CHARACTER VARYING(300),
    "STATE" CHARACTER VARYING(20) NOT NULL,
    "SUMMARY" CHARACTER VARYING(2000),
    "TAGS" CHARACTER VARYING(500),
    "TITLE" CHARACTER VARYING(500) NOT NULL,
    "UNPUBLISHAT" TIMESTAMP,
    "UPDATEDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT,
    "CATEGORY_ID" BIGINT,
    "ORIGIN_ID" BIGINT,
    "SITE_ID" BIGINT,
    "TRANSLATIONOF_ID" BIGINT
);          
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_FF" PRIMARY KEY("ID");      
-- 45 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE; 
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(76, U&'<p>T\1ec9nh Cao B\1eb1ng c\00f3 di\1ec7n t\00edch t\1ef1 nhi\00ean kho\1ea3ng 6.700 km\00b2, d\00e2n c\01b0 g\1ed3m c\00e1c d\00e2n t\1ed9c T\00e0y, N\00f9ng, Dao, M\00f4ng, Kinh v\00e0 nhi\1ec1u d\00e2n t\1ed9c kh\00e1c c\00f9ng sinh s\1ed1ng.</p><p>C\00f4ng vi\00ean \0111\1ecba ch\1ea5t to\00e0n c\1ea7u UNESCO Non n\01b0\1edbc Cao B\1eb1ng \0111\01b0\1ee3c c\00f4ng nh\1eadn n\0103m 2018, m\1edf ra h\01b0\1edbng ph\00e1t tri\1ec3n du l\1ecbch b\1ec1n v\1eefng g\1eafn v\1edbi b\1ea3o t\1ed3n di s\1ea3n.</p>', NULL, NULL, TIMESTAMP '2026-10-22 15:34:55.486753', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-10-22 17:34:55.486753', 1, 0, FALSE, 'khai quat ve tinh cao bang cao bang la tinh mien nui bien gioi phia dong bac, co duong bien gioi voi trung quoc dai hon 333 km, noi tieng voi thac ban gioc va khu di tich pac bo.', 'khai-quat-ve-tinh-cao-bang', NULL, 'PUBLISHED', U&'Cao B\1eb1ng l\00e0 t\1ec9nh mi\1ec1n n\00fai bi\00ean gi\1edbi ph\00eda \0110\00f4ng B\1eafc, c\00f3 \0111\01b0\1eddng bi\00ean gi\1edbi v\1edbi Trung Qu\1ed1c d\00e0i h\01a1n 333 km, n\1ed5i ti\1ebfng v\1edbi th\00e1c B\1ea3n Gi\1ed1c v\00e0 Khu di t\00edch P\00e1c B\00f3.', NULL, U&'Kh\00e1i qu\00e1t v\1ec1 t\1ec9nh Cao B\1eb1ng', NULL, TIMESTAMP '2026-10-22 17:34:55.486753', 1, 11, NULL, 25, NULL),
(83, U&'<p>The province covers about 6,700 km\00b2 and is home to the Tay, Nung, Dao, H''Mong, Kinh and other ethnic groups.</p><p>The Non nuoc Cao Bang UNESCO Global Geopark, recognised in 2018, supports sustainable tourism built on heritage conservation.</p>', NULL, NULL, TIMESTAMP '2026-10-22 15:34:55.486753', 'bientap', NULL, 'ARTICLE', 'en', NULL, TIMESTAMP '2026-10-22 17:34:55.486753', 1, 0, FALSE, 'about cao bang province cao bang is a mountainous border province in the north-east, with over 333 km of border with china, known for ban gioc waterfall and the pac bo relic site.', 'about-cao-bang-province', NULL, 'PUBLISHED', 'Cao Bang is a mountainous border province in the north-east, with over 333 km of border with China, known for Ban Gioc waterfall and the Pac Bo relic site.', NULL, 'About Cao Bang Province', NULL, TIMESTAMP '2026-10-22 17:34:55.486753', 1, 11, NULL, 25, 76),
(89, U&'<p>Theo c\00e1c quy\1ebft \0111\1ecbnh, S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng \0111\01b0\1ee3c th\00e0nh l\1eadp tr\00ean c\01a1 s\1edf h\1ee3p nh\1ea5t hai s\1edf, b\1ea3o \0111\1ea3m tinh g\1ecdn, hi\1ec7u l\1ef1c, hi\1ec7u qu\1ea3.</p><p>C\00e1c c\01a1 quan \0111\01b0\1ee3c y\00eau c\1ea7u c\1eadp nh\1eadt th\00f4ng tin giao d\1ecbch tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh trong th\1eddi h\1ea1n quy \0111\1ecbnh.</p>', NULL, NULL, TIMESTAMP '2026-11-19 13:34:55.607259', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-19 15:34:55.607259', 1, 0, FALSE, 'sap xep to chuc bo may cac so, nganh tinh cao bang uy ban nhan dan tinh cong bo cac quyet dinh ve chuc nang, nhiem vu cua cac so sau khi sap xep, hop nhat.', 'sap-xep-to-chuc-bo-may-cac-so-nganh-tinh-cao-bang', NULL, 'PUBLISHED', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh c\00f4ng b\1ed1 c\00e1c quy\1ebft \0111\1ecbnh v\1ec1 ch\1ee9c n\0103ng, nhi\1ec7m v\1ee5 c\1ee7a c\00e1c s\1edf sau khi s\1eafp x\1ebfp, h\1ee3p nh\1ea5t.', NULL, U&'S\1eafp x\1ebfp t\1ed5 ch\1ee9c b\1ed9 m\00e1y c\00e1c s\1edf, ng\00e0nh t\1ec9nh Cao B\1eb1ng', NULL, TIMESTAMP '2026-11-19 15:34:55.607259', 1, 11, NULL, 25, NULL),
(96, U&'<p>S\1edf X\00e2y d\1ef1ng ch\1ee7 tr\00ec b\1ed1 tr\00ed l\1ef1c l\01b0\1ee3ng, ph\01b0\01a1ng ti\1ec7n tr\1ef1c 24/24 gi\1edd t\1ea1i c\00e1c \0111i\1ec3m c\00f3 nguy c\01a1 s\1ea1t l\1edf cao.</p><p>UBND c\00e1c x\00e3 ch\1ee7 \0111\1ed9ng th\00f4ng b\00e1o cho ng\01b0\1eddi d\00e2n kh\00f4ng \0111i qua ng\1ea7m, tr\00e0n khi n\01b0\1edbc d\00e2ng cao.</p>', NULL, NULL, TIMESTAMP '2026-11-29 13:34:55.781751', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-29 15:34:55.781751', 1, 0, FALSE, 'chu tich ubnd tinh chi dao bao dam an toan giao thong mua mua lu cac so, nganh va ubnd cac xa duoc yeu cau kiem tra, khac phuc ngay cac diem sat lo tren quoc lo 3, quoc lo 4a va cac tuyen duong tinh.', 'chu-tich-ubnd-tinh-chi-dao-bao-dam-an-toan-giao-thong-mua-mua-lu', NULL, 'PUBLISHED', U&'C\00e1c s\1edf, ng\00e0nh v\00e0 UBND c\00e1c x\00e3 \0111\01b0\1ee3c y\00eau c\1ea7u ki\1ec3m tra, kh\1eafc ph\1ee5c ngay c\00e1c \0111i\1ec3m s\1ea1t l\1edf tr\00ean qu\1ed1c l\1ed9 3, qu\1ed1c l\1ed9 4A v\00e0 c\00e1c tuy\1ebfn \0111\01b0\1eddng t\1ec9nh.', NULL, U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ch\1ec9 \0111\1ea1o b\1ea3o \0111\1ea3m an to\00e0n giao th\00f4ng m\00f9a m\01b0a l\0169', NULL, TIMESTAMP '2026-11-29 15:34:55.781751', 1, 12, NULL, 25, NULL);      
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(103, '<p>The Department of Construction keeps crews and machines on duty around the clock at high-risk points.</p><p>Communes warn residents not to cross spillways when water rises.</p>', NULL, NULL, TIMESTAMP '2026-11-29 13:34:55.781751', 'bientap', NULL, 'NEWS', 'en', NULL, TIMESTAMP '2026-11-29 15:34:55.781751', 1, 0, FALSE, 'provincial chairman directs road safety in the flood season departments and communes must inspect and immediately repair landslide points on national highways 3 and 4a and provincial roads.', 'provincial-chairman-directs-road-safety-in-the-flood-season', NULL, 'PUBLISHED', 'Departments and communes must inspect and immediately repair landslide points on national highways 3 and 4A and provincial roads.', NULL, 'Provincial Chairman directs road safety in the flood season', NULL, TIMESTAMP '2026-11-29 15:34:55.781751', 1, 12, NULL, 25, 96),
(109, U&'<p>C\00e1c t\1eadp th\1ec3 \0111\01b0\1ee3c khen th\01b0\1edfng c\00f3 nhi\1ec1u \0111\00f3ng g\00f3p trong c\1ea3i c\00e1ch h\00e0nh ch\00ednh, chuy\1ec3n \0111\1ed5i s\1ed1 v\00e0 x\00e2y d\1ef1ng n\00f4ng th\00f4n m\1edbi.</p><p>Danh s\00e1ch chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng k\00e8m quy\1ebft \0111\1ecbnh khen th\01b0\1edfng.</p>', NULL, NULL, TIMESTAMP '2026-11-25 14:34:56.065215', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-25 16:34:56.065215', 1, 0, FALSE, 'khen thuong tap the, ca nhan co thanh tich trong phong trao thi dua nam 2026 ubnd tinh tang bang khen cho 25 tap the va 48 ca nhan co thanh tich xuat sac trong phong trao thi dua yeu nuoc.', 'khen-thuong-tap-the-ca-nhan-co-thanh-tich-trong-phong-trao-thi-dua-nam-2026', NULL, 'PUBLISHED', U&'UBND t\1ec9nh t\1eb7ng B\1eb1ng khen cho 25 t\1eadp th\1ec3 v\00e0 48 c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch xu\1ea5t s\1eafc trong phong tr\00e0o thi \0111ua y\00eau n\01b0\1edbc.', NULL, U&'Khen th\01b0\1edfng t\1eadp th\1ec3, c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch trong phong tr\00e0o thi \0111ua n\0103m 2026', NULL, TIMESTAMP '2026-11-25 16:34:56.065215', 1, 12, NULL, 25, NULL),
(116, U&'<p>Doanh thu t\1eeb du l\1ecbch \01b0\1edbc \0111\1ea1t tr\00ean 1.300 t\1ef7 \0111\1ed3ng. Nhi\1ec1u homestay c\1ee7a \0111\1ed3ng b\00e0o T\00e0y, N\00f9ng \0111\01b0\1ee3c n\00e2ng c\1ea5p, \0111\1ea1t ti\00eau chu\1ea9n ph\1ee5c v\1ee5 kh\00e1ch qu\1ed1c t\1ebf.</p><p>T\1ec9nh ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh qu\1ea3ng b\00e1, li\00ean k\1ebft tour tuy\1ebfn v\1edbi c\00e1c t\1ec9nh B\1eafc K\1ea1n, L\1ea1ng S\01a1n v\00e0 Qu\1ea3ng T\00e2y (Trung Qu\1ed1c).</p>', NULL, NULL, TIMESTAMP '2026-12-01 15:34:56.168491', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-12-01 17:34:56.168491', 1, 0, FALSE, 'cao bang don hon 1,2 trieu luot khach du lich trong 10 thang luong khach den cao bang tang 15% so voi cung ky, chu yeu tap trung tai khu du lich thac ban gioc va cong vien dia chat non nuoc cao bang.', 'cao-bang-don-hon-1-2-trieu-luot-khach-du-lich-trong-10-thang', NULL, 'PUBLISHED', U&'L\01b0\1ee3ng kh\00e1ch \0111\1ebfn Cao B\1eb1ng t\0103ng 15% so v\1edbi c\00f9ng k\1ef3, ch\1ee7 y\1ebfu t\1eadp trung t\1ea1i khu du l\1ecbch th\00e1c B\1ea3n Gi\1ed1c v\00e0 C\00f4ng vi\00ean \0111\1ecba ch\1ea5t Non n\01b0\1edbc Cao B\1eb1ng.', NULL, U&'Cao B\1eb1ng \0111\00f3n h\01a1n 1,2 tri\1ec7u l\01b0\1ee3t kh\00e1ch du l\1ecbch trong 10 th\00e1ng', NULL, TIMESTAMP '2026-12-01 17:34:56.168491', 1, 13, NULL, 25, NULL),
(123, '<p>Tourism revenue is estimated at over VND 1,300 billion; many Tay and Nung homestays now meet international standards.</p><p>The province keeps promoting joint tours with Bac Kan, Lang Son and Guangxi (China).</p>', NULL, NULL, TIMESTAMP '2026-12-01 15:34:56.168491', 'bientap', NULL, 'NEWS', 'en', NULL, TIMESTAMP '2026-12-01 17:34:56.168491', 1, 0, FALSE, 'cao bang welcomes over 1.2 million visitors in ten months visitor numbers rose 15% year on year, mostly at ban gioc waterfall and the non nuoc cao bang geopark.', 'cao-bang-welcomes-over-1-2-million-visitors-in-ten-months', NULL, 'PUBLISHED', 'Visitor numbers rose 15% year on year, mostly at Ban Gioc waterfall and the Non nuoc Cao Bang Geopark.', NULL, 'Cao Bang welcomes over 1.2 million visitors in ten months', NULL, TIMESTAMP '2026-12-01 17:34:56.168491', 1, 13, NULL, 25, 116);             
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(129, U&'<p>H\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh \0111\00e3 \0111\01b0\1ee3c c\1ea5p ch\1ec9 d\1eabn \0111\1ecba l\00fd, \0111\01b0\1ee3c ng\01b0\1eddi ti\00eau d\00f9ng trong v\00e0 ngo\00e0i t\1ec9nh \01b0a chu\1ed9ng.</p><p>C\00e1c h\1ee3p t\00e1c x\00e3 li\00ean k\1ebft bao ti\00eau s\1ea3n ph\1ea9m, gi\00fap b\00e0 con y\00ean t\00e2m s\1ea3n xu\1ea5t.</p>', NULL, NULL, TIMESTAMP '2026-11-30 14:34:56.343201', 'congtacvien', NULL, 'PHOTO', 'vi', NULL, TIMESTAMP '2026-11-30 16:34:56.343201', 1, 0, FALSE, 'mua hat de trung khanh cho thu nhap cao nguoi dan cac xa vung hat de trung khanh buoc vao vu thu hoach voi san luong uoc dat hon 600 tan, gia ban tu 80.000 den 120.000 dong/kg.', 'mua-hat-de-trung-khanh-cho-thu-nhap-cao', NULL, 'PUBLISHED', U&'Ng\01b0\1eddi d\00e2n c\00e1c x\00e3 v\00f9ng h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh b\01b0\1edbc v\00e0o v\1ee5 thu ho\1ea1ch v\1edbi s\1ea3n l\01b0\1ee3ng \01b0\1edbc \0111\1ea1t h\01a1n 600 t\1ea5n, gi\00e1 b\00e1n t\1eeb 80.000 \0111\1ebfn 120.000 \0111\1ed3ng/kg.', NULL, U&'M\00f9a h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh cho thu nh\1eadp cao', NULL, TIMESTAMP '2026-11-30 16:34:56.343201', 1, 13, NULL, 25, NULL),
(136, U&'<p>C\00e1c n\1ed9i dung thi \0111\1ea5u g\1ed3m k\00e9o co, \0111\1ea9y g\1eady, n\00e9m c\00f2n, b\1eafn n\1ecf v\00e0 tr\00ecnh di\1ec5n trang ph\1ee5c truy\1ec1n th\1ed1ng.</p><p>L\1ec5 h\1ed9i g\00f3p ph\1ea7n b\1ea3o t\1ed3n, ph\00e1t huy b\1ea3n s\1eafc v\0103n h\00f3a c\00e1c d\00e2n t\1ed9c.</p>', NULL, NULL, TIMESTAMP '2026-11-28 12:34:56.356546', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-28 14:34:56.356546', 1, 0, FALSE, 'khai mac le hoi van hoa, the thao cac dan toc tinh cao bang le hoi quy tu hon 1.000 van dong vien, nghe nhan den tu cac xa, phuong trong tinh voi nhieu hoat dong van hoa dac sac.', 'khai-mac-le-hoi-van-hoa-the-thao-cac-dan-toc-tinh-cao-bang', NULL, 'PUBLISHED', U&'L\1ec5 h\1ed9i quy t\1ee5 h\01a1n 1.000 v\1eadn \0111\1ed9ng vi\00ean, ngh\1ec7 nh\00e2n \0111\1ebfn t\1eeb c\00e1c x\00e3, ph\01b0\1eddng trong t\1ec9nh v\1edbi nhi\1ec1u ho\1ea1t \0111\1ed9ng v\0103n h\00f3a \0111\1eb7c s\1eafc.', NULL, U&'Khai m\1ea1c L\1ec5 h\1ed9i v\0103n h\00f3a, th\1ec3 thao c\00e1c d\00e2n t\1ed9c t\1ec9nh Cao B\1eb1ng', NULL, TIMESTAMP '2026-11-28 14:34:56.356546', 1, 13, NULL, 25, NULL),
(143, U&'<p>Ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t \0111\01b0\1ee3c c\1ea5p Gi\1ea5y ch\1ee9ng nh\1eadn theo th\1ee7 t\1ee5c \0111\01a1n gi\1ea3n h\01a1n; b\1ea3ng gi\00e1 \0111\1ea5t \0111\01b0\1ee3c x\00e2y d\1ef1ng h\1eb1ng n\0103m.</p><p>S\1edf T\01b0 ph\00e1p ph\1ed1i h\1ee3p v\1edbi c\00e1c x\00e3 t\1ed5 ch\1ee9c tuy\00ean truy\1ec1n l\01b0u \0111\1ed9ng t\1ea1i c\00e1c th\00f4n, b\1ea3n v\00f9ng cao.</p>', NULL, NULL, TIMESTAMP '2026-11-26 15:34:56.490029', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-11-26 17:34:56.490029', 1, 0, FALSE, 'nhung diem moi cua luat dat dai nam 2024 nguoi dan can biet luat dat dai nam 2024 mo rong quyen cua nguoi su dung dat, quy dinh ro hon ve boi thuong, ho tro, tai dinh cu.', 'nhung-diem-moi-cua-luat-dat-dai-nam-2024-nguoi-dan-can-biet', NULL, 'PUBLISHED', U&'Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 m\1edf r\1ed9ng quy\1ec1n c\1ee7a ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t, quy \0111\1ecbnh r\00f5 h\01a1n v\1ec1 b\1ed3i th\01b0\1eddng, h\1ed7 tr\1ee3, t\00e1i \0111\1ecbnh c\01b0.', NULL, U&'Nh\1eefng \0111i\1ec3m m\1edbi c\1ee7a Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 ng\01b0\1eddi d\00e2n c\1ea7n bi\1ebft', NULL, TIMESTAMP '2026-11-26 17:34:56.490029', 1, 14, NULL, 25, NULL),
(150, U&'<p>C\00e1c bu\1ed5i tuy\00ean truy\1ec1n \0111\01b0\1ee3c th\1ef1c hi\1ec7n b\1eb1ng ti\1ebfng T\00e0y, ti\1ebfng N\00f9ng v\00e0 ti\1ebfng M\00f4ng \0111\1ec3 ng\01b0\1eddi d\00e2n d\1ec5 hi\1ec3u.</p><p>B\1ed9 \0111\1ed9i Bi\00ean ph\00f2ng t\1ec9nh ph\1ed1i h\1ee3p c\00f9ng ch\00ednh quy\1ec1n \0111\1ecba ph\01b0\01a1ng th\1ef1c hi\1ec7n.</p>', NULL, NULL, TIMESTAMP '2026-11-22 11:34:56.521175', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-22 13:34:56.521175', 1, 0, FALSE, 'tuyen truyen phap luat ve phong, chong mua ban nguoi tai khu vuc bien gioi hon 2.000 luot nguoi dan cac xa bien gioi duoc pho bien kien thuc ve phong, chong mua ban nguoi va xuat nhap canh trai phep.', 'tuyen-truyen-phap-luat-ve-phong-chong-mua-ban-nguoi-tai-khu-vuc-bien-gioi', NULL, 'PUBLISHED', U&'H\01a1n 2.000 l\01b0\1ee3t ng\01b0\1eddi d\00e2n c\00e1c x\00e3 bi\00ean gi\1edbi \0111\01b0\1ee3c ph\1ed5 bi\1ebfn ki\1ebfn th\1ee9c v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi v\00e0 xu\1ea5t nh\1eadp c\1ea3nh tr\00e1i ph\00e9p.', NULL, U&'Tuy\00ean truy\1ec1n ph\00e1p lu\1eadt v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi t\1ea1i khu v\1ef1c bi\00ean gi\1edbi', NULL, TIMESTAMP '2026-11-22 13:34:56.521175', 1, 14, NULL, 25, NULL);        
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(157, U&'<p>Tuy\1ebfn cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh l\00e0 c\00f4ng tr\00ecnh \0111\1ed9ng l\1ef1c, k\1ebft n\1ed1i Cao B\1eb1ng v\1edbi v\00f9ng kinh t\1ebf tr\1ecdng \0111i\1ec3m.</p><p>\0110\1ebfn n\0103m 2030, t\1ec9nh ph\1ea5n \0111\1ea5u t\1ed1c \0111\1ed9 t\0103ng tr\01b0\1edfng b\00ecnh qu\00e2n tr\00ean 7%/n\0103m.</p>', NULL, NULL, TIMESTAMP '2026-11-11 15:34:56.555878', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-11-11 17:34:56.555878', 1, 0, FALSE, U&'quy hoach tinh cao bang thoi ky 2021\20132030, tam nhin den nam 2050 quy hoach xac dinh bon dot pha: ha tang giao thong, kinh te cua khau, du lich gan voi cong vien dia chat va nong nghiep hang hoa.', 'quy-hoach-tinh-cao-bang-thoi-ky-2021-2030-tam-nhin-den-nam-2050', NULL, 'PUBLISHED', U&'Quy ho\1ea1ch x\00e1c \0111\1ecbnh b\1ed1n \0111\1ed9t ph\00e1: h\1ea1 t\1ea7ng giao th\00f4ng, kinh t\1ebf c\1eeda kh\1ea9u, du l\1ecbch g\1eafn v\1edbi c\00f4ng vi\00ean \0111\1ecba ch\1ea5t v\00e0 n\00f4ng nghi\1ec7p h\00e0ng h\00f3a.', NULL, U&'Quy ho\1ea1ch t\1ec9nh Cao B\1eb1ng th\1eddi k\1ef3 2021\20132030, t\1ea7m nh\00ecn \0111\1ebfn n\0103m 2050', NULL, TIMESTAMP '2026-11-11 17:34:56.555878', 1, 15, NULL, 25, NULL),
(164, U&'<p>K\1ebf ho\1ea1ch \01b0u ti\00ean \0111\1ea7u t\01b0 h\1ea1 t\1ea7ng s\1ed1, gi\00e1o d\1ee5c v\00f9ng cao v\00e0 ch\0103m s\00f3c s\1ee9c kh\1ecfe ban \0111\1ea7u.</p><p>C\00e1c s\1edf, ng\00e0nh x\00e2y d\1ef1ng ch\01b0\01a1ng tr\00ecnh h\00e0nh \0111\1ed9ng c\1ee5 th\1ec3 tr\01b0\1edbc ng\00e0y 31 th\00e1ng 12.</p>', NULL, NULL, TIMESTAMP '2026-11-16 15:34:56.668176', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-16 17:34:56.668176', 1, 0, FALSE, U&'ke hoach phat trien kinh te \2013 xa hoi nam 2027 ubnd tinh ban hanh ke hoach voi 22 chi tieu chu yeu, trong do ty le ho ngheo giam tren 4%.', 'ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2027', NULL, 'PUBLISHED', U&'UBND t\1ec9nh ban h\00e0nh k\1ebf ho\1ea1ch v\1edbi 22 ch\1ec9 ti\00eau ch\1ee7 y\1ebfu, trong \0111\00f3 t\1ef7 l\1ec7 h\1ed9 ngh\00e8o gi\1ea3m tr\00ean 4%.', NULL, U&'K\1ebf ho\1ea1ch ph\00e1t tri\1ec3n kinh t\1ebf \2013 x\00e3 h\1ed9i n\0103m 2027', NULL, TIMESTAMP '2026-11-16 17:34:56.668176', 1, 15, NULL, 25, NULL),
(171, U&'<p>V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a UBND t\1ec9nh ph\1ea3i \0111\01b0\1ee3c \0111\0103ng tr\00ean C\1ed5ng ch\1eadm nh\1ea5t 02 ng\00e0y l\00e0m vi\1ec7c k\1ec3 t\1eeb ng\00e0y ban h\00e0nh.</p><p>To\00e0n v\0103n quy \0111\1ecbnh \0111\01b0\1ee3c \0111\0103ng t\1ea1i m\1ee5c V\0103n b\1ea3n ph\00e1p lu\1eadt.</p>', NULL, NULL, TIMESTAMP '2026-11-27 11:34:56.689888', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-27 13:34:56.689888', 1, 0, FALSE, 'ban hanh quy dinh quan ly, van hanh cong thong tin dien tu tinh quy dinh neu ro trach nhiem cung cap thong tin cua cac co quan, thoi han cap nhat va che do nhuan but.', 'ban-hanh-quy-dinh-quan-ly-van-hanh-cong-thong-tin-dien-tu-tinh', NULL, 'PUBLISHED', U&'Quy \0111\1ecbnh n\00eau r\00f5 tr\00e1ch nhi\1ec7m cung c\1ea5p th\00f4ng tin c\1ee7a c\00e1c c\01a1 quan, th\1eddi h\1ea1n c\1eadp nh\1eadt v\00e0 ch\1ebf \0111\1ed9 nhu\1eadn b\00fat.', NULL, U&'Ban h\00e0nh Quy \0111\1ecbnh qu\1ea3n l\00fd, v\1eadn h\00e0nh C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', NULL, TIMESTAMP '2026-11-27 13:34:56.689888', 1, 16, NULL, 25, NULL),
(178, U&'<p>B\1ea1n \0111\1ecdc c\00f3 th\1ec3 tra c\1ee9u to\00e0n v\0103n c\00e1c v\0103n b\1ea3n tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.</p><p>C\00f4ng b\00e1o \0111i\1ec7n t\1eed c\00f3 gi\00e1 tr\1ecb nh\01b0 b\1ea3n in.</p>', NULL, NULL, TIMESTAMP '2026-11-06 15:34:56.754818', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-06 17:34:56.754818', 1, 0, FALSE, 'cong bao tinh cao bang phat hanh so moi so cong bao moi dang tai 12 van ban quy pham phap luat cua hdnd va ubnd tinh.', 'cong-bao-tinh-cao-bang-phat-hanh-so-moi', NULL, 'PUBLISHED', U&'S\1ed1 C\00f4ng b\00e1o m\1edbi \0111\0103ng t\1ea3i 12 v\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a H\0110ND v\00e0 UBND t\1ec9nh.', NULL, U&'C\00f4ng b\00e1o t\1ec9nh Cao B\1eb1ng ph\00e1t h\00e0nh s\1ed1 m\1edbi', NULL, TIMESTAMP '2026-11-06 17:34:56.754818', 1, 16, NULL, 25, NULL);       
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(185, U&'<p>C\00f4ng t\00e1c gi\1ea3i ph\00f3ng m\1eb7t b\1eb1ng c\01a1 b\1ea3n ho\00e0n th\00e0nh; c\00e1c nh\00e0 th\1ea7u t\0103ng ca, t\1eadn d\1ee5ng th\1eddi ti\1ebft thu\1eadn l\1ee3i.</p><p>Khi ho\00e0n th\00e0nh, th\1eddi gian di chuy\1ec3n t\1eeb Cao B\1eb1ng \0111\1ebfn H\00e0 N\1ed9i r\00fat ng\1eafn c\00f2n kho\1ea3ng 4 gi\1edd.</p>', NULL, NULL, TIMESTAMP '2026-11-24 13:34:56.780549', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-24 15:34:56.780549', 1, 0, FALSE, U&'day nhanh tien do du an cao toc dong dang \2013 tra linh du an da hoan thanh hon 60% khoi luong, phan dau thong tuyen ky thuat trong nam 2026.', 'day-nhanh-tien-do-du-an-cao-toc-dong-dang-tra-linh', NULL, 'PUBLISHED', U&'D\1ef1 \00e1n \0111\00e3 ho\00e0n th\00e0nh h\01a1n 60% kh\1ed1i l\01b0\1ee3ng, ph\1ea5n \0111\1ea5u th\00f4ng tuy\1ebfn k\1ef9 thu\1eadt trong n\0103m 2026.', NULL, U&'\0110\1ea9y nhanh ti\1ebfn \0111\1ed9 d\1ef1 \00e1n cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh', NULL, TIMESTAMP '2026-11-24 15:34:56.780549', 1, 17, NULL, 25, NULL),
(192, '<p>Site clearance is essentially complete and contractors work extra shifts.</p><p>Once open, the drive from Cao Bang to Hanoi will take about four hours.</p>', NULL, NULL, TIMESTAMP '2026-11-24 13:34:56.780549', 'bientap', NULL, 'NEWS', 'en', NULL, TIMESTAMP '2026-11-24 15:34:56.780549', 1, 0, FALSE, U&'speeding up the dong dang \2013 tra linh expressway over 60% of the work is done; technical opening is targeted within 2026.', 'speeding-up-the-dong-dang-tra-linh-expressway', NULL, 'PUBLISHED', 'Over 60% of the work is done; technical opening is targeted within 2026.', NULL, U&'Speeding up the Dong Dang \2013 Tra Linh expressway', NULL, TIMESTAMP '2026-11-24 15:34:56.780549', 1, 17, NULL, 25, 185),
(198, U&'<p>H\1ed3 s\01a1 m\1eddi th\1ea7u \0111\01b0\1ee3c ph\00e1t h\00e0nh tr\00ean H\1ec7 th\1ed1ng m\1ea1ng \0111\1ea5u th\1ea7u qu\1ed1c gia.</p><p>Th\1eddi \0111i\1ec3m \0111\00f3ng th\1ea7u: 9 gi\1edd 00 ng\00e0y th\1ee9 hai tu\1ea7n sau.</p>', NULL, NULL, TIMESTAMP '2026-11-13 12:34:56.863041', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-13 14:34:56.863041', 1, 0, FALSE, 'thong bao moi thau goi thau cung cap thiet bi chuyen doi so trung tam thong tin tinh thong bao moi thau rong rai qua mang goi thau cung cap thiet bi mang va may chu.', 'thong-bao-moi-thau-goi-thau-cung-cap-thiet-bi-chuyen-doi-so', NULL, 'PUBLISHED', U&'Trung t\00e2m Th\00f4ng tin t\1ec9nh th\00f4ng b\00e1o m\1eddi th\1ea7u r\1ed9ng r\00e3i qua m\1ea1ng g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb m\1ea1ng v\00e0 m\00e1y ch\1ee7.', NULL, U&'Th\00f4ng b\00e1o m\1eddi th\1ea7u g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb chuy\1ec3n \0111\1ed5i s\1ed1', NULL, TIMESTAMP '2026-11-13 14:34:56.863041', 1, 17, NULL, 25, NULL),
(205, U&'<p>D\1ef1 th\1ea3o quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 x\00e2y d\1ef1ng, c\1ea3i t\1ea1o homestay v\00e0 \0111\00e0o t\1ea1o ng\01b0\1eddi l\00e0m du l\1ecbch.</p><p>\00dd ki\1ebfn g\00f3p \00fd g\1eedi qua m\1ee5c L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o tr\00ean C\1ed5ng.</p>', NULL, NULL, TIMESTAMP '2026-11-28 12:34:56.876639', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-28 14:34:56.876639', 1, 0, FALSE, 'lay y kien du thao nghi quyet ve chinh sach ho tro phat trien du lich cong dong so van hoa, the thao va du lich de nghi to chuc, ca nhan gop y du thao trong 30 ngay.', 'lay-y-kien-du-thao-nghi-quyet-ve-chinh-sach-ho-tro-phat-trien-du-lich-cong-dong', NULL, 'PUBLISHED', U&'S\1edf V\0103n h\00f3a, Th\1ec3 thao v\00e0 Du l\1ecbch \0111\1ec1 ngh\1ecb t\1ed5 ch\1ee9c, c\00e1 nh\00e2n g\00f3p \00fd d\1ef1 th\1ea3o trong 30 ng\00e0y.', NULL, U&'L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o Ngh\1ecb quy\1ebft v\1ec1 ch\00ednh s\00e1ch h\1ed7 tr\1ee3 ph\00e1t tri\1ec3n du l\1ecbch c\1ed9ng \0111\1ed3ng', NULL, TIMESTAMP '2026-11-28 14:34:56.876639', 1, 18, NULL, 25, NULL),
(212, U&'<p>Th\1eddi h\1ea1n g\00f3p \00fd \0111\1ebfn h\1ebft ng\00e0y 15 th\00e1ng sau.</p><p>C\01a1 quan ch\1ee7 tr\00ec so\1ea1n th\1ea3o: S\1edf C\00f4ng Th\01b0\01a1ng.</p>', NULL, NULL, TIMESTAMP '2026-11-20 14:34:57.300242', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-20 16:34:57.300242', 1, 0, FALSE, 'gop y du thao quy dinh ve quan ly cho tren dia ban tinh du thao gom 5 chuong, 28 dieu, quy dinh phan hang, quan ly va khai thac cho.', 'gop-y-du-thao-quy-dinh-ve-quan-ly-cho-tren-dia-ban-tinh', NULL, 'PUBLISHED', U&'D\1ef1 th\1ea3o g\1ed3m 5 ch\01b0\01a1ng, 28 \0111i\1ec1u, quy \0111\1ecbnh ph\00e2n h\1ea1ng, qu\1ea3n l\00fd v\00e0 khai th\00e1c ch\1ee3.', NULL, U&'G\00f3p \00fd d\1ef1 th\1ea3o Quy \0111\1ecbnh v\1ec1 qu\1ea3n l\00fd ch\1ee3 tr\00ean \0111\1ecba b\00e0n t\1ec9nh', NULL, TIMESTAMP '2026-11-20 16:34:57.300242', 1, 18, NULL, 25, NULL); 
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(219, U&'<p>Th\00f4ng tin chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng t\1ea1i trang L\00e3nh \0111\1ea1o t\1ec9nh.</p><p>T\1ed5 ch\1ee9c, c\00e1 nh\00e2n li\00ean h\1ec7 trong gi\1edd h\00e0nh ch\00ednh.</p>', NULL, NULL, TIMESTAMP '2026-11-01 15:34:57.431798', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-01 17:34:57.431798', 1, 0, FALSE, 'thong tin lien he cua lanh dao ubnd tinh danh sach dien thoai, thu dien tu cong vu cua chu tich va cac pho chu tich ubnd tinh.', 'thong-tin-lien-he-cua-lanh-dao-ubnd-tinh', NULL, 'PUBLISHED', U&'Danh s\00e1ch \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed c\00f4ng v\1ee5 c\1ee7a Ch\1ee7 t\1ecbch v\00e0 c\00e1c Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh.', NULL, U&'Th\00f4ng tin li\00ean h\1ec7 c\1ee7a l\00e3nh \0111\1ea1o UBND t\1ec9nh', NULL, TIMESTAMP '2026-11-01 17:34:57.431798', 1, 19, NULL, 25, NULL),
(226, U&'<p>Tr\01b0\1eddng h\1ee3p ng\00e0y ti\1ebfp tr\00f9ng ng\00e0y ngh\1ec9, l\1ec5 th\00ec chuy\1ec3n sang ng\00e0y l\00e0m vi\1ec7c ti\1ebfp theo.</p><p>C\00f4ng d\00e2n mang theo gi\1ea5y t\1edd t\00f9y th\00e2n v\00e0 t\00e0i li\1ec7u li\00ean quan.</p>', NULL, NULL, TIMESTAMP '2026-10-17 15:34:57.549636', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-17 17:34:57.549636', 1, 0, FALSE, 'lich tiep cong dan dinh ky cua lanh dao tinh chu tich ubnd tinh tiep cong dan dinh ky vao ngay 15 hang thang tai tru so tiep cong dan tinh.', 'lich-tiep-cong-dan-dinh-ky-cua-lanh-dao-tinh', NULL, 'PUBLISHED', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 v\00e0o ng\00e0y 15 h\1eb1ng th\00e1ng t\1ea1i Tr\1ee5 s\1edf Ti\1ebfp c\00f4ng d\00e2n t\1ec9nh.', NULL, U&'L\1ecbch ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh', NULL, TIMESTAMP '2026-10-17 17:34:57.549636', 1, 19, NULL, 25, NULL),
(233, U&'<p>Ban Bi\00ean t\1eadp ti\1ebfp nh\1eadn tin, b\00e0i, \00fd ki\1ebfn ph\1ea3n \00e1nh qua th\01b0 \0111i\1ec7n t\1eed banbientap@caobang.gov.vn.</p><p>Th\00f4ng tin chi ti\1ebft t\1ea1i trang Li\00ean h\1ec7.</p>', NULL, NULL, TIMESTAMP '2026-10-02 15:34:57.663878', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-02 17:34:57.663878', 1, 0, FALSE, 'thong tin giao dich cua cong thong tin dien tu tinh dia chi, dien thoai, thu dien tu chinh thuc cua ban bien tap cong thong tin dien tu tinh cao bang.', 'thong-tin-giao-dich-cua-cong-thong-tin-dien-tu-tinh', NULL, 'PUBLISHED', U&'\0110\1ecba ch\1ec9, \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed ch\00ednh th\1ee9c c\1ee7a Ban Bi\00ean t\1eadp C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng.', NULL, U&'Th\00f4ng tin giao d\1ecbch c\1ee7a C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', NULL, TIMESTAMP '2026-10-02 17:34:57.663878', 1, 20, NULL, 25, NULL),
(240, U&'<p>Tin, b\00e0i \0111\01b0\1ee3c \0111\0103ng s\1ebd \0111\01b0\1ee3c chi tr\1ea3 nhu\1eadn b\00fat theo quy \0111\1ecbnh.</p><p>Ban Bi\00ean t\1eadp c\00f3 quy\1ec1n bi\00ean t\1eadp n\1ed9i dung cho ph\00f9 h\1ee3p.</p>', NULL, NULL, TIMESTAMP '2026-10-12 15:34:57.776105', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-12 17:34:57.776105', 1, 0, FALSE, 'huong dan gui tin, bai cong tac voi cong tin, bai gui ve ban bien tap can ghi ro tac gia, nguon tin va anh minh hoa co chu thich.', 'huong-dan-gui-tin-bai-cong-tac-voi-cong', NULL, 'PUBLISHED', U&'Tin, b\00e0i g\1eedi v\1ec1 Ban Bi\00ean t\1eadp c\1ea7n ghi r\00f5 t\00e1c gi\1ea3, ngu\1ed3n tin v\00e0 \1ea3nh minh h\1ecda c\00f3 ch\00fa th\00edch.', NULL, U&'H\01b0\1edbng d\1eabn g\1eedi tin, b\00e0i c\1ed9ng t\00e1c v\1edbi C\1ed5ng', NULL, TIMESTAMP '2026-10-12 17:34:57.776105', 1, 20, NULL, 25, NULL),
(247, U&'<p>T\1ef7 l\1ec7 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn trong th\00e1ng \0111\1ea1t 68%, t\0103ng 12% so v\1edbi th\00e1ng tr\01b0\1edbc.</p><p>Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n t\1ea1i c\00e1c \0111i\1ec3m m\1ed9t c\1eeda.</p>', NULL, NULL, TIMESTAMP '2026-11-23 12:34:57.876638', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-23 14:34:57.876638', 1, 0, FALSE, '100% thu tuc hanh chinh du dieu kien duoc cung cap dich vu cong truc tuyen toan trinh nguoi dan, doanh nghiep co the nop ho so, theo doi tien do va nhan ket qua truc tuyen.', '100-thu-tuc-hanh-chinh-du-dieu-kien-duoc-cung-cap-dich-vu-cong-truc-tuyen-toan-t', NULL, 'PUBLISHED', U&'Ng\01b0\1eddi d\00e2n, doanh nghi\1ec7p c\00f3 th\1ec3 n\1ed9p h\1ed3 s\01a1, theo d\00f5i ti\1ebfn \0111\1ed9 v\00e0 nh\1eadn k\1ebft qu\1ea3 tr\1ef1c tuy\1ebfn.', NULL, U&'100% th\1ee7 t\1ee5c h\00e0nh ch\00ednh \0111\1ee7 \0111i\1ec1u ki\1ec7n \0111\01b0\1ee3c cung c\1ea5p d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn to\00e0n tr\00ecnh', NULL, TIMESTAMP '2026-11-23 14:34:57.876638', 1, 21, NULL, 25, NULL);             
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(254, U&'<p>Th\1eddi h\1ea1n gi\1ea3i quy\1ebft kh\00f4ng qu\00e1 10 ng\00e0y l\00e0m vi\1ec7c.</p><p>L\1ec7 ph\00ed \0111\01b0\1ee3c thanh to\00e1n tr\1ef1c tuy\1ebfn.</p>', NULL, NULL, TIMESTAMP '2026-11-17 11:34:57.958765', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-17 13:34:57.958765', 1, 0, FALSE, 'huong dan cap phieu ly lich tu phap truc tuyen cong dan co the de nghi cap phieu ly lich tu phap qua cong dich vu cong voi tai khoan dinh danh dien tu muc 2.', 'huong-dan-cap-phieu-ly-lich-tu-phap-truc-tuyen', NULL, 'PUBLISHED', U&'C\00f4ng d\00e2n c\00f3 th\1ec3 \0111\1ec1 ngh\1ecb c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p qua C\1ed5ng d\1ecbch v\1ee5 c\00f4ng v\1edbi t\00e0i kho\1ea3n \0111\1ecbnh danh \0111i\1ec7n t\1eed m\1ee9c 2.', NULL, U&'H\01b0\1edbng d\1eabn c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p tr\1ef1c tuy\1ebfn', NULL, TIMESTAMP '2026-11-17 13:34:57.958765', 1, 21, NULL, 25, NULL),
(261, U&'<p>M\1ed7i trang c\00f3 m\1ee5c tin t\1ee9c, th\1ee7 t\1ee5c h\00e0nh ch\00ednh v\00e0 th\00f4ng tin li\00ean h\1ec7 c\1ee7a ch\00ednh quy\1ec1n x\00e3.</p><p>Bi\00ean t\1eadp vi\00ean c\1ea5p x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n s\1eed d\1ee5ng h\1ec7 th\1ed1ng.</p>', NULL, NULL, TIMESTAMP '2026-11-21 15:34:58.107154', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-21 17:34:58.107154', 1, 0, FALSE, 'ra mat trang thong tin dien tu cac xa sau sap xep cac xa, phuong moi thanh lap co trang thong tin dien tu rieng, tich hop voi cong thong tin dien tu tinh.', 'ra-mat-trang-thong-tin-dien-tu-cac-xa-sau-sap-xep', NULL, 'PUBLISHED', U&'C\00e1c x\00e3, ph\01b0\1eddng m\1edbi th\00e0nh l\1eadp c\00f3 trang th\00f4ng tin \0111i\1ec7n t\1eed ri\00eang, t\00edch h\1ee3p v\1edbi C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.', NULL, U&'Ra m\1eaft trang th\00f4ng tin \0111i\1ec7n t\1eed c\00e1c x\00e3 sau s\1eafp x\1ebfp', NULL, TIMESTAMP '2026-11-21 17:34:58.107154', 1, 22, NULL, 25, NULL),
(268, U&'<p>N\1ed9i dung t\1eadp hu\1ea5n g\1ed3m quy \0111\1ecbnh v\1ec1 b\1ea3n quy\1ec1n, tr\00edch d\1eabn ngu\1ed3n v\00e0 b\1ea3o v\1ec7 d\1eef li\1ec7u c\00e1 nh\00e2n.</p><p>H\1ecdc vi\00ean th\1ef1c h\00e0nh tr\00ean h\1ec7 th\1ed1ng c\1ed5ng th\00e0nh ph\1ea7n.</p>', NULL, NULL, TIMESTAMP '2026-11-09 13:34:58.308545', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-09 15:34:58.308545', 1, 0, FALSE, 'tap huan ky nang bien tap tin bai cho cong thanh phan hon 150 can bo cac so, nganh, xa duoc tap huan ve viet tin, chup anh va quy trinh bien tap.', 'tap-huan-ky-nang-bien-tap-tin-bai-cho-cong-thanh-phan', NULL, 'PUBLISHED', U&'H\01a1n 150 c\00e1n b\1ed9 c\00e1c s\1edf, ng\00e0nh, x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n v\1ec1 vi\1ebft tin, ch\1ee5p \1ea3nh v\00e0 quy tr\00ecnh bi\00ean t\1eadp.', NULL, U&'T\1eadp hu\1ea5n k\1ef9 n\0103ng bi\00ean t\1eadp tin b\00e0i cho c\1ed5ng th\00e0nh ph\1ea7n', NULL, TIMESTAMP '2026-11-09 15:34:58.308545', 1, 22, NULL, 25, NULL),
(275, U&'<p>C\00e1c nhi\1ec7m v\1ee5 t\1eadp trung v\00e0o b\1ea3o t\1ed3n gi\1ed1ng c\00e2y \0111\1eb7c s\1ea3n, ch\1ebf bi\1ebfn n\00f4ng s\1ea3n v\00e0 chuy\1ec3n \0111\1ed5i s\1ed1.</p><p>H\1ed3 s\01a1 n\1ed9p tr\01b0\1edbc ng\00e0y 30 th\00e1ng sau.</p>', NULL, NULL, TIMESTAMP '2026-11-26 15:34:58.382242', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-26 17:34:58.382242', 1, 0, FALSE, 'thong bao tuyen chon nhiem vu khoa hoc va cong nghe cap tinh nam 2027 so khoa hoc va cong nghe thong bao tuyen chon to chuc, ca nhan chu tri 8 nhiem vu khoa hoc va cong nghe.', 'thong-bao-tuyen-chon-nhiem-vu-khoa-hoc-va-cong-nghe-cap-tinh-nam-2027', NULL, 'PUBLISHED', U&'S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn t\1ed5 ch\1ee9c, c\00e1 nh\00e2n ch\1ee7 tr\00ec 8 nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', NULL, U&'Th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7 c\1ea5p t\1ec9nh n\0103m 2027', NULL, TIMESTAMP '2026-11-26 17:34:58.382242', 1, 23, NULL, 25, NULL),
(282, U&'<p>K\1ebft qu\1ea3 m\1edf ra tri\1ec3n v\1ecdng m\1edf r\1ed9ng v\00f9ng tr\1ed3ng l\00ea \0111\1eb7c s\1ea3n.</p><p>H\1ed9i \0111\1ed3ng \0111\00e1nh gi\00e1 \0111\1ec1 t\00e0i \0111\1ea1t lo\1ea1i kh\00e1.</p>', NULL, NULL, TIMESTAMP '2026-11-15 14:34:58.487251', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-11-15 16:34:58.487251', 1, 0, FALSE, 'nghiem thu de tai nhan giong le dong khe de tai da nhan giong thanh cong giong le dong khe bang phuong phap ghep, ty le song tren 85%.', 'nghiem-thu-de-tai-nhan-giong-le-dong-khe', NULL, 'PUBLISHED', U&'\0110\1ec1 t\00e0i \0111\00e3 nh\00e2n gi\1ed1ng th\00e0nh c\00f4ng gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea b\1eb1ng ph\01b0\01a1ng ph\00e1p gh\00e9p, t\1ef7 l\1ec7 s\1ed1ng tr\00ean 85%.', NULL, U&'Nghi\1ec7m thu \0111\1ec1 t\00e0i nh\00e2n gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea', NULL, TIMESTAMP '2026-11-15 16:34:58.487251', 1, 23, NULL, 25, NULL);  
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(289, U&'<p>S\1ea3n xu\1ea5t n\00f4ng nghi\1ec7p \1ed5n \0111\1ecbnh; di\1ec7n t\00edch l\00faa m\00f9a \0111\1ea1t 98% k\1ebf ho\1ea1ch.</p><p>Ch\1ec9 s\1ed1 gi\00e1 ti\00eau d\00f9ng t\0103ng 3,1% so v\1edbi c\00f9ng k\1ef3.</p>', NULL, NULL, TIMESTAMP '2026-11-25 14:34:58.549676', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-25 16:34:58.549676', 1, 0, FALSE, U&'tinh hinh kinh te \2013 xa hoi 10 thang nam 2026 tong san pham tren dia ban tang 6,8%; thu ngan sach dat 85% du toan; kim ngach xuat nhap khau dat 750 trieu usd.', 'tinh-hinh-kinh-te-xa-hoi-10-thang-nam-2026', NULL, 'PUBLISHED', U&'T\1ed5ng s\1ea3n ph\1ea9m tr\00ean \0111\1ecba b\00e0n t\0103ng 6,8%; thu ng\00e2n s\00e1ch \0111\1ea1t 85% d\1ef1 to\00e1n; kim ng\1ea1ch xu\1ea5t nh\1eadp kh\1ea9u \0111\1ea1t 750 tri\1ec7u USD.', NULL, U&'T\00ecnh h\00ecnh kinh t\1ebf \2013 x\00e3 h\1ed9i 10 th\00e1ng n\0103m 2026', NULL, TIMESTAMP '2026-11-25 16:34:58.549676', 1, 24, NULL, 25, NULL),
(296, U&'<p>Ni\00ean gi\00e1m \0111\01b0\1ee3c ph\00e1t h\00e0nh d\01b0\1edbi d\1ea1ng s\00e1ch in v\00e0 b\1ea3n \0111i\1ec7n t\1eed.</p><p>S\1ed1 li\1ec7u ph\1ee5c v\1ee5 c\00f4ng t\00e1c qu\1ea3n l\00fd v\00e0 nghi\00ean c\1ee9u.</p>', NULL, NULL, TIMESTAMP '2026-10-27 15:34:58.640945', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-27 17:34:58.640945', 1, 0, FALSE, 'nien giam thong ke tinh cao bang nam 2025 cuc thong ke phat hanh nien giam voi so lieu ve dan so, lao dong, kinh te va xa hoi.', 'nien-giam-thong-ke-tinh-cao-bang-nam-2025', NULL, 'PUBLISHED', U&'C\1ee5c Th\1ed1ng k\00ea ph\00e1t h\00e0nh Ni\00ean gi\00e1m v\1edbi s\1ed1 li\1ec7u v\1ec1 d\00e2n s\1ed1, lao \0111\1ed9ng, kinh t\1ebf v\00e0 x\00e3 h\1ed9i.', NULL, U&'Ni\00ean gi\00e1m th\1ed1ng k\00ea t\1ec9nh Cao B\1eb1ng n\0103m 2025', NULL, TIMESTAMP '2026-10-27 17:34:58.640945', 1, 24, NULL, 25, NULL),
(303, U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', NULL, NULL, TIMESTAMP '2026-11-29 13:34:58.727188', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-29 15:34:58.727188', 1, 0, FALSE, 'so tu phap to chuc ngay phap luat viet nam tai xa dam thuy hon 300 nguoi dan tham gia cac hoat dong huong ung ngay phap luat, duoc tu van phap luat mien phi.', 'so-tu-phap-to-chuc-ngay-phap-luat-viet-nam-tai-xa-dam-thuy', NULL, 'PUBLISHED', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', NULL, U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', NULL, TIMESTAMP '2026-11-29 17:34:58.727188', 2, 14, NULL, 39, NULL),
(309, U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', NULL, NULL, TIMESTAMP '2026-11-29 15:34:58.727188', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-29 18:04:58.727188', 1, 0, FALSE, 'so tu phap to chuc ngay phap luat viet nam tai xa dam thuy hon 300 nguoi dan tham gia cac hoat dong huong ung ngay phap luat, duoc tu van phap luat mien phi.', 'so-tu-phap-to-chuc-ngay-phap-luat-viet-nam-tai-xa-dam-thuy', NULL, 'PUBLISHED', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', NULL, U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', NULL, TIMESTAMP '2026-11-29 18:04:58.727188', 1, 14, 303, 25, NULL),
(317, U&'<p>Th\1eddi gian gi\1ea3i quy\1ebft r\00fat ng\1eafn c\00f2n 5 ng\00e0y l\00e0m vi\1ec7c.</p><p>C\00e1n b\1ed9 t\01b0 ph\00e1p \2013 h\1ed9 t\1ecbch c\1ea5p x\00e3 h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n k\00ea khai.</p>', NULL, NULL, TIMESTAMP '2026-11-22 11:34:58.856713', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-22 13:34:58.856713', 1, 0, FALSE, 'thuc hien lien thong thu tuc dang ky khai sinh, thuong tru, cap the bao hiem y te nguoi dan chi can nop mot bo ho so truc tuyen de duoc giai quyet ba thu tuc.', 'thuc-hien-lien-thong-thu-tuc-dang-ky-khai-sinh-thuong-tru-cap-the-bao-hiem-y-te', NULL, 'PUBLISHED', U&'Ng\01b0\1eddi d\00e2n ch\1ec9 c\1ea7n n\1ed9p m\1ed9t b\1ed9 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn \0111\1ec3 \0111\01b0\1ee3c gi\1ea3i quy\1ebft ba th\1ee7 t\1ee5c.', NULL, U&'Th\1ef1c hi\1ec7n li\00ean th\00f4ng th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh, th\01b0\1eddng tr\00fa, c\1ea5p th\1ebb b\1ea3o hi\1ec3m y t\1ebf', NULL, TIMESTAMP '2026-11-22 13:34:58.856713', 1, 21, NULL, 39, NULL);     
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(323, U&'<p>C\00f4ng t\00e1c th\1ea9m \0111\1ecbnh v\0103n b\1ea3n b\1ea3o \0111\1ea3m \0111\00fang th\1eddi h\1ea1n.</p><p>S\1edf ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh chuy\1ec3n \0111\1ed5i s\1ed1 trong l\0129nh v\1ef1c h\1ed9 t\1ecbch.</p>', NULL, NULL, TIMESTAMP '2026-11-27 11:34:58.906158', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-27 13:34:58.906158', 1, 0, FALSE, 'so tu phap trien khai nhiem vu cong tac cuoi nam hoi nghi giao ban danh gia ket qua 10 thang va trien khai nhiem vu trong tam den cuoi nam.', 'so-tu-phap-trien-khai-nhiem-vu-cong-tac-cuoi-nam', NULL, 'PUBLISHED', U&'H\1ed9i ngh\1ecb giao ban \0111\00e1nh gi\00e1 k\1ebft qu\1ea3 10 th\00e1ng v\00e0 tri\1ec3n khai nhi\1ec7m v\1ee5 tr\1ecdng t\00e2m \0111\1ebfn cu\1ed1i n\0103m.', NULL, U&'S\1edf T\01b0 ph\00e1p tri\1ec3n khai nhi\1ec7m v\1ee5 c\00f4ng t\00e1c cu\1ed1i n\0103m', NULL, TIMESTAMP '2026-11-27 13:34:58.906158', 1, 13, NULL, 39, NULL),
(329, U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', NULL, NULL, TIMESTAMP '2026-11-30 14:34:59.108108', 'bientap-xadt', NULL, 'PHOTO', 'vi', NULL, TIMESTAMP '2026-11-30 16:34:59.108108', 1, 0, FALSE, 'xa dam thuy don doan khach quoc te den thac ban gioc doan gom 40 du khach chau au trai nghiem homestay va van hoa tay tai lang da khuoi ky.', 'xa-dam-thuy-don-doan-khach-quoc-te-den-thac-ban-gioc', NULL, 'PUBLISHED', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', NULL, U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', NULL, TIMESTAMP '2026-11-30 18:34:59.108108', 2, 13, NULL, 41, NULL),
(335, U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', NULL, NULL, TIMESTAMP '2026-11-30 16:34:59.108108', 'bientap-xadt', NULL, 'PHOTO', 'vi', NULL, NULL, 1, 0, FALSE, 'xa dam thuy don doan khach quoc te den thac ban gioc doan gom 40 du khach chau au trai nghiem homestay va van hoa tay tai lang da khuoi ky.', 'xa-dam-thuy-don-doan-khach-quoc-te-den-thac-ban-gioc', NULL, 'SUBMITTED', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', NULL, U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', NULL, TIMESTAMP '2026-11-30 18:34:59.108108', 1, 13, 329, 25, NULL),
(339, U&'<p>Trong th\00e1ng, x\00e3 ti\1ebfp nh\1eadn 126 h\1ed3 s\01a1, trong \0111\00f3 80 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn.</p><p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c h\1ed7 tr\1ee3 mi\1ec5n ph\00ed.</p>', NULL, NULL, TIMESTAMP '2026-11-24 13:34:59.170007', 'bientap-xadt', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-24 15:34:59.170007', 1, 0, FALSE, 'bo phan mot cua xa dam thuy ho tro nguoi dan nop ho so truc tuyen can bo mot cua huong dan nguoi dan tao tai khoan va nop ho so tren cong dich vu cong.', 'bo-phan-mot-cua-xa-dam-thuy-ho-tro-nguoi-dan-nop-ho-so-truc-tuyen', NULL, 'PUBLISHED', U&'C\00e1n b\1ed9 m\1ed9t c\1eeda h\01b0\1edbng d\1eabn ng\01b0\1eddi d\00e2n t\1ea1o t\00e0i kho\1ea3n v\00e0 n\1ed9p h\1ed3 s\01a1 tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng.', NULL, U&'B\1ed9 ph\1eadn m\1ed9t c\1eeda x\00e3 \0110\00e0m Th\1ee7y h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn', NULL, TIMESTAMP '2026-11-24 15:34:59.170007', 1, 21, NULL, 41, NULL),
(345, U&'<p>C\00e1c th\00f4n \0111\01b0\1ee3c h\01b0\1edbng d\1eabn v\1ec7 sinh chu\1ed3ng tr\1ea1i, ti\00eau \0111\1ed9c kh\1eed tr\00f9ng.</p><p>Ng\01b0\1eddi d\00e2n b\00e1o ngay khi ph\00e1t hi\1ec7n gia s\00fac c\00f3 bi\1ec3u hi\1ec7n b\1ec7nh.</p>', NULL, NULL, TIMESTAMP '2026-11-28 12:34:59.273079', 'bientap-xadt', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-28 14:34:59.273079', 1, 0, FALSE, 'ubnd xa dam thuy trien khai phong, chong dich benh tren dan gia suc xa to chuc tiem phong vac-xin lo mom long mong cho hon 2.000 con trau, bo.', 'ubnd-xa-dam-thuy-trien-khai-phong-chong-dich-benh-tren-dan-gia-suc', NULL, 'PUBLISHED', U&'X\00e3 t\1ed5 ch\1ee9c ti\00eam ph\00f2ng v\1eafc-xin l\1edf m\1ed3m long m\00f3ng cho h\01a1n 2.000 con tr\00e2u, b\00f2.', NULL, U&'UBND x\00e3 \0110\00e0m Th\1ee7y tri\1ec3n khai ph\00f2ng, ch\1ed1ng d\1ecbch b\1ec7nh tr\00ean \0111\00e0n gia s\00fac', NULL, TIMESTAMP '2026-11-28 14:34:59.273079', 1, 12, NULL, 41, NULL);    
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(351, U&'<p>T\1ec9nh cam k\1ebft t\1ea1o \0111i\1ec1u ki\1ec7n thu\1eadn l\1ee3i nh\1ea5t cho nh\00e0 \0111\1ea7u t\01b0.</p><p>Nhi\1ec1u bi\00ean b\1ea3n ghi nh\1edb h\1ee3p t\00e1c \0111\01b0\1ee3c k\00fd k\1ebft.</p>', NULL, NULL, TIMESTAMP '2026-12-01 13:34:59.29756', 'congtacvien', NULL, 'NEWS', 'vi', NULL, NULL, 1, 0, FALSE, 'hoi nghi xuc tien dau tu vao khu kinh te cua khau tra linh hon 100 doanh nghiep trong va ngoai nuoc du hoi nghi, tim hieu co hoi dau tu logistics va che bien nong san.', 'hoi-nghi-xuc-tien-dau-tu-vao-khu-kinh-te-cua-khau-tra-linh', NULL, 'SUBMITTED', U&'H\01a1n 100 doanh nghi\1ec7p trong v\00e0 ngo\00e0i n\01b0\1edbc d\1ef1 h\1ed9i ngh\1ecb, t\00ecm hi\1ec3u c\01a1 h\1ed9i \0111\1ea7u t\01b0 logistics v\00e0 ch\1ebf bi\1ebfn n\00f4ng s\1ea3n.', NULL, U&'H\1ed9i ngh\1ecb x\00fac ti\1ebfn \0111\1ea7u t\01b0 v\00e0o Khu kinh t\1ebf c\1eeda kh\1ea9u Tr\00e0 L\0129nh', NULL, TIMESTAMP '2026-12-01 15:44:59.29756', 2, 13, NULL, 25, NULL),
(354, U&'<p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c khuy\1ebfn c\00e1o kh\00f4ng t\1ef1 \00fd x\1eed l\00fd v\1eadt li\1ec7u n\1ed5.</p><p>C\00f4ng tr\01b0\1eddng \0111\00e3 tr\1edf l\1ea1i thi c\00f4ng b\00ecnh th\01b0\1eddng.</p>', NULL, NULL, TIMESTAMP '2026-12-01 13:34:59.585398', 'congtacvien', NULL, 'NEWS', 'vi', NULL, NULL, 1, 2, FALSE, 'phat hien qua bom con sot lai sau chien tranh tai cong truong luc luong cong binh da di doi an toan qua bom nang khoang 100 kg phat hien khi thi cong duong.', 'phat-hien-qua-bom-con-sot-lai-sau-chien-tranh-tai-cong-truong', NULL, 'IN_REVIEW', U&'L\1ef1c l\01b0\1ee3ng c\00f4ng binh \0111\00e3 di d\1eddi an to\00e0n qu\1ea3 bom n\1eb7ng kho\1ea3ng 100 kg ph\00e1t hi\1ec7n khi thi c\00f4ng \0111\01b0\1eddng.', NULL, U&'Ph\00e1t hi\1ec7n qu\1ea3 bom c\00f2n s\00f3t l\1ea1i sau chi\1ebfn tranh t\1ea1i c\00f4ng tr\01b0\1eddng', NULL, TIMESTAMP '2026-12-01 15:54:59.585398', 2, 13, NULL, 25, NULL),
(358, U&'<p>Ng\01b0\1eddi tham gia \0111\01b0\1ee3c Nh\00e0 n\01b0\1edbc h\1ed7 tr\1ee3 m\1ed9t ph\1ea7n ti\1ec1n \0111\00f3ng.</p><p>C\00f3 th\1ec3 \0111\00f3ng theo th\00e1ng, qu\00fd ho\1eb7c n\0103m.</p>', NULL, NULL, TIMESTAMP '2026-12-01 13:34:59.612241', 'congtacvien', NULL, 'NEWS', 'vi', TIMESTAMP '2026-12-01 20:34:59.614276', NULL, 1, 0, FALSE, 'hoi dap phap luat ve bao hiem xa hoi tu nguyen nhung dieu nguoi lao dong tu do can biet khi tham gia bao hiem xa hoi tu nguyen.', 'hoi-dap-phap-luat-ve-bao-hiem-xa-hoi-tu-nguyen', NULL, 'SCHEDULED', U&'Nh\1eefng \0111i\1ec1u ng\01b0\1eddi lao \0111\1ed9ng t\1ef1 do c\1ea7n bi\1ebft khi tham gia b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n.', NULL, U&'H\1ecfi \0111\00e1p ph\00e1p lu\1eadt v\1ec1 b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n', NULL, TIMESTAMP '2026-12-01 16:14:59.612241', 2, 14, NULL, 25, NULL),
(364, U&'<p>\0110ang ho\00e0n thi\1ec7n s\1ed1 li\1ec7u.</p><p>C\1ea7n b\1ed5 sung \1ea3nh minh h\1ecda.</p>', NULL, NULL, TIMESTAMP '2026-12-01 13:34:59.652725', 'congtacvien', NULL, 'NEWS', 'vi', NULL, NULL, 1, 0, FALSE, 'ung dung cong nghe so trong quan ly rung ban nhap cua cong tac vien ve viec dung anh ve tinh theo doi bien dong rung.', 'ung-dung-cong-nghe-so-trong-quan-ly-rung', NULL, 'DRAFT', U&'B\1ea3n nh\00e1p c\1ee7a c\1ed9ng t\00e1c vi\00ean v\1ec1 vi\1ec7c d\00f9ng \1ea3nh v\1ec7 tinh theo d\00f5i bi\1ebfn \0111\1ed9ng r\1eebng.', NULL, U&'\1ee8ng d\1ee5ng c\00f4ng ngh\1ec7 s\1ed1 trong qu\1ea3n l\00fd r\1eebng', NULL, TIMESTAMP '2026-12-01 13:34:59.652725', 1, 23, NULL, 25, NULL);           
CREATE INDEX "PUBLIC"."IX_ARTICLE_PUBLIC" ON "PUBLIC"."ARTICLE"("SITE_ID" NULLS FIRST, "STATE" NULLS FIRST, "PUBLISHEDAT" NULLS FIRST);        
CREATE INDEX "PUBLIC"."IX_ARTICLE_STATE" ON "PUBLIC"."ARTICLE"("STATE" NULLS FIRST);           
CREATE CACHED TABLE "PUBLIC"."LEADER"(
    "ID" BIGINT NOT NULL,
    "BIOGRAPHY_EN" CHARACTER VARYING,
    "BIOGRAPHY_VI" CHARACTER VARYING,
    "NAME" CHARACTER VARYING(200) NOT NULL,
    "PHOTOTOKEN" CHARACTER VARYING(40),
    "SLUG" CHARACTER VARYING(120) NOT NULL,
    "SORTORDER" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "CONTACT_ADDRESS" CHARACTER VARYING(500),
    "CONTACT_EMAIL" CHARACTER VARYING(200),
    "CONTACT_FAX" CHARACTER VARYING(50),
    "CONTACT_PHONE" CHARACTER VARYING(50),
    "CONTACT_WEBSITE" CHARACTER VARYING(200),
    "DUTIES_EN" CHARACTER VARYING(4000),
    "DUTIES_VI" CHARACTER VARYING(4000),
    "TITLE_EN" CHARACTER VARYING(300),
    "TITLE_VI" CHARACTER VARYING(300) NOT NULL,
    "UNIT_ID" BIGINT
);              
ALTER TABLE "PUBLIC"."LEADER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_859" PRIMARY KEY("ID");      
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.LEADER;   
INSERT INTO "PUBLIC"."LEADER" VALUES
(367, NULL, U&'<p>Sinh n\0103m 1970, qu\00ea qu\00e1n t\1ec9nh Cao B\1eb1ng. Tr\00ecnh \0111\1ed9 chuy\00ean m\00f4n: Ti\1ebfn s\0129 Kinh t\1ebf.</p><p>Tr\01b0\1edbc khi gi\1eef ch\1ee9c Ch\1ee7 t\1ecbch UBND t\1ec9nh, \0111\1ed3ng ch\00ed t\1eebng c\00f4ng t\00e1c t\1ea1i nhi\1ec1u c\01a1 quan Trung \01b0\01a1ng v\00e0 \0111\1ecba ph\01b0\01a1ng.</p>', U&'Ho\00e0ng Xu\00e2n \00c1nh', '0221148d34622ddc1d894fd43340aed4', 'hoang-xuan-anh', 1, 1, NULL, 'chutich@caobang.gov.vn', '0206 3852 020', '0206 3852 121', NULL, 'Leads all work of the Provincial People''s Committee; directly in charge of internal affairs, defence, security and foreign affairs.', U&'L\00e3nh \0111\1ea1o, qu\1ea3n l\00fd chung m\1ecdi m\1eb7t c\00f4ng t\00e1c c\1ee7a UBND t\1ec9nh; tr\1ef1c ti\1ebfp ph\1ee5 tr\00e1ch l\0129nh v\1ef1c n\1ed9i ch\00ednh, qu\1ed1c ph\00f2ng, an ninh, \0111\1ed1i ngo\1ea1i.', 'Chairman of the Provincial People''s Committee', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh', 3),
(369, NULL, U&'<p>Sinh n\0103m 1972. Tr\00ecnh \0111\1ed9: Th\1ea1c s\0129 Qu\1ea3n l\00fd kinh t\1ebf.</p>', U&'L\00ea H\1ea3i H\00f2a', '4cf4304f175c36fb63e4eee85de9fdf3', 'le-hai-hoa', 2, 1, NULL, 'pct.thuongtruc@caobang.gov.vn', NULL, '0206 3852 122', NULL, 'In charge of planning, investment, finance, budget, construction and transport.', U&'Ph\1ee5 tr\00e1ch l\0129nh v\1ef1c k\1ebf ho\1ea1ch, \0111\1ea7u t\01b0, t\00e0i ch\00ednh, ng\00e2n s\00e1ch, x\00e2y d\1ef1ng v\00e0 giao th\00f4ng.', 'Standing Vice Chairman', U&'Ph\00f3 Ch\1ee7 t\1ecbch Th\01b0\1eddng tr\1ef1c UBND t\1ec9nh', 3),
(371, NULL, U&'<p>Sinh n\0103m 1975, d\00e2n t\1ed9c T\00e0y. Tr\00ecnh \0111\1ed9: K\1ef9 s\01b0 N\00f4ng nghi\1ec7p.</p>', U&'N\00f4ng Thanh T\00f9ng', 'a41d16ba346e80bb6885b7df8e3c9b0e', 'nong-thanh-tung', 3, 1, NULL, 'pct.nongnghiep@caobang.gov.vn', NULL, '0206 3852 123', NULL, 'In charge of agriculture, environment, science and technology.', U&'Ph\1ee5 tr\00e1ch l\0129nh v\1ef1c n\00f4ng nghi\1ec7p, m\00f4i tr\01b0\1eddng, khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', 'Vice Chairman', U&'Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh', 3),
(373, NULL, U&'<p>Sinh n\0103m 1978, d\00e2n t\1ed9c Dao. Tr\00ecnh \0111\1ed9: Th\1ea1c s\0129 Qu\1ea3n l\00fd gi\00e1o d\1ee5c.</p>', U&'Tri\1ec7u Th\1ecb Mai', '2095ebbbcb165f2ae0ff891bacee677b', 'trieu-thi-mai', 4, 1, NULL, 'pct.vanhoa@caobang.gov.vn', NULL, '0206 3852 124', NULL, 'In charge of culture, social affairs, education, health and tourism.', U&'Ph\1ee5 tr\00e1ch l\0129nh v\1ef1c v\0103n h\00f3a, x\00e3 h\1ed9i, gi\00e1o d\1ee5c, y t\1ebf v\00e0 du l\1ecbch.', 'Vice Chairwoman', U&'Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh', 3);         
CREATE CACHED TABLE "PUBLIC"."OBLIGATION"(
    "ID" BIGINT NOT NULL,
    "ASSESSEDON" DATE,
    "DUEDATE" DATE NOT NULL,
    "FULFILLEDAT" TIMESTAMP,
    "KIND" CHARACTER VARYING(40) NOT NULL,
    "LATEBYWORKINGDAYS" INTEGER,
    "RESCHEDULENOTE" CHARACTER VARYING(500),
    "STATE" CHARACTER VARYING(12) NOT NULL,
    "STATUS" CHARACTER VARYING(12) NOT NULL,
    "SUBJECTID" BIGINT NOT NULL,
    "SUBJECTLINK" CHARACTER VARYING(300),
    "SUBJECTTITLE" CHARACTER VARYING(500) NOT NULL,
    "TRIGGERDATE" DATE NOT NULL,
    "TRIGGEREDAT" TIMESTAMP,
    "VERSION" BIGINT,
    "WORKINGDAYS" INTEGER NOT NULL,
    "RULE_ID" BIGINT,
    "UNIT_ID" BIGINT
);   
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5B" PRIMARY KEY("ID");   
-- 14 +/- SELECT COUNT(*) FROM PUBLIC.OBLIGATION;              
INSERT INTO "PUBLIC"."OBLIGATION" VALUES
(408, NULL, DATE '2014-01-24', TIMESTAMP '2014-01-24 01:00:00', 'legal-document', 0, NULL, 'FULFILLED', 'ON_TRACK', 407, '/admin/legal-documents.xhtml?id=407', U&'01/2014/Q\0110-UBND \2013 Ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', DATE '2014-01-22', NULL, 2, 2, 392, 4),
(434, NULL, DATE '2026-10-26', TIMESTAMP '2026-10-05 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 433, '/admin/hoi-dap/answers.xhtml', U&'HD-7T3H-GTF7 \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-03', TIMESTAMP '2026-10-03 02:00:00', 2, 15, 399, 29),
(440, NULL, DATE '2026-11-03', TIMESTAMP '2026-10-15 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 439, '/admin/hoi-dap/answers.xhtml', U&'HD-5DNS-ATFD \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-13', TIMESTAMP '2026-10-13 02:00:00', 2, 15, 399, 29),
(446, NULL, DATE '2026-11-09', TIMESTAMP '2026-10-20 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 445, '/admin/hoi-dap/answers.xhtml', U&'HD-NMYN-T7CM \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-18', TIMESTAMP '2026-10-18 02:00:00', 2, 15, 399, 29),
(452, NULL, DATE '2026-11-11', TIMESTAMP '2026-10-23 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 451, '/admin/hoi-dap/answers.xhtml', U&'HD-WTBB-64SH \00b7 Khoa h\1ecdc, c\00f4ng ngh\1ec7', DATE '2026-10-21', TIMESTAMP '2026-10-21 02:00:00', 2, 15, 399, 30),
(458, NULL, DATE '2026-11-16', TIMESTAMP '2026-10-27 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 457, '/admin/hoi-dap/answers.xhtml', U&'HD-YYXZ-JDQK \00b7 Th\00f4ng tin, truy\1ec1n th\00f4ng, d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn', DATE '2026-10-25', TIMESTAMP '2026-10-25 02:00:00', 2, 15, 399, 7),
(465, NULL, DATE '2026-11-23', TIMESTAMP '2026-11-04 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 464, '/admin/hoi-dap/answers.xhtml', U&'HD-CQB3-R2Q1 \00b7 Y t\1ebf, b\1ea3o hi\1ec3m y t\1ebf', DATE '2026-11-02', TIMESTAMP '2026-11-02 02:00:00', 2, 15, 399, 31),
(470, NULL, DATE '2026-11-18', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 469, '/admin/hoi-dap/answers.xhtml', U&'HD-FSDJ-DZWH \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-28', TIMESTAMP '2026-10-28 02:00:00', 1, 15, 399, 29),
(474, NULL, DATE '2026-12-11', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 473, '/admin/hoi-dap/answers.xhtml', U&'HD-EHH1-60FN \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-20', TIMESTAMP '2026-11-20 02:00:00', 1, 15, 399, 29),
(478, NULL, DATE '2026-12-16', NULL, 'qa-answer', NULL, 'qa progress notice HD-TYJ9-D657', 'OPEN', 'ON_TRACK', 477, '/admin/hoi-dap/answers.xhtml', U&'HD-TYJ9-D657 \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-12', TIMESTAMP '2026-11-12 02:00:00', 2, 15, 399, 29),
(483, NULL, DATE '2026-12-07', NULL, 'qa-answer', NULL, NULL, 'CANCELLED', 'ON_TRACK', 482, '/admin/hoi-dap/answers.xhtml', U&'HD-FME1-FA0C \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-16', TIMESTAMP '2026-11-16 02:00:00', 2, 15, 399, 29),
(485, NULL, DATE '2026-12-09', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 484, '/admin/hoi-dap/answers.xhtml', U&'HD-FME1-FA0C \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-18', TIMESTAMP '2026-11-18 02:00:00', 1, 15, 399, 31),
(506, NULL, DATE '2026-12-14', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 505, '/admin/hoi-dap/answers.xhtml', U&'HD-GT9S-YMPE-1 \00b7 \0110\1ea7u t\01b0, kinh doanh', DATE '2026-11-23', TIMESTAMP '2026-11-23 02:00:00', 1, 15, 399, 8),
(508, NULL, DATE '2026-12-14', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 507, '/admin/hoi-dap/answers.xhtml', U&'HD-GT9S-YMPE-2 \00b7 V\0103n h\00f3a, th\1ec3 thao, du l\1ecbch', DATE '2026-11-23', TIMESTAMP '2026-11-23 02:00:00', 1, 15, 399, 34);       
CREATE INDEX "PUBLIC"."IX_OBLIGATION_OPEN" ON "PUBLIC"."OBLIGATION"("STATE" NULLS FIRST, "ID" NULLS FIRST);    
CREATE INDEX "PUBLIC"."IX_OBLIGATION_UNIT" ON "PUBLIC"."OBLIGATION"("UNIT_ID" NULLS FIRST, "STATE" NULLS FIRST);               
CREATE CACHED TABLE "PUBLIC"."CATEGORY"(
    "ID" BIGINT NOT NULL,
    "CLAUSE" CHARACTER VARYING(20) NOT NULL,
    "CODE" CHARACTER VARYING(80) NOT NULL,
    "SORTORDER" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "DESCRIPTION_EN" CHARACTER VARYING(1000),
    "DESCRIPTION_VI" CHARACTER VARYING(1000),
    "NAME_EN" CHARACTER VARYING(300),
    "NAME_VI" CHARACTER VARYING(300) NOT NULL
);          
ALTER TABLE "PUBLIC"."CATEGORY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_31" PRIMARY KEY("ID");     
-- 14 +/- SELECT COUNT(*) FROM PUBLIC.CATEGORY;
INSERT INTO "PUBLIC"."CATEGORY" VALUES
(11, '5.1', 'to-chuc-bo-may', 1, 1, 'Administrative structure and map; nature, history, culture, heritage and landscapes; biographies and duties of the provincial leaders.', U&'T\1ed5 ch\1ee9c b\1ed9 m\00e1y h\00e0nh ch\00ednh, b\1ea3n \0111\1ed3 \0111\1ecba gi\1edbi h\00e0nh ch\00ednh; \0111i\1ec1u ki\1ec7n t\1ef1 nhi\00ean, l\1ecbch s\1eed, truy\1ec1n th\1ed1ng v\0103n h\00f3a, di t\00edch, danh th\1eafng; ti\1ec3u s\1eed v\00e0 nhi\1ec7m v\1ee5 c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh.', 'About the province and its administration', U&'Gi\1edbi thi\1ec7u chung v\00e0 t\1ed5 ch\1ee9c b\1ed9 m\00e1y'),
(12, '5.2', 'chi-dao-dieu-hanh', 2, 1, 'Directions of the provincial leaders; responses to petitions; awards and sanctions; the leaders'' work schedules.', U&'\00dd ki\1ebfn ch\1ec9 \0111\1ea1o, \0111i\1ec1u h\00e0nh c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh; \00fd ki\1ebfn x\1eed l\00fd ki\1ebfn ngh\1ecb c\1ee7a t\1ed5 ch\1ee9c, c\00e1 nh\00e2n; khen th\01b0\1edfng, x\1eed ph\1ea1t; l\1ecbch l\00e0m vi\1ec7c c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh.', 'Direction and administration', U&'Ch\1ec9 \0111\1ea1o, \0111i\1ec1u h\00e0nh'),
(13, '5.3', 'tin-tuc-su-kien', 3, 1, 'Political, economic, cultural and social news of the province, the country and the world.', U&'T\00ecnh h\00ecnh ch\00ednh tr\1ecb, kinh t\1ebf, v\0103n h\00f3a, x\00e3 h\1ed9i trong t\1ec9nh, trong n\01b0\1edbc v\00e0 qu\1ed1c t\1ebf.', 'News and events', U&'Tin t\1ee9c \2013 S\1ef1 ki\1ec7n'),
(14, '5.4', 'pho-bien-phap-luat', 4, 1, 'Explaining laws, regimes and policies and how to apply them.', U&'Tuy\00ean truy\1ec1n, ph\1ed5 bi\1ebfn, h\01b0\1edbng d\1eabn th\1ef1c hi\1ec7n ph\00e1p lu\1eadt, ch\1ebf \0111\1ed9, ch\00ednh s\00e1ch.', 'Legal dissemination and guidance', U&'Ph\1ed5 bi\1ebfn, h\01b0\1edbng d\1eabn ph\00e1p lu\1eadt'),
(15, '5.5', 'chien-luoc-quy-hoach', 5, 1, 'The province''s socio-economic strategy, orientation, master plans and development plans.', U&'Chi\1ebfn l\01b0\1ee3c, \0111\1ecbnh h\01b0\1edbng, quy ho\1ea1ch, k\1ebf ho\1ea1ch ph\00e1t tri\1ec3n kinh t\1ebf \2013 x\00e3 h\1ed9i c\1ee7a t\1ec9nh.', 'Strategy, planning and development plans', U&'Chi\1ebfn l\01b0\1ee3c, quy ho\1ea1ch, k\1ebf ho\1ea1ch'),
(16, '5.6', 'van-ban-phap-luat', 6, 1, 'Legal normative documents and the electronic Official Gazette.', U&'H\1ec7 th\1ed1ng v\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt v\00e0 C\00f4ng b\00e1o \0111i\1ec7n t\1eed.', 'Legal documents and e-Gazette', U&'V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt v\00e0 C\00f4ng b\00e1o'),
(17, '5.7', 'du-an-dau-tu', 7, 1, 'Projects, investment items, tenders and public procurement.', U&'Th\00f4ng tin v\1ec1 d\1ef1 \00e1n, h\1ea1ng m\1ee5c \0111\1ea7u t\01b0, \0111\1ea5u th\1ea7u, mua s\1eafm c\00f4ng.', 'Projects, investment, tenders and procurement', U&'D\1ef1 \00e1n, \0111\1ea7u t\01b0, \0111\1ea5u th\1ea7u, mua s\1eafm c\00f4ng'),
(18, '5.8', 'lay-y-kien-du-thao', 8, 1, 'Draft legal documents and policies published for comment, and the comments received.', U&'\0110\0103ng t\1ea3i v\00e0 ti\1ebfp nh\1eadn \00fd ki\1ebfn \0111\00f3ng g\00f3p v\1ec1 d\1ef1 th\1ea3o v\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt, ch\1ee7 tr\01b0\01a1ng, ch\00ednh s\00e1ch.', 'Draft documents for public comment', U&'L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o v\0103n b\1ea3n'),
(19, '5.9', 'lien-he-lanh-dao', 9, 1, 'Names, titles, units and official phone, fax and e-mail of the leaders of the Provincial People''s Committee.', U&'H\1ecd t\00ean, ch\1ee9c v\1ee5, \0111\01a1n v\1ecb c\00f4ng t\00e1c, s\1ed1 \0111i\1ec7n tho\1ea1i, fax, th\01b0 \0111i\1ec7n t\1eed ch\00ednh th\1ee9c c\1ee7a l\00e3nh \0111\1ea1o \1ee6y ban nh\00e2n d\00e2n t\1ec9nh.', 'Leaders'' contacts', U&'Th\00f4ng tin li\00ean h\1ec7 l\00e3nh \0111\1ea1o'),
(20, '5.10', 'thong-tin-giao-dich', 10, 1, 'Official address, phone, fax and e-mail for dealing with organisations and citizens.', U&'\0110\1ecba ch\1ec9, \0111i\1ec7n tho\1ea1i, fax, th\01b0 \0111i\1ec7n t\1eed ch\00ednh th\1ee9c \0111\1ec3 giao d\1ecbch v\1edbi t\1ed5 ch\1ee9c, c\00e1 nh\00e2n.', 'Portal contact information', U&'Th\00f4ng tin giao d\1ecbch c\1ee7a C\1ed5ng');  
INSERT INTO "PUBLIC"."CATEGORY" VALUES
(21, '5.11', 'dich-vu-cong', 11, 1, 'Administrative procedures and online public services.', U&'Th\1ee7 t\1ee5c h\00e0nh ch\00ednh v\00e0 d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn.', 'Online public services', U&'D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn'),
(22, '5.12', 'cong-thanh-phan', 12, 1, 'Procedure pages and websites of the departments, agencies, unions, communes and wards.', U&'Trang th\1ee7 t\1ee5c h\00e0nh ch\00ednh v\00e0 trang th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\00e1c s\1edf, ban, ng\00e0nh, \0111o\00e0n th\1ec3, x\00e3, ph\01b0\1eddng.', 'Sub-portals', U&'C\1ed5ng th\00f4ng tin th\00e0nh ph\1ea7n'),
(23, '5.13', 'khoa-hoc-cong-nghe', 13, 1, 'The province''s science programmes and research projects.', U&'Th\00f4ng tin v\1ec1 c\00e1c ch\01b0\01a1ng tr\00ecnh, \0111\1ec1 t\00e0i khoa h\1ecdc c\1ee7a t\1ec9nh.', 'Science programmes and research projects', U&'Ch\01b0\01a1ng tr\00ecnh, \0111\1ec1 t\00e0i khoa h\1ecdc'),
(24, '5.14', 'thong-ke', 14, 1, 'Statistics from surveys carried out under the Law on Statistics.', U&'Th\00f4ng tin th\1ed1ng k\00ea t\1eeb k\1ebft qu\1ea3 c\00e1c cu\1ed9c \0111i\1ec1u tra theo quy \0111\1ecbnh c\1ee7a Lu\1eadt Th\1ed1ng k\00ea.', 'Statistics', U&'Th\00f4ng tin th\1ed1ng k\00ea');   
CREATE CACHED TABLE "PUBLIC"."QA_DELEGATION"(
    "ID" BIGINT NOT NULL,
    "KIND" CHARACTER VARYING(20) NOT NULL,
    "RECORDEDAT" TIMESTAMP NOT NULL,
    "RECORDEDBY" CHARACTER VARYING(64) NOT NULL,
    "REFERENCE" CHARACTER VARYING(300) NOT NULL,
    "REVOKEDAT" TIMESTAMP,
    "REVOKEDBY" CHARACTER VARYING(64),
    "VALIDFROM" DATE NOT NULL,
    "VALIDUNTIL" DATE,
    "VERSION" BIGINT,
    "ACCOUNT_ID" BIGINT,
    "AGENCY_ID" BIGINT
);     
ALTER TABLE "PUBLIC"."QA_DELEGATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_1" PRIMARY KEY("ID"); 
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.QA_DELEGATION;            
INSERT INTO "PUBLIC"."QA_DELEGATION" VALUES
(429, 'HEAD', TIMESTAMP '2025-07-01 02:00:00', 'admin', U&'Quy\1ebft \0111\1ecbnh s\1ed1 512/Q\0110-UBND ng\00e0y 01/7/2025 c\1ee7a UBND t\1ec9nh b\1ed5 nhi\1ec7m Gi\00e1m \0111\1ed1c S\1edf T\01b0 ph\00e1p', NULL, NULL, DATE '2025-07-01', NULL, 1, 427, 29),
(430, 'DELEGATE', TIMESTAMP '2026-01-02 02:00:00', 'admin', U&'Gi\1ea5y \1ee7y quy\1ec1n s\1ed1 15/GUQ-STP ng\00e0y 02/01/2026 c\1ee7a Gi\00e1m \0111\1ed1c S\1edf T\01b0 ph\00e1p', NULL, NULL, DATE '2026-01-02', NULL, 1, 54, 29);           
CREATE CACHED TABLE "PUBLIC"."QA_QUESTION"(
    "ID" BIGINT NOT NULL,
    "ASKERTYPE" CHARACTER VARYING(20) NOT NULL,
    "BODY" CHARACTER VARYING(60000) NOT NULL,
    "EMAILDIGEST" CHARACTER VARYING(64),
    "ERASUREREQUESTEDAT" TIMESTAMP,
    "FLAGTERMS" CHARACTER VARYING(500),
    "FLAGGED" BOOLEAN NOT NULL,
    "LANGUAGE" CHARACTER VARYING(5) NOT NULL,
    "PARTNUMBER" INTEGER NOT NULL,
    "RECEIVEDAT" TIMESTAMP NOT NULL,
    "STATE" CHARACTER VARYING(20) NOT NULL,
    "TITLE" CHARACTER VARYING(2000) NOT NULL,
    "TRACKINGCODE" CHARACTER VARYING(30) NOT NULL,
    "VERSION" BIGINT,
    "ANSWERED_AT" TIMESTAMP,
    "ANSWERED_BY" CHARACTER VARYING(64),
    "ANSWER_AUTHORITY" CHARACTER VARYING(300),
    "ANSWER_TEXT" CHARACTER VARYING(20000),
    "ASKER_ADDRESS" CHARACTER VARYING(2500),
    "ASKER_EMAIL" CHARACTER VARYING(1000),
    "ASKER_ID_NUMBER" CHARACTER VARYING(500),
    "ASKER_NAME" CHARACTER VARYING(1000),
    "ASKER_NATIONALITY" CHARACTER VARYING(500),
    "ASKER_OCCUPATION" CHARACTER VARYING(1000),
    "ASKER_ORGANISATION" CHARACTER VARYING(1500),
    "ASKER_PHONE" CHARACTER VARYING(500),
    "ASKER_POSITION" CHARACTER VARYING(1000),
    "CONSENT_AT" TIMESTAMP NOT NULL,
    "CONSENT_VERSION" CHARACTER VARYING(40) NOT NULL,
    "CLOCK_START" TIMESTAMP,
    "DUE_DATE" DATE,
    "PROMISED_DATE" DATE,
    "ERASED_AT" TIMESTAMP,
    "ERASED_BY" CHARACTER VARYING(64),
    "ERASURE_REFERENCE" CHARACTER VARYING(300),
    "ERASURE_REQUESTER" CHARACTER VARYING(20),
    "PUBLIC_ANSWER" CHARACTER VARYING(20000),
    "PUBLIC_BODY" CHARACTER VARYING(20000),
    "PUBLISHED_AT" TIMESTAMP,
    "PUBLISHED_BY" CHARACTER VARYING(64),
    "SEARCH_TEXT" CHARACTER VARYING(42000),
    "PUBLIC_TITLE" CHARACTER VARYING(500),
    "REFUSAL_NOTE" CHARACTER VARYING(2000),
    "REFUSAL_REASON" CHARACTER VARYING(40),
    "REFUSED_AT" TIMESTAMP,
    "AGENCY_ID" BIGINT,
    "FIELD_ID" BIGINT,
    "PARENT_ID" BIGINT
);     
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_118" PRIMARY KEY("ID"); 
-- 17 +/- SELECT COUNT(*) FROM PUBLIC.QA_QUESTION;             
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(431, 'INDIVIDUAL', 'v1:PPob8fb/f7fI/XT3HQO0Cy3c0CqUm3uO7aHV2GO2le/6tlOYLuomVQq4mhrdg846zTelpfJDlhH3rxl/b5WfGlpA8xzi1dgZgu1GqXtPHPhKLm6Ttqm4tC2o5e9unzFbL1oYsF4aQrzmwe5nLBW2ZJyWIzcnyFPaCBhVWVGKiOdItRkOX2yvgjpKmksvjvv72Q9qKQYfLV+r0T0AzU1LWjeyjvWv9PM5uyszHGiBW+IPZ14utBrh0U3J+0RdjGePWt5MWHRC6v1wY59VdFvHLJQ2MCDATRkLcOGyKkaVDN8365GVv6bDHDHMQ8s2rMw15K/jKZrBwjOZxjnWZ/kRPBd9RQAmuFDdi/7PXgs=', 'icNIgoLf2EFCqejpYnSlLOboekF5E2rKoF2GIFnxEWI', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-03 02:00:00', 'PUBLISHED', 'v1:HNW9jqZTPmlT9Lsmyj6wubh1uV4zRVvk9RaiXNW6xOfNlvthn9sjzPXhefab/S4wnKLbd1MQwWPJIteqYlO+8OZ+yf89tSiz5t26qct6XjJ0UxFIP1NOUPDi5Qoia24bTA==', 'HD-7T3H-GTF7', 5, TIMESTAMP '2026-10-05 02:00:00', 'traloi-sotp', U&'DELEGATE \00b7 15/GUQ-STP', U&'Vi\1ec7c \0111\0103ng k\00fd khai sinh cho tr\1ebb kh\00f4ng ph\1ee5 thu\1ed9c v\00e0o vi\1ec7c cha m\1eb9 \0111\00e3 \0111\0103ng k\00fd k\1ebft h\00f4n hay ch\01b0a. Ng\01b0\1eddi \0111i \0111\0103ng k\00fd khai sinh n\1ed9p t\1edd khai theo m\1eabu v\00e0 gi\1ea5y ch\1ee9ng sinh t\1ea1i \1ee6y ban nh\00e2n d\00e2n c\1ea5p x\00e3 n\01a1i c\01b0 tr\00fa c\1ee7a ng\01b0\1eddi cha ho\1eb7c ng\01b0\1eddi m\1eb9. N\1ebfu ng\01b0\1eddi cha mu\1ed1n nh\1eadn con th\00ec k\1ebft h\1ee3p th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh v\00e0 nh\1eadn cha, con; khi \0111\00f3 c\1ea7n th\00eam v\0103n b\1ea3n ch\1ee9ng minh quan h\1ec7 cha con. Th\1eddi h\1ea1n gi\1ea3i quy\1ebft l\00e0 ngay trong ng\00e0y l\00e0m vi\1ec7c.', 'v1:D4SFm9dR7f4HvzGyGAgcBBDBKeM9GAnYnSuXSY0Cqj/5GA7a/siCy+EoPKNQCCQFc3DK6trDfxDF0RI=', 'v1:Q+FIaC7gxCn+Ay4lOm44wRcmrHE2ytBbDSSdOUI9vWi7VQdbmw9ilL6ehr/Tssk=', 'v1:HXNDYoW9nCklLZffTj7ngysr7bLgWcEcH1sO+UaI38gSwoMcs/zBlA==', 'v1:huEs7WcgyuqiQzAM71WLC4GKTZpRgH7aDoIGbBdZv0xMo9uGbifT2TsYcw==', 'v1:+ddM/ePI6tnicsdMvI7is+ZSvpBxbdZX5oURh3KNfYTtXlb0nbM=', 'v1:21m3CuEfPolenewyQppfdg2C9NcNJN8DsXbYvUh0yXqwXOANtAw=', NULL, 'v1:oX+xsdGxrNZ6pZIGDJHHCIMQ3rBm1uPeIeZwN0RK+Bmsk8meMnBzNg==', NULL, TIMESTAMP '2026-10-03 02:00:00', '2026.1', TIMESTAMP '2026-10-03 02:00:00', DATE '2026-10-26', NULL, NULL, NULL, NULL, NULL, U&'Vi\1ec7c \0111\0103ng k\00fd khai sinh cho tr\1ebb kh\00f4ng ph\1ee5 thu\1ed9c v\00e0o vi\1ec7c cha m\1eb9 \0111\00e3 \0111\0103ng k\00fd k\1ebft h\00f4n hay ch\01b0a. Ng\01b0\1eddi \0111i \0111\0103ng k\00fd khai sinh n\1ed9p t\1edd khai theo m\1eabu v\00e0 gi\1ea5y ch\1ee9ng sinh t\1ea1i \1ee6y ban nh\00e2n d\00e2n c\1ea5p x\00e3 n\01a1i c\01b0 tr\00fa c\1ee7a ng\01b0\1eddi cha ho\1eb7c ng\01b0\1eddi m\1eb9. N\1ebfu ng\01b0\1eddi cha mu\1ed1n nh\1eadn con th\00ec k\1ebft h\1ee3p th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh v\00e0 nh\1eadn cha, con; khi \0111\00f3 c\1ea7n th\00eam v\0103n b\1ea3n ch\1ee9ng minh quan h\1ec7 cha con. Th\1eddi h\1ea1n gi\1ea3i quy\1ebft l\00e0 ngay trong ng\00e0y l\00e0m vi\1ec7c.', U&'T\00f4i l\00e0 [\2026], sinh con n\0103m nay nh\01b0ng ch\01b0a \0111\0103ng k\00fd k\1ebft h\00f4n v\1edbi b\1ed1 ch\00e1u. Xin h\1ecfi c\00f3 l\00e0m gi\1ea5y khai sinh cho con \0111\01b0\1ee3c kh\00f4ng v\00e0 c\1ea7n nh\1eefng gi\1ea5y t\1edd g\00ec? S\1ed1 \0111i\1ec7n tho\1ea1i c\1ee7a t\00f4i l\00e0 [\2026].', TIMESTAMP '2026-10-06 02:00:00', 'thuky', U&'dang ky khai sinh cho con khi cha me chua dang ky ket hon\000atoi la [\2026], sinh con nam nay nhung chua dang ky ket hon voi bo chau. xin hoi co lam giay khai sinh cho con duoc khong va can nhung giay to gi? so dien thoai cua toi la [\2026].\000aviec dang ky khai sinh cho tre khong phu thuoc vao viec cha me da dang ky ket hon hay chua. nguoi di dang ky khai sinh nop to khai theo mau va giay chung sinh tai uy ban nhan dan cap xa noi cu tru cua nguoi cha hoac nguoi me. neu nguoi cha muon nhan con thi ket hop thu tuc dang ky khai sinh va nhan cha, con; khi do can them van ban chung minh quan he cha con. thoi han giai quyet la ngay trong ngay lam viec.', U&'\0110\0103ng k\00fd khai sinh cho con khi cha m\1eb9 ch\01b0a \0111\0103ng k\00fd k\1ebft h\00f4n', NULL, NULL, NULL, 29, 420, NULL),
(437, 'ORGANISATION', 'v1:ktLCSKrP7uyK2HUFuKgtIk3FsGqMkV1gq26X76+6AMxHxX6HX9/61pQ2tYRgvX6ePkyiNzkq/VZ0n15jalCasRLtMgycowFhOe2cxK4BjCNpiK9uCuEoMoFEfCfRuhRGD22aVkIvBPBi1u7arDs8qCT/oYvT9sSTUgT+Kr80g0CDbFdDg6kCvNRzc2UoqnvPw1hEuYp2CFexTEnkD3WqxVc999UWSpr6DJtt44BkXHVqNi8+tI8NZnTN2u/ZrRa1xEXwydPbTt1rCvyfQszkJoCR1r4zaYVE2bgB/iklL1u6sunPqDw1tSKV3obcgF+xlATnVFkFbBl4Pg0ZSvBK3uOu+ftuKRkpXXmjvGnrhoFS0mDy7Q==', 'AybhfgcxV8MVxisqQiki8rAJCmOj2AGAn2xKTiHWVDY', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-13 02:00:00', 'PUBLISHED', 'v1:Jv0W7csNBwSODqwpHn/m8a1eRcgMxSG81EM2bzRtl+jncru0Z6YpGl+wq0kgO4zKvASS/o5hMFf1CX/k5FWJcfDBJatUjqSd5ci1iJSQUESPbDedcVzWQswCuCJ9uOjgyCE1zhtOEupl7QPspKf9DU5SAA==', 'HD-5DNS-ATFD', 5, TIMESTAMP '2026-10-15 02:00:00', 'traloi-sotp', U&'DELEGATE \00b7 15/GUQ-STP', U&'Ng\01b0\1eddi y\00eau c\1ea7u ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh ph\1ea3i xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh gi\1ea5y t\1edd, v\0103n b\1ea3n l\00e0m c\01a1 s\1edf \0111\1ec3 ch\1ee9ng th\1ef1c b\1ea3n sao v\00e0 b\1ea3n sao c\1ea7n ch\1ee9ng th\1ef1c. Tr\01b0\1eddng h\1ee3p ch\1ec9 xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh th\00ec c\01a1 quan, t\1ed5 ch\1ee9c ti\1ebfn h\00e0nh ch\1ee5p t\1eeb b\1ea3n ch\00ednh \0111\1ec3 th\1ef1c hi\1ec7n ch\1ee9ng th\1ef1c. L\1ec7 ph\00ed ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh th\1ef1c hi\1ec7n theo quy \0111\1ecbnh c\1ee7a B\1ed9 T\00e0i ch\00ednh.', 'v1:4y4vFyEgdfODcTurkFPrxmJX+GJqHVMT6unr9goDmNxYbUQ7jJ4Oke/o9fU6Vrdj66+EvMnoWumRuvDq6jy8bZI/jn8tkoDNm3/v7kk=', 'v1:+5kx9Zwa8JFcudmpP5DyKP0QxsamAgjOzG1sWXVSQgstXT1qwvRu5IQ981etuw==', NULL, 'v1:Fu+eYtjmv3+CGKEO+fb/pwP1Xodn6ejsCeCz9g+UQjdtIkSDXa3Mc8UPN+A4GQ==', NULL, NULL, 'v1:Sizy/GIO9UePRuJYZaJW9ygbp5WUrC/3P2iJKuct1QgHPZ5Z67Lh7aQsPWX1f9nqYtF8LpMUG1xeVE/A4hrlpbfGb2s/pOylxim9', 'v1:9dkuDTrMKCv6CqlZN/bMVm26Ox9aDxC/vn+GbwvuAEx60dKCvJqKSOk=', 'v1:GPJjyAx9PAjCPx+ACl2KP+2H48vyMtC+ZLv9wCOsoD2fesieYstEcg==', TIMESTAMP '2026-10-13 02:00:00', '2026.1', TIMESTAMP '2026-10-13 02:00:00', DATE '2026-11-03', NULL, NULL, NULL, NULL, NULL, U&'Ng\01b0\1eddi y\00eau c\1ea7u ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh ph\1ea3i xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh gi\1ea5y t\1edd, v\0103n b\1ea3n l\00e0m c\01a1 s\1edf \0111\1ec3 ch\1ee9ng th\1ef1c b\1ea3n sao v\00e0 b\1ea3n sao c\1ea7n ch\1ee9ng th\1ef1c. Tr\01b0\1eddng h\1ee3p ch\1ec9 xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh th\00ec c\01a1 quan, t\1ed5 ch\1ee9c ti\1ebfn h\00e0nh ch\1ee5p t\1eeb b\1ea3n ch\00ednh \0111\1ec3 th\1ef1c hi\1ec7n ch\1ee9ng th\1ef1c. L\1ec7 ph\00ed ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh th\1ef1c hi\1ec7n theo quy \0111\1ecbnh c\1ee7a B\1ed9 T\00e0i ch\00ednh.', U&'C\00f4ng ty ch\00fang t\00f4i th\01b0\1eddng xuy\00ean ph\1ea3i ch\1ee9ng th\1ef1c b\1ea3n sao gi\1ea5y t\1edd cho kh\00e1ch h\00e0ng. Khi ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh, ng\01b0\1eddi y\00eau c\1ea7u c\00f3 b\1eaft bu\1ed9c xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh kh\00f4ng, v\00e0 l\1ec7 ph\00ed l\00e0 bao nhi\00eau?', TIMESTAMP '2026-10-16 02:00:00', 'thuky', U&'chung thuc ban sao tu ban chinh co can xuat trinh ban chinh khong?\000acong ty chung toi thuong xuyen phai chung thuc ban sao giay to cho khach hang. khi chung thuc ban sao tu ban chinh, nguoi yeu cau co bat buoc xuat trinh ban chinh khong, va le phi la bao nhieu?\000anguoi yeu cau chung thuc ban sao tu ban chinh phai xuat trinh ban chinh giay to, van ban lam co so de chung thuc ban sao va ban sao can chung thuc. truong hop chi xuat trinh ban chinh thi co quan, to chuc tien hanh chup tu ban chinh de thuc hien chung thuc. le phi chung thuc ban sao tu ban chinh thuc hien theo quy dinh cua bo tai chinh.', U&'Ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh c\00f3 c\1ea7n xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh kh\00f4ng?', NULL, NULL, NULL, 29, 420, NULL);       
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(443, 'INDIVIDUAL', 'v1:ecOW9+F5Ma6t/b+78u6o5e7UOkPVf0ZQzVkpiTS6X/ugaAV58FO2N/rMQ+5Nugvyskas2tyMdqIeX/PP6WMWkNNkTSEfyldI8iUKTd9AlrnEHiCCkzWOjHvVNtF1L4tx3WJdGTwuFepGOSgn9KtHQHz/5oAyt9A7ULMMge4qx1MYc0qryhUSV11kEAEzWSXrMFKqDVNEZA==', 'Tf9ihSWYPmzi1OP7pLombAyq7eP_DJvc_yHVBeBSgxc', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-18 02:00:00', 'PUBLISHED', 'v1:/Mnt6QpL6WeK0GWNTXNUyY3RDZ9WsN6wS1JEjo2MpBjr92X5xzButtM9Pvwtsgng7jFEdreBGItKzhwg1GnVnl4ywqQ+qAN/30Kn', 'HD-NMYN-T7CM', 5, TIMESTAMP '2026-10-20 02:00:00', 'traloi-sotp', U&'DELEGATE \00b7 15/GUQ-STP', U&'Th\1eddi h\1ea1n c\1ea5p Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p kh\00f4ng qu\00e1 10 ng\00e0y k\1ec3 t\1eeb ng\00e0y nh\1eadn \0111\01b0\1ee3c y\00eau c\1ea7u h\1ee3p l\1ec7. Tr\01b0\1eddng h\1ee3p ng\01b0\1eddi \0111\01b0\1ee3c c\1ea5p phi\1ebfu l\00e0 c\00f4ng d\00e2n Vi\1ec7t Nam \0111\00e3 c\01b0 tr\00fa \1edf nhi\1ec1u n\01a1i ho\1eb7c c\00f3 th\1eddi gian c\01b0 tr\00fa \1edf n\01b0\1edbc ngo\00e0i, th\1eddi h\1ea1n kh\00f4ng qu\00e1 15 ng\00e0y.', 'v1:QeFM1JKIeVfBVokad3VJElvXTEgMo+6ZktWzX26UyCg6jJapUh0M4Ei5Rm/z706wHIqtmogmED9/CSlt', 'v1:PP3hA+Ub+zQGBEZwCplrfnfJatUM94QA0NfoDGLdIKH+kKSCb9K9sqpucj1EiYU=', 'v1:tj7FSkWR00CKQxgtuaN7tT4DHpmBq1fOqGo+ohtKqHif6hrv+P7Jpg==', 'v1:dM13x6ypFvxhp4PTKN6fdaW1mVU/NpB1PP65xd0SWbZ9VHa8FU07TW40jg==', 'v1:nCuebblXMKCx6TNfDI83kRNCVfyjnkNGTtv2agJ0hvclIOgjN2g=', 'v1:68eBUaHVBSt2laIHSdIQw91yGs6quDR5viPYNSBHH12WClmb', NULL, 'v1:kJpc6tPYCHpK9pG6JeWUIBdpViG+3ctcph0166uA0ibB0rHzHyQn3g==', NULL, TIMESTAMP '2026-10-18 02:00:00', '2026.1', TIMESTAMP '2026-10-18 02:00:00', DATE '2026-11-09', NULL, NULL, NULL, NULL, NULL, U&'Th\1eddi h\1ea1n c\1ea5p Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p kh\00f4ng qu\00e1 10 ng\00e0y k\1ec3 t\1eeb ng\00e0y nh\1eadn \0111\01b0\1ee3c y\00eau c\1ea7u h\1ee3p l\1ec7. Tr\01b0\1eddng h\1ee3p ng\01b0\1eddi \0111\01b0\1ee3c c\1ea5p phi\1ebfu l\00e0 c\00f4ng d\00e2n Vi\1ec7t Nam \0111\00e3 c\01b0 tr\00fa \1edf nhi\1ec1u n\01a1i ho\1eb7c c\00f3 th\1eddi gian c\01b0 tr\00fa \1edf n\01b0\1edbc ngo\00e0i, th\1eddi h\1ea1n kh\00f4ng qu\00e1 15 ng\00e0y.', U&'T\00f4i c\1ea7n phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p \0111\1ec3 xin vi\1ec7c. N\1ed9p h\1ed3 s\01a1 t\1ea1i S\1edf T\01b0 ph\00e1p th\00ec bao l\00e2u \0111\01b0\1ee3c c\1ea5p?', TIMESTAMP '2026-10-21 02:00:00', 'thuky', U&'thoi han cap phieu ly lich tu phap\000atoi can phieu ly lich tu phap de xin viec. nop ho so tai so tu phap thi bao lau duoc cap?\000athoi han cap phieu ly lich tu phap khong qua 10 ngay ke tu ngay nhan duoc yeu cau hop le. truong hop nguoi duoc cap phieu la cong dan viet nam da cu tru o nhieu noi hoac co thoi gian cu tru o nuoc ngoai, thoi han khong qua 15 ngay.', U&'Th\1eddi h\1ea1n c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p', NULL, NULL, NULL, 29, 420, NULL),
(449, 'ORGANISATION', 'v1:ZqSVSJRkAR9pitU2SEND5ufAQyEjfdDfee3giz5BsGPVjlsuQPoMHh8+1D1dmbhh51HqpdYyHDniqWssYjWLC3RzcUhJfRUN6rUFAkI/9DU3lhc/XVr4x2Rny6HCS9geijHJ7em2WMTBQjJ/lcJjO6Doou9fBElmg61/Fd8xZRj7b88MIQfSuTtOPEapXqXKLWJrbI9q31Qsru0HJV1XIOI+shQT6eIzvHveC6aLBosb2x4niI3PVolrtOFipmCaDOlGCztKPJcSV+vle5ecZ7G5HLc6JJXco6A7G9is', '2YCey1739NI3_zhPD2n2YuAX32wGvC1aDll82lZGbPk', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-21 02:00:00', 'PUBLISHED', 'v1:t07uU33WmyzRF0ux87/hTE/8KP2dQKNgJCMYh195+ovQukQ791VPa1lnNQ64v9lAo6XaRmFWVKWqlQIsmZKhXwHEsTOQXRqXXnZefl4WD3vMvfWTqZaZqJGIzB6KGQ==', 'HD-WTBB-64SH', 5, TIMESTAMP '2026-10-23 02:00:00', 'demo', 'HEAD', U&'Doanh nghi\1ec7p kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o \0111\01b0\1ee3c xem x\00e9t h\1ed7 tr\1ee3 \0111\00e0o t\1ea1o, t\01b0 v\1ea5n v\1ec1 s\1edf h\1eefu tr\00ed tu\1ec7, khai th\00e1c v\00e0 ph\00e1t tri\1ec3n t\00e0i s\1ea3n tr\00ed tu\1ec7 theo \0110\1ec1 \00e1n h\1ed7 tr\1ee3 h\1ec7 sinh th\00e1i kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o qu\1ed1c gia. \0110\1ea7u m\1ed1i ti\1ebfp nh\1eadn t\1ea1i t\1ec9nh l\00e0 S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7, s\1ed1 032 \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, \0111i\1ec7n tho\1ea1i 0206 3852 133.', 'v1:huTY46ezeHtYJAJvLSiEG+nCS1r2Q/fvlFc+Uc72Yvi1VKAC7pVsr/hIZWSYPvRsn95f4oCQ704cIgWJqR+Hvghf/347KOL0hw8HSFsoQKB5Ndz0rR8gQg==', 'v1:LICkG/HPwp+1hU82jteDfayxm99b/A4ZApNqNuRia4DFca1zr2j5ZFHAoH8=', NULL, 'v1:3Z1DiPCOdyzQlRZWIxVAh8BNohXqYijPAJEz+F5G+pHy+1WkyoiFdwg=', NULL, NULL, 'v1:BxTZu1Av2RX/DsxYLKqxYVlb8M/QdecIn8mV9gkmbFxnfzgpSfeB8594bDTKJtIhAl02oxkXDMkdSNlNurzVMYt3v9P4xRDd7c9tpF1XBOA=', 'v1:LFw5Ytc1XHa/BHNM26VlR1ttnUN2I/w5nfUnZu3R3OLPkxTtT7Q6UQ==', 'v1:TnNMQz032+vuLDR1JMApOt4V6NuKe0xTwaQFprTgpkwGNp2vWxXdag==', TIMESTAMP '2026-10-21 02:00:00', '2026.1', TIMESTAMP '2026-10-21 02:00:00', DATE '2026-11-11', NULL, NULL, NULL, NULL, NULL, U&'Doanh nghi\1ec7p kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o \0111\01b0\1ee3c xem x\00e9t h\1ed7 tr\1ee3 \0111\00e0o t\1ea1o, t\01b0 v\1ea5n v\1ec1 s\1edf h\1eefu tr\00ed tu\1ec7, khai th\00e1c v\00e0 ph\00e1t tri\1ec3n t\00e0i s\1ea3n tr\00ed tu\1ec7 theo \0110\1ec1 \00e1n h\1ed7 tr\1ee3 h\1ec7 sinh th\00e1i kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o qu\1ed1c gia. \0110\1ea7u m\1ed1i ti\1ebfp nh\1eadn t\1ea1i t\1ec9nh l\00e0 S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7, s\1ed1 032 \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, \0111i\1ec7n tho\1ea1i 0206 3852 133.', U&'Doanh nghi\1ec7p kh\1edfi nghi\1ec7p c\1ee7a ch\00fang t\00f4i c\00f3 \0111\01b0\1ee3c nh\00e0 n\01b0\1edbc h\1ed7 tr\1ee3 kinh ph\00ed \0111\00e0o t\1ea1o, t\01b0 v\1ea5n s\1edf h\1eefu tr\00ed tu\1ec7 kh\00f4ng? \0110\1ea7u m\1ed1i ti\1ebfp nh\1eadn l\00e0 c\01a1 quan n\00e0o?', TIMESTAMP '2026-10-24 02:00:00', 'thuky', U&'ho tro doanh nghiep khoi nghiep doi moi sang tao\000adoanh nghiep khoi nghiep cua chung toi co duoc nha nuoc ho tro kinh phi dao tao, tu van so huu tri tue khong? dau moi tiep nhan la co quan nao?\000adoanh nghiep khoi nghiep doi moi sang tao duoc xem xet ho tro dao tao, tu van ve so huu tri tue, khai thac va phat trien tai san tri tue theo de an ho tro he sinh thai khoi nghiep doi moi sang tao quoc gia. dau moi tiep nhan tai tinh la so khoa hoc va cong nghe, so 032 duong hoang dinh giong, dien thoai 0206 3852 133.', U&'H\1ed7 tr\1ee3 doanh nghi\1ec7p kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o', NULL, NULL, NULL, 30, 423, NULL);   
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(455, 'INDIVIDUAL', 'v1:RWBt8cgtxCh4kqiJy/2wMXRi0jMLOWMcKM5/kdhgc1vLzvjnLP3o73QKegrUev81bOmRfv/KRl/geC7adjdqtYgVgA6+sjLmt9GBUlme9kBDzF34gNllV+n5Xy3qcpaMgBE23gW9ydMyx5xe/mzPOw6iC9eqmyCad6Wo3ZGq+Vkl/vwbTuwKAmOCPC5EY0bKMDK8qg0itVSFzGV5trWaJu9ttKkv2xqzYKcdFUvigSeeqmrZdy4tvkzrgBgQQuXXEP1sDFDPDAI4', NULL, NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-25 02:00:00', 'PUBLISHED', 'v1:dyBq4CYF6Y9O2O0pHHNYIXkHvImhYrrlQHPvPiYUii8Q1yLftiQo+LZJq4nw5xHhCskWHGRXxoFFva6Bkje/VH/Cm7A68ds8/p6q9Q1QX8NNtcvQy6DWoomr', 'HD-YYXZ-JDQK', 5, TIMESTAMP '2026-10-27 02:00:00', 'demo', 'HEAD', U&'Theo Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh, \00fd ki\1ebfn tr\1ea3 l\1eddi c\1ee7a c\00e1c c\01a1 quan, \0111\01a1n v\1ecb tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p ch\1ec9 c\00f3 \00fd ngh\0129a tham kh\1ea3o, kh\00f4ng ph\1ea3i l\00e0 c\01a1 s\1edf ph\00e1p l\00fd \0111\1ec3 gi\1ea3i quy\1ebft c\00e1c quan h\1ec7 d\00e2n s\1ef1, v\00e0 vi\1ec7c h\1ecfi, tr\1ea3 l\1eddi kh\00f4ng b\1ecb \0111i\1ec1u ch\1ec9nh b\1edfi Lu\1eadt Khi\1ebfu n\1ea1i, Lu\1eadt T\1ed1 c\00e1o.', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-10-25 02:00:00', '2026.1', TIMESTAMP '2026-10-25 02:00:00', DATE '2026-11-16', NULL, TIMESTAMP '2026-10-29 02:00:00', 'thuky', U&'\0110\1ec1 ngh\1ecb c\1ee7a ng\01b0\1eddi h\1ecfi qua th\01b0 \0111i\1ec7n t\1eed', 'ASKER', U&'Theo Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh, \00fd ki\1ebfn tr\1ea3 l\1eddi c\1ee7a c\00e1c c\01a1 quan, \0111\01a1n v\1ecb tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p ch\1ec9 c\00f3 \00fd ngh\0129a tham kh\1ea3o, kh\00f4ng ph\1ea3i l\00e0 c\01a1 s\1edf ph\00e1p l\00fd \0111\1ec3 gi\1ea3i quy\1ebft c\00e1c quan h\1ec7 d\00e2n s\1ef1, v\00e0 vi\1ec7c h\1ecfi, tr\1ea3 l\1eddi kh\00f4ng b\1ecb \0111i\1ec1u ch\1ec9nh b\1edfi Lu\1eadt Khi\1ebfu n\1ea1i, Lu\1eadt T\1ed1 c\00e1o.', U&'C\00e2u tr\1ea3 l\1eddi c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc \0111\0103ng tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p c\00f3 \0111\01b0\1ee3c d\00f9ng l\00e0m c\0103n c\1ee9 \0111\1ec3 gi\1ea3i quy\1ebft tranh ch\1ea5p d\00e2n s\1ef1 kh\00f4ng?', TIMESTAMP '2026-10-28 02:00:00', 'thuky', U&'cau tra loi tren cong co gia tri phap ly khong?\000acau tra loi cua co quan nha nuoc dang tren chuyen muc hoi \2013 dap co duoc dung lam can cu de giai quyet tranh chap dan su khong?\000atheo quy che quan ly, hoat dong va cung cap thong tin tren cong thong tin dien tu tinh, y kien tra loi cua cac co quan, don vi tren chuyen muc hoi \2013 dap chi co y nghia tham khao, khong phai la co so phap ly de giai quyet cac quan he dan su, va viec hoi, tra loi khong bi dieu chinh boi luat khieu nai, luat to cao.', U&'C\00e2u tr\1ea3 l\1eddi tr\00ean C\1ed5ng c\00f3 gi\00e1 tr\1ecb ph\00e1p l\00fd kh\00f4ng?', NULL, NULL, NULL, 7, 425, NULL),
(462, 'INDIVIDUAL', 'v1:PveE55mTR77t2T1wNcNytvZbKS42YH2SW1/TirgE/kkCOMj6QYCUUk+cTo3RZmZZq4FmVPLdXrhz8mx5ZH2dnr0PEXgduMwFqlUHdRrmAHfz3UMeVTVt1KpTVyTFhCCJ0LssCqkpA8TiUXSaW9pWc0KzR9WaxyhzDwuFxy8HL2pmpUN06/u9PVQc2CYK5La+ZBpQZbeNhr/X1gnXHGoBkSrbssgDwZdszLvOBYqAWv+CCl0R1lSwqO1HgWZ5GN75MI6SebDaXVSWlGgvJtcntu7RLK9II8biLoKeBvFIhT0=', 'Urlp6o075ryiPY-5WI0RusptPyI9jgu1q5K9JQGX-aY', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-02 02:00:00', 'ANSWERED', 'v1:v6E+SIhThXsSzKN0Z/S5bUt8L7P5LqdA/JG0UL3XtlfRrM/KZlR39sI9wLI96kG+pe+un6oAKRx5HDWzZ717wgdm9Q==', 'HD-CQB3-R2Q1', 4, TIMESTAMP '2026-11-04 02:00:00', 'demo', 'HEAD', U&'Ng\01b0\1eddi tham gia b\1ea3o hi\1ec3m y t\1ebf theo h\1ed9 gia \0111\00ecnh \0111\00f3ng theo ph\01b0\01a1ng th\1ee9c gi\1ea3m d\1ea7n: ng\01b0\1eddi th\1ee9 nh\1ea5t \0111\00f3ng b\1eb1ng 4,5% m\1ee9c l\01b0\01a1ng c\01a1 s\1edf; ng\01b0\1eddi th\1ee9 hai, th\1ee9 ba, th\1ee9 t\01b0 \0111\00f3ng l\1ea7n l\01b0\1ee3t b\1eb1ng 70%, 60%, 50% m\1ee9c \0111\00f3ng c\1ee7a ng\01b0\1eddi th\1ee9 nh\1ea5t; t\1eeb ng\01b0\1eddi th\1ee9 n\0103m tr\1edf \0111i \0111\00f3ng b\1eb1ng 40% m\1ee9c \0111\00f3ng c\1ee7a ng\01b0\1eddi th\1ee9 nh\1ea5t.', 'v1:gITqSsTJdQJk35dI/QUcf5CNzexXbl3rJRVHBcVU8k9GMb5GJlBLSATGuzAihCe2rWysfEEUbvG1PgWZhzdKaLnomfUnQceCGr4jv6zCV3GWJg==', 'v1:/s5WheqwkWFpPmPz+udwF2pkPluhT99cETVtnASnEMFzrQ8ASqEy76B5rGXarspAZw==', 'v1:mRHZM9PcKtoDXbii/OguhWXX857CK9v0fiMsv+4TCFVgEPjuwTNdAw==', 'v1:BEwUTDqNOBM4dzoWI+f620sUm4MwhCZt0oGikDvJT7eUU+MEYUehmt3pRRlL', 'v1:GshWjZwQ6vRlw0rrru3NgcCAAFT5WL+TTX2rb44ME3K1G7Mf+Mc=', 'v1:oszdw7WG3R93XWtEQ79aY2AU/pu2zVo9Vethnq4z/irIuY5l+cs=', NULL, 'v1:uT//fXv/RiDXM4xSSP32w4+eoapBCqYaQUEkLbyN1nBqWrsDqIub5w==', NULL, TIMESTAMP '2026-11-02 02:00:00', '2026.1', TIMESTAMP '2026-11-02 02:00:00', DATE '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 31, 421, NULL); 
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(467, 'INDIVIDUAL', 'v1:PfeGIst6XNHQam65wBkv6/NLMPcXaUhev5NE6rH6UuLPs1M8rL9MkS1WWUDN15jQepF4E2nNSfNzHKDvVIGIaY0h7Icqbv8xelAiiR0CoaDWtrZsFs5BZJSHo7g6Z+icIawXQ4G9FBbLtb8TGC5Mmr94EFfXbKh3j0xYCNOg2b3hAZaRb+ArWvxIkXw35tOmJWcY4CbFikS9zpCXEr8bvVfGdMI4MXFH6dkyQg==', 'kGjwpBubv7B59KqJZfAfuv_KvOY5i-_p5g8GUhLukd0', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-28 02:00:00', 'ROUTED', 'v1:qLGjtZKt+8+WQGE5ylX5KNw+ksPe08rsgC53b6IIYtVl+bGr70ZElq7V+NbC10elCfw3YCkMiIFc4UHxnfFsI7JnKQIYONslZ8SM7eLKooEW+A==', 'HD-FSDJ-DZWH', 3, NULL, NULL, NULL, NULL, 'v1:zIYq8jbXJD3jL7R7lQCdTf2GZEa+Zqikqqz7kUX/g6zhAKNv0MfCKmBJdN5tAWSRDyhwUTl3SIyPQ5ryoPTO', 'v1:rEAn9kOhpfl3j352mz84cLvI2D3vAhgdR0XuSOgG4fG42KPlUMHzyF8lJKbVZio=', 'v1:pJXNcC975dl0GqUdZqnFIV8c8jhRvmWPYxa9TvlSKXRM+vHtxD4IUg==', 'v1:LQDex5PBNSrcV8aKgkofXAIZE0efl5+0iLziRtn8HNOKp+GMPfyl21v0', 'v1:OGaV1L8PQwt3gqSYJXYYNqKifp3KWNmOOnI30OxGz9ku7DzAyVI=', 'v1:Ed4o8HwGtB+Yw/6/xBo4uLDA+w50sqc8CpVAR1A7R5LBXSNMMFKe', NULL, 'v1:vNwTI7zRf1h+Ce4xsEom3fzzI9OFrabvr/L0sBJr288Kn6fGo9La8Q==', NULL, TIMESTAMP '2026-10-28 02:00:00', '2026.1', TIMESTAMP '2026-10-28 02:00:00', DATE '2026-11-18', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 29, 420, NULL),
(471, 'INDIVIDUAL', 'v1:4wfmeAhXuSbAc8AyU7mSmBbB/u1dufulvdIpcq5hCnPBD7hiSPlzovu99aziUST4U7/6XU7QWRgi5gLVtGquNVfmxclSIUUxIR15Raddc8PkMGSWlWEECPcCuMeT2UFPgVa8waO+JgUo4nlhE9O3gMal3iRiEwWduGTbUMFJ/oKmEabYLdX+TP8i8o6o2KNjtqXUTh+z1U60HA==', 'kQLu1KZL0gGSsz0Xqlb2uHnouftbWuVTsBhMfnWKaVM', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-20 02:00:00', 'ROUTED', 'v1:iN+z4CrtSIjgF2RdbRPl9fSuvBrJJF4xX+CaLRddR9eUqd7k0DLWb1nJQDSso7SOEZe71hx30Sj/GN+Mkw==', 'HD-EHH1-60FN', 3, NULL, NULL, NULL, NULL, 'v1:IZTHgzsbpCP8ixmyoUAocFTRjLOEaUpZ8+u3+OPqvKGrYTzfhtFQrvn8d/eQxMnO2LdgASbVS7g=', 'v1:Jv/RJwqElzvOGggSdSAEW3S07fpoinokkb3xB/1QQ1CzTOCAXSsYo3/bZy8WaA==', 'v1:edH/NoWkdd13mpJNaa0IeG5v4QIen+SNFGHk6jXftiIvP6QdRjy8zA==', 'v1:7J7VeH6xGFhnGfitCaS8JMeGVxYKqJzGFrJN1Fu4it4YjCYlCPxpX80=', 'v1:mMkC7rvcUVFNZ8I1t2+DJrCRpLNGG3RLQf4J2fGyHTqXMIjv2mE=', 'v1:TsEmWO6YPwQDVXANkLMmqqwGEd3q5+1gGeXwfVoWuqTCubmldau+', NULL, 'v1:rAepLk8JBmZUN7mOqtOU5YZLZDO7Y+vEW3LvJOsp5TuBqGBnwhpyFA==', NULL, TIMESTAMP '2026-11-20 02:00:00', '2026.1', TIMESTAMP '2026-11-20 02:00:00', DATE '2026-12-11', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 29, 420, NULL),
(475, 'INDIVIDUAL', 'v1:3xwl5Kel2jYNyAKyG/G9D5I3GmX//ilXDK2U3z2orVr3jGsgqWwUQv42C5wUQHZkQipV4y/sQJN5CUOzIw6NDkvfr0mE27K/rdZn6ixGdSpU0YzzBvAogRKzDkZbUBAIYlMQmNyHQLaMtqkgo5KOB0iAnin5g+4ht+o8wh2C5ZXSRm499iggMJwquo2YzBwdUPt7M7gWuyA1uCcbZlcgndzZKlEiS/K9YYbP7WKhtbpRFnHbexkZOWdnFBN+Gfe065+b', 'BjrxS6feqqoZFKHCwHWMcX5DK0-COzgYPQQmXVSjMZM', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-12 02:00:00', 'ROUTED', 'v1:bAs2NlV6QMGmHShNCjo4aA98nOFcOpWysaAasDnkUKospwR41GlrIePMU+AcKm1x2foDgAdNa1emGIlh6aNxVy2luhJuDVxKiWX3SydimTdk+M0=', 'HD-TYJ9-D657', 4, NULL, NULL, NULL, NULL, 'v1:xjvGCqgd8cHtdbXXeF2QSy7lL2YIGUTs+sgAH3+LavE+49FjZOn3GpgaEpaePRBQqBqLZKWrc3zdmniK3J4T', 'v1:TUgKedHaRR3hx1PAzQw0aNvm7uvkLMMoGPql1yMkxEVdoc4/6LZpMyA+qE4z6g==', 'v1:JclSQh2BWql26S5EYnA+qcnok2npTs733KW9H7Ulr/4juyx6f1RBzw==', 'v1:4Ki04xPXASngQ3bNno1HPmoxflEyH3ylIVx6MUlzOKI7xFfmRuc5aRJR', 'v1:WksSuwdcxYQ7Owx9Hph5KELjwFPL+InCnRyMocUGi6EV088uz3E=', 'v1:X/wYSy0XtFlXHXqRyfVAuzSI1AflZ/5trVcQJmsQvbnmTDCBeg==', NULL, 'v1:/zv90HY4C6CLv9x8olJCp+ivay1XGQybPc+tAzvFV0sF8KXVvbsyBg==', NULL, TIMESTAMP '2026-11-12 02:00:00', '2026.1', TIMESTAMP '2026-11-12 02:00:00', DATE '2026-12-03', DATE '2026-12-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 29, 420, NULL),
(480, 'INDIVIDUAL', 'v1:zIwA6ehFO38zZ29B4UlR+nGonNnfGX//Veh1OMaBir2F4fRfwPoG04aCdgRCCG30+Tt7eT8A7/QYutVhkkoNDHgmRf5okivRPVcjmjhbRRnIIgmPjiXM9pknuDfvPIi6FCnwfTuzLRldaJUVxCywzlcMfomCA7Pnch7G9LYWmpkp2vU7sMcDgaBfzaBiYIsEiYW2/41/', 'saXVlVL_fW3hLfQTT7rk5QeRfLZGIXMU5C0kZ6f5NJU', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-16 02:00:00', 'ROUTED', 'v1:FVo4NE8mmeJbc42gawDEhRIteyW8Jlc9Z3GYLVHeyKrjdAATlYtSKRTpUiLBlRiFZBMCOZ4m8C6pUdyeQj1k6yh13MxYxplW8pg=', 'HD-FME1-FA0C', 5, NULL, NULL, NULL, NULL, 'v1:m/270X2fqAn6kR4mVqhrG9dmgFlMLFNV3nY0b5RJR+FovW06pm1Cz4MsGmPMA9Z8jWDo1rYZ5+WSTV4=', 'v1:WTZQAoFzOtVjP9Bu7mm1SbbSk7zbnmbX+egV0GdLY1fJydjmulRQSk2RXPpRFuE=', 'v1:PjBMxqnqf0Za/o/2eYikOXbgpapRzWEW+OQbJ70EkFWfkGxTtcayrA==', 'v1:MtRcaBI5uNcJV8yXzt9iUT2RA+yI24o/VmpBf97MlzmCWbvODzMhlWAH7Q==', 'v1:7VjN6tciJkTQn8mmw0BWxXqRhxzLGGEPoj2hNSR1mK3HxcacyuA=', 'v1:Z0vHayG65Yq62UZPWOgo7bXkOTRtIVl2mLHgvYNm/v3PLOOxOyPG', NULL, 'v1:mpsJ4feJHKTmez0lmTTxSM+5SJ/bHO4H60YVrbp7DrkSik60s9g2tw==', NULL, TIMESTAMP '2026-11-16 02:00:00', '2026.1', TIMESTAMP '2026-11-18 02:00:00', DATE '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 31, 420, NULL);         
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(486, 'INDIVIDUAL', 'v1:ZQekAKLlgjRhcBD6uIVXbD9DsvHGq16ut2rvctsaauUGxxizZV+cPqYmTDsHnA9wUvSnDFeCtMqSxm9kumWNHXyALvvRlkucIwe5Uy+T0gogO10PrOsRIeN8dasq1HaoWBkFhpm8HNHETO6eDDEBXFamfGpUphIuSuUBNQD2mdzKidsF9xazkbs=', 'GNEoWEnatwHuHPZri3k-tNgzSknN94WBP6dSQ4qtduA', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-29 02:00:00', 'RECEIVED', 'v1:lM5eHvV9O6zHOTn5bNmpA4TR7575vavNIpcRBAiB3GSMwyUo7YPzGs88XQJBv0nCdZxOhTiNKFOMKrz4q30cB5rjnL61hjy5khAc', 'HD-Y8SP-14HB', 1, NULL, NULL, NULL, NULL, 'v1:y32vi4BMo/nafGw/dYIUv3QBmZm5Uj42OVITNfvnLXxrIs8eHg52cmMF0gchLda2h+11vOa6pW6hXD/QtOX5mQ==', 'v1:mQA4rcfPiZVlNn9xKEfVQuBJ8sRP6bDaEjsLl3BV7JQUrJopvPz5C3rh5uCfmi40jA==', 'v1:cO/10Sl5lTRv1nRAbQhm3ohFTO5WFhWKQF3s6qKI3NyO6KraJpoUnA==', 'v1:xPc5Jsw9W3P5m5UFLItyv92ir/zOUf4vpohRZ9Jf9x4pydBazbB9myXQl/4=', 'v1:kHsy8psDa1HDiy8CfzjVQKkMzzxG0yCRhsSR/dy+vQtt0eaFQDc=', 'v1:BvJJ25wasbxoQMu4UwJMVQ2pB6m5/3smP/3TkfQiiOmSSvcSE6E=', NULL, 'v1:o8//CuCWQjwLnp86LZao0Gs9mQccOg3zR3+XszjAHB0GBn8eL/l0Sg==', NULL, TIMESTAMP '2026-11-29 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 419, NULL),
(488, 'INDIVIDUAL', 'v1:rdCbzmAcU71Qwm53oCRTc9Ua42LBDn5S0q7+xPlgRhiZegLhaORnB9NI3AaKkMO9B46Dbc1KEUL49U06VCFTJw5nAfVR667mPJdNwYo1gw0R0WBUGDFCjA2Bx/Q70dqNKxGLOfw4l+LL+OTDBgiWfkRVc2rXzNKpZGFZ7SbltsUVxiowUlWWwznBgw==', 'c52M6jH15CKTYAt0SfVCYcqMg41G42Q5OgSTzMGF8Es', NULL, U&'t\1ed1 c\00e1o', TRUE, 'vi', 0, TIMESTAMP '2026-11-30 02:00:00', 'RECEIVED', 'v1:/Eo2kTMG3vbemZFFI72UlUNlqfXDOWlHpZJEZ1kWTKjB2N7rgRKX1kSHjoMEjKHqaIxE9Tj/itsxc5U8YlcquCCRfwG3fPlbNr8KRsY4kdC5qmQ=', 'HD-BMCG-BBCD', 1, NULL, NULL, NULL, NULL, 'v1:8flzD+/2WYdsEKtqA41w7yXy6EQFUK1bLTIuZxFu8WauSSMRd9HtIYqdYRFAPUF3hyHH4UXh5EjqPmz/LE8=', 'v1:fLT/f5LhTB9l36mvohNbK2aPC4xoAs/myGktcLkmJKU3eF0Gh8TgzO98qO382iE6', 'v1:d6pGYNhGJKbwc7oUJrMgYw/9S3u/JO+ELtPlXZWfymbpXomcT/Fhhw==', 'v1:EU5yOugCSQJ4+LzQ1hqm6uAzFB79sn0Krh3I0uzJys4cF7BdGHfLqg8chw==', 'v1:bJHMLmZmcN50W2d1L8pqxII4oMOApo5T5nFxw5//v4dvtXEBOdY=', 'v1:md2pjshBSpLPHwvHCjnCWWlmXF3nYpMI3VCGIPBYy3xWjbB4S58tNw==', NULL, 'v1:zSKGTyOT14rJMgTcqG0MKwFNn+B2AEIUUI+RCOzy/ZvYzSOU//caPw==', NULL, TIMESTAMP '2026-11-30 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 418, NULL),
(491, 'INDIVIDUAL', 'v1:7V47yjX9yy3hUuzej0jOCVY4M82cQyAsgsFM68sR4W4ZUtwffwIemlE7k0WATFRIhMxw4Wsf64Ie5m1bSATeiLwG0vAoYYPKMhNaxbFYNALYskEVhjzVODHaVOz6UPmrazLQcHPhzsaMBA6JMhyJQTIEH4gBbkP1N1v/kMnOqcXmmAp+r8RRJhlWBLQBLmXr+/o4AyXowRTfBg==', '15qQFgZ4qwslj6aHnfNKKomAUkBZWup7-PQ4iEd5hx0', NULL, U&'khi\1ebfu n\1ea1i', TRUE, 'vi', 0, TIMESTAMP '2026-11-07 02:00:00', 'REFUSED', 'v1:KhJD3c4EwZ//t8z1PhQBJHfdgRvn5re9l8rqUCtNujiA12XO2TREPUV1/Me+ZD1lYYIiuofNure8YcSXQCN7BOvyoWrYypbG37w=', 'HD-9T5B-2VNH', 2, NULL, NULL, NULL, NULL, 'v1:RdsJnWv1H+fOn4FJ8uyCpIQSCbo/qkHYcCheiaY+D3DWguZYziHeH+26THR3nMS3E/IYApxpmu/I', 'v1:kctciS3xL1jq1VTND6S6rRFyPuECny8L9FXGuHw3tkB/N97Buj3nT28abYgDciY=', 'v1:VcX71ASMrMLgVHCPVJhA4uf89itR4YECxxNisKhTKh6YjPPNGKxzNA==', 'v1:n4Wa4m0Ay29lZWXqFSJj9G308cp6rxAAzHfNPDFHy4h0RLyAAR/2pIfCJw==', 'v1:Rdy92F/Ehbqk3iNEubFamvakW4ea+bY+XK9di7v40WvbEd2lFy8=', 'v1:QHOEVSiahlvpwwYrPm/chrDcMb5RI5V9pKJxf5METJoSSSKy3ow=', NULL, 'v1:Ro/nmcluf4WL26BVH6JBm7p7461j4/qWp5TaurQejgYFJjrolXyIKg==', NULL, TIMESTAMP '2026-11-07 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, U&'N\1ed9i dung l\00e0 khi\1ebfu n\1ea1i quy\1ebft \0111\1ecbnh h\00e0nh ch\00ednh, \0111\01b0\1ee3c gi\1ea3i quy\1ebft theo Lu\1eadt Khi\1ebfu n\1ea1i.', 'COMPLAINT_OR_DENUNCIATION', TIMESTAMP '2026-11-08 02:00:00', NULL, 418, NULL),
(495, 'INDIVIDUAL', 'v1:MTUli60PqIl050PRxNn4mP7jjEy7eSO3u7ArWSueADmHbjQbp69hUd+yhC3w7cCU1h7fpcMdmq9Anb2UZXmTbh8aKaoNc9WyxTxrcuRd2ql3HiZmh0YCzP3CbILzrLxkGaIFZoszJgKjo5FwO/2wkZcBSZBO0A==', 'gXdujTGZVCJyKguPppaleTrDdxqo5UUA-kMkl0qzGkE', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-10 02:00:00', 'REFUSED', 'v1:RiDka2xe2Y+K3s1FqDBPMiwmAa0zThrKJgoBPx2PL/tPO9pmA6ohkdewv01nxT2PZ9MQW+igNBLc39OOY6lVuwbEyg==', 'HD-N0PK-ZDJ4', 2, NULL, NULL, NULL, NULL, 'v1:Ma5B2LRfb4i54m0B4AOiOY1x2r9lhgIm5V+IOMW7bLuDLOuHvZImJ5XmMzkom/2UO3DVh0T7LRu/BXsG', 'v1:UdM92hDoQam7hl7AluBnJvWFrU77YNit0iiWRKVHqJoQkdT4YptAFb4jXzE0Ma8D', 'v1:ZRQ0wfbZc0AsfAnqE3N1nPnZq1js8d5Fjby2pw1Sf1D76o0IH9TGpA==', 'v1:0JSL8uZO9EvLVGvw06bzFDj4l7PePsCKOYozjPeRbZrHIgPhb5HBm4G0fP4=', 'v1:s1BM2ZMsKPg/RS91Zl68QnM1To6kLjo8nj6L3pcQEL89ywzfnuY=', 'v1:hGzZHqc1NIpQMX7dVaboYqx+rwfrLHNeFG3F7V3ajhYDg0E=', NULL, 'v1:2lPVOc+WCnrhnOnJwC6HiqUjrp+I0TKl3RYhDdgikkujzDPjjMPFtQ==', NULL, TIMESTAMP '2026-11-10 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, U&'Tranh ch\1ea5p d\00e2n s\1ef1 gi\1eefa c\00e1c h\1ed9 gia \0111\00ecnh, kh\00f4ng thu\1ed9c c\00f4ng t\00e1c qu\1ea3n l\00fd nh\00e0 n\01b0\1edbc; \0111\1ec1 ngh\1ecb li\00ean h\1ec7 t\1ed5 h\00f2a gi\1ea3i \1edf c\01a1 s\1edf ho\1eb7c T\00f2a \00e1n.', 'PRIVATE_MATTER', TIMESTAMP '2026-11-11 02:00:00', NULL, 426, NULL);  
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(498, 'ORGANISATION', 'v1:Z8SxAQ9TkuCa55fXzW7YP56Kw5tO5TfmF/I9j9By8MhsSTxcuQ8TuUY3sY+PVuyUnk6A6nImMvUoAgFo9l9YMDONosjLp6pW1PQO3BBPAwlXJ738Th36cV8f2oYz4wVaANE4Fzclo0ZctSLVqEEYcy92IP4b+BZLsos3i9lpjs7179OqQMUrhePTeXgtjPq1DFGrW8cmnq+K+169qgXbGvJW6I09cvOhNjzuHeX/18reKMMWB3jMUB2j/FIsCyUYHEhfLhrn87mz74SDLBvqMUMwqA==', 'FxRZXjop5vosRft1mwh3KdUnErlWYH5aW0vhtfpsfy0', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-23 02:00:00', 'SPLIT', 'v1:b1YKcYNeY8GICFkGm2D/8BmLvcultoIjYkM1n/l8AgcyIY59/I8WtJJgN2sjv6jfAvg5zNdgv2Az392ZSm//meK6wjrPtA==', 'HD-GT9S-YMPE', 2, NULL, NULL, NULL, NULL, 'v1:TsbYt9M/0qytsC+ImWiJk3SJ6zMl/fVUm0RZQdz08/Mq0uacB8vW9vyyX+GmUL3ZgKCY/NXQ1FOY9POUrGbo2g==', 'v1:0XSi/0U2fVpA43N0PrcMGGdgiWDaqhcTymGbf3f7NWuEWjmxgaZmaVjzzbWwflL2', NULL, 'v1:m+vwtabseopja8SIkWYyzZUU1PT5Acf4Zip3Y6YQmgOaWDubVTbTh5/Mcr7i', NULL, NULL, 'v1:mkEZ1VlKQkn9OCe5BSuGMw+KGO4k+lxP7z1Vk/u4YRDBN/EZVwVkJz/YWFnpOpCGo4O04SQ+O419QG9x75mvYvXpkGQTP7I=', 'v1:KGxKYMqx1t8GpO+6bNgRX8RVMBVHunOeWQ+tCBiFCQeYt6xiO8q4Hw==', 'v1:ipLP2bq1RKkxHXNWJtq7Mk3014idnkpyMubGaR9dj1Pq+oCDu+HrmiR5w6Li+xMhNA==', TIMESTAMP '2026-11-23 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 416, NULL),
(500, 'ORGANISATION', 'v1:OmVgTxOKTYW/eq30FXVD77o7C+C/dNcnz1b0qpZ3mrdXfScd0kCAchtT7L2Si+Nnk0N0qkhHNuXVEbd2PkQ4CncExl/mYYIcvmB3UA4Gu420V2XU2ETnZ0U7VC8BA69LvqouZ1ZmJRonhK71653nNH1aCVYFUsqn6xkqxXZ6Ir2ibbo=', NULL, NULL, NULL, FALSE, 'vi', 1, TIMESTAMP '2026-11-23 02:00:00', 'ROUTED', 'v1:xT+MZSaSqlA0QU2aMrdYlvv6Zc6RpvSZ1/s88KeLihz8hbtmCiPGNnwK8UEWEE6MQCI4Rcese3SeBj5tBiAGdRXwoDvS3kumUi0DYQc=', 'HD-GT9S-YMPE-1', 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-11-23 02:00:00', '2026.1', TIMESTAMP '2026-11-23 02:00:00', DATE '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 8, 416, 498),
(503, 'ORGANISATION', 'v1:DsrpJg56DpxCYsoj3Ha4mbtvLgW/5isbtWJe+TTV0bhRnT6znUt/ulisutmOYKLggYDRv615SgRiBEXc5egMsAcOoNA4al76TcxuevG2wvlxrMupfui805seKpoH/FhUCdCmUYtsF5zDNANDdQ==', NULL, NULL, NULL, FALSE, 'vi', 2, TIMESTAMP '2026-11-23 02:00:00', 'ROUTED', 'v1:TEX8W0T7feKepin5cll3gz0/BfJiBtYD0FuTvKMI/b0M9l7kSarmVWBT9MEaSfoL29E+zfegldjK3gN3S+th+8nBA8iqLyJcQ4Ap8ng=', 'HD-GT9S-YMPE-2', 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-11-23 02:00:00', '2026.1', TIMESTAMP '2026-11-23 02:00:00', DATE '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 34, 424, 498);              
CREATE INDEX "PUBLIC"."IX_QA_STATE" ON "PUBLIC"."QA_QUESTION"("STATE" NULLS FIRST, "RECEIVEDAT" NULLS FIRST);  
CREATE INDEX "PUBLIC"."IX_QA_AGENCY" ON "PUBLIC"."QA_QUESTION"("AGENCY_ID" NULLS FIRST, "STATE" NULLS FIRST);  
CREATE INDEX "PUBLIC"."IX_QA_EMAIL_DIGEST" ON "PUBLIC"."QA_QUESTION"("EMAILDIGEST" NULLS FIRST, "RECEIVEDAT" NULLS FIRST);     
CREATE CACHED TABLE "PUBLIC"."ROYALTY_RATE"(
    "ID" BIGINT NOT NULL,
    "AMOUNT_VND" NUMERIC(15) NOT NULL,
    "KIND" CHARACTER VARYING(10) NOT NULL,
    "SETAT" TIMESTAMP NOT NULL,
    "SETBY" CHARACTER VARYING(64) NOT NULL,
    "VERSION" BIGINT,
    "SITE_ID" BIGINT
);             
ALTER TABLE "PUBLIC"."ROYALTY_RATE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_CC" PRIMARY KEY("ID"); 
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.ROYALTY_RATE;             
INSERT INTO "PUBLIC"."ROYALTY_RATE" VALUES
(58, 300000, 'ARTICLE', TIMESTAMP '2026-12-01 18:34:55.406657', 'bientap', 1, 25),
(59, 500000, 'VIDEO', TIMESTAMP '2026-12-01 18:34:55.409737', 'bientap', 1, 25),
(60, 150000, 'NEWS', TIMESTAMP '2026-12-01 18:34:55.409862', 'bientap', 1, 25),
(61, 100000, 'PHOTO', TIMESTAMP '2026-12-01 18:34:55.409894', 'bientap', 1, 25);
CREATE CACHED TABLE "PUBLIC"."QA_FIELD"(
    "ID" BIGINT NOT NULL,
    "CODE" CHARACTER VARYING(80) NOT NULL,
    "SORTORDER" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "NAME_EN" CHARACTER VARYING(300),
    "NAME_VI" CHARACTER VARYING(300) NOT NULL,
    "AGENCY_ID" BIGINT
);           
ALTER TABLE "PUBLIC"."QA_FIELD" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F2C" PRIMARY KEY("ID");    
-- 12 +/- SELECT COUNT(*) FROM PUBLIC.QA_FIELD;
INSERT INTO "PUBLIC"."QA_FIELD" VALUES
(415, 'thu-tuc-hanh-chinh', 1, 1, 'Administrative procedures', U&'Th\1ee7 t\1ee5c h\00e0nh ch\00ednh', 4),
(416, 'dau-tu-kinh-doanh', 2, 1, 'Investment and business', U&'\0110\1ea7u t\01b0, kinh doanh', 8),
(417, 'tai-chinh-ngan-sach', 3, 1, 'Finance, budget, fees and charges', U&'T\00e0i ch\00ednh, ng\00e2n s\00e1ch, ph\00ed v\00e0 l\1ec7 ph\00ed', 8),
(418, 'dat-dai-moi-truong', 4, 1, 'Land and environment', U&'\0110\1ea5t \0111ai, m\00f4i tr\01b0\1eddng', 33),
(419, 'nong-nghiep-nong-thon', 5, 1, 'Agriculture and rural development', U&'N\00f4ng nghi\1ec7p, n\00f4ng th\00f4n', 33),
(420, 'tu-phap-ho-tich', 6, 1, 'Justice, civil status and certification', U&'T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', 29),
(421, 'y-te', 7, 1, 'Health and health insurance', U&'Y t\1ebf, b\1ea3o hi\1ec3m y t\1ebf', 31),
(422, 'giao-duc-dao-tao', 8, 1, 'Education and training', U&'Gi\00e1o d\1ee5c, \0111\00e0o t\1ea1o', 32),
(423, 'khoa-hoc-cong-nghe', 9, 1, 'Science and technology', U&'Khoa h\1ecdc, c\00f4ng ngh\1ec7', 30),
(424, 'van-hoa-du-lich', 10, 1, 'Culture, sports and tourism', U&'V\0103n h\00f3a, th\1ec3 thao, du l\1ecbch', 34),
(425, 'thong-tin-truyen-thong', 11, 1, 'Information, communications and online public services', U&'Th\00f4ng tin, truy\1ec1n th\00f4ng, d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn', 7),
(426, 'linh-vuc-khac', 12, 1, 'Other matters', U&'L\0129nh v\1ef1c kh\00e1c', NULL);            
CREATE CACHED TABLE "PUBLIC"."ROYALTY_ENTRY"(
    "ID" BIGINT NOT NULL,
    "AMOUNT_VND" NUMERIC(15) NOT NULL,
    "AUTHORACCOUNT" CHARACTER VARYING(64),
    "AUTHORNAME" CHARACTER VARYING(200) NOT NULL,
    "PERIOD" CHARACTER VARYING(7) NOT NULL,
    "PUBLISHEDAT" TIMESTAMP NOT NULL,
    "SHAREPERCENT" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "ARTICLE_ID" BIGINT
);            
ALTER TABLE "PUBLIC"."ROYALTY_ENTRY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_B4" PRIMARY KEY("ID");
-- 30 +/- SELECT COUNT(*) FROM PUBLIC.ROYALTY_ENTRY;           
INSERT INTO "PUBLIC"."ROYALTY_ENTRY" VALUES
(82, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-22 17:34:55.486753', 100, 1, 76),
(95, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-19 15:34:55.607259', 100, 1, 89),
(102, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-29 15:34:55.781751', 100, 1, 96),
(115, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-25 16:34:56.065215', 100, 1, 109),
(122, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-12', TIMESTAMP '2026-12-01 17:34:56.168491', 100, 1, 116),
(135, 100000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-30 16:34:56.343201', 100, 1, 129),
(142, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-28 14:34:56.356546', 100, 1, 136),
(149, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-26 17:34:56.490029', 100, 1, 143),
(156, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-22 13:34:56.521175', 100, 1, 150),
(163, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-11 17:34:56.555878', 100, 1, 157),
(170, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-16 17:34:56.668176', 100, 1, 164),
(177, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-27 13:34:56.689888', 100, 1, 171),
(184, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-06 17:34:56.754818', 100, 1, 178),
(191, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-24 15:34:56.780549', 100, 1, 185),
(204, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-13 14:34:56.863041', 100, 1, 198),
(211, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-28 14:34:56.876639', 100, 1, 205),
(218, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-20 16:34:57.300242', 100, 1, 212),
(225, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-01 17:34:57.431798', 100, 1, 219),
(232, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-17 17:34:57.549636', 100, 1, 226),
(239, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-02 17:34:57.663878', 100, 1, 233),
(246, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-12 17:34:57.776105', 100, 1, 240),
(253, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-23 14:34:57.876638', 100, 1, 247),
(260, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-17 13:34:57.958765', 100, 1, 254),
(267, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-21 17:34:58.107154', 100, 1, 261),
(274, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-09 15:34:58.308545', 100, 1, 268),
(281, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-26 17:34:58.382242', 100, 1, 275),
(288, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-15 16:34:58.487251', 100, 1, 282),
(295, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-25 16:34:58.549676', 100, 1, 289),
(302, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-27 17:34:58.640945', 100, 1, 296),
(316, 150000, 'bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', '2026-11', TIMESTAMP '2026-11-29 18:04:58.727188', 100, 1, 309);
CREATE INDEX "PUBLIC"."IX_ROYALTY_PERIOD" ON "PUBLIC"."ROYALTY_ENTRY"("PERIOD" NULLS FIRST);   
CREATE CACHED TABLE "PUBLIC"."LEGAL_DOCUMENT_TYPE"(
    "ID" BIGINT NOT NULL,
    "ABBREVIATION" CHARACTER VARYING(20),
    "CODE" CHARACTER VARYING(40) NOT NULL,
    "SORTORDER" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "NAME_EN" CHARACTER VARYING(200),
    "NAME_VI" CHARACTER VARYING(200) NOT NULL
);              
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT_TYPE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_47" PRIMARY KEY("ID");          
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_DOCUMENT_TYPE;     
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT_TYPE" VALUES
(381, 'QH', 'luat', 1, 1, 'Law', U&'Lu\1eadt'),
(382, 'NQ', 'nghi-quyet', 2, 1, 'Resolution', U&'Ngh\1ecb quy\1ebft'),
(383, U&'N\0110', 'nghi-dinh', 3, 1, 'Decree', U&'Ngh\1ecb \0111\1ecbnh'),
(384, U&'Q\0110', 'quyet-dinh', 4, 1, 'Decision', U&'Quy\1ebft \0111\1ecbnh'),
(385, 'TT', 'thong-tu', 5, 1, 'Circular', U&'Th\00f4ng t\01b0'),
(386, 'TTLT', 'thong-tu-lien-tich', 6, 1, 'Joint circular', U&'Th\00f4ng t\01b0 li\00ean t\1ecbch'),
(387, 'CT', 'chi-thi', 7, 1, 'Directive', U&'Ch\1ec9 th\1ecb'),
(388, NULL, 'cong-van', 8, 1, 'Official letter', U&'C\00f4ng v\0103n'),
(389, 'KH', 'ke-hoach', 9, 1, 'Plan', U&'K\1ebf ho\1ea1ch'),
(390, 'TB', 'thong-bao', 10, 1, 'Notice', U&'Th\00f4ng b\00e1o');
CREATE CACHED TABLE "PUBLIC"."SITE"(
    "ID" BIGINT NOT NULL,
    "ACTIVE" BOOLEAN NOT NULL,
    "KIND" CHARACTER VARYING(20) NOT NULL,
    "LOGOPATH" CHARACTER VARYING(300),
    "SLUG" CHARACTER VARYING(80) NOT NULL,
    "VERSION" BIGINT,
    "ATTRIBUTION_EN" CHARACTER VARYING(500),
    "ATTRIBUTION_VI" CHARACTER VARYING(500),
    "CONTACT_ADDRESS" CHARACTER VARYING(500),
    "CONTACT_EMAIL" CHARACTER VARYING(200),
    "CONTACT_FAX" CHARACTER VARYING(50),
    "CONTACT_PHONE" CHARACTER VARYING(50),
    "CONTACT_WEBSITE" CHARACTER VARYING(200),
    "NAME_EN" CHARACTER VARYING(300),
    "NAME_VI" CHARACTER VARYING(300) NOT NULL,
    "OWNER_ID" BIGINT
);           
ALTER TABLE "PUBLIC"."SITE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_26" PRIMARY KEY("ID");         
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.SITE;     
INSERT INTO "PUBLIC"."SITE" VALUES
(25, TRUE, 'MAIN', NULL, 'tinh', 1, 'Source: Cao Bang Portal (www.caobang.gov.vn)', U&'Theo C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng (www.caobang.gov.vn)', U&'S\1ed1 11, \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, ph\01b0\1eddng H\1ee3p Giang, Th\00e0nh ph\1ed1 Cao B\1eb1ng, t\1ec9nh Cao B\1eb1ng', 'banbientap@caobang.gov.vn', NULL, NULL, 'http://www.caobang.gov.vn', 'Cao Bang Portal', U&'C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', 3),
(39, TRUE, 'DEPARTMENT', NULL, 'so-tu-phap', 1, 'Source: Cao Bang Department of Justice', U&'Theo C\1ed5ng th\00f4ng tin S\1edf T\01b0 ph\00e1p t\1ec9nh Cao B\1eb1ng', NULL, NULL, NULL, NULL, NULL, 'Cao Bang Department of Justice', U&'C\1ed5ng th\00f4ng tin S\1edf T\01b0 ph\00e1p t\1ec9nh Cao B\1eb1ng', 29),
(40, TRUE, 'DEPARTMENT', NULL, 'so-khoa-hoc-cong-nghe', 1, 'Source: Cao Bang Department of Science and Technology', U&'Theo C\1ed5ng th\00f4ng tin S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 t\1ec9nh Cao B\1eb1ng', NULL, NULL, NULL, NULL, NULL, 'Cao Bang Department of Science and Technology', U&'C\1ed5ng th\00f4ng tin S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 t\1ec9nh Cao B\1eb1ng', 30),
(41, TRUE, 'COMMUNE', NULL, 'xa-dam-thuy', 1, 'Source: Dam Thuy Commune website', U&'Theo Trang th\00f4ng tin \0111i\1ec7n t\1eed x\00e3 \0110\00e0m Th\1ee7y', NULL, NULL, NULL, NULL, NULL, 'Dam Thuy Commune', U&'Trang th\00f4ng tin \0111i\1ec7n t\1eed x\00e3 \0110\00e0m Th\1ee7y', 37); 
CREATE CACHED TABLE "PUBLIC"."LEGAL_DOCUMENT"(
    "ID" BIGINT NOT NULL,
    "DOCYEAR" INTEGER NOT NULL,
    "EFFECTIVEDATE" DATE,
    "ELIPATH" CHARACTER VARYING(120) NOT NULL,
    "EXCERPT" CHARACTER VARYING(2000) NOT NULL,
    "EXPIRYDATE" DATE,
    "EXTERNALISSUER" CHARACTER VARYING(300),
    "ISSUEDATE" DATE NOT NULL,
    "NUMBERKEY" CHARACTER VARYING(60) NOT NULL,
    "NUMBERSYMBOL" CHARACTER VARYING(60) NOT NULL,
    "PUBLISHEDAT" TIMESTAMP,
    "SEARCHTEXT" CHARACTER VARYING(4000) NOT NULL,
    "SIGNER" CHARACTER VARYING(200),
    "SIGNERTITLE" CHARACTER VARYING(200),
    "STATUS" CHARACTER VARYING(20) NOT NULL,
    "VERSION" BIGINT,
    "ISSUER_ID" BIGINT,
    "PROVIDERUNIT_ID" BIGINT,
    "TYPE_ID" BIGINT
);        
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_34B" PRIMARY KEY("ID");              
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_DOCUMENT;           
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT" VALUES
(400, 2007, NULL, '2007/64/nd-cp', U&'V\1ec1 \1ee9ng d\1ee5ng c\00f4ng ngh\1ec7 th\00f4ng tin trong ho\1ea1t \0111\1ed9ng c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'Ch\00ednh ph\1ee7', DATE '2007-04-10', '64/2007/ND-CP', U&'64/2007/N\0110-CP', TIMESTAMP '2014-01-24 01:00:00', '64/2007/nd-cp ve ung dung cong nghe thong tin trong hoat dong cua co quan nha nuoc nghi dinh chinh phu cong nghe thong tin', NULL, NULL, 'IN_FORCE', 2, NULL, NULL, 383),
(401, 2008, NULL, '2008/97/nd-cp', U&'V\1ec1 qu\1ea3n l\00fd, cung c\1ea5p, s\1eed d\1ee5ng d\1ecbch v\1ee5 Internet v\00e0 th\00f4ng tin \0111i\1ec7n t\1eed tr\00ean Internet', NULL, U&'Ch\00ednh ph\1ee7', DATE '2008-08-28', '97/2008/ND-CP', U&'97/2008/N\0110-CP', TIMESTAMP '2014-01-24 01:00:00', '97/2008/nd-cp ve quan ly, cung cap, su dung dich vu internet va thong tin dien tu tren internet nghi dinh chinh phu cong nghe thong tin internet', NULL, NULL, 'EXPIRED', 2, NULL, NULL, 383),
(402, 2011, NULL, '2011/43/nd-cp', U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c cung c\1ea5p th\00f4ng tin v\00e0 d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn tr\00ean trang th\00f4ng tin \0111i\1ec7n t\1eed ho\1eb7c c\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\00e1c c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'Ch\00ednh ph\1ee7', DATE '2011-06-13', '43/2011/ND-CP', U&'43/2011/N\0110-CP', TIMESTAMP '2014-01-24 01:00:00', '43/2011/nd-cp quy dinh ve viec cung cap thong tin va dich vu cong truc tuyen tren trang thong tin dien tu hoac cong thong tin dien tu cua cac co quan nha nuoc nghi dinh chinh phu cong nghe thong tin dich vu cong truc tuyen', NULL, NULL, 'REPLACED', 2, NULL, NULL, 383),
(403, 2022, NULL, '2022/42/nd-cp', U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c cung c\1ea5p th\00f4ng tin v\00e0 d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc tr\00ean m\00f4i tr\01b0\1eddng m\1ea1ng', NULL, U&'Ch\00ednh ph\1ee7', DATE '2022-06-24', '42/2022/ND-CP', U&'42/2022/N\0110-CP', TIMESTAMP '2022-07-01 01:00:00', '42/2022/nd-cp quy dinh ve viec cung cap thong tin va dich vu cong truc tuyen cua co quan nha nuoc tren moi truong mang nghi dinh chinh phu cong nghe thong tin dich vu cong truc tuyen', NULL, NULL, 'IN_FORCE', 2, NULL, NULL, 383),
(404, 2009, NULL, '2009/26/tt-btttt', U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c cung c\1ea5p th\00f4ng tin v\00e0 \0111\1ea3m b\1ea3o kh\1ea3 n\0103ng truy c\1eadp thu\1eadn ti\1ec7n \0111\1ed1i v\1edbi trang th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'B\1ed9 Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', DATE '2009-07-31', '26/2009/TT-BTTTT', '26/2009/TT-BTTTT', TIMESTAMP '2014-01-24 01:00:00', '26/2009/tt-btttt quy dinh ve viec cung cap thong tin va dam bao kha nang truy cap thuan tien doi voi trang thong tin dien tu cua co quan nha nuoc thong tu bo thong tin va truyen thong cong nghe thong tin', NULL, NULL, 'IN_FORCE', 2, NULL, NULL, 385),
(405, 2010, NULL, '2010/14/tt-btttt', U&'Quy \0111\1ecbnh chi ti\1ebft m\1ed9t s\1ed1 \0111i\1ec1u c\1ee7a Ngh\1ecb \0111\1ecbnh s\1ed1 97/2008/N\0110-CP ng\00e0y 28/8/2008 c\1ee7a Ch\00ednh ph\1ee7', NULL, U&'B\1ed9 Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', DATE '2010-06-29', '14/2010/TT-BTTTT', '14/2010/TT-BTTTT', TIMESTAMP '2014-01-24 01:00:00', '14/2010/tt-btttt quy dinh chi tiet mot so dieu cua nghi dinh so 97/2008/nd-cp ngay 28/8/2008 cua chinh phu thong tu bo thong tin va truyen thong cong nghe thong tin internet', NULL, NULL, 'IN_FORCE', 2, NULL, NULL, 385),
(406, 2010, NULL, '2010/25/tt-btttt', U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c thu th\1eadp, s\1eed d\1ee5ng, chia s\1ebb, \0111\1ea3m b\1ea3o an to\00e0n v\00e0 b\1ea3o v\1ec7 th\00f4ng tin c\00e1 nh\00e2n tr\00ean trang th\00f4ng tin \0111i\1ec7n t\1eed ho\1eb7c c\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'B\1ed9 Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', DATE '2010-11-15', '25/2010/TT-BTTTT', '25/2010/TT-BTTTT', TIMESTAMP '2014-01-24 01:00:00', '25/2010/tt-btttt quy dinh ve viec thu thap, su dung, chia se, dam bao an toan va bao ve thong tin ca nhan tren trang thong tin dien tu hoac cong thong tin dien tu cua co quan nha nuoc thong tu bo thong tin va truyen thong cong nghe thong tin thong tin ca nhan', NULL, NULL, 'IN_FORCE', 2, NULL, NULL, 385);
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT" VALUES
(407, 2014, DATE '2014-02-01', '2014/1/qd-ubnd', U&'Ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', NULL, NULL, DATE '2014-01-22', '1/2014/QD-UBND', U&'01/2014/Q\0110-UBND', TIMESTAMP '2014-01-24 01:00:00', '01/2014/qd-ubnd ban hanh quy che quan ly, hoat dong va cung cap thong tin tren cong thong tin dien tu tinh cao bang quyet dinh uy ban nhan dan tinh dam van eng cong nghe thong tin cong thong tin dien tu', U&'\0110\00e0m V\0103n Eng', U&'Ph\00f3 Ch\1ee7 t\1ecbch \1ee6y ban nh\00e2n d\00e2n t\1ec9nh', 'IN_FORCE', 2, 3, 4, 384);             
CREATE INDEX "PUBLIC"."IX_LEGAL_ISSUE_DATE" ON "PUBLIC"."LEGAL_DOCUMENT"("ISSUEDATE" NULLS FIRST);             
CREATE INDEX "PUBLIC"."IX_LEGAL_ELI" ON "PUBLIC"."LEGAL_DOCUMENT"("ELIPATH" NULLS FIRST);      
CREATE CACHED TABLE "PUBLIC"."SEED_RECORD"(
    "SEED_KEY" CHARACTER VARYING(100) NOT NULL,
    "APPLIEDAT" TIMESTAMP NOT NULL
);              
ALTER TABLE "PUBLIC"."SEED_RECORD" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D" PRIMARY KEY("SEED_KEY");             
-- 5 +/- SELECT COUNT(*) FROM PUBLIC.SEED_RECORD;              
INSERT INTO "PUBLIC"."SEED_RECORD" VALUES
('demo.sites.v1', TIMESTAMP '2026-12-01 18:34:51.503175'),
('demo.content.v1', TIMESTAMP '2026-12-01 18:34:55.345099'),
('demo.leaders.v1', TIMESTAMP '2026-12-01 18:34:59.869859'),
('demo.legal.v1', TIMESTAMP '2026-12-01 18:35:04.52283'),
('demo.qa.v1', TIMESTAMP '2026-12-01 18:35:06.020211');               
CREATE CACHED TABLE "PUBLIC"."OUTBOUND_MAIL"(
    "ID" BIGINT NOT NULL,
    "ATTEMPTS" INTEGER NOT NULL,
    "BODY" CHARACTER VARYING(30000) NOT NULL,
    "CREATEDAT" TIMESTAMP NOT NULL,
    "DEDUPKEY" CHARACTER VARYING(200) NOT NULL,
    "LASTERROR" CHARACTER VARYING(300),
    "NEXTATTEMPTAT" TIMESTAMP NOT NULL,
    "RECIPIENTS" CHARACTER VARYING(1000) NOT NULL,
    "SENTAT" TIMESTAMP,
    "STATUS" CHARACTER VARYING(10) NOT NULL,
    "SUBJECT" CHARACTER VARYING(500) NOT NULL,
    "VERSION" BIGINT
);      
ALTER TABLE "PUBLIC"."OUTBOUND_MAIL" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D4D" PRIMARY KEY("ID");               
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.OUTBOUND_MAIL;            
CREATE INDEX "PUBLIC"."IX_OUTBOUND_MAIL_DUE" ON "PUBLIC"."OUTBOUND_MAIL"("STATUS" NULLS FIRST, "NEXTATTEMPTAT" NULLS FIRST);   
CREATE CACHED TABLE "PUBLIC"."LEGAL_FILE"(
    "ID" BIGINT NOT NULL,
    "FILENAME" CHARACTER VARYING(255) NOT NULL,
    "MEDIATYPE" CHARACTER VARYING(100) NOT NULL,
    "SHA256" CHARACTER VARYING(64) NOT NULL,
    "SIZE" BIGINT NOT NULL,
    "UPLOADEDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT,
    "DOCUMENT_ID" BIGINT
);          
ALTER TABLE "PUBLIC"."LEGAL_FILE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_41" PRIMARY KEY("ID");   
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_FILE;               
CREATE CACHED TABLE "PUBLIC"."QA_CONSENT_TEXT"(
    "VERSION" CHARACTER VARYING(40) NOT NULL,
    "SINCE" TIMESTAMP NOT NULL,
    "TEXT_EN" CHARACTER VARYING(4000),
    "TEXT_VI" CHARACTER VARYING(4000) NOT NULL
);         
ALTER TABLE "PUBLIC"."QA_CONSENT_TEXT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_73" PRIMARY KEY("VERSION");         
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.QA_CONSENT_TEXT;          
INSERT INTO "PUBLIC"."QA_CONSENT_TEXT" VALUES
('2026.1', TIMESTAMP '2026-12-01 18:35:06.053967', 'I agree that the provincial portal processes the personal data I give (name, nationality, occupation, identity document number, address, phone, e-mail) only to receive this question, pass it to the competent agency and answer it. The data is never published and only the officials responsible may see it. I may ask for my personal data to be erased at any time.', U&'T\00f4i \0111\1ed3ng \00fd \0111\1ec3 C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh x\1eed l\00fd c\00e1c th\00f4ng tin c\00e1 nh\00e2n t\00f4i cung c\1ea5p (h\1ecd t\00ean, qu\1ed1c t\1ecbch, ngh\1ec1 nghi\1ec7p, s\1ed1 gi\1ea5y t\1edd t\00f9y th\00e2n, \0111\1ecba ch\1ec9, s\1ed1 \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed) ch\1ec9 \0111\1ec3 ti\1ebfp nh\1eadn, chuy\1ec3n \0111\1ebfn c\01a1 quan c\00f3 th\1ea9m quy\1ec1n v\00e0 tr\1ea3 l\1eddi c\00e2u h\1ecfi n\00e0y. C\00e1c th\00f4ng tin n\00e0y kh\00f4ng \0111\01b0\1ee3c c\00f4ng khai v\00e0 ch\1ec9 nh\1eefng ng\01b0\1eddi c\00f3 tr\00e1ch nhi\1ec7m \0111\01b0\1ee3c xem. T\00f4i c\00f3 th\1ec3 \0111\1ec1 ngh\1ecb h\1ee7y b\1ecf th\00f4ng tin c\00e1 nh\00e2n c\1ee7a m\00ecnh b\1ea5t c\1ee9 l\00fac n\00e0o.');           
CREATE CACHED TABLE "PUBLIC"."AUDIT_EVENT"(
    "ID" BIGINT NOT NULL,
    "ACTION" CHARACTER VARYING(64) NOT NULL,
    "ACTOR" CHARACTER VARYING(64) NOT NULL,
    "DETAIL" CHARACTER VARYING(1000),
    "OCCURREDAT" TIMESTAMP NOT NULL,
    "TARGET" CHARACTER VARYING(200)
);               
ALTER TABLE "PUBLIC"."AUDIT_EVENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_ED" PRIMARY KEY("ID");  
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.AUDIT_EVENT;              
INSERT INTO "PUBLIC"."AUDIT_EVENT" VALUES
(28, 'account.create', 'system', 'initial administrator', TIMESTAMP '2026-12-01 18:34:51.420742', 'account admin');  
CREATE INDEX "PUBLIC"."IX_AUDIT_AT" ON "PUBLIC"."AUDIT_EVENT"("OCCURREDAT" NULLS FIRST);       
CREATE INDEX "PUBLIC"."IX_AUDIT_ACTOR" ON "PUBLIC"."AUDIT_EVENT"("ACTOR" NULLS FIRST);         
CREATE CACHED TABLE "PUBLIC"."DEADLINE_ALERT"(
    "ID" BIGINT NOT NULL,
    "BOARDNOTIFIED" BOOLEAN NOT NULL,
    "DUEDATE" DATE NOT NULL,
    "JOBEXECUTIONID" BIGINT,
    "LEVEL" CHARACTER VARYING(12) NOT NULL,
    "RAISEDON" DATE NOT NULL,
    "UNITNOTIFIED" BOOLEAN NOT NULL,
    "VERSION" BIGINT,
    "OBLIGATION_ID" BIGINT
);    
ALTER TABLE "PUBLIC"."DEADLINE_ALERT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_24" PRIMARY KEY("ID");               
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.DEADLINE_ALERT;           
CREATE CACHED TABLE "PUBLIC"."ARTICLE_EVENT"(
    "ID" BIGINT NOT NULL,
    "ACTION" CHARACTER VARYING(30) NOT NULL,
    "ACTOR" CHARACTER VARYING(64) NOT NULL,
    "FROMSTATE" CHARACTER VARYING(20),
    "NOTE" CHARACTER VARYING(2000),
    "OCCURREDAT" TIMESTAMP NOT NULL,
    "TOSTATE" CHARACTER VARYING(20) NOT NULL,
    "VERSION" BIGINT,
    "ARTICLE_ID" BIGINT
);
ALTER TABLE "PUBLIC"."ARTICLE_EVENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_17" PRIMARY KEY("ID");
-- 170 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_EVENT;          
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(78, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-22 16:04:55.486753', 'SUBMITTED', 1, 76),
(79, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-22 16:34:55.486753', 'IN_REVIEW', 1, 76),
(80, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-22 17:04:55.486753', 'APPROVED', 1, 76),
(81, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-22 17:34:55.486753', 'PUBLISHED', 1, 76),
(85, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-10-22 16:04:55.486753', 'SUBMITTED', 1, 83),
(86, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-22 16:34:55.486753', 'IN_REVIEW', 1, 83),
(87, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-22 17:04:55.486753', 'APPROVED', 1, 83),
(88, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-22 17:34:55.486753', 'PUBLISHED', 1, 83),
(91, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-19 14:04:55.607259', 'SUBMITTED', 1, 89),
(92, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-19 14:34:55.607259', 'IN_REVIEW', 1, 89),
(93, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-19 15:04:55.607259', 'APPROVED', 1, 89),
(94, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-19 15:34:55.607259', 'PUBLISHED', 1, 89),
(98, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-29 14:04:55.781751', 'SUBMITTED', 1, 96),
(99, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 14:34:55.781751', 'IN_REVIEW', 1, 96),
(100, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 15:04:55.781751', 'APPROVED', 1, 96),
(101, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-29 15:34:55.781751', 'PUBLISHED', 1, 96),
(105, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-11-29 14:04:55.781751', 'SUBMITTED', 1, 103),
(106, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 14:34:55.781751', 'IN_REVIEW', 1, 103),
(107, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 15:04:55.781751', 'APPROVED', 1, 103),
(108, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-29 15:34:55.781751', 'PUBLISHED', 1, 103),
(111, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-25 15:04:56.065215', 'SUBMITTED', 1, 109),
(112, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-25 15:34:56.065215', 'IN_REVIEW', 1, 109),
(113, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-25 16:04:56.065215', 'APPROVED', 1, 109),
(114, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-25 16:34:56.065215', 'PUBLISHED', 1, 109),
(118, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 16:04:56.168491', 'SUBMITTED', 1, 116),
(119, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 16:34:56.168491', 'IN_REVIEW', 1, 116),
(120, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-12-01 17:04:56.168491', 'APPROVED', 1, 116),
(121, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-12-01 17:34:56.168491', 'PUBLISHED', 1, 116),
(125, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-12-01 16:04:56.168491', 'SUBMITTED', 1, 123),
(126, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 16:34:56.168491', 'IN_REVIEW', 1, 123),
(127, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-12-01 17:04:56.168491', 'APPROVED', 1, 123),
(128, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-12-01 17:34:56.168491', 'PUBLISHED', 1, 123),
(131, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-30 15:04:56.343201', 'SUBMITTED', 1, 129),
(132, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 15:34:56.343201', 'IN_REVIEW', 1, 129),
(133, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-30 16:04:56.343201', 'APPROVED', 1, 129),
(134, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-30 16:34:56.343201', 'PUBLISHED', 1, 129),
(138, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-28 13:04:56.356546', 'SUBMITTED', 1, 136),
(139, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-28 13:34:56.356546', 'IN_REVIEW', 1, 136);   
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(140, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-28 14:04:56.356546', 'APPROVED', 1, 136),
(141, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-28 14:34:56.356546', 'PUBLISHED', 1, 136),
(145, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-26 16:04:56.490029', 'SUBMITTED', 1, 143),
(146, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-26 16:34:56.490029', 'IN_REVIEW', 1, 143),
(147, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-26 17:04:56.490029', 'APPROVED', 1, 143),
(148, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-26 17:34:56.490029', 'PUBLISHED', 1, 143),
(152, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-22 12:04:56.521175', 'SUBMITTED', 1, 150),
(153, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-22 12:34:56.521175', 'IN_REVIEW', 1, 150),
(154, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-22 13:04:56.521175', 'APPROVED', 1, 150),
(155, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-22 13:34:56.521175', 'PUBLISHED', 1, 150),
(159, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-11 16:04:56.555878', 'SUBMITTED', 1, 157),
(160, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-11 16:34:56.555878', 'IN_REVIEW', 1, 157),
(161, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-11 17:04:56.555878', 'APPROVED', 1, 157),
(162, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-11 17:34:56.555878', 'PUBLISHED', 1, 157),
(166, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-16 16:04:56.668176', 'SUBMITTED', 1, 164),
(167, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-16 16:34:56.668176', 'IN_REVIEW', 1, 164),
(168, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-16 17:04:56.668176', 'APPROVED', 1, 164),
(169, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-16 17:34:56.668176', 'PUBLISHED', 1, 164),
(173, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-27 12:04:56.689888', 'SUBMITTED', 1, 171),
(174, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-27 12:34:56.689888', 'IN_REVIEW', 1, 171),
(175, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-27 13:04:56.689888', 'APPROVED', 1, 171),
(176, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-27 13:34:56.689888', 'PUBLISHED', 1, 171),
(180, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-06 16:04:56.754818', 'SUBMITTED', 1, 178),
(181, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-06 16:34:56.754818', 'IN_REVIEW', 1, 178),
(182, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-06 17:04:56.754818', 'APPROVED', 1, 178),
(183, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-06 17:34:56.754818', 'PUBLISHED', 1, 178),
(187, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-24 14:04:56.780549', 'SUBMITTED', 1, 185),
(188, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-24 14:34:56.780549', 'IN_REVIEW', 1, 185),
(189, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-24 15:04:56.780549', 'APPROVED', 1, 185),
(190, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-24 15:34:56.780549', 'PUBLISHED', 1, 185),
(194, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-11-24 14:04:56.780549', 'SUBMITTED', 1, 192),
(195, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-24 14:34:56.780549', 'IN_REVIEW', 1, 192),
(196, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-24 15:04:56.780549', 'APPROVED', 1, 192),
(197, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-24 15:34:56.780549', 'PUBLISHED', 1, 192),
(200, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-13 13:04:56.863041', 'SUBMITTED', 1, 198),
(201, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-13 13:34:56.863041', 'IN_REVIEW', 1, 198),
(202, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-13 14:04:56.863041', 'APPROVED', 1, 198);          
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(203, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-13 14:34:56.863041', 'PUBLISHED', 1, 198),
(207, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-28 13:04:56.876639', 'SUBMITTED', 1, 205),
(208, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-28 13:34:56.876639', 'IN_REVIEW', 1, 205),
(209, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-28 14:04:56.876639', 'APPROVED', 1, 205),
(210, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-28 14:34:56.876639', 'PUBLISHED', 1, 205),
(214, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-20 15:04:57.300242', 'SUBMITTED', 1, 212),
(215, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-20 15:34:57.300242', 'IN_REVIEW', 1, 212),
(216, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-20 16:04:57.300242', 'APPROVED', 1, 212),
(217, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-20 16:34:57.300242', 'PUBLISHED', 1, 212),
(221, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-01 16:04:57.431798', 'SUBMITTED', 1, 219),
(222, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-01 16:34:57.431798', 'IN_REVIEW', 1, 219),
(223, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-01 17:04:57.431798', 'APPROVED', 1, 219),
(224, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-01 17:34:57.431798', 'PUBLISHED', 1, 219),
(228, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-17 16:04:57.549636', 'SUBMITTED', 1, 226),
(229, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-17 16:34:57.549636', 'IN_REVIEW', 1, 226),
(230, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-17 17:04:57.549636', 'APPROVED', 1, 226),
(231, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-17 17:34:57.549636', 'PUBLISHED', 1, 226),
(235, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-02 16:04:57.663878', 'SUBMITTED', 1, 233),
(236, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-02 16:34:57.663878', 'IN_REVIEW', 1, 233),
(237, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-02 17:04:57.663878', 'APPROVED', 1, 233),
(238, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-02 17:34:57.663878', 'PUBLISHED', 1, 233),
(242, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-12 16:04:57.776105', 'SUBMITTED', 1, 240),
(243, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-12 16:34:57.776105', 'IN_REVIEW', 1, 240),
(244, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-12 17:04:57.776105', 'APPROVED', 1, 240),
(245, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-12 17:34:57.776105', 'PUBLISHED', 1, 240),
(249, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-23 13:04:57.876638', 'SUBMITTED', 1, 247),
(250, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-23 13:34:57.876638', 'IN_REVIEW', 1, 247),
(251, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-23 14:04:57.876638', 'APPROVED', 1, 247),
(252, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-23 14:34:57.876638', 'PUBLISHED', 1, 247),
(256, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-17 12:04:57.958765', 'SUBMITTED', 1, 254),
(257, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-17 12:34:57.958765', 'IN_REVIEW', 1, 254),
(258, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-17 13:04:57.958765', 'APPROVED', 1, 254),
(259, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-17 13:34:57.958765', 'PUBLISHED', 1, 254),
(263, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-21 16:04:58.107154', 'SUBMITTED', 1, 261),
(264, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-21 16:34:58.107154', 'IN_REVIEW', 1, 261),
(265, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-21 17:04:58.107154', 'APPROVED', 1, 261),
(266, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-21 17:34:58.107154', 'PUBLISHED', 1, 261);         
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(270, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-09 14:04:58.308545', 'SUBMITTED', 1, 268),
(271, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-09 14:34:58.308545', 'IN_REVIEW', 1, 268),
(272, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-09 15:04:58.308545', 'APPROVED', 1, 268),
(273, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-09 15:34:58.308545', 'PUBLISHED', 1, 268),
(277, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-26 16:04:58.382242', 'SUBMITTED', 1, 275),
(278, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-26 16:34:58.382242', 'IN_REVIEW', 1, 275),
(279, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-26 17:04:58.382242', 'APPROVED', 1, 275),
(280, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-26 17:34:58.382242', 'PUBLISHED', 1, 275),
(284, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-15 15:04:58.487251', 'SUBMITTED', 1, 282),
(285, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-15 15:34:58.487251', 'IN_REVIEW', 1, 282),
(286, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-15 16:04:58.487251', 'APPROVED', 1, 282),
(287, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-15 16:34:58.487251', 'PUBLISHED', 1, 282),
(291, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-25 15:04:58.549676', 'SUBMITTED', 1, 289),
(292, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-25 15:34:58.549676', 'IN_REVIEW', 1, 289),
(293, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-25 16:04:58.549676', 'APPROVED', 1, 289),
(294, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-25 16:34:58.549676', 'PUBLISHED', 1, 289),
(298, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-27 16:04:58.640945', 'SUBMITTED', 1, 296),
(299, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-27 16:34:58.640945', 'IN_REVIEW', 1, 296),
(300, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-27 17:04:58.640945', 'APPROVED', 1, 296),
(301, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-27 17:34:58.640945', 'PUBLISHED', 1, 296),
(305, 'SUBMIT', 'bientap-sotp', 'DRAFT', NULL, TIMESTAMP '2026-11-29 14:04:58.727188', 'SUBMITTED', 1, 303),
(306, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 14:34:58.727188', 'IN_REVIEW', 1, 303),
(307, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 15:04:58.727188', 'APPROVED', 1, 303),
(308, 'PUBLISH', 'bientap-sotp', 'APPROVED', NULL, TIMESTAMP '2026-11-29 15:34:58.727188', 'PUBLISHED', 1, 303),
(311, 'PROPOSED', 'bientap-sotp', NULL, NULL, TIMESTAMP '2026-11-29 17:34:58.727188', 'SUBMITTED', 1, 309),
(312, 'PROPOSED_TO_MAIN', 'bientap-sotp', 'PUBLISHED', NULL, TIMESTAMP '2026-11-29 17:34:58.727188', 'PUBLISHED', 1, 303),
(313, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 17:44:58.727188', 'IN_REVIEW', 1, 309),
(314, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 17:54:58.727188', 'APPROVED', 1, 309),
(315, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-29 18:04:58.727188', 'PUBLISHED', 1, 309),
(319, 'SUBMIT', 'bientap-sotp', 'DRAFT', NULL, TIMESTAMP '2026-11-22 12:04:58.856713', 'SUBMITTED', 1, 317),
(320, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-22 12:34:58.856713', 'IN_REVIEW', 1, 317),
(321, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-22 13:04:58.856713', 'APPROVED', 1, 317),
(322, 'PUBLISH', 'bientap-sotp', 'APPROVED', NULL, TIMESTAMP '2026-11-22 13:34:58.856713', 'PUBLISHED', 1, 317),
(325, 'SUBMIT', 'bientap-sotp', 'DRAFT', NULL, TIMESTAMP '2026-11-27 12:04:58.906158', 'SUBMITTED', 1, 323),
(326, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-27 12:34:58.906158', 'IN_REVIEW', 1, 323),
(327, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-27 13:04:58.906158', 'APPROVED', 1, 323),
(328, 'PUBLISH', 'bientap-sotp', 'APPROVED', NULL, TIMESTAMP '2026-11-27 13:34:58.906158', 'PUBLISHED', 1, 323);    
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(331, 'SUBMIT', 'bientap-xadt', 'DRAFT', NULL, TIMESTAMP '2026-11-30 15:04:59.108108', 'SUBMITTED', 1, 329),
(332, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 15:34:59.108108', 'IN_REVIEW', 1, 329),
(333, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-30 16:04:59.108108', 'APPROVED', 1, 329),
(334, 'PUBLISH', 'bientap-xadt', 'APPROVED', NULL, TIMESTAMP '2026-11-30 16:34:59.108108', 'PUBLISHED', 1, 329),
(337, 'PROPOSED', 'bientap-xadt', NULL, NULL, TIMESTAMP '2026-11-30 18:34:59.108108', 'SUBMITTED', 1, 335),
(338, 'PROPOSED_TO_MAIN', 'bientap-xadt', 'PUBLISHED', NULL, TIMESTAMP '2026-11-30 18:34:59.108108', 'PUBLISHED', 1, 329),
(341, 'SUBMIT', 'bientap-xadt', 'DRAFT', NULL, TIMESTAMP '2026-11-24 14:04:59.170007', 'SUBMITTED', 1, 339),
(342, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-24 14:34:59.170007', 'IN_REVIEW', 1, 339),
(343, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-24 15:04:59.170007', 'APPROVED', 1, 339),
(344, 'PUBLISH', 'bientap-xadt', 'APPROVED', NULL, TIMESTAMP '2026-11-24 15:34:59.170007', 'PUBLISHED', 1, 339),
(347, 'SUBMIT', 'bientap-xadt', 'DRAFT', NULL, TIMESTAMP '2026-11-28 13:04:59.273079', 'SUBMITTED', 1, 345),
(348, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-28 13:34:59.273079', 'IN_REVIEW', 1, 345),
(349, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-28 14:04:59.273079', 'APPROVED', 1, 345),
(350, 'PUBLISH', 'bientap-xadt', 'APPROVED', NULL, TIMESTAMP '2026-11-28 14:34:59.273079', 'PUBLISHED', 1, 345),
(353, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 15:44:59.29756', 'SUBMITTED', 1, 351),
(356, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 15:44:59.585398', 'SUBMITTED', 1, 354),
(357, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 15:54:59.585398', 'IN_REVIEW', 1, 354),
(360, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 15:44:59.612241', 'SUBMITTED', 1, 358),
(361, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 15:54:59.612241', 'IN_REVIEW', 1, 358),
(362, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-12-01 16:04:59.612241', 'APPROVED', 1, 358),
(363, 'SCHEDULE', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-12-01 16:14:59.612241', 'SCHEDULED', 1, 358);
CREATE CACHED TABLE "PUBLIC"."LEGAL_RELATION"(
    "ID" BIGINT NOT NULL,
    "KIND" CHARACTER VARYING(12) NOT NULL,
    "VERSION" BIGINT,
    "SOURCE_ID" BIGINT,
    "TARGET_ID" BIGINT
);    
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E0" PRIMARY KEY("ID");               
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_RELATION;           
INSERT INTO "PUBLIC"."LEGAL_RELATION" VALUES
(409, 'GUIDES', 1, 405, 401),
(410, 'REPLACES', 1, 403, 402),
(411, 'GUIDES', 1, 404, 400),
(412, 'GUIDES', 1, 406, 400);         
CREATE CACHED TABLE "PUBLIC"."ARTICLE_REVISION"(
    "ID" BIGINT NOT NULL,
    "ACTOR" CHARACTER VARYING(64) NOT NULL,
    "BODY_HTML" CHARACTER VARYING,
    "NOTE" CHARACTER VARYING(500),
    "REVISION_NO" INTEGER NOT NULL,
    "SAVEDAT" TIMESTAMP NOT NULL,
    "SUMMARY" CHARACTER VARYING(2000),
    "TITLE" CHARACTER VARYING(500) NOT NULL,
    "VERSION" BIGINT,
    "ARTICLE_ID" BIGINT
);        
ALTER TABLE "PUBLIC"."ARTICLE_REVISION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_6" PRIMARY KEY("ID");              
-- 45 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_REVISION;        
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(77, 'congtacvien', U&'<p>T\1ec9nh Cao B\1eb1ng c\00f3 di\1ec7n t\00edch t\1ef1 nhi\00ean kho\1ea3ng 6.700 km\00b2, d\00e2n c\01b0 g\1ed3m c\00e1c d\00e2n t\1ed9c T\00e0y, N\00f9ng, Dao, M\00f4ng, Kinh v\00e0 nhi\1ec1u d\00e2n t\1ed9c kh\00e1c c\00f9ng sinh s\1ed1ng.</p><p>C\00f4ng vi\00ean \0111\1ecba ch\1ea5t to\00e0n c\1ea7u UNESCO Non n\01b0\1edbc Cao B\1eb1ng \0111\01b0\1ee3c c\00f4ng nh\1eadn n\0103m 2018, m\1edf ra h\01b0\1edbng ph\00e1t tri\1ec3n du l\1ecbch b\1ec1n v\1eefng g\1eafn v\1edbi b\1ea3o t\1ed3n di s\1ea3n.</p>', NULL, 1, TIMESTAMP '2026-10-22 15:34:55.486753', U&'Cao B\1eb1ng l\00e0 t\1ec9nh mi\1ec1n n\00fai bi\00ean gi\1edbi ph\00eda \0110\00f4ng B\1eafc, c\00f3 \0111\01b0\1eddng bi\00ean gi\1edbi v\1edbi Trung Qu\1ed1c d\00e0i h\01a1n 333 km, n\1ed5i ti\1ebfng v\1edbi th\00e1c B\1ea3n Gi\1ed1c v\00e0 Khu di t\00edch P\00e1c B\00f3.', U&'Kh\00e1i qu\00e1t v\1ec1 t\1ec9nh Cao B\1eb1ng', 1, 76),
(84, 'bientap', U&'<p>The province covers about 6,700 km\00b2 and is home to the Tay, Nung, Dao, H''Mong, Kinh and other ethnic groups.</p><p>The Non nuoc Cao Bang UNESCO Global Geopark, recognised in 2018, supports sustainable tourism built on heritage conservation.</p>', NULL, 1, TIMESTAMP '2026-10-22 15:34:55.486753', 'Cao Bang is a mountainous border province in the north-east, with over 333 km of border with China, known for Ban Gioc waterfall and the Pac Bo relic site.', 'About Cao Bang Province', 1, 83),
(90, 'congtacvien', U&'<p>Theo c\00e1c quy\1ebft \0111\1ecbnh, S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng \0111\01b0\1ee3c th\00e0nh l\1eadp tr\00ean c\01a1 s\1edf h\1ee3p nh\1ea5t hai s\1edf, b\1ea3o \0111\1ea3m tinh g\1ecdn, hi\1ec7u l\1ef1c, hi\1ec7u qu\1ea3.</p><p>C\00e1c c\01a1 quan \0111\01b0\1ee3c y\00eau c\1ea7u c\1eadp nh\1eadt th\00f4ng tin giao d\1ecbch tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh trong th\1eddi h\1ea1n quy \0111\1ecbnh.</p>', NULL, 1, TIMESTAMP '2026-11-19 13:34:55.607259', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh c\00f4ng b\1ed1 c\00e1c quy\1ebft \0111\1ecbnh v\1ec1 ch\1ee9c n\0103ng, nhi\1ec7m v\1ee5 c\1ee7a c\00e1c s\1edf sau khi s\1eafp x\1ebfp, h\1ee3p nh\1ea5t.', U&'S\1eafp x\1ebfp t\1ed5 ch\1ee9c b\1ed9 m\00e1y c\00e1c s\1edf, ng\00e0nh t\1ec9nh Cao B\1eb1ng', 1, 89),
(97, 'congtacvien', U&'<p>S\1edf X\00e2y d\1ef1ng ch\1ee7 tr\00ec b\1ed1 tr\00ed l\1ef1c l\01b0\1ee3ng, ph\01b0\01a1ng ti\1ec7n tr\1ef1c 24/24 gi\1edd t\1ea1i c\00e1c \0111i\1ec3m c\00f3 nguy c\01a1 s\1ea1t l\1edf cao.</p><p>UBND c\00e1c x\00e3 ch\1ee7 \0111\1ed9ng th\00f4ng b\00e1o cho ng\01b0\1eddi d\00e2n kh\00f4ng \0111i qua ng\1ea7m, tr\00e0n khi n\01b0\1edbc d\00e2ng cao.</p>', NULL, 1, TIMESTAMP '2026-11-29 13:34:55.781751', U&'C\00e1c s\1edf, ng\00e0nh v\00e0 UBND c\00e1c x\00e3 \0111\01b0\1ee3c y\00eau c\1ea7u ki\1ec3m tra, kh\1eafc ph\1ee5c ngay c\00e1c \0111i\1ec3m s\1ea1t l\1edf tr\00ean qu\1ed1c l\1ed9 3, qu\1ed1c l\1ed9 4A v\00e0 c\00e1c tuy\1ebfn \0111\01b0\1eddng t\1ec9nh.', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ch\1ec9 \0111\1ea1o b\1ea3o \0111\1ea3m an to\00e0n giao th\00f4ng m\00f9a m\01b0a l\0169', 1, 96),
(104, 'bientap', '<p>The Department of Construction keeps crews and machines on duty around the clock at high-risk points.</p><p>Communes warn residents not to cross spillways when water rises.</p>', NULL, 1, TIMESTAMP '2026-11-29 13:34:55.781751', 'Departments and communes must inspect and immediately repair landslide points on national highways 3 and 4A and provincial roads.', 'Provincial Chairman directs road safety in the flood season', 1, 103),
(110, 'congtacvien', U&'<p>C\00e1c t\1eadp th\1ec3 \0111\01b0\1ee3c khen th\01b0\1edfng c\00f3 nhi\1ec1u \0111\00f3ng g\00f3p trong c\1ea3i c\00e1ch h\00e0nh ch\00ednh, chuy\1ec3n \0111\1ed5i s\1ed1 v\00e0 x\00e2y d\1ef1ng n\00f4ng th\00f4n m\1edbi.</p><p>Danh s\00e1ch chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng k\00e8m quy\1ebft \0111\1ecbnh khen th\01b0\1edfng.</p>', NULL, 1, TIMESTAMP '2026-11-25 14:34:56.065215', U&'UBND t\1ec9nh t\1eb7ng B\1eb1ng khen cho 25 t\1eadp th\1ec3 v\00e0 48 c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch xu\1ea5t s\1eafc trong phong tr\00e0o thi \0111ua y\00eau n\01b0\1edbc.', U&'Khen th\01b0\1edfng t\1eadp th\1ec3, c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch trong phong tr\00e0o thi \0111ua n\0103m 2026', 1, 109);            
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(117, 'congtacvien', U&'<p>Doanh thu t\1eeb du l\1ecbch \01b0\1edbc \0111\1ea1t tr\00ean 1.300 t\1ef7 \0111\1ed3ng. Nhi\1ec1u homestay c\1ee7a \0111\1ed3ng b\00e0o T\00e0y, N\00f9ng \0111\01b0\1ee3c n\00e2ng c\1ea5p, \0111\1ea1t ti\00eau chu\1ea9n ph\1ee5c v\1ee5 kh\00e1ch qu\1ed1c t\1ebf.</p><p>T\1ec9nh ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh qu\1ea3ng b\00e1, li\00ean k\1ebft tour tuy\1ebfn v\1edbi c\00e1c t\1ec9nh B\1eafc K\1ea1n, L\1ea1ng S\01a1n v\00e0 Qu\1ea3ng T\00e2y (Trung Qu\1ed1c).</p>', NULL, 1, TIMESTAMP '2026-12-01 15:34:56.168491', U&'L\01b0\1ee3ng kh\00e1ch \0111\1ebfn Cao B\1eb1ng t\0103ng 15% so v\1edbi c\00f9ng k\1ef3, ch\1ee7 y\1ebfu t\1eadp trung t\1ea1i khu du l\1ecbch th\00e1c B\1ea3n Gi\1ed1c v\00e0 C\00f4ng vi\00ean \0111\1ecba ch\1ea5t Non n\01b0\1edbc Cao B\1eb1ng.', U&'Cao B\1eb1ng \0111\00f3n h\01a1n 1,2 tri\1ec7u l\01b0\1ee3t kh\00e1ch du l\1ecbch trong 10 th\00e1ng', 1, 116),
(124, 'bientap', '<p>Tourism revenue is estimated at over VND 1,300 billion; many Tay and Nung homestays now meet international standards.</p><p>The province keeps promoting joint tours with Bac Kan, Lang Son and Guangxi (China).</p>', NULL, 1, TIMESTAMP '2026-12-01 15:34:56.168491', 'Visitor numbers rose 15% year on year, mostly at Ban Gioc waterfall and the Non nuoc Cao Bang Geopark.', 'Cao Bang welcomes over 1.2 million visitors in ten months', 1, 123),
(130, 'congtacvien', U&'<p>H\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh \0111\00e3 \0111\01b0\1ee3c c\1ea5p ch\1ec9 d\1eabn \0111\1ecba l\00fd, \0111\01b0\1ee3c ng\01b0\1eddi ti\00eau d\00f9ng trong v\00e0 ngo\00e0i t\1ec9nh \01b0a chu\1ed9ng.</p><p>C\00e1c h\1ee3p t\00e1c x\00e3 li\00ean k\1ebft bao ti\00eau s\1ea3n ph\1ea9m, gi\00fap b\00e0 con y\00ean t\00e2m s\1ea3n xu\1ea5t.</p>', NULL, 1, TIMESTAMP '2026-11-30 14:34:56.343201', U&'Ng\01b0\1eddi d\00e2n c\00e1c x\00e3 v\00f9ng h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh b\01b0\1edbc v\00e0o v\1ee5 thu ho\1ea1ch v\1edbi s\1ea3n l\01b0\1ee3ng \01b0\1edbc \0111\1ea1t h\01a1n 600 t\1ea5n, gi\00e1 b\00e1n t\1eeb 80.000 \0111\1ebfn 120.000 \0111\1ed3ng/kg.', U&'M\00f9a h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh cho thu nh\1eadp cao', 1, 129),
(137, 'congtacvien', U&'<p>C\00e1c n\1ed9i dung thi \0111\1ea5u g\1ed3m k\00e9o co, \0111\1ea9y g\1eady, n\00e9m c\00f2n, b\1eafn n\1ecf v\00e0 tr\00ecnh di\1ec5n trang ph\1ee5c truy\1ec1n th\1ed1ng.</p><p>L\1ec5 h\1ed9i g\00f3p ph\1ea7n b\1ea3o t\1ed3n, ph\00e1t huy b\1ea3n s\1eafc v\0103n h\00f3a c\00e1c d\00e2n t\1ed9c.</p>', NULL, 1, TIMESTAMP '2026-11-28 12:34:56.356546', U&'L\1ec5 h\1ed9i quy t\1ee5 h\01a1n 1.000 v\1eadn \0111\1ed9ng vi\00ean, ngh\1ec7 nh\00e2n \0111\1ebfn t\1eeb c\00e1c x\00e3, ph\01b0\1eddng trong t\1ec9nh v\1edbi nhi\1ec1u ho\1ea1t \0111\1ed9ng v\0103n h\00f3a \0111\1eb7c s\1eafc.', U&'Khai m\1ea1c L\1ec5 h\1ed9i v\0103n h\00f3a, th\1ec3 thao c\00e1c d\00e2n t\1ed9c t\1ec9nh Cao B\1eb1ng', 1, 136),
(144, 'congtacvien', U&'<p>Ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t \0111\01b0\1ee3c c\1ea5p Gi\1ea5y ch\1ee9ng nh\1eadn theo th\1ee7 t\1ee5c \0111\01a1n gi\1ea3n h\01a1n; b\1ea3ng gi\00e1 \0111\1ea5t \0111\01b0\1ee3c x\00e2y d\1ef1ng h\1eb1ng n\0103m.</p><p>S\1edf T\01b0 ph\00e1p ph\1ed1i h\1ee3p v\1edbi c\00e1c x\00e3 t\1ed5 ch\1ee9c tuy\00ean truy\1ec1n l\01b0u \0111\1ed9ng t\1ea1i c\00e1c th\00f4n, b\1ea3n v\00f9ng cao.</p>', NULL, 1, TIMESTAMP '2026-11-26 15:34:56.490029', U&'Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 m\1edf r\1ed9ng quy\1ec1n c\1ee7a ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t, quy \0111\1ecbnh r\00f5 h\01a1n v\1ec1 b\1ed3i th\01b0\1eddng, h\1ed7 tr\1ee3, t\00e1i \0111\1ecbnh c\01b0.', U&'Nh\1eefng \0111i\1ec3m m\1edbi c\1ee7a Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 ng\01b0\1eddi d\00e2n c\1ea7n bi\1ebft', 1, 143),
(151, 'congtacvien', U&'<p>C\00e1c bu\1ed5i tuy\00ean truy\1ec1n \0111\01b0\1ee3c th\1ef1c hi\1ec7n b\1eb1ng ti\1ebfng T\00e0y, ti\1ebfng N\00f9ng v\00e0 ti\1ebfng M\00f4ng \0111\1ec3 ng\01b0\1eddi d\00e2n d\1ec5 hi\1ec3u.</p><p>B\1ed9 \0111\1ed9i Bi\00ean ph\00f2ng t\1ec9nh ph\1ed1i h\1ee3p c\00f9ng ch\00ednh quy\1ec1n \0111\1ecba ph\01b0\01a1ng th\1ef1c hi\1ec7n.</p>', NULL, 1, TIMESTAMP '2026-11-22 11:34:56.521175', U&'H\01a1n 2.000 l\01b0\1ee3t ng\01b0\1eddi d\00e2n c\00e1c x\00e3 bi\00ean gi\1edbi \0111\01b0\1ee3c ph\1ed5 bi\1ebfn ki\1ebfn th\1ee9c v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi v\00e0 xu\1ea5t nh\1eadp c\1ea3nh tr\00e1i ph\00e9p.', U&'Tuy\00ean truy\1ec1n ph\00e1p lu\1eadt v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi t\1ea1i khu v\1ef1c bi\00ean gi\1edbi', 1, 150);        
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(158, 'congtacvien', U&'<p>Tuy\1ebfn cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh l\00e0 c\00f4ng tr\00ecnh \0111\1ed9ng l\1ef1c, k\1ebft n\1ed1i Cao B\1eb1ng v\1edbi v\00f9ng kinh t\1ebf tr\1ecdng \0111i\1ec3m.</p><p>\0110\1ebfn n\0103m 2030, t\1ec9nh ph\1ea5n \0111\1ea5u t\1ed1c \0111\1ed9 t\0103ng tr\01b0\1edfng b\00ecnh qu\00e2n tr\00ean 7%/n\0103m.</p>', NULL, 1, TIMESTAMP '2026-11-11 15:34:56.555878', U&'Quy ho\1ea1ch x\00e1c \0111\1ecbnh b\1ed1n \0111\1ed9t ph\00e1: h\1ea1 t\1ea7ng giao th\00f4ng, kinh t\1ebf c\1eeda kh\1ea9u, du l\1ecbch g\1eafn v\1edbi c\00f4ng vi\00ean \0111\1ecba ch\1ea5t v\00e0 n\00f4ng nghi\1ec7p h\00e0ng h\00f3a.', U&'Quy ho\1ea1ch t\1ec9nh Cao B\1eb1ng th\1eddi k\1ef3 2021\20132030, t\1ea7m nh\00ecn \0111\1ebfn n\0103m 2050', 1, 157),
(165, 'congtacvien', U&'<p>K\1ebf ho\1ea1ch \01b0u ti\00ean \0111\1ea7u t\01b0 h\1ea1 t\1ea7ng s\1ed1, gi\00e1o d\1ee5c v\00f9ng cao v\00e0 ch\0103m s\00f3c s\1ee9c kh\1ecfe ban \0111\1ea7u.</p><p>C\00e1c s\1edf, ng\00e0nh x\00e2y d\1ef1ng ch\01b0\01a1ng tr\00ecnh h\00e0nh \0111\1ed9ng c\1ee5 th\1ec3 tr\01b0\1edbc ng\00e0y 31 th\00e1ng 12.</p>', NULL, 1, TIMESTAMP '2026-11-16 15:34:56.668176', U&'UBND t\1ec9nh ban h\00e0nh k\1ebf ho\1ea1ch v\1edbi 22 ch\1ec9 ti\00eau ch\1ee7 y\1ebfu, trong \0111\00f3 t\1ef7 l\1ec7 h\1ed9 ngh\00e8o gi\1ea3m tr\00ean 4%.', U&'K\1ebf ho\1ea1ch ph\00e1t tri\1ec3n kinh t\1ebf \2013 x\00e3 h\1ed9i n\0103m 2027', 1, 164),
(172, 'congtacvien', U&'<p>V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a UBND t\1ec9nh ph\1ea3i \0111\01b0\1ee3c \0111\0103ng tr\00ean C\1ed5ng ch\1eadm nh\1ea5t 02 ng\00e0y l\00e0m vi\1ec7c k\1ec3 t\1eeb ng\00e0y ban h\00e0nh.</p><p>To\00e0n v\0103n quy \0111\1ecbnh \0111\01b0\1ee3c \0111\0103ng t\1ea1i m\1ee5c V\0103n b\1ea3n ph\00e1p lu\1eadt.</p>', NULL, 1, TIMESTAMP '2026-11-27 11:34:56.689888', U&'Quy \0111\1ecbnh n\00eau r\00f5 tr\00e1ch nhi\1ec7m cung c\1ea5p th\00f4ng tin c\1ee7a c\00e1c c\01a1 quan, th\1eddi h\1ea1n c\1eadp nh\1eadt v\00e0 ch\1ebf \0111\1ed9 nhu\1eadn b\00fat.', U&'Ban h\00e0nh Quy \0111\1ecbnh qu\1ea3n l\00fd, v\1eadn h\00e0nh C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 1, 171),
(179, 'congtacvien', U&'<p>B\1ea1n \0111\1ecdc c\00f3 th\1ec3 tra c\1ee9u to\00e0n v\0103n c\00e1c v\0103n b\1ea3n tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.</p><p>C\00f4ng b\00e1o \0111i\1ec7n t\1eed c\00f3 gi\00e1 tr\1ecb nh\01b0 b\1ea3n in.</p>', NULL, 1, TIMESTAMP '2026-11-06 15:34:56.754818', U&'S\1ed1 C\00f4ng b\00e1o m\1edbi \0111\0103ng t\1ea3i 12 v\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a H\0110ND v\00e0 UBND t\1ec9nh.', U&'C\00f4ng b\00e1o t\1ec9nh Cao B\1eb1ng ph\00e1t h\00e0nh s\1ed1 m\1edbi', 1, 178),
(186, 'congtacvien', U&'<p>C\00f4ng t\00e1c gi\1ea3i ph\00f3ng m\1eb7t b\1eb1ng c\01a1 b\1ea3n ho\00e0n th\00e0nh; c\00e1c nh\00e0 th\1ea7u t\0103ng ca, t\1eadn d\1ee5ng th\1eddi ti\1ebft thu\1eadn l\1ee3i.</p><p>Khi ho\00e0n th\00e0nh, th\1eddi gian di chuy\1ec3n t\1eeb Cao B\1eb1ng \0111\1ebfn H\00e0 N\1ed9i r\00fat ng\1eafn c\00f2n kho\1ea3ng 4 gi\1edd.</p>', NULL, 1, TIMESTAMP '2026-11-24 13:34:56.780549', U&'D\1ef1 \00e1n \0111\00e3 ho\00e0n th\00e0nh h\01a1n 60% kh\1ed1i l\01b0\1ee3ng, ph\1ea5n \0111\1ea5u th\00f4ng tuy\1ebfn k\1ef9 thu\1eadt trong n\0103m 2026.', U&'\0110\1ea9y nhanh ti\1ebfn \0111\1ed9 d\1ef1 \00e1n cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh', 1, 185),
(193, 'bientap', '<p>Site clearance is essentially complete and contractors work extra shifts.</p><p>Once open, the drive from Cao Bang to Hanoi will take about four hours.</p>', NULL, 1, TIMESTAMP '2026-11-24 13:34:56.780549', 'Over 60% of the work is done; technical opening is targeted within 2026.', U&'Speeding up the Dong Dang \2013 Tra Linh expressway', 1, 192),
(199, 'congtacvien', U&'<p>H\1ed3 s\01a1 m\1eddi th\1ea7u \0111\01b0\1ee3c ph\00e1t h\00e0nh tr\00ean H\1ec7 th\1ed1ng m\1ea1ng \0111\1ea5u th\1ea7u qu\1ed1c gia.</p><p>Th\1eddi \0111i\1ec3m \0111\00f3ng th\1ea7u: 9 gi\1edd 00 ng\00e0y th\1ee9 hai tu\1ea7n sau.</p>', NULL, 1, TIMESTAMP '2026-11-13 12:34:56.863041', U&'Trung t\00e2m Th\00f4ng tin t\1ec9nh th\00f4ng b\00e1o m\1eddi th\1ea7u r\1ed9ng r\00e3i qua m\1ea1ng g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb m\1ea1ng v\00e0 m\00e1y ch\1ee7.', U&'Th\00f4ng b\00e1o m\1eddi th\1ea7u g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb chuy\1ec3n \0111\1ed5i s\1ed1', 1, 198);         
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(206, 'congtacvien', U&'<p>D\1ef1 th\1ea3o quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 x\00e2y d\1ef1ng, c\1ea3i t\1ea1o homestay v\00e0 \0111\00e0o t\1ea1o ng\01b0\1eddi l\00e0m du l\1ecbch.</p><p>\00dd ki\1ebfn g\00f3p \00fd g\1eedi qua m\1ee5c L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o tr\00ean C\1ed5ng.</p>', NULL, 1, TIMESTAMP '2026-11-28 12:34:56.876639', U&'S\1edf V\0103n h\00f3a, Th\1ec3 thao v\00e0 Du l\1ecbch \0111\1ec1 ngh\1ecb t\1ed5 ch\1ee9c, c\00e1 nh\00e2n g\00f3p \00fd d\1ef1 th\1ea3o trong 30 ng\00e0y.', U&'L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o Ngh\1ecb quy\1ebft v\1ec1 ch\00ednh s\00e1ch h\1ed7 tr\1ee3 ph\00e1t tri\1ec3n du l\1ecbch c\1ed9ng \0111\1ed3ng', 1, 205),
(213, 'congtacvien', U&'<p>Th\1eddi h\1ea1n g\00f3p \00fd \0111\1ebfn h\1ebft ng\00e0y 15 th\00e1ng sau.</p><p>C\01a1 quan ch\1ee7 tr\00ec so\1ea1n th\1ea3o: S\1edf C\00f4ng Th\01b0\01a1ng.</p>', NULL, 1, TIMESTAMP '2026-11-20 14:34:57.300242', U&'D\1ef1 th\1ea3o g\1ed3m 5 ch\01b0\01a1ng, 28 \0111i\1ec1u, quy \0111\1ecbnh ph\00e2n h\1ea1ng, qu\1ea3n l\00fd v\00e0 khai th\00e1c ch\1ee3.', U&'G\00f3p \00fd d\1ef1 th\1ea3o Quy \0111\1ecbnh v\1ec1 qu\1ea3n l\00fd ch\1ee3 tr\00ean \0111\1ecba b\00e0n t\1ec9nh', 1, 212),
(220, 'congtacvien', U&'<p>Th\00f4ng tin chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng t\1ea1i trang L\00e3nh \0111\1ea1o t\1ec9nh.</p><p>T\1ed5 ch\1ee9c, c\00e1 nh\00e2n li\00ean h\1ec7 trong gi\1edd h\00e0nh ch\00ednh.</p>', NULL, 1, TIMESTAMP '2026-11-01 15:34:57.431798', U&'Danh s\00e1ch \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed c\00f4ng v\1ee5 c\1ee7a Ch\1ee7 t\1ecbch v\00e0 c\00e1c Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh.', U&'Th\00f4ng tin li\00ean h\1ec7 c\1ee7a l\00e3nh \0111\1ea1o UBND t\1ec9nh', 1, 219),
(227, 'congtacvien', U&'<p>Tr\01b0\1eddng h\1ee3p ng\00e0y ti\1ebfp tr\00f9ng ng\00e0y ngh\1ec9, l\1ec5 th\00ec chuy\1ec3n sang ng\00e0y l\00e0m vi\1ec7c ti\1ebfp theo.</p><p>C\00f4ng d\00e2n mang theo gi\1ea5y t\1edd t\00f9y th\00e2n v\00e0 t\00e0i li\1ec7u li\00ean quan.</p>', NULL, 1, TIMESTAMP '2026-10-17 15:34:57.549636', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 v\00e0o ng\00e0y 15 h\1eb1ng th\00e1ng t\1ea1i Tr\1ee5 s\1edf Ti\1ebfp c\00f4ng d\00e2n t\1ec9nh.', U&'L\1ecbch ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh', 1, 226),
(234, 'congtacvien', U&'<p>Ban Bi\00ean t\1eadp ti\1ebfp nh\1eadn tin, b\00e0i, \00fd ki\1ebfn ph\1ea3n \00e1nh qua th\01b0 \0111i\1ec7n t\1eed banbientap@caobang.gov.vn.</p><p>Th\00f4ng tin chi ti\1ebft t\1ea1i trang Li\00ean h\1ec7.</p>', NULL, 1, TIMESTAMP '2026-10-02 15:34:57.663878', U&'\0110\1ecba ch\1ec9, \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed ch\00ednh th\1ee9c c\1ee7a Ban Bi\00ean t\1eadp C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng.', U&'Th\00f4ng tin giao d\1ecbch c\1ee7a C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 1, 233),
(241, 'congtacvien', U&'<p>Tin, b\00e0i \0111\01b0\1ee3c \0111\0103ng s\1ebd \0111\01b0\1ee3c chi tr\1ea3 nhu\1eadn b\00fat theo quy \0111\1ecbnh.</p><p>Ban Bi\00ean t\1eadp c\00f3 quy\1ec1n bi\00ean t\1eadp n\1ed9i dung cho ph\00f9 h\1ee3p.</p>', NULL, 1, TIMESTAMP '2026-10-12 15:34:57.776105', U&'Tin, b\00e0i g\1eedi v\1ec1 Ban Bi\00ean t\1eadp c\1ea7n ghi r\00f5 t\00e1c gi\1ea3, ngu\1ed3n tin v\00e0 \1ea3nh minh h\1ecda c\00f3 ch\00fa th\00edch.', U&'H\01b0\1edbng d\1eabn g\1eedi tin, b\00e0i c\1ed9ng t\00e1c v\1edbi C\1ed5ng', 1, 240),
(248, 'congtacvien', U&'<p>T\1ef7 l\1ec7 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn trong th\00e1ng \0111\1ea1t 68%, t\0103ng 12% so v\1edbi th\00e1ng tr\01b0\1edbc.</p><p>Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n t\1ea1i c\00e1c \0111i\1ec3m m\1ed9t c\1eeda.</p>', NULL, 1, TIMESTAMP '2026-11-23 12:34:57.876638', U&'Ng\01b0\1eddi d\00e2n, doanh nghi\1ec7p c\00f3 th\1ec3 n\1ed9p h\1ed3 s\01a1, theo d\00f5i ti\1ebfn \0111\1ed9 v\00e0 nh\1eadn k\1ebft qu\1ea3 tr\1ef1c tuy\1ebfn.', U&'100% th\1ee7 t\1ee5c h\00e0nh ch\00ednh \0111\1ee7 \0111i\1ec1u ki\1ec7n \0111\01b0\1ee3c cung c\1ea5p d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn to\00e0n tr\00ecnh', 1, 247);        
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(255, 'congtacvien', U&'<p>Th\1eddi h\1ea1n gi\1ea3i quy\1ebft kh\00f4ng qu\00e1 10 ng\00e0y l\00e0m vi\1ec7c.</p><p>L\1ec7 ph\00ed \0111\01b0\1ee3c thanh to\00e1n tr\1ef1c tuy\1ebfn.</p>', NULL, 1, TIMESTAMP '2026-11-17 11:34:57.958765', U&'C\00f4ng d\00e2n c\00f3 th\1ec3 \0111\1ec1 ngh\1ecb c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p qua C\1ed5ng d\1ecbch v\1ee5 c\00f4ng v\1edbi t\00e0i kho\1ea3n \0111\1ecbnh danh \0111i\1ec7n t\1eed m\1ee9c 2.', U&'H\01b0\1edbng d\1eabn c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p tr\1ef1c tuy\1ebfn', 1, 254),
(262, 'congtacvien', U&'<p>M\1ed7i trang c\00f3 m\1ee5c tin t\1ee9c, th\1ee7 t\1ee5c h\00e0nh ch\00ednh v\00e0 th\00f4ng tin li\00ean h\1ec7 c\1ee7a ch\00ednh quy\1ec1n x\00e3.</p><p>Bi\00ean t\1eadp vi\00ean c\1ea5p x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n s\1eed d\1ee5ng h\1ec7 th\1ed1ng.</p>', NULL, 1, TIMESTAMP '2026-11-21 15:34:58.107154', U&'C\00e1c x\00e3, ph\01b0\1eddng m\1edbi th\00e0nh l\1eadp c\00f3 trang th\00f4ng tin \0111i\1ec7n t\1eed ri\00eang, t\00edch h\1ee3p v\1edbi C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.', U&'Ra m\1eaft trang th\00f4ng tin \0111i\1ec7n t\1eed c\00e1c x\00e3 sau s\1eafp x\1ebfp', 1, 261),
(269, 'congtacvien', U&'<p>N\1ed9i dung t\1eadp hu\1ea5n g\1ed3m quy \0111\1ecbnh v\1ec1 b\1ea3n quy\1ec1n, tr\00edch d\1eabn ngu\1ed3n v\00e0 b\1ea3o v\1ec7 d\1eef li\1ec7u c\00e1 nh\00e2n.</p><p>H\1ecdc vi\00ean th\1ef1c h\00e0nh tr\00ean h\1ec7 th\1ed1ng c\1ed5ng th\00e0nh ph\1ea7n.</p>', NULL, 1, TIMESTAMP '2026-11-09 13:34:58.308545', U&'H\01a1n 150 c\00e1n b\1ed9 c\00e1c s\1edf, ng\00e0nh, x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n v\1ec1 vi\1ebft tin, ch\1ee5p \1ea3nh v\00e0 quy tr\00ecnh bi\00ean t\1eadp.', U&'T\1eadp hu\1ea5n k\1ef9 n\0103ng bi\00ean t\1eadp tin b\00e0i cho c\1ed5ng th\00e0nh ph\1ea7n', 1, 268),
(276, 'congtacvien', U&'<p>C\00e1c nhi\1ec7m v\1ee5 t\1eadp trung v\00e0o b\1ea3o t\1ed3n gi\1ed1ng c\00e2y \0111\1eb7c s\1ea3n, ch\1ebf bi\1ebfn n\00f4ng s\1ea3n v\00e0 chuy\1ec3n \0111\1ed5i s\1ed1.</p><p>H\1ed3 s\01a1 n\1ed9p tr\01b0\1edbc ng\00e0y 30 th\00e1ng sau.</p>', NULL, 1, TIMESTAMP '2026-11-26 15:34:58.382242', U&'S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn t\1ed5 ch\1ee9c, c\00e1 nh\00e2n ch\1ee7 tr\00ec 8 nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', U&'Th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7 c\1ea5p t\1ec9nh n\0103m 2027', 1, 275),
(283, 'congtacvien', U&'<p>K\1ebft qu\1ea3 m\1edf ra tri\1ec3n v\1ecdng m\1edf r\1ed9ng v\00f9ng tr\1ed3ng l\00ea \0111\1eb7c s\1ea3n.</p><p>H\1ed9i \0111\1ed3ng \0111\00e1nh gi\00e1 \0111\1ec1 t\00e0i \0111\1ea1t lo\1ea1i kh\00e1.</p>', NULL, 1, TIMESTAMP '2026-11-15 14:34:58.487251', U&'\0110\1ec1 t\00e0i \0111\00e3 nh\00e2n gi\1ed1ng th\00e0nh c\00f4ng gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea b\1eb1ng ph\01b0\01a1ng ph\00e1p gh\00e9p, t\1ef7 l\1ec7 s\1ed1ng tr\00ean 85%.', U&'Nghi\1ec7m thu \0111\1ec1 t\00e0i nh\00e2n gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea', 1, 282),
(290, 'congtacvien', U&'<p>S\1ea3n xu\1ea5t n\00f4ng nghi\1ec7p \1ed5n \0111\1ecbnh; di\1ec7n t\00edch l\00faa m\00f9a \0111\1ea1t 98% k\1ebf ho\1ea1ch.</p><p>Ch\1ec9 s\1ed1 gi\00e1 ti\00eau d\00f9ng t\0103ng 3,1% so v\1edbi c\00f9ng k\1ef3.</p>', NULL, 1, TIMESTAMP '2026-11-25 14:34:58.549676', U&'T\1ed5ng s\1ea3n ph\1ea9m tr\00ean \0111\1ecba b\00e0n t\0103ng 6,8%; thu ng\00e2n s\00e1ch \0111\1ea1t 85% d\1ef1 to\00e1n; kim ng\1ea1ch xu\1ea5t nh\1eadp kh\1ea9u \0111\1ea1t 750 tri\1ec7u USD.', U&'T\00ecnh h\00ecnh kinh t\1ebf \2013 x\00e3 h\1ed9i 10 th\00e1ng n\0103m 2026', 1, 289),
(297, 'congtacvien', U&'<p>Ni\00ean gi\00e1m \0111\01b0\1ee3c ph\00e1t h\00e0nh d\01b0\1edbi d\1ea1ng s\00e1ch in v\00e0 b\1ea3n \0111i\1ec7n t\1eed.</p><p>S\1ed1 li\1ec7u ph\1ee5c v\1ee5 c\00f4ng t\00e1c qu\1ea3n l\00fd v\00e0 nghi\00ean c\1ee9u.</p>', NULL, 1, TIMESTAMP '2026-10-27 15:34:58.640945', U&'C\1ee5c Th\1ed1ng k\00ea ph\00e1t h\00e0nh Ni\00ean gi\00e1m v\1edbi s\1ed1 li\1ec7u v\1ec1 d\00e2n s\1ed1, lao \0111\1ed9ng, kinh t\1ebf v\00e0 x\00e3 h\1ed9i.', U&'Ni\00ean gi\00e1m th\1ed1ng k\00ea t\1ec9nh Cao B\1eb1ng n\0103m 2025', 1, 296);  
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(304, 'bientap-sotp', U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', NULL, 1, TIMESTAMP '2026-11-29 13:34:58.727188', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', 1, 303),
(310, 'bientap-sotp', U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', NULL, 1, TIMESTAMP '2026-11-29 15:34:58.727188', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', 1, 309),
(318, 'bientap-sotp', U&'<p>Th\1eddi gian gi\1ea3i quy\1ebft r\00fat ng\1eafn c\00f2n 5 ng\00e0y l\00e0m vi\1ec7c.</p><p>C\00e1n b\1ed9 t\01b0 ph\00e1p \2013 h\1ed9 t\1ecbch c\1ea5p x\00e3 h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n k\00ea khai.</p>', NULL, 1, TIMESTAMP '2026-11-22 11:34:58.856713', U&'Ng\01b0\1eddi d\00e2n ch\1ec9 c\1ea7n n\1ed9p m\1ed9t b\1ed9 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn \0111\1ec3 \0111\01b0\1ee3c gi\1ea3i quy\1ebft ba th\1ee7 t\1ee5c.', U&'Th\1ef1c hi\1ec7n li\00ean th\00f4ng th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh, th\01b0\1eddng tr\00fa, c\1ea5p th\1ebb b\1ea3o hi\1ec3m y t\1ebf', 1, 317),
(324, 'bientap-sotp', U&'<p>C\00f4ng t\00e1c th\1ea9m \0111\1ecbnh v\0103n b\1ea3n b\1ea3o \0111\1ea3m \0111\00fang th\1eddi h\1ea1n.</p><p>S\1edf ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh chuy\1ec3n \0111\1ed5i s\1ed1 trong l\0129nh v\1ef1c h\1ed9 t\1ecbch.</p>', NULL, 1, TIMESTAMP '2026-11-27 11:34:58.906158', U&'H\1ed9i ngh\1ecb giao ban \0111\00e1nh gi\00e1 k\1ebft qu\1ea3 10 th\00e1ng v\00e0 tri\1ec3n khai nhi\1ec7m v\1ee5 tr\1ecdng t\00e2m \0111\1ebfn cu\1ed1i n\0103m.', U&'S\1edf T\01b0 ph\00e1p tri\1ec3n khai nhi\1ec7m v\1ee5 c\00f4ng t\00e1c cu\1ed1i n\0103m', 1, 323),
(330, 'bientap-xadt', U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', NULL, 1, TIMESTAMP '2026-11-30 14:34:59.108108', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', 1, 329),
(336, 'bientap-xadt', U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', NULL, 1, TIMESTAMP '2026-11-30 16:34:59.108108', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', 1, 335),
(340, 'bientap-xadt', U&'<p>Trong th\00e1ng, x\00e3 ti\1ebfp nh\1eadn 126 h\1ed3 s\01a1, trong \0111\00f3 80 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn.</p><p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c h\1ed7 tr\1ee3 mi\1ec5n ph\00ed.</p>', NULL, 1, TIMESTAMP '2026-11-24 13:34:59.170007', U&'C\00e1n b\1ed9 m\1ed9t c\1eeda h\01b0\1edbng d\1eabn ng\01b0\1eddi d\00e2n t\1ea1o t\00e0i kho\1ea3n v\00e0 n\1ed9p h\1ed3 s\01a1 tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng.', U&'B\1ed9 ph\1eadn m\1ed9t c\1eeda x\00e3 \0110\00e0m Th\1ee7y h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn', 1, 339);   
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(346, 'bientap-xadt', U&'<p>C\00e1c th\00f4n \0111\01b0\1ee3c h\01b0\1edbng d\1eabn v\1ec7 sinh chu\1ed3ng tr\1ea1i, ti\00eau \0111\1ed9c kh\1eed tr\00f9ng.</p><p>Ng\01b0\1eddi d\00e2n b\00e1o ngay khi ph\00e1t hi\1ec7n gia s\00fac c\00f3 bi\1ec3u hi\1ec7n b\1ec7nh.</p>', NULL, 1, TIMESTAMP '2026-11-28 12:34:59.273079', U&'X\00e3 t\1ed5 ch\1ee9c ti\00eam ph\00f2ng v\1eafc-xin l\1edf m\1ed3m long m\00f3ng cho h\01a1n 2.000 con tr\00e2u, b\00f2.', U&'UBND x\00e3 \0110\00e0m Th\1ee7y tri\1ec3n khai ph\00f2ng, ch\1ed1ng d\1ecbch b\1ec7nh tr\00ean \0111\00e0n gia s\00fac', 1, 345),
(352, 'congtacvien', U&'<p>T\1ec9nh cam k\1ebft t\1ea1o \0111i\1ec1u ki\1ec7n thu\1eadn l\1ee3i nh\1ea5t cho nh\00e0 \0111\1ea7u t\01b0.</p><p>Nhi\1ec1u bi\00ean b\1ea3n ghi nh\1edb h\1ee3p t\00e1c \0111\01b0\1ee3c k\00fd k\1ebft.</p>', NULL, 1, TIMESTAMP '2026-12-01 13:34:59.29756', U&'H\01a1n 100 doanh nghi\1ec7p trong v\00e0 ngo\00e0i n\01b0\1edbc d\1ef1 h\1ed9i ngh\1ecb, t\00ecm hi\1ec3u c\01a1 h\1ed9i \0111\1ea7u t\01b0 logistics v\00e0 ch\1ebf bi\1ebfn n\00f4ng s\1ea3n.', U&'H\1ed9i ngh\1ecb x\00fac ti\1ebfn \0111\1ea7u t\01b0 v\00e0o Khu kinh t\1ebf c\1eeda kh\1ea9u Tr\00e0 L\0129nh', 1, 351),
(355, 'congtacvien', U&'<p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c khuy\1ebfn c\00e1o kh\00f4ng t\1ef1 \00fd x\1eed l\00fd v\1eadt li\1ec7u n\1ed5.</p><p>C\00f4ng tr\01b0\1eddng \0111\00e3 tr\1edf l\1ea1i thi c\00f4ng b\00ecnh th\01b0\1eddng.</p>', NULL, 1, TIMESTAMP '2026-12-01 13:34:59.585398', U&'L\1ef1c l\01b0\1ee3ng c\00f4ng binh \0111\00e3 di d\1eddi an to\00e0n qu\1ea3 bom n\1eb7ng kho\1ea3ng 100 kg ph\00e1t hi\1ec7n khi thi c\00f4ng \0111\01b0\1eddng.', U&'Ph\00e1t hi\1ec7n qu\1ea3 bom c\00f2n s\00f3t l\1ea1i sau chi\1ebfn tranh t\1ea1i c\00f4ng tr\01b0\1eddng', 1, 354),
(359, 'congtacvien', U&'<p>Ng\01b0\1eddi tham gia \0111\01b0\1ee3c Nh\00e0 n\01b0\1edbc h\1ed7 tr\1ee3 m\1ed9t ph\1ea7n ti\1ec1n \0111\00f3ng.</p><p>C\00f3 th\1ec3 \0111\00f3ng theo th\00e1ng, qu\00fd ho\1eb7c n\0103m.</p>', NULL, 1, TIMESTAMP '2026-12-01 13:34:59.612241', U&'Nh\1eefng \0111i\1ec1u ng\01b0\1eddi lao \0111\1ed9ng t\1ef1 do c\1ea7n bi\1ebft khi tham gia b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n.', U&'H\1ecfi \0111\00e1p ph\00e1p lu\1eadt v\1ec1 b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n', 1, 358),
(365, 'congtacvien', U&'<p>\0110ang ho\00e0n thi\1ec7n s\1ed1 li\1ec7u.</p><p>C\1ea7n b\1ed5 sung \1ea3nh minh h\1ecda.</p>', NULL, 1, TIMESTAMP '2026-12-01 13:34:59.652725', U&'B\1ea3n nh\00e1p c\1ee7a c\1ed9ng t\00e1c vi\00ean v\1ec1 vi\1ec7c d\00f9ng \1ea3nh v\1ec7 tinh theo d\00f5i bi\1ebfn \0111\1ed9ng r\1eebng.', U&'\1ee8ng d\1ee5ng c\00f4ng ngh\1ec7 s\1ed1 trong qu\1ea3n l\00fd r\1eebng', 1, 364);   
CREATE CACHED TABLE "PUBLIC"."SITE_MENU_CATEGORY"(
    "SETTINGS_ID" BIGINT,
    "CATEGORY_CODE" CHARACTER VARYING(80),
    "ORDINAL" INTEGER
);               
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.SITE_MENU_CATEGORY;       
CREATE CACHED TABLE "PUBLIC"."ARTICLE_AUTHOR"(
    "AUTHOR_ACCOUNT" CHARACTER VARYING(64),
    "AUTHOR_NAME" CHARACTER VARYING(200) NOT NULL,
    "SHARE_PERCENT" INTEGER NOT NULL,
    "ARTICLE_ID" BIGINT,
    "ORDINAL" INTEGER
);          
-- 41 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_AUTHOR;          
INSERT INTO "PUBLIC"."ARTICLE_AUTHOR" VALUES
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 76, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 89, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 96, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 109, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 116, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 129, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 136, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 143, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 150, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 157, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 164, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 171, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 178, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 185, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 198, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 205, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 212, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 219, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 226, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 233, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 240, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 247, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 254, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 261, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 268, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 275, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 282, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 289, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 296, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 303, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 309, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 317, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 323, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 329, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 335, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 339, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 345, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 351, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 354, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 358, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 364, 0);     
CREATE CACHED TABLE "PUBLIC"."ARTICLE_ATTACHMENT"(
    "ARTICLE_ID" BIGINT,
    "MEDIA_TOKEN" CHARACTER VARYING(40),
    "ORDINAL" INTEGER
);  
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_ATTACHMENT;       
CREATE CACHED TABLE "PUBLIC"."QA_CITATION"(
    "DOCUMENT_ID" BIGINT,
    "EXCERPT" CHARACTER VARYING(1000) NOT NULL,
    "ISSUED_ON" DATE NOT NULL,
    "ISSUING_BODY" CHARACTER VARYING(300) NOT NULL,
    "NUMBER_SYMBOL" CHARACTER VARYING(100) NOT NULL,
    "QUESTION_ID" BIGINT,
    "CITATION_ORDER" INTEGER
);        
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.QA_CITATION;              
INSERT INTO "PUBLIC"."QA_CITATION" VALUES
(NULL, U&'Lu\1eadt H\1ed9 t\1ecbch', DATE '2014-11-20', U&'Qu\1ed1c h\1ed9i', '60/2014/QH13', 431, 0),
(NULL, U&'Quy \0111\1ecbnh chi ti\1ebft m\1ed9t s\1ed1 \0111i\1ec1u v\00e0 bi\1ec7n ph\00e1p thi h\00e0nh Lu\1eadt H\1ed9 t\1ecbch', DATE '2015-11-15', U&'Ch\00ednh ph\1ee7', U&'123/2015/N\0110-CP', 431, 1),
(NULL, U&'V\1ec1 c\1ea5p b\1ea3n sao t\1eeb s\1ed5 g\1ed1c, ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh, ch\1ee9ng th\1ef1c ch\1eef k\00fd v\00e0 ch\1ee9ng th\1ef1c h\1ee3p \0111\1ed3ng, giao d\1ecbch', DATE '2015-02-16', U&'Ch\00ednh ph\1ee7', U&'23/2015/N\0110-CP', 437, 0),
(NULL, U&'Lu\1eadt L\00fd l\1ecbch t\01b0 ph\00e1p', DATE '2009-06-17', U&'Qu\1ed1c h\1ed9i', '28/2009/QH12', 443, 0),
(NULL, U&'Ph\00ea duy\1ec7t \0110\1ec1 \00e1n H\1ed7 tr\1ee3 h\1ec7 sinh th\00e1i kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o qu\1ed1c gia \0111\1ebfn n\0103m 2025', DATE '2016-05-18', U&'Th\1ee7 t\01b0\1edbng Ch\00ednh ph\1ee7', U&'844/Q\0110-TTg', 449, 0),
(407, U&'Ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', DATE '2014-01-22', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh Cao B\1eb1ng', U&'01/2014/Q\0110-UBND', 455, 0),
(NULL, U&'Lu\1eadt B\1ea3o hi\1ec3m y t\1ebf', DATE '2008-11-14', U&'Qu\1ed1c h\1ed9i', '25/2008/QH12', 462, 0),
(NULL, U&'Quy \0111\1ecbnh chi ti\1ebft v\00e0 h\01b0\1edbng d\1eabn bi\1ec7n ph\00e1p thi h\00e0nh m\1ed9t s\1ed1 \0111i\1ec1u c\1ee7a Lu\1eadt B\1ea3o hi\1ec3m y t\1ebf', DATE '2018-10-17', U&'Ch\00ednh ph\1ee7', U&'146/2018/N\0110-CP', 462, 1);           
CREATE CACHED TABLE "PUBLIC"."LEGAL_DOCUMENT_FIELD"(
    "DOCUMENT_ID" BIGINT,
    "FIELD_NAME" CHARACTER VARYING(200)
);      
-- 14 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_DOCUMENT_FIELD;    
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT_FIELD" VALUES
(400, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(401, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(401, 'Internet'),
(402, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(402, U&'D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn'),
(403, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(403, U&'D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn'),
(404, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(405, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(405, 'Internet'),
(406, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(406, U&'Th\00f4ng tin c\00e1 nh\00e2n'),
(407, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(407, U&'C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed');      
CREATE CACHED TABLE "PUBLIC"."SEQUENCE"(
    "SEQ_NAME" CHARACTER VARYING(50) NOT NULL,
    "SEQ_COUNT" NUMERIC(38)
);         
ALTER TABLE "PUBLIC"."SEQUENCE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7F" PRIMARY KEY("SEQ_NAME");               
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.SEQUENCE; 
INSERT INTO "PUBLIC"."SEQUENCE" VALUES
('SEQ_GEN', 550);       
ALTER TABLE "PUBLIC"."CALENDAR_OVERRIDE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_8B" UNIQUE("DAY_DATE");           
ALTER TABLE "PUBLIC"."SITE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_2" UNIQUE("SLUG");             
ALTER TABLE "PUBLIC"."CATEGORY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_3" UNIQUE("CODE");         
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT_TYPE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_4" UNIQUE("CODE");              
ALTER TABLE "PUBLIC"."QA_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5" UNIQUE("STOREDNAME");              
ALTER TABLE "PUBLIC"."ORG_UNIT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7" UNIQUE("CODE");         
ALTER TABLE "PUBLIC"."GAZETTE_ISSUE" ADD CONSTRAINT "PUBLIC"."UQ_GAZETTE_ISSUE" UNIQUE("ISSUE_YEAR", "ISSUENUMBER");           
ALTER TABLE "PUBLIC"."MEDIA_FILE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9" UNIQUE("TOKEN");      
ALTER TABLE "PUBLIC"."LEADER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_85" UNIQUE("SLUG");          
ALTER TABLE "PUBLIC"."SITE_SETTINGS" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_C" UNIQUE("SITE_ID"); 
ALTER TABLE "PUBLIC"."DEADLINE_ALERT" ADD CONSTRAINT "PUBLIC"."UQ_DEADLINE_ALERT" UNIQUE("OBLIGATION_ID", "LEVEL", "DUEDATE"); 
ALTER TABLE "PUBLIC"."USER_ACCOUNT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9B" UNIQUE("USERNAME");
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_11" UNIQUE("TRACKINGCODE");             
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."UQ_OBLIGATION_SUBJECT" UNIQUE("KIND", "SUBJECTID", "RULE_ID");      
ALTER TABLE "PUBLIC"."ROYALTY_RATE" ADD CONSTRAINT "PUBLIC"."UNQ_ROYALTY_RATE_0" UNIQUE("SITE_ID", "KIND");    
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."UNQ_EDITORIAL_DELEGATION_0" UNIQUE("ACCOUNT_ID", "SITE_ID", "CATEGORY_ID");               
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."UQ_LEGAL_NUMBER" UNIQUE("NUMBERKEY", "DOCYEAR");
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."UQ_LEGAL_RELATION" UNIQUE("SOURCE_ID", "TARGET_ID", "KIND");    
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_34" UNIQUE("ELIPATH");               
ALTER TABLE "PUBLIC"."OUTBOUND_MAIL" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D4" UNIQUE("DEDUPKEY");               
ALTER TABLE "PUBLIC"."QA_FIELD" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F2" UNIQUE("CODE");        
ALTER TABLE "PUBLIC"."DEADLINE_RULE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5C" UNIQUE("CODE");   
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."FK_ROLE_GRANT_ORGUNIT_ID" FOREIGN KEY("ORGUNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_RELATION_TARGET_ID" FOREIGN KEY("TARGET_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."QA_CITATION" ADD CONSTRAINT "PUBLIC"."FK_QA_CITATION_QUESTION_ID" FOREIGN KEY("QUESTION_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_EDITORIAL_DELEGATION_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."FK_QA_QUESTION_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."QA_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_QA_DELEGATION_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."SITE_MENU_CATEGORY" ADD CONSTRAINT "PUBLIC"."FK_SITE_MENU_CATEGORY_SETTINGS_ID" FOREIGN KEY("SETTINGS_ID") REFERENCES "PUBLIC"."SITE_SETTINGS"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_ORIGIN_ID" FOREIGN KEY("ORIGIN_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."FK_QA_QUESTION_FIELD_ID" FOREIGN KEY("FIELD_ID") REFERENCES "PUBLIC"."QA_FIELD"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."ARTICLE_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_ATTACHMENT_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;    
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_ISSUER_ID" FOREIGN KEY("ISSUER_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."SCHEDULE_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_SCHEDULE_ENTRY_LEADER_ID" FOREIGN KEY("LEADER_ID") REFERENCES "PUBLIC"."LEADER"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_PROVIDERUNIT_ID" FOREIGN KEY("PROVIDERUNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_TYPE_ID" FOREIGN KEY("TYPE_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT_TYPE"("ID") NOCHECK;      
ALTER TABLE "PUBLIC"."QA_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."FK_QA_ATTACHMENT_QUESTION_ID" FOREIGN KEY("QUESTION_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;        
ALTER TABLE "PUBLIC"."ARTICLE_REVISION" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_REVISION_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;        
ALTER TABLE "PUBLIC"."ROYALTY_RATE" ADD CONSTRAINT "PUBLIC"."FK_ROYALTY_RATE_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ROYALTY_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_ROYALTY_ENTRY_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;              
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."FK_QA_EVENT_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."FK_ROLE_GRANT_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."GAZETTE_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_GAZETTE_ENTRY_DOCUMENT_ID" FOREIGN KEY("DOCUMENT_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."DEADLINE_ALERT" ADD CONSTRAINT "PUBLIC"."FK_DEADLINE_ALERT_OBLIGATION_ID" FOREIGN KEY("OBLIGATION_ID") REFERENCES "PUBLIC"."OBLIGATION"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."LEGAL_FILE" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_FILE_DOCUMENT_ID" FOREIGN KEY("DOCUMENT_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."FK_OBLIGATION_UNIT_ID" FOREIGN KEY("UNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ORG_UNIT" ADD CONSTRAINT "PUBLIC"."FK_ORG_UNIT_PARENT_ID" FOREIGN KEY("PARENT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."LEADER" ADD CONSTRAINT "PUBLIC"."FK_LEADER_UNIT_ID" FOREIGN KEY("UNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."FK_OBLIGATION_RULE_ID" FOREIGN KEY("RULE_ID") REFERENCES "PUBLIC"."DEADLINE_RULE"("ID") NOCHECK;    
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_EDITORIAL_DELEGATION_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_TRANSLATIONOF_ID" FOREIGN KEY("TRANSLATIONOF_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;              
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_EDITORIAL_DELEGATION_CATEGORY_ID" FOREIGN KEY("CATEGORY_ID") REFERENCES "PUBLIC"."CATEGORY"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."FK_ROLE_GRANT_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."SITE_SETTINGS" ADD CONSTRAINT "PUBLIC"."FK_SITE_SETTINGS_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."GAZETTE_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_GAZETTE_ENTRY_ISSUE_ID" FOREIGN KEY("ISSUE_ID") REFERENCES "PUBLIC"."GAZETTE_ISSUE"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."FK_QA_EVENT_FROMAGENCY_ID" FOREIGN KEY("FROMAGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT_FIELD" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_FIELD_DOCUMENT_ID" FOREIGN KEY("DOCUMENT_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."FK_QA_EVENT_QUESTION_ID" FOREIGN KEY("QUESTION_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;  
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_RELATION_SOURCE_ID" FOREIGN KEY("SOURCE_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_CATEGORY_ID" FOREIGN KEY("CATEGORY_ID") REFERENCES "PUBLIC"."CATEGORY"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."SITE" ADD CONSTRAINT "PUBLIC"."FK_SITE_OWNER_ID" FOREIGN KEY("OWNER_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."QA_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_QA_DELEGATION_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."ARTICLE_AUTHOR" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_AUTHOR_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."QA_FIELD" ADD CONSTRAINT "PUBLIC"."FK_QA_FIELD_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ARTICLE_EVENT" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_EVENT_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;              
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."FK_QA_QUESTION_PARENT_ID" FOREIGN KEY("PARENT_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;
