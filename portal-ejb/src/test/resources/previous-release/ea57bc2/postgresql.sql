-- The demo database of the release before migrations (commit ea57bc2) on PostgreSQL 15: run.sh with
-- PORTAL_DEMO=true and PORTAL_ADMIN_PASSWORD=Upgrade-Test-Portal-2014, stopped, then pg_dump --no-owner
-- --no-acl (its psql restrict lines taken out). That release could not store its demo articles on
-- PostgreSQL (bodies over 255 characters), so there are none. Sealed data opens with personal-data.key.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: article; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article (
    id bigint NOT NULL,
    body_html character varying(255),
    coveralt character varying(300),
    covertoken character varying(40),
    createdat timestamp without time zone NOT NULL,
    createdby character varying(64) NOT NULL,
    failurereason character varying(1000),
    kind character varying(10) NOT NULL,
    lang character varying(2) NOT NULL,
    publishat timestamp without time zone,
    publishedat timestamp without time zone,
    revisioncount integer NOT NULL,
    screeninghits integer NOT NULL,
    screeningreviewed boolean NOT NULL,
    searchtext character varying(2600),
    slug character varying(200) NOT NULL,
    source character varying(300),
    state character varying(20) NOT NULL,
    summary character varying(2000),
    tags character varying(500),
    title character varying(500) NOT NULL,
    unpublishat timestamp without time zone,
    updatedat timestamp without time zone NOT NULL,
    version bigint,
    category_id bigint,
    origin_id bigint,
    site_id bigint,
    translationof_id bigint
);


--
-- Name: article_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_attachment (
    article_id bigint,
    media_token character varying(40),
    ordinal integer
);


--
-- Name: article_author; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_author (
    author_account character varying(64),
    author_name character varying(200) NOT NULL,
    share_percent integer NOT NULL,
    article_id bigint,
    ordinal integer
);


--
-- Name: article_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_event (
    id bigint NOT NULL,
    action character varying(30) NOT NULL,
    actor character varying(64) NOT NULL,
    fromstate character varying(20),
    note character varying(2000),
    occurredat timestamp without time zone NOT NULL,
    tostate character varying(20) NOT NULL,
    version bigint,
    article_id bigint
);


--
-- Name: article_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.article_revision (
    id bigint NOT NULL,
    actor character varying(64) NOT NULL,
    body_html character varying(255),
    note character varying(500),
    revision_no integer NOT NULL,
    savedat timestamp without time zone NOT NULL,
    summary character varying(2000),
    title character varying(500) NOT NULL,
    version bigint,
    article_id bigint
);


--
-- Name: audit_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_event (
    id bigint NOT NULL,
    action character varying(64) NOT NULL,
    actor character varying(64) NOT NULL,
    detail character varying(1000),
    occurredat timestamp without time zone NOT NULL,
    target character varying(200)
);


--
-- Name: calendar_override; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_override (
    id bigint NOT NULL,
    changedat timestamp without time zone NOT NULL,
    changedby character varying(64) NOT NULL,
    day_date date NOT NULL,
    dayoff boolean NOT NULL,
    reason character varying(1000) NOT NULL,
    reference character varying(200) NOT NULL,
    version bigint
);


--
-- Name: category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.category (
    id bigint NOT NULL,
    clause character varying(20) NOT NULL,
    code character varying(80) NOT NULL,
    sortorder integer NOT NULL,
    version bigint,
    description_en character varying(1000),
    description_vi character varying(1000),
    name_en character varying(300),
    name_vi character varying(300) NOT NULL
);


--
-- Name: deadline_alert; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deadline_alert (
    id bigint NOT NULL,
    boardnotified boolean NOT NULL,
    duedate date NOT NULL,
    jobexecutionid bigint,
    level character varying(12) NOT NULL,
    raisedon date NOT NULL,
    unitnotified boolean NOT NULL,
    version bigint,
    obligation_id bigint
);


--
-- Name: deadline_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deadline_rule (
    id bigint NOT NULL,
    categorycode character varying(80),
    clause character varying(20) NOT NULL,
    code character varying(60) NOT NULL,
    duesoondays integer NOT NULL,
    version bigint,
    workingdays integer NOT NULL,
    name_en character varying(500),
    name_vi character varying(500) NOT NULL,
    trigger_en character varying(300),
    trigger_vi character varying(300)
);


--
-- Name: editorial_delegation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.editorial_delegation (
    id bigint NOT NULL,
    grantedby character varying(64) NOT NULL,
    version bigint,
    account_id bigint,
    category_id bigint,
    site_id bigint
);


--
-- Name: gazette_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gazette_entry (
    id bigint NOT NULL,
    page integer,
    sortorder integer NOT NULL,
    version bigint,
    document_id bigint,
    issue_id bigint
);


--
-- Name: gazette_issue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gazette_issue (
    id bigint NOT NULL,
    issuedate date NOT NULL,
    issuenumber integer NOT NULL,
    issue_year integer NOT NULL,
    version bigint
);


--
-- Name: leader; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.leader (
    id bigint NOT NULL,
    biography_en character varying(255),
    biography_vi character varying(255),
    name character varying(200) NOT NULL,
    phototoken character varying(40),
    slug character varying(120) NOT NULL,
    sortorder integer NOT NULL,
    version bigint,
    contact_address character varying(500),
    contact_email character varying(200),
    contact_fax character varying(50),
    contact_phone character varying(50),
    contact_website character varying(200),
    duties_en character varying(4000),
    duties_vi character varying(4000),
    title_en character varying(300),
    title_vi character varying(300) NOT NULL,
    unit_id bigint
);


--
-- Name: legal_document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_document (
    id bigint NOT NULL,
    docyear integer NOT NULL,
    effectivedate date,
    elipath character varying(120) NOT NULL,
    excerpt character varying(2000) NOT NULL,
    expirydate date,
    externalissuer character varying(300),
    issuedate date NOT NULL,
    numberkey character varying(60) NOT NULL,
    numbersymbol character varying(60) NOT NULL,
    publishedat timestamp without time zone,
    searchtext character varying(4000) NOT NULL,
    signer character varying(200),
    signertitle character varying(200),
    status character varying(20) NOT NULL,
    version bigint,
    issuer_id bigint,
    providerunit_id bigint,
    type_id bigint
);


--
-- Name: legal_document_field; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_document_field (
    document_id bigint,
    field_name character varying(200)
);


--
-- Name: legal_document_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_document_type (
    id bigint NOT NULL,
    abbreviation character varying(20),
    code character varying(40) NOT NULL,
    sortorder integer NOT NULL,
    version bigint,
    name_en character varying(200),
    name_vi character varying(200) NOT NULL
);


--
-- Name: legal_file; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_file (
    id bigint NOT NULL,
    filename character varying(255) NOT NULL,
    mediatype character varying(100) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint NOT NULL,
    uploadedat timestamp without time zone NOT NULL,
    version bigint,
    document_id bigint
);


--
-- Name: legal_relation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.legal_relation (
    id bigint NOT NULL,
    kind character varying(12) NOT NULL,
    version bigint,
    source_id bigint,
    target_id bigint
);


--
-- Name: media_file; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.media_file (
    id bigint NOT NULL,
    filename character varying(255) NOT NULL,
    format character varying(10) NOT NULL,
    height integer,
    sha256 character varying(64) NOT NULL,
    sizebytes bigint NOT NULL,
    storedpath character varying(200) NOT NULL,
    token character varying(40) NOT NULL,
    uploadedat timestamp without time zone NOT NULL,
    uploadedby character varying(64) NOT NULL,
    version bigint,
    width integer
);


--
-- Name: obligation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.obligation (
    id bigint NOT NULL,
    assessedon date,
    duedate date NOT NULL,
    fulfilledat timestamp without time zone,
    kind character varying(40) NOT NULL,
    latebyworkingdays integer,
    reschedulenote character varying(500),
    state character varying(12) NOT NULL,
    status character varying(12) NOT NULL,
    subjectid bigint NOT NULL,
    subjectlink character varying(300),
    subjecttitle character varying(500) NOT NULL,
    triggerdate date NOT NULL,
    triggeredat timestamp without time zone,
    version bigint,
    workingdays integer NOT NULL,
    rule_id bigint,
    unit_id bigint
);


--
-- Name: org_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_unit (
    id bigint NOT NULL,
    code character varying(80) NOT NULL,
    depth integer NOT NULL,
    kind character varying(30) NOT NULL,
    path character varying(2000) NOT NULL,
    sortorder integer NOT NULL,
    version bigint,
    contact_address character varying(500),
    contact_email character varying(200),
    contact_fax character varying(50),
    contact_phone character varying(50),
    contact_website character varying(200),
    name_en character varying(300),
    name_vi character varying(300) NOT NULL,
    parent_id bigint
);


--
-- Name: outbound_mail; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbound_mail (
    id bigint NOT NULL,
    attempts integer NOT NULL,
    body character varying(30000) NOT NULL,
    createdat timestamp without time zone NOT NULL,
    dedupkey character varying(200) NOT NULL,
    lasterror character varying(300),
    nextattemptat timestamp without time zone NOT NULL,
    recipients character varying(1000) NOT NULL,
    sentat timestamp without time zone,
    status character varying(10) NOT NULL,
    subject character varying(500) NOT NULL,
    version bigint
);


--
-- Name: qa_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_attachment (
    id bigint NOT NULL,
    filename character varying(1000) NOT NULL,
    format character varying(10) NOT NULL,
    sizebytes bigint NOT NULL,
    storedname character varying(40) NOT NULL,
    uploadedat timestamp without time zone NOT NULL,
    version bigint,
    question_id bigint
);


--
-- Name: qa_citation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_citation (
    document_id bigint,
    excerpt character varying(1000) NOT NULL,
    issued_on date NOT NULL,
    issuing_body character varying(300) NOT NULL,
    number_symbol character varying(100) NOT NULL,
    question_id bigint,
    citation_order integer
);


--
-- Name: qa_consent_text; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_consent_text (
    version character varying(40) NOT NULL,
    since timestamp without time zone NOT NULL,
    text_en character varying(4000),
    text_vi character varying(4000) NOT NULL
);


--
-- Name: qa_delegation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_delegation (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    recordedat timestamp without time zone NOT NULL,
    recordedby character varying(64) NOT NULL,
    reference character varying(300) NOT NULL,
    revokedat timestamp without time zone,
    revokedby character varying(64),
    validfrom date NOT NULL,
    validuntil date,
    version bigint,
    account_id bigint,
    agency_id bigint
);


--
-- Name: qa_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_event (
    id bigint NOT NULL,
    actor character varying(64) NOT NULL,
    event_date date,
    kind character varying(30) NOT NULL,
    note character varying(2000),
    occurredat timestamp without time zone NOT NULL,
    version bigint,
    agency_id bigint,
    fromagency_id bigint,
    question_id bigint
);


--
-- Name: qa_field; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_field (
    id bigint NOT NULL,
    code character varying(80) NOT NULL,
    sortorder integer NOT NULL,
    version bigint,
    name_en character varying(300),
    name_vi character varying(300) NOT NULL,
    agency_id bigint
);


--
-- Name: qa_question; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.qa_question (
    id bigint NOT NULL,
    askertype character varying(20) NOT NULL,
    body character varying(60000) NOT NULL,
    emaildigest character varying(64),
    erasurerequestedat timestamp without time zone,
    flagterms character varying(500),
    flagged boolean NOT NULL,
    language character varying(5) NOT NULL,
    partnumber integer NOT NULL,
    receivedat timestamp without time zone NOT NULL,
    state character varying(20) NOT NULL,
    title character varying(2000) NOT NULL,
    trackingcode character varying(30) NOT NULL,
    version bigint,
    answered_at timestamp without time zone,
    answered_by character varying(64),
    answer_authority character varying(300),
    answer_text character varying(20000),
    asker_address character varying(2500),
    asker_email character varying(1000),
    asker_id_number character varying(500),
    asker_name character varying(1000),
    asker_nationality character varying(500),
    asker_occupation character varying(1000),
    asker_organisation character varying(1500),
    asker_phone character varying(500),
    asker_position character varying(1000),
    consent_at timestamp without time zone NOT NULL,
    consent_version character varying(40) NOT NULL,
    clock_start timestamp without time zone,
    due_date date,
    promised_date date,
    erased_at timestamp without time zone,
    erased_by character varying(64),
    erasure_reference character varying(300),
    erasure_requester character varying(20),
    public_answer character varying(20000),
    public_body character varying(20000),
    published_at timestamp without time zone,
    published_by character varying(64),
    search_text character varying(42000),
    public_title character varying(500),
    refusal_note character varying(2000),
    refusal_reason character varying(40),
    refused_at timestamp without time zone,
    agency_id bigint,
    field_id bigint,
    parent_id bigint
);


--
-- Name: role_grant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_grant (
    id bigint NOT NULL,
    role character varying(30) NOT NULL,
    version bigint,
    account_id bigint,
    orgunit_id bigint,
    site_id bigint
);


--
-- Name: royalty_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.royalty_entry (
    id bigint NOT NULL,
    amount_vnd numeric(15,0) NOT NULL,
    authoraccount character varying(64),
    authorname character varying(200) NOT NULL,
    period character varying(7) NOT NULL,
    publishedat timestamp without time zone NOT NULL,
    sharepercent integer NOT NULL,
    version bigint,
    article_id bigint
);


--
-- Name: royalty_rate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.royalty_rate (
    id bigint NOT NULL,
    amount_vnd numeric(15,0) NOT NULL,
    kind character varying(10) NOT NULL,
    setat timestamp without time zone NOT NULL,
    setby character varying(64) NOT NULL,
    version bigint,
    site_id bigint
);


--
-- Name: schedule_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schedule_entry (
    id bigint NOT NULL,
    participants character varying(500),
    place character varying(300),
    start_time time without time zone NOT NULL,
    version bigint,
    work_date date NOT NULL,
    content_en character varying(1000),
    content_vi character varying(1000) NOT NULL,
    leader_id bigint
);


--
-- Name: screening_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.screening_rule (
    id bigint NOT NULL,
    active boolean NOT NULL,
    ignorediacritics boolean NOT NULL,
    phrase character varying(200) NOT NULL,
    reason character varying(300),
    version bigint
);


--
-- Name: seed_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seed_record (
    seed_key character varying(100) NOT NULL,
    appliedat timestamp without time zone NOT NULL
);


--
-- Name: sequence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sequence (
    seq_name character varying(50) NOT NULL,
    seq_count numeric(38,0)
);


--
-- Name: site; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.site (
    id bigint NOT NULL,
    active boolean NOT NULL,
    kind character varying(20) NOT NULL,
    logopath character varying(300),
    slug character varying(80) NOT NULL,
    version bigint,
    attribution_en character varying(500),
    attribution_vi character varying(500),
    contact_address character varying(500),
    contact_email character varying(200),
    contact_fax character varying(50),
    contact_phone character varying(50),
    contact_website character varying(200),
    name_en character varying(300),
    name_vi character varying(300) NOT NULL,
    owner_id bigint
);


--
-- Name: site_menu_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.site_menu_category (
    settings_id bigint,
    category_code character varying(80),
    ordinal integer
);


--
-- Name: site_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.site_settings (
    id bigint NOT NULL,
    logotoken character varying(40),
    version bigint,
    site_id bigint
);


--
-- Name: user_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_account (
    id bigint NOT NULL,
    createdat timestamp without time zone NOT NULL,
    displayname character varying(200) NOT NULL,
    email character varying(200),
    enabled boolean NOT NULL,
    failedattempts integer NOT NULL,
    lastloginat timestamp without time zone,
    lockeduntil timestamp without time zone,
    passwordchangedat timestamp without time zone,
    passwordhash character varying(300) NOT NULL,
    username character varying(64) NOT NULL,
    version bigint
);


--
-- Data for Name: article; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article (id, body_html, coveralt, covertoken, createdat, createdby, failurereason, kind, lang, publishat, publishedat, revisioncount, screeninghits, screeningreviewed, searchtext, slug, source, state, summary, tags, title, unpublishat, updatedat, version, category_id, origin_id, site_id, translationof_id) FROM stdin;
\.


--
-- Data for Name: article_attachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article_attachment (article_id, media_token, ordinal) FROM stdin;
\.


--
-- Data for Name: article_author; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article_author (author_account, author_name, share_percent, article_id, ordinal) FROM stdin;
\.


--
-- Data for Name: article_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article_event (id, action, actor, fromstate, note, occurredat, tostate, version, article_id) FROM stdin;
\.


--
-- Data for Name: article_revision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.article_revision (id, actor, body_html, note, revision_no, savedat, summary, title, version, article_id) FROM stdin;
\.


--
-- Data for Name: audit_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_event (id, action, actor, detail, occurredat, target) FROM stdin;
28	account.create	system	initial administrator	2026-12-01 18:38:32.280168	account admin
\.


--
-- Data for Name: calendar_override; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.calendar_override (id, changedat, changedby, day_date, dayoff, reason, reference, version) FROM stdin;
\.


--
-- Data for Name: category; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.category (id, clause, code, sortorder, version, description_en, description_vi, name_en, name_vi) FROM stdin;
11	5.1	to-chuc-bo-may	1	1	Administrative structure and map; nature, history, culture, heritage and landscapes; biographies and duties of the provincial leaders.	Tổ chức bộ máy hành chính, bản đồ địa giới hành chính; điều kiện tự nhiên, lịch sử, truyền thống văn hóa, di tích, danh thắng; tiểu sử và nhiệm vụ của lãnh đạo tỉnh.	About the province and its administration	Giới thiệu chung và tổ chức bộ máy
12	5.2	chi-dao-dieu-hanh	2	1	Directions of the provincial leaders; responses to petitions; awards and sanctions; the leaders' work schedules.	Ý kiến chỉ đạo, điều hành của lãnh đạo tỉnh; ý kiến xử lý kiến nghị của tổ chức, cá nhân; khen thưởng, xử phạt; lịch làm việc của lãnh đạo tỉnh.	Direction and administration	Chỉ đạo, điều hành
13	5.3	tin-tuc-su-kien	3	1	Political, economic, cultural and social news of the province, the country and the world.	Tình hình chính trị, kinh tế, văn hóa, xã hội trong tỉnh, trong nước và quốc tế.	News and events	Tin tức – Sự kiện
14	5.4	pho-bien-phap-luat	4	1	Explaining laws, regimes and policies and how to apply them.	Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách.	Legal dissemination and guidance	Phổ biến, hướng dẫn pháp luật
15	5.5	chien-luoc-quy-hoach	5	1	The province's socio-economic strategy, orientation, master plans and development plans.	Chiến lược, định hướng, quy hoạch, kế hoạch phát triển kinh tế – xã hội của tỉnh.	Strategy, planning and development plans	Chiến lược, quy hoạch, kế hoạch
16	5.6	van-ban-phap-luat	6	1	Legal normative documents and the electronic Official Gazette.	Hệ thống văn bản quy phạm pháp luật và Công báo điện tử.	Legal documents and e-Gazette	Văn bản quy phạm pháp luật và Công báo
17	5.7	du-an-dau-tu	7	1	Projects, investment items, tenders and public procurement.	Thông tin về dự án, hạng mục đầu tư, đấu thầu, mua sắm công.	Projects, investment, tenders and procurement	Dự án, đầu tư, đấu thầu, mua sắm công
18	5.8	lay-y-kien-du-thao	8	1	Draft legal documents and policies published for comment, and the comments received.	Đăng tải và tiếp nhận ý kiến đóng góp về dự thảo văn bản quy phạm pháp luật, chủ trương, chính sách.	Draft documents for public comment	Lấy ý kiến dự thảo văn bản
19	5.9	lien-he-lanh-dao	9	1	Names, titles, units and official phone, fax and e-mail of the leaders of the Provincial People's Committee.	Họ tên, chức vụ, đơn vị công tác, số điện thoại, fax, thư điện tử chính thức của lãnh đạo Ủy ban nhân dân tỉnh.	Leaders' contacts	Thông tin liên hệ lãnh đạo
20	5.10	thong-tin-giao-dich	10	1	Official address, phone, fax and e-mail for dealing with organisations and citizens.	Địa chỉ, điện thoại, fax, thư điện tử chính thức để giao dịch với tổ chức, cá nhân.	Portal contact information	Thông tin giao dịch của Cổng
21	5.11	dich-vu-cong	11	1	Administrative procedures and online public services.	Thủ tục hành chính và dịch vụ công trực tuyến.	Online public services	Dịch vụ công trực tuyến
22	5.12	cong-thanh-phan	12	1	Procedure pages and websites of the departments, agencies, unions, communes and wards.	Trang thủ tục hành chính và trang thông tin điện tử của các sở, ban, ngành, đoàn thể, xã, phường.	Sub-portals	Cổng thông tin thành phần
23	5.13	khoa-hoc-cong-nghe	13	1	The province's science programmes and research projects.	Thông tin về các chương trình, đề tài khoa học của tỉnh.	Science programmes and research projects	Chương trình, đề tài khoa học
24	5.14	thong-ke	14	1	Statistics from surveys carried out under the Law on Statistics.	Thông tin thống kê từ kết quả các cuộc điều tra theo quy định của Luật Thống kê.	Statistics	Thông tin thống kê
\.


--
-- Data for Name: deadline_alert; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deadline_alert (id, boardnotified, duedate, jobexecutionid, level, raisedon, unitnotified, version, obligation_id) FROM stdin;
\.


--
-- Data for Name: deadline_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deadline_rule (id, categorycode, clause, code, duesoondays, version, workingdays, name_en, name_vi, trigger_en, trigger_vi) FROM stdin;
107	pho-bien-phap-luat	8.1b	legal-guidance	3	1	15	Legal dissemination and guidance	Thông tin tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách	from the document's official issuance	kể từ khi văn bản chính thức được ban hành
108	van-ban-phap-luat	8.1c	ppc-document	1	1	2	Legal and state-management documents of the Provincial People's Committee	Văn bản quy phạm pháp luật và văn bản quản lý nhà nước do UBND tỉnh ban hành	from the issue date	kể từ ngày văn bản được ban hành
109	chien-luoc-quy-hoach	8.1d	strategy-planning	3	1	10	Strategy, orientation, planning and development plans	Chiến lược, định hướng, quy hoạch, kế hoạch phát triển	from approval	kể từ khi chiến lược, quy hoạch được phê duyệt
110	du-an-dau-tu	8.1d	projects-procurement	3	1	10	Projects, investment, tenders and public procurement	Dự án, hạng mục đầu tư, đấu thầu, mua sắm công	from approval	kể từ khi dự án được phê duyệt
111	lay-y-kien-du-thao	8.1đ	request-for-comment	0	1	0	Requests for comments	Thông tin mục lấy ý kiến góp ý của tổ chức, cá nhân	immediately on receipt	ngay khi nhận được thông tin
112	khoa-hoc-cong-nghe	8.1e	science-notice	1	1	4	Science programme notices, registration and selection	Thông báo, đăng ký, tuyển chọn chương trình, đề tài khoa học	from the issue date	kể từ ngày văn bản được ban hành
113	khoa-hoc-cong-nghe	8.1e	science-approval	2	1	6	Science programme approval and project acceptance	Phê duyệt chương trình, nghiệm thu đề tài nghiên cứu khoa học	from approval or acceptance	kể từ khi được phê duyệt hoặc nghiệm thu
114	thong-ke	8.1f	statistics	3	1	10	Statistics	Thông tin, báo cáo thống kê	from the head's decision to publish	kể từ khi thủ trưởng cơ quan quyết định công bố
115	\N	9.4	qa-answer	3	1	15	Answers to questions in the Q&A section	Trả lời câu hỏi của tổ chức, cá nhân trên chuyên mục Hỏi – Đáp	from receipt of the question (or its transfer to the agency)	kể từ khi tiếp nhận câu hỏi (hoặc khi câu hỏi được chuyển đến cơ quan)
\.


--
-- Data for Name: editorial_delegation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.editorial_delegation (id, grantedby, version, account_id, category_id, site_id) FROM stdin;
\.


--
-- Data for Name: gazette_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.gazette_entry (id, page, sortorder, version, document_id, issue_id) FROM stdin;
130	\N	1	1	123	129
\.


--
-- Data for Name: gazette_issue; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.gazette_issue (id, issuedate, issuenumber, issue_year, version) FROM stdin;
129	2014-02-10	1	2014	1
\.


--
-- Data for Name: leader; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.leader (id, biography_en, biography_vi, name, phototoken, slug, sortorder, version, contact_address, contact_email, contact_fax, contact_phone, contact_website, duties_en, duties_vi, title_en, title_vi, unit_id) FROM stdin;
83	\N	<p>Sinh năm 1970, quê quán tỉnh Cao Bằng. Trình độ chuyên môn: Tiến sĩ Kinh tế.</p><p>Trước khi giữ chức Chủ tịch UBND tỉnh, đồng chí từng công tác tại nhiều cơ quan Trung ương và địa phương.</p>	Hoàng Xuân Ánh	e4808aca0b0882975b0fde3b7c33b39a	hoang-xuan-anh	1	1	\N	chutich@caobang.gov.vn	0206 3852 020	0206 3852 121	\N	Leads all work of the Provincial People's Committee; directly in charge of internal affairs, defence, security and foreign affairs.	Lãnh đạo, quản lý chung mọi mặt công tác của UBND tỉnh; trực tiếp phụ trách lĩnh vực nội chính, quốc phòng, an ninh, đối ngoại.	Chairman of the Provincial People's Committee	Chủ tịch UBND tỉnh	3
85	\N	<p>Sinh năm 1972. Trình độ: Thạc sĩ Quản lý kinh tế.</p>	Lê Hải Hòa	a1a673fee739d0b1566c21d7ce1e7ae4	le-hai-hoa	2	1	\N	pct.thuongtruc@caobang.gov.vn	\N	0206 3852 122	\N	In charge of planning, investment, finance, budget, construction and transport.	Phụ trách lĩnh vực kế hoạch, đầu tư, tài chính, ngân sách, xây dựng và giao thông.	Standing Vice Chairman	Phó Chủ tịch Thường trực UBND tỉnh	3
87	\N	<p>Sinh năm 1975, dân tộc Tày. Trình độ: Kỹ sư Nông nghiệp.</p>	Nông Thanh Tùng	6161d51a592165de7b929f6d671d97f4	nong-thanh-tung	3	1	\N	pct.nongnghiep@caobang.gov.vn	\N	0206 3852 123	\N	In charge of agriculture, environment, science and technology.	Phụ trách lĩnh vực nông nghiệp, môi trường, khoa học và công nghệ.	Vice Chairman	Phó Chủ tịch UBND tỉnh	3
89	\N	<p>Sinh năm 1978, dân tộc Dao. Trình độ: Thạc sĩ Quản lý giáo dục.</p>	Triệu Thị Mai	b0b09259ccbacd7b2d4f6b8d52b89611	trieu-thi-mai	4	1	\N	pct.vanhoa@caobang.gov.vn	\N	0206 3852 124	\N	In charge of culture, social affairs, education, health and tourism.	Phụ trách lĩnh vực văn hóa, xã hội, giáo dục, y tế và du lịch.	Vice Chairwoman	Phó Chủ tịch UBND tỉnh	3
\.


--
-- Data for Name: legal_document; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_document (id, docyear, effectivedate, elipath, excerpt, expirydate, externalissuer, issuedate, numberkey, numbersymbol, publishedat, searchtext, signer, signertitle, status, version, issuer_id, providerunit_id, type_id) FROM stdin;
116	2007	\N	2007/64/nd-cp	Về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước	\N	Chính phủ	2007-04-10	64/2007/ND-CP	64/2007/NĐ-CP	2014-01-24 01:00:00	64/2007/nd-cp ve ung dung cong nghe thong tin trong hoat dong cua co quan nha nuoc nghi dinh chinh phu cong nghe thong tin	\N	\N	IN_FORCE	2	\N	\N	99
117	2008	\N	2008/97/nd-cp	Về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin điện tử trên Internet	\N	Chính phủ	2008-08-28	97/2008/ND-CP	97/2008/NĐ-CP	2014-01-24 01:00:00	97/2008/nd-cp ve quan ly, cung cap, su dung dich vu internet va thong tin dien tu tren internet nghi dinh chinh phu cong nghe thong tin internet	\N	\N	EXPIRED	2	\N	\N	99
118	2011	\N	2011/43/nd-cp	Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của các cơ quan nhà nước	\N	Chính phủ	2011-06-13	43/2011/ND-CP	43/2011/NĐ-CP	2014-01-24 01:00:00	43/2011/nd-cp quy dinh ve viec cung cap thong tin va dich vu cong truc tuyen tren trang thong tin dien tu hoac cong thong tin dien tu cua cac co quan nha nuoc nghi dinh chinh phu cong nghe thong tin dich vu cong truc tuyen	\N	\N	REPLACED	2	\N	\N	99
119	2022	\N	2022/42/nd-cp	Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng	\N	Chính phủ	2022-06-24	42/2022/ND-CP	42/2022/NĐ-CP	2022-07-01 01:00:00	42/2022/nd-cp quy dinh ve viec cung cap thong tin va dich vu cong truc tuyen cua co quan nha nuoc tren moi truong mang nghi dinh chinh phu cong nghe thong tin dich vu cong truc tuyen	\N	\N	IN_FORCE	2	\N	\N	99
120	2009	\N	2009/26/tt-btttt	Quy định về việc cung cấp thông tin và đảm bảo khả năng truy cập thuận tiện đối với trang thông tin điện tử của cơ quan nhà nước	\N	Bộ Thông tin và Truyền thông	2009-07-31	26/2009/TT-BTTTT	26/2009/TT-BTTTT	2014-01-24 01:00:00	26/2009/tt-btttt quy dinh ve viec cung cap thong tin va dam bao kha nang truy cap thuan tien doi voi trang thong tin dien tu cua co quan nha nuoc thong tu bo thong tin va truyen thong cong nghe thong tin	\N	\N	IN_FORCE	2	\N	\N	101
121	2010	\N	2010/14/tt-btttt	Quy định chi tiết một số điều của Nghị định số 97/2008/NĐ-CP ngày 28/8/2008 của Chính phủ	\N	Bộ Thông tin và Truyền thông	2010-06-29	14/2010/TT-BTTTT	14/2010/TT-BTTTT	2014-01-24 01:00:00	14/2010/tt-btttt quy dinh chi tiet mot so dieu cua nghi dinh so 97/2008/nd-cp ngay 28/8/2008 cua chinh phu thong tu bo thong tin va truyen thong cong nghe thong tin internet	\N	\N	IN_FORCE	2	\N	\N	101
122	2010	\N	2010/25/tt-btttt	Quy định về việc thu thập, sử dụng, chia sẻ, đảm bảo an toàn và bảo vệ thông tin cá nhân trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước	\N	Bộ Thông tin và Truyền thông	2010-11-15	25/2010/TT-BTTTT	25/2010/TT-BTTTT	2014-01-24 01:00:00	25/2010/tt-btttt quy dinh ve viec thu thap, su dung, chia se, dam bao an toan va bao ve thong tin ca nhan tren trang thong tin dien tu hoac cong thong tin dien tu cua co quan nha nuoc thong tu bo thong tin va truyen thong cong nghe thong tin thong tin ca nhan	\N	\N	IN_FORCE	2	\N	\N	101
123	2014	2014-02-01	2014/1/qd-ubnd	Ban hành Quy chế quản lý, hoạt động và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Cao Bằng	\N	\N	2014-01-22	1/2014/QD-UBND	01/2014/QĐ-UBND	2014-01-24 01:00:00	01/2014/qd-ubnd ban hanh quy che quan ly, hoat dong va cung cap thong tin tren cong thong tin dien tu tinh cao bang quyet dinh uy ban nhan dan tinh dam van eng cong nghe thong tin cong thong tin dien tu	Đàm Văn Eng	Phó Chủ tịch Ủy ban nhân dân tỉnh	IN_FORCE	2	3	4	100
\.


--
-- Data for Name: legal_document_field; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_document_field (document_id, field_name) FROM stdin;
116	Công nghệ thông tin
117	Công nghệ thông tin
117	Internet
118	Công nghệ thông tin
118	Dịch vụ công trực tuyến
119	Công nghệ thông tin
119	Dịch vụ công trực tuyến
120	Công nghệ thông tin
121	Công nghệ thông tin
121	Internet
122	Công nghệ thông tin
122	Thông tin cá nhân
123	Công nghệ thông tin
123	Cổng thông tin điện tử
\.


--
-- Data for Name: legal_document_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_document_type (id, abbreviation, code, sortorder, version, name_en, name_vi) FROM stdin;
97	QH	luat	1	1	Law	Luật
98	NQ	nghi-quyet	2	1	Resolution	Nghị quyết
99	NĐ	nghi-dinh	3	1	Decree	Nghị định
100	QĐ	quyet-dinh	4	1	Decision	Quyết định
101	TT	thong-tu	5	1	Circular	Thông tư
102	TTLT	thong-tu-lien-tich	6	1	Joint circular	Thông tư liên tịch
103	CT	chi-thi	7	1	Directive	Chỉ thị
104	\N	cong-van	8	1	Official letter	Công văn
105	KH	ke-hoach	9	1	Plan	Kế hoạch
106	TB	thong-bao	10	1	Notice	Thông báo
\.


--
-- Data for Name: legal_file; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_file (id, filename, mediatype, sha256, size, uploadedat, version, document_id) FROM stdin;
\.


--
-- Data for Name: legal_relation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.legal_relation (id, kind, version, source_id, target_id) FROM stdin;
127	GUIDES	1	120	116
125	GUIDES	1	121	117
126	REPLACES	1	119	118
128	GUIDES	1	122	116
\.


--
-- Data for Name: media_file; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.media_file (id, filename, format, height, sha256, sizebytes, storedpath, token, uploadedat, uploadedby, version, width) FROM stdin;
82	hoang-xuan-anh.png	PNG	750	a08f0e0177f989d67603917febd89e289205fb624d7da5f5627c46927f0c08d6	12407	e4/80/e4808aca0b0882975b0fde3b7c33b39a	e4808aca0b0882975b0fde3b7c33b39a	2026-12-01 18:38:38.454354	system	1	600
84	le-hai-hoa.png	PNG	750	d09e5a9b69f2c27849a11cb02321999945961af4c2997867cf40724d27b83d6d	11271	a1/a6/a1a673fee739d0b1566c21d7ce1e7ae4	a1a673fee739d0b1566c21d7ce1e7ae4	2026-12-01 18:38:38.999785	system	1	600
86	nong-thanh-tung.png	PNG	750	d7b3b6cce1c3a9d7ba84dd8c1455a72099668d01f27df594c807160e1d418005	11774	61/61/6161d51a592165de7b929f6d671d97f4	6161d51a592165de7b929f6d671d97f4	2026-12-01 18:38:39.224216	system	1	600
88	trieu-thi-mai.png	PNG	750	ab56bba2775da980714bfe49128191f3ce373cd1dd48e90a868b8f5f3d3ead0d	11938	b0/b0/b0b09259ccbacd7b2d4f6b8d52b89611	b0b09259ccbacd7b2d4f6b8d52b89611	2026-12-01 18:38:39.409653	system	1	600
\.


--
-- Data for Name: obligation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.obligation (id, assessedon, duedate, fulfilledat, kind, latebyworkingdays, reschedulenote, state, status, subjectid, subjectlink, subjecttitle, triggerdate, triggeredat, version, workingdays, rule_id, unit_id) FROM stdin;
124	\N	2014-01-24	2014-01-24 01:00:00	legal-document	0	\N	FULFILLED	ON_TRACK	123	/admin/legal-documents.xhtml?id=123	01/2014/QĐ-UBND – Ban hành Quy chế quản lý, hoạt động và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Cao Bằng	2014-01-22	\N	2	2	108	4
150	\N	2026-10-26	2026-10-05 02:00:00	qa-answer	0	\N	FULFILLED	ON_TRACK	149	/admin/hoi-dap/answers.xhtml	HD-J7EN-7ER4 · Tư pháp, hộ tịch, chứng thực	2026-10-03	2026-10-03 02:00:00	2	15	115	29
156	\N	2026-11-03	2026-10-15 02:00:00	qa-answer	0	\N	FULFILLED	ON_TRACK	155	/admin/hoi-dap/answers.xhtml	HD-6K88-ACCH · Tư pháp, hộ tịch, chứng thực	2026-10-13	2026-10-13 02:00:00	2	15	115	29
162	\N	2026-11-09	2026-10-20 02:00:00	qa-answer	0	\N	FULFILLED	ON_TRACK	161	/admin/hoi-dap/answers.xhtml	HD-RA5H-ERWD · Tư pháp, hộ tịch, chứng thực	2026-10-18	2026-10-18 02:00:00	2	15	115	29
168	\N	2026-11-11	2026-10-23 02:00:00	qa-answer	0	\N	FULFILLED	ON_TRACK	167	/admin/hoi-dap/answers.xhtml	HD-2EGW-XFEJ · Khoa học, công nghệ	2026-10-21	2026-10-21 02:00:00	2	15	115	30
174	\N	2026-11-16	2026-10-27 02:00:00	qa-answer	0	\N	FULFILLED	ON_TRACK	173	/admin/hoi-dap/answers.xhtml	HD-BNN9-DD84 · Thông tin, truyền thông, dịch vụ công trực tuyến	2026-10-25	2026-10-25 02:00:00	2	15	115	7
181	\N	2026-11-23	2026-11-04 02:00:00	qa-answer	0	\N	FULFILLED	ON_TRACK	180	/admin/hoi-dap/answers.xhtml	HD-5JQC-KPNM · Y tế, bảo hiểm y tế	2026-11-02	2026-11-02 02:00:00	2	15	115	31
186	\N	2026-11-18	\N	qa-answer	\N	\N	OPEN	ON_TRACK	185	/admin/hoi-dap/answers.xhtml	HD-X7ZQ-JQ11 · Tư pháp, hộ tịch, chứng thực	2026-10-28	2026-10-28 02:00:00	1	15	115	29
190	\N	2026-12-11	\N	qa-answer	\N	\N	OPEN	ON_TRACK	189	/admin/hoi-dap/answers.xhtml	HD-AQ1E-SJ9D · Tư pháp, hộ tịch, chứng thực	2026-11-20	2026-11-20 02:00:00	1	15	115	29
194	\N	2026-12-16	\N	qa-answer	\N	qa progress notice HD-GT2Y-36YB	OPEN	ON_TRACK	193	/admin/hoi-dap/answers.xhtml	HD-GT2Y-36YB · Tư pháp, hộ tịch, chứng thực	2026-11-12	2026-11-12 02:00:00	2	15	115	29
199	\N	2026-12-07	\N	qa-answer	\N	\N	CANCELLED	ON_TRACK	198	/admin/hoi-dap/answers.xhtml	HD-F3G1-F520 · Tư pháp, hộ tịch, chứng thực	2026-11-16	2026-11-16 02:00:00	2	15	115	29
201	\N	2026-12-09	\N	qa-answer	\N	\N	OPEN	ON_TRACK	200	/admin/hoi-dap/answers.xhtml	HD-F3G1-F520 · Tư pháp, hộ tịch, chứng thực	2026-11-18	2026-11-18 02:00:00	1	15	115	31
222	\N	2026-12-14	\N	qa-answer	\N	\N	OPEN	ON_TRACK	221	/admin/hoi-dap/answers.xhtml	HD-Y3MY-7HXP-1 · Đầu tư, kinh doanh	2026-11-23	2026-11-23 02:00:00	1	15	115	8
224	\N	2026-12-14	\N	qa-answer	\N	\N	OPEN	ON_TRACK	223	/admin/hoi-dap/answers.xhtml	HD-Y3MY-7HXP-2 · Văn hóa, thể thao, du lịch	2026-11-23	2026-11-23 02:00:00	1	15	115	34
\.


--
-- Data for Name: org_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_unit (id, code, depth, kind, path, sortorder, version, contact_address, contact_email, contact_fax, contact_phone, contact_website, name_en, name_vi, parent_id) FROM stdin;
1	tinh-cao-bang	0	PROVINCE	/tinh-cao-bang/	1	1	\N	\N	\N	\N	\N	Cao Bang Province	Tỉnh Cao Bằng	\N
3	ubnd-tinh	1	PEOPLES_COMMITTEE	/tinh-cao-bang/ubnd-tinh/	3	1	\N	\N	\N	\N	\N	Provincial People's Committee	Ủy ban nhân dân tỉnh	1
4	van-phong-ubnd-tinh	2	OFFICE	/tinh-cao-bang/ubnd-tinh/van-phong-ubnd-tinh/	4	1	\N	\N	\N	\N	\N	Office of the Provincial People's Committee	Văn phòng Ủy ban nhân dân tỉnh	3
2	hdnd-tinh	1	PEOPLES_COUNCIL	/tinh-cao-bang/hdnd-tinh/	2	1	\N	\N	\N	\N	\N	Provincial People's Council	Hội đồng nhân dân tỉnh	1
8	so-tai-chinh	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-tai-chinh/	8	1	\N	\N	\N	\N	\N	Department of Finance	Sở Tài chính	3
10	ubnd-thanh-pho	1	DISTRICT	/tinh-cao-bang/ubnd-thanh-pho/	10	1	\N	\N	\N	\N	\N	Cao Bang City People's Committee	Ủy ban nhân dân Thành phố Cao Bằng	1
6	ban-bien-tap-cong	2	BOARD	/tinh-cao-bang/ubnd-tinh/ban-bien-tap-cong/	6	1	Số 11, đường Hoàng Đình Giong, phường Hợp Giang, Thành phố Cao Bằng, tỉnh Cao Bằng	banbientap@caobang.gov.vn	\N	\N	http://www.caobang.gov.vn	Editorial Board of the Provincial Portal	Ban Biên tập Cổng Thông tin điện tử tỉnh	3
5	trung-tam-thong-tin	3	CENTRE	/tinh-cao-bang/ubnd-tinh/van-phong-ubnd-tinh/trung-tam-thong-tin/	5	1	\N	\N	\N	\N	\N	Information Centre	Trung tâm Thông tin	4
7	so-thong-tin-truyen-thong	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-thong-tin-truyen-thong/	7	1	\N	\N	\N	\N	\N	Department of Information and Communications	Sở Thông tin và Truyền thông	3
9	ban-chi-dao-cntt	2	BOARD	/tinh-cao-bang/ubnd-tinh/ban-chi-dao-cntt/	9	1	\N	\N	\N	\N	\N	Provincial IT Steering Committee	Ban Chỉ đạo Công nghệ thông tin tỉnh	3
29	so-tu-phap	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-tu-phap/	1	1	Số 044, phố Hiến Giang, phường Thục Phán, tỉnh Cao Bằng	sotuphap@caobang.gov.vn	\N	0206 3852 315	https://sotuphap.caobang.gov.vn	Department of Justice	Sở Tư pháp	3
35	phong-pho-bien-phap-luat	3	UNIT	/tinh-cao-bang/ubnd-tinh/so-tu-phap/phong-pho-bien-phap-luat/	7	1	\N	\N	\N	\N	\N	Legal Education Division	Phòng Phổ biến, giáo dục pháp luật	29
33	so-nong-nghiep-moi-truong	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-nong-nghiep-moi-truong/	5	1	\N	\N	\N	\N	\N	Department of Agriculture and Environment	Sở Nông nghiệp và Môi trường	3
36	phuong-thuc-phan	1	COMMUNE	/tinh-cao-bang/phuong-thuc-phan/	8	1	\N	\N	\N	\N	\N	Thuc Phan Ward	Phường Thục Phán	1
31	so-y-te	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-y-te/	3	1	\N	\N	\N	\N	\N	Department of Health	Sở Y tế	3
30	so-khoa-hoc-cong-nghe	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-khoa-hoc-cong-nghe/	2	1	Số 032, đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng	sokhcn@caobang.gov.vn	\N	0206 3852 133	\N	Department of Science and Technology	Sở Khoa học và Công nghệ	3
32	so-giao-duc-dao-tao	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-giao-duc-dao-tao/	4	1	\N	\N	\N	\N	\N	Department of Education and Training	Sở Giáo dục và Đào tạo	3
38	xa-truong-ha	1	COMMUNE	/tinh-cao-bang/xa-truong-ha/	10	1	\N	\N	\N	\N	\N	Truong Ha Commune	Xã Trường Hà	1
37	xa-dam-thuy	1	COMMUNE	/tinh-cao-bang/xa-dam-thuy/	9	1	Xã Đàm Thủy, tỉnh Cao Bằng	xadamthuy@caobang.gov.vn	\N	\N	\N	Dam Thuy Commune	Xã Đàm Thủy	1
34	so-van-hoa-the-thao-du-lich	2	DEPARTMENT	/tinh-cao-bang/ubnd-tinh/so-van-hoa-the-thao-du-lich/	6	1	\N	\N	\N	\N	\N	Department of Culture, Sports and Tourism	Sở Văn hóa, Thể thao và Du lịch	3
\.


--
-- Data for Name: outbound_mail; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbound_mail (id, attempts, body, createdat, dedupkey, lasterror, nextattemptat, recipients, sentat, status, subject, version) FROM stdin;
\.


--
-- Data for Name: qa_attachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_attachment (id, filename, format, sizebytes, storedname, uploadedat, version, question_id) FROM stdin;
\.


--
-- Data for Name: qa_citation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_citation (document_id, excerpt, issued_on, issuing_body, number_symbol, question_id, citation_order) FROM stdin;
\N	Luật Hộ tịch	2014-11-20	Quốc hội	60/2014/QH13	147	0
\N	Quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch	2015-11-15	Chính phủ	123/2015/NĐ-CP	147	1
\N	Về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch	2015-02-16	Chính phủ	23/2015/NĐ-CP	153	0
\N	Luật Lý lịch tư pháp	2009-06-17	Quốc hội	28/2009/QH12	159	0
\N	Phê duyệt Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025	2016-05-18	Thủ tướng Chính phủ	844/QĐ-TTg	165	0
123	Ban hành Quy chế quản lý, hoạt động và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Cao Bằng	2014-01-22	Ủy ban nhân dân tỉnh Cao Bằng	01/2014/QĐ-UBND	171	0
\N	Luật Bảo hiểm y tế	2008-11-14	Quốc hội	25/2008/QH12	178	0
\N	Quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế	2018-10-17	Chính phủ	146/2018/NĐ-CP	178	1
\.


--
-- Data for Name: qa_consent_text; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_consent_text (version, since, text_en, text_vi) FROM stdin;
2026.1	2026-12-01 18:38:40.657088	I agree that the provincial portal processes the personal data I give (name, nationality, occupation, identity document number, address, phone, e-mail) only to receive this question, pass it to the competent agency and answer it. The data is never published and only the officials responsible may see it. I may ask for my personal data to be erased at any time.	Tôi đồng ý để Cổng Thông tin điện tử tỉnh xử lý các thông tin cá nhân tôi cung cấp (họ tên, quốc tịch, nghề nghiệp, số giấy tờ tùy thân, địa chỉ, số điện thoại, thư điện tử) chỉ để tiếp nhận, chuyển đến cơ quan có thẩm quyền và trả lời câu hỏi này. Các thông tin này không được công khai và chỉ những người có trách nhiệm được xem. Tôi có thể đề nghị hủy bỏ thông tin cá nhân của mình bất cứ lúc nào.
\.


--
-- Data for Name: qa_delegation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_delegation (id, kind, recordedat, recordedby, reference, revokedat, revokedby, validfrom, validuntil, version, account_id, agency_id) FROM stdin;
145	HEAD	2025-07-01 02:00:00	admin	Quyết định số 512/QĐ-UBND ngày 01/7/2025 của UBND tỉnh bổ nhiệm Giám đốc Sở Tư pháp	\N	\N	2025-07-01	\N	1	143	29
146	DELEGATE	2026-01-02 02:00:00	admin	Giấy ủy quyền số 15/GUQ-STP ngày 02/01/2026 của Giám đốc Sở Tư pháp	\N	\N	2026-01-02	\N	1	54	29
\.


--
-- Data for Name: qa_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_event (id, actor, event_date, kind, note, occurredat, version, agency_id, fromagency_id, question_id) FROM stdin;
148	asker	\N	SUBMITTED	\N	2026-10-03 02:00:00	1	\N	\N	147
149	thuky	\N	ROUTED	\N	2026-10-04 02:00:00	1	29	\N	147
151	traloi-sotp	\N	ANSWERED	\N	2026-10-05 02:00:00	1	29	\N	147
152	thuky	\N	PUBLISHED	\N	2026-10-06 02:00:00	1	\N	\N	147
154	asker	\N	SUBMITTED	\N	2026-10-13 02:00:00	1	\N	\N	153
155	thuky	\N	ROUTED	\N	2026-10-14 02:00:00	1	29	\N	153
157	traloi-sotp	\N	ANSWERED	\N	2026-10-15 02:00:00	1	29	\N	153
158	thuky	\N	PUBLISHED	\N	2026-10-16 02:00:00	1	\N	\N	153
160	asker	\N	SUBMITTED	\N	2026-10-18 02:00:00	1	\N	\N	159
161	thuky	\N	ROUTED	\N	2026-10-19 02:00:00	1	29	\N	159
163	traloi-sotp	\N	ANSWERED	\N	2026-10-20 02:00:00	1	29	\N	159
164	thuky	\N	PUBLISHED	\N	2026-10-21 02:00:00	1	\N	\N	159
166	asker	\N	SUBMITTED	\N	2026-10-21 02:00:00	1	\N	\N	165
167	thuky	\N	ROUTED	\N	2026-10-22 02:00:00	1	30	\N	165
169	demo	\N	ANSWERED	\N	2026-10-23 02:00:00	1	30	\N	165
170	thuky	\N	PUBLISHED	\N	2026-10-24 02:00:00	1	\N	\N	165
172	asker	\N	SUBMITTED	\N	2026-10-25 02:00:00	1	\N	\N	171
173	thuky	\N	ROUTED	\N	2026-10-26 02:00:00	1	7	\N	171
175	demo	\N	ANSWERED	\N	2026-10-27 02:00:00	1	7	\N	171
176	thuky	\N	PUBLISHED	\N	2026-10-28 02:00:00	1	\N	\N	171
177	thuky	\N	ERASED	ASKER	2026-10-29 02:00:00	1	\N	\N	171
179	asker	\N	SUBMITTED	\N	2026-11-02 02:00:00	1	\N	\N	178
180	thuky	\N	ROUTED	\N	2026-11-03 02:00:00	1	31	\N	178
182	demo	\N	ANSWERED	\N	2026-11-04 02:00:00	1	31	\N	178
184	asker	\N	SUBMITTED	\N	2026-10-28 02:00:00	1	\N	\N	183
185	thuky	\N	ROUTED	\N	2026-10-29 02:00:00	1	29	\N	183
188	asker	\N	SUBMITTED	\N	2026-11-20 02:00:00	1	\N	\N	187
189	thuky	\N	ROUTED	\N	2026-11-21 02:00:00	1	29	\N	187
192	asker	\N	SUBMITTED	\N	2026-11-12 02:00:00	1	\N	\N	191
193	thuky	\N	ROUTED	\N	2026-11-13 02:00:00	1	29	\N	191
195	traloi-sotp	2026-12-16	PROGRESS_NOTICE	Cần xác minh sổ hộ tịch lưu trữ tại Ủy ban nhân dân huyện cũ trước khi trả lời.	2026-11-14 02:00:00	1	29	\N	191
197	asker	\N	SUBMITTED	\N	2026-11-16 02:00:00	1	\N	\N	196
198	thuky	\N	ROUTED	\N	2026-11-17 02:00:00	1	29	\N	196
200	thuky	\N	TRANSFERRED	Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp; thuộc lĩnh vực y tế.	2026-11-18 02:00:00	1	31	29	196
203	asker	\N	SUBMITTED	\N	2026-11-29 02:00:00	1	\N	\N	202
206	system	\N	FLAGGED	tố cáo	2026-11-30 02:00:00	1	\N	\N	204
205	asker	\N	SUBMITTED	\N	2026-11-30 02:00:00	1	\N	\N	204
208	asker	\N	SUBMITTED	\N	2026-11-07 02:00:00	1	\N	\N	207
209	system	\N	FLAGGED	khiếu nại	2026-11-07 02:00:00	1	\N	\N	207
210	thuky	\N	REFUSED	COMPLAINT_OR_DENUNCIATION	2026-11-08 02:00:00	1	\N	\N	207
212	asker	\N	SUBMITTED	\N	2026-11-10 02:00:00	1	\N	\N	211
213	thuky	\N	REFUSED	PRIVATE_MATTER	2026-11-11 02:00:00	1	\N	\N	211
215	asker	\N	SUBMITTED	\N	2026-11-23 02:00:00	1	\N	\N	214
217	system	\N	SUBMITTED	HD-Y3MY-7HXP	2026-11-24 02:00:00	1	\N	\N	216
220	system	\N	SUBMITTED	HD-Y3MY-7HXP	2026-11-24 02:00:00	1	\N	\N	219
218	thuky	\N	SPLIT	2	2026-11-24 02:00:00	1	\N	\N	214
221	thuky	\N	ROUTED	\N	2026-11-24 02:00:00	1	8	\N	216
223	thuky	\N	ROUTED	\N	2026-11-24 02:00:00	1	34	\N	219
\.


--
-- Data for Name: qa_field; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_field (id, code, sortorder, version, name_en, name_vi, agency_id) FROM stdin;
131	thu-tuc-hanh-chinh	1	1	Administrative procedures	Thủ tục hành chính	4
132	dau-tu-kinh-doanh	2	1	Investment and business	Đầu tư, kinh doanh	8
133	tai-chinh-ngan-sach	3	1	Finance, budget, fees and charges	Tài chính, ngân sách, phí và lệ phí	8
134	dat-dai-moi-truong	4	1	Land and environment	Đất đai, môi trường	33
135	nong-nghiep-nong-thon	5	1	Agriculture and rural development	Nông nghiệp, nông thôn	33
136	tu-phap-ho-tich	6	1	Justice, civil status and certification	Tư pháp, hộ tịch, chứng thực	29
137	y-te	7	1	Health and health insurance	Y tế, bảo hiểm y tế	31
138	giao-duc-dao-tao	8	1	Education and training	Giáo dục, đào tạo	32
139	khoa-hoc-cong-nghe	9	1	Science and technology	Khoa học, công nghệ	30
140	van-hoa-du-lich	10	1	Culture, sports and tourism	Văn hóa, thể thao, du lịch	34
141	thong-tin-truyen-thong	11	1	Information, communications and online public services	Thông tin, truyền thông, dịch vụ công trực tuyến	7
142	linh-vuc-khac	12	1	Other matters	Lĩnh vực khác	\N
\.


--
-- Data for Name: qa_question; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.qa_question (id, askertype, body, emaildigest, erasurerequestedat, flagterms, flagged, language, partnumber, receivedat, state, title, trackingcode, version, answered_at, answered_by, answer_authority, answer_text, asker_address, asker_email, asker_id_number, asker_name, asker_nationality, asker_occupation, asker_organisation, asker_phone, asker_position, consent_at, consent_version, clock_start, due_date, promised_date, erased_at, erased_by, erasure_reference, erasure_requester, public_answer, public_body, published_at, published_by, search_text, public_title, refusal_note, refusal_reason, refused_at, agency_id, field_id, parent_id) FROM stdin;
147	INDIVIDUAL	v1:GXLzYWGlcLIMbbgp4e0Jj3N4ECBYrKm63XAUaD0a6gJMs3xyxN5etSXWgxw1WyRcag5OhOqFngYfBO3E5/1gxFz7krhT3XFNJgi2s9gBEKlyKwuJ02q8xfJ7LGafiC44BFZ8Fp4zFfAOrURRVGvUMm1BudJAeAQj80KdnzWMiYeIK8ppzYc/eYMRyEkp5I1rT6L9DFfrVhxNTra7qldEWNQ8iVWsjyvbLCI5d4VSzrE78CLx8hDV0TR8Nl5OTA7ha1rjN6+1avFAPjEDrDNgrgc7xxHdPVYk4RmQ8krxlLtX41BBoylszD7fEjRtKprDFQEcwLEn5ixDQjLzqTTkqgrwLg9Tc0w09FbF3h0=	NU7ovRy1shknWoq6gy1OCncnRm2V7h21iKKBpT8iDBM	\N	\N	f	vi	0	2026-10-03 02:00:00	PUBLISHED	v1:aCGVv1LyJgH1iMsxDVIfFrnLJu6Np2viqu4Ka9W5gS3+iiLXkAuo7PT1ySeGdhQvdjQHIpdZjLiFjfkCcvoju4m2s/LHJLXi93G1Oxi4Qs8sFA+hp+jE/xsCz8CbY6bLXQ==	HD-J7EN-7ER4	5	2026-10-05 02:00:00	traloi-sotp	DELEGATE · 15/GUQ-STP	Việc đăng ký khai sinh cho trẻ không phụ thuộc vào việc cha mẹ đã đăng ký kết hôn hay chưa. Người đi đăng ký khai sinh nộp tờ khai theo mẫu và giấy chứng sinh tại Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ. Nếu người cha muốn nhận con thì kết hợp thủ tục đăng ký khai sinh và nhận cha, con; khi đó cần thêm văn bản chứng minh quan hệ cha con. Thời hạn giải quyết là ngay trong ngày làm việc.	v1:g9xa02gT2UlVr9ARtA22f6iWiLVf/zthKkl5xTvFV/hsTg8aFshApG8Dc2SV8F3LPM2xRazunTwP6ws=	v1:LNbEiAYpdV0iq9WmWpuDeacannATUiT3I1x7qIcbS4jx8fPooZwC5ltnI32TSKk=	v1:t18mvfjU/aj2d1e06YbOOyC4XwVBvzBTSEV4B7UOd32ZazlFAIGVZA==	v1:DL4f/Pe+wEe4VvEfJO+paz9w/YSha2SeeDZvYK8s7bSGO0Ev/Wpp4Zxyzw==	v1:QDq2ZsVS0ml5kQDSbdC90fZfRe3L2GN8seV3CibU8i/vxmazG14=	v1:dPy0t7eaAzGFgnPKDAzfUltvNy8Ettt8jIVWGe+gnfPyn5alcCg=	\N	v1:y8k9ZOSJLc7hv8UMV2h/uw+pl9tCH1dSWDXS8bA4npkV3i6RxmQgmw==	\N	2026-10-03 02:00:00	2026.1	2026-10-03 02:00:00	2026-10-26	\N	\N	\N	\N	\N	Việc đăng ký khai sinh cho trẻ không phụ thuộc vào việc cha mẹ đã đăng ký kết hôn hay chưa. Người đi đăng ký khai sinh nộp tờ khai theo mẫu và giấy chứng sinh tại Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ. Nếu người cha muốn nhận con thì kết hợp thủ tục đăng ký khai sinh và nhận cha, con; khi đó cần thêm văn bản chứng minh quan hệ cha con. Thời hạn giải quyết là ngay trong ngày làm việc.	Tôi là […], sinh con năm nay nhưng chưa đăng ký kết hôn với bố cháu. Xin hỏi có làm giấy khai sinh cho con được không và cần những giấy tờ gì? Số điện thoại của tôi là […].	2026-10-06 02:00:00	thuky	dang ky khai sinh cho con khi cha me chua dang ky ket hon\ntoi la […], sinh con nam nay nhung chua dang ky ket hon voi bo chau. xin hoi co lam giay khai sinh cho con duoc khong va can nhung giay to gi? so dien thoai cua toi la […].\nviec dang ky khai sinh cho tre khong phu thuoc vao viec cha me da dang ky ket hon hay chua. nguoi di dang ky khai sinh nop to khai theo mau va giay chung sinh tai uy ban nhan dan cap xa noi cu tru cua nguoi cha hoac nguoi me. neu nguoi cha muon nhan con thi ket hop thu tuc dang ky khai sinh va nhan cha, con; khi do can them van ban chung minh quan he cha con. thoi han giai quyet la ngay trong ngay lam viec.	Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn	\N	\N	\N	29	136	\N
153	ORGANISATION	v1:R8LN+eesrSdMT2Qe0NKe/RO+gcVyGeFeAj8bRuoQyjlqPMeo4fuBJDp86Ur/Wa0qkFhBCejIstpisSKgjHxgJN6Oc3XhZ3M3M1Avaiisd6mheqJbF51USOXjPsLyQecFj//Bv5bZEyNtmnsCTB4Podm0QohwQ0nxLkZMCstIeP9OGQMwGgiv1iNuKlRsC6IbSDq6yUOZnOofGlXvuE114OjtMLUeWq29SZ6bNq0FJr0/2MVwOGntCSQd9oXiyxSkiylFsmnEt4nnHrahvIaZXsLxY1zFlFEApp7HQvZa7wy3SoVoSQ2N14ngpvrFVadcgteGK5YOWr4fos0kC61nKoznXRId0DWYVJWtYuLC7jkTeAcPBg==	DSvHyH7UWNucFdHroY-AA6rZX9d3uxXpmtwRyy1VeMA	\N	\N	f	vi	0	2026-10-13 02:00:00	PUBLISHED	v1:F/emok/g18AC56C/7tiMGeYzeD2RJLNHlosUQbG5mHYL0juXpoC0Tb5eLIFyfkiXCvnLmMP/hNzld0mrPhzFoFvA91mZOHYIsKnO6XRgVyKnhXUxtgesjGqRZHBlkVrdJ79ljZuVvRQxcK2YcsNWwP3obg==	HD-6K88-ACCH	5	2026-10-15 02:00:00	traloi-sotp	DELEGATE · 15/GUQ-STP	Người yêu cầu chứng thực bản sao từ bản chính phải xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực. Trường hợp chỉ xuất trình bản chính thì cơ quan, tổ chức tiến hành chụp từ bản chính để thực hiện chứng thực. Lệ phí chứng thực bản sao từ bản chính thực hiện theo quy định của Bộ Tài chính.	v1:tbzpxY2JN4NhYspYZhwRxOMx82Fp4eMnXSRAq0MOUgBQu1h45H3tcQBEcvzgpchBogH4+f5rOcZnWEiMa3fTr6peiKjAlZIana8ODHs=	v1:xAICCj8CaNf81S59gEuh4wkod+uXFzV36pWQqaXk00NjRqwolvG3CGXPufBgRQ==	\N	v1:qjVnwGWgs+WSjWpr2Rb3t9DY++Z71PgcZWJL5x8Wz/xfGnSdGlc6b3For4Y3sg==	\N	\N	v1:qNcSOuu3SdxE7SS+HmOiLLhxlamH5gEFfG+5lNDdyG9VQXT+HcPM7zk3vtiZdACQqaDm41dw0ByzUAFCe584RWyWKiGjNGd/Qu2D	v1:RrB0WolkcphyCip867xl9hLYLKoBT1TZo6XVxRO37SIek3fcU/u06UQ=	v1:MXszl6ug24iyTzNoZV4WnD5mjC3Zi64eYPAQUnNiWLR22i0+sc0ivg==	2026-10-13 02:00:00	2026.1	2026-10-13 02:00:00	2026-11-03	\N	\N	\N	\N	\N	Người yêu cầu chứng thực bản sao từ bản chính phải xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực. Trường hợp chỉ xuất trình bản chính thì cơ quan, tổ chức tiến hành chụp từ bản chính để thực hiện chứng thực. Lệ phí chứng thực bản sao từ bản chính thực hiện theo quy định của Bộ Tài chính.	Công ty chúng tôi thường xuyên phải chứng thực bản sao giấy tờ cho khách hàng. Khi chứng thực bản sao từ bản chính, người yêu cầu có bắt buộc xuất trình bản chính không, và lệ phí là bao nhiêu?	2026-10-16 02:00:00	thuky	chung thuc ban sao tu ban chinh co can xuat trinh ban chinh khong?\ncong ty chung toi thuong xuyen phai chung thuc ban sao giay to cho khach hang. khi chung thuc ban sao tu ban chinh, nguoi yeu cau co bat buoc xuat trinh ban chinh khong, va le phi la bao nhieu?\nnguoi yeu cau chung thuc ban sao tu ban chinh phai xuat trinh ban chinh giay to, van ban lam co so de chung thuc ban sao va ban sao can chung thuc. truong hop chi xuat trinh ban chinh thi co quan, to chuc tien hanh chup tu ban chinh de thuc hien chung thuc. le phi chung thuc ban sao tu ban chinh thuc hien theo quy dinh cua bo tai chinh.	Chứng thực bản sao từ bản chính có cần xuất trình bản chính không?	\N	\N	\N	29	136	\N
159	INDIVIDUAL	v1:iIyBD/kOhJei0fRZVOhyFJWDGofq9JaDdIJYuTyQoT5wWPrnm4STnwrJgHYeA3HezZTMnQG8rOP1VR7VOYuzyeGOEaM3XCBshCZ1aJHtheTmS8iKIY/H4UAVjlNNeCgFLeBDYkEymvAiSymfoLVyrZiZPvYxezIUUlq+oR9BezRRNLeeoc85Vch9IxaQ3QfcpmsJGr2NRg==	uv6NIZ5-iEIsLCh2JbXc9v-ckZoKdrIdh2gEWW3-3YI	\N	\N	f	vi	0	2026-10-18 02:00:00	PUBLISHED	v1:bAwNj9OE0hntPXUtkmqpHwWvMlclKiK8kSxaxDuX3GxrMwN954m+DaviwrnQVBkEOr2/1SVW/t/FNakbBsdH58+yz0e0qeNtrW9w	HD-RA5H-ERWD	5	2026-10-20 02:00:00	traloi-sotp	DELEGATE · 15/GUQ-STP	Thời hạn cấp Phiếu lý lịch tư pháp không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ. Trường hợp người được cấp phiếu là công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, thời hạn không quá 15 ngày.	v1:wPQEzDsW0I9csu0a07kYcwO2f81jGl8O0rDDQ4cNGWt2oObsnTQbxvnqLYbIKdB7Klz5vvDNK9Xh0oxO	v1:tZeiVrCbk+q0kG946O3l8iV/E6/ogGrOYCh2IqLA7TbsIM2kGsUqaaIKyzWsxxo=	v1:W5vByTsGkJxif8J+ZE0SVyq8FDGW6Qq2ubNv3C2QGPF9Raj2pn9NaA==	v1:EHOdm9Eo0zPXvhYb/6La9/oqrvtG/hn4MxhrNDikCvoCus/pBGkst3yD7A==	v1:DJC04a2rXSHLR1Z6d2bbsaioy5r578wWQaeJ4RV0LC+WRQAyaH4=	v1:mwPTRFDEQazILhGzlPFDrZxFwlLEoD989KnZB/L70ZMxb2ug	\N	v1:CPOCspmG8DTxDnPLspujcfC51UWMhWZ7p+zX9cn1Fk1wfImZBJRI4g==	\N	2026-10-18 02:00:00	2026.1	2026-10-18 02:00:00	2026-11-09	\N	\N	\N	\N	\N	Thời hạn cấp Phiếu lý lịch tư pháp không quá 10 ngày kể từ ngày nhận được yêu cầu hợp lệ. Trường hợp người được cấp phiếu là công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, thời hạn không quá 15 ngày.	Tôi cần phiếu lý lịch tư pháp để xin việc. Nộp hồ sơ tại Sở Tư pháp thì bao lâu được cấp?	2026-10-21 02:00:00	thuky	thoi han cap phieu ly lich tu phap\ntoi can phieu ly lich tu phap de xin viec. nop ho so tai so tu phap thi bao lau duoc cap?\nthoi han cap phieu ly lich tu phap khong qua 10 ngay ke tu ngay nhan duoc yeu cau hop le. truong hop nguoi duoc cap phieu la cong dan viet nam da cu tru o nhieu noi hoac co thoi gian cu tru o nuoc ngoai, thoi han khong qua 15 ngay.	Thời hạn cấp phiếu lý lịch tư pháp	\N	\N	\N	29	136	\N
165	ORGANISATION	v1:zdXGWy4f1wpHN6v5ZIi0UxzoBm5Hdp255o0/dDrr4nJbxwBVTiRzOviUcUUjPXHBUJt443GDR24j0S72pTbSuA6TjWirpV5ca1Xa6DkQiWrzelWbGyDBRuBRBnzKpxGnnmSKieik8L7I5Ub+iyLk4d/u9NlnQXH9dg4CUSmxCny61/U7b/eGOh0So/M2Rp+g53Yn17s+i8kdS6BKfxXmTXucn/TDZqUkSmmEZC696X018qotw9t2vMwq/9f545w+4bWYubE31jQl2lnRRB2hxxrIXKkx9IQnpCWK9OSo	i3JA2cIyqii39K7O2mmdZRChfQ2o4oFjGRcgHHyugtQ	\N	\N	f	vi	0	2026-10-21 02:00:00	PUBLISHED	v1:Osnzi8cTYNSr0+pUc99nqJ9/wLZMNMeonC7MEmBZUnQsNN2Dj5sLVXh8MuVYidwzrBRfpJH47w+Z/qRPQvFceK+xlCMfjffau7/vL/cERI08PuqVRF5E5iKMnjFrnw==	HD-2EGW-XFEJ	5	2026-10-23 02:00:00	demo	HEAD	Doanh nghiệp khởi nghiệp đổi mới sáng tạo được xem xét hỗ trợ đào tạo, tư vấn về sở hữu trí tuệ, khai thác và phát triển tài sản trí tuệ theo Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia. Đầu mối tiếp nhận tại tỉnh là Sở Khoa học và Công nghệ, số 032 đường Hoàng Đình Giong, điện thoại 0206 3852 133.	v1:AjNHp4xkEH9s3oA6T+mFf5mss/7oOQPNqkURRD+jVuQaAxJ9I21fmjm5Pl77fT3sX/ZC/qtwfVe4Ewz5PCb7DpqjpyOSNJ3kTlISQy9bQ+dZGWf8LkEc4Q==	v1:hh2ynpi1sPdiYulNezFJXvvhZHV39xGnw/s8vt6FuGoRPSw0Ps3Vy46Cwgc=	\N	v1:TlfKr6u8a28wHBo8rZyfLazHdhfd7OyhGmrO4XM7yhr6cxGenazoiQM=	\N	\N	v1:LEbj16ALWSWjSu1EyHqpRNPOulfDdMcS2RKGo9Mf67n98Q4VPSnLnwWYwgGFLnTyMkbigUBg1Eqc0l6GenUeVxXPWz1S+aA8UAun0sgvY48=	v1:QjJvyOVN4MwlqQ1gvzEZdHHvzAuvG5iFL40jFEc25YXXa5tPStsByw==	v1:2dgW6+tdqMlVK82l43pMpA+owNKUz8dvxZhiWSV19XNxH2fblkYCpA==	2026-10-21 02:00:00	2026.1	2026-10-21 02:00:00	2026-11-11	\N	\N	\N	\N	\N	Doanh nghiệp khởi nghiệp đổi mới sáng tạo được xem xét hỗ trợ đào tạo, tư vấn về sở hữu trí tuệ, khai thác và phát triển tài sản trí tuệ theo Đề án hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia. Đầu mối tiếp nhận tại tỉnh là Sở Khoa học và Công nghệ, số 032 đường Hoàng Đình Giong, điện thoại 0206 3852 133.	Doanh nghiệp khởi nghiệp của chúng tôi có được nhà nước hỗ trợ kinh phí đào tạo, tư vấn sở hữu trí tuệ không? Đầu mối tiếp nhận là cơ quan nào?	2026-10-24 02:00:00	thuky	ho tro doanh nghiep khoi nghiep doi moi sang tao\ndoanh nghiep khoi nghiep cua chung toi co duoc nha nuoc ho tro kinh phi dao tao, tu van so huu tri tue khong? dau moi tiep nhan la co quan nao?\ndoanh nghiep khoi nghiep doi moi sang tao duoc xem xet ho tro dao tao, tu van ve so huu tri tue, khai thac va phat trien tai san tri tue theo de an ho tro he sinh thai khoi nghiep doi moi sang tao quoc gia. dau moi tiep nhan tai tinh la so khoa hoc va cong nghe, so 032 duong hoang dinh giong, dien thoai 0206 3852 133.	Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo	\N	\N	\N	30	139	\N
171	INDIVIDUAL	v1:H+gIdMW3RMdr62Px75wANHnJVJZyeTUks4Lvezyl99UFyVanGL/1NxKholHHLo06B7pP+05t5gLaZlqHhqERxqV4TtRUR6h8zfFDX2g6XlL7mJUH4VHfWpWImRl5r3OYB0+dQ1yhBeHvCna46Ni8o64Va8mrdGbEGdz/pjMRxyaQI7eBScwm5ywAF5ly4mC6q1MoQImZ7HizfR854nqKrtUTfZ64flTRKBNjroCEp9M3usiVoU4czOGlVsCKQvIFYKDfsRqoo4/1	\N	\N	\N	f	vi	0	2026-10-25 02:00:00	PUBLISHED	v1:soVKEEY0kzIcd1Zgfj2SBws2ytGxnGGwyk5rRS+yu91sIvdJyYPyyICq6Uoriqfn/DDXJVJc+QVe9ntsk5au0Uvucqn/3az/I81xHDVnaMxO+h0T67koKzhu	HD-BNN9-DD84	5	2026-10-27 02:00:00	demo	HEAD	Theo Quy chế quản lý, hoạt động và cung cấp thông tin trên Cổng thông tin điện tử tỉnh, ý kiến trả lời của các cơ quan, đơn vị trên chuyên mục Hỏi – Đáp chỉ có ý nghĩa tham khảo, không phải là cơ sở pháp lý để giải quyết các quan hệ dân sự, và việc hỏi, trả lời không bị điều chỉnh bởi Luật Khiếu nại, Luật Tố cáo.	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-10-25 02:00:00	2026.1	2026-10-25 02:00:00	2026-11-16	\N	2026-10-29 02:00:00	thuky	Đề nghị của người hỏi qua thư điện tử	ASKER	Theo Quy chế quản lý, hoạt động và cung cấp thông tin trên Cổng thông tin điện tử tỉnh, ý kiến trả lời của các cơ quan, đơn vị trên chuyên mục Hỏi – Đáp chỉ có ý nghĩa tham khảo, không phải là cơ sở pháp lý để giải quyết các quan hệ dân sự, và việc hỏi, trả lời không bị điều chỉnh bởi Luật Khiếu nại, Luật Tố cáo.	Câu trả lời của cơ quan nhà nước đăng trên chuyên mục Hỏi – Đáp có được dùng làm căn cứ để giải quyết tranh chấp dân sự không?	2026-10-28 02:00:00	thuky	cau tra loi tren cong co gia tri phap ly khong?\ncau tra loi cua co quan nha nuoc dang tren chuyen muc hoi – dap co duoc dung lam can cu de giai quyet tranh chap dan su khong?\ntheo quy che quan ly, hoat dong va cung cap thong tin tren cong thong tin dien tu tinh, y kien tra loi cua cac co quan, don vi tren chuyen muc hoi – dap chi co y nghia tham khao, khong phai la co so phap ly de giai quyet cac quan he dan su, va viec hoi, tra loi khong bi dieu chinh boi luat khieu nai, luat to cao.	Câu trả lời trên Cổng có giá trị pháp lý không?	\N	\N	\N	7	141	\N
178	INDIVIDUAL	v1:328BgUT4r1Sf9eD0NOyq+C/LAOCERBr6oozC5wDSXR4IwGU98MlUSorPhJMVJlHvdYIRUDLRuHy7KzBq0TeUQQVnkdmxvnViotcZbliwHYj0l7ZEpOR29SyedmzW9s6Whhrgt/Kg+eIfs1huE0K71E3u6TWCgf3RwXAyfxCqK3vj0SisipC4IMsm5BVrytmqXnTgFv3dwY7SJ6GHK1U2sTY6v4I5wGFHk8+iUODwe0taylgjEcCJ/USOcqIqMAhv36XO0gbqzrW65DJznjfSs169EWqzUHhL+KNOeoLcE30=	JdjcOVZSl0ZfmQH1-SmjwJV1revF_sElv2AEgANhvwk	\N	\N	f	vi	0	2026-11-02 02:00:00	ANSWERED	v1:3KgUbSFy/IjbYnzYXxeABtIGOXBHZY5ejZ00iqqnq2FRGRwvj1jRK8DMoh8p7jtB+fH9io5jiAQjWOUYZnZ/ctFsdg==	HD-5JQC-KPNM	4	2026-11-04 02:00:00	demo	HEAD	Người tham gia bảo hiểm y tế theo hộ gia đình đóng theo phương thức giảm dần: người thứ nhất đóng bằng 4,5% mức lương cơ sở; người thứ hai, thứ ba, thứ tư đóng lần lượt bằng 70%, 60%, 50% mức đóng của người thứ nhất; từ người thứ năm trở đi đóng bằng 40% mức đóng của người thứ nhất.	v1:iBRxjOGeZebee9Iwu+D9fv3E7i6xAfekw2vo333uiz++0pMFRGliV6XQWxfOlkfsczqztyxHFUGBIRXU86CcOHkFQUCaoFg0E2WYXAbUjs5DqQ==	v1:hD58Nib/rKvqrd2D5C4Ayr9aBwMJ3qO2bEBU4OXw7zoFEHAunmAL/oKZYKmu3r2kTw==	v1:KkcJ36Cs9EQA9PPOELPJ4sWTNfiJ1OYmyQ/+u+TsNDEsWutEUcb+og==	v1:I6yBKyYGagSnYRZqjEckZfoQ+hfxZ1xmHMgOoX7e0adiXAsKcF5kv3b37er6	v1:C1jgv0fpEzvcY58rIYnQznTXP5u1bYE/dGtfe4YaS6xl6vjTu5E=	v1:rs0e/rsKn43q5olF0R+1z80u+iFpq1WVg2igpxzCyCAGUsa9Ljc=	\N	v1:2OAVdDP9qr5eCx/vmP3l1ofBy205nx/VyiVewUfCU4Hr7TZTmmryOA==	\N	2026-11-02 02:00:00	2026.1	2026-11-02 02:00:00	2026-11-23	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	31	137	\N
219	ORGANISATION	v1:exjYXOC1uMKRxcZLXSw+GtLJAieN/kaxJUf4eh1iCvuadd0TwOWZuI5hNFY2+ZwxjVAMbOtqzRI0ciES3K+ON7JLqwHT3tWPgeD+o0fMVOTZUQMipYVxNV/iWwy8ClRCfGEokCMkWWFiLLQwig==	\N	\N	\N	f	vi	2	2026-11-23 02:00:00	ROUTED	v1:ewsMyUyrRRW0/ZOqq7J8gYEu6NR5sA7C0AT4oujc++SmqfH3co+SBCx55v8v3cJn093hI1HegFEUTF9EHx/+oWzDhFEDN6CeNyDJAkw=	HD-Y3MY-7HXP-2	3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-11-23 02:00:00	2026.1	2026-11-23 02:00:00	2026-12-14	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	34	140	214
183	INDIVIDUAL	v1:31HENISbcquhflERaDhNERFQ6zKB8PT42NqLOJKFV7zQytXWa7plrAa50rcx0ptdpoCzjbxDO15ebM/NmFdlQa+nna7532vCP5xWKyMXFXFqiCouGWsisXxZD7JYPdnlMCsbRv2zeAOzMi8GV/dc1sKZ1YiA0zfHAGqPjSeAm11BzK+Cqs5uWO9QL1MYZIa3Sjp65xwxyVeTarQlPLuLzRAixKHcPH1BTALlbg==	wcCTf_yy019ep_6dWwgAHZXkrksMk8uiTyjshI0CnM8	\N	\N	f	vi	0	2026-10-28 02:00:00	ROUTED	v1:Ja8ZZ9V5U3Uv4L/PWpB8D7jxPtK1OR0eUvdqpU4f0qQdxKmQcNY22iB5ncHxiIoQDvZ9NFQvrIG0O13yaPJJkPYwdQnxkuoSLwn0HX5kEm85yA==	HD-X7ZQ-JQ11	3	\N	\N	\N	\N	v1:DoW5mu3Y8De+UbZhUu3H8G5nVpRwrvgSxZ3XHlgO2Z0z0FWybKpNTXIAwe13QwYDKi3MEgN8BrA6LDZn7WIt	v1:kLQmJXp/w8djTb9iIZL42ve+ZA1P8WYYGJmlgK0PaHVp72mqYK9NQmVFUdLZdJg=	v1:6Q+hGM2h7ventkhL1fgCYHaNpdV3kbzqtchdhAgSfEqdo2oZTjMXBQ==	v1:Yd6gCQrLi1Nzcbb1fZLmyLkpMy/b+QGEw/WCmbdZ8qT/HC2WHy+bcbNR	v1:Fino/oJ0m2bJ8U/Wm+CoF0+Kfbgh7MAK8bw4yLkSOS0spjZgUpc=	v1:qoVkjxZJGWmJdPNxijAIzJdpTYZINVHyKU38ZF0dv9y/Vd3AztZ9	\N	v1:Dm91QVz0CHYZWK4a8+5I+sXb5WfxkyxD3+tNwfl82DzwloSo3pMOtQ==	\N	2026-10-28 02:00:00	2026.1	2026-10-28 02:00:00	2026-11-18	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	29	136	\N
187	INDIVIDUAL	v1:NTxNzlBJOU+ngBKP2fZNQ+QzpMp9n/hewmKFenvgpvEPthZ8qlntsc1jE5DaCiOo000C871WED/ubPvMQtqx0lSK7xjl+oFPqWoGHrgAE428Tlg6sC5K2o3CPZ/o0880xyc+SZN9htLmKjJtLFrWGoCe9uo/rFJaq0IOeK0ay+UurlGc5cMefzevYnlwHMB6+14vdNMzkGSJDQ==	Oh_sZa6GpZcQ4deX4S1V2VRsSndgifTeal2rjSSIujE	\N	\N	f	vi	0	2026-11-20 02:00:00	ROUTED	v1:BQQbZY1J/IxW2lNuToN61Db6Ft1WgC8tEN5Ld5b75WGIHpkZuGguRRVjkFUFi38CWh6O8100T8YvclK/hg==	HD-AQ1E-SJ9D	3	\N	\N	\N	\N	v1:qMuAJrhzsw39U4AKIQR1/fslnVN5tVfgK0ueK/RtC9r03J/wS2bmjjy29Kp70IB7ITZb8m12qkw=	v1:P91LSxs7BC1+RaBZTOCiRBYrYvO0SyXezA91rZx7Cgca8BnWHuU3Fg2/ZRp/rA==	v1:tCRX8kDwenU4Zee5mHiDt3iTy7oDo4LicfBnGxV2JAVXJaDpxkP+YA==	v1:3XQZTRuGpI094gB7z4gysiKgYL7U8udKqlVp1TjCpK2IFCh9N0DHjKI=	v1:JyfsM0jdsGI9A9Nddsc7yRu1ZysGa4R6XBT/VghICKuT9QM4MNw=	v1:s+FqeMJD6P+JAU/VqwViiKF6i5LK4iiqyEFyauWde5ejug4Xq7YI	\N	v1:/6/xsiI30Nvc2XeHq8YalqR6D3VaOJWhYvV5sb1GQxxM4qXUi3DHaA==	\N	2026-11-20 02:00:00	2026.1	2026-11-20 02:00:00	2026-12-11	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	29	136	\N
191	INDIVIDUAL	v1:7Sm1yORI6zGQzn43i/NWyQteoggUwmWyEKthYXSj370MaAmTfv0faQenrRqAaoe4u5584b+BHaxE9KTTI8ApxRGkNFFEOuoaqkwkXHv3brYoFxYzCHxR9iC75Mp0gExwiWHd3WdY9TDXt5RVRJmQQkGbsLvCapplPN4QW2rrMVe9lcFAf/1uhOOo61Q3v7qzt8cqQYTnhlbBhnLspCRsGl5muBh24gx0e5HfSwek7aE296G3som4Hzp4tfHOLiGGNZE4	Qi-kNdbk0y6yi4D2WL9aed80pe4uKyPfGkZDx_Phnyk	\N	\N	f	vi	0	2026-11-12 02:00:00	ROUTED	v1:pfoKjsg4tBj3oJlckLYKygwcdBmAxA2m1+LXlrHmBlbyuoZq57HZvN7Ak/0tAmXZWq7DxjMK46d83VNXxMWIzw6ygFT4UaJckmZZrtGYa5Iof1I=	HD-GT2Y-36YB	4	\N	\N	\N	\N	v1:5/d4bt0aBdhyFhwFiaeF9rhYzRo1HPhyLSRQAvCQkLGFJkOOfSKMFAqjxjUsZi9LTqSleMF6BkQKi0PE/7c5	v1:HXd3KwPWoIQLoiISqT9TtlfscFLNLtd4UxVaKBwMNofqKQrOliuJNgsIz/1VUg==	v1:Z63m2bwyDky6hKIV16xuM6t2Lrj2z2atVPph/8qW/GxHNUVe8zksIQ==	v1:1/939Yb4Z4EkEssDVY469tpxF4ivGwKJZibtq3+xFU3kPood9wtmRGhE	v1:OP6mC1tfKjnhEJ7jxV717nmc0awTFFMiCumbhYTolySMpesvbWU=	v1:58dMw0V36YOOSbnGwXZrVPqBFiMNK7z9ZOxkEiU20KPs8dZdRQ==	\N	v1:AeY4BUrjPyYVVfFHJLkdwOimxYyPu70XU8oX0DS87bU5YCg0NUvQbg==	\N	2026-11-12 02:00:00	2026.1	2026-11-12 02:00:00	2026-12-03	2026-12-16	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	29	136	\N
196	INDIVIDUAL	v1:r9ymuT11ky4Zu45AZXh21sQSofo/tTXOKS1XKVKEuAywNoSyXvvFs1w8wq6X0Vy7frB+LHuL+DxGAVJRgo6kjaLesAUTOW1UaF//DVdwxwa03kf37Aby8M8yuJMUrR8E815mIhv0EnyCoYaiA9EGpla7ll4iTNa3eUR2AGJsoZl+rIGyn6bX7vgMAcV76Dm5t+j+QfZ7	C4SBkRiB4QboQNQkW0L757hQbqhOGu2PdyNx0wCPB7M	\N	\N	f	vi	0	2026-11-16 02:00:00	ROUTED	v1:hcA+ZsNxDIDyz/Z4wbodtalWWgOucetrDtkZCGEq/wjoz0XvjiL5vTdcokwQ5n6gJx9pHt0D79ran0x5wdlUzEg3mLPj79mzBfc=	HD-F3G1-F520	5	\N	\N	\N	\N	v1:1LGoZmQxHA5Ido1BYePbYbXLxVi+fMYEh0i/RqX5PpX21TFzC90e70SFVW+gdNLyMVAmJdK6WKVCFe8=	v1:0i4n837WflE7TI+zAARIUNGZn/FlRFfu/g7sLaUf2diuwvFOhkjcLzw42NplwPw=	v1:sJBw3mgcFqQE88jihRuceBwpHdxSWFohRDCh9GYsCKYlmEIp0Sqh2Q==	v1:nbQDEQH8KtPeal1vDnmuc2CNX0StlZJB7o9g0xzKGMng45fBKBy5w6GLRQ==	v1:yGYIRkxfzzEDDyGl4IDskLzimI8/lcPwJ/ndgAbNmpcsD4KHvRY=	v1:Yz5dtAFGrkVLlKomFCgDdNBFO9l35mKxhqSjseUBCvg2QqTOC8Na	\N	v1:W4Go3rDjlXf4Vd+cooi/IjrJoLszX6x26LntJsbAcqOmXRb9Zv4Fdg==	\N	2026-11-16 02:00:00	2026.1	2026-11-18 02:00:00	2026-12-09	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	31	136	\N
202	INDIVIDUAL	v1:w+zt8vPizRobMLyzHZpzGhqVfr4PrrUiJs+CUq8XY4dRIzzJtEx5wTI+dKAs5csCoYP28ZeK47AF5HzTMLbN5ktU20hBOUUZRNcRO/mWP7zDuPRdyrtIVUQM5AtUtlpC4J6bg9zbc1gZlVUwnSlG+J7qcuO+bWrPnRVVY1BkopiV514mEB9sJVU=	m9t5CUZdvCwVPv_l_UPqOtW1-3vSXkE1Ep2Yxeshtkk	\N	\N	f	vi	0	2026-11-29 02:00:00	RECEIVED	v1:WulotysTUmp7xgkpABNhmN65ss/lhbzRFY5iTuimU7loXF2v1S9o8dIVBG6bp2jQib31hk/lX5/PhTkCDgGxAGcGIySlTCGMdBXl	HD-QZMX-N57Y	1	\N	\N	\N	\N	v1:KsfL+bRdBX43faCc4zibhYJeUwb0dxQxvv10AN3bk1TWSlbMyynZhOIrdNgIMJxb/chBdRrwFK0L6WXGdwnOqg==	v1:8m5AwACTAXHKvRm2ge+IMq7HSl8nkoxxik3ojexS91P+Qsto4wHSF71QRjJDmq0JtQ==	v1:kXqJxIIykGpmfpSYUmsGDQy2QkJJCkr+h3qiIjS5F4k2Uwi8Xiq+dg==	v1:t8d5Mqg52F0PeG413T86yKApyxVv50dvRU+EUIPN9sG0YNxPo3kxJJe5ZEI=	v1:c6D5lunThfV611vd6awIlPvQQAWYqIo1AUu5cQLbt2IT4ZWSh0I=	v1:owUP166JMxjdz6LLXwuA595sDCkISmfHjjegwFrk+veYtuwj+mM=	\N	v1:TJ9W7fFA99rRdEj7rpWcCOdIbysf/oFB5rBdfdrFor+Ppp0xxL7pwA==	\N	2026-11-29 02:00:00	2026.1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	135	\N
204	INDIVIDUAL	v1:8l6b/pYLEJfBILX6SSRkfyR2jJ6rLrEO2FRZ/GRLfo6mzp96b3k+gnUtsqAjj7J6vJW2B2sryG2BuxHBeS7JpMdzzmINsNYHJuBRuatF/mffU7+jmAqaRS68if5SKmr7alOJdYCMf4Vg1POA4HZRyCSC6qohv6Gi0nKZskipvJEOAtk3mt1MpQzCJQ==	w9TteTll3znoIEHp79KkVuorc669K7LfOq06YtSYzho	\N	tố cáo	t	vi	0	2026-11-30 02:00:00	RECEIVED	v1:fdqH9mOhT/p0k9Gr+E7Kg3iArLrFSR7DrcrD3UtCO+RYvuWyk571Q8Kq/4xLfk6ZoSE+6myo0h7pjw08H/ak03IkEPHBKNksKI7eJLpF2C9i7vI=	HD-PSE6-HKH1	1	\N	\N	\N	\N	v1:kfQf6FzEbQGnTOmcn7JbvzcxJIK+BDITPtsTCpirgWXNOfoZYZkBHz0cQIgZi81G3mE5vVtDVD+vr03//bA=	v1:KW12oU5lWbgqbFrHWC87zpqQ3ClqVlD/LDqxgTOrLG2d4QJ+elQ6JEp9V8ZxkhDi	v1:+A0doMJz0eWOlzB9vVNRVsOPV+Th0Ei46IGB+wzweAYb3nQe29yG4Q==	v1:avKFG8laxtr+CnpYciXS9E4m/sZyzPkhHE1F4Rg6+/vFxOnWpPIklgN7nw==	v1:StSBLPm2nYCpQL/nzJrqwbq2pZWnCm344d383KKZA0UAViW4z5c=	v1:6cRgUzb656gzzHESBgoHJbLlCGQJJeP04XF8VAnmYrIlprn4pxZwTw==	\N	v1:1UjPwCcFutYIp75nXzqulnl5SeyW5A9A0kBxw5x+xM9pzjxj2DZhjA==	\N	2026-11-30 02:00:00	2026.1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	134	\N
207	INDIVIDUAL	v1:aAjZ/mqS2Bn26hJmhF+rv4boFx6FdbhTB2jeuK5dLUPCBT0Paj3UExlblOPp0fsTZJXy0VIoxN7OiyJ7zyfh4NiI8lJSSIkbo8mKnaVMJpNAURG+EYgIKhMqn1XY82MEPNfCSU4tikt21yQ4umO3lBRIQAR2mQlS1lyJBueGKtpO45rG8xzEm+5QHf2zT035PUgB20dxXpRkTQ==	1-Yy-pKGI-LPaNMXIqhb4d-A6-IdV20Ev6Iz-lXZ7XM	\N	khiếu nại	t	vi	0	2026-11-07 02:00:00	REFUSED	v1:ww7R71+GD+cHbOjVxNrkBKhEI2ziCMlAhZnbJ6DnlpO3HOL+nf5NsEbtU6QYevM/HFZzi/K0W8Hx9zHX7WtRMPAq7XP8/XdRVWY=	HD-P1M6-91WA	2	\N	\N	\N	\N	v1:rRhVgYOJvLvZiWRfF89Q4x74tmFb/0GOdO8OEXRo9x5DGdVGcOPbFyrVK52yg0EeD8AM6VGHMNvM	v1:2Je+yi9I/utzWoOAvykQJGCRGSVz2bp4CdmUqIX8mgGsHVhO3hQCRyZTklvlwXQ=	v1:9skaXA/CpxkcZltIhKj70I+twyicQQDt0/lFVNt0WLxQq9Zn/R7tzQ==	v1:1Fj6z/e/GGS3ufUij/y+C4iMrdUQ94Oj9w5Rr83c+LqAPsQwOP6k1qobeA==	v1:32hi9UWH0VdyElKrv7rWCitx9eD2n8wxWdKS0mgKvN/cHsqQbGY=	v1:auAnpSfU5rY7ge7B+rIq8X4yD6EIhv6g89scrH6kLxzt8OQgwnI=	\N	v1:FW8rpFiR+t/PKA2deTuhHcquUDnU/eUn/ugrKCWE6Deu8sD6MQZ9iQ==	\N	2026-11-07 02:00:00	2026.1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	Nội dung là khiếu nại quyết định hành chính, được giải quyết theo Luật Khiếu nại.	COMPLAINT_OR_DENUNCIATION	2026-11-08 02:00:00	\N	134	\N
211	INDIVIDUAL	v1:cwYZcLIDubRy25AMuv6Sh45/way4HS2j9hluT//MKcfJ0V4E8gdu5/D+0dXwXGNz4fOA7i27vxRI/V5YeUn+x0uQFQ7LlF5UtV4iMa4U9vuEQ2x75qknRCvwOkypAnQxVFqJUbiKrtP1oKRLuMkT5LYi9KDv/Q==	YkaSyxS6l6viKJf2FEoKTH3qn7a91ThGkNnBi9jfbmo	\N	\N	f	vi	0	2026-11-10 02:00:00	REFUSED	v1:El5ND1sJul9Ca8HEd8CgNc5EN6Snfssf2ynI83ZYa0HH6jgp0G5okwu71thww/1fPPEZSv4vNuspATmeFAe0z4oopA==	HD-8NNK-QNT0	2	\N	\N	\N	\N	v1:jPCqUKSZkRvyDW0BaV/8fjlg16qPw8CMQqoKDVLh9+5VUBv5dTuOYstBsqXSnQj629mdHAzDe8IGkb/2	v1:zf0C0z2PCvsIBD0Yp35WFSo474WjcUW1lPgXRnVJYCmXYkYJBc1xbnr4eo2ZGI1P	v1:IzQkXuUM3QQKy1l7t8y8Wq38A3GnLel6bde0Yclwh/tbj1bVE2eBjw==	v1:QC08f6W2H3ejrr0o3zmVCbuScTQ2sOoIbPWQ6+Nin671+x+/Ihisfx8nXp4=	v1:vIDbLBuS8uPx+PRjGS0SLm1grAdrn8ExmElcBgwRNbl8FsKzx34=	v1:emzB+x3bh6+9k2T5lc2EKF9zXLT/7fcsq+TSXlLjkvgjfIk=	\N	v1:CkmObK6ejZQo2y8e4J61KF+4Y1lY9Sxh1dizCN08Iu1iWODzHoBNgg==	\N	2026-11-10 02:00:00	2026.1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	Tranh chấp dân sự giữa các hộ gia đình, không thuộc công tác quản lý nhà nước; đề nghị liên hệ tổ hòa giải ở cơ sở hoặc Tòa án.	PRIVATE_MATTER	2026-11-11 02:00:00	\N	142	\N
214	ORGANISATION	v1:LEWYWq3v1BZuPD+a9v86N3JChbLkhvXWnS8tSQ81YC04XbKkagUNHj3WwcmOWvmKgTMFBBY41oLsE07JQ2Q+TCI4h/qBI1O3mAHeGOOMaZwgOt2u7sQMo2vTJHi1LbTc1I+Os06ZSpgchE5gtcXpq1qH0jSSzdbfdUcqFvJ6WyniU5Ox42bWAOzJfe9iwGVrV8Pg4iVleZO3G/4yem35CHC5bPQedpwT8rOdywO3Wq0i0Sw5EupiZQDAWvIwFSPYa//5IZpv3Z/igE04UxJGk03S7Q==	ZKU0C9NDR-KJ6OPNcKi83YhgD83o7xzc5_Zfn1iA548	\N	\N	f	vi	0	2026-11-23 02:00:00	SPLIT	v1:TsArHqwXD03D8k45Q3bc9yUeR1jWq25Goamq0nlMvEbwwVeyNu4x0AMT9LFUTlPFqdDiapjzrpg0mTkaeLan2iJPaIcQIw==	HD-Y3MY-7HXP	2	\N	\N	\N	\N	v1:vT+o6U1xCmUFMES/GkoU+M62Mc/JJKqC0J8l9zb/7Z2IA3CIWWslpHx85PlkIuYaQF5sKcWH2658LPbTrIAufA==	v1:V6xSQGLC3u9KK/FB9yEF89OLZEd+kvU67KtdOVHZTRVuUdZ7/Xe8BeZ95j5MYaye	\N	v1:JSmKCC0R/0L3tj8CmiRJdb0VmtUtne2MG6J9CvFUc0m/kB6pqWmnaRzRH4rp	\N	\N	v1:2wXO0+nHmoG1SqFIh3PVh97vrKEm7xpNDhuhIhsq+5g5DwkuXBWLMxPHWgyKAHZhB3rHQpALPbZZTshuMDap7Y6HrHtLdYk=	v1:nWQff+vckwzs6TMw4g+NEu2sqH/j73cgERZjr5peYJYDWAVz2NF0vg==	v1:f8Ybne8gBOX15bTNvLynZu+L42hMO2V94H5moKsyjTwphrk2VUYCClbd1aKvE2F8Ng==	2026-11-23 02:00:00	2026.1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	132	\N
216	ORGANISATION	v1:z9XvsnKwYhHr4H3m0yWI8KYZ5yvjsJAmVZ7lgCHV3+cOKYFtI8b9aT7js7tHtFr/GlWL9PunBViB8F2kSgPjf2ZEOfJGLKswAlUbqswhR1MfbNh6lGms1cE5ovK6+g7dT1i3JkvZthqH3MLLUvBTKIPTuNQQGC1gSsftIMsuAmFozAk=	\N	\N	\N	f	vi	1	2026-11-23 02:00:00	ROUTED	v1:g9vMzxYLHRtklJWnjOnVsaVI3fCo9kvdjlYqXpX53cpbSOBbJ3MZ/vet8tsY7em/LrYYKHP9WvPMf/5vTZw8TD28WE//ScGHv3K3tlI=	HD-Y3MY-7HXP-1	3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	2026-11-23 02:00:00	2026.1	2026-11-23 02:00:00	2026-12-14	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	8	132	214
\.


--
-- Data for Name: role_grant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.role_grant (id, role, version, account_id, orgunit_id, site_id) FROM stdin;
27	SYSADMIN	1	26	\N	\N
43	EDITOR_IN_CHIEF	1	42	\N	25
45	DEPUTY_EDITOR	1	44	\N	25
47	SECRETARY	1	46	\N	25
49	COLLABORATOR	1	48	\N	25
51	SUBPORTAL_EDITOR	1	50	\N	39
53	SUBPORTAL_EDITOR	1	52	\N	41
55	AGENCY_ANSWERER	1	54	29	\N
57	BATCH_OPERATOR	1	56	\N	\N
144	AGENCY_ANSWERER	1	143	29	\N
\.


--
-- Data for Name: royalty_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.royalty_entry (id, amount_vnd, authoraccount, authorname, period, publishedat, sharepercent, version, article_id) FROM stdin;
\.


--
-- Data for Name: royalty_rate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.royalty_rate (id, amount_vnd, kind, setat, setby, version, site_id) FROM stdin;
\.


--
-- Data for Name: schedule_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schedule_entry (id, participants, place, start_time, version, work_date, content_en, content_vi, leader_id) FROM stdin;
92	\N	Phòng họp số 2	08:00:00	1	2026-12-01	Steering committee of the Dong Dang – Tra Linh expressway	Họp Ban Chỉ đạo dự án cao tốc Đồng Đăng – Trà Lĩnh	85
96	\N	Phòng họp số 1	15:00:00	1	2026-12-04	Meeting on year-end budget revenue	Họp về thu ngân sách cuối năm	85
91	\N	Xã Đàm Thủy	14:00:00	1	2026-12-01	Inspects tourism development at Ban Gioc waterfall	Kiểm tra tình hình phát triển du lịch tại thác Bản Giốc	83
94	\N	Trường THPT Chuyên Cao Bằng	14:00:00	1	2026-12-03	Attends Vietnamese Teachers' Day ceremony	Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam	89
93	\N	Sở Nông nghiệp và Môi trường	08:30:00	1	2026-12-02	Works on the 2027 afforestation plan	Làm việc về kế hoạch trồng rừng năm 2027	87
90	\N	Phòng họp số 1, UBND tỉnh	08:00:00	1	2026-11-30	Weekly meeting of the provincial leaders	Giao ban lãnh đạo UBND tỉnh	83
95	\N	Hội trường UBND tỉnh	08:00:00	1	2026-12-04	Regular citizens' reception	Tiếp công dân định kỳ	83
\.


--
-- Data for Name: screening_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.screening_rule (id, active, ignorediacritics, phrase, reason, version) FROM stdin;
\.


--
-- Data for Name: seed_record; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.seed_record (seed_key, appliedat) FROM stdin;
demo.sites.v1	2026-12-01 18:38:32.788502
demo.leaders.v1	2026-12-01 18:38:36.870742
demo.legal.v1	2026-12-01 18:38:39.573012
demo.qa.v1	2026-12-01 18:38:40.555524
\.


--
-- Data for Name: sequence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sequence (seq_name, seq_count) FROM stdin;
SEQ_GEN	250
\.


--
-- Data for Name: site; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.site (id, active, kind, logopath, slug, version, attribution_en, attribution_vi, contact_address, contact_email, contact_fax, contact_phone, contact_website, name_en, name_vi, owner_id) FROM stdin;
25	t	MAIN	\N	tinh	1	Source: Cao Bang Portal (www.caobang.gov.vn)	Theo Cổng Thông tin điện tử tỉnh Cao Bằng (www.caobang.gov.vn)	Số 11, đường Hoàng Đình Giong, phường Hợp Giang, Thành phố Cao Bằng, tỉnh Cao Bằng	banbientap@caobang.gov.vn	\N	\N	http://www.caobang.gov.vn	Cao Bang Portal	Cổng Thông tin điện tử tỉnh Cao Bằng	3
39	t	DEPARTMENT	\N	so-tu-phap	1	Source: Cao Bang Department of Justice	Theo Cổng thông tin Sở Tư pháp tỉnh Cao Bằng	\N	\N	\N	\N	\N	Cao Bang Department of Justice	Cổng thông tin Sở Tư pháp tỉnh Cao Bằng	29
40	t	DEPARTMENT	\N	so-khoa-hoc-cong-nghe	1	Source: Cao Bang Department of Science and Technology	Theo Cổng thông tin Sở Khoa học và Công nghệ tỉnh Cao Bằng	\N	\N	\N	\N	\N	Cao Bang Department of Science and Technology	Cổng thông tin Sở Khoa học và Công nghệ tỉnh Cao Bằng	30
41	t	COMMUNE	\N	xa-dam-thuy	1	Source: Dam Thuy Commune website	Theo Trang thông tin điện tử xã Đàm Thủy	\N	\N	\N	\N	\N	Dam Thuy Commune	Trang thông tin điện tử xã Đàm Thủy	37
\.


--
-- Data for Name: site_menu_category; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.site_menu_category (settings_id, category_code, ordinal) FROM stdin;
\.


--
-- Data for Name: site_settings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.site_settings (id, logotoken, version, site_id) FROM stdin;
\.


--
-- Data for Name: user_account; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_account (id, createdat, displayname, email, enabled, failedattempts, lastloginat, lockeduntil, passwordchangedat, passwordhash, username, version) FROM stdin;
26	2026-12-01 18:38:32.109968	admin	\N	t	0	\N	\N	2026-12-01 18:38:32.109968	pbkdf2-sha512:210000:1f5Gnsb8q1kSRRmiN5FRbQ:szS/pKKVS31QoJcZLVGKPFsEdEGIqq3ZLikeSS5q9dtza7kfgI5bQz2llDVrBRc2HtYdUsN3tnLaYAFjfGX7YA	admin	1
42	2026-12-01 18:38:33.435774	Hoàng Văn Thắng	\N	t	0	\N	\N	2026-12-01 18:38:33.435774	pbkdf2-sha512:210000:9BXCbN0OzvuwcD0CO31OoQ:JYWa2dzt4UMC/6AX67ZfNgQoKyTdLhn9McSaWRqxE5jXRSmYNJlXiNlq59F2h/glL9EI6MWXYTOxeMsFooT1Uw	bientap	1
44	2026-12-01 18:38:33.704385	Nông Thị Hằng	\N	t	0	\N	\N	2026-12-01 18:38:33.704385	pbkdf2-sha512:210000:hYYRP/pDZD0c16I5wLar2Q:3rQWovXo2NRb6gi/w+ohkRVkvy3stiEaS4LxBTmwTCgwFRUSmgYRNYGbR285zzxvSVFIRw35UtDBHecmjr2QZQ	phobientap	1
46	2026-12-01 18:38:33.912563	Bế Thị Lan	\N	t	0	\N	\N	2026-12-01 18:38:33.912563	pbkdf2-sha512:210000:bNEL2vu+CbY27BPDqmX7gg:TjtoFQxdT3T2h+Nf8qnq84NG2Q4IYkQ9Yj+pE0isjhJ3RvMjjyikDnNtZDKwiyPBOWWXKgbgI1faQG9c0lzIsQ	thuky	1
48	2026-12-01 18:38:34.275944	Lương Văn Tâm	\N	t	0	\N	\N	2026-12-01 18:38:34.275944	pbkdf2-sha512:210000:eJvJeAoCLaH3F5ArFlffvA:DSTwrz7z+mR4TszXb0yntnJYoDYnafFUKxBuMfpaYHt7NVBZ2TLHNIBZmrbAz4sohrZ2uEL+paoYutC91tkiHQ	congtacvien	1
50	2026-12-01 18:38:34.678934	Đàm Thị Mai	\N	t	0	\N	\N	2026-12-01 18:38:34.678934	pbkdf2-sha512:210000:FXrVpYNn2WavieruosaBvw:39Fz5O84RFPWDjV6inwxJVwn4Ep8QYD4gpAxGuHNcCVhZ8/XAo3mrf7vRd+WQSqd0YqmX5wdtITfAd1FjEOQlA	bientap-sotp	1
52	2026-12-01 18:38:35.045394	Triệu Văn Cường	\N	t	0	\N	\N	2026-12-01 18:38:35.045394	pbkdf2-sha512:210000:A/9leEoHDlqtn9C5sjhPWQ:vKQhf0XEqQZOeHuG6StlTQpaxd0qXBAEscx5GVgfya2urPZ9fza0PwL0HaSh5hHzGJ+M9zlwOFFhm8hOwpPrMA	bientap-xadt	1
56	2026-12-01 18:38:35.875449	Mã Thị Thu	\N	t	0	\N	\N	2026-12-01 18:38:35.875449	pbkdf2-sha512:210000:evbvP4ouzOEP3J3An12TiA:CR58KxDtfLrVtdZaiEeVh3276/Wfcr8PgTkBA0on5IX1gU7m4eXvxIsbuu6oSqL3Q8D99213CBi9ROiVQXfOVg	vanhanh	1
54	2026-12-01 18:38:35.481209	Hà Văn Sơn	\N	t	0	\N	\N	2026-12-01 18:38:35.481209	pbkdf2-sha512:210000:9h5Ea53tMBgi2TcgViCL/Q:SPQsGE7wmBJ3K5pLOEBRETZbteIsP3F3Z3M1mKqGwUp/juXurQGyyF8oC6JtbY3t719SZCcZM1LMCCPUyKITFw	traloi-sotp	1
143	2026-12-01 18:38:41.659172	Nông Văn Hải	giamdoc.sotp@example.com	t	0	\N	\N	2026-12-01 18:38:41.659172	pbkdf2-sha512:210000:ySbJbeY/RmSheeXJrBIbKQ:+ladH+/CvRaWbfsU1e534Cwwr2uQQ4GbPgzlGwCUbN46yBIg8u3cB6yKc3AgzASC6CV1gDND4sXsTjlsQPkb9A	thutruong-sotp	1
\.


--
-- Name: article_event article_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_event
    ADD CONSTRAINT article_event_pkey PRIMARY KEY (id);


--
-- Name: article article_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT article_pkey PRIMARY KEY (id);


--
-- Name: article_revision article_revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_revision
    ADD CONSTRAINT article_revision_pkey PRIMARY KEY (id);


--
-- Name: audit_event audit_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_event
    ADD CONSTRAINT audit_event_pkey PRIMARY KEY (id);


--
-- Name: calendar_override calendar_override_day_date_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override
    ADD CONSTRAINT calendar_override_day_date_key UNIQUE (day_date);


--
-- Name: calendar_override calendar_override_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_override
    ADD CONSTRAINT calendar_override_pkey PRIMARY KEY (id);


--
-- Name: category category_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.category
    ADD CONSTRAINT category_code_key UNIQUE (code);


--
-- Name: category category_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.category
    ADD CONSTRAINT category_pkey PRIMARY KEY (id);


--
-- Name: deadline_alert deadline_alert_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_alert
    ADD CONSTRAINT deadline_alert_pkey PRIMARY KEY (id);


--
-- Name: deadline_rule deadline_rule_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_rule
    ADD CONSTRAINT deadline_rule_code_key UNIQUE (code);


--
-- Name: deadline_rule deadline_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_rule
    ADD CONSTRAINT deadline_rule_pkey PRIMARY KEY (id);


--
-- Name: editorial_delegation editorial_delegation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.editorial_delegation
    ADD CONSTRAINT editorial_delegation_pkey PRIMARY KEY (id);


--
-- Name: gazette_entry gazette_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gazette_entry
    ADD CONSTRAINT gazette_entry_pkey PRIMARY KEY (id);


--
-- Name: gazette_issue gazette_issue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gazette_issue
    ADD CONSTRAINT gazette_issue_pkey PRIMARY KEY (id);


--
-- Name: leader leader_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leader
    ADD CONSTRAINT leader_pkey PRIMARY KEY (id);


--
-- Name: leader leader_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leader
    ADD CONSTRAINT leader_slug_key UNIQUE (slug);


--
-- Name: legal_document legal_document_elipath_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document
    ADD CONSTRAINT legal_document_elipath_key UNIQUE (elipath);


--
-- Name: legal_document legal_document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document
    ADD CONSTRAINT legal_document_pkey PRIMARY KEY (id);


--
-- Name: legal_document_type legal_document_type_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document_type
    ADD CONSTRAINT legal_document_type_code_key UNIQUE (code);


--
-- Name: legal_document_type legal_document_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document_type
    ADD CONSTRAINT legal_document_type_pkey PRIMARY KEY (id);


--
-- Name: legal_file legal_file_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_file
    ADD CONSTRAINT legal_file_pkey PRIMARY KEY (id);


--
-- Name: legal_relation legal_relation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_relation
    ADD CONSTRAINT legal_relation_pkey PRIMARY KEY (id);


--
-- Name: media_file media_file_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_file
    ADD CONSTRAINT media_file_pkey PRIMARY KEY (id);


--
-- Name: media_file media_file_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.media_file
    ADD CONSTRAINT media_file_token_key UNIQUE (token);


--
-- Name: obligation obligation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.obligation
    ADD CONSTRAINT obligation_pkey PRIMARY KEY (id);


--
-- Name: org_unit org_unit_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_code_key UNIQUE (code);


--
-- Name: org_unit org_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT org_unit_pkey PRIMARY KEY (id);


--
-- Name: outbound_mail outbound_mail_dedupkey_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_mail
    ADD CONSTRAINT outbound_mail_dedupkey_key UNIQUE (dedupkey);


--
-- Name: outbound_mail outbound_mail_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbound_mail
    ADD CONSTRAINT outbound_mail_pkey PRIMARY KEY (id);


--
-- Name: qa_attachment qa_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_attachment
    ADD CONSTRAINT qa_attachment_pkey PRIMARY KEY (id);


--
-- Name: qa_attachment qa_attachment_storedname_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_attachment
    ADD CONSTRAINT qa_attachment_storedname_key UNIQUE (storedname);


--
-- Name: qa_consent_text qa_consent_text_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_consent_text
    ADD CONSTRAINT qa_consent_text_pkey PRIMARY KEY (version);


--
-- Name: qa_delegation qa_delegation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_delegation
    ADD CONSTRAINT qa_delegation_pkey PRIMARY KEY (id);


--
-- Name: qa_event qa_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_event
    ADD CONSTRAINT qa_event_pkey PRIMARY KEY (id);


--
-- Name: qa_field qa_field_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_field
    ADD CONSTRAINT qa_field_code_key UNIQUE (code);


--
-- Name: qa_field qa_field_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_field
    ADD CONSTRAINT qa_field_pkey PRIMARY KEY (id);


--
-- Name: qa_question qa_question_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_question
    ADD CONSTRAINT qa_question_pkey PRIMARY KEY (id);


--
-- Name: qa_question qa_question_trackingcode_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_question
    ADD CONSTRAINT qa_question_trackingcode_key UNIQUE (trackingcode);


--
-- Name: role_grant role_grant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT role_grant_pkey PRIMARY KEY (id);


--
-- Name: royalty_entry royalty_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.royalty_entry
    ADD CONSTRAINT royalty_entry_pkey PRIMARY KEY (id);


--
-- Name: royalty_rate royalty_rate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.royalty_rate
    ADD CONSTRAINT royalty_rate_pkey PRIMARY KEY (id);


--
-- Name: schedule_entry schedule_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schedule_entry
    ADD CONSTRAINT schedule_entry_pkey PRIMARY KEY (id);


--
-- Name: screening_rule screening_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.screening_rule
    ADD CONSTRAINT screening_rule_pkey PRIMARY KEY (id);


--
-- Name: seed_record seed_record_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seed_record
    ADD CONSTRAINT seed_record_pkey PRIMARY KEY (seed_key);


--
-- Name: sequence sequence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sequence
    ADD CONSTRAINT sequence_pkey PRIMARY KEY (seq_name);


--
-- Name: site site_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site
    ADD CONSTRAINT site_pkey PRIMARY KEY (id);


--
-- Name: site_settings site_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site_settings
    ADD CONSTRAINT site_settings_pkey PRIMARY KEY (id);


--
-- Name: site_settings site_settings_site_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site_settings
    ADD CONSTRAINT site_settings_site_id_key UNIQUE (site_id);


--
-- Name: site site_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site
    ADD CONSTRAINT site_slug_key UNIQUE (slug);


--
-- Name: editorial_delegation unq_editorial_delegation_0; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.editorial_delegation
    ADD CONSTRAINT unq_editorial_delegation_0 UNIQUE (account_id, site_id, category_id);


--
-- Name: royalty_rate unq_royalty_rate_0; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.royalty_rate
    ADD CONSTRAINT unq_royalty_rate_0 UNIQUE (site_id, kind);


--
-- Name: deadline_alert uq_deadline_alert; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_alert
    ADD CONSTRAINT uq_deadline_alert UNIQUE (obligation_id, level, duedate);


--
-- Name: gazette_issue uq_gazette_issue; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gazette_issue
    ADD CONSTRAINT uq_gazette_issue UNIQUE (issue_year, issuenumber);


--
-- Name: legal_document uq_legal_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document
    ADD CONSTRAINT uq_legal_number UNIQUE (numberkey, docyear);


--
-- Name: legal_relation uq_legal_relation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_relation
    ADD CONSTRAINT uq_legal_relation UNIQUE (source_id, target_id, kind);


--
-- Name: obligation uq_obligation_subject; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.obligation
    ADD CONSTRAINT uq_obligation_subject UNIQUE (kind, subjectid, rule_id);


--
-- Name: user_account user_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_pkey PRIMARY KEY (id);


--
-- Name: user_account user_account_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_username_key UNIQUE (username);


--
-- Name: ix_article_public; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_article_public ON public.article USING btree (site_id, state, publishedat);


--
-- Name: ix_article_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_article_state ON public.article USING btree (state);


--
-- Name: ix_audit_actor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_actor ON public.audit_event USING btree (actor);


--
-- Name: ix_audit_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_at ON public.audit_event USING btree (occurredat);


--
-- Name: ix_legal_eli; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_eli ON public.legal_document USING btree (elipath);


--
-- Name: ix_legal_issue_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_legal_issue_date ON public.legal_document USING btree (issuedate);


--
-- Name: ix_obligation_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_obligation_open ON public.obligation USING btree (state, id);


--
-- Name: ix_obligation_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_obligation_unit ON public.obligation USING btree (unit_id, state);


--
-- Name: ix_org_unit_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_org_unit_path ON public.org_unit USING btree (path);


--
-- Name: ix_outbound_mail_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_outbound_mail_due ON public.outbound_mail USING btree (status, nextattemptat);


--
-- Name: ix_qa_agency; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_qa_agency ON public.qa_question USING btree (agency_id, state);


--
-- Name: ix_qa_email_digest; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_qa_email_digest ON public.qa_question USING btree (emaildigest, receivedat);


--
-- Name: ix_qa_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_qa_state ON public.qa_question USING btree (state, receivedat);


--
-- Name: ix_royalty_period; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_royalty_period ON public.royalty_entry USING btree (period);


--
-- Name: article_attachment fk_article_attachment_article_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_attachment
    ADD CONSTRAINT fk_article_attachment_article_id FOREIGN KEY (article_id) REFERENCES public.article(id);


--
-- Name: article_author fk_article_author_article_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_author
    ADD CONSTRAINT fk_article_author_article_id FOREIGN KEY (article_id) REFERENCES public.article(id);


--
-- Name: article fk_article_category_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT fk_article_category_id FOREIGN KEY (category_id) REFERENCES public.category(id);


--
-- Name: article_event fk_article_event_article_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_event
    ADD CONSTRAINT fk_article_event_article_id FOREIGN KEY (article_id) REFERENCES public.article(id);


--
-- Name: article fk_article_origin_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT fk_article_origin_id FOREIGN KEY (origin_id) REFERENCES public.article(id);


--
-- Name: article_revision fk_article_revision_article_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article_revision
    ADD CONSTRAINT fk_article_revision_article_id FOREIGN KEY (article_id) REFERENCES public.article(id);


--
-- Name: article fk_article_site_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT fk_article_site_id FOREIGN KEY (site_id) REFERENCES public.site(id);


--
-- Name: article fk_article_translationof_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.article
    ADD CONSTRAINT fk_article_translationof_id FOREIGN KEY (translationof_id) REFERENCES public.article(id);


--
-- Name: deadline_alert fk_deadline_alert_obligation_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadline_alert
    ADD CONSTRAINT fk_deadline_alert_obligation_id FOREIGN KEY (obligation_id) REFERENCES public.obligation(id);


--
-- Name: editorial_delegation fk_editorial_delegation_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.editorial_delegation
    ADD CONSTRAINT fk_editorial_delegation_account_id FOREIGN KEY (account_id) REFERENCES public.user_account(id);


--
-- Name: editorial_delegation fk_editorial_delegation_category_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.editorial_delegation
    ADD CONSTRAINT fk_editorial_delegation_category_id FOREIGN KEY (category_id) REFERENCES public.category(id);


--
-- Name: editorial_delegation fk_editorial_delegation_site_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.editorial_delegation
    ADD CONSTRAINT fk_editorial_delegation_site_id FOREIGN KEY (site_id) REFERENCES public.site(id);


--
-- Name: gazette_entry fk_gazette_entry_document_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gazette_entry
    ADD CONSTRAINT fk_gazette_entry_document_id FOREIGN KEY (document_id) REFERENCES public.legal_document(id);


--
-- Name: gazette_entry fk_gazette_entry_issue_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gazette_entry
    ADD CONSTRAINT fk_gazette_entry_issue_id FOREIGN KEY (issue_id) REFERENCES public.gazette_issue(id);


--
-- Name: leader fk_leader_unit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.leader
    ADD CONSTRAINT fk_leader_unit_id FOREIGN KEY (unit_id) REFERENCES public.org_unit(id);


--
-- Name: legal_document_field fk_legal_document_field_document_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document_field
    ADD CONSTRAINT fk_legal_document_field_document_id FOREIGN KEY (document_id) REFERENCES public.legal_document(id);


--
-- Name: legal_document fk_legal_document_issuer_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document
    ADD CONSTRAINT fk_legal_document_issuer_id FOREIGN KEY (issuer_id) REFERENCES public.org_unit(id);


--
-- Name: legal_document fk_legal_document_providerunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document
    ADD CONSTRAINT fk_legal_document_providerunit_id FOREIGN KEY (providerunit_id) REFERENCES public.org_unit(id);


--
-- Name: legal_document fk_legal_document_type_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_document
    ADD CONSTRAINT fk_legal_document_type_id FOREIGN KEY (type_id) REFERENCES public.legal_document_type(id);


--
-- Name: legal_file fk_legal_file_document_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_file
    ADD CONSTRAINT fk_legal_file_document_id FOREIGN KEY (document_id) REFERENCES public.legal_document(id);


--
-- Name: legal_relation fk_legal_relation_source_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_relation
    ADD CONSTRAINT fk_legal_relation_source_id FOREIGN KEY (source_id) REFERENCES public.legal_document(id);


--
-- Name: legal_relation fk_legal_relation_target_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.legal_relation
    ADD CONSTRAINT fk_legal_relation_target_id FOREIGN KEY (target_id) REFERENCES public.legal_document(id);


--
-- Name: obligation fk_obligation_rule_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.obligation
    ADD CONSTRAINT fk_obligation_rule_id FOREIGN KEY (rule_id) REFERENCES public.deadline_rule(id);


--
-- Name: obligation fk_obligation_unit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.obligation
    ADD CONSTRAINT fk_obligation_unit_id FOREIGN KEY (unit_id) REFERENCES public.org_unit(id);


--
-- Name: org_unit fk_org_unit_parent_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_unit
    ADD CONSTRAINT fk_org_unit_parent_id FOREIGN KEY (parent_id) REFERENCES public.org_unit(id);


--
-- Name: qa_attachment fk_qa_attachment_question_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_attachment
    ADD CONSTRAINT fk_qa_attachment_question_id FOREIGN KEY (question_id) REFERENCES public.qa_question(id);


--
-- Name: qa_citation fk_qa_citation_question_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_citation
    ADD CONSTRAINT fk_qa_citation_question_id FOREIGN KEY (question_id) REFERENCES public.qa_question(id);


--
-- Name: qa_delegation fk_qa_delegation_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_delegation
    ADD CONSTRAINT fk_qa_delegation_account_id FOREIGN KEY (account_id) REFERENCES public.user_account(id);


--
-- Name: qa_delegation fk_qa_delegation_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_delegation
    ADD CONSTRAINT fk_qa_delegation_agency_id FOREIGN KEY (agency_id) REFERENCES public.org_unit(id);


--
-- Name: qa_event fk_qa_event_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_event
    ADD CONSTRAINT fk_qa_event_agency_id FOREIGN KEY (agency_id) REFERENCES public.org_unit(id);


--
-- Name: qa_event fk_qa_event_fromagency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_event
    ADD CONSTRAINT fk_qa_event_fromagency_id FOREIGN KEY (fromagency_id) REFERENCES public.org_unit(id);


--
-- Name: qa_event fk_qa_event_question_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_event
    ADD CONSTRAINT fk_qa_event_question_id FOREIGN KEY (question_id) REFERENCES public.qa_question(id);


--
-- Name: qa_field fk_qa_field_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_field
    ADD CONSTRAINT fk_qa_field_agency_id FOREIGN KEY (agency_id) REFERENCES public.org_unit(id);


--
-- Name: qa_question fk_qa_question_agency_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_question
    ADD CONSTRAINT fk_qa_question_agency_id FOREIGN KEY (agency_id) REFERENCES public.org_unit(id);


--
-- Name: qa_question fk_qa_question_field_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_question
    ADD CONSTRAINT fk_qa_question_field_id FOREIGN KEY (field_id) REFERENCES public.qa_field(id);


--
-- Name: qa_question fk_qa_question_parent_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.qa_question
    ADD CONSTRAINT fk_qa_question_parent_id FOREIGN KEY (parent_id) REFERENCES public.qa_question(id);


--
-- Name: role_grant fk_role_grant_account_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT fk_role_grant_account_id FOREIGN KEY (account_id) REFERENCES public.user_account(id);


--
-- Name: role_grant fk_role_grant_orgunit_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT fk_role_grant_orgunit_id FOREIGN KEY (orgunit_id) REFERENCES public.org_unit(id);


--
-- Name: role_grant fk_role_grant_site_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_grant
    ADD CONSTRAINT fk_role_grant_site_id FOREIGN KEY (site_id) REFERENCES public.site(id);


--
-- Name: royalty_entry fk_royalty_entry_article_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.royalty_entry
    ADD CONSTRAINT fk_royalty_entry_article_id FOREIGN KEY (article_id) REFERENCES public.article(id);


--
-- Name: royalty_rate fk_royalty_rate_site_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.royalty_rate
    ADD CONSTRAINT fk_royalty_rate_site_id FOREIGN KEY (site_id) REFERENCES public.site(id);


--
-- Name: schedule_entry fk_schedule_entry_leader_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schedule_entry
    ADD CONSTRAINT fk_schedule_entry_leader_id FOREIGN KEY (leader_id) REFERENCES public.leader(id);


--
-- Name: site_menu_category fk_site_menu_category_settings_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site_menu_category
    ADD CONSTRAINT fk_site_menu_category_settings_id FOREIGN KEY (settings_id) REFERENCES public.site_settings(id);


--
-- Name: site fk_site_owner_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site
    ADD CONSTRAINT fk_site_owner_id FOREIGN KEY (owner_id) REFERENCES public.org_unit(id);


--
-- Name: site_settings fk_site_settings_site_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.site_settings
    ADD CONSTRAINT fk_site_settings_site_id FOREIGN KEY (site_id) REFERENCES public.site(id);


--
-- PostgreSQL database dump complete
--


