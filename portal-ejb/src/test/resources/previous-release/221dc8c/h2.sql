-- The demo database of the last release before migrations (commit 221dc8c) on H2 2.2.224: run.sh with
-- PORTAL_DEMO=true and PORTAL_ADMIN_PASSWORD=Upgrade-Test-Portal-2014, stopped, then org.h2.tools.Script
-- (its CREATE USER line left out). Its sealed data opens with personal-data.key beside this file.
-- Test data only; never edit it.
-- H2 2.2.224; 
;              
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
(44, 'EDITOR_IN_CHIEF', 1, 43, NULL, 25),
(46, 'DEPUTY_EDITOR', 1, 45, NULL, 25),
(48, 'SECRETARY', 1, 47, NULL, 25),
(50, 'COLLABORATOR', 1, 49, NULL, 25),
(52, 'SUBPORTAL_EDITOR', 1, 51, NULL, 40),
(54, 'SUBPORTAL_EDITOR', 1, 53, NULL, 42),
(56, 'AGENCY_ANSWERER', 1, 55, 29, NULL),
(58, 'BATCH_OPERATOR', 1, 57, NULL, NULL),
(524, 'AGENCY_ANSWERER', 1, 523, 29, NULL);              
CREATE CACHED TABLE "PUBLIC"."QA_ATTACHMENT"(
    "ID" BIGINT NOT NULL,
    "UPLOADEDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT,
    "FILENAME" CHARACTER VARYING(1000) NOT NULL,
    "FORMAT" CHARACTER VARYING(10) NOT NULL,
    "HEIGHT" INTEGER,
    "LOCATION" CHARACTER VARYING(200),
    "SEALED" BOOLEAN,
    "SHA256" CHARACTER VARYING(64),
    "SIZEBYTES" BIGINT NOT NULL,
    "WIDTH" INTEGER,
    "QUESTION_ID" BIGINT
);      
ALTER TABLE "PUBLIC"."QA_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5" PRIMARY KEY("ID"); 
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
(466, 'pho-bien-phap-luat', '8.1b', 'legal-guidance', 3, 1, 15, 'Legal dissemination and guidance', U&'Th\00f4ng tin tuy\00ean truy\1ec1n, ph\1ed5 bi\1ebfn, h\01b0\1edbng d\1eabn th\1ef1c hi\1ec7n ph\00e1p lu\1eadt, ch\1ebf \0111\1ed9, ch\00ednh s\00e1ch', 'from the document''s official issuance', U&'k\1ec3 t\1eeb khi v\0103n b\1ea3n ch\00ednh th\1ee9c \0111\01b0\1ee3c ban h\00e0nh'),
(467, 'van-ban-phap-luat', '8.1c', 'ppc-document', 1, 1, 2, 'Legal and state-management documents of the Provincial People''s Committee', U&'V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt v\00e0 v\0103n b\1ea3n qu\1ea3n l\00fd nh\00e0 n\01b0\1edbc do UBND t\1ec9nh ban h\00e0nh', 'from the issue date', U&'k\1ec3 t\1eeb ng\00e0y v\0103n b\1ea3n \0111\01b0\1ee3c ban h\00e0nh'),
(468, 'chien-luoc-quy-hoach', '8.1d', 'strategy-planning', 3, 1, 10, 'Strategy, orientation, planning and development plans', U&'Chi\1ebfn l\01b0\1ee3c, \0111\1ecbnh h\01b0\1edbng, quy ho\1ea1ch, k\1ebf ho\1ea1ch ph\00e1t tri\1ec3n', 'from approval', U&'k\1ec3 t\1eeb khi chi\1ebfn l\01b0\1ee3c, quy ho\1ea1ch \0111\01b0\1ee3c ph\00ea duy\1ec7t'),
(469, 'du-an-dau-tu', '8.1d', 'projects-procurement', 3, 1, 10, 'Projects, investment, tenders and public procurement', U&'D\1ef1 \00e1n, h\1ea1ng m\1ee5c \0111\1ea7u t\01b0, \0111\1ea5u th\1ea7u, mua s\1eafm c\00f4ng', 'from approval', U&'k\1ec3 t\1eeb khi d\1ef1 \00e1n \0111\01b0\1ee3c ph\00ea duy\1ec7t'),
(470, 'lay-y-kien-du-thao', U&'8.1\0111', 'request-for-comment', 0, 1, 0, 'Requests for comments', U&'Th\00f4ng tin m\1ee5c l\1ea5y \00fd ki\1ebfn g\00f3p \00fd c\1ee7a t\1ed5 ch\1ee9c, c\00e1 nh\00e2n', 'immediately on receipt', U&'ngay khi nh\1eadn \0111\01b0\1ee3c th\00f4ng tin'),
(471, 'khoa-hoc-cong-nghe', '8.1e', 'science-notice', 1, 1, 4, 'Science programme notices, registration and selection', U&'Th\00f4ng b\00e1o, \0111\0103ng k\00fd, tuy\1ec3n ch\1ecdn ch\01b0\01a1ng tr\00ecnh, \0111\1ec1 t\00e0i khoa h\1ecdc', 'from the issue date', U&'k\1ec3 t\1eeb ng\00e0y v\0103n b\1ea3n \0111\01b0\1ee3c ban h\00e0nh'),
(472, 'khoa-hoc-cong-nghe', '8.1e', 'science-approval', 2, 1, 6, 'Science programme approval and project acceptance', U&'Ph\00ea duy\1ec7t ch\01b0\01a1ng tr\00ecnh, nghi\1ec7m thu \0111\1ec1 t\00e0i nghi\00ean c\1ee9u khoa h\1ecdc', 'from approval or acceptance', U&'k\1ec3 t\1eeb khi \0111\01b0\1ee3c ph\00ea duy\1ec7t ho\1eb7c nghi\1ec7m thu'),
(473, 'thong-ke', '8.1f', 'statistics', 3, 1, 10, 'Statistics', U&'Th\00f4ng tin, b\00e1o c\00e1o th\1ed1ng k\00ea', 'from the head''s decision to publish', U&'k\1ec3 t\1eeb khi th\1ee7 tr\01b0\1edfng c\01a1 quan quy\1ebft \0111\1ecbnh c\00f4ng b\1ed1'),
(474, NULL, '9.4', 'qa-answer', 3, 1, 15, 'Answers to questions in the Q&A section', U&'Tr\1ea3 l\1eddi c\00e2u h\1ecfi c\1ee7a t\1ed5 ch\1ee9c, c\00e1 nh\00e2n tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p', 'from receipt of the question (or its transfer to the agency)', U&'k\1ec3 t\1eeb khi ti\1ebfp nh\1eadn c\00e2u h\1ecfi (ho\1eb7c khi c\00e2u h\1ecfi \0111\01b0\1ee3c chuy\1ec3n \0111\1ebfn c\01a1 quan)');   
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
(63, TRUE, TRUE, U&'ph\1ea3n \0111\1ed9ng', U&'\0110i\1ec1u 4: n\1ed9i dung ch\1ed1ng Nh\00e0 n\01b0\1edbc', 1),
(64, TRUE, TRUE, U&'b\1ea1o lo\1ea1n', U&'\0110i\1ec1u 4: k\00edch \0111\1ed9ng b\1ea1o l\1ef1c', 1),
(65, TRUE, TRUE, U&'\0111\00e1nh b\1ea1c', U&'\0110i\1ec1u 4: t\1ec7 n\1ea1n x\00e3 h\1ed9i', 1),
(66, TRUE, FALSE, 'bom', U&'\0110i\1ec1u 4: k\00edch \0111\1ed9ng b\1ea1o l\1ef1c', 1);  
CREATE CACHED TABLE "PUBLIC"."MEDIA_FILE"(
    "ID" BIGINT NOT NULL,
    "TOKEN" CHARACTER VARYING(40) NOT NULL,
    "UPLOADEDAT" TIMESTAMP NOT NULL,
    "UPLOADEDBY" CHARACTER VARYING(64) NOT NULL,
    "VERSION" BIGINT,
    "FILENAME" CHARACTER VARYING(255) NOT NULL,
    "FORMAT" CHARACTER VARYING(10) NOT NULL,
    "HEIGHT" INTEGER,
    "LOCATION" CHARACTER VARYING(200),
    "SEALED" BOOLEAN,
    "SHA256" CHARACTER VARYING(64),
    "SIZEBYTES" BIGINT NOT NULL,
    "WIDTH" INTEGER
);       
ALTER TABLE "PUBLIC"."MEDIA_FILE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_92" PRIMARY KEY("ID");   
-- 39 +/- SELECT COUNT(*) FROM PUBLIC.MEDIA_FILE;              
INSERT INTO "PUBLIC"."MEDIA_FILE" VALUES
(77, 'f2a9f9e19edece2dd42aa9a72af22232', TIMESTAMP '2026-12-02 01:10:47.160596', 'system', 1, 'khai-quat-ve-tinh-cao-bang.jpg', 'JPG', 540, 'media/f2/a9/f2a9f9e19edece2dd42aa9a72af22232', FALSE, 'a6294237aa075bddb8182254c2ed8b3b4eb84a6ee53fbe72ab52e5cc1d7a44e5', 19636, 960),
(92, '616d125f92544f40d33abeee2f59b25b', TIMESTAMP '2026-12-02 01:10:47.26305', 'system', 1, 'sap-xep-to-chuc-bo-may-cac-so-nganh-tinh-cao-bang.jpg', 'JPG', 540, 'media/61/6d/616d125f92544f40d33abeee2f59b25b', FALSE, 'aeb137fd8e80fec7b407292f9bd9f58456a527b3a7774536c3ed6b6500ae6f0e', 18368, 960),
(101, '8298d10e71e42c329ccb48bd21d8d1f2', TIMESTAMP '2026-12-02 01:10:47.327026', 'system', 1, 'chu-tich-ubnd-tinh-chi-dao-bao-dam-an-toan-giao-thong-mua-mua-lu.jpg', 'JPG', 540, 'media/82/98/8298d10e71e42c329ccb48bd21d8d1f2', FALSE, 'f087a17170e447dc8d1abb0ce694b0e7818970ab950526254fe7339e74bf0695', 18758, 960),
(116, 'a33eeae75bc674e77a18623e7de7073c', TIMESTAMP '2026-12-02 01:10:47.378605', 'system', 1, 'khen-thuong-tap-the-ca-nhan-co-thanh-tich-trong-phong-trao-thi-dua-nam-2026.jpg', 'JPG', 540, 'media/a3/3e/a33eeae75bc674e77a18623e7de7073c', FALSE, 'fe4a7a324dd17e9885810645d5872f6aa62caace64119df46e49d85421ac204a', 19540, 960),
(125, '1836b30c1e11994131f369a4fd76d760', TIMESTAMP '2026-12-02 01:10:47.414953', 'system', 1, 'cao-bang-don-hon-1-2-trieu-luot-khach-du-lich-trong-10-thang.jpg', 'JPG', 540, 'media/18/36/1836b30c1e11994131f369a4fd76d760', FALSE, 'c0170ddaa430c90e5b46ef037d3c4ee53c861d61cccff75735deec2c57bc6734', 19936, 960),
(140, '9cc661d2b1fd0f6f6fdf884b7aa8c54a', TIMESTAMP '2026-12-02 01:10:47.465004', 'system', 1, 'mua-hat-de-trung-khanh-cho-thu-nhap-cao.jpg', 'JPG', 540, 'media/9c/c6/9cc661d2b1fd0f6f6fdf884b7aa8c54a', FALSE, 'cbbf70e79147876eec3c8173050bb721eedc059e845e43456e4dd8384c98b748', 20663, 960),
(149, 'b95105c644cbf67a173157ed38013bc1', TIMESTAMP '2026-12-02 01:10:47.500006', 'system', 1, 'khai-mac-le-hoi-van-hoa-the-thao-cac-dan-toc-tinh-cao-bang.jpg', 'JPG', 540, 'media/b9/51/b95105c644cbf67a173157ed38013bc1', FALSE, 'bee5d92408c99b23fe170f549b88753a3f7be7b7b3f762574238b8db7066cdf3', 20201, 960),
(158, '6f367375a954b6a74ad0e8232e951351', TIMESTAMP '2026-12-02 01:10:47.543304', 'system', 1, 'nhung-diem-moi-cua-luat-dat-dai-nam-2024-nguoi-dan-can-biet.jpg', 'JPG', 540, 'media/6f/36/6f367375a954b6a74ad0e8232e951351', FALSE, '67ff07634aab37389923ea1c0b295940d3870b77ca8ee64d3d3cb89ba806ba04', 17881, 960),
(167, '4b59fab8c56e76f5acf7ff2fcbf48659', TIMESTAMP '2026-12-02 01:10:47.581612', 'system', 1, 'tuyen-truyen-phap-luat-ve-phong-chong-mua-ban-nguoi-tai-khu-vuc-bien-gioi.jpg', 'JPG', 540, 'media/4b/59/4b59fab8c56e76f5acf7ff2fcbf48659', FALSE, '65a8815c29470fc341f54905345fc11d47137d4d652b3af4aca1562b36fc6eca', 18593, 960),
(176, '60d899f4f624fd86ff1af11e96c6ed52', TIMESTAMP '2026-12-02 01:10:47.617137', 'system', 1, 'quy-hoach-tinh-cao-bang-thoi-ky-2021-2030-tam-nhin-den-nam-2050.jpg', 'JPG', 540, 'media/60/d8/60d899f4f624fd86ff1af11e96c6ed52', FALSE, '5d30ad517b591148f12e79c404ee4bc91c39c33954ff0c9008704aac84338f89', 19910, 960),
(185, '8fa31d5399e121353a78b64171fa9e3e', TIMESTAMP '2026-12-02 01:10:47.658567', 'system', 1, 'ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2027.jpg', 'JPG', 540, 'media/8f/a3/8fa31d5399e121353a78b64171fa9e3e', FALSE, '6958833e6fe3c82a99f470a61ecb5a767fa473a4be531433b1aef5f7ab4bc26b', 19696, 960),
(194, 'adfe97725de2052e8a63ef643d394411', TIMESTAMP '2026-12-02 01:10:47.701082', 'system', 1, 'ban-hanh-quy-dinh-quan-ly-van-hanh-cong-thong-tin-dien-tu-tinh.jpg', 'JPG', 540, 'media/ad/fe/adfe97725de2052e8a63ef643d394411', FALSE, '56e7d5bb805c9f5fd685cf34d3a8940a5b96a7a27525d9e371c29722402c7199', 19729, 960),
(203, '819ee2e1c7fbb266aebfb6080aae81ed', TIMESTAMP '2026-12-02 01:10:47.743766', 'system', 1, 'cong-bao-tinh-cao-bang-phat-hanh-so-moi.jpg', 'JPG', 540, 'media/81/9e/819ee2e1c7fbb266aebfb6080aae81ed', FALSE, '8b5fcc392fa674540f903c391373cc168f7b21ec7ed4b91333e9a66eb1d19dfa', 19775, 960),
(212, '6ef5ffe7556323522572661d977bd901', TIMESTAMP '2026-12-02 01:10:47.796312', 'system', 1, 'day-nhanh-tien-do-du-an-cao-toc-dong-dang-tra-linh.jpg', 'JPG', 540, 'media/6e/f5/6ef5ffe7556323522572661d977bd901', FALSE, '75f688831df8ce86c4a9e00085917dae3803ef04e7c07f4305b9cad921d64ea2', 20180, 960);        
INSERT INTO "PUBLIC"."MEDIA_FILE" VALUES
(227, 'e0e239f99c37e85a6a4f96386fd9e4cb', TIMESTAMP '2026-12-02 01:10:47.866632', 'system', 1, 'thong-bao-moi-thau-goi-thau-cung-cap-thiet-bi-chuyen-doi-so.jpg', 'JPG', 540, 'media/e0/e2/e0e239f99c37e85a6a4f96386fd9e4cb', FALSE, 'f62fa0bb11932460700546413a4fa7668a3476377ce3ac31f1bbd77d616f13ad', 19770, 960),
(236, '29af50365a75a9d916e6e226093428e3', TIMESTAMP '2026-12-02 01:10:47.901004', 'system', 1, 'lay-y-kien-du-thao-nghi-quyet-ve-chinh-sach-ho-tro-phat-trien-du-lich-cong-dong.jpg', 'JPG', 540, 'media/29/af/29af50365a75a9d916e6e226093428e3', FALSE, 'bef6900693554148f0dd4fd3a5a8b33b9eaa99aa760768c32d170c2b6e000617', 20223, 960),
(245, 'abd7cac4a66741db1826656f7fe40217', TIMESTAMP '2026-12-02 01:10:47.936857', 'system', 1, 'gop-y-du-thao-quy-dinh-ve-quan-ly-cho-tren-dia-ban-tinh.jpg', 'JPG', 540, 'media/ab/d7/abd7cac4a66741db1826656f7fe40217', FALSE, 'b79d0d23fef019ba25a2bc9743a54f9a8b0324051b5d4256538f0f307eaf20bb', 20300, 960),
(254, 'a58a239bb714e5a682b6c81c3ad46312', TIMESTAMP '2026-12-02 01:10:47.970706', 'system', 1, 'thong-tin-lien-he-cua-lanh-dao-ubnd-tinh.jpg', 'JPG', 540, 'media/a5/8a/a58a239bb714e5a682b6c81c3ad46312', FALSE, '046c9a8517203cfee3fb2e6aa9613a5181b57604a8f854df9c5b3f2fa6cc5437', 18343, 960),
(263, '9914e46947518148518cce6d721affdb', TIMESTAMP '2026-12-02 01:10:48.000196', 'system', 1, 'lich-tiep-cong-dan-dinh-ky-cua-lanh-dao-tinh.jpg', 'JPG', 540, 'media/99/14/9914e46947518148518cce6d721affdb', FALSE, '5d9d88a44162e86bf1c421c1593934576d497b11582522984a426b4daee3fe09', 19763, 960),
(272, '8bad1d050054210b20999a71ed2ff878', TIMESTAMP '2026-12-02 01:10:48.027219', 'system', 1, 'thong-tin-giao-dich-cua-cong-thong-tin-dien-tu-tinh.jpg', 'JPG', 540, 'media/8b/ad/8bad1d050054210b20999a71ed2ff878', FALSE, 'ee4ffa15726b60659bb471c46c13e4231aab8f001fa9be22cf1932fe6aff3cbe', 17843, 960),
(281, 'b232418705b74ee395518d8a83c936b2', TIMESTAMP '2026-12-02 01:10:48.051285', 'system', 1, 'huong-dan-gui-tin-bai-cong-tac-voi-cong.jpg', 'JPG', 540, 'media/b2/32/b232418705b74ee395518d8a83c936b2', FALSE, 'f2b076d9b8fbdcf187f565f7f3aea17cbb7a36c6b51c49970d456453964089e6', 19881, 960),
(290, '9587dfa0befe8686591acb2195ed21af', TIMESTAMP '2026-12-02 01:10:48.095756', 'system', 1, '100-thu-tuc-hanh-chinh-du-dieu-kien-duoc-cung-cap-dich-vu-cong-truc-tuyen-toan-t.jpg', 'JPG', 540, 'media/95/87/9587dfa0befe8686591acb2195ed21af', FALSE, '6105a032a2a36066cec578cb9fb5e4aad015b7c1034f86e446e1912b56df7381', 18173, 960),
(299, '21ce6feb0471fb792153a941b2900f30', TIMESTAMP '2026-12-02 01:10:48.139759', 'system', 1, 'huong-dan-cap-phieu-ly-lich-tu-phap-truc-tuyen.jpg', 'JPG', 540, 'media/21/ce/21ce6feb0471fb792153a941b2900f30', FALSE, '1622ecd432172101f35430edc19d0852ddbe939d4d6b8708ff84efcd31b4bb7d', 20078, 960),
(308, 'ccdbdd414e005d266ff18ea7a8900725', TIMESTAMP '2026-12-02 01:10:48.178577', 'system', 1, 'ra-mat-trang-thong-tin-dien-tu-cac-xa-sau-sap-xep.jpg', 'JPG', 540, 'media/cc/db/ccdbdd414e005d266ff18ea7a8900725', FALSE, '10c170d3e60227d7b26cbdc61c6749dee454e844fcca6093d5abb10c4c39c8e9', 20008, 960),
(317, '7d9c8d81e74de70303cd5577963ca86d', TIMESTAMP '2026-12-02 01:10:48.224814', 'system', 1, 'tap-huan-ky-nang-bien-tap-tin-bai-cho-cong-thanh-phan.jpg', 'JPG', 540, 'media/7d/9c/7d9c8d81e74de70303cd5577963ca86d', FALSE, '1042029b3a7b5603f4795eb1408dca88e6e7169f209b63f8317bd24761ac3e3c', 18261, 960),
(326, '5b57a66466519929d2793c831684ae13', TIMESTAMP '2026-12-02 01:10:48.263807', 'system', 1, 'thong-bao-tuyen-chon-nhiem-vu-khoa-hoc-va-cong-nghe-cap-tinh-nam-2027.jpg', 'JPG', 540, 'media/5b/57/5b57a66466519929d2793c831684ae13', FALSE, 'be47c71053cf65c65bf19af156470be103fe08f34426ceb39e44b48fd29856e6', 20471, 960),
(335, '41cabda157eae283e393e8862a389b64', TIMESTAMP '2026-12-02 01:10:48.302569', 'system', 1, 'nghiem-thu-de-tai-nhan-giong-le-dong-khe.jpg', 'JPG', 540, 'media/41/ca/41cabda157eae283e393e8862a389b64', FALSE, '43d2bf2f8bf155062e2f40850fb48cacaba588a248bfa886d5b86850911fd9bb', 20233, 960),
(344, '0cbfdbf0d298fbbc40a6fbf561aa951c', TIMESTAMP '2026-12-02 01:10:48.337979', 'system', 1, 'tinh-hinh-kinh-te-xa-hoi-10-thang-nam-2026.jpg', 'JPG', 540, 'media/0c/bf/0cbfdbf0d298fbbc40a6fbf561aa951c', FALSE, '5bf8d899cf277f6a6443d8c0650304438c16cb6868bcceea78c679efdce0bc53', 20214, 960);   
INSERT INTO "PUBLIC"."MEDIA_FILE" VALUES
(353, 'eefd40725bce33460840c1dcd152bb67', TIMESTAMP '2026-12-02 01:10:48.378651', 'system', 1, 'nien-giam-thong-ke-tinh-cao-bang-nam-2025.jpg', 'JPG', 540, 'media/ee/fd/eefd40725bce33460840c1dcd152bb67', FALSE, 'b647c951f8ef83a659856d10b3e84a849c28d7b569b0840ae714f8b1288b4c26', 18288, 960),
(362, 'da2fde71feca88579fdbd6c5ada802d0', TIMESTAMP '2026-12-02 01:10:48.42402', 'system', 1, 'so-tu-phap-to-chuc-ngay-phap-luat-viet-nam-tai-xa-dam-thuy.jpg', 'JPG', 540, 'media/da/2f/da2fde71feca88579fdbd6c5ada802d0', FALSE, '2df1b389745e6a024a316803d244f12f47b5a05cdf4847d5922b0b3f1b67475f', 19826, 960),
(378, '59ae9e05f6d5b331a945772c6a061eb3', TIMESTAMP '2026-12-02 01:10:48.473111', 'system', 1, 'thuc-hien-lien-thong-thu-tuc-dang-ky-khai-sinh-thuong-tru-cap-the-bao-hiem-y-te.jpg', 'JPG', 540, 'media/59/ae/59ae9e05f6d5b331a945772c6a061eb3', FALSE, '7e7639ec0ea6f2df3864baf99e5ac5829431d1c333717acaa6480c03d8415229', 19904, 960),
(386, '492aae9e04913f48393f6e0ef487c2ac', TIMESTAMP '2026-12-02 01:10:48.518157', 'system', 1, 'so-tu-phap-trien-khai-nhiem-vu-cong-tac-cuoi-nam.jpg', 'JPG', 540, 'media/49/2a/492aae9e04913f48393f6e0ef487c2ac', FALSE, 'c49fe107cda1d5dbe6cbc4aa51667e5ab051462be0cf7e4dac9ff912098a75de', 20297, 960),
(394, '980a0aa4ab5124550258e638870aac2b', TIMESTAMP '2026-12-02 01:10:48.580256', 'system', 1, 'xa-dam-thuy-don-doan-khach-quoc-te-den-thac-ban-gioc.jpg', 'JPG', 540, 'media/98/0a/980a0aa4ab5124550258e638870aac2b', FALSE, 'da2d3d4b5a354bd8340ff94ae01be8d539ef71ce8a4170babd9bb1ecee3e6294', 20747, 960),
(406, '2df7bc1f07570e1e4ec6aa33725be707', TIMESTAMP '2026-12-02 01:10:48.630917', 'system', 1, 'bo-phan-mot-cua-xa-dam-thuy-ho-tro-nguoi-dan-nop-ho-so-truc-tuyen.jpg', 'JPG', 540, 'media/2d/f7/2df7bc1f07570e1e4ec6aa33725be707', FALSE, 'deb5d7a720e96d481e782b654e04057e6cc2429231595c6385bc6806be202f13', 18121, 960),
(414, 'f553be8464b69967c60822cec30897d3', TIMESTAMP '2026-12-02 01:10:48.676689', 'system', 1, 'ubnd-xa-dam-thuy-trien-khai-phong-chong-dich-benh-tren-dan-gia-suc.jpg', 'JPG', 540, 'media/f5/53/f553be8464b69967c60822cec30897d3', FALSE, 'f01921bf49649ca739a1561b06a9628cd8a70282aaeda7db07966eda0043eba6', 19861, 960),
(437, 'e2db6bf5f6e2529d66e44b4bfec408c8', TIMESTAMP '2026-12-02 01:10:48.970244', 'system', 1, 'hoang-xuan-anh.png', 'PNG', 750, 'media/e2/db/e2db6bf5f6e2529d66e44b4bfec408c8', FALSE, 'a08f0e0177f989d67603917febd89e289205fb624d7da5f5627c46927f0c08d6', 12407, 600),
(440, 'fb70dacd484b38cd4b42baf11bd117a8', TIMESTAMP '2026-12-02 01:10:49.02746', 'system', 1, 'le-hai-hoa.png', 'PNG', 750, 'media/fb/70/fb70dacd484b38cd4b42baf11bd117a8', FALSE, 'd09e5a9b69f2c27849a11cb02321999945961af4c2997867cf40724d27b83d6d', 11271, 600),
(443, 'c8d598c0686f746e4cea89dcc07583e6', TIMESTAMP '2026-12-02 01:10:49.081294', 'system', 1, 'nong-thanh-tung.png', 'PNG', 750, 'media/c8/d5/c8d598c0686f746e4cea89dcc07583e6', FALSE, 'd7b3b6cce1c3a9d7ba84dd8c1455a72099668d01f27df594c807160e1d418005', 11774, 600),
(446, 'fe353a12f83956fcc5fef2144f629557', TIMESTAMP '2026-12-02 01:10:49.133748', 'system', 1, 'trieu-thi-mai.png', 'PNG', 750, 'media/fe/35/fe353a12f83956fcc5fef2144f629557', FALSE, 'ab56bba2775da980714bfe49128191f3ce373cd1dd48e90a868b8f5f3d3ead0d', 11938, 600);   
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
(26, TIMESTAMP '2026-12-02 01:10:45.20326', 'admin', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:45.20326', 'pbkdf2-sha512:210000:suwb4JU7Pz43Mjcu/+3unw:7bklWpTgBiY07Vt5mlRh2nrD4+k43uDEIfT8tHX1iCyIWBtOWWTya7Ec6AOZuG3sWj2HZQe+NuZT5mVw5mmNCA', 'admin', 1),
(43, TIMESTAMP '2026-12-02 01:10:45.50227', U&'Ho\00e0ng V\0103n Th\1eafng', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:45.50227', 'pbkdf2-sha512:210000:2lg87D2HzbB1iCxXhsakMQ:/MAPQ5/B3NiZbw02eod7gJYpoatzmHZuFCONOiWwDKMQxZmkIO2rD5O8Hfw04Hvp80Hz/wIdY/XYzYl1tiVZcw', 'bientap', 1),
(45, TIMESTAMP '2026-12-02 01:10:45.67867', U&'N\00f4ng Th\1ecb H\1eb1ng', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:45.67867', 'pbkdf2-sha512:210000:FC3pBNXoBYAV0ZPowxfb1Q:CCBPiiUdWVhKIgL68MvAMkiikW60v3Obtjh9KqU2midOCMVch/ghVRMRBFfKrF//aTUDGUbZ+SnZj5SaUYCqPw', 'phobientap', 1),
(47, TIMESTAMP '2026-12-02 01:10:45.857409', U&'B\1ebf Th\1ecb Lan', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:45.857409', 'pbkdf2-sha512:210000:zCoabDUA90GUc4F02sThtw:Cx7YtWxKt+1NOXSso51sGRrjiHrzXYVbLvbZCVj+pHnykAU6iWE/SWIhIT3vI7KK96bnbAmDStABlp6j2e+Qew', 'thuky', 1),
(49, TIMESTAMP '2026-12-02 01:10:46.03396', U&'L\01b0\01a1ng V\0103n T\00e2m', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:46.03396', 'pbkdf2-sha512:210000:Tpa0ilMMjneeu8Vnqy9U7A:2URjiD4ViqOJ/PDgZirodQyU5qttUnS85fgeKfuYxaIqDnhvjq4GGtCyl1m2ZjciG/IJhTWEmnlmQ8qyRKittQ', 'congtacvien', 1),
(51, TIMESTAMP '2026-12-02 01:10:46.207732', U&'\0110\00e0m Th\1ecb Mai', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:46.207732', 'pbkdf2-sha512:210000:JCWn2UAy1ZA6dKvgmz/KWw:g7TOsRMJi0cHO9t1SXCzx+XLBr2bUo+qK7I1KkI/B6ZAtIGULnm2dkgfLWCoaBEuFBcxQkbVkfg4Uzlrxgwnpw', 'bientap-sotp', 1),
(53, TIMESTAMP '2026-12-02 01:10:46.381243', U&'Tri\1ec7u V\0103n C\01b0\1eddng', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:46.381243', 'pbkdf2-sha512:210000:8KyX//DFQoT/tDC9WgfvnA:kPdtfzW49Y6+3ijjz/h/1goqcjRuu95tNINJ4kVkkGYoJzQEpnFxJK4XFWrbRmtQRB+uFJ/byaHIVmiXMySBxQ', 'bientap-xadt', 1),
(55, TIMESTAMP '2026-12-02 01:10:46.558081', U&'H\00e0 V\0103n S\01a1n', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:46.558081', 'pbkdf2-sha512:210000:u2aHlYMKXq7e9Sgx0abFLg:JFX/4mswvo/QUCvmWV+ZrappbHgCiSeXuTdybZTCmazZHOwLoYpxvT4WbusgIQ6SkIg2z6l4sne/LYpPUO31OQ', 'traloi-sotp', 1),
(57, TIMESTAMP '2026-12-02 01:10:46.736662', U&'M\00e3 Th\1ecb Thu', NULL, TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:46.736662', 'pbkdf2-sha512:210000:Azyr936kPARl6WYMxHKmUg:jBB3qz6iJyx+kEm1Uy6YpHiGPG6rXZR9tVbmIcePt+U53zVxNRNmVb9Yb2K6vXn0L80UCzebilybtfQBEv1o0w', 'vanhanh', 1),
(523, TIMESTAMP '2026-12-02 01:10:49.678313', U&'N\00f4ng V\0103n H\1ea3i', 'giamdoc.sotp@example.com', TRUE, 0, NULL, NULL, TIMESTAMP '2026-12-02 01:10:49.678313', 'pbkdf2-sha512:210000:p4JqLJoTvtEXfqQofvUg7A:pq/W6YANrWnirV269pRmQTJavr/F8CIfFjbbhWxFrVC6TjONZ/CiUeyj1z8I4vm8/4wKlmDhop/pMp8TQ9cWEg', 'thutruong-sotp', 1);    
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
(449, NULL, U&'Ph\00f2ng h\1ecdp s\1ed1 1, UBND t\1ec9nh', TIME '08:00:00', 1, DATE '2026-11-30', 'Weekly meeting of the provincial leaders', U&'Giao ban l\00e3nh \0111\1ea1o UBND t\1ec9nh', 439),
(450, NULL, U&'X\00e3 \0110\00e0m Th\1ee7y', TIME '14:00:00', 1, DATE '2026-12-01', 'Inspects tourism development at Ban Gioc waterfall', U&'Ki\1ec3m tra t\00ecnh h\00ecnh ph\00e1t tri\1ec3n du l\1ecbch t\1ea1i th\00e1c B\1ea3n Gi\1ed1c', 439),
(451, NULL, U&'Ph\00f2ng h\1ecdp s\1ed1 2', TIME '08:00:00', 1, DATE '2026-12-01', U&'Steering committee of the Dong Dang \2013 Tra Linh expressway', U&'H\1ecdp Ban Ch\1ec9 \0111\1ea1o d\1ef1 \00e1n cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh', 442),
(452, NULL, U&'S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng', TIME '08:30:00', 1, DATE '2026-12-02', 'Works on the 2027 afforestation plan', U&'L\00e0m vi\1ec7c v\1ec1 k\1ebf ho\1ea1ch tr\1ed3ng r\1eebng n\0103m 2027', 445),
(453, NULL, U&'Tr\01b0\1eddng THPT Chuy\00ean Cao B\1eb1ng', TIME '14:00:00', 1, DATE '2026-12-03', 'Attends Vietnamese Teachers'' Day ceremony', U&'D\1ef1 l\1ec5 k\1ef7 ni\1ec7m Ng\00e0y Nh\00e0 gi\00e1o Vi\1ec7t Nam', 448),
(454, NULL, U&'H\1ed9i tr\01b0\1eddng UBND t\1ec9nh', TIME '08:00:00', 1, DATE '2026-12-04', 'Regular citizens'' reception', U&'Ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3', 439),
(455, NULL, U&'Ph\00f2ng h\1ecdp s\1ed1 1', TIME '15:00:00', 1, DATE '2026-12-04', 'Meeting on year-end budget revenue', U&'H\1ecdp v\1ec1 thu ng\00e2n s\00e1ch cu\1ed1i n\0103m', 442);              
CREATE CACHED TABLE "PUBLIC"."SEALING_KEY"(
    "ID" BIGINT NOT NULL,
    "FINGERPRINT" CHARACTER VARYING(60) NOT NULL,
    "RECORDEDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT
);           
ALTER TABLE "PUBLIC"."SEALING_KEY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_39" PRIMARY KEY("ID");  
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.SEALING_KEY;              
INSERT INTO "PUBLIC"."SEALING_KEY" VALUES
(1, 'k1:NExD27-rX3bTvEOIFc8AIBRhVIudpsqvnI3lMojL9jw', TIMESTAMP '2026-12-02 01:10:44.203063', 1);    
CREATE CACHED TABLE "PUBLIC"."CONSULTATION_PART"(
    "ID" BIGINT NOT NULL,
    "BODY" CHARACTER VARYING(20000) NOT NULL,
    "HEADING" CHARACTER VARYING(1000) NOT NULL,
    "KIND" CHARACTER VARYING(20) NOT NULL,
    "PART_NUMBER" CHARACTER VARYING(20) NOT NULL,
    "POSITION" INTEGER NOT NULL,
    "VERSION" BIGINT,
    "CONSULTATION_ID" BIGINT NOT NULL
);         
ALTER TABLE "PUBLIC"."CONSULTATION_PART" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D" PRIMARY KEY("ID");             
-- 55 +/- SELECT COUNT(*) FROM PUBLIC.CONSULTATION_PART;       
INSERT INTO "PUBLIC"."CONSULTATION_PART" VALUES
(606, '', U&'QUY \0110\1ecaNH CHUNG', 'CHAPTER', 'I', 1, 1, 605),
(607, U&'Quy ch\1ebf n\00e0y quy \0111\1ecbnh vi\1ec7c qu\1ea3n l\00fd, cung c\1ea5p th\00f4ng tin v\00e0 v\1eadn h\00e0nh C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng v\00e0 c\00e1c trang th\00f4ng tin th\00e0nh ph\1ea7n.', U&'Ph\1ea1m vi \0111i\1ec1u ch\1ec9nh', 'ARTICLE', '1', 2, 1, 605),
(608, '', U&'\0110\1ed1i t\01b0\1ee3ng \00e1p d\1ee5ng', 'ARTICLE', '2', 3, 1, 605),
(609, U&'C\00e1c s\1edf, ban, ng\00e0nh thu\1ed9c \1ee6y ban nh\00e2n d\00e2n t\1ec9nh.', '', 'CLAUSE', '1', 4, 1, 605),
(610, U&'\1ee6y ban nh\00e2n d\00e2n c\00e1c huy\1ec7n, th\00e0nh ph\1ed1.', '', 'CLAUSE', '2', 5, 1, 605),
(611, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n c\00f3 li\00ean quan \0111\1ebfn vi\1ec7c cung c\1ea5p v\00e0 s\1eed d\1ee5ng th\00f4ng tin tr\00ean C\1ed5ng.', '', 'CLAUSE', '3', 6, 1, 605),
(612, '', U&'Gi\1ea3i th\00edch t\1eeb ng\1eef', 'ARTICLE', '3', 7, 1, 605),
(613, U&'C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh l\00e0 \0111i\1ec3m truy c\1eadp duy nh\1ea5t tr\00ean m\1ea1ng c\1ee7a t\1ec9nh.', '', 'CLAUSE', '1', 8, 1, 605),
(614, U&'Trang th\00f4ng tin th\00e0nh ph\1ea7n l\00e0 trang c\1ee7a m\1ed9t c\01a1 quan, \0111\01a1n v\1ecb t\00edch h\1ee3p v\1edbi C\1ed5ng.', '', 'CLAUSE', '2', 9, 1, 605),
(615, U&'Ban Bi\00ean t\1eadp l\00e0 t\1ed5 ch\1ee9c gi\00fap \1ee6y ban nh\00e2n d\00e2n t\1ec9nh qu\1ea3n l\00fd n\1ed9i dung c\1ee7a C\1ed5ng.', '', 'CLAUSE', '3', 10, 1, 605),
(616, U&'Th\00f4ng tin tr\00ean C\1ed5ng ph\1ea3i ch\00ednh x\00e1c, k\1ecbp th\1eddi, \0111\1ea7y \0111\1ee7 v\00e0 tu\00e2n th\1ee7 quy \0111\1ecbnh v\1ec1 b\1ea3o v\1ec7 b\00ed m\1eadt nh\00e0 n\01b0\1edbc v\00e0 d\1eef li\1ec7u c\00e1 nh\00e2n.', U&'Nguy\00ean t\1eafc cung c\1ea5p th\00f4ng tin', 'ARTICLE', '4', 11, 1, 605),
(617, '', U&'CUNG C\1ea4P TH\00d4NG TIN', 'CHAPTER', 'II', 12, 1, 605),
(618, '', U&'Th\00f4ng tin ph\1ea3i cung c\1ea5p', 'ARTICLE', '5', 13, 1, 605),
(619, U&'Th\00f4ng tin gi\1edbi thi\1ec7u v\1ec1 t\1ed5 ch\1ee9c b\1ed9 m\00e1y.', '', 'CLAUSE', '1', 14, 1, 605),
(620, U&'Tin t\1ee9c, s\1ef1 ki\1ec7n v\1ec1 ho\1ea1t \0111\1ed9ng c\1ee7a t\1ec9nh.', '', 'CLAUSE', '2', 15, 1, 605),
(621, U&'V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt v\00e0 v\0103n b\1ea3n ch\1ec9 \0111\1ea1o \0111i\1ec1u h\00e0nh.', '', 'CLAUSE', '3', 16, 1, 605),
(622, U&'D\1ef1 th\1ea3o v\0103n b\1ea3n c\1ea7n l\1ea5y \00fd ki\1ebfn nh\00e2n d\00e2n.', '', 'CLAUSE', '4', 17, 1, 605),
(623, '', U&'Th\1eddi h\1ea1n c\1eadp nh\1eadt th\00f4ng tin', 'ARTICLE', '6', 18, 1, 605),
(624, U&'V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt \0111\01b0\1ee3c \0111\0103ng t\1ea3i ch\1eadm nh\1ea5t 02 ng\00e0y l\00e0m vi\1ec7c k\1ec3 t\1eeb ng\00e0y k\00fd ban h\00e0nh.', '', 'CLAUSE', '1', 19, 1, 605),
(625, U&'D\1ef1 th\1ea3o l\1ea5y \00fd ki\1ebfn \0111\01b0\1ee3c \0111\0103ng ngay khi m\1edf l\1ea5y \00fd ki\1ebfn.', '', 'CLAUSE', '2', 20, 1, 605),
(626, '', U&'L\1ea5y \00fd ki\1ebfn \0111\1ed1i v\1edbi d\1ef1 th\1ea3o v\0103n b\1ea3n', 'ARTICLE', '7', 21, 1, 605),
(627, U&'C\01a1 quan ch\1ee7 tr\00ec so\1ea1n th\1ea3o \0111\0103ng to\00e0n v\0103n d\1ef1 th\1ea3o, th\1eddi h\1ea1n l\1ea5y \00fd ki\1ebfn v\00e0 \0111\1ea7u m\1ed1i ti\1ebfp nh\1eadn.', '', 'CLAUSE', '1', 22, 1, 605),
(628, U&'Th\1eddi gian l\1ea5y \00fd ki\1ebfn \00edt nh\1ea5t l\00e0 30 ng\00e0y, tr\1eeb tr\01b0\1eddng h\1ee3p lu\1eadt c\00f3 quy \0111\1ecbnh kh\00e1c.', '', 'CLAUSE', '2', 23, 1, 605),
(629, U&'C\01a1 quan ch\1ee7 tr\00ec t\1ed5ng h\1ee3p, ti\1ebfp thu, gi\1ea3i tr\00ecnh \00fd ki\1ebfn v\00e0 c\00f4ng khai b\1ea3n t\1ed5ng h\1ee3p tr\00ean C\1ed5ng.', '', 'CLAUSE', '3', 24, 1, 605),
(630, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n g\1eedi c\00e2u h\1ecfi qua C\1ed5ng; Ban Bi\00ean t\1eadp chuy\1ec3n c\01a1 quan c\00f3 th\1ea9m quy\1ec1n tr\1ea3 l\1eddi trong th\1eddi h\1ea1n 15 ng\00e0y l\00e0m vi\1ec7c.', U&'H\1ecfi \0111\00e1p tr\1ef1c tuy\1ebfn', 'ARTICLE', '8', 25, 1, 605),
(631, U&'C\1ed5ng li\00ean k\1ebft \0111\1ebfn C\1ed5ng d\1ecbch v\1ee5 c\00f4ng qu\1ed1c gia v\00e0 cung c\1ea5p th\00f4ng tin v\1ec1 th\1ee7 t\1ee5c h\00e0nh ch\00ednh c\1ee7a t\1ec9nh.', U&'D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn', 'ARTICLE', '9', 26, 1, 605);            
INSERT INTO "PUBLIC"."CONSULTATION_PART" VALUES
(632, U&'Th\00f4ng tin gi\1edbi thi\1ec7u v\00e0 th\00f4ng tin ph\1ee5c v\1ee5 \0111\1ea7u t\01b0 \0111\01b0\1ee3c cung c\1ea5p b\1eb1ng ti\1ebfng Anh.', U&'Th\00f4ng tin b\1eb1ng ti\1ebfng n\01b0\1edbc ngo\00e0i', 'ARTICLE', '10', 27, 1, 605),
(633, '', U&'QU\1ea2N L\00dd V\00c0 V\1eacN H\00c0NH', 'CHAPTER', 'III', 28, 1, 605),
(634, '', U&'Ban Bi\00ean t\1eadp', 'ARTICLE', '11', 29, 1, 605),
(635, U&'Ban Bi\00ean t\1eadp do Ch\1ee7 t\1ecbch \1ee6y ban nh\00e2n d\00e2n t\1ec9nh quy\1ebft \0111\1ecbnh th\00e0nh l\1eadp.', '', 'CLAUSE', '1', 30, 1, 605),
(636, U&'Tr\01b0\1edfng ban ch\1ecbu tr\00e1ch nhi\1ec7m tr\01b0\1edbc \1ee6y ban nh\00e2n d\00e2n t\1ec9nh v\1ec1 n\1ed9i dung th\00f4ng tin.', '', 'CLAUSE', '2', 31, 1, 605),
(637, U&'Tin b\00e0i \0111\01b0\1ee3c c\1ed9ng t\00e1c vi\00ean g\1eedi, th\01b0 k\00fd t\00f2a so\1ea1n bi\00ean t\1eadp, Ph\00f3 Tr\01b0\1edfng ban ho\1eb7c Tr\01b0\1edfng ban duy\1ec7t tr\01b0\1edbc khi \0111\0103ng.', U&'Quy tr\00ecnh bi\00ean t\1eadp', 'ARTICLE', '12', 32, 1, 605),
(638, '', U&'B\1ea3o \0111\1ea3m an to\00e0n th\00f4ng tin', 'ARTICLE', '13', 33, 1, 605),
(639, U&'H\1ec7 th\1ed1ng \0111\01b0\1ee3c gi\00e1m s\00e1t li\00ean t\1ee5c v\00e0 sao l\01b0u h\1eb1ng ng\00e0y.', '', 'CLAUSE', '1', 34, 1, 605),
(640, U&'T\00e0i kho\1ea3n qu\1ea3n tr\1ecb \0111\01b0\1ee3c c\1ea5p theo vai tr\00f2 v\00e0 thu h\1ed3i khi kh\00f4ng c\00f2n nhi\1ec7m v\1ee5.', '', 'CLAUSE', '2', 35, 1, 605),
(641, U&'Th\00f4ng tin \0111\00e3 \0111\0103ng \0111\01b0\1ee3c l\01b0u tr\1eef \00edt nh\1ea5t 05 n\0103m.', U&'L\01b0u tr\1eef th\00f4ng tin', 'ARTICLE', '14', 36, 1, 605),
(642, U&'T\00e1c gi\1ea3 c\00f3 t\00e1c ph\1ea9m \0111\01b0\1ee3c \0111\0103ng tr\00ean C\1ed5ng \0111\01b0\1ee3c h\01b0\1edfng nhu\1eadn b\00fat theo quy \0111\1ecbnh.', U&'Nhu\1eadn b\00fat', 'ARTICLE', '15', 37, 1, 605),
(643, '', U&'T\1ed4 CH\1ee8C TH\1ef0C HI\1ec6N', 'CHAPTER', 'IV', 38, 1, 605),
(644, U&'H\01b0\1edbng d\1eabn, ki\1ec3m tra vi\1ec7c th\1ef1c hi\1ec7n Quy ch\1ebf n\00e0y.', U&'Tr\00e1ch nhi\1ec7m c\1ee7a S\1edf Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', 'ARTICLE', '16', 39, 1, 605),
(645, U&'B\1ed1 tr\00ed kinh ph\00ed duy tr\00ec, v\1eadn h\00e0nh C\1ed5ng trong d\1ef1 to\00e1n h\1eb1ng n\0103m.', U&'Tr\00e1ch nhi\1ec7m c\1ee7a S\1edf T\00e0i ch\00ednh', 'ARTICLE', '17', 40, 1, 605),
(646, U&'C\1eed \0111\1ea7u m\1ed1i cung c\1ea5p th\00f4ng tin v\00e0 b\1ea3o \0111\1ea3m th\1eddi h\1ea1n c\1eadp nh\1eadt.', U&'Tr\00e1ch nhi\1ec7m c\1ee7a c\00e1c c\01a1 quan, \0111\01a1n v\1ecb', 'ARTICLE', '18', 41, 1, 605),
(647, '', U&'Khen th\01b0\1edfng v\00e0 x\1eed l\00fd vi ph\1ea1m', 'ARTICLE', '19', 42, 1, 605),
(648, U&'T\1eadp th\1ec3, c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch \0111\01b0\1ee3c khen th\01b0\1edfng theo quy \0111\1ecbnh.', '', 'CLAUSE', '1', 43, 1, 605),
(649, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n vi ph\1ea1m th\00ec t\00f9y t\00ednh ch\1ea5t, m\1ee9c \0111\1ed9 b\1ecb x\1eed l\00fd theo quy \0111\1ecbnh c\1ee7a ph\00e1p lu\1eadt.', '', 'CLAUSE', '2', 44, 1, 605),
(650, U&'Quy ch\1ebf n\00e0y c\00f3 hi\1ec7u l\1ef1c k\1ec3 t\1eeb ng\00e0y k\00fd. Trong qu\00e1 tr\00ecnh th\1ef1c hi\1ec7n, n\1ebfu c\00f3 v\01b0\1edbng m\1eafc, c\00e1c c\01a1 quan ph\1ea3n \00e1nh v\1ec1 S\1edf Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng \0111\1ec3 t\1ed5ng h\1ee3p, b\00e1o c\00e1o \1ee6y ban nh\00e2n d\00e2n t\1ec9nh.', U&'\0110i\1ec1u kho\1ea3n thi h\00e0nh', 'ARTICLE', '20', 45, 1, 605),
(652, '', U&'QUY \0110\1ecaNH CHUNG', 'CHAPTER', 'I', 1, 1, 651),
(653, U&'Quy\1ebft \0111\1ecbnh n\00e0y quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 \1ee9ng d\1ee5ng khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', U&'Ph\1ea1m vi \0111i\1ec1u ch\1ec9nh', 'ARTICLE', '1', 2, 1, 651),
(654, '', U&'\0110\1ed1i t\01b0\1ee3ng \00e1p d\1ee5ng', 'ARTICLE', '2', 3, 1, 651),
(655, U&'Doanh nghi\1ec7p, h\1ee3p t\00e1c x\00e3.', '', 'CLAUSE', '1', 4, 1, 651),
(656, U&'H\1ed9 gia \0111\00ecnh, c\00e1 nh\00e2n s\1ea3n xu\1ea5t.', '', 'CLAUSE', '2', 5, 1, 651),
(657, '', U&'M\1ee8C H\1ed6 TR\1ee2', 'CHAPTER', 'II', 6, 1, 651);    
INSERT INTO "PUBLIC"."CONSULTATION_PART" VALUES
(658, '', U&'M\1ee9c h\1ed7 tr\1ee3', 'ARTICLE', '3', 7, 1, 651),
(659, U&'H\1ed7 tr\1ee3 50% kinh ph\00ed chuy\1ec3n giao c\00f4ng ngh\1ec7, t\1ed1i \0111a 300 tri\1ec7u \0111\1ed3ng.', '', 'CLAUSE', '1', 8, 1, 651),
(660, U&'H\1ed7 tr\1ee3 30% kinh ph\00ed mua thi\1ebft b\1ecb.', '', 'CLAUSE', '2', 9, 1, 651),
(661, U&'Quy\1ebft \0111\1ecbnh n\00e0y c\00f3 hi\1ec7u l\1ef1c sau 10 ng\00e0y k\1ec3 t\1eeb ng\00e0y k\00fd.', U&'Hi\1ec7u l\1ef1c thi h\00e0nh', 'ARTICLE', '4', 10, 1, 651);     
CREATE INDEX "PUBLIC"."IX_CONSULTATION_PART" ON "PUBLIC"."CONSULTATION_PART"("CONSULTATION_ID" NULLS FIRST, "POSITION" NULLS FIRST);           
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
(85, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-23 00:10:46.785562', 100, 1, 79),
(100, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-19 22:10:47.212323', 100, 1, 94),
(109, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-29 22:10:47.282038', 100, 1, 103),
(124, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-25 23:10:47.351817', 100, 1, 118),
(133, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-12', TIMESTAMP '2026-12-02 00:10:47.393051', 100, 1, 127),
(148, 100000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-12', TIMESTAMP '2026-11-30 23:10:47.441585', 100, 1, 142),
(157, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-28 21:10:47.482714', 100, 1, 151),
(166, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-27 00:10:47.507645', 100, 1, 160),
(175, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-22 20:10:47.560238', 100, 1, 169),
(184, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-12 00:10:47.59158', 100, 1, 178),
(193, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-17 00:10:47.633934', 100, 1, 187),
(202, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-27 20:10:47.673101', 100, 1, 196),
(211, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-07 00:10:47.714852', 100, 1, 205),
(220, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-24 22:10:47.763134', 100, 1, 214),
(235, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-13 21:10:47.8197', 100, 1, 229),
(244, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-28 21:10:47.878038', 100, 1, 238),
(253, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-20 23:10:47.916056', 100, 1, 247),
(262, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-02 00:10:47.945294', 100, 1, 256),
(271, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-18 00:10:47.983219', 100, 1, 265),
(280, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-03 00:10:48.010912', 100, 1, 274),
(289, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-13 00:10:48.033817', 100, 1, 283),
(298, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-23 21:10:48.057545', 100, 1, 292),
(307, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-17 20:10:48.102652', 100, 1, 301),
(316, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-22 00:10:48.155488', 100, 1, 310),
(325, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-09 22:10:48.192219', 100, 1, 319),
(334, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-27 00:10:48.238851', 100, 1, 328),
(343, 300000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-15 23:10:48.272743', 100, 1, 337),
(352, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-11', TIMESTAMP '2026-11-25 23:10:48.313681', 100, 1, 346),
(361, 150000, 'congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', '2026-10', TIMESTAMP '2026-10-28 00:10:48.351643', 100, 1, 355),
(377, 150000, 'bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', '2026-11', TIMESTAMP '2026-11-30 00:40:48.392749', 100, 1, 370); 
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
(456, 'QH', 'luat', 1, 1, 'Law', U&'Lu\1eadt'),
(457, 'NQ', 'nghi-quyet', 2, 1, 'Resolution', U&'Ngh\1ecb quy\1ebft'),
(458, U&'N\0110', 'nghi-dinh', 3, 1, 'Decree', U&'Ngh\1ecb \0111\1ecbnh'),
(459, U&'Q\0110', 'quyet-dinh', 4, 1, 'Decision', U&'Quy\1ebft \0111\1ecbnh'),
(460, 'TT', 'thong-tu', 5, 1, 'Circular', U&'Th\00f4ng t\01b0'),
(461, 'TTLT', 'thong-tu-lien-tich', 6, 1, 'Joint circular', U&'Th\00f4ng t\01b0 li\00ean t\1ecbch'),
(462, 'CT', 'chi-thi', 7, 1, 'Directive', U&'Ch\1ec9 th\1ecb'),
(463, NULL, 'cong-van', 8, 1, 'Official letter', U&'C\00f4ng v\0103n'),
(464, 'KH', 'ke-hoach', 9, 1, 'Plan', U&'K\1ebf ho\1ea1ch'),
(465, 'TB', 'thong-bao', 10, 1, 'Notice', U&'Th\00f4ng b\00e1o');
CREATE CACHED TABLE "PUBLIC"."CONSULTATION_COMMENT"(
    "ID" BIGINT NOT NULL,
    "BODY" CHARACTER VARYING(10000) NOT NULL,
    "CONSENT_VERSION" CHARACTER VARYING(20) NOT NULL,
    "COMMENTER_EMAIL" CHARACTER VARYING(1000),
    "MODERATED_AT" TIMESTAMP,
    "MODERATED_BY" CHARACTER VARYING(100),
    "COMMENTER_NAME" CHARACTER VARYING(1000),
    "COMMENTER_ORGANISATION" CHARACTER VARYING(1500),
    "RECEIVED_AT" TIMESTAMP NOT NULL,
    "REFUSAL_REASON" CHARACTER VARYING(1000),
    "SHOW_NAME" BOOLEAN NOT NULL,
    "STATE" CHARACTER VARYING(20) NOT NULL,
    "VERSION" BIGINT,
    "CONSULTATION_ID" BIGINT NOT NULL,
    "PART_ID" BIGINT
);          
ALTER TABLE "PUBLIC"."CONSULTATION_COMMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_DC" PRIMARY KEY("ID");         
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.CONSULTATION_COMMENT;     
CREATE INDEX "PUBLIC"."IX_CONSULTATION_COMMENT" ON "PUBLIC"."CONSULTATION_COMMENT"("CONSULTATION_ID" NULLS FIRST, "STATE" NULLS FIRST);        
CREATE CACHED TABLE "PUBLIC"."OUTBOUND_MAIL"(
    "ID" BIGINT NOT NULL,
    "ATTEMPTS" INTEGER NOT NULL,
    "BODY" CHARACTER VARYING(120000) NOT NULL,
    "CREATEDAT" TIMESTAMP NOT NULL,
    "DEDUPKEY" CHARACTER VARYING(200) NOT NULL,
    "LASTERROR" CHARACTER VARYING(300),
    "NEXTATTEMPTAT" TIMESTAMP NOT NULL,
    "PURGEDAT" TIMESTAMP,
    "RECIPIENTS" CHARACTER VARYING(2800) NOT NULL,
    "SENTAT" TIMESTAMP,
    "STATUS" CHARACTER VARYING(10) NOT NULL,
    "SUBJECT" CHARACTER VARYING(2200) NOT NULL,
    "VERSION" BIGINT
);          
ALTER TABLE "PUBLIC"."OUTBOUND_MAIL" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D4D" PRIMARY KEY("ID");               
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.OUTBOUND_MAIL;            
CREATE INDEX "PUBLIC"."IX_OUTBOUND_MAIL_DUE" ON "PUBLIC"."OUTBOUND_MAIL"("STATUS" NULLS FIRST, "NEXTATTEMPTAT" NULLS FIRST);   
CREATE CACHED TABLE "PUBLIC"."LEGAL_FILE"(
    "ID" BIGINT NOT NULL,
    "UPLOADEDAT" TIMESTAMP NOT NULL,
    "VERSION" BIGINT,
    "FILENAME" CHARACTER VARYING(255) NOT NULL,
    "FORMAT" CHARACTER VARYING(10),
    "HEIGHT" INTEGER,
    "LOCATION" CHARACTER VARYING(200),
    "SEALED" BOOLEAN,
    "SHA256" CHARACTER VARYING(64),
    "SIZE" BIGINT NOT NULL,
    "WIDTH" INTEGER,
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
ALTER TABLE "PUBLIC"."QA_CONSENT_TEXT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7" PRIMARY KEY("VERSION");          
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.QA_CONSENT_TEXT;          
INSERT INTO "PUBLIC"."QA_CONSENT_TEXT" VALUES
('2026.1', TIMESTAMP '2026-12-02 01:10:49.454588', 'I agree that the provincial portal processes the personal data I give (name, nationality, occupation, identity document number, address, phone, e-mail) only to receive this question, pass it to the competent agency and answer it. The data is never published and only the officials responsible may see it. I may ask for my personal data to be erased at any time.', U&'T\00f4i \0111\1ed3ng \00fd \0111\1ec3 C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh x\1eed l\00fd c\00e1c th\00f4ng tin c\00e1 nh\00e2n t\00f4i cung c\1ea5p (h\1ecd t\00ean, qu\1ed1c t\1ecbch, ngh\1ec1 nghi\1ec7p, s\1ed1 gi\1ea5y t\1edd t\00f9y th\00e2n, \0111\1ecba ch\1ec9, s\1ed1 \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed) ch\1ec9 \0111\1ec3 ti\1ebfp nh\1eadn, chuy\1ec3n \0111\1ebfn c\01a1 quan c\00f3 th\1ea9m quy\1ec1n v\00e0 tr\1ea3 l\1eddi c\00e2u h\1ecfi n\00e0y. C\00e1c th\00f4ng tin n\00e0y kh\00f4ng \0111\01b0\1ee3c c\00f4ng khai v\00e0 ch\1ec9 nh\1eefng ng\01b0\1eddi c\00f3 tr\00e1ch nhi\1ec7m \0111\01b0\1ee3c xem. T\00f4i c\00f3 th\1ec3 \0111\1ec1 ngh\1ecb h\1ee7y b\1ecf th\00f4ng tin c\00e1 nh\00e2n c\1ee7a m\00ecnh b\1ea5t c\1ee9 l\00fac n\00e0o.');           
CREATE CACHED TABLE "PUBLIC"."AUDIT_EVENT"(
    "ID" BIGINT NOT NULL,
    "ACTION" CHARACTER VARYING(64) NOT NULL,
    "ACTOR" CHARACTER VARYING(64) NOT NULL,
    "DETAIL" CHARACTER VARYING(1000),
    "OCCURREDAT" TIMESTAMP NOT NULL,
    "TARGET" CHARACTER VARYING(200)
);               
ALTER TABLE "PUBLIC"."AUDIT_EVENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_E" PRIMARY KEY("ID");   
-- 40 +/- SELECT COUNT(*) FROM PUBLIC.AUDIT_EVENT;             
INSERT INTO "PUBLIC"."AUDIT_EVENT" VALUES
(28, 'account.create', 'system', 'initial administrator', TIMESTAMP '2026-12-02 01:10:45.216877', 'account admin'),
(78, 'media.upload', 'system', 'JPG 19636', TIMESTAMP '2026-12-02 01:10:47.163056', 'media f2a9f9e19edece2dd42aa9a72af22232'),
(93, 'media.upload', 'system', 'JPG 18368', TIMESTAMP '2026-12-02 01:10:47.263496', 'media 616d125f92544f40d33abeee2f59b25b'),
(102, 'media.upload', 'system', 'JPG 18758', TIMESTAMP '2026-12-02 01:10:47.33103', 'media 8298d10e71e42c329ccb48bd21d8d1f2'),
(117, 'media.upload', 'system', 'JPG 19540', TIMESTAMP '2026-12-02 01:10:47.379426', 'media a33eeae75bc674e77a18623e7de7073c'),
(126, 'media.upload', 'system', 'JPG 19936', TIMESTAMP '2026-12-02 01:10:47.415401', 'media 1836b30c1e11994131f369a4fd76d760'),
(141, 'media.upload', 'system', 'JPG 20663', TIMESTAMP '2026-12-02 01:10:47.465473', 'media 9cc661d2b1fd0f6f6fdf884b7aa8c54a'),
(150, 'media.upload', 'system', 'JPG 20201', TIMESTAMP '2026-12-02 01:10:47.500299', 'media b95105c644cbf67a173157ed38013bc1'),
(159, 'media.upload', 'system', 'JPG 17881', TIMESTAMP '2026-12-02 01:10:47.543812', 'media 6f367375a954b6a74ad0e8232e951351'),
(168, 'media.upload', 'system', 'JPG 18593', TIMESTAMP '2026-12-02 01:10:47.581997', 'media 4b59fab8c56e76f5acf7ff2fcbf48659'),
(177, 'media.upload', 'system', 'JPG 19910', TIMESTAMP '2026-12-02 01:10:47.617485', 'media 60d899f4f624fd86ff1af11e96c6ed52'),
(186, 'media.upload', 'system', 'JPG 19696', TIMESTAMP '2026-12-02 01:10:47.660367', 'media 8fa31d5399e121353a78b64171fa9e3e'),
(195, 'media.upload', 'system', 'JPG 19729', TIMESTAMP '2026-12-02 01:10:47.701522', 'media adfe97725de2052e8a63ef643d394411'),
(204, 'media.upload', 'system', 'JPG 19775', TIMESTAMP '2026-12-02 01:10:47.744274', 'media 819ee2e1c7fbb266aebfb6080aae81ed'),
(213, 'media.upload', 'system', 'JPG 20180', TIMESTAMP '2026-12-02 01:10:47.79673', 'media 6ef5ffe7556323522572661d977bd901'),
(228, 'media.upload', 'system', 'JPG 19770', TIMESTAMP '2026-12-02 01:10:47.867308', 'media e0e239f99c37e85a6a4f96386fd9e4cb'),
(237, 'media.upload', 'system', 'JPG 20223', TIMESTAMP '2026-12-02 01:10:47.902213', 'media 29af50365a75a9d916e6e226093428e3'),
(246, 'media.upload', 'system', 'JPG 20300', TIMESTAMP '2026-12-02 01:10:47.937346', 'media abd7cac4a66741db1826656f7fe40217'),
(255, 'media.upload', 'system', 'JPG 18343', TIMESTAMP '2026-12-02 01:10:47.971073', 'media a58a239bb714e5a682b6c81c3ad46312'),
(264, 'media.upload', 'system', 'JPG 19763', TIMESTAMP '2026-12-02 01:10:48.000539', 'media 9914e46947518148518cce6d721affdb'),
(273, 'media.upload', 'system', 'JPG 17843', TIMESTAMP '2026-12-02 01:10:48.027508', 'media 8bad1d050054210b20999a71ed2ff878'),
(282, 'media.upload', 'system', 'JPG 19881', TIMESTAMP '2026-12-02 01:10:48.051621', 'media b232418705b74ee395518d8a83c936b2'),
(291, 'media.upload', 'system', 'JPG 18173', TIMESTAMP '2026-12-02 01:10:48.096118', 'media 9587dfa0befe8686591acb2195ed21af'),
(300, 'media.upload', 'system', 'JPG 20078', TIMESTAMP '2026-12-02 01:10:48.140171', 'media 21ce6feb0471fb792153a941b2900f30'),
(309, 'media.upload', 'system', 'JPG 20008', TIMESTAMP '2026-12-02 01:10:48.178882', 'media ccdbdd414e005d266ff18ea7a8900725'),
(318, 'media.upload', 'system', 'JPG 18261', TIMESTAMP '2026-12-02 01:10:48.225163', 'media 7d9c8d81e74de70303cd5577963ca86d'),
(327, 'media.upload', 'system', 'JPG 20471', TIMESTAMP '2026-12-02 01:10:48.264149', 'media 5b57a66466519929d2793c831684ae13'),
(336, 'media.upload', 'system', 'JPG 20233', TIMESTAMP '2026-12-02 01:10:48.302966', 'media 41cabda157eae283e393e8862a389b64'),
(345, 'media.upload', 'system', 'JPG 20214', TIMESTAMP '2026-12-02 01:10:48.338348', 'media 0cbfdbf0d298fbbc40a6fbf561aa951c'),
(354, 'media.upload', 'system', 'JPG 18288', TIMESTAMP '2026-12-02 01:10:48.378979', 'media eefd40725bce33460840c1dcd152bb67'),
(363, 'media.upload', 'system', 'JPG 19826', TIMESTAMP '2026-12-02 01:10:48.424322', 'media da2fde71feca88579fdbd6c5ada802d0'),
(379, 'media.upload', 'system', 'JPG 19904', TIMESTAMP '2026-12-02 01:10:48.473543', 'media 59ae9e05f6d5b331a945772c6a061eb3');      
INSERT INTO "PUBLIC"."AUDIT_EVENT" VALUES
(387, 'media.upload', 'system', 'JPG 20297', TIMESTAMP '2026-12-02 01:10:48.519076', 'media 492aae9e04913f48393f6e0ef487c2ac'),
(395, 'media.upload', 'system', 'JPG 20747', TIMESTAMP '2026-12-02 01:10:48.581015', 'media 980a0aa4ab5124550258e638870aac2b'),
(407, 'media.upload', 'system', 'JPG 18121', TIMESTAMP '2026-12-02 01:10:48.631373', 'media 2df7bc1f07570e1e4ec6aa33725be707'),
(415, 'media.upload', 'system', 'JPG 19861', TIMESTAMP '2026-12-02 01:10:48.677336', 'media f553be8464b69967c60822cec30897d3'),
(438, 'media.upload', 'system', 'PNG 12407', TIMESTAMP '2026-12-02 01:10:48.970903', 'media e2db6bf5f6e2529d66e44b4bfec408c8'),
(441, 'media.upload', 'system', 'PNG 11271', TIMESTAMP '2026-12-02 01:10:49.027989', 'media fb70dacd484b38cd4b42baf11bd117a8'),
(444, 'media.upload', 'system', 'PNG 11774', TIMESTAMP '2026-12-02 01:10:49.081709', 'media c8d598c0686f746e4cea89dcc07583e6'),
(447, 'media.upload', 'system', 'PNG 11938', TIMESTAMP '2026-12-02 01:10:49.134209', 'media fe353a12f83956fcc5fef2144f629557');      
CREATE INDEX "PUBLIC"."IX_AUDIT_AT" ON "PUBLIC"."AUDIT_EVENT"("OCCURREDAT" NULLS FIRST);       
CREATE INDEX "PUBLIC"."IX_AUDIT_ACTOR" ON "PUBLIC"."AUDIT_EVENT"("ACTOR" NULLS FIRST);         
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
ALTER TABLE "PUBLIC"."ARTICLE_EVENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_1" PRIMARY KEY("ID"); 
-- 170 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_EVENT;          
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(81, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-22 22:40:46.785562', 'SUBMITTED', 1, 79),
(82, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-22 23:10:46.785562', 'IN_REVIEW', 1, 79),
(83, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-22 23:40:46.785562', 'APPROVED', 1, 79),
(84, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-23 00:10:46.785562', 'PUBLISHED', 1, 79),
(88, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-10-22 22:40:46.785562', 'SUBMITTED', 1, 86),
(89, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-22 23:10:46.785562', 'IN_REVIEW', 1, 86),
(90, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-22 23:40:46.785562', 'APPROVED', 1, 86),
(91, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-23 00:10:46.785562', 'PUBLISHED', 1, 86),
(96, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-19 20:40:47.212323', 'SUBMITTED', 1, 94),
(97, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-19 21:10:47.212323', 'IN_REVIEW', 1, 94),
(98, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-19 21:40:47.212323', 'APPROVED', 1, 94),
(99, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-19 22:10:47.212323', 'PUBLISHED', 1, 94),
(105, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-29 20:40:47.282038', 'SUBMITTED', 1, 103),
(106, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 21:10:47.282038', 'IN_REVIEW', 1, 103),
(107, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 21:40:47.282038', 'APPROVED', 1, 103),
(108, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-29 22:10:47.282038', 'PUBLISHED', 1, 103),
(112, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-11-29 20:40:47.282038', 'SUBMITTED', 1, 110),
(113, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 21:10:47.282038', 'IN_REVIEW', 1, 110),
(114, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 21:40:47.282038', 'APPROVED', 1, 110),
(115, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-29 22:10:47.282038', 'PUBLISHED', 1, 110),
(120, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-25 21:40:47.351817', 'SUBMITTED', 1, 118),
(121, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-25 22:10:47.351817', 'IN_REVIEW', 1, 118),
(122, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-25 22:40:47.351817', 'APPROVED', 1, 118),
(123, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-25 23:10:47.351817', 'PUBLISHED', 1, 118),
(129, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 22:40:47.393051', 'SUBMITTED', 1, 127),
(130, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 23:10:47.393051', 'IN_REVIEW', 1, 127),
(131, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-12-01 23:40:47.393051', 'APPROVED', 1, 127),
(132, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-12-02 00:10:47.393051', 'PUBLISHED', 1, 127),
(136, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-12-01 22:40:47.393051', 'SUBMITTED', 1, 134),
(137, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 23:10:47.393051', 'IN_REVIEW', 1, 134),
(138, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-12-01 23:40:47.393051', 'APPROVED', 1, 134),
(139, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-12-02 00:10:47.393051', 'PUBLISHED', 1, 134),
(144, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-30 21:40:47.441585', 'SUBMITTED', 1, 142),
(145, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 22:10:47.441585', 'IN_REVIEW', 1, 142),
(146, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-30 22:40:47.441585', 'APPROVED', 1, 142),
(147, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-30 23:10:47.441585', 'PUBLISHED', 1, 142),
(153, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-28 19:40:47.482714', 'SUBMITTED', 1, 151),
(154, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-28 20:10:47.482714', 'IN_REVIEW', 1, 151);             
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(155, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-28 20:40:47.482714', 'APPROVED', 1, 151),
(156, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-28 21:10:47.482714', 'PUBLISHED', 1, 151),
(162, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-26 22:40:47.507645', 'SUBMITTED', 1, 160),
(163, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-26 23:10:47.507645', 'IN_REVIEW', 1, 160),
(164, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-26 23:40:47.507645', 'APPROVED', 1, 160),
(165, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-27 00:10:47.507645', 'PUBLISHED', 1, 160),
(171, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-22 18:40:47.560238', 'SUBMITTED', 1, 169),
(172, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-22 19:10:47.560238', 'IN_REVIEW', 1, 169),
(173, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-22 19:40:47.560238', 'APPROVED', 1, 169),
(174, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-22 20:10:47.560238', 'PUBLISHED', 1, 169),
(180, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-11 22:40:47.59158', 'SUBMITTED', 1, 178),
(181, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-11 23:10:47.59158', 'IN_REVIEW', 1, 178),
(182, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-11 23:40:47.59158', 'APPROVED', 1, 178),
(183, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-12 00:10:47.59158', 'PUBLISHED', 1, 178),
(189, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-16 22:40:47.633934', 'SUBMITTED', 1, 187),
(190, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-16 23:10:47.633934', 'IN_REVIEW', 1, 187),
(191, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-16 23:40:47.633934', 'APPROVED', 1, 187),
(192, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-17 00:10:47.633934', 'PUBLISHED', 1, 187),
(198, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-27 18:40:47.673101', 'SUBMITTED', 1, 196),
(199, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-27 19:10:47.673101', 'IN_REVIEW', 1, 196),
(200, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-27 19:40:47.673101', 'APPROVED', 1, 196),
(201, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-27 20:10:47.673101', 'PUBLISHED', 1, 196),
(207, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-06 22:40:47.714852', 'SUBMITTED', 1, 205),
(208, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-06 23:10:47.714852', 'IN_REVIEW', 1, 205),
(209, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-06 23:40:47.714852', 'APPROVED', 1, 205),
(210, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-07 00:10:47.714852', 'PUBLISHED', 1, 205),
(216, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-24 20:40:47.763134', 'SUBMITTED', 1, 214),
(217, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-24 21:10:47.763134', 'IN_REVIEW', 1, 214),
(218, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-24 21:40:47.763134', 'APPROVED', 1, 214),
(219, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-24 22:10:47.763134', 'PUBLISHED', 1, 214),
(223, 'SUBMIT', 'bientap', 'DRAFT', NULL, TIMESTAMP '2026-11-24 20:40:47.763134', 'SUBMITTED', 1, 221),
(224, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-24 21:10:47.763134', 'IN_REVIEW', 1, 221),
(225, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-24 21:40:47.763134', 'APPROVED', 1, 221),
(226, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-24 22:10:47.763134', 'PUBLISHED', 1, 221),
(231, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-13 19:40:47.8197', 'SUBMITTED', 1, 229),
(232, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-13 20:10:47.8197', 'IN_REVIEW', 1, 229),
(233, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-13 20:40:47.8197', 'APPROVED', 1, 229),
(234, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-13 21:10:47.8197', 'PUBLISHED', 1, 229);          
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(240, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-28 19:40:47.878038', 'SUBMITTED', 1, 238),
(241, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-28 20:10:47.878038', 'IN_REVIEW', 1, 238),
(242, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-28 20:40:47.878038', 'APPROVED', 1, 238),
(243, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-28 21:10:47.878038', 'PUBLISHED', 1, 238),
(249, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-20 21:40:47.916056', 'SUBMITTED', 1, 247),
(250, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-20 22:10:47.916056', 'IN_REVIEW', 1, 247),
(251, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-20 22:40:47.916056', 'APPROVED', 1, 247),
(252, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-20 23:10:47.916056', 'PUBLISHED', 1, 247),
(258, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-01 22:40:47.945294', 'SUBMITTED', 1, 256),
(259, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-01 23:10:47.945294', 'IN_REVIEW', 1, 256),
(260, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-01 23:40:47.945294', 'APPROVED', 1, 256),
(261, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-02 00:10:47.945294', 'PUBLISHED', 1, 256),
(267, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-17 22:40:47.983219', 'SUBMITTED', 1, 265),
(268, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-17 23:10:47.983219', 'IN_REVIEW', 1, 265),
(269, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-17 23:40:47.983219', 'APPROVED', 1, 265),
(270, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-18 00:10:47.983219', 'PUBLISHED', 1, 265),
(276, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-02 22:40:48.010912', 'SUBMITTED', 1, 274),
(277, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-02 23:10:48.010912', 'IN_REVIEW', 1, 274),
(278, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-02 23:40:48.010912', 'APPROVED', 1, 274),
(279, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-03 00:10:48.010912', 'PUBLISHED', 1, 274),
(285, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-12 22:40:48.033817', 'SUBMITTED', 1, 283),
(286, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-12 23:10:48.033817', 'IN_REVIEW', 1, 283),
(287, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-12 23:40:48.033817', 'APPROVED', 1, 283),
(288, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-13 00:10:48.033817', 'PUBLISHED', 1, 283),
(294, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-23 19:40:48.057545', 'SUBMITTED', 1, 292),
(295, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-23 20:10:48.057545', 'IN_REVIEW', 1, 292),
(296, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-23 20:40:48.057545', 'APPROVED', 1, 292),
(297, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-23 21:10:48.057545', 'PUBLISHED', 1, 292),
(303, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-17 18:40:48.102652', 'SUBMITTED', 1, 301),
(304, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-17 19:10:48.102652', 'IN_REVIEW', 1, 301),
(305, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-17 19:40:48.102652', 'APPROVED', 1, 301),
(306, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-17 20:10:48.102652', 'PUBLISHED', 1, 301),
(312, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-21 22:40:48.155488', 'SUBMITTED', 1, 310),
(313, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-21 23:10:48.155488', 'IN_REVIEW', 1, 310),
(314, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-21 23:40:48.155488', 'APPROVED', 1, 310),
(315, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-22 00:10:48.155488', 'PUBLISHED', 1, 310),
(321, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-09 20:40:48.192219', 'SUBMITTED', 1, 319);         
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(322, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-09 21:10:48.192219', 'IN_REVIEW', 1, 319),
(323, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-09 21:40:48.192219', 'APPROVED', 1, 319),
(324, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-09 22:10:48.192219', 'PUBLISHED', 1, 319),
(330, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-26 22:40:48.238851', 'SUBMITTED', 1, 328),
(331, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-26 23:10:48.238851', 'IN_REVIEW', 1, 328),
(332, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-26 23:40:48.238851', 'APPROVED', 1, 328),
(333, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-27 00:10:48.238851', 'PUBLISHED', 1, 328),
(339, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-15 21:40:48.272743', 'SUBMITTED', 1, 337),
(340, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-15 22:10:48.272743', 'IN_REVIEW', 1, 337),
(341, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-15 22:40:48.272743', 'APPROVED', 1, 337),
(342, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-15 23:10:48.272743', 'PUBLISHED', 1, 337),
(348, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-11-25 21:40:48.313681', 'SUBMITTED', 1, 346),
(349, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-25 22:10:48.313681', 'IN_REVIEW', 1, 346),
(350, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-25 22:40:48.313681', 'APPROVED', 1, 346),
(351, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-25 23:10:48.313681', 'PUBLISHED', 1, 346),
(357, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-10-27 22:40:48.351643', 'SUBMITTED', 1, 355),
(358, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-10-27 23:10:48.351643', 'IN_REVIEW', 1, 355),
(359, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-10-27 23:40:48.351643', 'APPROVED', 1, 355),
(360, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-10-28 00:10:48.351643', 'PUBLISHED', 1, 355),
(366, 'SUBMIT', 'bientap-sotp', 'DRAFT', NULL, TIMESTAMP '2026-11-29 20:40:48.392749', 'SUBMITTED', 1, 364),
(367, 'START_REVIEW', 'bientap-sotp', 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 21:10:48.392749', 'IN_REVIEW', 1, 364),
(368, 'APPROVE', 'bientap-sotp', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-29 21:40:48.392749', 'APPROVED', 1, 364),
(369, 'PUBLISH', 'bientap-sotp', 'APPROVED', NULL, TIMESTAMP '2026-11-29 22:10:48.392749', 'PUBLISHED', 1, 364),
(372, 'PROPOSED', 'bientap-sotp', NULL, NULL, TIMESTAMP '2026-11-30 00:10:48.392749', 'SUBMITTED', 1, 370),
(373, 'PROPOSED_TO_MAIN', 'bientap-sotp', 'PUBLISHED', NULL, TIMESTAMP '2026-11-30 00:10:48.392749', 'PUBLISHED', 1, 364),
(374, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 00:20:48.392749', 'IN_REVIEW', 1, 370),
(375, 'APPROVE', 'bientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-30 00:30:48.392749', 'APPROVED', 1, 370),
(376, 'PUBLISH', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-11-30 00:40:48.392749', 'PUBLISHED', 1, 370),
(382, 'SUBMIT', 'bientap-sotp', 'DRAFT', NULL, TIMESTAMP '2026-11-22 18:40:48.440016', 'SUBMITTED', 1, 380),
(383, 'START_REVIEW', 'bientap-sotp', 'SUBMITTED', NULL, TIMESTAMP '2026-11-22 19:10:48.440016', 'IN_REVIEW', 1, 380),
(384, 'APPROVE', 'bientap-sotp', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-22 19:40:48.440016', 'APPROVED', 1, 380),
(385, 'PUBLISH', 'bientap-sotp', 'APPROVED', NULL, TIMESTAMP '2026-11-22 20:10:48.440016', 'PUBLISHED', 1, 380),
(390, 'SUBMIT', 'bientap-sotp', 'DRAFT', NULL, TIMESTAMP '2026-11-27 18:40:48.484579', 'SUBMITTED', 1, 388),
(391, 'START_REVIEW', 'bientap-sotp', 'SUBMITTED', NULL, TIMESTAMP '2026-11-27 19:10:48.484579', 'IN_REVIEW', 1, 388),
(392, 'APPROVE', 'bientap-sotp', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-27 19:40:48.484579', 'APPROVED', 1, 388),
(393, 'PUBLISH', 'bientap-sotp', 'APPROVED', NULL, TIMESTAMP '2026-11-27 20:10:48.484579', 'PUBLISHED', 1, 388),
(398, 'SUBMIT', 'bientap-xadt', 'DRAFT', NULL, TIMESTAMP '2026-11-30 21:40:48.529207', 'SUBMITTED', 1, 396);               
INSERT INTO "PUBLIC"."ARTICLE_EVENT" VALUES
(399, 'START_REVIEW', 'bientap-xadt', 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 22:10:48.529207', 'IN_REVIEW', 1, 396),
(400, 'APPROVE', 'bientap-xadt', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-30 22:40:48.529207', 'APPROVED', 1, 396),
(401, 'PUBLISH', 'bientap-xadt', 'APPROVED', NULL, TIMESTAMP '2026-11-30 23:10:48.529207', 'PUBLISHED', 1, 396),
(404, 'PROPOSED', 'bientap-xadt', NULL, NULL, TIMESTAMP '2026-12-01 01:10:48.529207', 'SUBMITTED', 1, 402),
(405, 'PROPOSED_TO_MAIN', 'bientap-xadt', 'PUBLISHED', NULL, TIMESTAMP '2026-12-01 01:10:48.529207', 'PUBLISHED', 1, 396),
(410, 'SUBMIT', 'bientap-xadt', 'DRAFT', NULL, TIMESTAMP '2026-11-24 20:40:48.594268', 'SUBMITTED', 1, 408),
(411, 'START_REVIEW', 'bientap-xadt', 'SUBMITTED', NULL, TIMESTAMP '2026-11-24 21:10:48.594268', 'IN_REVIEW', 1, 408),
(412, 'APPROVE', 'bientap-xadt', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-24 21:40:48.594268', 'APPROVED', 1, 408),
(413, 'PUBLISH', 'bientap-xadt', 'APPROVED', NULL, TIMESTAMP '2026-11-24 22:10:48.594268', 'PUBLISHED', 1, 408),
(418, 'SUBMIT', 'bientap-xadt', 'DRAFT', NULL, TIMESTAMP '2026-11-28 19:40:48.640034', 'SUBMITTED', 1, 416),
(419, 'START_REVIEW', 'bientap-xadt', 'SUBMITTED', NULL, TIMESTAMP '2026-11-28 20:10:48.640034', 'IN_REVIEW', 1, 416),
(420, 'APPROVE', 'bientap-xadt', 'IN_REVIEW', NULL, TIMESTAMP '2026-11-28 20:40:48.640034', 'APPROVED', 1, 416),
(421, 'PUBLISH', 'bientap-xadt', 'APPROVED', NULL, TIMESTAMP '2026-11-28 21:10:48.640034', 'PUBLISHED', 1, 416),
(424, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 22:20:48.686449', 'SUBMITTED', 1, 422),
(427, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 22:20:48.764792', 'SUBMITTED', 1, 425),
(428, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 22:30:48.764792', 'IN_REVIEW', 1, 425),
(431, 'SUBMIT', 'congtacvien', 'DRAFT', NULL, TIMESTAMP '2026-12-01 22:20:48.778214', 'SUBMITTED', 1, 429),
(432, 'START_REVIEW', 'thuky', 'SUBMITTED', NULL, TIMESTAMP '2026-12-01 22:30:48.778214', 'IN_REVIEW', 1, 429),
(433, 'APPROVE', 'phobientap', 'IN_REVIEW', NULL, TIMESTAMP '2026-12-01 22:40:48.778214', 'APPROVED', 1, 429),
(434, 'SCHEDULE', 'bientap', 'APPROVED', NULL, TIMESTAMP '2026-12-01 22:50:48.778214', 'SCHEDULED', 1, 429);        
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
(484, 'GUIDES', 1, 480, 476),
(485, 'REPLACES', 1, 478, 477),
(486, 'GUIDES', 1, 479, 475),
(487, 'GUIDES', 1, 481, 475);         
CREATE CACHED TABLE "PUBLIC"."QA_SPENT_CHALLENGE"(
    "ID" CHARACTER VARYING(32) NOT NULL,
    "EXPIRESAT" TIMESTAMP NOT NULL
);              
ALTER TABLE "PUBLIC"."QA_SPENT_CHALLENGE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_37" PRIMARY KEY("ID");           
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.QA_SPENT_CHALLENGE;       
CREATE INDEX "PUBLIC"."IX_QA_SPENT_UNTIL" ON "PUBLIC"."QA_SPENT_CHALLENGE"("EXPIRESAT" NULLS FIRST);           
CREATE CACHED TABLE "PUBLIC"."ESERVICE_PROCEDURE"(
    "ID" BIGINT NOT NULL,
    "CODE" CHARACTER VARYING(40) NOT NULL,
    "FEE_VND" BIGINT,
    "FIELD" CHARACTER VARYING(200) NOT NULL,
    "LEGAL_BASIS" CHARACTER VARYING(2000),
    "ADMIN_LEVEL" CHARACTER VARYING(20) NOT NULL,
    "NAME" CHARACTER VARYING(500) NOT NULL,
    "ONLINE_LEVEL" CHARACTER VARYING(20) NOT NULL,
    "PROCESSING_DAYS" INTEGER NOT NULL,
    "RESULT_TEXT" CHARACTER VARYING(1000) NOT NULL,
    "SEARCH_TEXT" CHARACTER VARYING(4000) NOT NULL,
    "VERSION" BIGINT,
    "AGENCY_ID" BIGINT NOT NULL
);
ALTER TABLE "PUBLIC"."ESERVICE_PROCEDURE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_CC1" PRIMARY KEY("ID");          
-- 21 +/- SELECT COUNT(*) FROM PUBLIC.ESERVICE_PROCEDURE;      
INSERT INTO "PUBLIC"."ESERVICE_PROCEDURE" VALUES
(490, '1.001193.000.00.00.H12', NULL, U&'H\1ed9 t\1ecbch', U&'Lu\1eadt H\1ed9 t\1ecbch s\1ed1 60/2014/QH13; Ngh\1ecb \0111\1ecbnh 123/2015/N\0110-CP', 'COMMUNE', U&'\0110\0103ng k\00fd khai sinh', 'FULL', 1, U&'Gi\1ea5y khai sinh (b\1ea3n ch\00ednh)', 'dang ky khai sinh 1.001193.000.00.00.h12 ho tich', 1, 38),
(491, '1.000894.000.00.00.H12', NULL, U&'H\1ed9 t\1ecbch', U&'Lu\1eadt H\1ed9 t\1ecbch s\1ed1 60/2014/QH13; Ngh\1ecb \0111\1ecbnh 123/2015/N\0110-CP', 'COMMUNE', U&'\0110\0103ng k\00fd k\1ebft h\00f4n', 'PARTIAL', 1, U&'Gi\1ea5y ch\1ee9ng nh\1eadn k\1ebft h\00f4n', 'dang ky ket hon 1.000894.000.00.00.h12 ho tich', 1, 39),
(492, '1.000656.000.00.00.H12', NULL, U&'H\1ed9 t\1ecbch', U&'Lu\1eadt H\1ed9 t\1ecbch s\1ed1 60/2014/QH13', 'COMMUNE', U&'\0110\0103ng k\00fd khai t\1eed', 'FULL', 1, U&'Tr\00edch l\1ee5c khai t\1eed', 'dang ky khai tu 1.000656.000.00.00.h12 ho tich', 1, 35),
(493, '1.004873.000.00.00.H12', 8000, U&'H\1ed9 t\1ecbch', U&'Ngh\1ecb \0111\1ecbnh 123/2015/N\0110-CP', 'COMMUNE', U&'C\1ea5p b\1ea3n sao tr\00edch l\1ee5c h\1ed9 t\1ecbch', 'FULL', 1, U&'B\1ea3n sao tr\00edch l\1ee5c h\1ed9 t\1ecbch', 'cap ban sao trich luc ho tich 1.004873.000.00.00.h12 ho tich', 1, 37),
(494, '1.001756.000.00.00.H12', 2000, U&'Ch\1ee9ng th\1ef1c', U&'Ngh\1ecb \0111\1ecbnh 23/2015/N\0110-CP', 'COMMUNE', U&'Ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh gi\1ea5y t\1edd, v\0103n b\1ea3n', 'PARTIAL', 1, U&'B\1ea3n sao \0111\01b0\1ee3c ch\1ee9ng th\1ef1c', 'chung thuc ban sao tu ban chinh giay to, van ban 1.001756.000.00.00.h12 chung thuc', 1, 38),
(495, '2.000488.000.00.00.H12', 200000, U&'L\00fd l\1ecbch t\01b0 ph\00e1p', U&'Lu\1eadt L\00fd l\1ecbch t\01b0 ph\00e1p s\1ed1 28/2009/QH12', 'PROVINCE', U&'C\1ea5p Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p cho c\00f4ng d\00e2n Vi\1ec7t Nam', 'FULL', 10, U&'Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p', 'cap phieu ly lich tu phap cho cong dan viet nam 2.000488.000.00.00.h12 ly lich tu phap', 1, 29),
(496, '1.001699.000.00.00.H12', 600000, U&'Vi\1ec7c l\00e0m', U&'B\1ed9 lu\1eadt Lao \0111\1ed9ng s\1ed1 45/2019/QH14; Ngh\1ecb \0111\1ecbnh 152/2020/N\0110-CP', 'PROVINCE', U&'C\1ea5p gi\1ea5y ph\00e9p lao \0111\1ed9ng cho ng\01b0\1eddi n\01b0\1edbc ngo\00e0i l\00e0m vi\1ec7c t\1ea1i Vi\1ec7t Nam', 'PARTIAL', 5, U&'Gi\1ea5y ph\00e9p lao \0111\1ed9ng', 'cap giay phep lao dong cho nguoi nuoc ngoai lam viec tai viet nam 1.001699.000.00.00.h12 viec lam', 1, 9),
(497, '2.001612.000.00.00.H12', 100000, U&'Th\00e0nh l\1eadp v\00e0 ho\1ea1t \0111\1ed9ng c\1ee7a h\1ed9 kinh doanh', U&'Ngh\1ecb \0111\1ecbnh 01/2021/N\0110-CP', 'COMMUNE', U&'\0110\0103ng k\00fd th\00e0nh l\1eadp h\1ed9 kinh doanh', 'FULL', 3, U&'Gi\1ea5y ch\1ee9ng nh\1eadn \0111\0103ng k\00fd h\1ed9 kinh doanh', 'dang ky thanh lap ho kinh doanh 2.001612.000.00.00.h12 thanh lap va hoat dong cua ho kinh doanh', 1, 35),
(498, '1.001612.000.00.00.H12', 50000, U&'Th\00e0nh l\1eadp v\00e0 ho\1ea1t \0111\1ed9ng doanh nghi\1ec7p', U&'Lu\1eadt Doanh nghi\1ec7p s\1ed1 59/2020/QH14; Ngh\1ecb \0111\1ecbnh 01/2021/N\0110-CP', 'PROVINCE', U&'\0110\0103ng k\00fd th\00e0nh l\1eadp doanh nghi\1ec7p t\01b0 nh\00e2n', 'FULL', 3, U&'Gi\1ea5y ch\1ee9ng nh\1eadn \0111\0103ng k\00fd doanh nghi\1ec7p', 'dang ky thanh lap doanh nghiep tu nhan 1.001612.000.00.00.h12 thanh lap va hoat dong doanh nghiep', 1, 9),
(499, '1.009974.000.00.00.H12', 75000, U&'Ho\1ea1t \0111\1ed9ng x\00e2y d\1ef1ng', U&'Lu\1eadt X\00e2y d\1ef1ng s\1ed1 50/2014/QH13; Ngh\1ecb \0111\1ecbnh 15/2021/N\0110-CP', 'COMMUNE', U&'C\1ea5p gi\1ea5y ph\00e9p x\00e2y d\1ef1ng m\1edbi \0111\1ed1i v\1edbi nh\00e0 \1edf ri\00eang l\1ebb', 'PARTIAL', 15, U&'Gi\1ea5y ph\00e9p x\00e2y d\1ef1ng', 'cap giay phep xay dung moi doi voi nha o rieng le 1.009974.000.00.00.h12 hoat dong xay dung', 1, 37),
(500, '1.004227.000.00.00.H12', NULL, U&'\0110\1ea5t \0111ai', U&'Lu\1eadt \0110\1ea5t \0111ai s\1ed1 31/2024/QH15', 'PROVINCE', U&'\0110\0103ng k\00fd \0111\1ea5t \0111ai, t\00e0i s\1ea3n g\1eafn li\1ec1n v\1edbi \0111\1ea5t l\1ea7n \0111\1ea7u', 'PARTIAL', 20, U&'Gi\1ea5y ch\1ee9ng nh\1eadn quy\1ec1n s\1eed d\1ee5ng \0111\1ea5t, quy\1ec1n s\1edf h\1eefu t\00e0i s\1ea3n g\1eafn li\1ec1n v\1edbi \0111\1ea5t', 'dang ky dat dai, tai san gan lien voi dat lan dau 1.004227.000.00.00.h12 dat dai', 1, 32);   
INSERT INTO "PUBLIC"."ESERVICE_PROCEDURE" VALUES
(501, '1.010727.000.00.00.H12', NULL, U&'M\00f4i tr\01b0\1eddng', U&'Lu\1eadt B\1ea3o v\1ec7 m\00f4i tr\01b0\1eddng s\1ed1 72/2020/QH14', 'PROVINCE', U&'C\1ea5p gi\1ea5y ph\00e9p m\00f4i tr\01b0\1eddng', 'PARTIAL', 30, U&'Gi\1ea5y ph\00e9p m\00f4i tr\01b0\1eddng', 'cap giay phep moi truong 1.010727.000.00.00.h12 moi truong', 1, 32),
(502, '1.002149.000.00.00.H12', 360000, U&'Kh\00e1m b\1ec7nh, ch\1eefa b\1ec7nh', U&'Lu\1eadt Kh\00e1m b\1ec7nh, ch\1eefa b\1ec7nh s\1ed1 15/2023/QH15', 'PROVINCE', U&'C\1ea5p ch\1ee9ng ch\1ec9 h\00e0nh ngh\1ec1 kh\00e1m b\1ec7nh, ch\1eefa b\1ec7nh', 'PARTIAL', 20, U&'Ch\1ee9ng ch\1ec9 h\00e0nh ngh\1ec1', 'cap chung chi hanh nghe kham benh, chua benh 1.002149.000.00.00.h12 kham benh, chua benh', 1, 30),
(503, '1.001907.000.00.00.H12', 1000000, U&'D\01b0\1ee3c ph\1ea9m', U&'Lu\1eadt D\01b0\1ee3c s\1ed1 105/2016/QH13', 'PROVINCE', U&'C\1ea5p gi\1ea5y ch\1ee9ng nh\1eadn \0111\1ee7 \0111i\1ec1u ki\1ec7n kinh doanh d\01b0\1ee3c', 'FULL', 20, U&'Gi\1ea5y ch\1ee9ng nh\1eadn \0111\1ee7 \0111i\1ec1u ki\1ec7n kinh doanh d\01b0\1ee3c', 'cap giay chung nhan du dieu kien kinh doanh duoc 1.001907.000.00.00.h12 duoc pham', 1, 30),
(504, '1.005090.000.00.00.H12', NULL, U&'Gi\00e1o d\1ee5c trung h\1ecdc', U&'Lu\1eadt Gi\00e1o d\1ee5c s\1ed1 43/2019/QH14', 'PROVINCE', U&'C\00f4ng nh\1eadn t\1ed1t nghi\1ec7p trung h\1ecdc c\01a1 s\1edf', 'PARTIAL', 10, U&'B\1eb1ng t\1ed1t nghi\1ec7p trung h\1ecdc c\01a1 s\1edf', 'cong nhan tot nghiep trung hoc co so 1.005090.000.00.00.h12 giao duc trung hoc', 1, 31),
(505, '2.002478.000.00.00.H12', NULL, U&'Gi\00e1o d\1ee5c trung h\1ecdc', U&'Th\00f4ng t\01b0 50/2021/TT-BGD\0110T', 'PROVINCE', U&'Chuy\1ec3n tr\01b0\1eddng \0111\1ed1i v\1edbi h\1ecdc sinh trung h\1ecdc ph\1ed5 th\00f4ng', 'FULL', 3, U&'Quy\1ebft \0111\1ecbnh chuy\1ec3n tr\01b0\1eddng', 'chuyen truong doi voi hoc sinh trung hoc pho thong 2.002478.000.00.00.h12 giao duc trung hoc', 1, 31),
(506, '1.003622.000.00.00.H12', NULL, U&'V\0103n h\00f3a', U&'Ngh\1ecb \0111\1ecbnh 110/2018/N\0110-CP', 'PROVINCE', U&'C\1ea5p gi\1ea5y ph\00e9p t\1ed5 ch\1ee9c l\1ec5 h\1ed9i', 'PARTIAL', 15, U&'V\0103n b\1ea3n ch\1ea5p thu\1eadn t\1ed5 ch\1ee9c l\1ec5 h\1ed9i', 'cap giay phep to chuc le hoi 1.003622.000.00.00.h12 van hoa', 1, 33),
(507, '1.004594.000.00.00.H12', 2000000, U&'Du l\1ecbch', U&'Lu\1eadt Du l\1ecbch s\1ed1 09/2017/QH14', 'PROVINCE', U&'C\00f4ng nh\1eadn h\1ea1ng c\01a1 s\1edf l\01b0u tr\00fa du l\1ecbch', 'FULL', 30, U&'Quy\1ebft \0111\1ecbnh c\00f4ng nh\1eadn h\1ea1ng c\01a1 s\1edf l\01b0u tr\00fa', 'cong nhan hang co so luu tru du lich 1.004594.000.00.00.h12 du lich', 1, 33),
(508, '1.008365.000.00.00.H12', NULL, U&'Ho\1ea1t \0111\1ed9ng khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7', U&'Lu\1eadt Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 s\1ed1 29/2013/QH13', 'PROVINCE', U&'C\1ea5p gi\1ea5y ph\00e9p ho\1ea1t \0111\1ed9ng khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7', 'FULL', 15, U&'Gi\1ea5y ch\1ee9ng nh\1eadn \0111\0103ng k\00fd ho\1ea1t \0111\1ed9ng khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7', 'cap giay phep hoat dong khoa hoc va cong nghe 1.008365.000.00.00.h12 hoat dong khoa hoc va cong nghe', 1, 8),
(509, '2.000635.000.00.00.H12', NULL, U&'H\1ed9 t\1ecbch', U&'Ngh\1ecb \0111\1ecbnh 123/2015/N\0110-CP', 'COMMUNE', U&'X\00e1c nh\1eadn th\00f4ng tin h\1ed9 t\1ecbch', 'FULL', 3, U&'V\0103n b\1ea3n x\00e1c nh\1eadn th\00f4ng tin h\1ed9 t\1ecbch', 'xac nhan thong tin ho tich 2.000635.000.00.00.h12 ho tich', 1, 39),
(510, '1.001022.000.00.00.H12', NULL, U&'\0110\0103ng k\00fd, qu\1ea3n l\00fd c\01b0 tr\00fa', U&'Lu\1eadt C\01b0 tr\00fa s\1ed1 68/2020/QH14', 'COMMUNE', U&'\0110\0103ng k\00fd th\01b0\1eddng tr\00fa', 'FULL', 7, U&'Th\00f4ng b\00e1o k\1ebft qu\1ea3 \0111\0103ng k\00fd th\01b0\1eddng tr\00fa', 'dang ky thuong tru 1.001022.000.00.00.h12 dang ky, quan ly cu tru', 1, 35);    
CREATE INDEX "PUBLIC"."IX_ESERVICE_PROCEDURE_FIELD" ON "PUBLIC"."ESERVICE_PROCEDURE"("FIELD" NULLS FIRST);     
CREATE INDEX "PUBLIC"."IX_ESERVICE_PROCEDURE_AGENCY" ON "PUBLIC"."ESERVICE_PROCEDURE"("AGENCY_ID" NULLS FIRST);
CREATE CACHED TABLE "PUBLIC"."EDITORIAL_DELEGATION"(
    "ID" BIGINT NOT NULL,
    "GRANTEDBY" CHARACTER VARYING(64) NOT NULL,
    "VERSION" BIGINT,
    "ACCOUNT_ID" BIGINT,
    "CATEGORY_ID" BIGINT,
    "SITE_ID" BIGINT
);
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_EA" PRIMARY KEY("ID");         
-- 10 +/- SELECT COUNT(*) FROM PUBLIC.EDITORIAL_DELEGATION;    
INSERT INTO "PUBLIC"."EDITORIAL_DELEGATION" VALUES
(67, 'bientap', 1, 49, 13, 25),
(68, 'bientap', 1, 49, 14, 25),
(69, 'bientap', 1, 49, 23, 25),
(70, 'bientap', 1, 49, 17, 25),
(71, 'bientap', 1, 47, 13, 25),
(72, 'bientap', 1, 47, 14, 25),
(73, 'bientap', 1, 45, 13, 25),
(74, 'bientap', 1, 45, 12, 25),
(75, 'bientap', 1, 45, 14, 25),
(76, 'bientap', 1, 45, 23, 25);             
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
(489, NULL, 1, 1, 482, 488);       
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
    "CONTACT_HOTLINE" CHARACTER VARYING(50),
    "CONTACT_PHONE" CHARACTER VARYING(50),
    "CONTACT_WEBSITE" CHARACTER VARYING(200),
    "NAME_EN" CHARACTER VARYING(300),
    "NAME_VI" CHARACTER VARYING(300) NOT NULL,
    "PARENT_ID" BIGINT
);            
ALTER TABLE "PUBLIC"."ORG_UNIT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7EC" PRIMARY KEY("ID");    
-- 20 +/- SELECT COUNT(*) FROM PUBLIC.ORG_UNIT;
INSERT INTO "PUBLIC"."ORG_UNIT" VALUES
(2, 'tinh-cao-bang', 0, 'PROVINCE', '/tinh-cao-bang/', 1, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Cao Bang Province', U&'T\1ec9nh Cao B\1eb1ng', NULL),
(3, 'hdnd-tinh', 1, 'PEOPLES_COUNCIL', '/tinh-cao-bang/hdnd-tinh/', 2, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Provincial People''s Council', U&'H\1ed9i \0111\1ed3ng nh\00e2n d\00e2n t\1ec9nh', 2),
(4, 'ubnd-tinh', 1, 'PEOPLES_COMMITTEE', '/tinh-cao-bang/ubnd-tinh/', 3, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Provincial People''s Committee', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh', 2),
(5, 'van-phong-ubnd-tinh', 2, 'OFFICE', '/tinh-cao-bang/ubnd-tinh/van-phong-ubnd-tinh/', 4, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Office of the Provincial People''s Committee', U&'V\0103n ph\00f2ng \1ee6y ban nh\00e2n d\00e2n t\1ec9nh', 4),
(6, 'trung-tam-thong-tin', 3, 'CENTRE', '/tinh-cao-bang/ubnd-tinh/van-phong-ubnd-tinh/trung-tam-thong-tin/', 5, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Information Centre', U&'Trung t\00e2m Th\00f4ng tin', 5),
(7, 'ban-bien-tap-cong', 2, 'BOARD', '/tinh-cao-bang/ubnd-tinh/ban-bien-tap-cong/', 6, 1, U&'S\1ed1 11, \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, ph\01b0\1eddng Th\1ee5c Ph\00e1n, t\1ec9nh Cao B\1eb1ng', 'banbientap@caobang.gov.vn', NULL, NULL, NULL, 'http://www.caobang.gov.vn', 'Editorial Board of the Provincial Portal', U&'Ban Bi\00ean t\1eadp C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 4),
(8, 'so-khoa-hoc-cong-nghe', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-khoa-hoc-cong-nghe/', 7, 1, U&'S\1ed1 032, \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, ph\01b0\1eddng Th\1ee5c Ph\00e1n, t\1ec9nh Cao B\1eb1ng', 'sokhcn@caobang.gov.vn', NULL, NULL, '0206 3852 133', NULL, 'Department of Science and Technology', U&'S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7', 4),
(9, 'so-tai-chinh', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-tai-chinh/', 8, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Department of Finance', U&'S\1edf T\00e0i ch\00ednh', 4),
(10, 'ban-chi-dao-cntt', 2, 'BOARD', '/tinh-cao-bang/ubnd-tinh/ban-chi-dao-cntt/', 9, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Provincial IT Steering Committee', U&'Ban Ch\1ec9 \0111\1ea1o C\00f4ng ngh\1ec7 th\00f4ng tin t\1ec9nh', 4),
(29, 'so-tu-phap', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-tu-phap/', 1, 1, U&'S\1ed1 044, ph\1ed1 Hi\1ebfn Giang, ph\01b0\1eddng Th\1ee5c Ph\00e1n, t\1ec9nh Cao B\1eb1ng', 'sotuphap@caobang.gov.vn', NULL, '0206 3852 316', '0206 3852 315', 'https://sotuphap.caobang.gov.vn', 'Department of Justice', U&'S\1edf T\01b0 ph\00e1p', 4),
(30, 'so-y-te', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-y-te/', 2, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Department of Health', U&'S\1edf Y t\1ebf', 4),
(31, 'so-giao-duc-dao-tao', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-giao-duc-dao-tao/', 3, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Department of Education and Training', U&'S\1edf Gi\00e1o d\1ee5c v\00e0 \0110\00e0o t\1ea1o', 4),
(32, 'so-nong-nghiep-moi-truong', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-nong-nghiep-moi-truong/', 4, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Department of Agriculture and Environment', U&'S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng', 4),
(33, 'so-van-hoa-the-thao-du-lich', 2, 'DEPARTMENT', '/tinh-cao-bang/ubnd-tinh/so-van-hoa-the-thao-du-lich/', 5, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Department of Culture, Sports and Tourism', U&'S\1edf V\0103n h\00f3a, Th\1ec3 thao v\00e0 Du l\1ecbch', 4),
(34, 'phong-pho-bien-phap-luat', 3, 'UNIT', '/tinh-cao-bang/ubnd-tinh/so-tu-phap/phong-pho-bien-phap-luat/', 6, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Legal Education Division', U&'Ph\00f2ng Ph\1ed5 bi\1ebfn, gi\00e1o d\1ee5c ph\00e1p lu\1eadt', 29),
(35, 'phuong-thuc-phan', 1, 'COMMUNE', '/tinh-cao-bang/phuong-thuc-phan/', 7, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Thuc Phan Ward', U&'Ph\01b0\1eddng Th\1ee5c Ph\00e1n', 2),
(36, 'phuong-nung-tri-cao', 1, 'COMMUNE', '/tinh-cao-bang/phuong-nung-tri-cao/', 8, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Nung Tri Cao Ward', U&'Ph\01b0\1eddng N\00f9ng Tr\00ed Cao', 2);               
INSERT INTO "PUBLIC"."ORG_UNIT" VALUES
(37, 'phuong-tan-giang', 1, 'COMMUNE', '/tinh-cao-bang/phuong-tan-giang/', 9, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Tan Giang Ward', U&'Ph\01b0\1eddng T\00e2n Giang', 2),
(38, 'xa-dam-thuy', 1, 'COMMUNE', '/tinh-cao-bang/xa-dam-thuy/', 10, 1, U&'X\00e3 \0110\00e0m Th\1ee7y, t\1ec9nh Cao B\1eb1ng', 'xadamthuy@caobang.gov.vn', NULL, NULL, NULL, NULL, 'Dam Thuy Commune', U&'X\00e3 \0110\00e0m Th\1ee7y', 2),
(39, 'xa-truong-ha', 1, 'COMMUNE', '/tinh-cao-bang/xa-truong-ha/', 11, 1, NULL, NULL, NULL, NULL, NULL, NULL, 'Truong Ha Commune', U&'X\00e3 Tr\01b0\1eddng H\00e0', 2);      
CREATE INDEX "PUBLIC"."IX_ORG_UNIT_PATH" ON "PUBLIC"."ORG_UNIT"("PATH" NULLS FIRST);           
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
(528, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-03 02:00:00', 1, NULL, NULL, 527),
(529, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-04 02:00:00', 1, 29, NULL, 527),
(531, 'traloi-sotp', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-05 02:00:00', 1, 29, NULL, 527),
(532, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-06 02:00:00', 1, NULL, NULL, 527),
(534, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-13 02:00:00', 1, NULL, NULL, 533),
(535, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-14 02:00:00', 1, 29, NULL, 533),
(537, 'traloi-sotp', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-15 02:00:00', 1, 29, NULL, 533),
(538, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-16 02:00:00', 1, NULL, NULL, 533),
(540, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-18 02:00:00', 1, NULL, NULL, 539),
(541, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-19 02:00:00', 1, 29, NULL, 539),
(543, 'traloi-sotp', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-20 02:00:00', 1, 29, NULL, 539),
(544, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-21 02:00:00', 1, NULL, NULL, 539),
(546, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-21 02:00:00', 1, NULL, NULL, 545),
(547, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-22 02:00:00', 1, 8, NULL, 545),
(549, 'demo', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-23 02:00:00', 1, 8, NULL, 545),
(550, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-24 02:00:00', 1, NULL, NULL, 545),
(552, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-25 02:00:00', 1, NULL, NULL, 551),
(553, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-26 02:00:00', 1, 8, NULL, 551),
(555, 'demo', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-10-27 02:00:00', 1, 8, NULL, 551),
(556, 'thuky', NULL, 'PUBLISHED', NULL, TIMESTAMP '2026-10-28 02:00:00', 1, NULL, NULL, 551),
(557, 'thuky', NULL, 'ERASED', 'ASKER', TIMESTAMP '2026-10-29 02:00:00', 1, NULL, NULL, 551),
(559, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-02 02:00:00', 1, NULL, NULL, 558),
(560, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-03 02:00:00', 1, 30, NULL, 558),
(562, 'demo', NULL, 'ANSWERED', NULL, TIMESTAMP '2026-11-04 02:00:00', 1, 30, NULL, 558),
(564, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-10-28 02:00:00', 1, NULL, NULL, 563),
(565, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-10-29 02:00:00', 1, 29, NULL, 563),
(568, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-20 02:00:00', 1, NULL, NULL, 567),
(569, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-21 02:00:00', 1, 29, NULL, 567),
(572, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-12 02:00:00', 1, NULL, NULL, 571),
(573, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-13 02:00:00', 1, 29, NULL, 571),
(575, 'traloi-sotp', DATE '2026-12-16', 'PROGRESS_NOTICE', U&'C\1ea7n x\00e1c minh s\1ed5 h\1ed9 t\1ecbch l\01b0u tr\1eef t\1ea1i \1ee6y ban nh\00e2n d\00e2n huy\1ec7n c\0169 tr\01b0\1edbc khi tr\1ea3 l\1eddi.', TIMESTAMP '2026-11-14 02:00:00', 1, 29, NULL, 571),
(577, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-16 02:00:00', 1, NULL, NULL, 576),
(578, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-17 02:00:00', 1, 29, NULL, 576),
(580, 'thuky', NULL, 'TRANSFERRED', U&'Gi\1ea5y ch\1ee9ng sinh do c\01a1 s\1edf kh\00e1m b\1ec7nh, ch\1eefa b\1ec7nh c\1ea5p; thu\1ed9c l\0129nh v\1ef1c y t\1ebf.', TIMESTAMP '2026-11-18 02:00:00', 1, 30, 29, 576),
(583, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-29 02:00:00', 1, NULL, NULL, 582),
(585, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-30 02:00:00', 1, NULL, NULL, 584),
(586, 'system', NULL, 'FLAGGED', U&'t\1ed1 c\00e1o', TIMESTAMP '2026-11-30 02:00:00', 1, NULL, NULL, 584),
(588, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-07 02:00:00', 1, NULL, NULL, 587),
(589, 'system', NULL, 'FLAGGED', U&'khi\1ebfu n\1ea1i', TIMESTAMP '2026-11-07 02:00:00', 1, NULL, NULL, 587),
(590, 'thuky', NULL, 'REFUSED', 'COMPLAINT_OR_DENUNCIATION', TIMESTAMP '2026-11-08 02:00:00', 1, NULL, NULL, 587),
(592, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-10 02:00:00', 1, NULL, NULL, 591);               
INSERT INTO "PUBLIC"."QA_EVENT" VALUES
(593, 'thuky', NULL, 'REFUSED', 'PRIVATE_MATTER', TIMESTAMP '2026-11-11 02:00:00', 1, NULL, NULL, 591),
(595, 'asker', NULL, 'SUBMITTED', NULL, TIMESTAMP '2026-11-23 02:00:00', 1, NULL, NULL, 594),
(597, 'system', NULL, 'SUBMITTED', 'HD-67DK-WESH', TIMESTAMP '2026-11-24 02:00:00', 1, NULL, NULL, 596),
(598, 'thuky', NULL, 'SPLIT', '2', TIMESTAMP '2026-11-24 02:00:00', 1, NULL, NULL, 594),
(600, 'system', NULL, 'SUBMITTED', 'HD-67DK-WESH', TIMESTAMP '2026-11-24 02:00:00', 1, NULL, NULL, 599),
(601, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-24 02:00:00', 1, 9, NULL, 596),
(603, 'thuky', NULL, 'ROUTED', NULL, TIMESTAMP '2026-11-24 02:00:00', 1, 33, NULL, 599);       
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
(488, DATE '2014-02-10', 1, 2014, 1);              
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
(79, U&'<p>T\1ec9nh Cao B\1eb1ng c\00f3 di\1ec7n t\00edch t\1ef1 nhi\00ean kho\1ea3ng 6.700 km\00b2, d\00e2n c\01b0 g\1ed3m c\00e1c d\00e2n t\1ed9c T\00e0y, N\00f9ng, Dao, M\00f4ng, Kinh v\00e0 nhi\1ec1u d\00e2n t\1ed9c kh\00e1c c\00f9ng sinh s\1ed1ng.</p><p>C\00f4ng vi\00ean \0111\1ecba ch\1ea5t to\00e0n c\1ea7u UNESCO Non n\01b0\1edbc Cao B\1eb1ng \0111\01b0\1ee3c c\00f4ng nh\1eadn n\0103m 2018, m\1edf ra h\01b0\1edbng ph\00e1t tri\1ec3n du l\1ecbch b\1ec1n v\1eefng g\1eafn v\1edbi b\1ea3o t\1ed3n di s\1ea3n.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'f2a9f9e19edece2dd42aa9a72af22232', TIMESTAMP '2026-10-22 22:10:46.785562', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-10-23 00:10:46.785562', 1, 0, FALSE, 'khai quat ve tinh cao bang cao bang la tinh mien nui bien gioi phia dong bac, co duong bien gioi voi trung quoc dai hon 333 km, noi tieng voi thac ban gioc va khu di tich pac bo.', 'khai-quat-ve-tinh-cao-bang', NULL, 'PUBLISHED', U&'Cao B\1eb1ng l\00e0 t\1ec9nh mi\1ec1n n\00fai bi\00ean gi\1edbi ph\00eda \0110\00f4ng B\1eafc, c\00f3 \0111\01b0\1eddng bi\00ean gi\1edbi v\1edbi Trung Qu\1ed1c d\00e0i h\01a1n 333 km, n\1ed5i ti\1ebfng v\1edbi th\00e1c B\1ea3n Gi\1ed1c v\00e0 Khu di t\00edch P\00e1c B\00f3.', NULL, U&'Kh\00e1i qu\00e1t v\1ec1 t\1ec9nh Cao B\1eb1ng', NULL, TIMESTAMP '2026-10-23 00:10:46.785562', 1, 11, NULL, 25, NULL),
(86, U&'<p>The province covers about 6,700 km\00b2 and is home to the Tay, Nung, Dao, H''Mong, Kinh and other ethnic groups.</p><p>The Non nuoc Cao Bang UNESCO Global Geopark, recognised in 2018, supports sustainable tourism built on heritage conservation.</p>', 'Illustration: limestone peaks above a river', 'f2a9f9e19edece2dd42aa9a72af22232', TIMESTAMP '2026-10-22 22:10:46.785562', 'bientap', NULL, 'ARTICLE', 'en', NULL, TIMESTAMP '2026-10-23 00:10:46.785562', 1, 0, FALSE, 'about cao bang province cao bang is a mountainous border province in the north-east, with over 333 km of border with china, known for ban gioc waterfall and the pac bo relic site.', 'about-cao-bang-province', NULL, 'PUBLISHED', 'Cao Bang is a mountainous border province in the north-east, with over 333 km of border with China, known for Ban Gioc waterfall and the Pac Bo relic site.', NULL, 'About Cao Bang Province', NULL, TIMESTAMP '2026-10-23 00:10:46.785562', 1, 11, NULL, 25, 79),
(94, U&'<p>Theo c\00e1c quy\1ebft \0111\1ecbnh, S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng \0111\01b0\1ee3c th\00e0nh l\1eadp tr\00ean c\01a1 s\1edf h\1ee3p nh\1ea5t hai s\1edf, b\1ea3o \0111\1ea3m tinh g\1ecdn, hi\1ec7u l\1ef1c, hi\1ec7u qu\1ea3.</p><p>C\00e1c c\01a1 quan \0111\01b0\1ee3c y\00eau c\1ea7u c\1eadp nh\1eadt th\00f4ng tin giao d\1ecbch tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh trong th\1eddi h\1ea1n quy \0111\1ecbnh.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '616d125f92544f40d33abeee2f59b25b', TIMESTAMP '2026-11-19 20:10:47.212323', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-19 22:10:47.212323', 1, 0, FALSE, 'sap xep to chuc bo may cac so, nganh tinh cao bang uy ban nhan dan tinh cong bo cac quyet dinh ve chuc nang, nhiem vu cua cac so sau khi sap xep, hop nhat.', 'sap-xep-to-chuc-bo-may-cac-so-nganh-tinh-cao-bang', NULL, 'PUBLISHED', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh c\00f4ng b\1ed1 c\00e1c quy\1ebft \0111\1ecbnh v\1ec1 ch\1ee9c n\0103ng, nhi\1ec7m v\1ee5 c\1ee7a c\00e1c s\1edf sau khi s\1eafp x\1ebfp, h\1ee3p nh\1ea5t.', NULL, U&'S\1eafp x\1ebfp t\1ed5 ch\1ee9c b\1ed9 m\00e1y c\00e1c s\1edf, ng\00e0nh t\1ec9nh Cao B\1eb1ng', NULL, TIMESTAMP '2026-11-19 22:10:47.212323', 1, 11, NULL, 25, NULL),
(103, U&'<p>S\1edf X\00e2y d\1ef1ng ch\1ee7 tr\00ec b\1ed1 tr\00ed l\1ef1c l\01b0\1ee3ng, ph\01b0\01a1ng ti\1ec7n tr\1ef1c 24/24 gi\1edd t\1ea1i c\00e1c \0111i\1ec3m c\00f3 nguy c\01a1 s\1ea1t l\1edf cao.</p><p>UBND c\00e1c x\00e3 ch\1ee7 \0111\1ed9ng th\00f4ng b\00e1o cho ng\01b0\1eddi d\00e2n kh\00f4ng \0111i qua ng\1ea7m, tr\00e0n khi n\01b0\1edbc d\00e2ng cao.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '8298d10e71e42c329ccb48bd21d8d1f2', TIMESTAMP '2026-11-29 20:10:47.282038', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-29 22:10:47.282038', 1, 0, FALSE, 'chu tich ubnd tinh chi dao bao dam an toan giao thong mua mua lu cac so, nganh va ubnd cac xa duoc yeu cau kiem tra, khac phuc ngay cac diem sat lo tren quoc lo 3, quoc lo 4a va cac tuyen duong tinh.', 'chu-tich-ubnd-tinh-chi-dao-bao-dam-an-toan-giao-thong-mua-mua-lu', NULL, 'PUBLISHED', U&'C\00e1c s\1edf, ng\00e0nh v\00e0 UBND c\00e1c x\00e3 \0111\01b0\1ee3c y\00eau c\1ea7u ki\1ec3m tra, kh\1eafc ph\1ee5c ngay c\00e1c \0111i\1ec3m s\1ea1t l\1edf tr\00ean qu\1ed1c l\1ed9 3, qu\1ed1c l\1ed9 4A v\00e0 c\00e1c tuy\1ebfn \0111\01b0\1eddng t\1ec9nh.', NULL, U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ch\1ec9 \0111\1ea1o b\1ea3o \0111\1ea3m an to\00e0n giao th\00f4ng m\00f9a m\01b0a l\0169', NULL, TIMESTAMP '2026-11-29 22:10:47.282038', 1, 12, NULL, 25, NULL);              
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(110, '<p>The Department of Construction keeps crews and machines on duty around the clock at high-risk points.</p><p>Communes warn residents not to cross spillways when water rises.</p>', 'Illustration: limestone peaks above a river', '8298d10e71e42c329ccb48bd21d8d1f2', TIMESTAMP '2026-11-29 20:10:47.282038', 'bientap', NULL, 'NEWS', 'en', NULL, TIMESTAMP '2026-11-29 22:10:47.282038', 1, 0, FALSE, 'provincial chairman directs road safety in the flood season departments and communes must inspect and immediately repair landslide points on national highways 3 and 4a and provincial roads.', 'provincial-chairman-directs-road-safety-in-the-flood-season', NULL, 'PUBLISHED', 'Departments and communes must inspect and immediately repair landslide points on national highways 3 and 4A and provincial roads.', NULL, 'Provincial Chairman directs road safety in the flood season', NULL, TIMESTAMP '2026-11-29 22:10:47.282038', 1, 12, NULL, 25, 103),
(118, U&'<p>C\00e1c t\1eadp th\1ec3 \0111\01b0\1ee3c khen th\01b0\1edfng c\00f3 nhi\1ec1u \0111\00f3ng g\00f3p trong c\1ea3i c\00e1ch h\00e0nh ch\00ednh, chuy\1ec3n \0111\1ed5i s\1ed1 v\00e0 x\00e2y d\1ef1ng n\00f4ng th\00f4n m\1edbi.</p><p>Danh s\00e1ch chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng k\00e8m quy\1ebft \0111\1ecbnh khen th\01b0\1edfng.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'a33eeae75bc674e77a18623e7de7073c', TIMESTAMP '2026-11-25 21:10:47.351817', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-25 23:10:47.351817', 1, 0, FALSE, 'khen thuong tap the, ca nhan co thanh tich trong phong trao thi dua nam 2026 ubnd tinh tang bang khen cho 25 tap the va 48 ca nhan co thanh tich xuat sac trong phong trao thi dua yeu nuoc.', 'khen-thuong-tap-the-ca-nhan-co-thanh-tich-trong-phong-trao-thi-dua-nam-2026', NULL, 'PUBLISHED', U&'UBND t\1ec9nh t\1eb7ng B\1eb1ng khen cho 25 t\1eadp th\1ec3 v\00e0 48 c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch xu\1ea5t s\1eafc trong phong tr\00e0o thi \0111ua y\00eau n\01b0\1edbc.', NULL, U&'Khen th\01b0\1edfng t\1eadp th\1ec3, c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch trong phong tr\00e0o thi \0111ua n\0103m 2026', NULL, TIMESTAMP '2026-11-25 23:10:47.351817', 1, 12, NULL, 25, NULL),
(127, U&'<p>Doanh thu t\1eeb du l\1ecbch \01b0\1edbc \0111\1ea1t tr\00ean 1.300 t\1ef7 \0111\1ed3ng. Nhi\1ec1u homestay c\1ee7a \0111\1ed3ng b\00e0o T\00e0y, N\00f9ng \0111\01b0\1ee3c n\00e2ng c\1ea5p, \0111\1ea1t ti\00eau chu\1ea9n ph\1ee5c v\1ee5 kh\00e1ch qu\1ed1c t\1ebf.</p><p>T\1ec9nh ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh qu\1ea3ng b\00e1, li\00ean k\1ebft tour tuy\1ebfn v\1edbi c\00e1c t\1ec9nh B\1eafc K\1ea1n, L\1ea1ng S\01a1n v\00e0 Qu\1ea3ng T\00e2y (Trung Qu\1ed1c).</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '1836b30c1e11994131f369a4fd76d760', TIMESTAMP '2026-12-01 22:10:47.393051', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-12-02 00:10:47.393051', 1, 0, FALSE, 'cao bang don hon 1,2 trieu luot khach du lich trong 10 thang luong khach den cao bang tang 15% so voi cung ky, chu yeu tap trung tai khu du lich thac ban gioc va cong vien dia chat non nuoc cao bang.', 'cao-bang-don-hon-1-2-trieu-luot-khach-du-lich-trong-10-thang', NULL, 'PUBLISHED', U&'L\01b0\1ee3ng kh\00e1ch \0111\1ebfn Cao B\1eb1ng t\0103ng 15% so v\1edbi c\00f9ng k\1ef3, ch\1ee7 y\1ebfu t\1eadp trung t\1ea1i khu du l\1ecbch th\00e1c B\1ea3n Gi\1ed1c v\00e0 C\00f4ng vi\00ean \0111\1ecba ch\1ea5t Non n\01b0\1edbc Cao B\1eb1ng.', NULL, U&'Cao B\1eb1ng \0111\00f3n h\01a1n 1,2 tri\1ec7u l\01b0\1ee3t kh\00e1ch du l\1ecbch trong 10 th\00e1ng', NULL, TIMESTAMP '2026-12-02 00:10:47.393051', 1, 13, NULL, 25, NULL),
(134, '<p>Tourism revenue is estimated at over VND 1,300 billion; many Tay and Nung homestays now meet international standards.</p><p>The province keeps promoting joint tours with Bac Kan, Lang Son and Guangxi (China).</p>', 'Illustration: limestone peaks above a river', '1836b30c1e11994131f369a4fd76d760', TIMESTAMP '2026-12-01 22:10:47.393051', 'bientap', NULL, 'NEWS', 'en', NULL, TIMESTAMP '2026-12-02 00:10:47.393051', 1, 0, FALSE, 'cao bang welcomes over 1.2 million visitors in ten months visitor numbers rose 15% year on year, mostly at ban gioc waterfall and the non nuoc cao bang geopark.', 'cao-bang-welcomes-over-1-2-million-visitors-in-ten-months', NULL, 'PUBLISHED', 'Visitor numbers rose 15% year on year, mostly at Ban Gioc waterfall and the Non nuoc Cao Bang Geopark.', NULL, 'Cao Bang welcomes over 1.2 million visitors in ten months', NULL, TIMESTAMP '2026-12-02 00:10:47.393051', 1, 13, NULL, 25, 127);              
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(142, U&'<p>H\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh \0111\00e3 \0111\01b0\1ee3c c\1ea5p ch\1ec9 d\1eabn \0111\1ecba l\00fd, \0111\01b0\1ee3c ng\01b0\1eddi ti\00eau d\00f9ng trong v\00e0 ngo\00e0i t\1ec9nh \01b0a chu\1ed9ng.</p><p>C\00e1c h\1ee3p t\00e1c x\00e3 li\00ean k\1ebft bao ti\00eau s\1ea3n ph\1ea9m, gi\00fap b\00e0 con y\00ean t\00e2m s\1ea3n xu\1ea5t.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '9cc661d2b1fd0f6f6fdf884b7aa8c54a', TIMESTAMP '2026-11-30 21:10:47.441585', 'congtacvien', NULL, 'PHOTO', 'vi', NULL, TIMESTAMP '2026-11-30 23:10:47.441585', 1, 0, FALSE, 'mua hat de trung khanh cho thu nhap cao nguoi dan cac xa vung hat de trung khanh buoc vao vu thu hoach voi san luong uoc dat hon 600 tan, gia ban tu 80.000 den 120.000 dong/kg.', 'mua-hat-de-trung-khanh-cho-thu-nhap-cao', NULL, 'PUBLISHED', U&'Ng\01b0\1eddi d\00e2n c\00e1c x\00e3 v\00f9ng h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh b\01b0\1edbc v\00e0o v\1ee5 thu ho\1ea1ch v\1edbi s\1ea3n l\01b0\1ee3ng \01b0\1edbc \0111\1ea1t h\01a1n 600 t\1ea5n, gi\00e1 b\00e1n t\1eeb 80.000 \0111\1ebfn 120.000 \0111\1ed3ng/kg.', NULL, U&'M\00f9a h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh cho thu nh\1eadp cao', NULL, TIMESTAMP '2026-11-30 23:10:47.441585', 1, 13, NULL, 25, NULL),
(151, U&'<p>C\00e1c n\1ed9i dung thi \0111\1ea5u g\1ed3m k\00e9o co, \0111\1ea9y g\1eady, n\00e9m c\00f2n, b\1eafn n\1ecf v\00e0 tr\00ecnh di\1ec5n trang ph\1ee5c truy\1ec1n th\1ed1ng.</p><p>L\1ec5 h\1ed9i g\00f3p ph\1ea7n b\1ea3o t\1ed3n, ph\00e1t huy b\1ea3n s\1eafc v\0103n h\00f3a c\00e1c d\00e2n t\1ed9c.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'b95105c644cbf67a173157ed38013bc1', TIMESTAMP '2026-11-28 19:10:47.482714', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-28 21:10:47.482714', 1, 0, FALSE, 'khai mac le hoi van hoa, the thao cac dan toc tinh cao bang le hoi quy tu hon 1.000 van dong vien, nghe nhan den tu cac xa, phuong trong tinh voi nhieu hoat dong van hoa dac sac.', 'khai-mac-le-hoi-van-hoa-the-thao-cac-dan-toc-tinh-cao-bang', NULL, 'PUBLISHED', U&'L\1ec5 h\1ed9i quy t\1ee5 h\01a1n 1.000 v\1eadn \0111\1ed9ng vi\00ean, ngh\1ec7 nh\00e2n \0111\1ebfn t\1eeb c\00e1c x\00e3, ph\01b0\1eddng trong t\1ec9nh v\1edbi nhi\1ec1u ho\1ea1t \0111\1ed9ng v\0103n h\00f3a \0111\1eb7c s\1eafc.', NULL, U&'Khai m\1ea1c L\1ec5 h\1ed9i v\0103n h\00f3a, th\1ec3 thao c\00e1c d\00e2n t\1ed9c t\1ec9nh Cao B\1eb1ng', NULL, TIMESTAMP '2026-11-28 21:10:47.482714', 1, 13, NULL, 25, NULL),
(160, U&'<p>Ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t \0111\01b0\1ee3c c\1ea5p Gi\1ea5y ch\1ee9ng nh\1eadn theo th\1ee7 t\1ee5c \0111\01a1n gi\1ea3n h\01a1n; b\1ea3ng gi\00e1 \0111\1ea5t \0111\01b0\1ee3c x\00e2y d\1ef1ng h\1eb1ng n\0103m.</p><p>S\1edf T\01b0 ph\00e1p ph\1ed1i h\1ee3p v\1edbi c\00e1c x\00e3 t\1ed5 ch\1ee9c tuy\00ean truy\1ec1n l\01b0u \0111\1ed9ng t\1ea1i c\00e1c th\00f4n, b\1ea3n v\00f9ng cao.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '6f367375a954b6a74ad0e8232e951351', TIMESTAMP '2026-11-26 22:10:47.507645', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-11-27 00:10:47.507645', 1, 0, FALSE, 'nhung diem moi cua luat dat dai nam 2024 nguoi dan can biet luat dat dai nam 2024 mo rong quyen cua nguoi su dung dat, quy dinh ro hon ve boi thuong, ho tro, tai dinh cu.', 'nhung-diem-moi-cua-luat-dat-dai-nam-2024-nguoi-dan-can-biet', NULL, 'PUBLISHED', U&'Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 m\1edf r\1ed9ng quy\1ec1n c\1ee7a ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t, quy \0111\1ecbnh r\00f5 h\01a1n v\1ec1 b\1ed3i th\01b0\1eddng, h\1ed7 tr\1ee3, t\00e1i \0111\1ecbnh c\01b0.', NULL, U&'Nh\1eefng \0111i\1ec3m m\1edbi c\1ee7a Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 ng\01b0\1eddi d\00e2n c\1ea7n bi\1ebft', NULL, TIMESTAMP '2026-11-27 00:10:47.507645', 1, 14, NULL, 25, NULL),
(169, U&'<p>C\00e1c bu\1ed5i tuy\00ean truy\1ec1n \0111\01b0\1ee3c th\1ef1c hi\1ec7n b\1eb1ng ti\1ebfng T\00e0y, ti\1ebfng N\00f9ng v\00e0 ti\1ebfng M\00f4ng \0111\1ec3 ng\01b0\1eddi d\00e2n d\1ec5 hi\1ec3u.</p><p>B\1ed9 \0111\1ed9i Bi\00ean ph\00f2ng t\1ec9nh ph\1ed1i h\1ee3p c\00f9ng ch\00ednh quy\1ec1n \0111\1ecba ph\01b0\01a1ng th\1ef1c hi\1ec7n.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '4b59fab8c56e76f5acf7ff2fcbf48659', TIMESTAMP '2026-11-22 18:10:47.560238', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-22 20:10:47.560238', 1, 0, FALSE, 'tuyen truyen phap luat ve phong, chong mua ban nguoi tai khu vuc bien gioi hon 2.000 luot nguoi dan cac xa bien gioi duoc pho bien kien thuc ve phong, chong mua ban nguoi va xuat nhap canh trai phep.', 'tuyen-truyen-phap-luat-ve-phong-chong-mua-ban-nguoi-tai-khu-vuc-bien-gioi', NULL, 'PUBLISHED', U&'H\01a1n 2.000 l\01b0\1ee3t ng\01b0\1eddi d\00e2n c\00e1c x\00e3 bi\00ean gi\1edbi \0111\01b0\1ee3c ph\1ed5 bi\1ebfn ki\1ebfn th\1ee9c v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi v\00e0 xu\1ea5t nh\1eadp c\1ea3nh tr\00e1i ph\00e9p.', NULL, U&'Tuy\00ean truy\1ec1n ph\00e1p lu\1eadt v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi t\1ea1i khu v\1ef1c bi\00ean gi\1edbi', NULL, TIMESTAMP '2026-11-22 20:10:47.560238', 1, 14, NULL, 25, NULL);        
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(178, U&'<p>Tuy\1ebfn cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh l\00e0 c\00f4ng tr\00ecnh \0111\1ed9ng l\1ef1c, k\1ebft n\1ed1i Cao B\1eb1ng v\1edbi v\00f9ng kinh t\1ebf tr\1ecdng \0111i\1ec3m.</p><p>\0110\1ebfn n\0103m 2030, t\1ec9nh ph\1ea5n \0111\1ea5u t\1ed1c \0111\1ed9 t\0103ng tr\01b0\1edfng b\00ecnh qu\00e2n tr\00ean 7%/n\0103m.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '60d899f4f624fd86ff1af11e96c6ed52', TIMESTAMP '2026-11-11 22:10:47.59158', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-11-12 00:10:47.59158', 1, 0, FALSE, U&'quy hoach tinh cao bang thoi ky 2021\20132030, tam nhin den nam 2050 quy hoach xac dinh bon dot pha: ha tang giao thong, kinh te cua khau, du lich gan voi cong vien dia chat va nong nghiep hang hoa.', 'quy-hoach-tinh-cao-bang-thoi-ky-2021-2030-tam-nhin-den-nam-2050', NULL, 'PUBLISHED', U&'Quy ho\1ea1ch x\00e1c \0111\1ecbnh b\1ed1n \0111\1ed9t ph\00e1: h\1ea1 t\1ea7ng giao th\00f4ng, kinh t\1ebf c\1eeda kh\1ea9u, du l\1ecbch g\1eafn v\1edbi c\00f4ng vi\00ean \0111\1ecba ch\1ea5t v\00e0 n\00f4ng nghi\1ec7p h\00e0ng h\00f3a.', NULL, U&'Quy ho\1ea1ch t\1ec9nh Cao B\1eb1ng th\1eddi k\1ef3 2021\20132030, t\1ea7m nh\00ecn \0111\1ebfn n\0103m 2050', NULL, TIMESTAMP '2026-11-12 00:10:47.59158', 1, 15, NULL, 25, NULL),
(187, U&'<p>K\1ebf ho\1ea1ch \01b0u ti\00ean \0111\1ea7u t\01b0 h\1ea1 t\1ea7ng s\1ed1, gi\00e1o d\1ee5c v\00f9ng cao v\00e0 ch\0103m s\00f3c s\1ee9c kh\1ecfe ban \0111\1ea7u.</p><p>C\00e1c s\1edf, ng\00e0nh x\00e2y d\1ef1ng ch\01b0\01a1ng tr\00ecnh h\00e0nh \0111\1ed9ng c\1ee5 th\1ec3 tr\01b0\1edbc ng\00e0y 31 th\00e1ng 12.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '8fa31d5399e121353a78b64171fa9e3e', TIMESTAMP '2026-11-16 22:10:47.633934', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-17 00:10:47.633934', 1, 0, FALSE, U&'ke hoach phat trien kinh te \2013 xa hoi nam 2027 ubnd tinh ban hanh ke hoach voi 22 chi tieu chu yeu, trong do ty le ho ngheo giam tren 4%.', 'ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2027', NULL, 'PUBLISHED', U&'UBND t\1ec9nh ban h\00e0nh k\1ebf ho\1ea1ch v\1edbi 22 ch\1ec9 ti\00eau ch\1ee7 y\1ebfu, trong \0111\00f3 t\1ef7 l\1ec7 h\1ed9 ngh\00e8o gi\1ea3m tr\00ean 4%.', NULL, U&'K\1ebf ho\1ea1ch ph\00e1t tri\1ec3n kinh t\1ebf \2013 x\00e3 h\1ed9i n\0103m 2027', NULL, TIMESTAMP '2026-11-17 00:10:47.633934', 1, 15, NULL, 25, NULL),
(196, U&'<p>V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a UBND t\1ec9nh ph\1ea3i \0111\01b0\1ee3c \0111\0103ng tr\00ean C\1ed5ng ch\1eadm nh\1ea5t 02 ng\00e0y l\00e0m vi\1ec7c k\1ec3 t\1eeb ng\00e0y ban h\00e0nh.</p><p>To\00e0n v\0103n quy \0111\1ecbnh \0111\01b0\1ee3c \0111\0103ng t\1ea1i m\1ee5c V\0103n b\1ea3n ph\00e1p lu\1eadt.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'adfe97725de2052e8a63ef643d394411', TIMESTAMP '2026-11-27 18:10:47.673101', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-27 20:10:47.673101', 1, 0, FALSE, 'ban hanh quy dinh quan ly, van hanh cong thong tin dien tu tinh quy dinh neu ro trach nhiem cung cap thong tin cua cac co quan, thoi han cap nhat va che do nhuan but.', 'ban-hanh-quy-dinh-quan-ly-van-hanh-cong-thong-tin-dien-tu-tinh', NULL, 'PUBLISHED', U&'Quy \0111\1ecbnh n\00eau r\00f5 tr\00e1ch nhi\1ec7m cung c\1ea5p th\00f4ng tin c\1ee7a c\00e1c c\01a1 quan, th\1eddi h\1ea1n c\1eadp nh\1eadt v\00e0 ch\1ebf \0111\1ed9 nhu\1eadn b\00fat.', NULL, U&'Ban h\00e0nh Quy \0111\1ecbnh qu\1ea3n l\00fd, v\1eadn h\00e0nh C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', NULL, TIMESTAMP '2026-11-27 20:10:47.673101', 1, 16, NULL, 25, NULL),
(205, U&'<p>B\1ea1n \0111\1ecdc c\00f3 th\1ec3 tra c\1ee9u to\00e0n v\0103n c\00e1c v\0103n b\1ea3n tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.</p><p>C\00f4ng b\00e1o \0111i\1ec7n t\1eed c\00f3 gi\00e1 tr\1ecb nh\01b0 b\1ea3n in.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '819ee2e1c7fbb266aebfb6080aae81ed', TIMESTAMP '2026-11-06 22:10:47.714852', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-07 00:10:47.714852', 1, 0, FALSE, 'cong bao tinh cao bang phat hanh so moi so cong bao moi dang tai 12 van ban quy pham phap luat cua hdnd va ubnd tinh.', 'cong-bao-tinh-cao-bang-phat-hanh-so-moi', NULL, 'PUBLISHED', U&'S\1ed1 C\00f4ng b\00e1o m\1edbi \0111\0103ng t\1ea3i 12 v\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a H\0110ND v\00e0 UBND t\1ec9nh.', NULL, U&'C\00f4ng b\00e1o t\1ec9nh Cao B\1eb1ng ph\00e1t h\00e0nh s\1ed1 m\1edbi', NULL, TIMESTAMP '2026-11-07 00:10:47.714852', 1, 16, NULL, 25, NULL);          
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(214, U&'<p>C\00f4ng t\00e1c gi\1ea3i ph\00f3ng m\1eb7t b\1eb1ng c\01a1 b\1ea3n ho\00e0n th\00e0nh; c\00e1c nh\00e0 th\1ea7u t\0103ng ca, t\1eadn d\1ee5ng th\1eddi ti\1ebft thu\1eadn l\1ee3i.</p><p>Khi ho\00e0n th\00e0nh, th\1eddi gian di chuy\1ec3n t\1eeb Cao B\1eb1ng \0111\1ebfn H\00e0 N\1ed9i r\00fat ng\1eafn c\00f2n kho\1ea3ng 4 gi\1edd.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '6ef5ffe7556323522572661d977bd901', TIMESTAMP '2026-11-24 20:10:47.763134', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-24 22:10:47.763134', 1, 0, FALSE, U&'day nhanh tien do du an cao toc dong dang \2013 tra linh du an da hoan thanh hon 60% khoi luong, phan dau thong tuyen ky thuat trong nam 2026.', 'day-nhanh-tien-do-du-an-cao-toc-dong-dang-tra-linh', NULL, 'PUBLISHED', U&'D\1ef1 \00e1n \0111\00e3 ho\00e0n th\00e0nh h\01a1n 60% kh\1ed1i l\01b0\1ee3ng, ph\1ea5n \0111\1ea5u th\00f4ng tuy\1ebfn k\1ef9 thu\1eadt trong n\0103m 2026.', NULL, U&'\0110\1ea9y nhanh ti\1ebfn \0111\1ed9 d\1ef1 \00e1n cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh', NULL, TIMESTAMP '2026-11-24 22:10:47.763134', 1, 17, NULL, 25, NULL),
(221, '<p>Site clearance is essentially complete and contractors work extra shifts.</p><p>Once open, the drive from Cao Bang to Hanoi will take about four hours.</p>', 'Illustration: limestone peaks above a river', '6ef5ffe7556323522572661d977bd901', TIMESTAMP '2026-11-24 20:10:47.763134', 'bientap', NULL, 'NEWS', 'en', NULL, TIMESTAMP '2026-11-24 22:10:47.763134', 1, 0, FALSE, U&'speeding up the dong dang \2013 tra linh expressway over 60% of the work is done; technical opening is targeted within 2026.', 'speeding-up-the-dong-dang-tra-linh-expressway', NULL, 'PUBLISHED', 'Over 60% of the work is done; technical opening is targeted within 2026.', NULL, U&'Speeding up the Dong Dang \2013 Tra Linh expressway', NULL, TIMESTAMP '2026-11-24 22:10:47.763134', 1, 17, NULL, 25, 214),
(229, U&'<p>H\1ed3 s\01a1 m\1eddi th\1ea7u \0111\01b0\1ee3c ph\00e1t h\00e0nh tr\00ean H\1ec7 th\1ed1ng m\1ea1ng \0111\1ea5u th\1ea7u qu\1ed1c gia.</p><p>Th\1eddi \0111i\1ec3m \0111\00f3ng th\1ea7u: 9 gi\1edd 00 ng\00e0y th\1ee9 hai tu\1ea7n sau.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'e0e239f99c37e85a6a4f96386fd9e4cb', TIMESTAMP '2026-11-13 19:10:47.8197', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-13 21:10:47.8197', 1, 0, FALSE, 'thong bao moi thau goi thau cung cap thiet bi chuyen doi so trung tam thong tin tinh thong bao moi thau rong rai qua mang goi thau cung cap thiet bi mang va may chu.', 'thong-bao-moi-thau-goi-thau-cung-cap-thiet-bi-chuyen-doi-so', NULL, 'PUBLISHED', U&'Trung t\00e2m Th\00f4ng tin t\1ec9nh th\00f4ng b\00e1o m\1eddi th\1ea7u r\1ed9ng r\00e3i qua m\1ea1ng g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb m\1ea1ng v\00e0 m\00e1y ch\1ee7.', NULL, U&'Th\00f4ng b\00e1o m\1eddi th\1ea7u g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb chuy\1ec3n \0111\1ed5i s\1ed1', NULL, TIMESTAMP '2026-11-13 21:10:47.8197', 1, 17, NULL, 25, NULL),
(238, U&'<p>D\1ef1 th\1ea3o quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 x\00e2y d\1ef1ng, c\1ea3i t\1ea1o homestay v\00e0 \0111\00e0o t\1ea1o ng\01b0\1eddi l\00e0m du l\1ecbch.</p><p>\00dd ki\1ebfn g\00f3p \00fd g\1eedi qua m\1ee5c L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o tr\00ean C\1ed5ng.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '29af50365a75a9d916e6e226093428e3', TIMESTAMP '2026-11-28 19:10:47.878038', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-28 21:10:47.878038', 1, 0, FALSE, 'lay y kien du thao nghi quyet ve chinh sach ho tro phat trien du lich cong dong so van hoa, the thao va du lich de nghi to chuc, ca nhan gop y du thao trong 30 ngay.', 'lay-y-kien-du-thao-nghi-quyet-ve-chinh-sach-ho-tro-phat-trien-du-lich-cong-dong', NULL, 'PUBLISHED', U&'S\1edf V\0103n h\00f3a, Th\1ec3 thao v\00e0 Du l\1ecbch \0111\1ec1 ngh\1ecb t\1ed5 ch\1ee9c, c\00e1 nh\00e2n g\00f3p \00fd d\1ef1 th\1ea3o trong 30 ng\00e0y.', NULL, U&'L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o Ngh\1ecb quy\1ebft v\1ec1 ch\00ednh s\00e1ch h\1ed7 tr\1ee3 ph\00e1t tri\1ec3n du l\1ecbch c\1ed9ng \0111\1ed3ng', NULL, TIMESTAMP '2026-11-28 21:10:47.878038', 1, 18, NULL, 25, NULL);    
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(247, U&'<p>Th\1eddi h\1ea1n g\00f3p \00fd \0111\1ebfn h\1ebft ng\00e0y 15 th\00e1ng sau.</p><p>C\01a1 quan ch\1ee7 tr\00ec so\1ea1n th\1ea3o: S\1edf C\00f4ng Th\01b0\01a1ng.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'abd7cac4a66741db1826656f7fe40217', TIMESTAMP '2026-11-20 21:10:47.916056', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-20 23:10:47.916056', 1, 0, FALSE, 'gop y du thao quy dinh ve quan ly cho tren dia ban tinh du thao gom 5 chuong, 28 dieu, quy dinh phan hang, quan ly va khai thac cho.', 'gop-y-du-thao-quy-dinh-ve-quan-ly-cho-tren-dia-ban-tinh', NULL, 'PUBLISHED', U&'D\1ef1 th\1ea3o g\1ed3m 5 ch\01b0\01a1ng, 28 \0111i\1ec1u, quy \0111\1ecbnh ph\00e2n h\1ea1ng, qu\1ea3n l\00fd v\00e0 khai th\00e1c ch\1ee3.', NULL, U&'G\00f3p \00fd d\1ef1 th\1ea3o Quy \0111\1ecbnh v\1ec1 qu\1ea3n l\00fd ch\1ee3 tr\00ean \0111\1ecba b\00e0n t\1ec9nh', NULL, TIMESTAMP '2026-11-20 23:10:47.916056', 1, 18, NULL, 25, NULL),
(256, U&'<p>Th\00f4ng tin chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng t\1ea1i trang L\00e3nh \0111\1ea1o t\1ec9nh.</p><p>T\1ed5 ch\1ee9c, c\00e1 nh\00e2n li\00ean h\1ec7 trong gi\1edd h\00e0nh ch\00ednh.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'a58a239bb714e5a682b6c81c3ad46312', TIMESTAMP '2026-11-01 22:10:47.945294', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-02 00:10:47.945294', 1, 0, FALSE, 'thong tin lien he cua lanh dao ubnd tinh danh sach dien thoai, thu dien tu cong vu cua chu tich va cac pho chu tich ubnd tinh.', 'thong-tin-lien-he-cua-lanh-dao-ubnd-tinh', NULL, 'PUBLISHED', U&'Danh s\00e1ch \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed c\00f4ng v\1ee5 c\1ee7a Ch\1ee7 t\1ecbch v\00e0 c\00e1c Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh.', NULL, U&'Th\00f4ng tin li\00ean h\1ec7 c\1ee7a l\00e3nh \0111\1ea1o UBND t\1ec9nh', NULL, TIMESTAMP '2026-11-02 00:10:47.945294', 1, 19, NULL, 25, NULL),
(265, U&'<p>Tr\01b0\1eddng h\1ee3p ng\00e0y ti\1ebfp tr\00f9ng ng\00e0y ngh\1ec9, l\1ec5 th\00ec chuy\1ec3n sang ng\00e0y l\00e0m vi\1ec7c ti\1ebfp theo.</p><p>C\00f4ng d\00e2n mang theo gi\1ea5y t\1edd t\00f9y th\00e2n v\00e0 t\00e0i li\1ec7u li\00ean quan.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '9914e46947518148518cce6d721affdb', TIMESTAMP '2026-10-17 22:10:47.983219', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-18 00:10:47.983219', 1, 0, FALSE, 'lich tiep cong dan dinh ky cua lanh dao tinh chu tich ubnd tinh tiep cong dan dinh ky vao ngay 15 hang thang tai tru so tiep cong dan tinh.', 'lich-tiep-cong-dan-dinh-ky-cua-lanh-dao-tinh', NULL, 'PUBLISHED', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 v\00e0o ng\00e0y 15 h\1eb1ng th\00e1ng t\1ea1i Tr\1ee5 s\1edf Ti\1ebfp c\00f4ng d\00e2n t\1ec9nh.', NULL, U&'L\1ecbch ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh', NULL, TIMESTAMP '2026-10-18 00:10:47.983219', 1, 19, NULL, 25, NULL),
(274, U&'<p>Ban Bi\00ean t\1eadp ti\1ebfp nh\1eadn tin, b\00e0i, \00fd ki\1ebfn ph\1ea3n \00e1nh qua th\01b0 \0111i\1ec7n t\1eed banbientap@caobang.gov.vn.</p><p>Th\00f4ng tin chi ti\1ebft t\1ea1i trang Li\00ean h\1ec7.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '8bad1d050054210b20999a71ed2ff878', TIMESTAMP '2026-10-02 22:10:48.010912', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-03 00:10:48.010912', 1, 0, FALSE, 'thong tin giao dich cua cong thong tin dien tu tinh dia chi, dien thoai, thu dien tu chinh thuc cua ban bien tap cong thong tin dien tu tinh cao bang.', 'thong-tin-giao-dich-cua-cong-thong-tin-dien-tu-tinh', NULL, 'PUBLISHED', U&'\0110\1ecba ch\1ec9, \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed ch\00ednh th\1ee9c c\1ee7a Ban Bi\00ean t\1eadp C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng.', NULL, U&'Th\00f4ng tin giao d\1ecbch c\1ee7a C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', NULL, TIMESTAMP '2026-10-03 00:10:48.010912', 1, 20, NULL, 25, NULL); 
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(283, U&'<p>Tin, b\00e0i \0111\01b0\1ee3c \0111\0103ng s\1ebd \0111\01b0\1ee3c chi tr\1ea3 nhu\1eadn b\00fat theo quy \0111\1ecbnh.</p><p>Ban Bi\00ean t\1eadp c\00f3 quy\1ec1n bi\00ean t\1eadp n\1ed9i dung cho ph\00f9 h\1ee3p.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'b232418705b74ee395518d8a83c936b2', TIMESTAMP '2026-10-12 22:10:48.033817', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-13 00:10:48.033817', 1, 0, FALSE, 'huong dan gui tin, bai cong tac voi cong tin, bai gui ve ban bien tap can ghi ro tac gia, nguon tin va anh minh hoa co chu thich.', 'huong-dan-gui-tin-bai-cong-tac-voi-cong', NULL, 'PUBLISHED', U&'Tin, b\00e0i g\1eedi v\1ec1 Ban Bi\00ean t\1eadp c\1ea7n ghi r\00f5 t\00e1c gi\1ea3, ngu\1ed3n tin v\00e0 \1ea3nh minh h\1ecda c\00f3 ch\00fa th\00edch.', NULL, U&'H\01b0\1edbng d\1eabn g\1eedi tin, b\00e0i c\1ed9ng t\00e1c v\1edbi C\1ed5ng', NULL, TIMESTAMP '2026-10-13 00:10:48.033817', 1, 20, NULL, 25, NULL),
(292, U&'<p>T\1ef7 l\1ec7 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn trong th\00e1ng \0111\1ea1t 68%, t\0103ng 12% so v\1edbi th\00e1ng tr\01b0\1edbc.</p><p>Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n t\1ea1i c\00e1c \0111i\1ec3m m\1ed9t c\1eeda.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '9587dfa0befe8686591acb2195ed21af', TIMESTAMP '2026-11-23 19:10:48.057545', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-23 21:10:48.057545', 1, 0, FALSE, '100% thu tuc hanh chinh du dieu kien duoc cung cap dich vu cong truc tuyen toan trinh nguoi dan, doanh nghiep co the nop ho so, theo doi tien do va nhan ket qua truc tuyen.', '100-thu-tuc-hanh-chinh-du-dieu-kien-duoc-cung-cap-dich-vu-cong-truc-tuyen-toan-t', NULL, 'PUBLISHED', U&'Ng\01b0\1eddi d\00e2n, doanh nghi\1ec7p c\00f3 th\1ec3 n\1ed9p h\1ed3 s\01a1, theo d\00f5i ti\1ebfn \0111\1ed9 v\00e0 nh\1eadn k\1ebft qu\1ea3 tr\1ef1c tuy\1ebfn.', NULL, U&'100% th\1ee7 t\1ee5c h\00e0nh ch\00ednh \0111\1ee7 \0111i\1ec1u ki\1ec7n \0111\01b0\1ee3c cung c\1ea5p d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn to\00e0n tr\00ecnh', NULL, TIMESTAMP '2026-11-23 21:10:48.057545', 1, 21, NULL, 25, NULL),
(301, U&'<p>Th\1eddi h\1ea1n gi\1ea3i quy\1ebft kh\00f4ng qu\00e1 10 ng\00e0y l\00e0m vi\1ec7c.</p><p>L\1ec7 ph\00ed \0111\01b0\1ee3c thanh to\00e1n tr\1ef1c tuy\1ebfn.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '21ce6feb0471fb792153a941b2900f30', TIMESTAMP '2026-11-17 18:10:48.102652', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-17 20:10:48.102652', 1, 0, FALSE, 'huong dan cap phieu ly lich tu phap truc tuyen cong dan co the de nghi cap phieu ly lich tu phap qua cong dich vu cong voi tai khoan dinh danh dien tu muc 2.', 'huong-dan-cap-phieu-ly-lich-tu-phap-truc-tuyen', NULL, 'PUBLISHED', U&'C\00f4ng d\00e2n c\00f3 th\1ec3 \0111\1ec1 ngh\1ecb c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p qua C\1ed5ng d\1ecbch v\1ee5 c\00f4ng v\1edbi t\00e0i kho\1ea3n \0111\1ecbnh danh \0111i\1ec7n t\1eed m\1ee9c 2.', NULL, U&'H\01b0\1edbng d\1eabn c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p tr\1ef1c tuy\1ebfn', NULL, TIMESTAMP '2026-11-17 20:10:48.102652', 1, 21, NULL, 25, NULL),
(310, U&'<p>M\1ed7i trang c\00f3 m\1ee5c tin t\1ee9c, th\1ee7 t\1ee5c h\00e0nh ch\00ednh v\00e0 th\00f4ng tin li\00ean h\1ec7 c\1ee7a ch\00ednh quy\1ec1n x\00e3.</p><p>Bi\00ean t\1eadp vi\00ean c\1ea5p x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n s\1eed d\1ee5ng h\1ec7 th\1ed1ng.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'ccdbdd414e005d266ff18ea7a8900725', TIMESTAMP '2026-11-21 22:10:48.155488', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-22 00:10:48.155488', 1, 0, FALSE, 'ra mat trang thong tin dien tu cac xa sau sap xep cac xa, phuong moi thanh lap co trang thong tin dien tu rieng, tich hop voi cong thong tin dien tu tinh.', 'ra-mat-trang-thong-tin-dien-tu-cac-xa-sau-sap-xep', NULL, 'PUBLISHED', U&'C\00e1c x\00e3, ph\01b0\1eddng m\1edbi th\00e0nh l\1eadp c\00f3 trang th\00f4ng tin \0111i\1ec7n t\1eed ri\00eang, t\00edch h\1ee3p v\1edbi C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.', NULL, U&'Ra m\1eaft trang th\00f4ng tin \0111i\1ec7n t\1eed c\00e1c x\00e3 sau s\1eafp x\1ebfp', NULL, TIMESTAMP '2026-11-22 00:10:48.155488', 1, 22, NULL, 25, NULL);   
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(319, U&'<p>N\1ed9i dung t\1eadp hu\1ea5n g\1ed3m quy \0111\1ecbnh v\1ec1 b\1ea3n quy\1ec1n, tr\00edch d\1eabn ngu\1ed3n v\00e0 b\1ea3o v\1ec7 d\1eef li\1ec7u c\00e1 nh\00e2n.</p><p>H\1ecdc vi\00ean th\1ef1c h\00e0nh tr\00ean h\1ec7 th\1ed1ng c\1ed5ng th\00e0nh ph\1ea7n.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '7d9c8d81e74de70303cd5577963ca86d', TIMESTAMP '2026-11-09 20:10:48.192219', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-09 22:10:48.192219', 1, 0, FALSE, 'tap huan ky nang bien tap tin bai cho cong thanh phan hon 150 can bo cac so, nganh, xa duoc tap huan ve viet tin, chup anh va quy trinh bien tap.', 'tap-huan-ky-nang-bien-tap-tin-bai-cho-cong-thanh-phan', NULL, 'PUBLISHED', U&'H\01a1n 150 c\00e1n b\1ed9 c\00e1c s\1edf, ng\00e0nh, x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n v\1ec1 vi\1ebft tin, ch\1ee5p \1ea3nh v\00e0 quy tr\00ecnh bi\00ean t\1eadp.', NULL, U&'T\1eadp hu\1ea5n k\1ef9 n\0103ng bi\00ean t\1eadp tin b\00e0i cho c\1ed5ng th\00e0nh ph\1ea7n', NULL, TIMESTAMP '2026-11-09 22:10:48.192219', 1, 22, NULL, 25, NULL),
(328, U&'<p>C\00e1c nhi\1ec7m v\1ee5 t\1eadp trung v\00e0o b\1ea3o t\1ed3n gi\1ed1ng c\00e2y \0111\1eb7c s\1ea3n, ch\1ebf bi\1ebfn n\00f4ng s\1ea3n v\00e0 chuy\1ec3n \0111\1ed5i s\1ed1.</p><p>H\1ed3 s\01a1 n\1ed9p tr\01b0\1edbc ng\00e0y 30 th\00e1ng sau.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '5b57a66466519929d2793c831684ae13', TIMESTAMP '2026-11-26 22:10:48.238851', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-27 00:10:48.238851', 1, 0, FALSE, 'thong bao tuyen chon nhiem vu khoa hoc va cong nghe cap tinh nam 2027 so khoa hoc va cong nghe thong bao tuyen chon to chuc, ca nhan chu tri 8 nhiem vu khoa hoc va cong nghe.', 'thong-bao-tuyen-chon-nhiem-vu-khoa-hoc-va-cong-nghe-cap-tinh-nam-2027', NULL, 'PUBLISHED', U&'S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn t\1ed5 ch\1ee9c, c\00e1 nh\00e2n ch\1ee7 tr\00ec 8 nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', NULL, U&'Th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7 c\1ea5p t\1ec9nh n\0103m 2027', NULL, TIMESTAMP '2026-11-27 00:10:48.238851', 1, 23, NULL, 25, NULL),
(337, U&'<p>K\1ebft qu\1ea3 m\1edf ra tri\1ec3n v\1ecdng m\1edf r\1ed9ng v\00f9ng tr\1ed3ng l\00ea \0111\1eb7c s\1ea3n.</p><p>H\1ed9i \0111\1ed3ng \0111\00e1nh gi\00e1 \0111\1ec1 t\00e0i \0111\1ea1t lo\1ea1i kh\00e1.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '41cabda157eae283e393e8862a389b64', TIMESTAMP '2026-11-15 21:10:48.272743', 'congtacvien', NULL, 'ARTICLE', 'vi', NULL, TIMESTAMP '2026-11-15 23:10:48.272743', 1, 0, FALSE, 'nghiem thu de tai nhan giong le dong khe de tai da nhan giong thanh cong giong le dong khe bang phuong phap ghep, ty le song tren 85%.', 'nghiem-thu-de-tai-nhan-giong-le-dong-khe', NULL, 'PUBLISHED', U&'\0110\1ec1 t\00e0i \0111\00e3 nh\00e2n gi\1ed1ng th\00e0nh c\00f4ng gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea b\1eb1ng ph\01b0\01a1ng ph\00e1p gh\00e9p, t\1ef7 l\1ec7 s\1ed1ng tr\00ean 85%.', NULL, U&'Nghi\1ec7m thu \0111\1ec1 t\00e0i nh\00e2n gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea', NULL, TIMESTAMP '2026-11-15 23:10:48.272743', 1, 23, NULL, 25, NULL),
(346, U&'<p>S\1ea3n xu\1ea5t n\00f4ng nghi\1ec7p \1ed5n \0111\1ecbnh; di\1ec7n t\00edch l\00faa m\00f9a \0111\1ea1t 98% k\1ebf ho\1ea1ch.</p><p>Ch\1ec9 s\1ed1 gi\00e1 ti\00eau d\00f9ng t\0103ng 3,1% so v\1edbi c\00f9ng k\1ef3.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '0cbfdbf0d298fbbc40a6fbf561aa951c', TIMESTAMP '2026-11-25 21:10:48.313681', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-25 23:10:48.313681', 1, 0, FALSE, U&'tinh hinh kinh te \2013 xa hoi 10 thang nam 2026 tong san pham tren dia ban tang 6,8%; thu ngan sach dat 85% du toan; kim ngach xuat nhap khau dat 750 trieu usd.', 'tinh-hinh-kinh-te-xa-hoi-10-thang-nam-2026', NULL, 'PUBLISHED', U&'T\1ed5ng s\1ea3n ph\1ea9m tr\00ean \0111\1ecba b\00e0n t\0103ng 6,8%; thu ng\00e2n s\00e1ch \0111\1ea1t 85% d\1ef1 to\00e1n; kim ng\1ea1ch xu\1ea5t nh\1eadp kh\1ea9u \0111\1ea1t 750 tri\1ec7u USD.', NULL, U&'T\00ecnh h\00ecnh kinh t\1ebf \2013 x\00e3 h\1ed9i 10 th\00e1ng n\0103m 2026', NULL, TIMESTAMP '2026-11-25 23:10:48.313681', 1, 24, NULL, 25, NULL);      
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(355, U&'<p>Ni\00ean gi\00e1m \0111\01b0\1ee3c ph\00e1t h\00e0nh d\01b0\1edbi d\1ea1ng s\00e1ch in v\00e0 b\1ea3n \0111i\1ec7n t\1eed.</p><p>S\1ed1 li\1ec7u ph\1ee5c v\1ee5 c\00f4ng t\00e1c qu\1ea3n l\00fd v\00e0 nghi\00ean c\1ee9u.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'eefd40725bce33460840c1dcd152bb67', TIMESTAMP '2026-10-27 22:10:48.351643', 'congtacvien', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-10-28 00:10:48.351643', 1, 0, FALSE, 'nien giam thong ke tinh cao bang nam 2025 cuc thong ke phat hanh nien giam voi so lieu ve dan so, lao dong, kinh te va xa hoi.', 'nien-giam-thong-ke-tinh-cao-bang-nam-2025', NULL, 'PUBLISHED', U&'C\1ee5c Th\1ed1ng k\00ea ph\00e1t h\00e0nh Ni\00ean gi\00e1m v\1edbi s\1ed1 li\1ec7u v\1ec1 d\00e2n s\1ed1, lao \0111\1ed9ng, kinh t\1ebf v\00e0 x\00e3 h\1ed9i.', NULL, U&'Ni\00ean gi\00e1m th\1ed1ng k\00ea t\1ec9nh Cao B\1eb1ng n\0103m 2025', NULL, TIMESTAMP '2026-10-28 00:10:48.351643', 1, 24, NULL, 25, NULL),
(364, U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'da2fde71feca88579fdbd6c5ada802d0', TIMESTAMP '2026-11-29 20:10:48.392749', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-29 22:10:48.392749', 1, 0, FALSE, 'so tu phap to chuc ngay phap luat viet nam tai xa dam thuy hon 300 nguoi dan tham gia cac hoat dong huong ung ngay phap luat, duoc tu van phap luat mien phi.', 'so-tu-phap-to-chuc-ngay-phap-luat-viet-nam-tai-xa-dam-thuy', NULL, 'PUBLISHED', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', NULL, U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', NULL, TIMESTAMP '2026-11-29 22:10:48.392749', 1, 14, NULL, 40, NULL),
(370, U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'da2fde71feca88579fdbd6c5ada802d0', TIMESTAMP '2026-11-29 22:10:48.392749', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-30 00:40:48.392749', 1, 0, FALSE, 'so tu phap to chuc ngay phap luat viet nam tai xa dam thuy hon 300 nguoi dan tham gia cac hoat dong huong ung ngay phap luat, duoc tu van phap luat mien phi.', 'so-tu-phap-to-chuc-ngay-phap-luat-viet-nam-tai-xa-dam-thuy', NULL, 'PUBLISHED', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', NULL, U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', NULL, TIMESTAMP '2026-11-30 00:40:48.392749', 1, 14, 364, 25, NULL),
(380, U&'<p>Th\1eddi gian gi\1ea3i quy\1ebft r\00fat ng\1eafn c\00f2n 5 ng\00e0y l\00e0m vi\1ec7c.</p><p>C\00e1n b\1ed9 t\01b0 ph\00e1p \2013 h\1ed9 t\1ecbch c\1ea5p x\00e3 h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n k\00ea khai.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '59ae9e05f6d5b331a945772c6a061eb3', TIMESTAMP '2026-11-22 18:10:48.440016', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-22 20:10:48.440016', 1, 0, FALSE, 'thuc hien lien thong thu tuc dang ky khai sinh, thuong tru, cap the bao hiem y te nguoi dan chi can nop mot bo ho so truc tuyen de duoc giai quyet ba thu tuc.', 'thuc-hien-lien-thong-thu-tuc-dang-ky-khai-sinh-thuong-tru-cap-the-bao-hiem-y-te', NULL, 'PUBLISHED', U&'Ng\01b0\1eddi d\00e2n ch\1ec9 c\1ea7n n\1ed9p m\1ed9t b\1ed9 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn \0111\1ec3 \0111\01b0\1ee3c gi\1ea3i quy\1ebft ba th\1ee7 t\1ee5c.', NULL, U&'Th\1ef1c hi\1ec7n li\00ean th\00f4ng th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh, th\01b0\1eddng tr\00fa, c\1ea5p th\1ebb b\1ea3o hi\1ec3m y t\1ebf', NULL, TIMESTAMP '2026-11-22 20:10:48.440016', 1, 21, NULL, 40, NULL);
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(388, U&'<p>C\00f4ng t\00e1c th\1ea9m \0111\1ecbnh v\0103n b\1ea3n b\1ea3o \0111\1ea3m \0111\00fang th\1eddi h\1ea1n.</p><p>S\1edf ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh chuy\1ec3n \0111\1ed5i s\1ed1 trong l\0129nh v\1ef1c h\1ed9 t\1ecbch.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '492aae9e04913f48393f6e0ef487c2ac', TIMESTAMP '2026-11-27 18:10:48.484579', 'bientap-sotp', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-27 20:10:48.484579', 1, 0, FALSE, 'so tu phap trien khai nhiem vu cong tac cuoi nam hoi nghi giao ban danh gia ket qua 10 thang va trien khai nhiem vu trong tam den cuoi nam.', 'so-tu-phap-trien-khai-nhiem-vu-cong-tac-cuoi-nam', NULL, 'PUBLISHED', U&'H\1ed9i ngh\1ecb giao ban \0111\00e1nh gi\00e1 k\1ebft qu\1ea3 10 th\00e1ng v\00e0 tri\1ec3n khai nhi\1ec7m v\1ee5 tr\1ecdng t\00e2m \0111\1ebfn cu\1ed1i n\0103m.', NULL, U&'S\1edf T\01b0 ph\00e1p tri\1ec3n khai nhi\1ec7m v\1ee5 c\00f4ng t\00e1c cu\1ed1i n\0103m', NULL, TIMESTAMP '2026-11-27 20:10:48.484579', 1, 13, NULL, 40, NULL),
(396, U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '980a0aa4ab5124550258e638870aac2b', TIMESTAMP '2026-11-30 21:10:48.529207', 'bientap-xadt', NULL, 'PHOTO', 'vi', NULL, TIMESTAMP '2026-11-30 23:10:48.529207', 1, 0, FALSE, 'xa dam thuy don doan khach quoc te den thac ban gioc doan gom 40 du khach chau au trai nghiem homestay va van hoa tay tai lang da khuoi ky.', 'xa-dam-thuy-don-doan-khach-quoc-te-den-thac-ban-gioc', NULL, 'PUBLISHED', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', NULL, U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', NULL, TIMESTAMP '2026-11-30 23:10:48.529207', 1, 13, NULL, 42, NULL),
(402, U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '980a0aa4ab5124550258e638870aac2b', TIMESTAMP '2026-11-30 23:10:48.529207', 'bientap-xadt', NULL, 'PHOTO', 'vi', NULL, NULL, 1, 0, FALSE, 'xa dam thuy don doan khach quoc te den thac ban gioc doan gom 40 du khach chau au trai nghiem homestay va van hoa tay tai lang da khuoi ky.', 'xa-dam-thuy-don-doan-khach-quoc-te-den-thac-ban-gioc', NULL, 'SUBMITTED', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', NULL, U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', NULL, TIMESTAMP '2026-12-01 01:10:48.529207', 1, 13, 396, 25, NULL),
(408, U&'<p>Trong th\00e1ng, x\00e3 ti\1ebfp nh\1eadn 126 h\1ed3 s\01a1, trong \0111\00f3 80 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn.</p><p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c h\1ed7 tr\1ee3 mi\1ec5n ph\00ed.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', '2df7bc1f07570e1e4ec6aa33725be707', TIMESTAMP '2026-11-24 20:10:48.594268', 'bientap-xadt', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-24 22:10:48.594268', 1, 0, FALSE, 'bo phan mot cua xa dam thuy ho tro nguoi dan nop ho so truc tuyen can bo mot cua huong dan nguoi dan tao tai khoan va nop ho so tren cong dich vu cong.', 'bo-phan-mot-cua-xa-dam-thuy-ho-tro-nguoi-dan-nop-ho-so-truc-tuyen', NULL, 'PUBLISHED', U&'C\00e1n b\1ed9 m\1ed9t c\1eeda h\01b0\1edbng d\1eabn ng\01b0\1eddi d\00e2n t\1ea1o t\00e0i kho\1ea3n v\00e0 n\1ed9p h\1ed3 s\01a1 tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng.', NULL, U&'B\1ed9 ph\1eadn m\1ed9t c\1eeda x\00e3 \0110\00e0m Th\1ee7y h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn', NULL, TIMESTAMP '2026-11-24 22:10:48.594268', 1, 21, NULL, 42, NULL);            
INSERT INTO "PUBLIC"."ARTICLE" VALUES
(416, U&'<p>C\00e1c th\00f4n \0111\01b0\1ee3c h\01b0\1edbng d\1eabn v\1ec7 sinh chu\1ed3ng tr\1ea1i, ti\00eau \0111\1ed9c kh\1eed tr\00f9ng.</p><p>Ng\01b0\1eddi d\00e2n b\00e1o ngay khi ph\00e1t hi\1ec7n gia s\00fac c\00f3 bi\1ec3u hi\1ec7n b\1ec7nh.</p>', U&'\1ea2nh minh h\1ecda: d\00e3y n\00fai \0111\00e1 v\00f4i b\00ean d\00f2ng s\00f4ng', 'f553be8464b69967c60822cec30897d3', TIMESTAMP '2026-11-28 19:10:48.640034', 'bientap-xadt', NULL, 'NEWS', 'vi', NULL, TIMESTAMP '2026-11-28 21:10:48.640034', 1, 0, FALSE, 'ubnd xa dam thuy trien khai phong, chong dich benh tren dan gia suc xa to chuc tiem phong vac-xin lo mom long mong cho hon 2.000 con trau, bo.', 'ubnd-xa-dam-thuy-trien-khai-phong-chong-dich-benh-tren-dan-gia-suc', NULL, 'PUBLISHED', U&'X\00e3 t\1ed5 ch\1ee9c ti\00eam ph\00f2ng v\1eafc-xin l\1edf m\1ed3m long m\00f3ng cho h\01a1n 2.000 con tr\00e2u, b\00f2.', NULL, U&'UBND x\00e3 \0110\00e0m Th\1ee7y tri\1ec3n khai ph\00f2ng, ch\1ed1ng d\1ecbch b\1ec7nh tr\00ean \0111\00e0n gia s\00fac', NULL, TIMESTAMP '2026-11-28 21:10:48.640034', 1, 12, NULL, 42, NULL),
(422, U&'<p>T\1ec9nh cam k\1ebft t\1ea1o \0111i\1ec1u ki\1ec7n thu\1eadn l\1ee3i nh\1ea5t cho nh\00e0 \0111\1ea7u t\01b0.</p><p>Nhi\1ec1u bi\00ean b\1ea3n ghi nh\1edb h\1ee3p t\00e1c \0111\01b0\1ee3c k\00fd k\1ebft.</p>', NULL, NULL, TIMESTAMP '2026-12-01 20:10:48.686449', 'congtacvien', NULL, 'NEWS', 'vi', NULL, NULL, 1, 0, FALSE, 'hoi nghi xuc tien dau tu vao khu kinh te cua khau tra linh hon 100 doanh nghiep trong va ngoai nuoc du hoi nghi, tim hieu co hoi dau tu logistics va che bien nong san.', 'hoi-nghi-xuc-tien-dau-tu-vao-khu-kinh-te-cua-khau-tra-linh', NULL, 'SUBMITTED', U&'H\01a1n 100 doanh nghi\1ec7p trong v\00e0 ngo\00e0i n\01b0\1edbc d\1ef1 h\1ed9i ngh\1ecb, t\00ecm hi\1ec3u c\01a1 h\1ed9i \0111\1ea7u t\01b0 logistics v\00e0 ch\1ebf bi\1ebfn n\00f4ng s\1ea3n.', NULL, U&'H\1ed9i ngh\1ecb x\00fac ti\1ebfn \0111\1ea7u t\01b0 v\00e0o Khu kinh t\1ebf c\1eeda kh\1ea9u Tr\00e0 L\0129nh', NULL, TIMESTAMP '2026-12-01 22:20:48.686449', 2, 13, NULL, 25, NULL),
(425, U&'<p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c khuy\1ebfn c\00e1o kh\00f4ng t\1ef1 \00fd x\1eed l\00fd v\1eadt li\1ec7u n\1ed5.</p><p>C\00f4ng tr\01b0\1eddng \0111\00e3 tr\1edf l\1ea1i thi c\00f4ng b\00ecnh th\01b0\1eddng.</p>', NULL, NULL, TIMESTAMP '2026-12-01 20:10:48.764792', 'congtacvien', NULL, 'NEWS', 'vi', NULL, NULL, 1, 2, FALSE, 'phat hien qua bom con sot lai sau chien tranh tai cong truong luc luong cong binh da di doi an toan qua bom nang khoang 100 kg phat hien khi thi cong duong.', 'phat-hien-qua-bom-con-sot-lai-sau-chien-tranh-tai-cong-truong', NULL, 'IN_REVIEW', U&'L\1ef1c l\01b0\1ee3ng c\00f4ng binh \0111\00e3 di d\1eddi an to\00e0n qu\1ea3 bom n\1eb7ng kho\1ea3ng 100 kg ph\00e1t hi\1ec7n khi thi c\00f4ng \0111\01b0\1eddng.', NULL, U&'Ph\00e1t hi\1ec7n qu\1ea3 bom c\00f2n s\00f3t l\1ea1i sau chi\1ebfn tranh t\1ea1i c\00f4ng tr\01b0\1eddng', NULL, TIMESTAMP '2026-12-01 22:30:48.764792', 2, 13, NULL, 25, NULL),
(429, U&'<p>Ng\01b0\1eddi tham gia \0111\01b0\1ee3c Nh\00e0 n\01b0\1edbc h\1ed7 tr\1ee3 m\1ed9t ph\1ea7n ti\1ec1n \0111\00f3ng.</p><p>C\00f3 th\1ec3 \0111\00f3ng theo th\00e1ng, qu\00fd ho\1eb7c n\0103m.</p>', NULL, NULL, TIMESTAMP '2026-12-01 20:10:48.778214', 'congtacvien', NULL, 'NEWS', 'vi', TIMESTAMP '2026-12-02 03:10:48.781765', NULL, 1, 0, FALSE, 'hoi dap phap luat ve bao hiem xa hoi tu nguyen nhung dieu nguoi lao dong tu do can biet khi tham gia bao hiem xa hoi tu nguyen.', 'hoi-dap-phap-luat-ve-bao-hiem-xa-hoi-tu-nguyen', NULL, 'SCHEDULED', U&'Nh\1eefng \0111i\1ec1u ng\01b0\1eddi lao \0111\1ed9ng t\1ef1 do c\1ea7n bi\1ebft khi tham gia b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n.', NULL, U&'H\1ecfi \0111\00e1p ph\00e1p lu\1eadt v\1ec1 b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n', NULL, TIMESTAMP '2026-12-01 22:50:48.778214', 2, 14, NULL, 25, NULL),
(435, U&'<p>\0110ang ho\00e0n thi\1ec7n s\1ed1 li\1ec7u.</p><p>C\1ea7n b\1ed5 sung \1ea3nh minh h\1ecda.</p>', NULL, NULL, TIMESTAMP '2026-12-01 20:10:48.788546', 'congtacvien', NULL, 'NEWS', 'vi', NULL, NULL, 1, 0, FALSE, 'ung dung cong nghe so trong quan ly rung ban nhap cua cong tac vien ve viec dung anh ve tinh theo doi bien dong rung.', 'ung-dung-cong-nghe-so-trong-quan-ly-rung', NULL, 'DRAFT', U&'B\1ea3n nh\00e1p c\1ee7a c\1ed9ng t\00e1c vi\00ean v\1ec1 vi\1ec7c d\00f9ng \1ea3nh v\1ec7 tinh theo d\00f5i bi\1ebfn \0111\1ed9ng r\1eebng.', NULL, U&'\1ee8ng d\1ee5ng c\00f4ng ngh\1ec7 s\1ed1 trong qu\1ea3n l\00fd r\1eebng', NULL, TIMESTAMP '2026-12-01 20:10:48.788546', 1, 23, NULL, 25, NULL); 
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
    "CONTACT_HOTLINE" CHARACTER VARYING(50),
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
(439, NULL, U&'<p>Sinh n\0103m 1970, qu\00ea qu\00e1n t\1ec9nh Cao B\1eb1ng. Tr\00ecnh \0111\1ed9 chuy\00ean m\00f4n: Ti\1ebfn s\0129 Kinh t\1ebf.</p><p>Tr\01b0\1edbc khi gi\1eef ch\1ee9c Ch\1ee7 t\1ecbch UBND t\1ec9nh, \0111\1ed3ng ch\00ed t\1eebng c\00f4ng t\00e1c t\1ea1i nhi\1ec1u c\01a1 quan Trung \01b0\01a1ng v\00e0 \0111\1ecba ph\01b0\01a1ng.</p>', U&'Ho\00e0ng Xu\00e2n \00c1nh', 'e2db6bf5f6e2529d66e44b4bfec408c8', 'hoang-xuan-anh', 1, 1, NULL, 'chutich@caobang.gov.vn', '0206 3852 020', NULL, '0206 3852 121', NULL, 'Leads all work of the Provincial People''s Committee; directly in charge of internal affairs, defence, security and foreign affairs.', U&'L\00e3nh \0111\1ea1o, qu\1ea3n l\00fd chung m\1ecdi m\1eb7t c\00f4ng t\00e1c c\1ee7a UBND t\1ec9nh; tr\1ef1c ti\1ebfp ph\1ee5 tr\00e1ch l\0129nh v\1ef1c n\1ed9i ch\00ednh, qu\1ed1c ph\00f2ng, an ninh, \0111\1ed1i ngo\1ea1i.', 'Chairman of the Provincial People''s Committee', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh', 4),
(442, NULL, U&'<p>Sinh n\0103m 1972. Tr\00ecnh \0111\1ed9: Th\1ea1c s\0129 Qu\1ea3n l\00fd kinh t\1ebf.</p>', U&'L\00ea H\1ea3i H\00f2a', 'fb70dacd484b38cd4b42baf11bd117a8', 'le-hai-hoa', 2, 1, NULL, 'pct.thuongtruc@caobang.gov.vn', NULL, NULL, '0206 3852 122', NULL, 'In charge of planning, investment, finance, budget, construction and transport.', U&'Ph\1ee5 tr\00e1ch l\0129nh v\1ef1c k\1ebf ho\1ea1ch, \0111\1ea7u t\01b0, t\00e0i ch\00ednh, ng\00e2n s\00e1ch, x\00e2y d\1ef1ng v\00e0 giao th\00f4ng.', 'Standing Vice Chairman', U&'Ph\00f3 Ch\1ee7 t\1ecbch Th\01b0\1eddng tr\1ef1c UBND t\1ec9nh', 4),
(445, NULL, U&'<p>Sinh n\0103m 1975, d\00e2n t\1ed9c T\00e0y. Tr\00ecnh \0111\1ed9: K\1ef9 s\01b0 N\00f4ng nghi\1ec7p.</p>', U&'N\00f4ng Thanh T\00f9ng', 'c8d598c0686f746e4cea89dcc07583e6', 'nong-thanh-tung', 3, 1, NULL, 'pct.nongnghiep@caobang.gov.vn', NULL, NULL, '0206 3852 123', NULL, 'In charge of agriculture, environment, science and technology.', U&'Ph\1ee5 tr\00e1ch l\0129nh v\1ef1c n\00f4ng nghi\1ec7p, m\00f4i tr\01b0\1eddng, khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', 'Vice Chairman', U&'Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh', 4),
(448, NULL, U&'<p>Sinh n\0103m 1978, d\00e2n t\1ed9c Dao. Tr\00ecnh \0111\1ed9: Th\1ea1c s\0129 Qu\1ea3n l\00fd gi\00e1o d\1ee5c.</p>', U&'Tri\1ec7u Th\1ecb Mai', 'fe353a12f83956fcc5fef2144f629557', 'trieu-thi-mai', 4, 1, NULL, 'pct.vanhoa@caobang.gov.vn', NULL, NULL, '0206 3852 124', NULL, 'In charge of culture, social affairs, education, health and tourism.', U&'Ph\1ee5 tr\00e1ch l\0129nh v\1ef1c v\0103n h\00f3a, x\00e3 h\1ed9i, gi\00e1o d\1ee5c, y t\1ebf v\00e0 du l\1ecbch.', 'Vice Chairwoman', U&'Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh', 4); 
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
(483, NULL, DATE '2014-01-24', TIMESTAMP '2014-01-24 01:00:00', 'legal-document', 0, NULL, 'FULFILLED', 'ON_TRACK', 482, '/admin/legal-documents.xhtml?id=482', U&'01/2014/Q\0110-UBND \2013 Ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', DATE '2014-01-22', NULL, 2, 2, 467, 5),
(530, NULL, DATE '2026-10-26', TIMESTAMP '2026-10-05 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 529, '/admin/hoi-dap/answers.xhtml', U&'HD-WYAZ-2GFE \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-03', TIMESTAMP '2026-10-03 02:00:00', 2, 15, 474, 29),
(536, NULL, DATE '2026-11-03', TIMESTAMP '2026-10-15 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 535, '/admin/hoi-dap/answers.xhtml', U&'HD-RFG3-XPC2 \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-13', TIMESTAMP '2026-10-13 02:00:00', 2, 15, 474, 29),
(542, NULL, DATE '2026-11-09', TIMESTAMP '2026-10-20 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 541, '/admin/hoi-dap/answers.xhtml', U&'HD-PGEH-E8NS \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-18', TIMESTAMP '2026-10-18 02:00:00', 2, 15, 474, 29),
(548, NULL, DATE '2026-11-11', TIMESTAMP '2026-10-23 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 547, '/admin/hoi-dap/answers.xhtml', U&'HD-JF1T-T28H \00b7 Khoa h\1ecdc, c\00f4ng ngh\1ec7', DATE '2026-10-21', TIMESTAMP '2026-10-21 02:00:00', 2, 15, 474, 8),
(554, NULL, DATE '2026-11-16', TIMESTAMP '2026-10-27 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 553, '/admin/hoi-dap/answers.xhtml', U&'HD-XDHP-6AAD \00b7 Th\00f4ng tin, truy\1ec1n th\00f4ng, d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn', DATE '2026-10-25', TIMESTAMP '2026-10-25 02:00:00', 2, 15, 474, 8),
(561, NULL, DATE '2026-11-23', TIMESTAMP '2026-11-04 02:00:00', 'qa-answer', 0, NULL, 'FULFILLED', 'ON_TRACK', 560, '/admin/hoi-dap/answers.xhtml', U&'HD-AFF6-J6RN \00b7 Y t\1ebf, b\1ea3o hi\1ec3m y t\1ebf', DATE '2026-11-02', TIMESTAMP '2026-11-02 02:00:00', 2, 15, 474, 30),
(566, NULL, DATE '2026-11-18', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 565, '/admin/hoi-dap/answers.xhtml', U&'HD-M4JR-0MJ8 \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-10-28', TIMESTAMP '2026-10-28 02:00:00', 1, 15, 474, 29),
(570, NULL, DATE '2026-12-11', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 569, '/admin/hoi-dap/answers.xhtml', U&'HD-E6QB-NWRQ \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-20', TIMESTAMP '2026-11-20 02:00:00', 1, 15, 474, 29),
(574, NULL, DATE '2026-12-16', NULL, 'qa-answer', NULL, 'qa progress notice HD-YQWZ-TS70', 'OPEN', 'ON_TRACK', 573, '/admin/hoi-dap/answers.xhtml', U&'HD-YQWZ-TS70 \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-12', TIMESTAMP '2026-11-12 02:00:00', 2, 15, 474, 29),
(579, NULL, DATE '2026-12-07', NULL, 'qa-answer', NULL, NULL, 'CANCELLED', 'ON_TRACK', 578, '/admin/hoi-dap/answers.xhtml', U&'HD-JKR5-V36E \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-16', TIMESTAMP '2026-11-16 02:00:00', 2, 15, 474, 29),
(581, NULL, DATE '2026-12-09', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 580, '/admin/hoi-dap/answers.xhtml', U&'HD-JKR5-V36E \00b7 T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', DATE '2026-11-18', TIMESTAMP '2026-11-18 02:00:00', 1, 15, 474, 30),
(602, NULL, DATE '2026-12-14', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 601, '/admin/hoi-dap/answers.xhtml', U&'HD-67DK-WESH-1 \00b7 \0110\1ea7u t\01b0, kinh doanh', DATE '2026-11-23', TIMESTAMP '2026-11-23 02:00:00', 1, 15, 474, 9),
(604, NULL, DATE '2026-12-14', NULL, 'qa-answer', NULL, NULL, 'OPEN', 'ON_TRACK', 603, '/admin/hoi-dap/answers.xhtml', U&'HD-67DK-WESH-2 \00b7 V\0103n h\00f3a, th\1ec3 thao, du l\1ecbch', DATE '2026-11-23', TIMESTAMP '2026-11-23 02:00:00', 1, 15, 474, 33);        
CREATE INDEX "PUBLIC"."IX_OBLIGATION_OPEN" ON "PUBLIC"."OBLIGATION"("STATE" NULLS FIRST, "ID" NULLS FIRST);    
CREATE INDEX "PUBLIC"."IX_OBLIGATION_UNIT" ON "PUBLIC"."OBLIGATION"("UNIT_ID" NULLS FIRST, "STATE" NULLS FIRST);               
CREATE CACHED TABLE "PUBLIC"."CONSULTATION_EXTENSION"(
    "ID" BIGINT NOT NULL,
    "NEW_CLOSE" TIMESTAMP NOT NULL,
    "PREVIOUS_CLOSE" TIMESTAMP NOT NULL,
    "REASON" CHARACTER VARYING(2000) NOT NULL,
    "RECORDED_AT" TIMESTAMP NOT NULL,
    "RECORDED_BY" CHARACTER VARYING(100) NOT NULL,
    "VERSION" BIGINT,
    "CONSULTATION_ID" BIGINT NOT NULL
);           
ALTER TABLE "PUBLIC"."CONSULTATION_EXTENSION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_6" PRIMARY KEY("ID");        
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.CONSULTATION_EXTENSION;   
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
ALTER TABLE "PUBLIC"."CATEGORY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_31A" PRIMARY KEY("ID");    
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
ALTER TABLE "PUBLIC"."QA_DELEGATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_1C" PRIMARY KEY("ID");
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.QA_DELEGATION;            
INSERT INTO "PUBLIC"."QA_DELEGATION" VALUES
(525, 'HEAD', TIMESTAMP '2025-07-01 02:00:00', 'admin', U&'Quy\1ebft \0111\1ecbnh s\1ed1 512/Q\0110-UBND ng\00e0y 01/7/2025 c\1ee7a UBND t\1ec9nh b\1ed5 nhi\1ec7m Gi\00e1m \0111\1ed1c S\1edf T\01b0 ph\00e1p', NULL, NULL, DATE '2025-07-01', NULL, 1, 523, 29),
(526, 'DELEGATE', TIMESTAMP '2026-01-02 02:00:00', 'admin', U&'Gi\1ea5y \1ee7y quy\1ec1n s\1ed1 15/GUQ-STP ng\00e0y 02/01/2026 c\1ee7a Gi\00e1m \0111\1ed1c S\1edf T\01b0 ph\00e1p', NULL, NULL, DATE '2026-01-02', NULL, 1, 55, 29);           
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
(527, 'INDIVIDUAL', 'v1:NQSXqzjR1xPBdFztm2tfVev5NfVT+tttDgJlDazRjqZv8jbp59RlC1UAF7kjp5CUDwU1LVsVOdP6ryY76TQkOXU4yzf+fNUbhSylW6JV0wJM8dhEnpimaj3mz2TZ0znwofUCl3QnC1eYsoWLrOnk9445dBchuXVUCuaiUuZSKg1xcgEPJvNmnIobH9QbUkhYIgQlwBfuA5wE7MnaBV+VkPJvZ+3ewdrACClHYf8UMBqtajr8Wiy06KvySoqB3xeyzKtnA7YeIH5MtHXLsc6lB5DaCN10j3WohHR2iXZJV7/Rt6OETeQ3dYI17L1NOJQcHzskPVRqfvj6k+2HxELt5KNmtzkReN2Cg847yKU=', '0prr3AZSC2IWzemRzhM0I_5brbzUzvj4ZxHvEdxbng0', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-03 02:00:00', 'PUBLISHED', 'v1:3rO7kOAjcLiUvhM/9qf+oRX2HvGh5kQw10AYNedeuFX/+W9dxnqbhDrwrjwjY2tRcQBEJJoQN/MoBYLAuj3cKddAHq8MSZWwf8VPkjAk5wlVfdjqD5ppJCdHKKxlfaZw+A==', 'HD-WYAZ-2GFE', 5, TIMESTAMP '2026-10-05 02:00:00', 'traloi-sotp', U&'DELEGATE \00b7 15/GUQ-STP', U&'Vi\1ec7c \0111\0103ng k\00fd khai sinh cho tr\1ebb kh\00f4ng ph\1ee5 thu\1ed9c v\00e0o vi\1ec7c cha m\1eb9 \0111\00e3 \0111\0103ng k\00fd k\1ebft h\00f4n hay ch\01b0a. Ng\01b0\1eddi \0111i \0111\0103ng k\00fd khai sinh n\1ed9p t\1edd khai theo m\1eabu v\00e0 gi\1ea5y ch\1ee9ng sinh t\1ea1i \1ee6y ban nh\00e2n d\00e2n c\1ea5p x\00e3 n\01a1i c\01b0 tr\00fa c\1ee7a ng\01b0\1eddi cha ho\1eb7c ng\01b0\1eddi m\1eb9. N\1ebfu ng\01b0\1eddi cha mu\1ed1n nh\1eadn con th\00ec k\1ebft h\1ee3p th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh v\00e0 nh\1eadn cha, con; khi \0111\00f3 c\1ea7n th\00eam v\0103n b\1ea3n ch\1ee9ng minh quan h\1ec7 cha con. Th\1eddi h\1ea1n gi\1ea3i quy\1ebft l\00e0 ngay trong ng\00e0y l\00e0m vi\1ec7c.', 'v1:z4rgLHqPFw0ht6qQPPKa9JSD5MSF4CdKTJwJUfbMYMFzWA3plS33U5rHctpVpX4g9qUuJDGJJ4BDU4o=', 'v1:U1oSM8U1/Hn68pbCDmfJ9kj+rIPce/oFU11MTL1f8RPp+dPnTEgbLD6GkZTTPwA=', 'v1:+Q2Gd3hrORJ0+XNIVyFEJU1Nh3hJ4I1Tu20l+aWC7oBiiWEWrQ9XSw==', 'v1:D9un03cFGZCasPi1x086nnkez8bQd1R0Rw7RCXVWVC0U1WEWsjachhKCBQ==', 'v1:oW2jjEmBOcSAo+dRdldIOX1M6aqx95ZIoVFyAKfdTNbV08uyiWE=', 'v1:HTKtFTuWaffD2MBikBu13/K9bUP6aPw99M3HiqwknikZm64p5SI=', NULL, 'v1:HRKZ63H/F02ue2W6dzh9imWdKd/SZDwm5J4hKCgGm0ACaUXZB/vO3A==', NULL, TIMESTAMP '2026-10-03 02:00:00', '2026.1', TIMESTAMP '2026-10-03 02:00:00', DATE '2026-10-26', NULL, NULL, NULL, NULL, NULL, U&'Vi\1ec7c \0111\0103ng k\00fd khai sinh cho tr\1ebb kh\00f4ng ph\1ee5 thu\1ed9c v\00e0o vi\1ec7c cha m\1eb9 \0111\00e3 \0111\0103ng k\00fd k\1ebft h\00f4n hay ch\01b0a. Ng\01b0\1eddi \0111i \0111\0103ng k\00fd khai sinh n\1ed9p t\1edd khai theo m\1eabu v\00e0 gi\1ea5y ch\1ee9ng sinh t\1ea1i \1ee6y ban nh\00e2n d\00e2n c\1ea5p x\00e3 n\01a1i c\01b0 tr\00fa c\1ee7a ng\01b0\1eddi cha ho\1eb7c ng\01b0\1eddi m\1eb9. N\1ebfu ng\01b0\1eddi cha mu\1ed1n nh\1eadn con th\00ec k\1ebft h\1ee3p th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh v\00e0 nh\1eadn cha, con; khi \0111\00f3 c\1ea7n th\00eam v\0103n b\1ea3n ch\1ee9ng minh quan h\1ec7 cha con. Th\1eddi h\1ea1n gi\1ea3i quy\1ebft l\00e0 ngay trong ng\00e0y l\00e0m vi\1ec7c.', U&'T\00f4i l\00e0 [\2026], sinh con n\0103m nay nh\01b0ng ch\01b0a \0111\0103ng k\00fd k\1ebft h\00f4n v\1edbi b\1ed1 ch\00e1u. Xin h\1ecfi c\00f3 l\00e0m gi\1ea5y khai sinh cho con \0111\01b0\1ee3c kh\00f4ng v\00e0 c\1ea7n nh\1eefng gi\1ea5y t\1edd g\00ec? S\1ed1 \0111i\1ec7n tho\1ea1i c\1ee7a t\00f4i l\00e0 [\2026].', TIMESTAMP '2026-10-06 02:00:00', 'thuky', U&'dang ky khai sinh cho con khi cha me chua dang ky ket hon\000atoi la [\2026], sinh con nam nay nhung chua dang ky ket hon voi bo chau. xin hoi co lam giay khai sinh cho con duoc khong va can nhung giay to gi? so dien thoai cua toi la [\2026].\000aviec dang ky khai sinh cho tre khong phu thuoc vao viec cha me da dang ky ket hon hay chua. nguoi di dang ky khai sinh nop to khai theo mau va giay chung sinh tai uy ban nhan dan cap xa noi cu tru cua nguoi cha hoac nguoi me. neu nguoi cha muon nhan con thi ket hop thu tuc dang ky khai sinh va nhan cha, con; khi do can them van ban chung minh quan he cha con. thoi han giai quyet la ngay trong ngay lam viec.', U&'\0110\0103ng k\00fd khai sinh cho con khi cha m\1eb9 ch\01b0a \0111\0103ng k\00fd k\1ebft h\00f4n', NULL, NULL, NULL, 29, 516, NULL),
(533, 'ORGANISATION', 'v1:zoIqErzcLHPgYeGPRw/wlGSpTEW1g9OhtRMiLT4Z1+ezNCWwXIXJ0Xdnya44MeYgZq0affNE86oI06WAfFtfezuqwXAl4DW+k7IVxrJZLW515ygsxqqWGgLsO7rAPQ0uug+HAuuMkcq0TydNcEphVuvmeT8pqikRocEaLS4iqCz3e9c9Xn6sspooV34hAs25GM0Bu5yBfO2hOpkf5bBmuEG/Q7XVYBhMPAYm2r9znEOC+t/SuzF2Hizu9XAjFXgXhYhNqEYOE3XKh/ndFF1CMgwhJPhhdCjczik9IiwCoxc/cgXdh9rcAv+PGqD9oFFnHkF0lmalJfokmUjIrxZezfwEF+BqWsM8fEnaDzY5VaqZeRf3RA==', 'M7gopmrfbCRAJG4_VU9MZ6xzVfUZDOV9yBwg7U0_qJc', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-13 02:00:00', 'PUBLISHED', 'v1:Pn0cQ3bY9nwGh9feyBFIQS5LIhCaB2X561xmUsV3ruU34Ao0fGiZkhOY34Z85Q722QxYzKgd7360dsnnFE8NJ5+GT4QCAmNmmTmVmAp9uGW+EE6n/f0OaSzlN7iDyQwtY2cBlRo9rA63O7JkBIMBxIRTqg==', 'HD-RFG3-XPC2', 5, TIMESTAMP '2026-10-15 02:00:00', 'traloi-sotp', U&'DELEGATE \00b7 15/GUQ-STP', U&'Ng\01b0\1eddi y\00eau c\1ea7u ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh ph\1ea3i xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh gi\1ea5y t\1edd, v\0103n b\1ea3n l\00e0m c\01a1 s\1edf \0111\1ec3 ch\1ee9ng th\1ef1c b\1ea3n sao v\00e0 b\1ea3n sao c\1ea7n ch\1ee9ng th\1ef1c. Tr\01b0\1eddng h\1ee3p ch\1ec9 xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh th\00ec c\01a1 quan, t\1ed5 ch\1ee9c ti\1ebfn h\00e0nh ch\1ee5p t\1eeb b\1ea3n ch\00ednh \0111\1ec3 th\1ef1c hi\1ec7n ch\1ee9ng th\1ef1c. L\1ec7 ph\00ed ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh th\1ef1c hi\1ec7n theo quy \0111\1ecbnh c\1ee7a B\1ed9 T\00e0i ch\00ednh.', 'v1:P5/BFlr2WTjsfVJ/5+kIFgne3czKqywp4yAPbWtcOgLuvCnVTFfFBRXumA9EK37LOTwFG99lhe4nkG9hQTbZlac2lJX8zVDvoFiE1vk=', 'v1:1wgQ0rHmFsjCP/E5fPKSsY4yHAgp1mBbNX6DByO2O5krIykr8jXC1CBnjNghZw==', NULL, 'v1:ZPXPeZ0Al9/doAI50ZxlsSScF2a4q8dXG7aUzqf9CXBXtnRTkxIWWW33N4wqDg==', NULL, NULL, 'v1:xET309lBLeped9GRfu24fWr48LkdkfTUx9+LQu8ant/IQYdh2irVwUnpznqEsafY7Dt8tg8A8UZwumrboJ8RKCDBFrZb/qgSy8Bp', 'v1:FUzcfohkjBfaXQgPNWR+KS2/X8B4kZUISVqyN8gx5pbAkt+xZ8CWZSw=', 'v1:eDMmX9+8/nXFm9TOf3LR+rHD3ShChxMVrk+TP4PmTuxWHN11O2Ggqw==', TIMESTAMP '2026-10-13 02:00:00', '2026.1', TIMESTAMP '2026-10-13 02:00:00', DATE '2026-11-03', NULL, NULL, NULL, NULL, NULL, U&'Ng\01b0\1eddi y\00eau c\1ea7u ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh ph\1ea3i xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh gi\1ea5y t\1edd, v\0103n b\1ea3n l\00e0m c\01a1 s\1edf \0111\1ec3 ch\1ee9ng th\1ef1c b\1ea3n sao v\00e0 b\1ea3n sao c\1ea7n ch\1ee9ng th\1ef1c. Tr\01b0\1eddng h\1ee3p ch\1ec9 xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh th\00ec c\01a1 quan, t\1ed5 ch\1ee9c ti\1ebfn h\00e0nh ch\1ee5p t\1eeb b\1ea3n ch\00ednh \0111\1ec3 th\1ef1c hi\1ec7n ch\1ee9ng th\1ef1c. L\1ec7 ph\00ed ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh th\1ef1c hi\1ec7n theo quy \0111\1ecbnh c\1ee7a B\1ed9 T\00e0i ch\00ednh.', U&'C\00f4ng ty ch\00fang t\00f4i th\01b0\1eddng xuy\00ean ph\1ea3i ch\1ee9ng th\1ef1c b\1ea3n sao gi\1ea5y t\1edd cho kh\00e1ch h\00e0ng. Khi ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh, ng\01b0\1eddi y\00eau c\1ea7u c\00f3 b\1eaft bu\1ed9c xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh kh\00f4ng, v\00e0 l\1ec7 ph\00ed l\00e0 bao nhi\00eau?', TIMESTAMP '2026-10-16 02:00:00', 'thuky', U&'chung thuc ban sao tu ban chinh co can xuat trinh ban chinh khong?\000acong ty chung toi thuong xuyen phai chung thuc ban sao giay to cho khach hang. khi chung thuc ban sao tu ban chinh, nguoi yeu cau co bat buoc xuat trinh ban chinh khong, va le phi la bao nhieu?\000anguoi yeu cau chung thuc ban sao tu ban chinh phai xuat trinh ban chinh giay to, van ban lam co so de chung thuc ban sao va ban sao can chung thuc. truong hop chi xuat trinh ban chinh thi co quan, to chuc tien hanh chup tu ban chinh de thuc hien chung thuc. le phi chung thuc ban sao tu ban chinh thuc hien theo quy dinh cua bo tai chinh.', U&'Ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh c\00f3 c\1ea7n xu\1ea5t tr\00ecnh b\1ea3n ch\00ednh kh\00f4ng?', NULL, NULL, NULL, 29, 516, NULL);       
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(539, 'INDIVIDUAL', 'v1:2nOgBknH18IunrmhRIwdZ0EDiGbndTEMmm6LGS8gMt9lsyX77tIMT789DPLzfURSd7GGB0YCY+tacUdYmpTqatGyt1t0BApdj2I8+MtYV6vu4zA32fbbrelae7Zw3ssMhY5Q53tkKlUcwpWgaUMnsHF71prpnQT4fyPrEu93zm2FeRUps8lQStjF8Oqrt38xBdKfF0rpXA==', 'qawYaCzTHXOxYq8Gy2wTUuCPald12SilBvw5jsWtbJ0', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-18 02:00:00', 'PUBLISHED', 'v1:/j55hZ30JjEOXjn7QaeeeOXG7HWEyCwhQDmixhlkRtmtkoIBITpA6xYHygBuvY8Wm+zFgAGwV5IGrY+Pi4ELORcMkzVNYT8K7Km2', 'HD-PGEH-E8NS', 5, TIMESTAMP '2026-10-20 02:00:00', 'traloi-sotp', U&'DELEGATE \00b7 15/GUQ-STP', U&'Th\1eddi h\1ea1n c\1ea5p Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p kh\00f4ng qu\00e1 10 ng\00e0y k\1ec3 t\1eeb ng\00e0y nh\1eadn \0111\01b0\1ee3c y\00eau c\1ea7u h\1ee3p l\1ec7. Tr\01b0\1eddng h\1ee3p ng\01b0\1eddi \0111\01b0\1ee3c c\1ea5p phi\1ebfu l\00e0 c\00f4ng d\00e2n Vi\1ec7t Nam \0111\00e3 c\01b0 tr\00fa \1edf nhi\1ec1u n\01a1i ho\1eb7c c\00f3 th\1eddi gian c\01b0 tr\00fa \1edf n\01b0\1edbc ngo\00e0i, th\1eddi h\1ea1n kh\00f4ng qu\00e1 15 ng\00e0y.', 'v1:Wai5TDuJwNIlwas+sB2XDDAcLrYml74o+/IK4td3MNFhmBdMHehLyoYy9Rt6SfmNFZhJ1CNgHOiCpiyQ', 'v1:FewL8wc+5NG/xAg1BWJ058StEmSZeLaB96+TDpnozmXr1K0MLcj1KkB/r3q1qDY=', 'v1:OHjlvkHf2lzOAwTOyw+THymljSoOF5oKd76h8rUygrXGS1Ybk26JEw==', 'v1:+lfoXQBrSKYKg/2EyXbGhRserOkUOB2mf2pcBOBXCI7kJQUkTgdfKEYgAQ==', 'v1:VfAw65oeGVO2RUqPaqg0tW5e90boO5oq6iupWzUs2nOmphvKSUE=', 'v1:gnqXwJWUlf9uUiekkKit6DAfg9KNwMxvegyuotGJW8mqXxXk', NULL, 'v1:JFfy3lJ+PWWUR2p4+1f9bnRcWRdX+PVj6JA/w/fLsa0d5dm/V54ElA==', NULL, TIMESTAMP '2026-10-18 02:00:00', '2026.1', TIMESTAMP '2026-10-18 02:00:00', DATE '2026-11-09', NULL, NULL, NULL, NULL, NULL, U&'Th\1eddi h\1ea1n c\1ea5p Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p kh\00f4ng qu\00e1 10 ng\00e0y k\1ec3 t\1eeb ng\00e0y nh\1eadn \0111\01b0\1ee3c y\00eau c\1ea7u h\1ee3p l\1ec7. Tr\01b0\1eddng h\1ee3p ng\01b0\1eddi \0111\01b0\1ee3c c\1ea5p phi\1ebfu l\00e0 c\00f4ng d\00e2n Vi\1ec7t Nam \0111\00e3 c\01b0 tr\00fa \1edf nhi\1ec1u n\01a1i ho\1eb7c c\00f3 th\1eddi gian c\01b0 tr\00fa \1edf n\01b0\1edbc ngo\00e0i, th\1eddi h\1ea1n kh\00f4ng qu\00e1 15 ng\00e0y.', U&'T\00f4i c\1ea7n phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p \0111\1ec3 xin vi\1ec7c. N\1ed9p h\1ed3 s\01a1 t\1ea1i S\1edf T\01b0 ph\00e1p th\00ec bao l\00e2u \0111\01b0\1ee3c c\1ea5p?', TIMESTAMP '2026-10-21 02:00:00', 'thuky', U&'thoi han cap phieu ly lich tu phap\000atoi can phieu ly lich tu phap de xin viec. nop ho so tai so tu phap thi bao lau duoc cap?\000athoi han cap phieu ly lich tu phap khong qua 10 ngay ke tu ngay nhan duoc yeu cau hop le. truong hop nguoi duoc cap phieu la cong dan viet nam da cu tru o nhieu noi hoac co thoi gian cu tru o nuoc ngoai, thoi han khong qua 15 ngay.', U&'Th\1eddi h\1ea1n c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p', NULL, NULL, NULL, 29, 516, NULL),
(545, 'ORGANISATION', 'v1:8Wxvbk7bH5ENEgxRIGdron7013alpHEPM9JLLJYa7GGRdSVnk7Okv8vdaH9lkjZuwnSkAPNDw2GSkQNZ4j1D1bE2Y3Nhn4l7TytMiCStmmHm+NmR2HL+ptonzCgQkl9dGQtKMHDusciRRoSbjQ+7fJygMXgoZinHAICXxIBOWnGI0uCOXNnprA26cLlfPBgsJRB3iVZXonlc4aiGf+8Eu44XJxrCikEoDi2ws4C6nL4/b6U0j4QTkWFyvG9ydRuJffZDDvsnSi/eHGMptUv8C4jzHxYsE7Y7t2XawJ8B', 'GD6Fm9ZXvnX5ESFpKB9WGED6KbVqgvo7gmR6aVFT5h4', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-21 02:00:00', 'PUBLISHED', 'v1:OSShcNmkheH3/qSBr4jtsPWu3BYk57kZCf/9yCBJ7yOPdbKSts9wg0c5qFpQK07KVtEIZiiH/EbszQgqEjT8+bZx9d1EUhU/07OxP3Y4ctGO3hDO6WK2psay4tyctg==', 'HD-JF1T-T28H', 5, TIMESTAMP '2026-10-23 02:00:00', 'demo', 'HEAD', U&'Doanh nghi\1ec7p kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o \0111\01b0\1ee3c xem x\00e9t h\1ed7 tr\1ee3 \0111\00e0o t\1ea1o, t\01b0 v\1ea5n v\1ec1 s\1edf h\1eefu tr\00ed tu\1ec7, khai th\00e1c v\00e0 ph\00e1t tri\1ec3n t\00e0i s\1ea3n tr\00ed tu\1ec7 theo \0110\1ec1 \00e1n h\1ed7 tr\1ee3 h\1ec7 sinh th\00e1i kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o qu\1ed1c gia. \0110\1ea7u m\1ed1i ti\1ebfp nh\1eadn t\1ea1i t\1ec9nh l\00e0 S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7, s\1ed1 032 \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, \0111i\1ec7n tho\1ea1i 0206 3852 133.', 'v1:nCGMjDVKV3G338I42gFAEKmopUo1uJa2QGc9Wnrr2Nd9FnFoSYpdVGBqVBh316ieu3NLkopAcv/OobvJwIhg394D7hOua09yym6xcpRMQrVIxh+uUwNbkw==', 'v1:V57/Is/KJwFrHibLk2bJq1tE5hQW0l+TalgA1/1AB8Ua2g9uhZWq3Rh59LU=', NULL, 'v1:wTOMxkTGkUH/VdYOAm8E3Bk81kX+AX4FGXzLaOgyNcqYnGVNGUoGBhY=', NULL, NULL, 'v1:YlllhDllHtTRPjLf5SmLL4m1mNdHIrXLT4s7FIwkniMqaUgJRdECXMABlZijHiMWgj4Pgqq/F5EkUUpzFLedKUOPDx3wXipi5+dG03IWy80=', 'v1:ax2NTU8KBdLbp+J3iDBsh95wNs0lvUqrcmk9p19jp1c6PP3KdvgRvA==', 'v1:Mt+UsNTGJemMRsr9q1QealJrG3Vf5RmZUm0Z7KRwCAaV2E3XLCm5iw==', TIMESTAMP '2026-10-21 02:00:00', '2026.1', TIMESTAMP '2026-10-21 02:00:00', DATE '2026-11-11', NULL, NULL, NULL, NULL, NULL, U&'Doanh nghi\1ec7p kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o \0111\01b0\1ee3c xem x\00e9t h\1ed7 tr\1ee3 \0111\00e0o t\1ea1o, t\01b0 v\1ea5n v\1ec1 s\1edf h\1eefu tr\00ed tu\1ec7, khai th\00e1c v\00e0 ph\00e1t tri\1ec3n t\00e0i s\1ea3n tr\00ed tu\1ec7 theo \0110\1ec1 \00e1n h\1ed7 tr\1ee3 h\1ec7 sinh th\00e1i kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o qu\1ed1c gia. \0110\1ea7u m\1ed1i ti\1ebfp nh\1eadn t\1ea1i t\1ec9nh l\00e0 S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7, s\1ed1 032 \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, \0111i\1ec7n tho\1ea1i 0206 3852 133.', U&'Doanh nghi\1ec7p kh\1edfi nghi\1ec7p c\1ee7a ch\00fang t\00f4i c\00f3 \0111\01b0\1ee3c nh\00e0 n\01b0\1edbc h\1ed7 tr\1ee3 kinh ph\00ed \0111\00e0o t\1ea1o, t\01b0 v\1ea5n s\1edf h\1eefu tr\00ed tu\1ec7 kh\00f4ng? \0110\1ea7u m\1ed1i ti\1ebfp nh\1eadn l\00e0 c\01a1 quan n\00e0o?', TIMESTAMP '2026-10-24 02:00:00', 'thuky', U&'ho tro doanh nghiep khoi nghiep doi moi sang tao\000adoanh nghiep khoi nghiep cua chung toi co duoc nha nuoc ho tro kinh phi dao tao, tu van so huu tri tue khong? dau moi tiep nhan la co quan nao?\000adoanh nghiep khoi nghiep doi moi sang tao duoc xem xet ho tro dao tao, tu van ve so huu tri tue, khai thac va phat trien tai san tri tue theo de an ho tro he sinh thai khoi nghiep doi moi sang tao quoc gia. dau moi tiep nhan tai tinh la so khoa hoc va cong nghe, so 032 duong hoang dinh giong, dien thoai 0206 3852 133.', U&'H\1ed7 tr\1ee3 doanh nghi\1ec7p kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o', NULL, NULL, NULL, 8, 519, NULL);    
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(551, 'INDIVIDUAL', 'v1:OoviS4QtPszaiI9KhOu2M2cX40yPQf8qB8hTvMnTRiT9uPE1t0xm7s/ElsQrQ/ohBpOfsB8bLlMsBlV/TK2zSvfMCxgIYrBV33Ci/GsJsJWAT9+5+wLtAZqW7NJ7TNZGXBrXhIqP6QeYzr+kLYyp6kRthRfM3zfsI8DaA1Rq7xoDolIomysPBc4kPQxkWAo4cQ8uUL3zcFGtLhGOnn+K6xCIxxy+0e7ob5gjiFaSG/v0KhRhxvQ1yKt+z5SKSlUnQJQq34aHFKLk', NULL, NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-25 02:00:00', 'PUBLISHED', 'v1:15uNJXoKlFekDlmXYDPrhARMz8vKc1KHYU3DJBVa3/6zgTE1tchDx5S6XnmuzVhq5R4qUsDt/1J8EgAgtxGtjXSN8m3zJgjBAvObOD7NGJBQ1JhXLfMOyKxU', 'HD-XDHP-6AAD', 5, TIMESTAMP '2026-10-27 02:00:00', 'demo', 'HEAD', U&'Theo Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh, \00fd ki\1ebfn tr\1ea3 l\1eddi c\1ee7a c\00e1c c\01a1 quan, \0111\01a1n v\1ecb tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p ch\1ec9 c\00f3 \00fd ngh\0129a tham kh\1ea3o, kh\00f4ng ph\1ea3i l\00e0 c\01a1 s\1edf ph\00e1p l\00fd \0111\1ec3 gi\1ea3i quy\1ebft c\00e1c quan h\1ec7 d\00e2n s\1ef1, v\00e0 vi\1ec7c h\1ecfi, tr\1ea3 l\1eddi kh\00f4ng b\1ecb \0111i\1ec1u ch\1ec9nh b\1edfi Lu\1eadt Khi\1ebfu n\1ea1i, Lu\1eadt T\1ed1 c\00e1o.', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-10-25 02:00:00', '2026.1', TIMESTAMP '2026-10-25 02:00:00', DATE '2026-11-16', NULL, TIMESTAMP '2026-10-29 02:00:00', 'thuky', U&'\0110\1ec1 ngh\1ecb c\1ee7a ng\01b0\1eddi h\1ecfi qua th\01b0 \0111i\1ec7n t\1eed', 'ASKER', U&'Theo Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh, \00fd ki\1ebfn tr\1ea3 l\1eddi c\1ee7a c\00e1c c\01a1 quan, \0111\01a1n v\1ecb tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p ch\1ec9 c\00f3 \00fd ngh\0129a tham kh\1ea3o, kh\00f4ng ph\1ea3i l\00e0 c\01a1 s\1edf ph\00e1p l\00fd \0111\1ec3 gi\1ea3i quy\1ebft c\00e1c quan h\1ec7 d\00e2n s\1ef1, v\00e0 vi\1ec7c h\1ecfi, tr\1ea3 l\1eddi kh\00f4ng b\1ecb \0111i\1ec1u ch\1ec9nh b\1edfi Lu\1eadt Khi\1ebfu n\1ea1i, Lu\1eadt T\1ed1 c\00e1o.', U&'C\00e2u tr\1ea3 l\1eddi c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc \0111\0103ng tr\00ean chuy\00ean m\1ee5c H\1ecfi \2013 \0110\00e1p c\00f3 \0111\01b0\1ee3c d\00f9ng l\00e0m c\0103n c\1ee9 \0111\1ec3 gi\1ea3i quy\1ebft tranh ch\1ea5p d\00e2n s\1ef1 kh\00f4ng?', TIMESTAMP '2026-10-28 02:00:00', 'thuky', U&'cau tra loi tren cong co gia tri phap ly khong?\000acau tra loi cua co quan nha nuoc dang tren chuyen muc hoi \2013 dap co duoc dung lam can cu de giai quyet tranh chap dan su khong?\000atheo quy che quan ly, hoat dong va cung cap thong tin tren cong thong tin dien tu tinh, y kien tra loi cua cac co quan, don vi tren chuyen muc hoi \2013 dap chi co y nghia tham khao, khong phai la co so phap ly de giai quyet cac quan he dan su, va viec hoi, tra loi khong bi dieu chinh boi luat khieu nai, luat to cao.', U&'C\00e2u tr\1ea3 l\1eddi tr\00ean C\1ed5ng c\00f3 gi\00e1 tr\1ecb ph\00e1p l\00fd kh\00f4ng?', NULL, NULL, NULL, 8, 521, NULL),
(558, 'INDIVIDUAL', 'v1:IPyHqzB/WKCrO90EwzzyPSgzEM4MAV0hQH52V4cFA0k2stjClcG4Nx/Afr1gltseS9FSIvzm8UqI+3lzZTwY6l4rEgka0e9hG97O/gGR/NA2a/DqinbRQJsNPHrBYQlwqbaijlFYHobReZTixNTjc5/zsYEYLEILFLcE3Z9kZfymnOuUojyx6rfx1+WZgde1QDoiM1tUeT6f7U0crEsuIHLFawzkto29kL/fJwaXOJT/65LZv6XvgFH9E6JJGYErXPj+X0eceGDi6bqUvp0cfnqXKlEe+74dI6hZXYGge1Q=', 'p613j67OoY_YxqucOybN4nrAhVVyy-BueIp4YuCB4Hk', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-02 02:00:00', 'ANSWERED', 'v1:sOE+KN0jQBnxFd5ARfd6HaSzceEyUiGNjxfjo3DSNbHosTUkTguMNcLP5y6UIGYGI0ZS5u6ByoKyEVdIBRZj7cFohw==', 'HD-AFF6-J6RN', 4, TIMESTAMP '2026-11-04 02:00:00', 'demo', 'HEAD', U&'Ng\01b0\1eddi tham gia b\1ea3o hi\1ec3m y t\1ebf theo h\1ed9 gia \0111\00ecnh \0111\00f3ng theo ph\01b0\01a1ng th\1ee9c gi\1ea3m d\1ea7n: ng\01b0\1eddi th\1ee9 nh\1ea5t \0111\00f3ng b\1eb1ng 4,5% m\1ee9c l\01b0\01a1ng c\01a1 s\1edf; ng\01b0\1eddi th\1ee9 hai, th\1ee9 ba, th\1ee9 t\01b0 \0111\00f3ng l\1ea7n l\01b0\1ee3t b\1eb1ng 70%, 60%, 50% m\1ee9c \0111\00f3ng c\1ee7a ng\01b0\1eddi th\1ee9 nh\1ea5t; t\1eeb ng\01b0\1eddi th\1ee9 n\0103m tr\1edf \0111i \0111\00f3ng b\1eb1ng 40% m\1ee9c \0111\00f3ng c\1ee7a ng\01b0\1eddi th\1ee9 nh\1ea5t.', 'v1:x+U3LyBf3B0A85K840Cn7lPapx8s8x+31Knt9cxEJepEDvIJ/BZbUeptlCa9pNTuzkjYZu+MkoRDfXrGytLREeO4XEU9SQitlh9zQiysPrPORg==', 'v1:Y+dkA92jxsrnVlIb6/ZTJnc9H7PaJQKhzImbwjgAqgvc7wUlVukIg0xqeExfv5EgsQ==', 'v1:6WZvDeFk7Bloibfdc6J1/nwRPZ0wNxUTaD4lQT4wtBecJsb/kfcLYQ==', 'v1:1524n4OYoxvG8nbIPWHQNzOUgnpUaVCZvhGFDHgzcA9E7MPelFUMI/EIIQKq', 'v1:yC5uT5HDsBaTPo3Yk5VNavz/vRNenLqH0IHY/+NwLtRb21tSgko=', 'v1:o/auFj6DhDsUWvZMKBLcQRIYNxmZTa2ZtnN8nLRgfPRIMw829MA=', NULL, 'v1:bsz3+9bBmQ5H+G9N+07ANPwzFgRZBaTiftZD9CekvgpxXgz/tf85tQ==', NULL, TIMESTAMP '2026-11-02 02:00:00', '2026.1', TIMESTAMP '2026-11-02 02:00:00', DATE '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30, 517, NULL); 
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(563, 'INDIVIDUAL', 'v1:4TPKCXrc1HKbBSx1h8BwvHrZNuUJMpamvKFAI3GBNUg13Avwqj1ktJ/re4jYMqkF0gr4fhykw0l1QvGyxEOIxk9mEtIkRquptcGDyJm2GKRFUxCgXGldIAMg+dmWhFcwjR7alGv9caAuNwwW+TRg1YUz5uOivmV1oNKkRR9nStmm5voFRPm0TiMjoZyWyVqVdfSEcwkiXsdnDhb2mUfcXR3tXjd5T0+hDQZRcg==', 'o8dTBW8Ee-SC5ZFrzBrPJriRQNx3qhSVQ8sqYyfyYyc', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-10-28 02:00:00', 'ROUTED', 'v1:eKhNmuUZAXsAV+xlf6acHutn4J5B7jt1gktzm8mw0HdPRnI/S9SKRfJIFzuYHrWCHf5Vw1trmSh6Cwf3GZfU9of57kaiP49LoCeHSRprYkRLlA==', 'HD-M4JR-0MJ8', 3, NULL, NULL, NULL, NULL, 'v1:PIeYNqTAqw3vtifuqBLZbpU/9iDPJ3biX+EBmmMTHFj9UoGvtPtRYXptTvr3IG+NDFvf0PCjxFUbII11iHEk', 'v1:KtXJWmwabXV2TCPwTPam9DGAU6c5b+/b+QBRQILC8cjeYQNe4ochiH7iK3Qu0jo=', 'v1:N+7RsIjeRPvspX+V922kI7Dt+fk1mRJh4HWTC2EeYc8uBLzTcm6LrQ==', 'v1:9LKILIDOvUMfPSe5HN9uOu0NT6yWgwhyWGL02uKMTNa096uYkhpMO+8e', 'v1:Q4Rardqt90l4Y4LHGHE4FEDZwqJJ0SvfF8+/SI3wBAvzyhQjdLM=', 'v1:qLd2ga9y0wbjZCD2AkvGC2jZIzg5+fs0PVX505doEC0ey+dzgvuf', NULL, 'v1:77ffhTQ3+znFJryyqFz8QpGGPg3QMShCylVIGQkLglN2wqC9twXLmQ==', NULL, TIMESTAMP '2026-10-28 02:00:00', '2026.1', TIMESTAMP '2026-10-28 02:00:00', DATE '2026-11-18', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 29, 516, NULL),
(567, 'INDIVIDUAL', 'v1:ZPXCwrs820YCSPYpFQd2mL8J+IQD4Z73qFqa+5GbaA2APlQ1tjtsXCJyR7RRIoB2p9E3+K6nt6Vr6bPh8dWfDFxRU232DI/g/DuNOMts4WS0T8vr0Y6y3/2wfEReVdVxC5OsuFnvFrOw+eufcBrtTfkb231gzIeu/r1xzSA3pJLDJTvdodaq1XdrmNZIwxJVYeaZvmBj7zukyw==', '1mA7wirN5a8IFZ8fbDAmqXE6h4rE_sX5SvoJbWCQhc0', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-20 02:00:00', 'ROUTED', 'v1:W0XV+RCkchBbKuF48B3c9XgD6CjRfkEScurBWMb0sPtdkFz2M1rDjLpZFmIU/NxGexpGfDDLywXV5fxxag==', 'HD-E6QB-NWRQ', 3, NULL, NULL, NULL, NULL, 'v1:laHG1P7fR0VF5qnGn8GRpplKeuTPqpvOolW74kcSw7UOt7Xv7Yh+su1EOUilh/8sFY94uJ+Or84=', 'v1:H0qML6EymAtByMQ6aIwZOJ9kqbhcGhPX5ZZwXAt7hzCQTWvrmZMSH/KoHp3sOg==', 'v1:M49zWxYLm4z2LROOLvogiPNzbqU3FPTpxqsKs0O44VJ966THWpHz9g==', 'v1:XD+iMZL/A1gFIej8l/h/++3XJXRvM6lpKZwt2UUPbRHg+ThUeNfrZqc=', 'v1:hIT6VJHQ7Epo4SaT5NPvCxsH08B3I5pPRuPTDvIcx8a8Mk9xQWQ=', 'v1:Qk8jNhL3dBzOd1fmwwRWBkmiqhP4ooigitOzF51JRfbppiJTuCC/', NULL, 'v1:FHVbzi33qAm8ROqXVIS7w2cRmmvn7CZ/m15F5OBIabML0vRkXVw70w==', NULL, TIMESTAMP '2026-11-20 02:00:00', '2026.1', TIMESTAMP '2026-11-20 02:00:00', DATE '2026-12-11', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 29, 516, NULL),
(571, 'INDIVIDUAL', 'v1:O8jHcklFd5nkI/kgeu9YIzw6NhYqqOxwJ3oizrhoOQmNe9fdfxHKMcTlaPu7rxkNVXyA1CA+CUa0ENHPO/TlSOOmpgRnPM9ULMGhYx1Iw9HigNz06+wOdLZDPXaXKh7nEsX8vrr/uVzmISuOmNAbvj7Oxw5Ie7v86tPlBy4X7HvbplRPRjeRXrvTzzG4dOyvOyS5fxZZeduG/b+OJWsaGlwGvnF3ZBLTfz/fYzoYEIEX7MLPOadEb8kyt2VwA27MPBdO', 'zif5SNxt1tKxLceIyKNtsPLDS4IVaTOMQhHicqdLZAs', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-12 02:00:00', 'ROUTED', 'v1:Pvp9zyBiCM5HtZ3Ta0Cs2boITBeyhk9u2vpWqRHmPcjnjA2ciXWHmCbyoVx2fcTKjt05rHsWpJbNo1KidohpErY7QQwY7Kh6ZsuvzRDzp02yF3Y=', 'HD-YQWZ-TS70', 4, NULL, NULL, NULL, NULL, 'v1:EQsC1IJCYL2T7TaYC5R3q15ATIWCtboH4dMKJJUyYpxOU+2aTL2VCbGCFFbLavh8GJ1RQEsasYid7s1kirqr', 'v1:gCDjz7coxqXQaE8Sqjqcwi2COORVLEyhNJOWKBv2W7lX2iuOIplxPw4rUmLvzg==', 'v1:yFVtdHux+lLfMOonGy5kgr5igK1J4yINO8ZgAvkWoFFWt1bPBykioQ==', 'v1:rR2OK6ic+o/uvuywtBByqWnlL0f20RnP//YytVsr3TnwfpjP4tDTD9gc', 'v1:x2z7UlLC9s+rjMl0RuPncyWjNP1fwS5BEjrPjqqqOiA650ynqlE=', 'v1:5RgsECdUoj0be3VV5nAYbBLsuZKkhpjgWI72jzmIg44QTgwxhQ==', NULL, 'v1:cZxcXHpcVN0kcWeYnXWNwbH1nin20CnDfIptCCmCIizQlEFpIccAUQ==', NULL, TIMESTAMP '2026-11-12 02:00:00', '2026.1', TIMESTAMP '2026-11-12 02:00:00', DATE '2026-12-03', DATE '2026-12-16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 29, 516, NULL),
(576, 'INDIVIDUAL', 'v1:DCCinrgMzeCHn70i8t5B/YJzM+ZoTkATdEe2lw0FRfc5/1IgErdKq/kUjxdqhukhbUtHnRjARValNT4iLT3aU2skn0w1Mt0DRWk5O0wiViuJPfOayp2ewIpaz5FCxu9W+hxryQqvf7FRFyQ5zOXZTAzjzgfi3EFC98TSKFX45TxuBEPLFCiWLWbv2n6mH3G6an8X33GG', 'UyTFuOHkSoYXh5L1Oi985lyJ3SJjU1MJ-AwX_IYJo1Y', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-16 02:00:00', 'ROUTED', 'v1:kx1QIylUhItbouyUwQTO8wurOjxSXPmmGw0J2oIhWzm865sQBHhNBy/FKJi+6zYO3pTP3WdcU+WJW6+Obk7n12xs2A94mVoc2Vo=', 'HD-JKR5-V36E', 5, NULL, NULL, NULL, NULL, 'v1:gkM7qmJ1AqbK4ruHSxNxSFKteDZLdG7cLP28FIhoE2SnHPf0tAhGMPiPNySzKwoXlUZISOH5Jkp4ZyQ=', 'v1:uLcDKZVUnFx3yz0uJ1JLPSu938PjYnpZCoHxa524G9MlaPzpVEB3KIr0sDXqDkg=', 'v1:QJUPrXWTY8/au1TkI23Jt+xOAus2vmw6UDTHECV06Arg00E2PQ2XUA==', 'v1:+H/4F3wT0YgtkBjLiNb4dzQbGoZQTIO8AntY3mwY3C4vh3hC3A89gtQhYg==', 'v1:QL6urr7CWnXAWucYA/uFx5tYu/ikfWQ80uVVem2CklmZjRpKmow=', 'v1:Mlgzy2JHySt9VjDK8/WeZE9PNdERhO2ct90ozynRCd9EUKkpRRbz', NULL, 'v1:87zeFtOLrUVFCX8Ds8GH58puHGrVzDZ+h0fEU7Gviea3ZSoxr1iyAw==', NULL, TIMESTAMP '2026-11-16 02:00:00', '2026.1', TIMESTAMP '2026-11-18 02:00:00', DATE '2026-12-09', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 30, 516, NULL);         
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(582, 'INDIVIDUAL', 'v1:bv4jeLBYWO+IGsY+S/cCB5gY0dBBJZd91xDQFbvgf8TgC3cc3VaUv+YKFCKnxjv+p7pCVDLNO3pt7Oi+6UHXGfVLZC5Zolu06Wl9zVpyr5sfq6LNjOy9Vvz0IFRR2SyznOkNRDk6R3xqCbW4fqXpoydX/D2qswC9EBaakwkWqAxoI4xNvh6ksV0=', 'mDau_1z8DmcU7jLYYf0RE_H5QnwExBc5mP1iGVYeDU0', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-29 02:00:00', 'RECEIVED', 'v1:QKoZPDeonFuKWvkLQOLizPWUiKcHCcRucT1JUCDNyJXuY+zmPU8cn7GYMrJjw05whRM/6NrH5qn1JNXRqnPuJJ34ECVk2lY+U1Uz', 'HD-2NM4-EH2E', 1, NULL, NULL, NULL, NULL, 'v1:uuOR+o2TzZFNvdz9f+t+j6pOnQFxD8MYl/1cxu2nLfGSjOL/Cb3t/I2pXQ15R7tJ5iduAOuL28KGzvSIblwocQ==', 'v1:VNPCrL2f1bY+gbDo3+r6tB/BMYc0N5T9EzOKzHwg+DDstPW7A1jCdEFBx9Xg0rzipg==', 'v1:GlH5HtK9DWyj7t3N7ZvOpYWhDXF0JCD3gVf8+R0Y7Xx46aH2dmRX1w==', 'v1:uid3Hc3sdjmAZZMdzVlF++7dK533pj4nBiWlqGA5xlNRfwyEL/UZMZ+0OZE=', 'v1:L/7TaAFom6LoqOfztSPs+kpHf6WoiZH1RlihZudZJGX1TSvfCRI=', 'v1:F0fPImAEAK1MuMyonUWDcP/azQ4QixNrGZ2CK8xzT/IU4tGGRDc=', NULL, 'v1:PwlNDdB2mDiCLVXetrfuG8iSdfjGmHqlTPxR5tZaJxo/rWwz2ySVnQ==', NULL, TIMESTAMP '2026-11-29 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 515, NULL),
(584, 'INDIVIDUAL', 'v1:JtliNMF1i+G2FPIJjWBV/WRKwEDYM1MIsJ35qYWG52PKa5o/7jlO3cS/mQDBkCaBvuPRa7pbSblkuCgbVS5RRmqST9GpOoLarJIdSi5TeJ0XvqCFaj91ukh7h4IE8BeKBeklQqZBXD9y/lFz01d25Rg7UEwJJYhqht8VBhZxcVHkH63UJWLxmfeQZA==', '3KFtfZEaYG8JmpKdHc5chGxA6vKlK9ICBMeT6d9YC30', NULL, U&'t\1ed1 c\00e1o', TRUE, 'vi', 0, TIMESTAMP '2026-11-30 02:00:00', 'RECEIVED', 'v1:qGcP4xVEGJo3NjAHInFdUzRzMQ046Vw/f01+vGmNKefKMl02NeeXaL8+ACZSk7u8pbkpznE9/dCI3ptedB4mDEABkym6MU1QlpvWxoB/UhJ0BPs=', 'HD-NR4P-PNVX', 1, NULL, NULL, NULL, NULL, 'v1:eJq1CPS+jjjpK9UPy52uU4yzjzsbZy5UmXasZawdIUAUPie39N6BIh+1Nt4LESDSjjEc5bYg8xLlw5BjlZM=', 'v1:Kr0eCurFoNwurbM8Mgg+TIoiQ7N1g+f2OISfNKV1AG3h28HjTsqrf3aN8OGyef+0', 'v1:LBYUAE7jhhFZkvfxFpEzWtMeclwF2KJlMO2MWgz0obNH7lzxokVJVQ==', 'v1:rOwkcU1E12phvq8LBer78qell1SJTtgYRcuTkfy5QhkYN6V04hCGf2hgSg==', 'v1:6uEpJ4mHiVNwqAzZMjcXtYYw3ALCG3HrE3Qyl+XMeMv5pKJtG3U=', 'v1:y4c293WlKQN9e1BQ0AW0K91Am6hYxLuo5bfR2ycgTWvBgHkEca0Gng==', NULL, 'v1:oQUZSRbLDAU4k356CRffo11hwryGcsCqYHJ8QfMAMXQstQY8NfL+JA==', NULL, TIMESTAMP '2026-11-30 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 514, NULL),
(587, 'INDIVIDUAL', 'v1:EOdGxewLO65uV9yKaHfX4pzI4nHZUcFpMVqwqxUyYE8uvqVXWEZrR/1N3yQ0kIedxf4TqmiqiGWFDKgGol3ugiPdMTuqRAoNSIJ4M+YnZ6oI1bA+SQ71A/lycz0Wp7I7ka1liI4uI6TMMh8Nxt37qSzF0ROkw+EcevbR3+Y53OaqgaL/ZDI2pCnyC8pQBkrTNBN2ydaLfID3Xw==', 'SMP_R1Va8wv4o3RPUDKFzJC87IiJ16qtfUe625rdL6s', NULL, U&'khi\1ebfu n\1ea1i', TRUE, 'vi', 0, TIMESTAMP '2026-11-07 02:00:00', 'REFUSED', 'v1:qcfyH9wKNC6442SJpueBvnXqVBN5mKqCRDjJIgr2ZFK8lxzBubud/F6BjR53Rs8trKVTGSUafpf4YbjZ0gDgW/VQwu66H9MnYm4=', 'HD-QF78-HH7H', 2, NULL, NULL, NULL, NULL, 'v1:bIwpIvbSacISgqhzAS+/Ec0q2irwVt6epBBeheqsG6/ZCkYqrnI58px4GC2rU7ZqKMWbItf4XTI=', 'v1:vQujuY5if1LUIyCDiNo3p6a0xD3suzkJdzZLLtSt10KmClBuNWblA3LnS9Fm7E8=', 'v1:ypTInyC+wGA2/2QweZq68EwypX7aG4qn52zMJlqIDgbJXa+A37Hkzg==', 'v1:go97r3+Qy7udV6jC+KR5bj8pdzQZlc9EmbwGlNneI+qp2sjb71WdO105Yg==', 'v1:e6J38Iq+GkvBtlfVjSMfbxE9RyjNrqlFupvaydV7uiuifyXBYTY=', 'v1:3RbYiIwnBW8s5tQxXl+qFGn6OPxMR+udMSwXwTuMcAQeZpz0/zw=', NULL, 'v1:QeJNpF92GI+43YhhrWY5ZJBdGEquW2CdmdBPcxi/pnD4LImz/rtRSA==', NULL, TIMESTAMP '2026-11-07 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, U&'N\1ed9i dung l\00e0 khi\1ebfu n\1ea1i quy\1ebft \0111\1ecbnh h\00e0nh ch\00ednh, \0111\01b0\1ee3c gi\1ea3i quy\1ebft theo Lu\1eadt Khi\1ebfu n\1ea1i.', 'COMPLAINT_OR_DENUNCIATION', TIMESTAMP '2026-11-08 02:00:00', NULL, 514, NULL),
(591, 'INDIVIDUAL', 'v1:AXlM0G61M9LdjKrpglA3zLpSNmrGJKU7bg6HI85bP9ZDLQHSOmngzQvAE+eWthrE2HiEAHTvE5K9OFJPH4tGoOrFKb9RcF2VUYLyWtLuYYw1wQOnQZFlrpGLUazB+nh7DJUdaCgrx1wXDN+AfYOpXpws3r0Fkw==', 'N3BT1p7eblKfafSiXCNeS9v3qZ2SZVlUHQfcMTup3cA', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-10 02:00:00', 'REFUSED', 'v1:wsEcp21S5pdx/Q9moFgg1ltTEGY7HS39NbeGbsBLffMqpYfQ/b5lFHHPSZitBbPGjTLTpXB9Cq+xsklaJ7uX20ZRiA==', 'HD-A0DJ-WZKP', 2, NULL, NULL, NULL, NULL, 'v1:u7dMVoUXrvCMZIdIyhCh6zTs4UuCR0qODuGsESLw+S9iYCvVsiY+nmmB29GfVHVax6mUj0SxmSqalwdI', 'v1:qqMz+VfXsv3NHKxgf2UopoBG/lowAeKly/MQ7aug2xpvzqzfQlffGtYh6chd2iGW', 'v1:J+hN/4mejlzsFT6hGU8st2lpgYBiyp3iKNve3eqh/AyABpAxOml6EA==', 'v1:/4eo3Wd0oY7aIa3m6jwoySMwNxKEdsHq3BMfXhMwZvj8JleCt9J/dqsfWIw=', 'v1:dgOByZIf8sZhCX2LK18jMKf2G8AxYi4/b/gBZUu83PuNUtaBPME=', 'v1:3+zhrp49MqR9v2DYi7vMsw3T2TvN+1iFbrFtDM9iMe889FQ=', NULL, 'v1:EMmTImLYNmX+/XNsy8MfQuI9P8FqYr6EVDLsCy7pepMG6sd3PtbEKg==', NULL, TIMESTAMP '2026-11-10 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, U&'Tranh ch\1ea5p d\00e2n s\1ef1 gi\1eefa c\00e1c h\1ed9 gia \0111\00ecnh, kh\00f4ng thu\1ed9c c\00f4ng t\00e1c qu\1ea3n l\00fd nh\00e0 n\01b0\1edbc; \0111\1ec1 ngh\1ecb li\00ean h\1ec7 t\1ed5 h\00f2a gi\1ea3i \1edf c\01a1 s\1edf ho\1eb7c T\00f2a \00e1n.', 'PRIVATE_MATTER', TIMESTAMP '2026-11-11 02:00:00', NULL, 522, NULL);  
INSERT INTO "PUBLIC"."QA_QUESTION" VALUES
(594, 'ORGANISATION', 'v1:L2ib76i0N9dlzL1OKlFMeDhqUwzRDNm97IkHEJSr83ylUvN6/fvtVWFTG/wNzErKA+TkAsiiHeV4Qu/+KVitGMOu3WiGEgosLI4Eos5mhAmzDz7JpaHadHf1Tjg6l37J8dKExVwNoTJb2Wco4c/FBG5xk7AfwHC/QappITSz6huNdNmOdDt7HVaWRU63QmKypmbFs5dI5Xd13A/+/JQBNKkxci3nUIBfJHSTrsQCAMjhuyaYwim29NqzD6H7vhk8H43vQEfKCD2oEtV5jeDvDOEdrQ==', '0NXWTpZbiTczwPMmtuYTsgNgCLolJ0WZnn8hvdQtUes', NULL, NULL, FALSE, 'vi', 0, TIMESTAMP '2026-11-23 02:00:00', 'SPLIT', 'v1:G8Z8wU63fzG4wYgAvHaLfGlNKyNJmSOsUD4wUwWxZAFqh8Tx94SBIbrZngW16Y/Fb3tJs/6WKA1jqvt44Inr96rlVkIScw==', 'HD-67DK-WESH', 2, NULL, NULL, NULL, NULL, 'v1:I9uk04IX5aZQSLaLT5/Vbwdnw+IRSBXdi0N8Hmv25MXeNUe59NtXElWJrN03NNoC/Jb94eM1O3LiLdz9pPux2w==', 'v1:z3qBJ4sxf0sFc+Gr+a8rzoBh/RiHKm1VUMzbTwtVSKJ2ydsPsWsks+viZvFRhosV', NULL, 'v1:OPlSZ/nw5QZ+8ehXSkk0C9syo2oOICZ08nwMrYRUbLyDaO0iI+mCfozPrDGD', NULL, NULL, 'v1:tkrW6crVOm1Aya0qNLht6g0H0KWcjZrFmc+TTWhtWpLV63wWEmbWEf45u8p5IUCZB5RCHX5PlSojplenUqF8gLUliGvy8po=', 'v1:+z5UwaEykwDMV95119tAb6BruKclW1zgisW+hUCqxNN9EGWD8nF+uA==', 'v1:TNx7cFzvxcHL44awjZGz7XoHZ9w2MnXFecBKxUCiUc2b4Fy/x+P1VVlj/zW3PoYtsA==', TIMESTAMP '2026-11-23 02:00:00', '2026.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 512, NULL),
(596, 'ORGANISATION', 'v1:Ve7diUtwCqJ2+rpSOMurIgVQUTneedHO4XNn5pjqVlquggRIRuHME58Hd8FmSIJjBpHpIP3J3N4nYK+pxujEsIE0wvb6V3VqF0HPjw7Gk1htn7q4wrsHO4jxIXCOUkxC9ry13lfkzvfx/bQPgc5r+QTocXy9mTjnksWdQ/0X3enh7eU=', NULL, NULL, NULL, FALSE, 'vi', 1, TIMESTAMP '2026-11-23 02:00:00', 'ROUTED', 'v1:vhEOiGsJ6Fcdsq5SCt+gLXRRiPdyxUaf0o9qWFrm4Ys2rnl7vV8t2id3PYjxeb+22I1No4P60vae+02JORsGrE6CRcE+EPSmFKGoBbk=', 'HD-67DK-WESH-1', 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-11-23 02:00:00', '2026.1', TIMESTAMP '2026-11-23 02:00:00', DATE '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 9, 512, 594),
(599, 'ORGANISATION', 'v1:3YWQ8n2o4bIAWYwCXrt06Cc/xYcu+lcJFWNqQErH/eMOU67sRl01u2eKnJmPFyF4ww+EaceaW/xbqmm4NZNaJ9jDYgJVIjDy854x8Tb8Sy1qc5ATkWrAexViK+j5Zq///MGDVmlYc5fF3CsqHA==', NULL, NULL, NULL, FALSE, 'vi', 2, TIMESTAMP '2026-11-23 02:00:00', 'ROUTED', 'v1:cssRHSNmjeimT9Jqk3B7DDCljNOneuS3XapvzTWDri5LAv9h24ZO9rwC14eezjUTsVyLOeGB33DLL0JmF+NgN43eC7XfDZRuENcbn4w=', 'HD-67DK-WESH-2', 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-11-23 02:00:00', '2026.1', TIMESTAMP '2026-11-23 02:00:00', DATE '2026-12-14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 33, 520, 594);              
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
ALTER TABLE "PUBLIC"."ROYALTY_RATE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_CC0" PRIMARY KEY("ID");
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.ROYALTY_RATE;             
INSERT INTO "PUBLIC"."ROYALTY_RATE" VALUES
(59, 300000, 'ARTICLE', TIMESTAMP '2026-12-02 01:10:46.763118', 'bientap', 1, 25),
(60, 500000, 'VIDEO', TIMESTAMP '2026-12-02 01:10:46.765455', 'bientap', 1, 25),
(61, 150000, 'NEWS', TIMESTAMP '2026-12-02 01:10:46.765514', 'bientap', 1, 25),
(62, 100000, 'PHOTO', TIMESTAMP '2026-12-02 01:10:46.765544', 'bientap', 1, 25);
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
(511, 'thu-tuc-hanh-chinh', 1, 1, 'Administrative procedures', U&'Th\1ee7 t\1ee5c h\00e0nh ch\00ednh', 5),
(512, 'dau-tu-kinh-doanh', 2, 1, 'Investment and business', U&'\0110\1ea7u t\01b0, kinh doanh', 9),
(513, 'tai-chinh-ngan-sach', 3, 1, 'Finance, budget, fees and charges', U&'T\00e0i ch\00ednh, ng\00e2n s\00e1ch, ph\00ed v\00e0 l\1ec7 ph\00ed', 9),
(514, 'dat-dai-moi-truong', 4, 1, 'Land and environment', U&'\0110\1ea5t \0111ai, m\00f4i tr\01b0\1eddng', 32),
(515, 'nong-nghiep-nong-thon', 5, 1, 'Agriculture and rural development', U&'N\00f4ng nghi\1ec7p, n\00f4ng th\00f4n', 32),
(516, 'tu-phap-ho-tich', 6, 1, 'Justice, civil status and certification', U&'T\01b0 ph\00e1p, h\1ed9 t\1ecbch, ch\1ee9ng th\1ef1c', 29),
(517, 'y-te', 7, 1, 'Health and health insurance', U&'Y t\1ebf, b\1ea3o hi\1ec3m y t\1ebf', 30),
(518, 'giao-duc-dao-tao', 8, 1, 'Education and training', U&'Gi\00e1o d\1ee5c, \0111\00e0o t\1ea1o', 31),
(519, 'khoa-hoc-cong-nghe', 9, 1, 'Science and technology', U&'Khoa h\1ecdc, c\00f4ng ngh\1ec7', 8),
(520, 'van-hoa-du-lich', 10, 1, 'Culture, sports and tourism', U&'V\0103n h\00f3a, th\1ec3 thao, du l\1ecbch', 33),
(521, 'thong-tin-truyen-thong', 11, 1, 'Information, communications and online public services', U&'Th\00f4ng tin, truy\1ec1n th\00f4ng, d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn', 8),
(522, 'linh-vuc-khac', 12, 1, 'Other matters', U&'L\0129nh v\1ef1c kh\00e1c', NULL);             
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
    "CONTACT_HOTLINE" CHARACTER VARYING(50),
    "CONTACT_PHONE" CHARACTER VARYING(50),
    "CONTACT_WEBSITE" CHARACTER VARYING(200),
    "NAME_EN" CHARACTER VARYING(300),
    "NAME_VI" CHARACTER VARYING(300) NOT NULL,
    "OWNER_ID" BIGINT
);              
ALTER TABLE "PUBLIC"."SITE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_26" PRIMARY KEY("ID");         
-- 4 +/- SELECT COUNT(*) FROM PUBLIC.SITE;     
INSERT INTO "PUBLIC"."SITE" VALUES
(25, TRUE, 'MAIN', NULL, 'tinh', 2, 'Source: Cao Bang Portal (www.caobang.gov.vn)', U&'Theo C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng (www.caobang.gov.vn)', U&'S\1ed1 11, \0111\01b0\1eddng Ho\00e0ng \0110\00ecnh Giong, ph\01b0\1eddng Th\1ee5c Ph\00e1n, t\1ec9nh Cao B\1eb1ng', 'banbientap@caobang.gov.vn', NULL, '0206 3856 000', NULL, 'http://www.caobang.gov.vn', 'Cao Bang Portal', U&'C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', 4),
(40, TRUE, 'DEPARTMENT', NULL, 'so-tu-phap', 1, 'Source: Cao Bang Department of Justice', U&'Theo C\1ed5ng th\00f4ng tin S\1edf T\01b0 ph\00e1p t\1ec9nh Cao B\1eb1ng', NULL, NULL, NULL, NULL, NULL, NULL, 'Cao Bang Department of Justice', U&'C\1ed5ng th\00f4ng tin S\1edf T\01b0 ph\00e1p t\1ec9nh Cao B\1eb1ng', 29),
(41, TRUE, 'DEPARTMENT', NULL, 'so-khoa-hoc-cong-nghe', 1, 'Source: Cao Bang Department of Science and Technology', U&'Theo C\1ed5ng th\00f4ng tin S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 t\1ec9nh Cao B\1eb1ng', NULL, NULL, NULL, NULL, NULL, NULL, 'Cao Bang Department of Science and Technology', U&'C\1ed5ng th\00f4ng tin S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 t\1ec9nh Cao B\1eb1ng', 8),
(42, TRUE, 'COMMUNE', NULL, 'xa-dam-thuy', 1, 'Source: Dam Thuy Commune website', U&'Theo Trang th\00f4ng tin \0111i\1ec7n t\1eed x\00e3 \0110\00e0m Th\1ee7y', NULL, NULL, NULL, NULL, NULL, NULL, 'Dam Thuy Commune', U&'Trang th\00f4ng tin \0111i\1ec7n t\1eed x\00e3 \0110\00e0m Th\1ee7y', 38);           
CREATE CACHED TABLE "PUBLIC"."LEGAL_DOCUMENT"(
    "ID" BIGINT NOT NULL,
    "EFFECTIVEDATE" DATE,
    "EXCERPT" CHARACTER VARYING(2000) NOT NULL,
    "EXPIRYDATE" DATE,
    "EXTERNALISSUER" CHARACTER VARYING(300),
    "ISSUEDATE" DATE NOT NULL,
    "PUBLISHEDAT" TIMESTAMP,
    "SEARCHTEXT" CHARACTER VARYING(4000) NOT NULL,
    "SIGNER" CHARACTER VARYING(200),
    "SIGNERTITLE" CHARACTER VARYING(200),
    "STATUS" CHARACTER VARYING(20) NOT NULL,
    "VERSION" BIGINT,
    "DOCYEAR" INTEGER NOT NULL,
    "ELIPATH" CHARACTER VARYING(120) NOT NULL,
    "NUMBERKEY" CHARACTER VARYING(60) NOT NULL,
    "NUMBERSYMBOL" CHARACTER VARYING(60) NOT NULL,
    "ISSUER_ID" BIGINT,
    "PROVIDERUNIT_ID" BIGINT,
    "TYPE_ID" BIGINT
);        
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_34B" PRIMARY KEY("ID");              
-- 8 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_DOCUMENT;           
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT" VALUES
(475, NULL, U&'V\1ec1 \1ee9ng d\1ee5ng c\00f4ng ngh\1ec7 th\00f4ng tin trong ho\1ea1t \0111\1ed9ng c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'Ch\00ednh ph\1ee7', DATE '2007-04-10', TIMESTAMP '2014-01-24 01:00:00', '64/2007/nd-cp ve ung dung cong nghe thong tin trong hoat dong cua co quan nha nuoc nghi dinh chinh phu cong nghe thong tin', NULL, NULL, 'IN_FORCE', 2, 2007, '2007/64/nd-cp', '64/2007/ND-CP', U&'64/2007/N\0110-CP', NULL, NULL, 458),
(476, NULL, U&'V\1ec1 qu\1ea3n l\00fd, cung c\1ea5p, s\1eed d\1ee5ng d\1ecbch v\1ee5 Internet v\00e0 th\00f4ng tin \0111i\1ec7n t\1eed tr\00ean Internet', NULL, U&'Ch\00ednh ph\1ee7', DATE '2008-08-28', TIMESTAMP '2014-01-24 01:00:00', '97/2008/nd-cp ve quan ly, cung cap, su dung dich vu internet va thong tin dien tu tren internet nghi dinh chinh phu cong nghe thong tin internet', NULL, NULL, 'EXPIRED', 2, 2008, '2008/97/nd-cp', '97/2008/ND-CP', U&'97/2008/N\0110-CP', NULL, NULL, 458),
(477, NULL, U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c cung c\1ea5p th\00f4ng tin v\00e0 d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn tr\00ean trang th\00f4ng tin \0111i\1ec7n t\1eed ho\1eb7c c\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\00e1c c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'Ch\00ednh ph\1ee7', DATE '2011-06-13', TIMESTAMP '2014-01-24 01:00:00', '43/2011/nd-cp quy dinh ve viec cung cap thong tin va dich vu cong truc tuyen tren trang thong tin dien tu hoac cong thong tin dien tu cua cac co quan nha nuoc nghi dinh chinh phu cong nghe thong tin dich vu cong truc tuyen', NULL, NULL, 'REPLACED', 2, 2011, '2011/43/nd-cp', '43/2011/ND-CP', U&'43/2011/N\0110-CP', NULL, NULL, 458),
(478, NULL, U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c cung c\1ea5p th\00f4ng tin v\00e0 d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc tr\00ean m\00f4i tr\01b0\1eddng m\1ea1ng', NULL, U&'Ch\00ednh ph\1ee7', DATE '2022-06-24', TIMESTAMP '2022-07-01 01:00:00', '42/2022/nd-cp quy dinh ve viec cung cap thong tin va dich vu cong truc tuyen cua co quan nha nuoc tren moi truong mang nghi dinh chinh phu cong nghe thong tin dich vu cong truc tuyen', NULL, NULL, 'IN_FORCE', 2, 2022, '2022/42/nd-cp', '42/2022/ND-CP', U&'42/2022/N\0110-CP', NULL, NULL, 458),
(479, NULL, U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c cung c\1ea5p th\00f4ng tin v\00e0 \0111\1ea3m b\1ea3o kh\1ea3 n\0103ng truy c\1eadp thu\1eadn ti\1ec7n \0111\1ed1i v\1edbi trang th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'B\1ed9 Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', DATE '2009-07-31', TIMESTAMP '2014-01-24 01:00:00', '26/2009/tt-btttt quy dinh ve viec cung cap thong tin va dam bao kha nang truy cap thuan tien doi voi trang thong tin dien tu cua co quan nha nuoc thong tu bo thong tin va truyen thong cong nghe thong tin', NULL, NULL, 'IN_FORCE', 2, 2009, '2009/26/tt-btttt', '26/2009/TT-BTTTT', '26/2009/TT-BTTTT', NULL, NULL, 460),
(480, NULL, U&'Quy \0111\1ecbnh chi ti\1ebft m\1ed9t s\1ed1 \0111i\1ec1u c\1ee7a Ngh\1ecb \0111\1ecbnh s\1ed1 97/2008/N\0110-CP ng\00e0y 28/8/2008 c\1ee7a Ch\00ednh ph\1ee7', NULL, U&'B\1ed9 Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', DATE '2010-06-29', TIMESTAMP '2014-01-24 01:00:00', '14/2010/tt-btttt quy dinh chi tiet mot so dieu cua nghi dinh so 97/2008/nd-cp ngay 28/8/2008 cua chinh phu thong tu bo thong tin va truyen thong cong nghe thong tin internet', NULL, NULL, 'IN_FORCE', 2, 2010, '2010/14/tt-btttt', '14/2010/TT-BTTTT', '14/2010/TT-BTTTT', NULL, NULL, 460),
(481, NULL, U&'Quy \0111\1ecbnh v\1ec1 vi\1ec7c thu th\1eadp, s\1eed d\1ee5ng, chia s\1ebb, \0111\1ea3m b\1ea3o an to\00e0n v\00e0 b\1ea3o v\1ec7 th\00f4ng tin c\00e1 nh\00e2n tr\00ean trang th\00f4ng tin \0111i\1ec7n t\1eed ho\1eb7c c\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed c\1ee7a c\01a1 quan nh\00e0 n\01b0\1edbc', NULL, U&'B\1ed9 Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng', DATE '2010-11-15', TIMESTAMP '2014-01-24 01:00:00', '25/2010/tt-btttt quy dinh ve viec thu thap, su dung, chia se, dam bao an toan va bao ve thong tin ca nhan tren trang thong tin dien tu hoac cong thong tin dien tu cua co quan nha nuoc thong tu bo thong tin va truyen thong cong nghe thong tin thong tin ca nhan', NULL, NULL, 'IN_FORCE', 2, 2010, '2010/25/tt-btttt', '25/2010/TT-BTTTT', '25/2010/TT-BTTTT', NULL, NULL, 460);
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT" VALUES
(482, DATE '2014-02-01', U&'Ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', NULL, NULL, DATE '2014-01-22', TIMESTAMP '2014-01-24 01:00:00', '01/2014/qd-ubnd ban hanh quy che quan ly, hoat dong va cung cap thong tin tren cong thong tin dien tu tinh cao bang quyet dinh uy ban nhan dan tinh dam van eng cong nghe thong tin cong thong tin dien tu', U&'\0110\00e0m V\0103n Eng', U&'Ph\00f3 Ch\1ee7 t\1ecbch \1ee6y ban nh\00e2n d\00e2n t\1ec9nh', 'IN_FORCE', 2, 2014, '2014/1/qd-ubnd', '1/2014/QD-UBND', U&'01/2014/Q\0110-UBND', 4, 5, 459);             
CREATE INDEX "PUBLIC"."IX_LEGAL_ISSUE_DATE" ON "PUBLIC"."LEGAL_DOCUMENT"("ISSUEDATE" NULLS FIRST);             
CREATE INDEX "PUBLIC"."IX_LEGAL_ELI" ON "PUBLIC"."LEGAL_DOCUMENT"("ELIPATH" NULLS FIRST);      
CREATE CACHED TABLE "PUBLIC"."SEED_RECORD"(
    "SEED_KEY" CHARACTER VARYING(100) NOT NULL,
    "APPLIEDAT" TIMESTAMP NOT NULL
);              
ALTER TABLE "PUBLIC"."SEED_RECORD" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_DD" PRIMARY KEY("SEED_KEY");            
-- 7 +/- SELECT COUNT(*) FROM PUBLIC.SEED_RECORD;              
INSERT INTO "PUBLIC"."SEED_RECORD" VALUES
('demo.sites.v1', TIMESTAMP '2026-12-02 01:10:45.246918'),
('demo.content.v1', TIMESTAMP '2026-12-02 01:10:46.745911'),
('demo.leaders.v1', TIMESTAMP '2026-12-02 01:10:48.840839'),
('demo.legal.v1', TIMESTAMP '2026-12-02 01:10:49.149675'),
('demo.eservice.v1', TIMESTAMP '2026-12-02 01:10:49.367578'),
('demo.qa.v1', TIMESTAMP '2026-12-02 01:10:49.439517'),
('demo.consultations.v1', TIMESTAMP '2026-12-02 01:10:50.046024');             
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
CREATE CACHED TABLE "PUBLIC"."CONSULTATION"(
    "ID" BIGINT NOT NULL,
    "CLOSED_AT" TIMESTAMP,
    "CLOSES_AT" TIMESTAMP NOT NULL,
    "CONTACT_EMAIL" CHARACTER VARYING(200),
    "CONTACT_NAME" CHARACTER VARYING(200) NOT NULL,
    "CONTACT_PHONE" CHARACTER VARYING(50),
    "CREATED_AT" TIMESTAMP NOT NULL,
    "DRAFT_TEXT" CHARACTER VARYING(200000) NOT NULL,
    "OPENED_AT" TIMESTAMP,
    "OPENS_AT" TIMESTAMP NOT NULL,
    "SLUG" CHARACTER VARYING(120) NOT NULL,
    "SPLIT" BOOLEAN NOT NULL,
    "STATE" CHARACTER VARYING(20) NOT NULL,
    "SUMMARY" CHARACTER VARYING(4000) NOT NULL,
    "TITLE" CHARACTER VARYING(500) NOT NULL,
    "VERSION" BIGINT,
    "AMENDS_ID" BIGINT,
    "ISSUED_ID" BIGINT,
    "LEAD_AGENCY_ID" BIGINT NOT NULL
);      
ALTER TABLE "PUBLIC"."CONSULTATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_3BD" PRIMARY KEY("ID");
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.CONSULTATION;             
INSERT INTO "PUBLIC"."CONSULTATION" VALUES
(605, NULL, TIMESTAMP '2027-01-01 01:00:00', 'vanphong@caobang.gov.vn', U&'Ph\00f2ng H\00e0nh ch\00ednh \2013 T\1ed5 ch\1ee9c, V\0103n ph\00f2ng UBND t\1ec9nh', '0206 3852 000', TIMESTAMP '2026-11-22 01:00:00', U&'C\0103n c\1ee9 Lu\1eadt T\1ed5 ch\1ee9c ch\00ednh quy\1ec1n \0111\1ecba ph\01b0\01a1ng ng\00e0y 19 th\00e1ng 6 n\0103m 2015;\000aC\0103n c\1ee9 Ngh\1ecb \0111\1ecbnh s\1ed1 42/2022/N\0110-CP v\1ec1 cung c\1ea5p th\00f4ng tin v\00e0 d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn;\000a\000aCh\01b0\01a1ng I\000aQUY \0110\1ecaNH CHUNG\000a\0110i\1ec1u 1. Ph\1ea1m vi \0111i\1ec1u ch\1ec9nh\000aQuy ch\1ebf n\00e0y quy \0111\1ecbnh vi\1ec7c qu\1ea3n l\00fd, cung c\1ea5p th\00f4ng tin v\00e0 v\1eadn h\00e0nh C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng v\00e0 c\00e1c trang th\00f4ng tin th\00e0nh ph\1ea7n.\000a\0110i\1ec1u 2. \0110\1ed1i t\01b0\1ee3ng \00e1p d\1ee5ng\000a1. C\00e1c s\1edf, ban, ng\00e0nh thu\1ed9c \1ee6y ban nh\00e2n d\00e2n t\1ec9nh.\000a2. \1ee6y ban nh\00e2n d\00e2n c\00e1c huy\1ec7n, th\00e0nh ph\1ed1.\000a3. T\1ed5 ch\1ee9c, c\00e1 nh\00e2n c\00f3 li\00ean quan \0111\1ebfn vi\1ec7c cung c\1ea5p v\00e0 s\1eed d\1ee5ng th\00f4ng tin tr\00ean C\1ed5ng.\000a\0110i\1ec1u 3. Gi\1ea3i th\00edch t\1eeb ng\1eef\000a1. C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh l\00e0 \0111i\1ec3m truy c\1eadp duy nh\1ea5t tr\00ean m\1ea1ng c\1ee7a t\1ec9nh.\000a2. Trang th\00f4ng tin th\00e0nh ph\1ea7n l\00e0 trang c\1ee7a m\1ed9t c\01a1 quan, \0111\01a1n v\1ecb t\00edch h\1ee3p v\1edbi C\1ed5ng.\000a3. Ban Bi\00ean t\1eadp l\00e0 t\1ed5 ch\1ee9c gi\00fap \1ee6y ban nh\00e2n d\00e2n t\1ec9nh qu\1ea3n l\00fd n\1ed9i dung c\1ee7a C\1ed5ng.\000a\0110i\1ec1u 4. Nguy\00ean t\1eafc cung c\1ea5p th\00f4ng tin\000aTh\00f4ng tin tr\00ean C\1ed5ng ph\1ea3i ch\00ednh x\00e1c, k\1ecbp th\1eddi, \0111\1ea7y \0111\1ee7 v\00e0 tu\00e2n th\1ee7 quy \0111\1ecbnh v\1ec1 b\1ea3o v\1ec7 b\00ed m\1eadt nh\00e0 n\01b0\1edbc v\00e0 d\1eef li\1ec7u c\00e1 nh\00e2n.\000aCh\01b0\01a1ng II\000aCUNG C\1ea4P TH\00d4NG TIN\000a\0110i\1ec1u 5. Th\00f4ng tin ph\1ea3i cung c\1ea5p\000a1. Th\00f4ng tin gi\1edbi thi\1ec7u v\1ec1 t\1ed5 ch\1ee9c b\1ed9 m\00e1y.\000a2. Tin t\1ee9c, s\1ef1 ki\1ec7n v\1ec1 ho\1ea1t \0111\1ed9ng c\1ee7a t\1ec9nh.\000a3. V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt v\00e0 v\0103n b\1ea3n ch\1ec9 \0111\1ea1o \0111i\1ec1u h\00e0nh.\000a4. D\1ef1 th\1ea3o v\0103n b\1ea3n c\1ea7n l\1ea5y \00fd ki\1ebfn nh\00e2n d\00e2n.\000a\0110i\1ec1u 6. Th\1eddi h\1ea1n c\1eadp nh\1eadt th\00f4ng tin\000a1. V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt \0111\01b0\1ee3c \0111\0103ng t\1ea3i ch\1eadm nh\1ea5t 02 ng\00e0y l\00e0m vi\1ec7c k\1ec3 t\1eeb ng\00e0y k\00fd ban h\00e0nh.\000a2. D\1ef1 th\1ea3o l\1ea5y \00fd ki\1ebfn \0111\01b0\1ee3c \0111\0103ng ngay khi m\1edf l\1ea5y \00fd ki\1ebfn.\000a\0110i\1ec1u 7. L\1ea5y \00fd ki\1ebfn \0111\1ed1i v\1edbi d\1ef1 th\1ea3o v\0103n b\1ea3n\000a1. C\01a1 quan ch\1ee7 tr\00ec so\1ea1n th\1ea3o \0111\0103ng to\00e0n v\0103n d\1ef1 th\1ea3o, th\1eddi h\1ea1n l\1ea5y \00fd ki\1ebfn v\00e0 \0111\1ea7u m\1ed1i ti\1ebfp nh\1eadn.\000a2. Th\1eddi gian l\1ea5y \00fd ki\1ebfn \00edt nh\1ea5t l\00e0 30 ng\00e0y, tr\1eeb tr\01b0\1eddng h\1ee3p lu\1eadt c\00f3 quy \0111\1ecbnh kh\00e1c.\000a3. C\01a1 quan ch\1ee7 tr\00ec t\1ed5ng h\1ee3p, ti\1ebfp thu, gi\1ea3i tr\00ecnh \00fd ki\1ebfn v\00e0 c\00f4ng khai b\1ea3n t\1ed5ng h\1ee3p tr\00ean C\1ed5ng.\000a\0110i\1ec1u 8. H\1ecfi \0111\00e1p tr\1ef1c tuy\1ebfn\000aT\1ed5 ch\1ee9c, c\00e1 nh\00e2n g\1eedi c\00e2u h\1ecfi qua C\1ed5ng; Ban Bi\00ean t\1eadp chuy\1ec3n c\01a1 quan c\00f3 th\1ea9m quy\1ec1n tr\1ea3 l\1eddi trong th\1eddi h\1ea1n 15 ng\00e0y l\00e0m vi\1ec7c.\000a\0110i\1ec1u 9. D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn\000aC\1ed5ng li\00ean k\1ebft \0111\1ebfn C\1ed5ng d\1ecbch v\1ee5 c\00f4ng qu\1ed1c gia v\00e0 cung c\1ea5p th\00f4ng tin v\1ec1 th\1ee7 t\1ee5c h\00e0nh ch\00ednh c\1ee7a t\1ec9nh.\000a\0110i\1ec1u 10. Th\00f4ng tin b\1eb1ng ti\1ebfng n\01b0\1edbc ngo\00e0i\000aTh\00f4ng tin gi\1edbi thi\1ec7u v\00e0 th\00f4ng tin ph\1ee5c v\1ee5 \0111\1ea7u t\01b0 \0111\01b0\1ee3c cung c\1ea5p b\1eb1ng ti\1ebfng Anh.\000aCh\01b0\01a1ng III\000aQU\1ea2N L\00dd V\00c0 V\1eacN H\00c0NH\000a\0110i\1ec1u 11. Ban Bi\00ean t\1eadp\000a1. Ban Bi\00ean t\1eadp do Ch\1ee7 t\1ecbch \1ee6y ban nh\00e2n d\00e2n t\1ec9nh quy\1ebft \0111\1ecbnh th\00e0nh l\1eadp.\000a2. Tr\01b0\1edfng ban ch\1ecbu tr\00e1ch nhi\1ec7m tr\01b0\1edbc \1ee6y ban nh\00e2n d\00e2n t\1ec9nh v\1ec1 n\1ed9i dung th\00f4ng tin.\000a\0110i\1ec1u 12. Quy tr\00ecnh bi\00ean t\1eadp\000aTin b\00e0i \0111\01b0\1ee3c c\1ed9ng t\00e1c vi\00ean g\1eedi, th\01b0 k\00fd t\00f2a so\1ea1n bi\00ean t\1eadp, Ph\00f3 Tr\01b0\1edfng ban ho\1eb7c Tr\01b0\1edfng ban duy\1ec7t tr\01b0\1edbc khi \0111\0103ng.\000a\0110i\1ec1u 13. B\1ea3o \0111\1ea3m an to\00e0n th\00f4ng tin\000a1. H\1ec7 th\1ed1ng \0111\01b0\1ee3c gi\00e1m s\00e1t li\00ean t\1ee5c v\00e0 sao l\01b0u h\1eb1ng ng\00e0y.\000a2. T\00e0i kho\1ea3n qu\1ea3n tr\1ecb \0111\01b0\1ee3c c\1ea5p theo vai tr\00f2 v\00e0 thu h\1ed3i khi kh\00f4ng c\00f2n nhi\1ec7m v\1ee5.\000a\0110i\1ec1u 14. L\01b0u tr\1eef th\00f4ng tin\000aTh\00f4ng tin \0111\00e3 \0111\0103ng \0111\01b0\1ee3c l\01b0u tr\1eef \00edt nh\1ea5t 05 n\0103m.\000a\0110i\1ec1u 15. Nhu\1eadn b\00fat\000aT\00e1c gi\1ea3 c\00f3 t\00e1c ph\1ea9m \0111\01b0\1ee3c \0111\0103ng tr\00ean C\1ed5ng \0111\01b0\1ee3c h\01b0\1edfng nhu\1eadn b\00fat theo quy \0111\1ecbnh.\000aCh\01b0\01a1ng IV\000aT\1ed4 CH\1ee8C TH\1ef0C HI\1ec6N\000a\0110i\1ec1u 16. Tr\00e1ch nhi\1ec7m c\1ee7a S\1edf Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng\000aH\01b0\1edbng d\1eabn, ki\1ec3m tra vi\1ec7c th\1ef1c hi\1ec7n Quy ch\1ebf n\00e0y.\000a\0110i\1ec1u 17. Tr\00e1ch nhi\1ec7m c\1ee7a S\1edf T\00e0i ch\00ednh\000aB\1ed1 tr\00ed kinh ph\00ed duy tr\00ec, v\1eadn h\00e0nh C\1ed5ng trong d\1ef1 to\00e1n h\1eb1ng n\0103m.\000a\0110i\1ec1u 18. Tr\00e1ch nhi\1ec7m c\1ee7a c\00e1c c\01a1 quan, \0111\01a1n v\1ecb\000aC\1eed \0111\1ea7u m\1ed1i cung c\1ea5p th\00f4ng tin v\00e0 b\1ea3o \0111\1ea3m th\1eddi h\1ea1n c\1eadp nh\1eadt.\000a\0110i\1ec1u 19. Khen th\01b0\1edfng v\00e0 x\1eed l\00fd vi ph\1ea1m\000a1. T\1eadp th\1ec3, c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch \0111\01b0\1ee3c khen th\01b0\1edfng theo quy \0111\1ecbnh.\000a2. T\1ed5 ch\1ee9c, c\00e1 nh\00e2n vi ph\1ea1m th\00ec t\00f9y t\00ednh ch\1ea5t, m\1ee9c \0111\1ed9 b\1ecb x\1eed l\00fd theo quy \0111\1ecbnh c\1ee7a ph\00e1p lu\1eadt.\000a\0110i\1ec1u 20. \0110i\1ec1u kho\1ea3n thi h\00e0nh\000aQuy ch\1ebf n\00e0y c\00f3 hi\1ec7u l\1ef1c k\1ec3 t\1eeb ng\00e0y k\00fd. Trong qu\00e1 tr\00ecnh th\1ef1c hi\1ec7n, n\1ebfu c\00f3 v\01b0\1edbng m\1eafc, c\00e1c c\01a1 quan ph\1ea3n \00e1nh v\1ec1 S\1edf Th\00f4ng tin v\00e0 Truy\1ec1n th\00f4ng \0111\1ec3 t\1ed5ng h\1ee3p, b\00e1o c\00e1o \1ee6y ban nh\00e2n d\00e2n t\1ec9nh.', TIMESTAMP '2026-11-22 01:00:00', TIMESTAMP '2026-11-22 01:00:00', 'du-thao-quyet-dinh-ban-hanh-quy-che-quan-ly-van-hanh-cong-thong-tin-dien-tu-tinh', TRUE, 'OPEN', U&'D\1ef1 th\1ea3o thay th\1ebf Quy\1ebft \0111\1ecbnh s\1ed1 01/2014/Q\0110-UBND: c\1eadp nh\1eadt th\1eddi h\1ea1n cung c\1ea5p th\00f4ng tin, l\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o, h\1ecfi \0111\00e1p v\00e0 an to\00e0n th\00f4ng tin theo Ngh\1ecb \0111\1ecbnh s\1ed1 42/2022/N\0110-CP.', U&'D\1ef1 th\1ea3o Quy\1ebft \0111\1ecbnh ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, v\1eadn h\00e0nh C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 1, 482, NULL, 5); 
INSERT INTO "PUBLIC"."CONSULTATION" VALUES
(651, TIMESTAMP '2026-09-18 01:00:00', TIMESTAMP '2026-10-18 01:00:00', 'skhcn@caobang.gov.vn', U&'Ph\00f2ng Qu\1ea3n l\00fd khoa h\1ecdc, S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7', '0206 3856 000', TIMESTAMP '2026-09-18 01:00:00', U&'Ch\01b0\01a1ng I\000aQUY \0110\1ecaNH CHUNG\000a\0110i\1ec1u 1. Ph\1ea1m vi \0111i\1ec1u ch\1ec9nh\000aQuy\1ebft \0111\1ecbnh n\00e0y quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 \1ee9ng d\1ee5ng khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.\000a\0110i\1ec1u 2. \0110\1ed1i t\01b0\1ee3ng \00e1p d\1ee5ng\000a1. Doanh nghi\1ec7p, h\1ee3p t\00e1c x\00e3.\000a2. H\1ed9 gia \0111\00ecnh, c\00e1 nh\00e2n s\1ea3n xu\1ea5t.\000aCh\01b0\01a1ng II\000aM\1ee8C H\1ed6 TR\1ee2\000a\0110i\1ec1u 3. M\1ee9c h\1ed7 tr\1ee3\000a1. H\1ed7 tr\1ee3 50% kinh ph\00ed chuy\1ec3n giao c\00f4ng ngh\1ec7, t\1ed1i \0111a 300 tri\1ec7u \0111\1ed3ng.\000a2. H\1ed7 tr\1ee3 30% kinh ph\00ed mua thi\1ebft b\1ecb.\000a\0110i\1ec1u 4. Hi\1ec7u l\1ef1c thi h\00e0nh\000aQuy\1ebft \0111\1ecbnh n\00e0y c\00f3 hi\1ec7u l\1ef1c sau 10 ng\00e0y k\1ec3 t\1eeb ng\00e0y k\00fd.', TIMESTAMP '2026-09-18 01:00:00', TIMESTAMP '2026-09-18 01:00:00', 'du-thao-quyet-dinh-quy-dinh-muc-ho-tro-ung-dung-khoa-hoc-va-cong-nghe', TRUE, 'CLOSED', U&'Quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 t\1ed5 ch\1ee9c, c\00e1 nh\00e2n \1ee9ng d\1ee5ng ti\1ebfn b\1ed9 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7 v\00e0o s\1ea3n xu\1ea5t tr\00ean \0111\1ecba b\00e0n t\1ec9nh.', U&'D\1ef1 th\1ea3o Quy\1ebft \0111\1ecbnh quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 \1ee9ng d\1ee5ng khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7', 1, NULL, NULL, 8);     
CREATE INDEX "PUBLIC"."IX_CONSULTATION_STATE" ON "PUBLIC"."CONSULTATION"("STATE" NULLS FIRST, "CLOSES_AT" NULLS FIRST);        
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
ALTER TABLE "PUBLIC"."ARTICLE_REVISION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_62" PRIMARY KEY("ID");             
-- 45 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_REVISION;        
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(80, 'congtacvien', U&'<p>T\1ec9nh Cao B\1eb1ng c\00f3 di\1ec7n t\00edch t\1ef1 nhi\00ean kho\1ea3ng 6.700 km\00b2, d\00e2n c\01b0 g\1ed3m c\00e1c d\00e2n t\1ed9c T\00e0y, N\00f9ng, Dao, M\00f4ng, Kinh v\00e0 nhi\1ec1u d\00e2n t\1ed9c kh\00e1c c\00f9ng sinh s\1ed1ng.</p><p>C\00f4ng vi\00ean \0111\1ecba ch\1ea5t to\00e0n c\1ea7u UNESCO Non n\01b0\1edbc Cao B\1eb1ng \0111\01b0\1ee3c c\00f4ng nh\1eadn n\0103m 2018, m\1edf ra h\01b0\1edbng ph\00e1t tri\1ec3n du l\1ecbch b\1ec1n v\1eefng g\1eafn v\1edbi b\1ea3o t\1ed3n di s\1ea3n.</p>', NULL, 1, TIMESTAMP '2026-10-22 22:10:46.785562', U&'Cao B\1eb1ng l\00e0 t\1ec9nh mi\1ec1n n\00fai bi\00ean gi\1edbi ph\00eda \0110\00f4ng B\1eafc, c\00f3 \0111\01b0\1eddng bi\00ean gi\1edbi v\1edbi Trung Qu\1ed1c d\00e0i h\01a1n 333 km, n\1ed5i ti\1ebfng v\1edbi th\00e1c B\1ea3n Gi\1ed1c v\00e0 Khu di t\00edch P\00e1c B\00f3.', U&'Kh\00e1i qu\00e1t v\1ec1 t\1ec9nh Cao B\1eb1ng', 1, 79),
(87, 'bientap', U&'<p>The province covers about 6,700 km\00b2 and is home to the Tay, Nung, Dao, H''Mong, Kinh and other ethnic groups.</p><p>The Non nuoc Cao Bang UNESCO Global Geopark, recognised in 2018, supports sustainable tourism built on heritage conservation.</p>', NULL, 1, TIMESTAMP '2026-10-22 22:10:46.785562', 'Cao Bang is a mountainous border province in the north-east, with over 333 km of border with China, known for Ban Gioc waterfall and the Pac Bo relic site.', 'About Cao Bang Province', 1, 86),
(95, 'congtacvien', U&'<p>Theo c\00e1c quy\1ebft \0111\1ecbnh, S\1edf N\00f4ng nghi\1ec7p v\00e0 M\00f4i tr\01b0\1eddng \0111\01b0\1ee3c th\00e0nh l\1eadp tr\00ean c\01a1 s\1edf h\1ee3p nh\1ea5t hai s\1edf, b\1ea3o \0111\1ea3m tinh g\1ecdn, hi\1ec7u l\1ef1c, hi\1ec7u qu\1ea3.</p><p>C\00e1c c\01a1 quan \0111\01b0\1ee3c y\00eau c\1ea7u c\1eadp nh\1eadt th\00f4ng tin giao d\1ecbch tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh trong th\1eddi h\1ea1n quy \0111\1ecbnh.</p>', NULL, 1, TIMESTAMP '2026-11-19 20:10:47.212323', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh c\00f4ng b\1ed1 c\00e1c quy\1ebft \0111\1ecbnh v\1ec1 ch\1ee9c n\0103ng, nhi\1ec7m v\1ee5 c\1ee7a c\00e1c s\1edf sau khi s\1eafp x\1ebfp, h\1ee3p nh\1ea5t.', U&'S\1eafp x\1ebfp t\1ed5 ch\1ee9c b\1ed9 m\00e1y c\00e1c s\1edf, ng\00e0nh t\1ec9nh Cao B\1eb1ng', 1, 94),
(104, 'congtacvien', U&'<p>S\1edf X\00e2y d\1ef1ng ch\1ee7 tr\00ec b\1ed1 tr\00ed l\1ef1c l\01b0\1ee3ng, ph\01b0\01a1ng ti\1ec7n tr\1ef1c 24/24 gi\1edd t\1ea1i c\00e1c \0111i\1ec3m c\00f3 nguy c\01a1 s\1ea1t l\1edf cao.</p><p>UBND c\00e1c x\00e3 ch\1ee7 \0111\1ed9ng th\00f4ng b\00e1o cho ng\01b0\1eddi d\00e2n kh\00f4ng \0111i qua ng\1ea7m, tr\00e0n khi n\01b0\1edbc d\00e2ng cao.</p>', NULL, 1, TIMESTAMP '2026-11-29 20:10:47.282038', U&'C\00e1c s\1edf, ng\00e0nh v\00e0 UBND c\00e1c x\00e3 \0111\01b0\1ee3c y\00eau c\1ea7u ki\1ec3m tra, kh\1eafc ph\1ee5c ngay c\00e1c \0111i\1ec3m s\1ea1t l\1edf tr\00ean qu\1ed1c l\1ed9 3, qu\1ed1c l\1ed9 4A v\00e0 c\00e1c tuy\1ebfn \0111\01b0\1eddng t\1ec9nh.', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ch\1ec9 \0111\1ea1o b\1ea3o \0111\1ea3m an to\00e0n giao th\00f4ng m\00f9a m\01b0a l\0169', 1, 103),
(111, 'bientap', '<p>The Department of Construction keeps crews and machines on duty around the clock at high-risk points.</p><p>Communes warn residents not to cross spillways when water rises.</p>', NULL, 1, TIMESTAMP '2026-11-29 20:10:47.282038', 'Departments and communes must inspect and immediately repair landslide points on national highways 3 and 4A and provincial roads.', 'Provincial Chairman directs road safety in the flood season', 1, 110),
(119, 'congtacvien', U&'<p>C\00e1c t\1eadp th\1ec3 \0111\01b0\1ee3c khen th\01b0\1edfng c\00f3 nhi\1ec1u \0111\00f3ng g\00f3p trong c\1ea3i c\00e1ch h\00e0nh ch\00ednh, chuy\1ec3n \0111\1ed5i s\1ed1 v\00e0 x\00e2y d\1ef1ng n\00f4ng th\00f4n m\1edbi.</p><p>Danh s\00e1ch chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng k\00e8m quy\1ebft \0111\1ecbnh khen th\01b0\1edfng.</p>', NULL, 1, TIMESTAMP '2026-11-25 21:10:47.351817', U&'UBND t\1ec9nh t\1eb7ng B\1eb1ng khen cho 25 t\1eadp th\1ec3 v\00e0 48 c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch xu\1ea5t s\1eafc trong phong tr\00e0o thi \0111ua y\00eau n\01b0\1edbc.', U&'Khen th\01b0\1edfng t\1eadp th\1ec3, c\00e1 nh\00e2n c\00f3 th\00e0nh t\00edch trong phong tr\00e0o thi \0111ua n\0103m 2026', 1, 118);          
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(128, 'congtacvien', U&'<p>Doanh thu t\1eeb du l\1ecbch \01b0\1edbc \0111\1ea1t tr\00ean 1.300 t\1ef7 \0111\1ed3ng. Nhi\1ec1u homestay c\1ee7a \0111\1ed3ng b\00e0o T\00e0y, N\00f9ng \0111\01b0\1ee3c n\00e2ng c\1ea5p, \0111\1ea1t ti\00eau chu\1ea9n ph\1ee5c v\1ee5 kh\00e1ch qu\1ed1c t\1ebf.</p><p>T\1ec9nh ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh qu\1ea3ng b\00e1, li\00ean k\1ebft tour tuy\1ebfn v\1edbi c\00e1c t\1ec9nh B\1eafc K\1ea1n, L\1ea1ng S\01a1n v\00e0 Qu\1ea3ng T\00e2y (Trung Qu\1ed1c).</p>', NULL, 1, TIMESTAMP '2026-12-01 22:10:47.393051', U&'L\01b0\1ee3ng kh\00e1ch \0111\1ebfn Cao B\1eb1ng t\0103ng 15% so v\1edbi c\00f9ng k\1ef3, ch\1ee7 y\1ebfu t\1eadp trung t\1ea1i khu du l\1ecbch th\00e1c B\1ea3n Gi\1ed1c v\00e0 C\00f4ng vi\00ean \0111\1ecba ch\1ea5t Non n\01b0\1edbc Cao B\1eb1ng.', U&'Cao B\1eb1ng \0111\00f3n h\01a1n 1,2 tri\1ec7u l\01b0\1ee3t kh\00e1ch du l\1ecbch trong 10 th\00e1ng', 1, 127),
(135, 'bientap', '<p>Tourism revenue is estimated at over VND 1,300 billion; many Tay and Nung homestays now meet international standards.</p><p>The province keeps promoting joint tours with Bac Kan, Lang Son and Guangxi (China).</p>', NULL, 1, TIMESTAMP '2026-12-01 22:10:47.393051', 'Visitor numbers rose 15% year on year, mostly at Ban Gioc waterfall and the Non nuoc Cao Bang Geopark.', 'Cao Bang welcomes over 1.2 million visitors in ten months', 1, 134),
(143, 'congtacvien', U&'<p>H\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh \0111\00e3 \0111\01b0\1ee3c c\1ea5p ch\1ec9 d\1eabn \0111\1ecba l\00fd, \0111\01b0\1ee3c ng\01b0\1eddi ti\00eau d\00f9ng trong v\00e0 ngo\00e0i t\1ec9nh \01b0a chu\1ed9ng.</p><p>C\00e1c h\1ee3p t\00e1c x\00e3 li\00ean k\1ebft bao ti\00eau s\1ea3n ph\1ea9m, gi\00fap b\00e0 con y\00ean t\00e2m s\1ea3n xu\1ea5t.</p>', NULL, 1, TIMESTAMP '2026-11-30 21:10:47.441585', U&'Ng\01b0\1eddi d\00e2n c\00e1c x\00e3 v\00f9ng h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh b\01b0\1edbc v\00e0o v\1ee5 thu ho\1ea1ch v\1edbi s\1ea3n l\01b0\1ee3ng \01b0\1edbc \0111\1ea1t h\01a1n 600 t\1ea5n, gi\00e1 b\00e1n t\1eeb 80.000 \0111\1ebfn 120.000 \0111\1ed3ng/kg.', U&'M\00f9a h\1ea1t d\1ebb Tr\00f9ng Kh\00e1nh cho thu nh\1eadp cao', 1, 142),
(152, 'congtacvien', U&'<p>C\00e1c n\1ed9i dung thi \0111\1ea5u g\1ed3m k\00e9o co, \0111\1ea9y g\1eady, n\00e9m c\00f2n, b\1eafn n\1ecf v\00e0 tr\00ecnh di\1ec5n trang ph\1ee5c truy\1ec1n th\1ed1ng.</p><p>L\1ec5 h\1ed9i g\00f3p ph\1ea7n b\1ea3o t\1ed3n, ph\00e1t huy b\1ea3n s\1eafc v\0103n h\00f3a c\00e1c d\00e2n t\1ed9c.</p>', NULL, 1, TIMESTAMP '2026-11-28 19:10:47.482714', U&'L\1ec5 h\1ed9i quy t\1ee5 h\01a1n 1.000 v\1eadn \0111\1ed9ng vi\00ean, ngh\1ec7 nh\00e2n \0111\1ebfn t\1eeb c\00e1c x\00e3, ph\01b0\1eddng trong t\1ec9nh v\1edbi nhi\1ec1u ho\1ea1t \0111\1ed9ng v\0103n h\00f3a \0111\1eb7c s\1eafc.', U&'Khai m\1ea1c L\1ec5 h\1ed9i v\0103n h\00f3a, th\1ec3 thao c\00e1c d\00e2n t\1ed9c t\1ec9nh Cao B\1eb1ng', 1, 151),
(161, 'congtacvien', U&'<p>Ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t \0111\01b0\1ee3c c\1ea5p Gi\1ea5y ch\1ee9ng nh\1eadn theo th\1ee7 t\1ee5c \0111\01a1n gi\1ea3n h\01a1n; b\1ea3ng gi\00e1 \0111\1ea5t \0111\01b0\1ee3c x\00e2y d\1ef1ng h\1eb1ng n\0103m.</p><p>S\1edf T\01b0 ph\00e1p ph\1ed1i h\1ee3p v\1edbi c\00e1c x\00e3 t\1ed5 ch\1ee9c tuy\00ean truy\1ec1n l\01b0u \0111\1ed9ng t\1ea1i c\00e1c th\00f4n, b\1ea3n v\00f9ng cao.</p>', NULL, 1, TIMESTAMP '2026-11-26 22:10:47.507645', U&'Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 m\1edf r\1ed9ng quy\1ec1n c\1ee7a ng\01b0\1eddi s\1eed d\1ee5ng \0111\1ea5t, quy \0111\1ecbnh r\00f5 h\01a1n v\1ec1 b\1ed3i th\01b0\1eddng, h\1ed7 tr\1ee3, t\00e1i \0111\1ecbnh c\01b0.', U&'Nh\1eefng \0111i\1ec3m m\1edbi c\1ee7a Lu\1eadt \0110\1ea5t \0111ai n\0103m 2024 ng\01b0\1eddi d\00e2n c\1ea7n bi\1ebft', 1, 160),
(170, 'congtacvien', U&'<p>C\00e1c bu\1ed5i tuy\00ean truy\1ec1n \0111\01b0\1ee3c th\1ef1c hi\1ec7n b\1eb1ng ti\1ebfng T\00e0y, ti\1ebfng N\00f9ng v\00e0 ti\1ebfng M\00f4ng \0111\1ec3 ng\01b0\1eddi d\00e2n d\1ec5 hi\1ec3u.</p><p>B\1ed9 \0111\1ed9i Bi\00ean ph\00f2ng t\1ec9nh ph\1ed1i h\1ee3p c\00f9ng ch\00ednh quy\1ec1n \0111\1ecba ph\01b0\01a1ng th\1ef1c hi\1ec7n.</p>', NULL, 1, TIMESTAMP '2026-11-22 18:10:47.560238', U&'H\01a1n 2.000 l\01b0\1ee3t ng\01b0\1eddi d\00e2n c\00e1c x\00e3 bi\00ean gi\1edbi \0111\01b0\1ee3c ph\1ed5 bi\1ebfn ki\1ebfn th\1ee9c v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi v\00e0 xu\1ea5t nh\1eadp c\1ea3nh tr\00e1i ph\00e9p.', U&'Tuy\00ean truy\1ec1n ph\00e1p lu\1eadt v\1ec1 ph\00f2ng, ch\1ed1ng mua b\00e1n ng\01b0\1eddi t\1ea1i khu v\1ef1c bi\00ean gi\1edbi', 1, 169);        
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(179, 'congtacvien', U&'<p>Tuy\1ebfn cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh l\00e0 c\00f4ng tr\00ecnh \0111\1ed9ng l\1ef1c, k\1ebft n\1ed1i Cao B\1eb1ng v\1edbi v\00f9ng kinh t\1ebf tr\1ecdng \0111i\1ec3m.</p><p>\0110\1ebfn n\0103m 2030, t\1ec9nh ph\1ea5n \0111\1ea5u t\1ed1c \0111\1ed9 t\0103ng tr\01b0\1edfng b\00ecnh qu\00e2n tr\00ean 7%/n\0103m.</p>', NULL, 1, TIMESTAMP '2026-11-11 22:10:47.59158', U&'Quy ho\1ea1ch x\00e1c \0111\1ecbnh b\1ed1n \0111\1ed9t ph\00e1: h\1ea1 t\1ea7ng giao th\00f4ng, kinh t\1ebf c\1eeda kh\1ea9u, du l\1ecbch g\1eafn v\1edbi c\00f4ng vi\00ean \0111\1ecba ch\1ea5t v\00e0 n\00f4ng nghi\1ec7p h\00e0ng h\00f3a.', U&'Quy ho\1ea1ch t\1ec9nh Cao B\1eb1ng th\1eddi k\1ef3 2021\20132030, t\1ea7m nh\00ecn \0111\1ebfn n\0103m 2050', 1, 178),
(188, 'congtacvien', U&'<p>K\1ebf ho\1ea1ch \01b0u ti\00ean \0111\1ea7u t\01b0 h\1ea1 t\1ea7ng s\1ed1, gi\00e1o d\1ee5c v\00f9ng cao v\00e0 ch\0103m s\00f3c s\1ee9c kh\1ecfe ban \0111\1ea7u.</p><p>C\00e1c s\1edf, ng\00e0nh x\00e2y d\1ef1ng ch\01b0\01a1ng tr\00ecnh h\00e0nh \0111\1ed9ng c\1ee5 th\1ec3 tr\01b0\1edbc ng\00e0y 31 th\00e1ng 12.</p>', NULL, 1, TIMESTAMP '2026-11-16 22:10:47.633934', U&'UBND t\1ec9nh ban h\00e0nh k\1ebf ho\1ea1ch v\1edbi 22 ch\1ec9 ti\00eau ch\1ee7 y\1ebfu, trong \0111\00f3 t\1ef7 l\1ec7 h\1ed9 ngh\00e8o gi\1ea3m tr\00ean 4%.', U&'K\1ebf ho\1ea1ch ph\00e1t tri\1ec3n kinh t\1ebf \2013 x\00e3 h\1ed9i n\0103m 2027', 1, 187),
(197, 'congtacvien', U&'<p>V\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a UBND t\1ec9nh ph\1ea3i \0111\01b0\1ee3c \0111\0103ng tr\00ean C\1ed5ng ch\1eadm nh\1ea5t 02 ng\00e0y l\00e0m vi\1ec7c k\1ec3 t\1eeb ng\00e0y ban h\00e0nh.</p><p>To\00e0n v\0103n quy \0111\1ecbnh \0111\01b0\1ee3c \0111\0103ng t\1ea1i m\1ee5c V\0103n b\1ea3n ph\00e1p lu\1eadt.</p>', NULL, 1, TIMESTAMP '2026-11-27 18:10:47.673101', U&'Quy \0111\1ecbnh n\00eau r\00f5 tr\00e1ch nhi\1ec7m cung c\1ea5p th\00f4ng tin c\1ee7a c\00e1c c\01a1 quan, th\1eddi h\1ea1n c\1eadp nh\1eadt v\00e0 ch\1ebf \0111\1ed9 nhu\1eadn b\00fat.', U&'Ban h\00e0nh Quy \0111\1ecbnh qu\1ea3n l\00fd, v\1eadn h\00e0nh C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 1, 196),
(206, 'congtacvien', U&'<p>B\1ea1n \0111\1ecdc c\00f3 th\1ec3 tra c\1ee9u to\00e0n v\0103n c\00e1c v\0103n b\1ea3n tr\00ean C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.</p><p>C\00f4ng b\00e1o \0111i\1ec7n t\1eed c\00f3 gi\00e1 tr\1ecb nh\01b0 b\1ea3n in.</p>', NULL, 1, TIMESTAMP '2026-11-06 22:10:47.714852', U&'S\1ed1 C\00f4ng b\00e1o m\1edbi \0111\0103ng t\1ea3i 12 v\0103n b\1ea3n quy ph\1ea1m ph\00e1p lu\1eadt c\1ee7a H\0110ND v\00e0 UBND t\1ec9nh.', U&'C\00f4ng b\00e1o t\1ec9nh Cao B\1eb1ng ph\00e1t h\00e0nh s\1ed1 m\1edbi', 1, 205),
(215, 'congtacvien', U&'<p>C\00f4ng t\00e1c gi\1ea3i ph\00f3ng m\1eb7t b\1eb1ng c\01a1 b\1ea3n ho\00e0n th\00e0nh; c\00e1c nh\00e0 th\1ea7u t\0103ng ca, t\1eadn d\1ee5ng th\1eddi ti\1ebft thu\1eadn l\1ee3i.</p><p>Khi ho\00e0n th\00e0nh, th\1eddi gian di chuy\1ec3n t\1eeb Cao B\1eb1ng \0111\1ebfn H\00e0 N\1ed9i r\00fat ng\1eafn c\00f2n kho\1ea3ng 4 gi\1edd.</p>', NULL, 1, TIMESTAMP '2026-11-24 20:10:47.763134', U&'D\1ef1 \00e1n \0111\00e3 ho\00e0n th\00e0nh h\01a1n 60% kh\1ed1i l\01b0\1ee3ng, ph\1ea5n \0111\1ea5u th\00f4ng tuy\1ebfn k\1ef9 thu\1eadt trong n\0103m 2026.', U&'\0110\1ea9y nhanh ti\1ebfn \0111\1ed9 d\1ef1 \00e1n cao t\1ed1c \0110\1ed3ng \0110\0103ng \2013 Tr\00e0 L\0129nh', 1, 214),
(222, 'bientap', '<p>Site clearance is essentially complete and contractors work extra shifts.</p><p>Once open, the drive from Cao Bang to Hanoi will take about four hours.</p>', NULL, 1, TIMESTAMP '2026-11-24 20:10:47.763134', 'Over 60% of the work is done; technical opening is targeted within 2026.', U&'Speeding up the Dong Dang \2013 Tra Linh expressway', 1, 221),
(230, 'congtacvien', U&'<p>H\1ed3 s\01a1 m\1eddi th\1ea7u \0111\01b0\1ee3c ph\00e1t h\00e0nh tr\00ean H\1ec7 th\1ed1ng m\1ea1ng \0111\1ea5u th\1ea7u qu\1ed1c gia.</p><p>Th\1eddi \0111i\1ec3m \0111\00f3ng th\1ea7u: 9 gi\1edd 00 ng\00e0y th\1ee9 hai tu\1ea7n sau.</p>', NULL, 1, TIMESTAMP '2026-11-13 19:10:47.8197', U&'Trung t\00e2m Th\00f4ng tin t\1ec9nh th\00f4ng b\00e1o m\1eddi th\1ea7u r\1ed9ng r\00e3i qua m\1ea1ng g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb m\1ea1ng v\00e0 m\00e1y ch\1ee7.', U&'Th\00f4ng b\00e1o m\1eddi th\1ea7u g\00f3i th\1ea7u cung c\1ea5p thi\1ebft b\1ecb chuy\1ec3n \0111\1ed5i s\1ed1', 1, 229);            
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(239, 'congtacvien', U&'<p>D\1ef1 th\1ea3o quy \0111\1ecbnh m\1ee9c h\1ed7 tr\1ee3 x\00e2y d\1ef1ng, c\1ea3i t\1ea1o homestay v\00e0 \0111\00e0o t\1ea1o ng\01b0\1eddi l\00e0m du l\1ecbch.</p><p>\00dd ki\1ebfn g\00f3p \00fd g\1eedi qua m\1ee5c L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o tr\00ean C\1ed5ng.</p>', NULL, 1, TIMESTAMP '2026-11-28 19:10:47.878038', U&'S\1edf V\0103n h\00f3a, Th\1ec3 thao v\00e0 Du l\1ecbch \0111\1ec1 ngh\1ecb t\1ed5 ch\1ee9c, c\00e1 nh\00e2n g\00f3p \00fd d\1ef1 th\1ea3o trong 30 ng\00e0y.', U&'L\1ea5y \00fd ki\1ebfn d\1ef1 th\1ea3o Ngh\1ecb quy\1ebft v\1ec1 ch\00ednh s\00e1ch h\1ed7 tr\1ee3 ph\00e1t tri\1ec3n du l\1ecbch c\1ed9ng \0111\1ed3ng', 1, 238),
(248, 'congtacvien', U&'<p>Th\1eddi h\1ea1n g\00f3p \00fd \0111\1ebfn h\1ebft ng\00e0y 15 th\00e1ng sau.</p><p>C\01a1 quan ch\1ee7 tr\00ec so\1ea1n th\1ea3o: S\1edf C\00f4ng Th\01b0\01a1ng.</p>', NULL, 1, TIMESTAMP '2026-11-20 21:10:47.916056', U&'D\1ef1 th\1ea3o g\1ed3m 5 ch\01b0\01a1ng, 28 \0111i\1ec1u, quy \0111\1ecbnh ph\00e2n h\1ea1ng, qu\1ea3n l\00fd v\00e0 khai th\00e1c ch\1ee3.', U&'G\00f3p \00fd d\1ef1 th\1ea3o Quy \0111\1ecbnh v\1ec1 qu\1ea3n l\00fd ch\1ee3 tr\00ean \0111\1ecba b\00e0n t\1ec9nh', 1, 247),
(257, 'congtacvien', U&'<p>Th\00f4ng tin chi ti\1ebft \0111\01b0\1ee3c \0111\0103ng t\1ea1i trang L\00e3nh \0111\1ea1o t\1ec9nh.</p><p>T\1ed5 ch\1ee9c, c\00e1 nh\00e2n li\00ean h\1ec7 trong gi\1edd h\00e0nh ch\00ednh.</p>', NULL, 1, TIMESTAMP '2026-11-01 22:10:47.945294', U&'Danh s\00e1ch \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed c\00f4ng v\1ee5 c\1ee7a Ch\1ee7 t\1ecbch v\00e0 c\00e1c Ph\00f3 Ch\1ee7 t\1ecbch UBND t\1ec9nh.', U&'Th\00f4ng tin li\00ean h\1ec7 c\1ee7a l\00e3nh \0111\1ea1o UBND t\1ec9nh', 1, 256),
(266, 'congtacvien', U&'<p>Tr\01b0\1eddng h\1ee3p ng\00e0y ti\1ebfp tr\00f9ng ng\00e0y ngh\1ec9, l\1ec5 th\00ec chuy\1ec3n sang ng\00e0y l\00e0m vi\1ec7c ti\1ebfp theo.</p><p>C\00f4ng d\00e2n mang theo gi\1ea5y t\1edd t\00f9y th\00e2n v\00e0 t\00e0i li\1ec7u li\00ean quan.</p>', NULL, 1, TIMESTAMP '2026-10-17 22:10:47.983219', U&'Ch\1ee7 t\1ecbch UBND t\1ec9nh ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 v\00e0o ng\00e0y 15 h\1eb1ng th\00e1ng t\1ea1i Tr\1ee5 s\1edf Ti\1ebfp c\00f4ng d\00e2n t\1ec9nh.', U&'L\1ecbch ti\1ebfp c\00f4ng d\00e2n \0111\1ecbnh k\1ef3 c\1ee7a l\00e3nh \0111\1ea1o t\1ec9nh', 1, 265),
(275, 'congtacvien', U&'<p>Ban Bi\00ean t\1eadp ti\1ebfp nh\1eadn tin, b\00e0i, \00fd ki\1ebfn ph\1ea3n \00e1nh qua th\01b0 \0111i\1ec7n t\1eed banbientap@caobang.gov.vn.</p><p>Th\00f4ng tin chi ti\1ebft t\1ea1i trang Li\00ean h\1ec7.</p>', NULL, 1, TIMESTAMP '2026-10-02 22:10:48.010912', U&'\0110\1ecba ch\1ec9, \0111i\1ec7n tho\1ea1i, th\01b0 \0111i\1ec7n t\1eed ch\00ednh th\1ee9c c\1ee7a Ban Bi\00ean t\1eadp C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng.', U&'Th\00f4ng tin giao d\1ecbch c\1ee7a C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh', 1, 274),
(284, 'congtacvien', U&'<p>Tin, b\00e0i \0111\01b0\1ee3c \0111\0103ng s\1ebd \0111\01b0\1ee3c chi tr\1ea3 nhu\1eadn b\00fat theo quy \0111\1ecbnh.</p><p>Ban Bi\00ean t\1eadp c\00f3 quy\1ec1n bi\00ean t\1eadp n\1ed9i dung cho ph\00f9 h\1ee3p.</p>', NULL, 1, TIMESTAMP '2026-10-12 22:10:48.033817', U&'Tin, b\00e0i g\1eedi v\1ec1 Ban Bi\00ean t\1eadp c\1ea7n ghi r\00f5 t\00e1c gi\1ea3, ngu\1ed3n tin v\00e0 \1ea3nh minh h\1ecda c\00f3 ch\00fa th\00edch.', U&'H\01b0\1edbng d\1eabn g\1eedi tin, b\00e0i c\1ed9ng t\00e1c v\1edbi C\1ed5ng', 1, 283),
(293, 'congtacvien', U&'<p>T\1ef7 l\1ec7 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn trong th\00e1ng \0111\1ea1t 68%, t\0103ng 12% so v\1edbi th\00e1ng tr\01b0\1edbc.</p><p>Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n t\1ea1i c\00e1c \0111i\1ec3m m\1ed9t c\1eeda.</p>', NULL, 1, TIMESTAMP '2026-11-23 19:10:48.057545', U&'Ng\01b0\1eddi d\00e2n, doanh nghi\1ec7p c\00f3 th\1ec3 n\1ed9p h\1ed3 s\01a1, theo d\00f5i ti\1ebfn \0111\1ed9 v\00e0 nh\1eadn k\1ebft qu\1ea3 tr\1ef1c tuy\1ebfn.', U&'100% th\1ee7 t\1ee5c h\00e0nh ch\00ednh \0111\1ee7 \0111i\1ec1u ki\1ec7n \0111\01b0\1ee3c cung c\1ea5p d\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn to\00e0n tr\00ecnh', 1, 292);        
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(302, 'congtacvien', U&'<p>Th\1eddi h\1ea1n gi\1ea3i quy\1ebft kh\00f4ng qu\00e1 10 ng\00e0y l\00e0m vi\1ec7c.</p><p>L\1ec7 ph\00ed \0111\01b0\1ee3c thanh to\00e1n tr\1ef1c tuy\1ebfn.</p>', NULL, 1, TIMESTAMP '2026-11-17 18:10:48.102652', U&'C\00f4ng d\00e2n c\00f3 th\1ec3 \0111\1ec1 ngh\1ecb c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p qua C\1ed5ng d\1ecbch v\1ee5 c\00f4ng v\1edbi t\00e0i kho\1ea3n \0111\1ecbnh danh \0111i\1ec7n t\1eed m\1ee9c 2.', U&'H\01b0\1edbng d\1eabn c\1ea5p phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p tr\1ef1c tuy\1ebfn', 1, 301),
(311, 'congtacvien', U&'<p>M\1ed7i trang c\00f3 m\1ee5c tin t\1ee9c, th\1ee7 t\1ee5c h\00e0nh ch\00ednh v\00e0 th\00f4ng tin li\00ean h\1ec7 c\1ee7a ch\00ednh quy\1ec1n x\00e3.</p><p>Bi\00ean t\1eadp vi\00ean c\1ea5p x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n s\1eed d\1ee5ng h\1ec7 th\1ed1ng.</p>', NULL, 1, TIMESTAMP '2026-11-21 22:10:48.155488', U&'C\00e1c x\00e3, ph\01b0\1eddng m\1edbi th\00e0nh l\1eadp c\00f3 trang th\00f4ng tin \0111i\1ec7n t\1eed ri\00eang, t\00edch h\1ee3p v\1edbi C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh.', U&'Ra m\1eaft trang th\00f4ng tin \0111i\1ec7n t\1eed c\00e1c x\00e3 sau s\1eafp x\1ebfp', 1, 310),
(320, 'congtacvien', U&'<p>N\1ed9i dung t\1eadp hu\1ea5n g\1ed3m quy \0111\1ecbnh v\1ec1 b\1ea3n quy\1ec1n, tr\00edch d\1eabn ngu\1ed3n v\00e0 b\1ea3o v\1ec7 d\1eef li\1ec7u c\00e1 nh\00e2n.</p><p>H\1ecdc vi\00ean th\1ef1c h\00e0nh tr\00ean h\1ec7 th\1ed1ng c\1ed5ng th\00e0nh ph\1ea7n.</p>', NULL, 1, TIMESTAMP '2026-11-09 20:10:48.192219', U&'H\01a1n 150 c\00e1n b\1ed9 c\00e1c s\1edf, ng\00e0nh, x\00e3 \0111\01b0\1ee3c t\1eadp hu\1ea5n v\1ec1 vi\1ebft tin, ch\1ee5p \1ea3nh v\00e0 quy tr\00ecnh bi\00ean t\1eadp.', U&'T\1eadp hu\1ea5n k\1ef9 n\0103ng bi\00ean t\1eadp tin b\00e0i cho c\1ed5ng th\00e0nh ph\1ea7n', 1, 319),
(329, 'congtacvien', U&'<p>C\00e1c nhi\1ec7m v\1ee5 t\1eadp trung v\00e0o b\1ea3o t\1ed3n gi\1ed1ng c\00e2y \0111\1eb7c s\1ea3n, ch\1ebf bi\1ebfn n\00f4ng s\1ea3n v\00e0 chuy\1ec3n \0111\1ed5i s\1ed1.</p><p>H\1ed3 s\01a1 n\1ed9p tr\01b0\1edbc ng\00e0y 30 th\00e1ng sau.</p>', NULL, 1, TIMESTAMP '2026-11-26 22:10:48.238851', U&'S\1edf Khoa h\1ecdc v\00e0 C\00f4ng ngh\1ec7 th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn t\1ed5 ch\1ee9c, c\00e1 nh\00e2n ch\1ee7 tr\00ec 8 nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7.', U&'Th\00f4ng b\00e1o tuy\1ec3n ch\1ecdn nhi\1ec7m v\1ee5 khoa h\1ecdc v\00e0 c\00f4ng ngh\1ec7 c\1ea5p t\1ec9nh n\0103m 2027', 1, 328),
(338, 'congtacvien', U&'<p>K\1ebft qu\1ea3 m\1edf ra tri\1ec3n v\1ecdng m\1edf r\1ed9ng v\00f9ng tr\1ed3ng l\00ea \0111\1eb7c s\1ea3n.</p><p>H\1ed9i \0111\1ed3ng \0111\00e1nh gi\00e1 \0111\1ec1 t\00e0i \0111\1ea1t lo\1ea1i kh\00e1.</p>', NULL, 1, TIMESTAMP '2026-11-15 21:10:48.272743', U&'\0110\1ec1 t\00e0i \0111\00e3 nh\00e2n gi\1ed1ng th\00e0nh c\00f4ng gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea b\1eb1ng ph\01b0\01a1ng ph\00e1p gh\00e9p, t\1ef7 l\1ec7 s\1ed1ng tr\00ean 85%.', U&'Nghi\1ec7m thu \0111\1ec1 t\00e0i nh\00e2n gi\1ed1ng l\00ea \0110\00f4ng Kh\00ea', 1, 337),
(347, 'congtacvien', U&'<p>S\1ea3n xu\1ea5t n\00f4ng nghi\1ec7p \1ed5n \0111\1ecbnh; di\1ec7n t\00edch l\00faa m\00f9a \0111\1ea1t 98% k\1ebf ho\1ea1ch.</p><p>Ch\1ec9 s\1ed1 gi\00e1 ti\00eau d\00f9ng t\0103ng 3,1% so v\1edbi c\00f9ng k\1ef3.</p>', NULL, 1, TIMESTAMP '2026-11-25 21:10:48.313681', U&'T\1ed5ng s\1ea3n ph\1ea9m tr\00ean \0111\1ecba b\00e0n t\0103ng 6,8%; thu ng\00e2n s\00e1ch \0111\1ea1t 85% d\1ef1 to\00e1n; kim ng\1ea1ch xu\1ea5t nh\1eadp kh\1ea9u \0111\1ea1t 750 tri\1ec7u USD.', U&'T\00ecnh h\00ecnh kinh t\1ebf \2013 x\00e3 h\1ed9i 10 th\00e1ng n\0103m 2026', 1, 346),
(356, 'congtacvien', U&'<p>Ni\00ean gi\00e1m \0111\01b0\1ee3c ph\00e1t h\00e0nh d\01b0\1edbi d\1ea1ng s\00e1ch in v\00e0 b\1ea3n \0111i\1ec7n t\1eed.</p><p>S\1ed1 li\1ec7u ph\1ee5c v\1ee5 c\00f4ng t\00e1c qu\1ea3n l\00fd v\00e0 nghi\00ean c\1ee9u.</p>', NULL, 1, TIMESTAMP '2026-10-27 22:10:48.351643', U&'C\1ee5c Th\1ed1ng k\00ea ph\00e1t h\00e0nh Ni\00ean gi\00e1m v\1edbi s\1ed1 li\1ec7u v\1ec1 d\00e2n s\1ed1, lao \0111\1ed9ng, kinh t\1ebf v\00e0 x\00e3 h\1ed9i.', U&'Ni\00ean gi\00e1m th\1ed1ng k\00ea t\1ec9nh Cao B\1eb1ng n\0103m 2025', 1, 355);  
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(365, 'bientap-sotp', U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', NULL, 1, TIMESTAMP '2026-11-29 20:10:48.392749', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', 1, 364),
(371, 'bientap-sotp', U&'<p>C\00e1c lu\1eadt s\01b0, tr\1ee3 gi\00fap vi\00ean ph\00e1p l\00fd gi\1ea3i \0111\00e1p v\01b0\1edbng m\1eafc v\1ec1 \0111\1ea5t \0111ai, h\00f4n nh\00e2n v\00e0 gia \0111\00ecnh.</p><p>S\1edf T\01b0 ph\00e1p trao t\1eb7ng t\1ee7 s\00e1ch ph\00e1p lu\1eadt cho th\00f4n B\1ea3n Gi\1ed1c.</p>', NULL, 1, TIMESTAMP '2026-11-29 22:10:48.392749', U&'H\01a1n 300 ng\01b0\1eddi d\00e2n tham gia c\00e1c ho\1ea1t \0111\1ed9ng h\01b0\1edfng \1ee9ng Ng\00e0y Ph\00e1p lu\1eadt, \0111\01b0\1ee3c t\01b0 v\1ea5n ph\00e1p lu\1eadt mi\1ec5n ph\00ed.', U&'S\1edf T\01b0 ph\00e1p t\1ed5 ch\1ee9c Ng\00e0y Ph\00e1p lu\1eadt Vi\1ec7t Nam t\1ea1i x\00e3 \0110\00e0m Th\1ee7y', 1, 370),
(381, 'bientap-sotp', U&'<p>Th\1eddi gian gi\1ea3i quy\1ebft r\00fat ng\1eafn c\00f2n 5 ng\00e0y l\00e0m vi\1ec7c.</p><p>C\00e1n b\1ed9 t\01b0 ph\00e1p \2013 h\1ed9 t\1ecbch c\1ea5p x\00e3 h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n k\00ea khai.</p>', NULL, 1, TIMESTAMP '2026-11-22 18:10:48.440016', U&'Ng\01b0\1eddi d\00e2n ch\1ec9 c\1ea7n n\1ed9p m\1ed9t b\1ed9 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn \0111\1ec3 \0111\01b0\1ee3c gi\1ea3i quy\1ebft ba th\1ee7 t\1ee5c.', U&'Th\1ef1c hi\1ec7n li\00ean th\00f4ng th\1ee7 t\1ee5c \0111\0103ng k\00fd khai sinh, th\01b0\1eddng tr\00fa, c\1ea5p th\1ebb b\1ea3o hi\1ec3m y t\1ebf', 1, 380),
(389, 'bientap-sotp', U&'<p>C\00f4ng t\00e1c th\1ea9m \0111\1ecbnh v\0103n b\1ea3n b\1ea3o \0111\1ea3m \0111\00fang th\1eddi h\1ea1n.</p><p>S\1edf ti\1ebfp t\1ee5c \0111\1ea9y m\1ea1nh chuy\1ec3n \0111\1ed5i s\1ed1 trong l\0129nh v\1ef1c h\1ed9 t\1ecbch.</p>', NULL, 1, TIMESTAMP '2026-11-27 18:10:48.484579', U&'H\1ed9i ngh\1ecb giao ban \0111\00e1nh gi\00e1 k\1ebft qu\1ea3 10 th\00e1ng v\00e0 tri\1ec3n khai nhi\1ec7m v\1ee5 tr\1ecdng t\00e2m \0111\1ebfn cu\1ed1i n\0103m.', U&'S\1edf T\01b0 ph\00e1p tri\1ec3n khai nhi\1ec7m v\1ee5 c\00f4ng t\00e1c cu\1ed1i n\0103m', 1, 388),
(397, 'bientap-xadt', U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', NULL, 1, TIMESTAMP '2026-11-30 21:10:48.529207', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', 1, 396),
(403, 'bientap-xadt', U&'<p>Du kh\00e1ch th\00edch th\00fa v\1edbi ngh\1ec1 r\00e8n, d\1ec7t th\1ed5 c\1ea9m v\00e0 \1ea9m th\1ef1c \0111\1ecba ph\01b0\01a1ng.</p><p>X\00e3 khuy\1ebfn kh\00edch ng\01b0\1eddi d\00e2n gi\1eef g\00ecn c\1ea3nh quan, v\1ec7 sinh m\00f4i tr\01b0\1eddng.</p>', NULL, 1, TIMESTAMP '2026-11-30 23:10:48.529207', U&'\0110o\00e0n g\1ed3m 40 du kh\00e1ch ch\00e2u \00c2u tr\1ea3i nghi\1ec7m homestay v\00e0 v\0103n h\00f3a T\00e0y t\1ea1i l\00e0ng \0111\00e1 Khu\1ed5i Ky.', U&'X\00e3 \0110\00e0m Th\1ee7y \0111\00f3n \0111o\00e0n kh\00e1ch qu\1ed1c t\1ebf \0111\1ebfn th\00e1c B\1ea3n Gi\1ed1c', 1, 402),
(409, 'bientap-xadt', U&'<p>Trong th\00e1ng, x\00e3 ti\1ebfp nh\1eadn 126 h\1ed3 s\01a1, trong \0111\00f3 80 h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn.</p><p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c h\1ed7 tr\1ee3 mi\1ec5n ph\00ed.</p>', NULL, 1, TIMESTAMP '2026-11-24 20:10:48.594268', U&'C\00e1n b\1ed9 m\1ed9t c\1eeda h\01b0\1edbng d\1eabn ng\01b0\1eddi d\00e2n t\1ea1o t\00e0i kho\1ea3n v\00e0 n\1ed9p h\1ed3 s\01a1 tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng.', U&'B\1ed9 ph\1eadn m\1ed9t c\1eeda x\00e3 \0110\00e0m Th\1ee7y h\1ed7 tr\1ee3 ng\01b0\1eddi d\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn', 1, 408);   
INSERT INTO "PUBLIC"."ARTICLE_REVISION" VALUES
(417, 'bientap-xadt', U&'<p>C\00e1c th\00f4n \0111\01b0\1ee3c h\01b0\1edbng d\1eabn v\1ec7 sinh chu\1ed3ng tr\1ea1i, ti\00eau \0111\1ed9c kh\1eed tr\00f9ng.</p><p>Ng\01b0\1eddi d\00e2n b\00e1o ngay khi ph\00e1t hi\1ec7n gia s\00fac c\00f3 bi\1ec3u hi\1ec7n b\1ec7nh.</p>', NULL, 1, TIMESTAMP '2026-11-28 19:10:48.640034', U&'X\00e3 t\1ed5 ch\1ee9c ti\00eam ph\00f2ng v\1eafc-xin l\1edf m\1ed3m long m\00f3ng cho h\01a1n 2.000 con tr\00e2u, b\00f2.', U&'UBND x\00e3 \0110\00e0m Th\1ee7y tri\1ec3n khai ph\00f2ng, ch\1ed1ng d\1ecbch b\1ec7nh tr\00ean \0111\00e0n gia s\00fac', 1, 416),
(423, 'congtacvien', U&'<p>T\1ec9nh cam k\1ebft t\1ea1o \0111i\1ec1u ki\1ec7n thu\1eadn l\1ee3i nh\1ea5t cho nh\00e0 \0111\1ea7u t\01b0.</p><p>Nhi\1ec1u bi\00ean b\1ea3n ghi nh\1edb h\1ee3p t\00e1c \0111\01b0\1ee3c k\00fd k\1ebft.</p>', NULL, 1, TIMESTAMP '2026-12-01 20:10:48.686449', U&'H\01a1n 100 doanh nghi\1ec7p trong v\00e0 ngo\00e0i n\01b0\1edbc d\1ef1 h\1ed9i ngh\1ecb, t\00ecm hi\1ec3u c\01a1 h\1ed9i \0111\1ea7u t\01b0 logistics v\00e0 ch\1ebf bi\1ebfn n\00f4ng s\1ea3n.', U&'H\1ed9i ngh\1ecb x\00fac ti\1ebfn \0111\1ea7u t\01b0 v\00e0o Khu kinh t\1ebf c\1eeda kh\1ea9u Tr\00e0 L\0129nh', 1, 422),
(426, 'congtacvien', U&'<p>Ng\01b0\1eddi d\00e2n \0111\01b0\1ee3c khuy\1ebfn c\00e1o kh\00f4ng t\1ef1 \00fd x\1eed l\00fd v\1eadt li\1ec7u n\1ed5.</p><p>C\00f4ng tr\01b0\1eddng \0111\00e3 tr\1edf l\1ea1i thi c\00f4ng b\00ecnh th\01b0\1eddng.</p>', NULL, 1, TIMESTAMP '2026-12-01 20:10:48.764792', U&'L\1ef1c l\01b0\1ee3ng c\00f4ng binh \0111\00e3 di d\1eddi an to\00e0n qu\1ea3 bom n\1eb7ng kho\1ea3ng 100 kg ph\00e1t hi\1ec7n khi thi c\00f4ng \0111\01b0\1eddng.', U&'Ph\00e1t hi\1ec7n qu\1ea3 bom c\00f2n s\00f3t l\1ea1i sau chi\1ebfn tranh t\1ea1i c\00f4ng tr\01b0\1eddng', 1, 425),
(430, 'congtacvien', U&'<p>Ng\01b0\1eddi tham gia \0111\01b0\1ee3c Nh\00e0 n\01b0\1edbc h\1ed7 tr\1ee3 m\1ed9t ph\1ea7n ti\1ec1n \0111\00f3ng.</p><p>C\00f3 th\1ec3 \0111\00f3ng theo th\00e1ng, qu\00fd ho\1eb7c n\0103m.</p>', NULL, 1, TIMESTAMP '2026-12-01 20:10:48.778214', U&'Nh\1eefng \0111i\1ec1u ng\01b0\1eddi lao \0111\1ed9ng t\1ef1 do c\1ea7n bi\1ebft khi tham gia b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n.', U&'H\1ecfi \0111\00e1p ph\00e1p lu\1eadt v\1ec1 b\1ea3o hi\1ec3m x\00e3 h\1ed9i t\1ef1 nguy\1ec7n', 1, 429),
(436, 'congtacvien', U&'<p>\0110ang ho\00e0n thi\1ec7n s\1ed1 li\1ec7u.</p><p>C\1ea7n b\1ed5 sung \1ea3nh minh h\1ecda.</p>', NULL, 1, TIMESTAMP '2026-12-01 20:10:48.788546', U&'B\1ea3n nh\00e1p c\1ee7a c\1ed9ng t\00e1c vi\00ean v\1ec1 vi\1ec7c d\00f9ng \1ea3nh v\1ec7 tinh theo d\00f5i bi\1ebfn \0111\1ed9ng r\1eebng.', U&'\1ee8ng d\1ee5ng c\00f4ng ngh\1ec7 s\1ed1 trong qu\1ea3n l\00fd r\1eebng', 1, 435);  
CREATE CACHED TABLE "PUBLIC"."SITE_MENU_CATEGORY"(
    "SETTINGS_ID" BIGINT,
    "CATEGORY_CODE" CHARACTER VARYING(80),
    "ORDINAL" INTEGER
);               
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.SITE_MENU_CATEGORY;       
CREATE CACHED TABLE "PUBLIC"."USER_ACCOUNT_PLACE"(
    "DIGEST" CHARACTER VARYING(64) NOT NULL,
    "LASTLOGINAT" TIMESTAMP NOT NULL,
    "ACCOUNT_ID" BIGINT
);               
-- 0 +/- SELECT COUNT(*) FROM PUBLIC.USER_ACCOUNT_PLACE;       
CREATE CACHED TABLE "PUBLIC"."ESERVICE_COMPONENT"(
    "COPIES" INTEGER NOT NULL,
    "NAME" CHARACTER VARYING(500) NOT NULL,
    "ORIGINALS" INTEGER NOT NULL,
    "REQUIRED" BOOLEAN NOT NULL,
    "PROCEDURE_ID" BIGINT,
    "SORT_INDEX" INTEGER
);        
-- 48 +/- SELECT COUNT(*) FROM PUBLIC.ESERVICE_COMPONENT;      
INSERT INTO "PUBLIC"."ESERVICE_COMPONENT" VALUES
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 490, 0),
(0, U&'Gi\1ea5y ch\1ee9ng sinh', 1, TRUE, 490, 1),
(0, U&'V\0103n b\1ea3n \1ee7y quy\1ec1n', 1, FALSE, 490, 2),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 491, 0),
(0, U&'Gi\1ea5y x\00e1c nh\1eadn t\00ecnh tr\1ea1ng h\00f4n nh\00e2n', 1, FALSE, 491, 1),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 492, 0),
(0, U&'Gi\1ea5y b\00e1o t\1eed ho\1eb7c gi\1ea5y t\1edd thay th\1ebf', 1, TRUE, 492, 1),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 493, 0),
(0, U&'B\1ea3n ch\00ednh gi\1ea5y t\1edd c\1ea7n ch\1ee9ng th\1ef1c', 1, TRUE, 494, 0),
(1, U&'B\1ea3n sao c\1ea7n ch\1ee9ng th\1ef1c', 0, TRUE, 494, 1),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 495, 0),
(1, U&'B\1ea3n ch\1ee5p c\0103n c\01b0\1edbc c\00f4ng d\00e2n', 0, TRUE, 495, 1),
(1, U&'Gi\1ea5y t\1edd ch\1ee9ng minh n\01a1i c\01b0 tr\00fa', 0, FALSE, 495, 2),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 496, 0),
(0, U&'Gi\1ea5y ch\1ee9ng nh\1eadn s\1ee9c kh\1ecfe', 1, TRUE, 496, 1),
(0, U&'Phi\1ebfu l\00fd l\1ecbch t\01b0 ph\00e1p', 1, TRUE, 496, 2),
(0, U&'\1ea2nh m\00e0u 4x6', 2, TRUE, 496, 3),
(0, U&'Gi\1ea5y \0111\1ec1 ngh\1ecb \0111\0103ng k\00fd h\1ed9 kinh doanh', 1, TRUE, 497, 0),
(0, U&'Bi\00ean b\1ea3n h\1ecdp th\00e0nh vi\00ean h\1ed9 gia \0111\00ecnh', 1, FALSE, 497, 1),
(0, U&'Gi\1ea5y \0111\1ec1 ngh\1ecb \0111\0103ng k\00fd doanh nghi\1ec7p', 1, TRUE, 498, 0),
(1, U&'B\1ea3n sao gi\1ea5y t\1edd ph\00e1p l\00fd c\1ee7a ch\1ee7 doanh nghi\1ec7p', 0, TRUE, 498, 1),
(0, U&'\0110\01a1n \0111\1ec1 ngh\1ecb c\1ea5p gi\1ea5y ph\00e9p x\00e2y d\1ef1ng', 1, TRUE, 499, 0),
(1, U&'Gi\1ea5y t\1edd v\1ec1 quy\1ec1n s\1eed d\1ee5ng \0111\1ea5t', 0, TRUE, 499, 1),
(0, U&'B\1ea3n v\1ebd thi\1ebft k\1ebf x\00e2y d\1ef1ng', 2, TRUE, 499, 2),
(0, U&'\0110\01a1n \0111\0103ng k\00fd \0111\1ea5t \0111ai, t\00e0i s\1ea3n g\1eafn li\1ec1n v\1edbi \0111\1ea5t', 1, TRUE, 500, 0),
(1, U&'Gi\1ea5y t\1edd v\1ec1 quy\1ec1n s\1eed d\1ee5ng \0111\1ea5t', 0, TRUE, 500, 1),
(0, U&'S\01a1 \0111\1ed3 nh\00e0 \1edf, c\00f4ng tr\00ecnh', 1, FALSE, 500, 2),
(0, U&'V\0103n b\1ea3n \0111\1ec1 ngh\1ecb c\1ea5p gi\1ea5y ph\00e9p m\00f4i tr\01b0\1eddng', 1, TRUE, 501, 0),
(0, U&'B\00e1o c\00e1o \0111\1ec1 xu\1ea5t c\1ea5p gi\1ea5y ph\00e9p m\00f4i tr\01b0\1eddng', 2, TRUE, 501, 1),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 502, 0),
(1, U&'B\1ea3n sao v\0103n b\1eb1ng chuy\00ean m\00f4n', 0, TRUE, 502, 1),
(0, U&'Gi\1ea5y ch\1ee9ng nh\1eadn \0111\1ee7 s\1ee9c kh\1ecfe h\00e0nh ngh\1ec1', 1, TRUE, 502, 2),
(0, U&'\1ea2nh m\00e0u 4x6', 2, TRUE, 502, 3),
(0, U&'\0110\01a1n \0111\1ec1 ngh\1ecb c\1ea5p gi\1ea5y ch\1ee9ng nh\1eadn', 1, TRUE, 503, 0),
(0, U&'T\00e0i li\1ec7u k\1ef9 thu\1eadt v\1ec1 \0111\1ecba \0111i\1ec3m, kho b\1ea3o qu\1ea3n', 1, TRUE, 503, 1),
(0, U&'Danh s\00e1ch h\1ecdc sinh \0111\1ec1 ngh\1ecb c\00f4ng nh\1eadn t\1ed1t nghi\1ec7p', 1, TRUE, 504, 0),
(0, U&'\0110\01a1n xin chuy\1ec3n tr\01b0\1eddng', 1, TRUE, 505, 0),
(0, U&'H\1ecdc b\1ea1', 1, TRUE, 505, 1),
(0, U&'Gi\1ea5y gi\1edbi thi\1ec7u chuy\1ec3n tr\01b0\1eddng', 1, FALSE, 505, 2),
(0, U&'V\0103n b\1ea3n \0111\0103ng k\00fd t\1ed5 ch\1ee9c l\1ec5 h\1ed9i', 1, TRUE, 506, 0),
(0, U&'Ch\01b0\01a1ng tr\00ecnh, k\1ecbch b\1ea3n l\1ec5 h\1ed9i', 1, TRUE, 506, 1),
(0, U&'\0110\01a1n \0111\1ec1 ngh\1ecb c\00f4ng nh\1eadn h\1ea1ng', 1, TRUE, 507, 0),
(0, U&'B\1ea3n t\1ef1 \0111\00e1nh gi\00e1 ch\1ea5t l\01b0\1ee3ng c\01a1 s\1edf l\01b0u tr\00fa', 1, TRUE, 507, 1),
(0, U&'\0110\01a1n \0111\0103ng k\00fd ho\1ea1t \0111\1ed9ng', 1, TRUE, 508, 0),
(1, U&'\0110i\1ec1u l\1ec7 t\1ed5 ch\1ee9c', 0, TRUE, 508, 1),
(0, U&'T\1edd khai theo m\1eabu', 1, TRUE, 509, 0),
(0, U&'T\1edd khai thay \0111\1ed5i th\00f4ng tin c\01b0 tr\00fa', 1, TRUE, 510, 0),
(1, U&'Gi\1ea5y t\1edd ch\1ee9ng minh ch\1ed7 \1edf h\1ee3p ph\00e1p', 0, TRUE, 510, 1);            
CREATE CACHED TABLE "PUBLIC"."ESERVICE_PROCEDURE_STEP"(
    "PROCEDURE_ID" BIGINT,
    "STEP_TEXT" CHARACTER VARYING(2000),
    "SORT_INDEX" INTEGER
);        
-- 75 +/- SELECT COUNT(*) FROM PUBLIC.ESERVICE_PROCEDURE_STEP; 
INSERT INTO "PUBLIC"."ESERVICE_PROCEDURE_STEP" VALUES
(490, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(490, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(490, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(491, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(491, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(491, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(492, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(492, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(492, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(493, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(493, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(493, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(494, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(494, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(494, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(495, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(495, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(495, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(495, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(496, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(496, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(496, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(496, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(497, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(497, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(497, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(498, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(498, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(498, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(498, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(499, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(499, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1);               
INSERT INTO "PUBLIC"."ESERVICE_PROCEDURE_STEP" VALUES
(499, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(500, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(500, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(500, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(500, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(501, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(501, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(501, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(501, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(502, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(502, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(502, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(502, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(503, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(503, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(503, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(503, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(504, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(504, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(504, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(504, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(505, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(505, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(505, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(505, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(506, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(506, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1);          
INSERT INTO "PUBLIC"."ESERVICE_PROCEDURE_STEP" VALUES
(506, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(506, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(507, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(507, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(507, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(507, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(508, U&'T\1ed5 ch\1ee9c, c\00e1 nh\00e2n n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn tr\00ean C\1ed5ng d\1ecbch v\1ee5 c\00f4ng ho\1eb7c t\1ea1i Trung t\00e2m Ph\1ee5c v\1ee5 h\00e0nh ch\00ednh c\00f4ng t\1ec9nh', 0),
(508, U&'C\00e1n b\1ed9 ti\1ebfp nh\1eadn ki\1ec3m tra t\00ednh \0111\1ea7y \0111\1ee7 c\1ee7a h\1ed3 s\01a1, c\1ea5p gi\1ea5y ti\1ebfp nh\1eadn v\00e0 h\1eb9n tr\1ea3 k\1ebft qu\1ea3', 1),
(508, U&'C\01a1 quan chuy\00ean m\00f4n th\1ea9m \0111\1ecbnh h\1ed3 s\01a1 v\00e0 tr\00ecnh l\00e3nh \0111\1ea1o k\00fd duy\1ec7t', 2),
(508, U&'Tr\1ea3 k\1ebft qu\1ea3 cho ng\01b0\1eddi n\1ed9p', 3),
(509, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(509, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(509, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2),
(510, U&'Ng\01b0\1eddi y\00eau c\1ea7u n\1ed9p h\1ed3 s\01a1 tr\1ef1c tuy\1ebfn ho\1eb7c t\1ea1i B\1ed9 ph\1eadn m\1ed9t c\1eeda UBND c\1ea5p x\00e3', 0),
(510, U&'C\00f4ng ch\1ee9c t\01b0 ph\00e1p - h\1ed9 t\1ecbch ki\1ec3m tra h\1ed3 s\01a1', 1),
(510, U&'Ch\1ee7 t\1ecbch UBND c\1ea5p x\00e3 k\00fd v\00e0 tr\1ea3 k\1ebft qu\1ea3', 2);          
CREATE CACHED TABLE "PUBLIC"."ARTICLE_AUTHOR"(
    "AUTHOR_ACCOUNT" CHARACTER VARYING(64),
    "AUTHOR_NAME" CHARACTER VARYING(200) NOT NULL,
    "SHARE_PERCENT" INTEGER NOT NULL,
    "ARTICLE_ID" BIGINT,
    "ORDINAL" INTEGER
);          
-- 41 +/- SELECT COUNT(*) FROM PUBLIC.ARTICLE_AUTHOR;          
INSERT INTO "PUBLIC"."ARTICLE_AUTHOR" VALUES
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 79, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 94, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 103, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 118, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 127, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 142, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 151, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 160, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 169, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 178, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 187, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 196, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 205, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 214, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 229, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 238, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 247, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 256, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 265, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 274, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 283, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 292, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 301, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 310, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 319, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 328, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 337, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 346, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 355, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 364, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 370, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 380, 0),
('bientap-sotp', U&'\0110\00e0m Th\1ecb Mai', 100, 388, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 396, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 402, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 408, 0),
('bientap-xadt', U&'Tri\1ec7u V\0103n C\01b0\1eddng', 100, 416, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 422, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 425, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 429, 0),
('congtacvien', U&'L\01b0\01a1ng V\0103n T\00e2m', 100, 435, 0);    
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
(NULL, U&'Lu\1eadt H\1ed9 t\1ecbch', DATE '2014-11-20', U&'Qu\1ed1c h\1ed9i', '60/2014/QH13', 527, 0),
(NULL, U&'Quy \0111\1ecbnh chi ti\1ebft m\1ed9t s\1ed1 \0111i\1ec1u v\00e0 bi\1ec7n ph\00e1p thi h\00e0nh Lu\1eadt H\1ed9 t\1ecbch', DATE '2015-11-15', U&'Ch\00ednh ph\1ee7', U&'123/2015/N\0110-CP', 527, 1),
(NULL, U&'V\1ec1 c\1ea5p b\1ea3n sao t\1eeb s\1ed5 g\1ed1c, ch\1ee9ng th\1ef1c b\1ea3n sao t\1eeb b\1ea3n ch\00ednh, ch\1ee9ng th\1ef1c ch\1eef k\00fd v\00e0 ch\1ee9ng th\1ef1c h\1ee3p \0111\1ed3ng, giao d\1ecbch', DATE '2015-02-16', U&'Ch\00ednh ph\1ee7', U&'23/2015/N\0110-CP', 533, 0),
(NULL, U&'Lu\1eadt L\00fd l\1ecbch t\01b0 ph\00e1p', DATE '2009-06-17', U&'Qu\1ed1c h\1ed9i', '28/2009/QH12', 539, 0),
(NULL, U&'Ph\00ea duy\1ec7t \0110\1ec1 \00e1n H\1ed7 tr\1ee3 h\1ec7 sinh th\00e1i kh\1edfi nghi\1ec7p \0111\1ed5i m\1edbi s\00e1ng t\1ea1o qu\1ed1c gia \0111\1ebfn n\0103m 2025', DATE '2016-05-18', U&'Th\1ee7 t\01b0\1edbng Ch\00ednh ph\1ee7', U&'844/Q\0110-TTg', 545, 0),
(482, U&'Ban h\00e0nh Quy ch\1ebf qu\1ea3n l\00fd, ho\1ea1t \0111\1ed9ng v\00e0 cung c\1ea5p th\00f4ng tin tr\00ean C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed t\1ec9nh Cao B\1eb1ng', DATE '2014-01-22', U&'\1ee6y ban nh\00e2n d\00e2n t\1ec9nh Cao B\1eb1ng', U&'01/2014/Q\0110-UBND', 551, 0),
(NULL, U&'Lu\1eadt B\1ea3o hi\1ec3m y t\1ebf', DATE '2008-11-14', U&'Qu\1ed1c h\1ed9i', '25/2008/QH12', 558, 0),
(NULL, U&'Quy \0111\1ecbnh chi ti\1ebft v\00e0 h\01b0\1edbng d\1eabn bi\1ec7n ph\00e1p thi h\00e0nh m\1ed9t s\1ed1 \0111i\1ec1u c\1ee7a Lu\1eadt B\1ea3o hi\1ec3m y t\1ebf', DATE '2018-10-17', U&'Ch\00ednh ph\1ee7', U&'146/2018/N\0110-CP', 558, 1);           
CREATE CACHED TABLE "PUBLIC"."SITE_LINK"(
    "URL" CHARACTER VARYING(300) NOT NULL,
    "LABEL_EN" CHARACTER VARYING(300),
    "LABEL_VI" CHARACTER VARYING(300) NOT NULL,
    "SITE_ID" BIGINT,
    "ORDINAL" INTEGER
);     
-- 2 +/- SELECT COUNT(*) FROM PUBLIC.SITE_LINK;
INSERT INTO "PUBLIC"."SITE_LINK" VALUES
('https://dichvucong.gov.vn', 'National Public Service Portal', U&'C\1ed5ng D\1ecbch v\1ee5 c\00f4ng qu\1ed1c gia', 25, 0),
('https://chinhphu.vn', 'Government Portal', U&'C\1ed5ng Th\00f4ng tin \0111i\1ec7n t\1eed Ch\00ednh ph\1ee7', 25, 1);     
CREATE CACHED TABLE "PUBLIC"."LEGAL_DOCUMENT_FIELD"(
    "DOCUMENT_ID" BIGINT,
    "FIELD_NAME" CHARACTER VARYING(200)
);      
-- 14 +/- SELECT COUNT(*) FROM PUBLIC.LEGAL_DOCUMENT_FIELD;    
INSERT INTO "PUBLIC"."LEGAL_DOCUMENT_FIELD" VALUES
(475, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(476, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(476, 'Internet'),
(477, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(477, U&'D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn'),
(478, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(478, U&'D\1ecbch v\1ee5 c\00f4ng tr\1ef1c tuy\1ebfn'),
(479, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(480, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(480, 'Internet'),
(481, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(481, U&'Th\00f4ng tin c\00e1 nh\00e2n'),
(482, U&'C\00f4ng ngh\1ec7 th\00f4ng tin'),
(482, U&'C\1ed5ng th\00f4ng tin \0111i\1ec7n t\1eed');      
CREATE CACHED TABLE "PUBLIC"."SEQUENCE"(
    "SEQ_NAME" CHARACTER VARYING(50) NOT NULL,
    "SEQ_COUNT" NUMERIC(38)
);         
ALTER TABLE "PUBLIC"."SEQUENCE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7F" PRIMARY KEY("SEQ_NAME");               
-- 1 +/- SELECT COUNT(*) FROM PUBLIC.SEQUENCE; 
INSERT INTO "PUBLIC"."SEQUENCE" VALUES
('SEQ_GEN', 700);       
ALTER TABLE "PUBLIC"."CALENDAR_OVERRIDE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_8B" UNIQUE("DAY_DATE");           
ALTER TABLE "PUBLIC"."SITE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_2" UNIQUE("SLUG");             
ALTER TABLE "PUBLIC"."SEALING_KEY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_3" UNIQUE("FINGERPRINT");               
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT_TYPE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_4" UNIQUE("CODE");              
ALTER TABLE "PUBLIC"."GAZETTE_ISSUE" ADD CONSTRAINT "PUBLIC"."UQ_GAZETTE_ISSUE" UNIQUE("ISSUE_YEAR", "ISSUENUMBER");           
ALTER TABLE "PUBLIC"."MEDIA_FILE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9" UNIQUE("TOKEN");      
ALTER TABLE "PUBLIC"."LEADER" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_85" UNIQUE("SLUG");          
ALTER TABLE "PUBLIC"."SITE_SETTINGS" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_C" UNIQUE("SITE_ID"); 
ALTER TABLE "PUBLIC"."ORG_UNIT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_7E" UNIQUE("CODE");        
ALTER TABLE "PUBLIC"."DEADLINE_ALERT" ADD CONSTRAINT "PUBLIC"."UQ_DEADLINE_ALERT" UNIQUE("OBLIGATION_ID", "LEVEL", "DUEDATE"); 
ALTER TABLE "PUBLIC"."USER_ACCOUNT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_9B" UNIQUE("USERNAME");
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_11" UNIQUE("TRACKINGCODE");             
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."UQ_OBLIGATION_SUBJECT" UNIQUE("KIND", "SUBJECTID", "RULE_ID");      
ALTER TABLE "PUBLIC"."ROYALTY_RATE" ADD CONSTRAINT "PUBLIC"."UNQ_ROYALTY_RATE_0" UNIQUE("SITE_ID", "KIND");    
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."UNQ_EDITORIAL_DELEGATION_0" UNIQUE("ACCOUNT_ID", "SITE_ID", "CATEGORY_ID");               
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."UQ_LEGAL_NUMBER" UNIQUE("NUMBERKEY", "DOCYEAR");
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."UQ_LEGAL_RELATION" UNIQUE("SOURCE_ID", "TARGET_ID", "KIND");    
ALTER TABLE "PUBLIC"."CATEGORY" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_31" UNIQUE("CODE");        
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_34" UNIQUE("ELIPATH");               
ALTER TABLE "PUBLIC"."ESERVICE_PROCEDURE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_CC" UNIQUE("CODE");              
ALTER TABLE "PUBLIC"."CONSULTATION" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_3B" UNIQUE("SLUG");    
ALTER TABLE "PUBLIC"."OUTBOUND_MAIL" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_D4" UNIQUE("DEDUPKEY");               
ALTER TABLE "PUBLIC"."QA_FIELD" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_F2" UNIQUE("CODE");        
ALTER TABLE "PUBLIC"."DEADLINE_RULE" ADD CONSTRAINT "PUBLIC"."CONSTRAINT_5C" UNIQUE("CODE");   
ALTER TABLE "PUBLIC"."ESERVICE_PROCEDURE_STEP" ADD CONSTRAINT "PUBLIC"."FK_ESERVICE_PROCEDURE_STEP_PROCEDURE_ID" FOREIGN KEY("PROCEDURE_ID") REFERENCES "PUBLIC"."ESERVICE_PROCEDURE"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."FK_ROLE_GRANT_ORGUNIT_ID" FOREIGN KEY("ORGUNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_RELATION_TARGET_ID" FOREIGN KEY("TARGET_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."QA_CITATION" ADD CONSTRAINT "PUBLIC"."FK_QA_CITATION_QUESTION_ID" FOREIGN KEY("QUESTION_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_EDITORIAL_DELEGATION_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."FK_QA_QUESTION_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."QA_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_QA_DELEGATION_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."SITE_MENU_CATEGORY" ADD CONSTRAINT "PUBLIC"."FK_SITE_MENU_CATEGORY_SETTINGS_ID" FOREIGN KEY("SETTINGS_ID") REFERENCES "PUBLIC"."SITE_SETTINGS"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."CONSULTATION_COMMENT" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_COMMENT_PART_ID" FOREIGN KEY("PART_ID") REFERENCES "PUBLIC"."CONSULTATION_PART"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_ORIGIN_ID" FOREIGN KEY("ORIGIN_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."ESERVICE_COMPONENT" ADD CONSTRAINT "PUBLIC"."FK_ESERVICE_COMPONENT_PROCEDURE_ID" FOREIGN KEY("PROCEDURE_ID") REFERENCES "PUBLIC"."ESERVICE_PROCEDURE"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."FK_QA_QUESTION_FIELD_ID" FOREIGN KEY("FIELD_ID") REFERENCES "PUBLIC"."QA_FIELD"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."ARTICLE_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_ATTACHMENT_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;    
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_ISSUER_ID" FOREIGN KEY("ISSUER_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."SCHEDULE_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_SCHEDULE_ENTRY_LEADER_ID" FOREIGN KEY("LEADER_ID") REFERENCES "PUBLIC"."LEADER"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_PROVIDERUNIT_ID" FOREIGN KEY("PROVIDERUNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_TYPE_ID" FOREIGN KEY("TYPE_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT_TYPE"("ID") NOCHECK;      
ALTER TABLE "PUBLIC"."CONSULTATION_PART" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_PART_CONSULTATION_ID" FOREIGN KEY("CONSULTATION_ID") REFERENCES "PUBLIC"."CONSULTATION"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."QA_ATTACHMENT" ADD CONSTRAINT "PUBLIC"."FK_QA_ATTACHMENT_QUESTION_ID" FOREIGN KEY("QUESTION_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;        
ALTER TABLE "PUBLIC"."ARTICLE_REVISION" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_REVISION_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;        
ALTER TABLE "PUBLIC"."CONSULTATION" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_LEAD_AGENCY_ID" FOREIGN KEY("LEAD_AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."CONSULTATION_COMMENT" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_COMMENT_CONSULTATION_ID" FOREIGN KEY("CONSULTATION_ID") REFERENCES "PUBLIC"."CONSULTATION"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."ESERVICE_PROCEDURE" ADD CONSTRAINT "PUBLIC"."FK_ESERVICE_PROCEDURE_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."ROYALTY_RATE" ADD CONSTRAINT "PUBLIC"."FK_ROYALTY_RATE_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ROYALTY_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_ROYALTY_ENTRY_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;              
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."FK_QA_EVENT_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."FK_ROLE_GRANT_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."GAZETTE_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_GAZETTE_ENTRY_DOCUMENT_ID" FOREIGN KEY("DOCUMENT_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;     
ALTER TABLE "PUBLIC"."CONSULTATION_EXTENSION" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_EXTENSION_CONSULTATION_ID" FOREIGN KEY("CONSULTATION_ID") REFERENCES "PUBLIC"."CONSULTATION"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."SITE_LINK" ADD CONSTRAINT "PUBLIC"."FK_SITE_LINK_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."DEADLINE_ALERT" ADD CONSTRAINT "PUBLIC"."FK_DEADLINE_ALERT_OBLIGATION_ID" FOREIGN KEY("OBLIGATION_ID") REFERENCES "PUBLIC"."OBLIGATION"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."LEGAL_FILE" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_FILE_DOCUMENT_ID" FOREIGN KEY("DOCUMENT_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."FK_OBLIGATION_UNIT_ID" FOREIGN KEY("UNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ORG_UNIT" ADD CONSTRAINT "PUBLIC"."FK_ORG_UNIT_PARENT_ID" FOREIGN KEY("PARENT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."LEADER" ADD CONSTRAINT "PUBLIC"."FK_LEADER_UNIT_ID" FOREIGN KEY("UNIT_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."OBLIGATION" ADD CONSTRAINT "PUBLIC"."FK_OBLIGATION_RULE_ID" FOREIGN KEY("RULE_ID") REFERENCES "PUBLIC"."DEADLINE_RULE"("ID") NOCHECK;    
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_EDITORIAL_DELEGATION_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_TRANSLATIONOF_ID" FOREIGN KEY("TRANSLATIONOF_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;              
ALTER TABLE "PUBLIC"."EDITORIAL_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_EDITORIAL_DELEGATION_CATEGORY_ID" FOREIGN KEY("CATEGORY_ID") REFERENCES "PUBLIC"."CATEGORY"("ID") NOCHECK;             
ALTER TABLE "PUBLIC"."USER_ACCOUNT_PLACE" ADD CONSTRAINT "PUBLIC"."FK_USER_ACCOUNT_PLACE_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."ROLE_GRANT" ADD CONSTRAINT "PUBLIC"."FK_ROLE_GRANT_ACCOUNT_ID" FOREIGN KEY("ACCOUNT_ID") REFERENCES "PUBLIC"."USER_ACCOUNT"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."SITE_SETTINGS" ADD CONSTRAINT "PUBLIC"."FK_SITE_SETTINGS_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."GAZETTE_ENTRY" ADD CONSTRAINT "PUBLIC"."FK_GAZETTE_ENTRY_ISSUE_ID" FOREIGN KEY("ISSUE_ID") REFERENCES "PUBLIC"."GAZETTE_ISSUE"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."FK_QA_EVENT_FROMAGENCY_ID" FOREIGN KEY("FROMAGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK; 
ALTER TABLE "PUBLIC"."LEGAL_DOCUMENT_FIELD" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_DOCUMENT_FIELD_DOCUMENT_ID" FOREIGN KEY("DOCUMENT_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."LEGAL_RELATION" ADD CONSTRAINT "PUBLIC"."FK_LEGAL_RELATION_SOURCE_ID" FOREIGN KEY("SOURCE_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."QA_EVENT" ADD CONSTRAINT "PUBLIC"."FK_QA_EVENT_QUESTION_ID" FOREIGN KEY("QUESTION_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;  
ALTER TABLE "PUBLIC"."CONSULTATION" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_AMENDS_ID" FOREIGN KEY("AMENDS_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_CATEGORY_ID" FOREIGN KEY("CATEGORY_ID") REFERENCES "PUBLIC"."CATEGORY"("ID") NOCHECK;       
ALTER TABLE "PUBLIC"."SITE" ADD CONSTRAINT "PUBLIC"."FK_SITE_OWNER_ID" FOREIGN KEY("OWNER_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."ARTICLE" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_SITE_ID" FOREIGN KEY("SITE_ID") REFERENCES "PUBLIC"."SITE"("ID") NOCHECK;   
ALTER TABLE "PUBLIC"."QA_DELEGATION" ADD CONSTRAINT "PUBLIC"."FK_QA_DELEGATION_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;               
ALTER TABLE "PUBLIC"."ARTICLE_AUTHOR" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_AUTHOR_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;            
ALTER TABLE "PUBLIC"."QA_FIELD" ADD CONSTRAINT "PUBLIC"."FK_QA_FIELD_AGENCY_ID" FOREIGN KEY("AGENCY_ID") REFERENCES "PUBLIC"."ORG_UNIT"("ID") NOCHECK;         
ALTER TABLE "PUBLIC"."CONSULTATION" ADD CONSTRAINT "PUBLIC"."FK_CONSULTATION_ISSUED_ID" FOREIGN KEY("ISSUED_ID") REFERENCES "PUBLIC"."LEGAL_DOCUMENT"("ID") NOCHECK;           
ALTER TABLE "PUBLIC"."ARTICLE_EVENT" ADD CONSTRAINT "PUBLIC"."FK_ARTICLE_EVENT_ARTICLE_ID" FOREIGN KEY("ARTICLE_ID") REFERENCES "PUBLIC"."ARTICLE"("ID") NOCHECK;              
ALTER TABLE "PUBLIC"."QA_QUESTION" ADD CONSTRAINT "PUBLIC"."FK_QA_QUESTION_PARENT_ID" FOREIGN KEY("PARENT_ID") REFERENCES "PUBLIC"."QA_QUESTION"("ID") NOCHECK;
