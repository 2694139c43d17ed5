-- A database made by Entente 0.1 (main at 4ada608) on PostgreSQL 15: its WAR, with
-- hibernate.hbm2ddl.auto=update, on WildFly with a PostgreSQL default datasource; the five seeds and
-- two stories of our own PUT through the API, then pg_dump --no-owner --no-privileges. 0.1 stored the
-- gzip columns as large objects (oid) and then could not read them back ("Large Objects may not be
-- used in auto-commit mode"), so editors' decisions could not be recorded: there are none.
-- postgresql.sh loads it into the database entente_main for UpgradeIT's PostgreSQL run.
--
-- PostgreSQL database dump
--

\restrict WZOPQkgTSVNU5TtNkzvRCh59b2Y4n5Dr1fMCvp7tOKepRgKGKSELAnfKOkPyLeg

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
-- Name: entente_decision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entente_decision (
    pk bigint NOT NULL,
    decidedat timestamp(6) with time zone,
    decision character varying(10) NOT NULL,
    storyid character varying(200) NOT NULL,
    tagid character varying(300) NOT NULL
);


--
-- Name: entente_decision_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entente_decision_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entente_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entente_event (
    pk bigint NOT NULL,
    cameo character varying(8),
    eventdate date,
    eventid character varying(20),
    modality character varying(20),
    participants character varying(500),
    storyid character varying(200) NOT NULL,
    type character varying(20)
);


--
-- Name: entente_event_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entente_event_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entente_story; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entente_story (
    id character varying(200) NOT NULL,
    analyzedat timestamp(6) with time zone,
    body_gz oid,
    contenthash character varying(64),
    extraction_gz oid,
    html boolean NOT NULL,
    maineventdate date,
    maineventparticipants character varying(200),
    maineventplace character varying(3),
    maineventtype character varying(20),
    published date,
    terms character varying(4000),
    title character varying(1000),
    url character varying(2000),
    version bigint NOT NULL
);


--
-- Name: entente_tag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entente_tag (
    pk bigint NOT NULL,
    confidence double precision NOT NULL,
    kind character varying(20),
    label character varying(300),
    relevance double precision NOT NULL,
    status character varying(20),
    storyid character varying(200) NOT NULL,
    tagid character varying(300) NOT NULL
);


--
-- Name: entente_tag_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.entente_tag_seq
    START WITH 1
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: entente_wp_post; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.entente_wp_post (
    postid bigint NOT NULL,
    failures integer NOT NULL,
    lasterror character varying(1000),
    retryat timestamp(6) with time zone,
    seenmodified timestamp(6) with time zone,
    syncedversion character varying(64),
    written character varying(8000)
);


--
-- Name: 16434; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16434');


--
-- Name: 16435; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16435');


--
-- Name: 16436; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16436');


--
-- Name: 16437; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16437');


--
-- Name: 16438; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16438');


--
-- Name: 16439; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16439');


--
-- Name: 16440; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16440');


--
-- Name: 16441; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16441');


--
-- Name: 16442; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16442');


--
-- Name: 16443; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16443');


--
-- Name: 16444; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16444');


--
-- Name: 16445; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16445');


--
-- Name: 16446; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16446');


--
-- Name: 16447; Type: BLOB; Schema: -; Owner: -
--

SELECT pg_catalog.lo_create('16447');


--
-- Data for Name: entente_decision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entente_decision (pk, decidedat, decision, storyid, tagid) FROM stdin;
\.


--
-- Data for Name: entente_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entente_event (pk, cameo, eventdate, eventid, modality, participants, storyid, type) FROM stdin;
1	040	2025-11-01	e1	FUTURE	 CHN KOR 	seed-000	CONSULT
2	057	2025-11-01	e2	ASSERTED	 KOR USA 	seed-000	SUPPORT
3	163	\N	e3	ASSERTED	 CHN KOR 	seed-000	SANCTION
4	040	\N	e4	ASSERTED	 CHN PRK RUS 	seed-000	CONSULT
5	040	2025-11-01	e1	FUTURE	 CHN KOR 	seed-001	CONSULT
6	030	2025-10-30	e2	ASSERTED	 CHN USA 	seed-001	AGREE
7	050	2025-11-01	e3	ASSERTED	 CHN KOR 	seed-001	SUPPORT
8	040	2025-10-30	e4	ASSERTED	 CHN USA 	seed-001	CONSULT
9	040	2025-10-31	e5	ASSERTED	 CAN CHN 	seed-001	CONSULT
10	036	2025-10-31	e6	ASSERTED	 CAN CHN 	seed-001	AGREE
11	040	2025-10-31	e7	ASSERTED	 CHN JPN 	seed-001	CONSULT
12	057	2025-10-27	e8	ASSERTED	 KOR USA 	seed-001	SUPPORT
13	120	\N	e9	ASSERTED	 KOR PRK 	seed-001	REJECT
14	036	\N	e1	ASSERTED	 CHN KOR 	seed-002	AGREE
15	040	\N	e2	ASSERTED	 CHN KOR 	seed-002	CONSULT
16	026	\N	e3	ASSERTED	 CHN KOR 	seed-002	REQUEST
17	051	\N	e4	ASSERTED	 CHN KOR 	seed-002	SUPPORT
18	163	\N	e5	ASSERTED	 CHN KOR 	seed-002	SANCTION
19	057	\N	e6	ASSERTED	 CHN KOR 	seed-002	SUPPORT
20	061	\N	e7	ASSERTED	 CHN KOR 	seed-002	COOPERATE
21	022	\N	e8	ASSERTED	 CHN KOR 	seed-002	REQUEST
22	040	2026-01-05	e1	ASSERTED	 CHN KOR 	seed-003	CONSULT
23	100	\N	e2	ASSERTED	 CHN KOR 	seed-003	REQUEST
24	163	\N	e3	ASSERTED	 CHN KOR 	seed-003	SANCTION
25	080	\N	e4	NEGATED	 CHN KOR 	seed-003	CONCEDE
26	100	\N	e1	ASSERTED	 CHN KOR 	seed-004	REQUEST
27	040	\N	e2	ASSERTED	 CHN KOR 	seed-004	CONSULT
28	030	\N	e3	ASSERTED	 CHN KOR 	seed-004	AGREE
29	051	\N	e4	ASSERTED	 CHN KOR 	seed-004	SUPPORT
30	120	\N	e5	ASSERTED	 KOR PRK 	seed-004	REJECT
31	100	\N	e6	ASSERTED	 CHN KOR 	seed-004	REQUEST
32	057	\N	e7	ASSERTED	 CHN KOR 	seed-004	SUPPORT
33	040	\N	e8	HYPOTHETICAL	 PRK USA 	seed-004	CONSULT
34	042	\N	e9	ASSERTED	 KOR USA 	seed-004	CONSULT
35	141	\N	e10	ASSERTED	 CHN KOR 	seed-004	PROTEST
36	111	\N	e11	ASSERTED	 CHN KOR 	seed-004	ACCUSE
37	170	\N	e12	ASSERTED	 KOR 	seed-004	COERCE
38	163	\N	e13	ASSERTED	 CHN KOR 	seed-004	SANCTION
39	150	\N	e14	ASSERTED	 CHN KOR 	seed-004	MOBILIZE
40	040	\N	e15	ASSERTED	 CHN KOR 	seed-004	CONSULT
41	036	2025-11-04	e1	ASSERTED	 JPN KOR 	html-story	AGREE
42	163	2025-11-05	e1	ASSERTED	 IRN USA 	text-story	SANCTION
\.


--
-- Data for Name: entente_story; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entente_story (id, analyzedat, body_gz, contenthash, extraction_gz, html, maineventdate, maineventparticipants, maineventplace, maineventtype, published, terms, title, url, version) FROM stdin;
seed-000	2026-12-07 11:27:07.194813+00	16434	f8c45c24c126e8aad3d926b1e0b395f9311bcf51b713d82c1fbd9b23e19e3dfb	16435	f	2025-11-01	CHN KOR	\N	CONSULT	2025-10-30	according 1 address 1 after 1 against 1 ally 1 also 1 amid 2 annual 1 apec 1 asia 2 attention 1 balancing 1 beijing 3 believes 1 between 5 bilateral 1 billions 1 bloomberg 1 challenges 1 china 7 chinese 3 closer 1 come 1 companies 1 company 1 complicates 1 conflicts 1 confrontation 1 cooperation 3 could 1 country 2 deal 1 defense 1 deficit 1 delicate 1 dialogue 2 difficult 1 dollars 1 donald 1 during 1 economic 8 first 3 importance 2 jinping 3 korea 10 korean 2 leaders 3 maintain 2 major 2 meeting 2 north 2 president 3 relations 3 restoring 2 sanctions 2 seoul 4 south 9 talks 4 trade 6 washington 2 while 2 will 3 with 8 years 3	China and South Korea forge closer cooperation - Asia’s power map shifting	\N	0
seed-001	2026-12-07 11:27:07.910003+00	16436	8993a3c04b0e073bae73b6c768239b5026328c53f9f7c9dc7ba140236b1c4ecd	16437	f	2025-11-01	CHN KOR	\N	CONSULT	2025-10-31	after 2 also 2 apec 3 asia 2 balancing 2 beijing 6 between 2 charm 2 china 9 chinese 5 city 2 deal 2 decade 2 defense 2 denuclearisation 2 diplomacy 2 down 3 economic 5 final 2 first 4 foreign 2 formal 2 held 2 high 2 korea 12 korean 7 leader 4 leaders 2 meeting 5 minister 2 north 3 offensive 2 opinion 2 over 3 policy 2 president 5 prime 2 public 3 pyongyang 2 reassure 2 relations 4 relationship 2 security 2 seoul 3 since 2 south 14 stabilize 2 stakes 2 states 2 summit 4 system 2 takaichi 2 talks 2 that 7 their 2 this 3 threat 2 told 2 trade 6 truce 3 trump 2 united 2 university 2 with 15	China's Xi Meets South Korean Leader in Bid to Stabilize Ties After US Trade Truce	\N	0
seed-002	2026-12-07 11:27:08.139052+00	16438	dccfcbeefe7433aac89edb550244fe5b7e96a8c30173784f74231f5a25c421ed	16439	f	\N	CHN KOR	\N	CONSULT	2025-11-02	address 1 advancing 1 after 2 agreed 4 agreement 1 agreements 1 aimed 1 allow 1 also 4 anti 1 apec 1 asia 1 avoid 1 based 1 beijing 2 benefit 1 between 2 bilateral 1 both 6 calling 1 came 1 chains 1 challenges 2 channel 1 china 2 chinese 1 citizens 1 commitment 1 common 1 communication 2 concerns 1 concluded 1 continued 2 cooperation 6 dialogue 2 during 2 economic 5 growth 2 high 2 interest 2 issues 2 korea 2 korean 3 leaders 3 level 2 meeting 2 peace 3 president 5 regional 2 renewed 3 security 2 seoul 3 shared 3 south 2 stability 2 stage 2 strategic 4 summit 2 that 2 their 4 these 2 they 2 this 2 trade 3	\N	\N	0
seed-003	2026-12-07 11:27:08.429245+00	16440	5fd0305638929ac051655393847f563a77fef10cf7a1fa25ecce2e1f19a501c7	16441	f	2026-01-05	CHN KOR	\N	CONSULT	2026-01-05	absorbing 1 access 1 addressing 1 affected 1 again 1 agenda 1 alignment 1 ally 1 also 1 analysts 1 around 1 artists 1 beijing 4 between 3 carries 2 china 12 chinese 3 cooperation 2 could 2 cultural 2 diplomacy 2 diplomatic 2 east 2 economic 5 even 2 exchanges 2 export 2 from 2 further 2 have 3 help 2 including 2 increasingly 3 issue 3 jinping 2 korea 8 korean 5 leaders 2 maintaining 3 major 2 meeting 4 myung 2 over 3 people 2 political 2 regional 6 relations 4 remain 3 remains 3 restrictions 2 security 3 sensitivity 2 seoul 4 significant 2 south 11 stabilise 2 stability 2 taiwan 3 tensions 3 that 5 ties 3 time 2 when 3 with 10	Lee Jae Myung Meets Xi Jinping in Push to Stabilise China–South Korea Relations	\N	0
seed-004	2026-12-07 11:27:08.613302+00	16442	546d6c37948bbae0431054bf24b334506df5469c8f28e8827e86e9ca2cefbfac	16443	f	\N	CHN KOR	KOR	CONSULT	2025-11-02	agreed 2 ally 2 also 3 anti 2 asia 2 balancing 2 beijing 5 bilateral 2 both 6 challenges 2 china 10 chinese 7 collaboration 2 concerns 2 continues 2 cooperation 3 cultural 2 defense 4 denuclearization 3 dialogue 5 diplomatic 3 discussed 2 during 4 earlier 2 economic 3 engagement 3 essential 2 expand 2 first 2 importance 2 interests 2 jinping 2 korea 17 korean 6 maintaining 2 meeting 2 military 2 nations 3 north 8 peace 2 plan 2 president 4 pyongyang 3 regional 3 relations 2 remains 4 respect 2 rising 2 sanctions 2 security 3 seoul 7 south 14 stability 3 state 2 stated 3 strategic 3 such 2 summit 4 talks 4 that 6 trade 3 visit 3 while 4 with 11	\N	\N	0
html-story	2026-12-07 11:27:09.103018+00	16444	2f405bd70b07548b82d5c33eceec83ed07a672701cbe145406efa4b870ae3062	16445	t	2025-11-04	JPN KOR	KOR	AGREE	2025-11-04	agreed 1 fisheries 1 japan 1 korea 1 officials 1 resume 1 said 1 seoul 1 south 1 talks 1 tuesday 1	Seoul and Tokyo agree	https://news.example/seoul-tokyo	0
text-story	2026-12-07 11:27:09.181432+00	16446	9589fd043bc67209db72a330577b103df35a4c54bbbeaac923ffc1561464d658	16447	f	2025-11-05	IRN USA	\N	SANCTION	2025-11-05	imposed 1 iran 1 missile 1 over 1 program 1 sanctions 1 states 1 united 1 wednesday 1	Sanctions on Iran	\N	0
\.


--
-- Data for Name: entente_tag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entente_tag (pk, confidence, kind, label, relevance, status, storyid, tagid) FROM stdin;
1	0.95	COUNTRY	South Korea	1	SUGGESTED	seed-000	country:KOR
2	0.99	EVENT_TYPE	Consult	1	SUGGESTED	seed-000	event-type:CONSULT
3	0.95	PERSON	Xi Jinping	1	SUGGESTED	seed-000	person:xi-jinping
4	0.95	COUNTRY	China	0.95	SUGGESTED	seed-000	country:CHN
5	0.85	PERSON	Lee Jae Myung	0.71	SUGGESTED	seed-000	person:lee-jae-myung
6	0.95	COUNTRY	United States	0.61	SUGGESTED	seed-000	country:USA
7	0.9	ORGANIZATION	Asia-Pacific Economic Cooperation	0.6	SUGGESTED	seed-000	organization:APEC
8	0.6	TOPIC	Diplomatic	0.6	SUGGESTED	seed-000	topic:diplomatic
9	0.95	PERSON	Donald Trump	0.44	SUGGESTED	seed-000	person:donald-trump
10	0.85	ORGANIZATION	Hanwha Ocean	0.38	SUGGESTED	seed-000	organization:hanwha-ocean
11	0.78	EVENT_TYPE	Sanction	0.28	SUGGESTED	seed-000	event-type:SANCTION
12	0.95	COUNTRY	North Korea	0.23	SUGGESTED	seed-000	country:PRK
13	0.8	EVENT_TYPE	Support	0.21	SUGGESTED	seed-000	event-type:SUPPORT
14	0.95	COUNTRY	Russia	0.18	SUGGESTED	seed-000	country:RUS
15	0.95	COUNTRY	China	1	SUGGESTED	seed-001	country:CHN
16	0.99	EVENT_TYPE	Consult	1	SUGGESTED	seed-001	event-type:CONSULT
17	0.95	PERSON	Xi Jinping	1	SUGGESTED	seed-001	person:xi-jinping
18	0.95	COUNTRY	South Korea	0.92	SUGGESTED	seed-001	country:KOR
19	0.9	ORGANIZATION	Asia-Pacific Economic Cooperation	0.8	SUGGESTED	seed-001	organization:APEC
20	0.85	PERSON	Lee Jae Myung	0.68	SUGGESTED	seed-001	person:lee-jae-myung
21	0.85	PLACE	Busan	0.6	SUGGESTED	seed-001	place:busan
22	0.85	PLACE	Gyeongju	0.6	SUGGESTED	seed-001	place:gyeongju
23	0.85	PLACE	Pyongyang	0.6	SUGGESTED	seed-001	place:pyongyang
24	0.6	TOPIC	Diplomatic	0.6	SUGGESTED	seed-001	topic:diplomatic
25	0.95	COUNTRY	United States	0.51	SUGGESTED	seed-001	country:USA
26	0.6	TOPIC	Military	0.38	SUGGESTED	seed-001	topic:military
27	0.9	EVENT_TYPE	Agree	0.25	SUGGESTED	seed-001	event-type:AGREE
28	0.95	COUNTRY	North Korea	0.23	SUGGESTED	seed-001	country:PRK
29	0.95	PERSON	Donald Trump	0.23	SUGGESTED	seed-001	person:donald-trump
30	0.85	PERSON	Sanae Takaichi	0.23	SUGGESTED	seed-001	person:sanae-takaichi
31	0.9	EVENT_TYPE	Support	0.22	SUGGESTED	seed-001	event-type:SUPPORT
32	0.85	PERSON	Mark Carney	0.19	SUGGESTED	seed-001	person:mark-carney
33	0.95	COUNTRY	Japan	0.18	SUGGESTED	seed-001	country:JPN
34	0.9	EVENT_TYPE	Reject	0.18	SUGGESTED	seed-001	event-type:REJECT
35	0.95	COUNTRY	Canada	0.17	SUGGESTED	seed-001	country:CAN
36	0.95	COUNTRY	France	0.17	SUGGESTED	seed-001	country:FRA
37	0.95	COUNTRY	South Korea	1	SUGGESTED	seed-002	country:KOR
38	0.99	EVENT_TYPE	Consult	1	SUGGESTED	seed-002	event-type:CONSULT
39	0.85	PERSON	Lee Jae Myung	1	SUGGESTED	seed-002	person:lee-jae-myung
40	0.95	PERSON	Xi Jinping	1	SUGGESTED	seed-002	person:xi-jinping
41	0.95	COUNTRY	China	0.88	SUGGESTED	seed-002	country:CHN
42	0.9	ORGANIZATION	Asia-Pacific Economic Cooperation	0.8	SUGGESTED	seed-002	organization:APEC
43	0.85	PLACE	Gyeongju	0.8	SUGGESTED	seed-002	place:gyeongju
44	0.85	ORGANIZATION	Hanwha Ocean	0.6	SUGGESTED	seed-002	organization:hanwha-ocean
45	0.6	TOPIC	Diplomatic	0.6	SUGGESTED	seed-002	topic:diplomatic
46	0.95	EVENT_TYPE	Agree	0.49	SUGGESTED	seed-002	event-type:AGREE
47	0.6	TOPIC	Economic	0.3	SUGGESTED	seed-002	topic:economic
48	0.9	EVENT_TYPE	Request	0.26	SUGGESTED	seed-002	event-type:REQUEST
49	0.78	EVENT_TYPE	Sanction	0.26	SUGGESTED	seed-002	event-type:SANCTION
50	0.9	EVENT_TYPE	Support	0.26	SUGGESTED	seed-002	event-type:SUPPORT
51	0.8	EVENT_TYPE	Cooperate	0.21	SUGGESTED	seed-002	event-type:COOPERATE
52	0.95	COUNTRY	North Korea	0.19	SUGGESTED	seed-002	country:PRK
53	0.95	COUNTRY	China	1	SUGGESTED	seed-003	country:CHN
54	0.95	COUNTRY	South Korea	1	SUGGESTED	seed-003	country:KOR
55	0.99	EVENT_TYPE	Consult	1	SUGGESTED	seed-003	event-type:CONSULT
56	0.85	PERSON	Lee Jae Myung	1	SUGGESTED	seed-003	person:lee-jae-myung
57	0.95	PERSON	Xi Jinping	0.89	SUGGESTED	seed-003	person:xi-jinping
58	0.85	PLACE	Seoul	0.6	SUGGESTED	seed-003	place:seoul
59	0.81	EVENT_TYPE	Sanction	0.34	SUGGESTED	seed-003	event-type:SANCTION
60	0.93	EVENT_TYPE	Request	0.28	SUGGESTED	seed-003	event-type:REQUEST
61	0.95	COUNTRY	Taiwan	0.21	SUGGESTED	seed-003	country:TWN
62	0.95	COUNTRY	United States	0.21	SUGGESTED	seed-003	country:USA
63	0.8	EVENT_TYPE	Concede	0.21	SUGGESTED	seed-003	event-type:CONCEDE
64	0.95	COUNTRY	Japan	0.19	SUGGESTED	seed-003	country:JPN
65	0.95	COUNTRY	South Korea	1	SUGGESTED	seed-004	country:KOR
66	0.99	EVENT_TYPE	Consult	1	SUGGESTED	seed-004	event-type:CONSULT
67	0.85	PERSON	Lee Jae Myung	1	SUGGESTED	seed-004	person:lee-jae-myung
68	0.95	COUNTRY	China	0.9	SUGGESTED	seed-004	country:CHN
69	0.95	PERSON	Xi Jinping	0.88	SUGGESTED	seed-004	person:xi-jinping
70	0.85	PLACE	Gyeongju	0.8	SUGGESTED	seed-004	place:gyeongju
71	0.9	ORGANIZATION	Asia-Pacific Economic Cooperation	0.6	SUGGESTED	seed-004	organization:APEC
72	0.85	PLACE	Seoul	0.6	SUGGESTED	seed-004	place:seoul
73	0.6	TOPIC	Diplomatic	0.6	SUGGESTED	seed-004	topic:diplomatic
74	0.95	COUNTRY	North Korea	0.5	SUGGESTED	seed-004	country:PRK
75	0.9	ORGANIZATION	Association of Southeast Asian Nations	0.38	SUGGESTED	seed-004	organization:ASEAN
76	0.95	COUNTRY	United States	0.25	SUGGESTED	seed-004	country:USA
77	0.96	EVENT_TYPE	Agree	0.25	SUGGESTED	seed-004	event-type:AGREE
78	0.96	EVENT_TYPE	Protest	0.25	SUGGESTED	seed-004	event-type:PROTEST
79	0.96	EVENT_TYPE	Reject	0.25	SUGGESTED	seed-004	event-type:REJECT
80	0.93	EVENT_TYPE	Request	0.25	SUGGESTED	seed-004	event-type:REQUEST
81	0.81	EVENT_TYPE	Sanction	0.25	SUGGESTED	seed-004	event-type:SANCTION
82	0.93	EVENT_TYPE	Support	0.25	SUGGESTED	seed-004	event-type:SUPPORT
83	0.6	TOPIC	Military	0.24	SUGGESTED	seed-004	topic:military
84	0.95	PERSON	Kim Jong Un	0.23	SUGGESTED	seed-004	person:kim-jong-un
85	0.85	PERSON	Wi Sung-lac	0.23	SUGGESTED	seed-004	person:wi-sung-lac
86	0.93	EVENT_TYPE	Accuse	0.21	SUGGESTED	seed-004	event-type:ACCUSE
87	0.78	EVENT_TYPE	Mobilize	0.21	SUGGESTED	seed-004	event-type:MOBILIZE
88	0.95	PERSON	Donald Trump	0.19	SUGGESTED	seed-004	person:donald-trump
89	0.65	EVENT_TYPE	Coerce	0.18	SUGGESTED	seed-004	event-type:COERCE
90	0.95	COUNTRY	Malaysia	0.16	SUGGESTED	seed-004	country:MYS
91	0.95	COUNTRY	South Korea	1	SUGGESTED	html-story	country:KOR
92	0.8	EVENT_TYPE	Agree	1	SUGGESTED	html-story	event-type:AGREE
93	0.85	PLACE	Seoul	0.8	SUGGESTED	html-story	place:seoul
94	0.6	TOPIC	Diplomatic	0.8	SUGGESTED	html-story	topic:diplomatic
95	0.95	COUNTRY	Japan	0.77	SUGGESTED	html-story	country:JPN
96	0.95	COUNTRY	Iran	1	SUGGESTED	text-story	country:IRN
97	0.95	COUNTRY	United States	1	SUGGESTED	text-story	country:USA
98	0.9	EVENT_TYPE	Sanction	1	SUGGESTED	text-story	event-type:SANCTION
99	0.6	TOPIC	Economic	0.8	SUGGESTED	text-story	topic:economic
\.


--
-- Data for Name: entente_wp_post; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.entente_wp_post (postid, failures, lasterror, retryat, seenmodified, syncedversion, written) FROM stdin;
\.


--
-- Name: entente_decision_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entente_decision_seq', 1, false);


--
-- Name: entente_event_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entente_event_seq', 51, true);


--
-- Name: entente_tag_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.entente_tag_seq', 101, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('16434', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff7d56cb6e1b4710bceb2bfa680314111bc845375931622b71228436e26b73b77777a4d999cd3c48d0a7fc467e2f5f92ea19ee72651b390820c899eeeaaaea1add0dc631b16b69e7731ae8171f84a9f3a1176aac8f12a8f17e92c0c97847d7741b0dfffbf73f91267fc48f234f1407d325e3faab4f3b7a08124d2b2ed14fdeb16de963c8e3541adca19544212bdce2e66743f7c64db8472f1e069ffc0dfd2c299de8fdc8bdc4975777df85566f473a1a6b69f0e8900631813a1362a2284d904489ed5324e3e8d52b3a0987b821e04a3e68b7bdb19c3090a5d6b0f57d960d71d3f8d0eaafc9d31bebfdb897d06faf66cc97b156b00b8451d0ef68806f85b210e4e4b8baf7ab08ddb35c8f400522779c7268f9a49f3100e929abbdc877e50be5f9fa811bd39986de36def9111fee565abcb87d787bf792621e479374d815802d7d1c0c1888a556e5469196f9251d456adb74f40ba3d1b8460acee4fd1370a0b368ddfbec845efff0fac722c66753a6ab350f26a23738db89cf76cdf8f6eaa3d62f42347e14e2d1b4145310d7a3b313086730ee8ca616d0068aeb9333092776094ac51b88d780437bda3cb3821efe93e13e54041f1dec62cd175c63d8f2d1074a01939563c61da0ffa842b4c27643c7c13403be6e6c6e1505a404a785fdd65b8b017418762eb35dddc6c953edee74aa899dce601c1828b0772445aad3966e531596317b32a36cbe3188ccaa96a90bd620b6881baba5ea0a0c7c103a0a3f296b1b9a2c5c011d17ca194656b1b24dd84a08a2ee2874574cd7b50cba75c1bb541a6caf769334f03f714a184cafb4b9ecc7caa905e6ec9b62f7ce3739aa697ff3611e06eb13cf50838c6c80fee1e45d7f62d7d70aac28adea37057f3075d180adf1d9a570aac32e74c43c4da8ae1a5999792d2a82ff8943726a572d9ab47064d714ceb6f4dea1811c8c07c662bd8deeeb386fe8ec74d030d21f3962c54add67b364a7679a9a156fc43c9af314f02edcd803a019151febba746ab34185eb0bab6afacb2026e5baab6ca32f86b1a6514b7fe3853d5bd4d396dca49b67e40c6097a90ffe58682b3e89394c369f5d7266689f13ce211ea289a93a1da6a8d1506f5d3cb5a50fb0702178b304f3422471af2a5603af90ce9e3fd13bbdccf47ba35ffa03e2bc688319a2a6415d98d2b8621b39185d027cd5e658a632fd60f1579b68f82931a419b864c2422494160df058e4eac54fdea25e03fb06139f103667d3d28753064951e4a900594c227f6563cd3e983c2aaccb9e7d9d863539cae316cf0e1417eb66fcef02836d1c147d82703a2101de99b30b2bf1ab9703d2e2e1da6b362d66c2e39564aae0e6a7ea5983cbccf3bbf59df03c1b96b803633589cb8b0268c5874bd2681a80f314b7e787760f0904b281094eabe85c30acff0f884399a0ae7b7d63e0d6b6fe887eea86afb2ac3a6143324e70b4f93267c06a9970f1d14330920e7b55c37619e879d8435b6e5b3015a9b71edb43cd8084c1e322d5249797061f19f90e49e8e8836d8f786ab7ff018f3dcac4f8080000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16435', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed5adb72e3c611fd95293c2555a44a142989e21b97a2b3da0bc9f0b2f62671b946c0901c6980a13103d1dc2d55e537f27bf9929c9e0141f0a28be38d9db5f5a02a6908f4e93e7dfa02889f039e5a192a11b43e07320a5a412a7ecc84b14125503c99657c868f924ca94ab0c8ae95347341579d1c9f9c566bc7d5fa312eb4e2278bb3ce5c269cf12462239dd9397bab53c1d954a733c142a58d4859a8f542a4dc4a9db02a6b1bc9fffdcf7f19b6d04b7c18f305337339b53299fd23998cd82015464622b1ec52275c456c9c66f1c2211096308229c123dcfa9d646f64b270371e76c35f68d8522ac5e61ac6ec5cc8944d656a2c33224c856596ab5bc364c26a35b6123c35150617ac4e61985d4bc52d9c572c925ce959262a8c87a14e23fad46af64a691d5f8b7476e49d20ff36216c5cf43ec402804b09074b6e3a3612b12cddf74e08f6868b6a0cb7c0da88db2c8df88a7e47048cae5284c5f4d41d10a9d5010fe55486ac1bea44c7f8a55322fe4fed41b7f36766b2389696a22d3970c4c673090a8cb3e5c9214f1d01c22e85f0b076a90b4a8d4c42e1fcb45adfc20f200bb2fb264b0423a5b86c7c275d74dee69d34c0066923a13355a61ce48d09c0a522d4b1603c9611333615c90cd08940ea24e25dbbe32d1002393649a4c515238b5c9916d2178244b5aa6c89812efe96436bb00842a6108c929f701b87086f74ca6c8ad0dc6532b9830262ca4424b8aab0e55c86731c872a8bc80be412a43afa23ad1422a0687892645c95eec6952b8f9e50540b9e500c320105ceed11132e57ab23d6b63eb31cb15b198bca9e42c43aad2e6ae76b2a94cbaef19af24530e777822d05bf25d62a6ca1200b24b2e09c43ca94ad4c59d4203242f270747b9faade0cd0a6a94eac03407e460b11a20418b71691d13d51e64aa4a455e7e75a394ef0531d668664dbd3e93a1a5490c97d4d45cc25dc1fac74325ba1f5780b9cdc5494c045aaefa4af353817ea2cb1e9ca475bf061b2c502d629494aac89756944021668750909968c5a326c78123ad28ed85502007127357c74daab50c5c6eb1a5d6b1d3cc46c98191499b3bb154b96d035a16f17af84bc917914102fe43883833226ff3815cc947436a7cccd3cad24fb4d24d266be5cb932da4946c99044bda7866b8e4eed12cb43dbda62670e7a399ba57ae978734a3159ba5059ae939ca2ebcce23a7408238df55a872c7c77f0776d5475c4de43c48ee14ad1870b26199f511abd844b9eae55bf62afe966cefa211dea3b746f971cc460a821f89271c0deb798a792ca004751665c54723657f8f120d4ff8818466db0e80a059148b5a0266e5cbe66422fb482bd10fa4da5b9a57e93cb96bd5f6560c90871eb3c296482892895bc4e6516935f9b52dbed88be79b86966720d8ac4f8da78b48641372e14348770b54513782d731d7ae64bd303b9c5f4baa6f654c80913cc8a85776e3dafb6003641af87d781fe994b96f12928f3ddd84d15b8e68458341b6a0820dd9aa3f5b8bd46120412072ab82db5cfc289f2e437731782af783f68a0d7c87f0840d2c34e3ff35aa830112fa069f969dd064af5841b6f3432c6c414a5e51b6e11d176c347727914812ac3664aa37e58384793c180115e269b69835f397a3c72c2963a55d112f3f688761e696969faa24b0fcc66a9f2ebd67d25009f981b41ebef9f0374da54a248610298c5a2811b424c098db3e3066d6294185a1b42b8767c7471e14e683d2333df5702702c8aedad563dae05fe0ceb46288db77ed9fe1810f8da0ee045829defe4eca412808d14bb5ead5e7b62edfb55f7ade0be923bd9689c154e9e9cd5b79cfc2af7b14d68a7e78d22b446e3bc08ed375fd8362e364f2e0a174fcf4f4b2efe9117ba0d3fb5dac56941d045b35910f43bdca836519f1cd76a9bced16c348ab0bf922117dca375ced0c3802fd1226b47c7950055473e002d684db1a3898a7f7e16d453631d719a19f8fb9bc97832ecfab3cda33436f1e28f1f331e751437e8d1c187eef055fbdd0f9d7e7fd01db6c757fd1eee343a4bf34e1c3a2341e775ef2ffd0faee1bba4f9a32077e1afb5d3e33ab9916038e0ef0daf38c36482543f713f4bbc07a976b38c4c52d67290b7fde12e088e72107f630eb0b5403d030374420d3361fd54b2ab850baadf1b4dde8d9d0b5b03cf1b2826dde9f9dea46b6e0dbae0f26af0aeff1ef475825f38f45e3adae18eb65d10cd470be264bb20daa3517738ee5e7ee192f0d27c52aa258e1f15aadfc10aeb93517bb7167074086093b4ffba104693c1a03f7cb2106a67f5bd42386f1e5ef9fc9dbbaa9ff4def6fadff60e2aff8f39ab6a6717e79b59d5b8d8acb9bfaf87dedd0aae3e5ec2f55f56c268c5dde1952be2de37efae3ae38786da03136dabc09c609eaedd7269959bc4abc9e8397da29cb0c70b990cde978ab7ddebb826f5d4183bf4c056ff62d55b3fa96f745cbb382b74fc9bbfe87a729bb2695608aff1abcc8effe13a755086c3c968176fe864b927c33c0379567ed6fa3618bedd05c1d12190526e7f06d281c50d47d45dbbf4e282fea1f4f2dae2e5b5c5cb6b8baf76c97f796df1f2dae26b99b3ff0faf2df0e9cce4f16e0db4d33cc2dca396f7e75692cc70ffa4371e7e745fb8b8166aef1935154adc71670a19f481ee8e4b9f421abb55f2aab5f6a900e97ee8f6c63f8c3f0eba259c0e049f29fb1c8c7504f42f429db47e92d59b22353904323f72795f9bdfcadfb311d61c79613cc8d1fa29a064978cec1b6eeeb8ae84a8de506bca93fe90f7bbe2d8023aaf3d2302ff82e0c108b626c42ec0d92180dc7e59a62d1ac21b1448bfddbbfadbba02d7504f0ef33df87df4b31cddea850c5b915c281de3de70033eee0fae3a25d4cbf2354f99df5558e4bef153b5f48d9f47b254fe62d02e4aa3f1881ab6489cbb87bdaace1ff61e2773e7c9700bb2dedc87a45732bbf5593c243e5ea0a37c2cedc29c1c80d9939f5ff61f945f69f8ee99af1f20ee4010f96baa2762f093780fe33915e41f8a1e0cc13f1ced5aae35efbfbfff0f03b0db50d8260000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16436', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff8558cb92db4612bccf5774f0325204496bb4b1de88bd8dc69667654b9a588e42be368002d062a31bdb0f52f0d7f85bfc659b550d70485e7c51c490603db232b30a7a1f4ca3a7b5fa5c275f5150ffb85babb76fdefef3e6e6a1374edf46f5bb511f8952543b9f53af7ef581b453bf916ef0b871ea9d6954f26a977465acf983d4b3a1a8eedb84afbfecd473c083f837d78498da9a678f847ffdf9eacddd0f77773f70aed7ff569c8c22a9a740d134e412a7fd60dc685ca74c54911227195088eacd552db5cf0ed9461dd21a8591faa0497d9cb2ebd6ca3bb5d3290769b2d6a304d4ea48b457be45acaedfc4a4f728b931a3f583ae27a591ac2775fff4f3838a79180cff8d0fa33eaa7764be490cd7a8af3aa2ee2e2149eb434708dc06dd194b2a71c30c0f0299a0ac77dd2664e7f8a7492039eab0bdb9f92c4fa816585b85224b51111f8488acc18c02ee4bbb1cd31f80ad560dd508b466a88ec65a155167e38f0e7fe16906c297e80ca9658039fa55676bd593c50439e9443acc35abda2429e6978950fbb7ac5e3da265d4f1fae6e619dff3280c235ccae76a81c1a0a58c8d94515102ce255c3a7a65853318a671f5f9a85129784696ea6450310af8901dfa92b9e3f73aa2d93a98646a844f845428ec0c13fc5ac8878a0196d307d3e904f441da3100a4607c3ecd175154a5ad76b58cb14e5bb5239f2da773fea8b213620f03391012bf8f3107e2c081468d5972d8405673b198ff58e0e64f931f65b81c98d9e828ac85da7a2d0fa162050590d349782df599418709b36c255f9775d02ef95080fde24ca286c585b64197737da0eb838932c117c2fc1d576a3f80064014c1c97df39360eb8701c395b23d22f214160d44a3374fba362d607bf07ea4208dab57cca1d73389b6b3deb51acdc1274c69a647c1e6cb76b73d9bf74f1e646fd8138671a19b03f5aae9c4ba773942d848f3dce71045bcc79e780c575cd25d2012036a68431104e1c917d1159d35268e39a1f592af219e0c7e02b69e0918d83e024554612745dfa1244b6d8160f1a6925252f901332d7966046ee38b86e3522c84d903ea1a3c3131a175c486410cc87eb291585a0a990a0738c5acd221db64b89f80b83ef037bad3c661ceab9e3a1abc3371580175a8d721f681603d4d91caff101071047ab44aa67318ae35f58456853c0fbd0e83fadc32f1cc01eefc956725ace31f15f48a8f45aaa18166bd744443a5c31ea998286a554b24bf445a3146f1b40f4e5a2964d8d35412680b29c4e281efe735c4f1d98e5e183d9b0a38b59f033c680789811e4fd00e8cde380637a88f28095f068704c562debeb9fb17744448c4b68bce7e3395a039cfb2671b8633107e8f91162275d8312f3557bade2f3eba0a5817eccaf86c251b80be63ac4dd907a0f2c1a4a20e84116d16f533b9b01c6c042cfadca33fe8513b8cc2d1f1aa9b35d696c31a7bd67b6deade6cd5d79ef7caf237f0656742c5aced68c03626348631e49401ed04fb7504d51a6d57177eb556b19fab491e58c3d63c14c1c68ccf7b8d4fb429915d1eaac2c715dc2bb809261933c5f50a1418c104f3c782aca35953ab9aada481eeb4f55d061b80c74c770071af1e79e7eecace7d7732e2fb3adddc7cf247e1001636a06712e8c4ba99213db3b635573763cdab9959094872d7d93245a8b111876dbd1727bade4631c3cb467f44e328ebbf97245de4196880e080308d4014f612200305a3e228a0d78f6cac1874a90fde62fdb4486833c8e5f3787fff931a801b8f6fb1f93861c8c3f6b41c7acc148ca12317df2fdf831952608bed04356239cb2a6c30ed9abd093888e5739bcca90208af60d62bac748d06e2e8612a4de94bab0810e408aaf580750657c0740916054fabf138846624ccf6647c5df099cf1038f1f58239b2cd55da39360716c4c56156e5c81122062d0fc298c611f3d9f209c16ebba4ad3d851a39653f55224429b7860366d66b1c357a8c1928e9782aacb6da0cb1ac3846cd439fb0c7c53fe72ae04448aa7e350374f3d79fe2c83a33c12f8a1d730577541ee0f038114386c31d8f161e4f0965af9e2e9f1a989f80c5b82b9385427e319bafdeefd50e6198ae0531fa0eda25c12a7af40c8d4cb8027c0b9c58c08997bd43b086973f3a8b324751eafdfba7ad5a4a40989ac674512bcab858ff510e5c30d7112e2244db6eb7ea3f4c7dec79bad86e4cbeabb3aa5c44b0607dc0ec7505100953a1b05d9d5f227c68f230d1589d8af8f21c7cb902e478d2e5905aace0ea802b5c98162d7ccb7ccd3049e454376e5f0c0945ca5adc60b958eebdf1d64218272a3504ba1ccf37d97a5631df3c380d2d1f5b232f5ad4ceba2dd7b86c96d9accb41da798984c3ba92f36f75dd42719eab3bd4820303877ea9e1fc8643bd5450e5cbd4e6864f4cdd95b3f4d404b94e63bf9fc2149b58617bc058777c906f1e27cf6f61c4cc8a75ef1984f9667bd4e1a02ff823679c7a207e4dda2ade454d234e33ffe24208f36e34bc17a3dc7ba5fdc883d098a91610ce6d635ef648c4bcc63388c40d36a64ec29bd67a2faf16d5e9a039ad246613bf517cc2163a1571bb1b3d0c33dce23ce026b096fc71d935bc11c20bbb4cb9a146ee55ceacc51adbe087f3b0f331ce6c7366c69c5725462eaf00b7f2be50686df8e66ab13f89ef37dc22c30218f37dc4da1233945529e96533caaac4cf730d148389d2613915aae005d7913462520b89a779dbfc6e98f6ac48e35a9bc99557c7278cb89b74e9303bd45bf7629e8f580a07be118c13b00fd27c0bf981dcc90cb308f996ac7399f0e9e5767d111625f3bc006f1831912aefc10dc8a439dda005e3ed398cb7bc6a99154864781d455e6fd4a805c41eaf09518e816b28ca025b8d66a4069170bc0aa47c3340dbece3151f8c9a0f475c5707ec6bd32a7eff96fb4f57fc0a853ff9e4f5fc8ed048bf7c90682e0a1720c46eceaf686c14d8fff7d34e54b856ad85c22896e4ce2f6f0a6c1d5c49f416567973f6ff15db4f94fe0fd6b3d2712b110000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16437', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed5b6b731a3916fd2b2abe64b70a281ec6af6fc421b113c7668d3d99ec7a6a4a740b50dc2df5b4baed30a9fcf73d57ea27c6d8de196727197f49156db8cf73cfb912e44b83c789f402d1d8ffd2907e63bf118bdf52619246b31170354ff91c7f526910341b513a0da459087a57afd31bb4ba9d56bf8b3726e2738267070ba9f80bc37e96ecbd108961139d260bf64ec7822b762cb82f6226157b297d96683649f85406f277c1cea5306c384bf0e78b093b8ff146fc9b7ae252914d61041bc7c2485fa884acbf952a926acea4614624642b843fb6902b2e3d9d2a188d906213fe057bcb057bbf4cd5bcc9b462139ea4b1cf974de6f1c81ae4ec46882ba667b0355fb44cc2af10992fa34087dc5b320e670bc186e3d1013369184a7a8d8786dfb097427eb23694cf3e7083b8e7099ccc743c17303c8bf95c068225941755018664cc02ade6ad38558a3e9ad8cc6f78dcbe54a7f61d6c8692060c41baa00c1ec4065e6319d91a96e9924d7d8d1272e60b0f869a54aa1b1904cc204e5fdf28bcc2bba910da59a792065460b2be9259932d44804691d3a5e0711633f364628379b31488fd537aa9cef1941a20a9ae2e688a119987dc3a6f59e75391a0bace4872a359600181164ae5551b8cf8002211082f9188136edfa60ad9d86ee3f3dc20452f96802dcc27c02a8553a9043e6d9185385122c5afe59c27a8391019c5284d2c755a741556d89403ea9e6d9e97b4d944e83420774adfb05459d486a15080213e6f4c1a0b321c8b88a38364361601a760d1f5c815999e263ab22d25c3844125e226b343d2b46f42c48c0752289e5834dbf864c8e3253a38b3fe307f3157898e5d612f944c844f9383b40192ea5420eb6b696cdf4a98dc87104f87683e2a0ae3427dd24b5b5b1d8640b10d5bc322752147be91bc35e69e9ca16c075a4722b689b37f1072fe9941a79d0d336791bcd609ba94c1c3d5e6a23d6957fafd4a03e23e0d7c18e5205300dc745960ed656a30ce7073be48636347f66621a80d2b58e2f35808cb2ebe6809038050e7dda8b9e9f2a589d204a93b7fbea0cee023406b656c51db43541151044b263e637e02317325c819c9b9b4ae74889e3a3f59055e9872724d1e2cc67181527bc089340952876dd04208ef05791897529c0a87017291cd66980689a47c62d8d531fd85cfb954e8f3656321e622d44a9af0b281ba636a15ac5f0b508eef8605ac4e966cf191ac907385f606d25b22590b9f83058f43763a23e8c96b90ef07ea96c51d7dc8d5cff197111ea6c06fe6398970cae32bb822a8201ccf9ad285a906d5c914845fcc8b03c495583a173cc03818c77eaf63691b4d1e88884a5467c4025c5d65060eb8c298012263cc0f285e2a2a70ccde2328fc315670e068a6d7e9ee6096041c11e122b76339b515cdfab92002063b087c1e6d75609a435dca98a7dcbbca19f4b21143298890f1904a0ff6871a0a373e9ce8eb5a266e4660c84ea8e3008218842130280caff2f35b1e7185762871b3924f1392a52061e7fc8a4b6f21dbecc38234257f8d0a133f21669a70238139823535244c9314d55d828595c0f04a1e20da2a6f3519a4ddc59368d41bf4a6311944d078bee078c2a5b3add270ea7079d9008dc56a09b634d81a9ab029c2088890bfe7f555229b2ea08258c5c708f240cf534205aa92411fe518b24352dd8953dd9705290fbde4529de81b8b0548365a4060e009cd5056d80acd3529c2ace224ce844f14269dcf03d74d4ca66fd976a6b565a555653229782dd237481e619dd5c19a8f6a2c420c1fea2c2294155413632018488bac0066db44b268b78b0f3c13e8653e4cadd0ae3887c3e12b16a274d4c49cf2cd12ad0edb85502cd059e046dc50f08bfcefc0870d7006a5c25c429ead2cfae8b9473c853a58faa7340959ae2024c734b9a0d52612309106c1f82e2fce0c8a60d7208f879036f0033a2c4057e0370f6fc7c0496ba65d90e03cd6292d2260e555b1b921ca9b72a58826682c6aabd9343564c1a0d1f68da0a828427fdab44e10f3e66e3d2d620f3ead564ded40da703db0614a736b228e1c4d8a2a715304e6055c86c6c91d554d634c4195399766518091e094bd93214d8f25679e12c66bb1dabdd7631ab5a16ec284ed0d251c05a07b9120eacbc6b8feb690f089b248b542b734246f64eb83d6576c024384575732f119b84b6cb18c46d298922556023d43a1688e13527e056b3e6d0248cdd846da711dbe1eb7591104ec78224a6ae12290da3260ec920bec2a81fd08e6daed363b22f043f5454deb087e2b4b96db8f40c6fc1adde7539451a02f02bb6ba3ba98d0b649fd446a5ee2e62fcdace74b81dda5b8dbab723658d9e71c1c96f9387c4a69b9219cd87d5daa2bc74b88d2aa640b3a1350f2be0e02cc4681265f00313755596b66834c2b1036c58076af887417b1d3e8ba95dc8a4cc6da6e3f9d6b6b09dbf5d46e831082951c1cfbaceca501701092ed3288ea4e878085ab2b6daa41ead3cac9e76e4d2db2106a8e635969c65105606538e875427b79eb70a9e9cc25085dc65b682a43b6c41df2f89ad73064f73a7620e8b4d466244bbe6fe926fb446d1c32a1942492c62e8059010cf582a3addc96a14a1e99f4c313811bef81294ad1975e62b1330bb4b6478c69b1e214e2641145878c13085211c68b49a4c19bf10b6c0b9406144adfe4a243c2109708936ead8a285bbb79e50c398b7558359bede7843825b3b2936ca2edf654f0c21e211cb425ad613368a9a0950eab4998978c301f41bd2c275ad5b4eead463ad5c4e7531cba71143136c76c7398c6dad636121c56c50ca39e64b2f3b324f0d3604a350b52a1dc29728c36cf97dce5982a44ec2d2c8b1e421dae696590cad6fbdaa63fc31002e2890cb351a405d34b5d978b736eb366164153cb50e0384253a6e915f08161f18bc5d455b95d2de40bd25c42061c49d225433a277c96977181b383b17bc16a2d9c925d362219091fa668a3b565b50b04869c387d4a4b24a76512fbd635b45bce189dc6ed4ec8a774b4c24b5a84359d1d7c9bb2dd4f380586b510632fabeb35e4055af0b91048861d3608306ac238f74ae7470822110ac5e800ac49172032a11b9427b80181f1340edc0dccd76683524d4c63ff3f5f1a9097584e53aa183c6f40274c40d085c6bb3a5b1d7a4568f509418dfd4e7b6fcf3ea13b1c32fc4bb3e1a36fc5154fb7d5a12b1e7a0652770b0dfef86af8b141e1e476101048b3b1bfdb6b36a8be094c3fe1c550e36b3373d8ef770a8fbbfd9acbbfe1bd51599741a7ac4bbfdf2d0af3dddc2b95a9ec74768b54069d32951fecdea94cb8dba9827a67b7c8f8af7adf5319c7bd7ed9acfecef64e11fb77a59f65425b9dc15699d05e7faf48e8ffa0b08dafa0e739d67d2c311234dc6d0327687f82e30d40d9d89fe1fc2e9aee225f106f87dae78448bc7e7d717e713672cfca3bfd807bc58bdf52ee1f04d862f1ee9f46672f87c7bf1e9c9e8e4767c3f3a3d3137cd260d5cfd8deb3461a0787276f4e7fb2a202ce8c97ee51230be15fdd41c77e43a02040785d72309e81e0b892bf73a7602e82585b1d2593d481ccc9bbd3b39a07f79a3cb84f65d62bd0df68de6a290a899ece45e2342f5946369dd393c9c5f1b9755e1358f7f94247fbb77594c4a7a2a38df747c747e7c3b38f8d5545edb4eca71faaa8cf02b75ee0babd5e399860cc5217befbcbe7d531dfda38e6bdfa980f2793d1d9f9e8d5f738e81793e1aa133c2a9cf47adbbbdba5936aef1ee066fdc40fdf9c8d46f7cefb60cdde5c1ff75747e3e3d3f7a8dfc1ad817fec0abdb353e07aa7b35717d0efe06ba955f4f6db830de8ed7f13f44231568175978850951f89a6ea90dc3121351fb6d80f932807d2c9c5787c7a76bf2cad39de6def6e3cde3d528c7e68d22d94656b50eeb0c87850ae7c7f9fef041fb76a6e3d668abfdc9a4264009e18b4bba87b4000ecf6f6da74eacb06c6a2010dfa8b09d75a0e78720d7bdca6baeec6e73e46788c5a7577693ef26119eced556f1a7ef8ef701f372583ef7d535b2f7ac3dbfe866b75afd2ca27c17a7ffb0f6c69cfb8ff03b8df7c42d9fe36b87f421c7eb34def61c79175a4befde7b2fa5eb744f76e6fbb5c81fee86f562a7785dd6e79d2e97706bd35f79cffe3d7c715273bdbdba593edca85e437f8d6f071f2b0f343cac3dbf12d7f78b4f6e85503ca9328c460e7d1db506f67cddc7c188ddeadbfadebed54be77e976cbbbfbbfea0f1a5631babb11a3bbdfeab8fea417bed565fd8e4dbde6a876c1f10407f76eefc15bbafbe02a1e2f4ede9d9c7e38590bc9adde5e49b35b9d41799cfd9b7e5fbf02f8d6e6e565ef4f42fcc9ebe3a383f3b5701f9fbd7b7b56df27f0681d102b1dabf66b335792edf5f07f9a6b3107fdb3d1db11f2a527444723fae5029dfd9f7fb7f0fcb5cef3ef169e7fb7f0fcbb85e7df2d3cff6ee14fffdd02fe3a3759a635b91c64b965e1ecbb74af2481059fbf38393ffb68afe2a722a8dc5cc420966b6e8da06b2eb95519766d23816f513cfb793485f9d14fa393f35fcf3f8e47550f5a199c6d1ee2238f9d8ee25aed7f96ad4f453b3217e8f6c4f63a375febd9833de4d571adbab33af59655acc3546f8df9cc7ab5b7fbc444a50f6c62c393a37fe788cd1dd5886c949ffa2a8cb6ea7ef7b6f7dd95f20542b43e71d10a6933d850c1da06b1ea677ba3239acefda9fdd6a6b47f3c3ca8f6ff65f6e7bad97badce739dbdd3f09bf21d8fb41de5e476b7f171e52df759dfce8c273a92de7e29a0a5f5f3d3f1d141c5faabea7bee337f0bb4eef47a2768574fb135fb83ee7df187b422f0787977f4efcb77d46cf7d760650d6db8bbcfcda431a4af7b57edf7060f288e3b51dd599ccac9ea96f9fefd94e4dbeff15a49f63dde5d23b5f275dfbd6e5647d7d015592b29afc8ee7274eb2eedfe8c6e3724bfbdd8dc9209fd87a138b9e5630d0faea613e260dff2f28bf8bb72a95fd7d79c74f71ed07977dd7867e7edddf52dc30f836c76c8dd5ca033f109cbd5833cdc12e9e16691a6ef8e6ee1b5bbf300cbafcf3672c5ebd85abb6df997afff057d62e1c233420000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16438', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff7556db8edb36107df757cc07ac8d4d1ffabe9b044dd35b00a7685f696924714391022f56b44ffd8dfe5ebfa4678692ed0d36c01ab0257278e65c867bccd164ee6d434d0813e3870d9e4e9c67664fc750f240bf84c8868c6fe9ed60bd219b887de6687d4f863ccf94b2e9994c8787740ad8d284e273b49cc8f491b9a51c283296c54c83ed87bde3333b6aad71a12f7ca0cf03d318ce4c8d1999dab2167f737fbf1fad2f99299571b4f902ed13cad91638e85766fa68987e5b8aec01ccebbbbf2d7db47e9262682be31079e1ac07b2d0e983874fefdf526ff055cfb49e7e5a38f8fea9aca898b382b163ed23e5c8bec77af0641dd88bc6a139a7d4250560da161012a5c1446c8a203878ac6a06e31c36733aecded51e51c746cac67d4977953bc7a6e5989427874f966301c40b8f5d883445d364db48bd1bcdf26032489aa61033046a820f2364ed63985154504d6c1ade78505141237beb5371e6f00da3137e89ca2d1d3914f7df3fff269a1c760802ac2a0d7046fb5c0f97f225f6bc590434b18709a2f80274f18c579bda345b20fa1d38576f1d4427fe2a4726ac5b9bd09300353171d76957720c8fd360927dc6c247b64fe050b13541ec310a7c1c5e5b95e5f01c54b2791165a5f12ac661f7285c4bc32f3d0a42d18eac0229f1d6ac7242f1e05d3b8694deb3138f200f6949994734e61c41e230c3cc113eb6919b2c32c516b4e846fc4d018044c0bb8b4e770ab677e104596d4a0516a19f338a2541d539d401d0cd5156f2873c49532df3242ac24bb1e05135e0d9f8469ea5d7027ed8bddffcd1dad49494d4ba5dc05754178b4498f04ea5708b340b97548c1a2281ddaeb1af3982893bb058375646458c6f6d158d4dab9fb54bd92d9611951320d70c01c09fc7fdc954379cb0df1a9d26587d339360461b47fa60fc3c18faa3c193037de04a9a0f625ee0447a8b861054d8eb016b85a6b85c24c1f09f7a2c590febfc70ffe6c7033ddee6f1ea92ce7aad8c82050531b566b324353d20af9ecdec95d5c3eec80db20e07624bc351668400449a16d433f485178ac1ad5330cfe172e42a0e568de83f6302added8ccfc9778e0b84ee79741553cad38374cb4c6753f85996325552a7a71d93b4e93cd62d6aec34b4084d228bedc743c42ff8c0f693c5e2601afcd395860b4a978c19d8106de43eb0f7a25a865747caf23ceafb332d9de0b1aa0f457cf4898cfdb34f6e1ac8bef80afb79893176bca6552a65b5b57831a28beefa22940043d4a94263f6b3f354c751a1934f584093307bf5f8a3a214af70ba5d94c604ee259fb69c2cda87e258197617b1d369a661dbd87dd8beb483ce04abb6660bb5c4e3007e6867c95a97775edabf155a77d9d8cba701cf160435347244653ebf8e6b6c1869ee5865b2ddd0bbfbe72ed31ac70b7494d9ce513cec70f196a1b531388f6a061b0931c14b487c8b00ca20800525f2e9f13d677b8a22b4f0dfcfacceb8538c530228fd79b500734fc91bed3e1f5928519d5d85a679df8040930459395b5ab3463627796619e34501b68d10792e9bf000fc91acdc74530bd21b67876059300a076ff0330c83d8f15090000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16439', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed5bdb721a4912fd958a7e06021a812e6f18b3b6c63268007976767762a2d45d40799aaa9eae6e61ec70c4fcc6fede7ec99eacbe8224d0ae64acd9558415014575e6c9cc93972af0178747b1f402e19c7d71a4ef9c3991f83d1126766a4ec0d53ce1737ca49220a83961721d48b310b4cb6dba9d7aab556fbad8188b4f31d62671c46331971ef3b40e05de48add8b58857422836d149bc60ef742438e3ca67fd85549c49c3848a4524d59c71a6c48a99182a199f61915d6b3ce2e944c5911486f1792484cf62cd22200470b690f3453d10372260bee4819e27a2c1a60bc196fa46308f2f05f3934c78abd9ac2fa54a62c14cb25ccab880760971d2070e762104fb810bf67e9dd03380597ef657c97e902a2461302b8612fa20900ac8f4cc2ef42e077d36e77869754ac5deac8556f38f49864a88d88291cbd40e134742cdb11f7e9201bc17f100c605d675c602e0be0f088699058ff05004076b855dde8207011e16a6f10ff53a35128264c4621efc666aa9f302c17d1119eba8007f31e90512458e9ce9888511f740001258095abce031bc14863a8a11214f2bbd445ce7915e4128c10a05f744ee081b55f85128a94c12f0c6964b43bca330fb6c227412fceb8f7f1a16825e1601762520208fe4e75439894fa2b9c839023f09051644440cf84bacf0511e6eb692403404ce8c5c0d0a94f8442a0df66546584d806a0413b399b58ad48865b8e0467ec6c657427e840f2d364f133f96041fca5353693b488730c9784da125c3d3682000afc8d964f1264be151d843dbe095a84a5752912838de9a8c602a2502620932c2ac4d2c96b02c081882ac57a0730426cb487831c529f2e117fb20fe851a882882b52250358b761ee86bc4551a83846eb0f318c20ca19a059003a039a7246520328aacf28508298c2053946029a5e00d571ead99bb521ce60f7286f8d278893196bd338d97104f248940c39a0d46b0266bc19314a4cd23c2ed67999fa612683c831bd30753975238b68915716932465b33e969220dc5d900739a46007035a95ff3940fd7785e725b50b0bb52964047192dd95bae560bce461e561aecad48bda634d1173891c089cd43f842960a32095e12c409253118685966a40279dc66abdb60afaa1959d2642695950c810904a270adf8da58da0372c6da5828eb55387b223ca43b4888673c11519d208448a8350472f69b58b3480759258c57bad0994507bb9670408c2a94b123e7f34fc4824956a13773d502f289bb3a6459c6d643bd1251ea5592a88867af8509654c749dcdf0212022d410beae98bc040162fc319b209bb9808ff98d96c0284da208770c34601fd9deb37dc192c6d6f0accca9ac601a395704073055c91a4ae89bbc242b7d6337d700702e512b0b72524749c22ab3538a72c4bc3e8b7802488848129195536b509a4f6945e2b0ea23aacc4aabfa3ab15c88c8fc35332b1ec27594a1a9419eae94eb3b92b028b865c1b1096dcb2fbcb0d194880541e2676990b7986bd003b5835e52e92b897b670a5bb27d0ab925e27289851c4e5a27519efc40547a0e1e980bea7319abe7e460953a5ba160a1c3914ce85206faf1860a5beeaa109e56f0c34286a4485b1b2201d2201b0180e45307bac6fe191a75ea280f8cfd2cb2b618467a89942cfba1add2c410738f8965af051f2db7ada0acee330401a5d448da9b05676944704315ddd89cca51538410343b09f48ce436458a90d93e9167e82c4135100d9a91641c1493541205e9cbaf3587a81a1be7ecef5f1c1ea3a45c278420df49238cc66cd56c7721043a6614770f929a8dd38e5da1e98b9e775e9f5f5e8cdef7a6e77de7979ae3c305b9147a0dce78d258d1ced5f0dd70f4d3d021edb93ce8170aa35dab0db13617a0e3b9cd76ced75a06f3b8735cc0ec1e750aa0876ffe25a613f7b4c074dc3929303dd170502a6a355bad42d3a9db2a347dbb1e5f51de3e2e19d26a37bb9b763eb6bf551475dda35251a7dd2e147dc316e37c45eecc75e0630493c895a3069200b52b46c9464175ce6670b0a8a56725d1420a2db5cf891678df9b4c06e3e9e075ba5a1e9c02ee156f7e4fb8df0fb841ca3a1f06e357bd8b5ffba3d1e5608cc41d514a1a4cba59427a5688f36e347e33fa60f39fd2659d2e39298854aa429dc0f2c6f9051b7434e72a9babf3ad341a602b492457673afa6f87db3ab094e9707e6c759a6d3236d3539e851ea0040e450cd12e6013bd5e87f451efcd7830b0087695bda3e6edb277ba51f61e51eadc932a914b1e3fcb03649917ede3b2f4b9275bb0bfcd09b354de71dd4279fbb8ac71cfed045a2923ad56e92f544eb7c07cb0534b058c5be91140563af0c0079b0aa44ebb0c69eba802e97b1c1f2ab88ebb6593432f287bfc7339049458dda6db2db19e5492f2398deadbbdadb5b3b7b92fbdedbfed6dfdd170727531dddbdddc3b86fa6f31d3778fca41aae3b6efa93907bda5fbcfe6acf61e2e3aef0783a9f310360eff7271de9f1e988a55965459790f25377459efeed4610f9225f9c6831faf0693fde4ebb4f690ef11847b4ea7b34d9eb51b473b787674909a77a07a742062a7ac9b5c5d5e8ec67b59d7eab66fb18ea6c8a7a1dd739caedacdca21c36d97572a4f78b3bc4df2fac9ce6ada791ccbd18e06e3f37dd5f4e9cbdb5dbc7e75357908afab1754d550eea63809af52bc37ecdb9cde5b598f6f71fce928fe27988a37c9b89b8bdd4355dc272463edf00cbc3d633eb0e036bbb7dbfc26199d01f278f4fe91b7c627d5bb94e3ae5b3d447eaf2f4ab699d8ddd9fb8f9fac2afedf71313779ff7d9eeb1ee6c4f3e73c90ef1e4e4ff61d82b0723e79f431e83b4ca787ece2c5f1084bf41dc180be7fa35f3fbd5c43bf5c43bf5c43bf5c43bf5c43bf5c43ffaf5d43e3d3b9c9ecddfe0989d59e413a4b8dfe4d129bf0fcd5703afed9fe14f85a049b1d18aba8df827e35206c0c534bb75b641a44eab175427596632a940c3e0c86d35fa73f5f0e2a7afa9aca67fc001d27b90520a6d1ea2c10a2fe918bfa320b4fa605c19fd8d0e71ab6c3b8d7962d3d9f64fd63119efb946cc4f0c11af258a4e4b83716f901a12217ee38b9437026b74aa2336af1a574b0bf373cff5b9e1fb90afa7553fd927b7286e42fda54bfac02b7d4ef0a10a5e8d93c1b242a5ebbe8f5abb17f53ee78b0ec0dd316b6c1d4353598bd2656bbd1b6c6ee6d8ddd4c61ac43e99df9320cf4125abd52cf747479deaf28785dddb34f7cc1814ac6a43f94d89d2f3d6a2fdbf28f4ef7e1cfe799fbd10fca1d1bb2dbf7d3ac023d9fb577831f17ffe36043857b877f68d2db56525ccbedd632c9c69587a8b9c394fcba658f9274527c888e3b2c298fd1fbaa639a80b722eeb61e50562ec7ef769595ca9774dbe25ba75f7ff9fa6f407e9f1732320000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16440', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff65574bb2db3610dceb1438804a77701cbb2a4eecb8fcecb2b72039246181000b002573e73b6495ebf924e91e507ad4cbe63d89c467a6a7bb67f43a86206d31575746b3e4c3e1835cf1f72f11f3ce8a79bf2e6130ef454a36df9c79e7c2ecf0c005f371c9a329d13c15db38efb298d7a30bf6d7cf7f9ee282b3fe8c49acf924de1617038efcb83458364a7738c47038ec56e1b024d975128a79bc7892a2c70a8ef7623b49fb286230ef63e8ecca78ac695cc780701476a5dbc535b327898bfff5f3df6cbc4d83e4624ab21d0f996d2a41d2d1d88c4d03b6586f8a84ac9b6de88cb431c4c9b56609ada4625d28ab99bd6d051b825ca53319a7210604f4c6e2ec57d921a9cecd3e4eb65d4fe6f328a6587fce66b2e96c0abe661e8b9dcb34b9621a295791a06fca356ec966931dee341fe245a686415e472c020417975dc1c53b148f1a6c760313008c9a2d6205aa4885c8cc4bca8b00a909ebcd9ca4732daae7a5eeac1fefc08d6eaed8fd26ee3b903a1d0eaf8a06380a3033b1d72f13b8a194c8fb60f4722408c000cb0575e3da3ed9015c017cd8ec40a93bb4c5c9562965d1a9fe43301370fdffc98d1bb488f2638e08a5c3672c67d840a1c931350cc92a1aae77ad05b3f26891f5767116dc0afc97b6c4948f0c15954098438c5d2dbbc35bd4d501cd364e730c00329fccdb9888eed1303292416f6a5bc9991833cd1b63596b5011c8b4c91544e18d2d88aab8496a25071f1b3ced90266fcca0985cf05cebb1ccb35f4d3b2a028c1d5c0000a0c480e7486706019ad50c12e7e87941468dfe0e62ce024964d63a564ad941a0135e70a738f8b7202a90f393e3913bcea7b8e0fecfd65d6d203413d0c455cfe5d9a8b58bc6e60c69b80b6815735912f0192dbe11398fcc5f70550fd8f481b80da069978d77a72a56066b4deb63967bacc67abfde88f7255405141c8e0aae421e0821bbb14a575301a95c5f6480aca5a5dfec82e813e440a9dcc45839c85abcb3b3dd78bca9a112dc5b3729a636a99964f13d288475bcae220820b2e997849813a4e3861148e3edae12001ed821c123857fe1497b13bddaa45937c2375db2d7c0b4a2527ac6a9c8b74f116c64f8e0c09b1f784a96c31a69a88e84973377b364794916ca045f475bb62cafce7b13221a8158709d7efe284ed81b9c15aff0865e521947f2ba6c872432557d7ca401e2d9bc6859c012bf74b567f4314dd87093078e2b1be499447de808cd92b92a4b1523d801566173557cdee8e5a5a7a0bccdd58326985a268b19aed2e864fe08eaf18e048383eeebb784d8c31d28f1c6aa7d6fb7cf71deae147aae6b47ada2ed7bf44ad4ae3a1bc328e285668cbd7848b3ad3d2374f0958ac9f16e631607a370ac659f682e5a30035c1e93bf45557327d9293595d7e64aeb497bb46651f9c6ab34c8099d03cc8447d7fa12e69808cf0e44b84a1858d5ac458f811a36799d1ad4b5ddcca359908ccf11513c93013e78bac529aa2da4a697ab6027fb1dd96cbe0cdde2eada981eaabd7903984283b0c16d65669d32883b818d9516bde9a247e1c0ac575da7d5a5578d2e6f41aaa6d1112bc703dbf8bcb5278c0429ead0207dcf78c0dba01c24bd67d8a6af5cae9f9e51a9f1368bf3409f8582f45676eb3b5d9e7bfbe1f036c569e78b905e9e9138aa757ce890d8cc96ceface846709b434caf83e42bd985aac3af9dd283073ac48e6450fd9086d7a4b49ab0096a4ce3fa1de8e99a93900c1f7bb96950b468c75d778f78ed342391dcccacf9b3de0016b8d6645e7a8b64cdf89c8d63e98e6578bc9210c85adf8733caf51d1542d1e4d6d6e285d310bc7b05d6e750cd31e6a2f11a3dc95e47524112b829eef630b9966c86fd7ee7e8727a10f28d0683d4e451267be25efac5fc9a7d62e7508e2992027cab3e19c474db52a1483114709742054bdad5a0127bc975083e5a2bda7bd6c6960d650c5a0907e79824375cfed0bf3cf24d798ce9562cf9cd9b580da656aeb3899afa343fd9a88c36e23e10453976986d4c9980e6c8cc35247b85d3d8e2688d396c3c19aeaf0ee2c5ef936d9b36c425523cbb5efbb3a2b00114a45d204789f0a9458690c7e950a205b0aaf83ea3896dcf86d0742c8c415c9504624b6e8a04667d0f9ababfd98b31b1681ac178ea764efd6203bc16b176b12bb694bebcb178408d900b025552b60496feef44240fb29121766ce1888a1a7629fa9776f6548bd3d6f33de37f738e2a17df94548fedbb0bc4db2e151fb6e461aebcef2d5e67157cbf6a4d5b90867e9fcfc5bc10434fd81730cdde161b0d2014a7eec863cc4091176b9c5fc57710109b14c5e4ee4240acd1d68470f5560a893e4d7fdac77548f77652f78d11f02f8a5569b086ad2701eb4e966d2b86b8277b555f7f4cc203e6ba3b51baa742632c3e5dd640715263d64c40c6492cbe7bc3982664cd9b01a290ea90ed3987bf648dfb6ef87faabce53a7ff0071bc77e5c60e0000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16441', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed5ad9721b3716fd15149f2915296a7f93653ae38d7244ca8e6b9c4a81dd6013161ae80068d11c97abf20ff334bf972f9973816e7693526466e28c331e3dc5eae5aee79c7bd1e1c70eb75e264a744e3f7664da39ed58f173299cef743b8aebace4196ee952a96ea728a74abab9a0a7f67a7b873bbdfe4eef000f7af1c1e3da0b21d8332ed8cb65a933f65208efd80f923d93ba90b820357b55ba39f3868d3d9f4ad812ec7c2e35fff5977f8e4de9e7ecb9b182b34ba1b89746bb77ba75196f5be1642ab467eb9e72e1831d017b4af054d8b65ba3d94ba353bea400389bca94228029bc656b4f6c21e1672c4ca97efde55f8e296e33148179cb533252a04a5ad82ee30e2f6578852be68576e165ae532612a34d2e1356ea4458cfa5f64b56289e08bca0c542a4ccc11a624040430edb674e22a95416cae43c59eeb2c95c30cfd5b56339b7d7cce34f4766f16699e7d2b3a9f00b2174b8e317a64ad63127e1938dcc8dc8a714e4628e8750821be9a487e35615bb215827334a00650cd922565415a950658ad2ba52a052399e678515a94cd02e25e29bf19fabc2cd65116bf748c8f7a8d4ee3b7de6438073819a31330b7fe40043c0806b07139c2341140c65b941dfe8d999e519c081f2e165090cad4aeba5a83a1560b31bff836072d4f5b6e5a9cc4213c587c2209414ffc6e31436aa3075c64e29241eaa216732e140969b73645d3976025e51ff32f1c6ba2e858a4e20cccc9834b65de22efa2a51cdc4e485d128a4db654f8ca5ea7619454660089e9244384735a6346bc452af01455426b112548425ee119597b9889dcc9499e26a8a34c9a303c4c40dae877e9445a1962c99870a50ecc0020a004864b88e740a0060ba6499308551e4c0a147175ab06b014a38eab5899002d5c11372b08238f057222a80f35292c916e6ad29e17fc2e5826b2a4d8e6ac255d39e0a5aad68b873a086bc01ac8cf3a5457de61c7f51e51432dfc06a3050f10371339426292bdced46b252b09c25ca38b18a9571a59635f0ae74648087717470290807824a56a32a3c4d0cb07eb19101b21609e94d2b8899051d882a35192306a917cf78c12b1c576c8800575ce6a1a6dc06317142cd00213c47ee62055108c766a545cc16d491d91c95c6dd56275078d40e097689f83764a9ad9a0b6e43d653417752cb179ad23201d205ac22df99354023850f0c0c3fe02aa11cd248822a09f0e29adea696b9d2723013789d735f65b9904a316d3c5b080eac9380af9313f20665c52ddc212d898823f04ac7332b441ef9f18a0410d78a32b4052851651a87c4ccd81c2fd4f480395f95dc1150d726c2b474f49413918c400750859723e35d052f25664428c55dd4a01ca2e608c5146e80d12e7baa83c64b021814b4ddbf529b19d481283ee541be2bef85292a9782345726f3d0453e9b89844017958dc2f042091263bc8b8b24b67166e814ba126bd25dc9188761348e7a39b3242ea1610c75594fbe8e2ae64e6027aa057a55aab444976b8d8f78235721c81c9303c88446c7fe52998da5f2b48a0855d11975d585a61b4d1c666e994fd1d7a4128f698964943388a201037470b78e53046e21b5e03c1036e7ef914da5cbe02d5cc7c1b4d6ed4a1b80141208ae65d566ea93037073a031c262c652a3d03820eb2c4d437749abe6d25541064e6322468c6b1ae345359eb01258139606319b513cc0ad0e18247817904d15b11cffd55425c63b2da542f5a951a0de92a6f50a2ecd6c7fa79f5893b77411d473051247b7ba6b13122fd348a7fe16549e5293a4118d573bd3c6d6c28392af84023bc712c96ccc900ad06cc689d28100a50dca9fa3df92320be2800abe6c8d2ce7b1622c5b83b7ad3809989342ac5451c9032e50af31ac4839a22c93ee1864cbd744f30dc7e6a0334fa37862ae9726543370b1cbe27043eb3c2b690d6be516d7b03043f98dc12ab720f04a02117504335f99043475a05f6bdc3d8626610e844263f4c8401253d05dc21d574bc253c2cbb804914d8013eda9eaece621d5c8502c46b44a6002a1eb49e40a30a194d031587aa8ad699b230dc8ca22194249afc650a8b4195fd87f72b130f63a42acc14c6b04c4291347c72e7b3397e8dfd4c058bd12e610759117a03a2126051a4d56c615aed58f2ed3428691438b35b143c96ba102de727e2d2aa206217371eecbb82ba022441561739477ecc1c40863e0cbc702d2482177601dad2535be794625a4c44325b59f23b1322c6aa40c61ff4ae33ca6dd0d0f01ac37b49e127aab01990adc962626d1dab6427fe9069508d9a060a58d52402dadd5698340ed2d120e1ded188861468c6da0b71a65483db9ae76bc1fe4fa8a87f1a54a41e0af97e56a93d5ebdc9705d258b6243fc83c7c25349e42776e04edd2ae392b308da19fd11e43eab0b65885054a7c682d798813244c5d82fd2fd60520c46362732327a090b8a3da46811558ea8455cbf6aed70d1a2f7d9bf0221c04701a8c43043d99d23ec86d2dd2f09543bb92c87bd24c2d940b839657552565226448d7daecc0421b8cccb103312bddb5ab1421644cb4a16e5893d9b84c63ef6957ba7ebdbdd42fc23eb54b2755e9e9a8fbe58faab05d5a154fca9fba9d8058d739fdfbc70ef79868d3a02cf5413a01c10da2e8edf7f01eed6574ac4d10586ff7e4245ca12335bdff63b793a2e59b276eba86e37012760adc7c7cf6b6435e6b3bf08be5a2737a046ba88dc5f1bcf7e79dd33b9fba95bf417f7fe5f0b8f1f8ff748c6f8a71d0efad8a31e81facaaf14d9cf39b340f29b52acd837e7f95e67fef3b4013cbdefe5103c0bd41ef6815cdffccfed526d3c17103a0dea029ed571eb8ad100f8e074d88032a7eddfd6f6d72753e418b33a352ecc4129adbdf05bb71c2a0631382ee9cce700a12ddf81155f421c7d81339e197aa311e0f2f27c3c7f16af3459584a5fee3e792a7e738a442f63baf87978fce5efc747e71f16a787936797a31c29bce94b612f72418e93cbfb8fceee2759821d8bced325eeac420a2558d59b3a9f978c0d80c07aa7ff0f658b226cc46b2480dae7c9cff6db4e903972a1f9deffb07006667e5a751ec2d9ca0a09e14dac741e797457078311a5fbd988418ee199efdde1dc37370f7f08c6f6e0ecdabd1f3d1c59bd19d83f364af11b5a3c3968cfca53fecb584f0f0b82584fb47cdf4f9e68e779bc4dc39b897997b5f8899a3272f9e9e4ffe202d43497e2753b663e69a9b6afa6ce928d2f072f8fdd570fc791a1e0e6ed1f0b8ffa568d83fea35f3a57f7070b282f15fed0b6243bdfe49ffa889f9a8d7ccc46ff423634b75d0a246757a83a65d5fe35be02d6138de14066fcb952e0cfe982ebc3c9b0c2f9f7e4e19fe2ccaded206e8cda3abf15612d492fc860df7fb25d32da9189f8dcec38ef219ade81ddf1ed9c75f4a2ab02037c7adbd9316edbeeee7b14d14de3f9df6d751381a7e77f635d7c66de7d396ebe21740f8da9e783e7c3c0cb749d4867468a19f313c7c7179f8e2f2f0c5e5e18bcbc31797872f2e0f5f5c7ed71717dccd5c95efda8c3ca8bc57219dc680ae254112ef5f8d26976fc34f06a742d115a23dfeb67426e1c108ba1773bcd76e2ce66fda6d49d836d64f6a7010bb7628dbd33ad79593e1ebe168f2d3e4edab613b7efaa597f25bf838ae33207d33fa5409b1f39e8b9dbc6a7be505a01a0748d51e36e1b175a52a3f1fe4cefb55db7fcbc91a365a1e10f6c97da910494e5db5fbd5c65f9c9db74b54af866b660fefb0dabfdd84d581e1fe2e8c61362079c3cb60ff8efa0c6ebba93f61dcefe572f583d735277bc75bc075f2e65e1ac4ff417fcb727f0bcb57e3b3fb2caffdae6d1b07c77752212cd09fa54222a04bff4912cf5edd5b9ef083b94dc3fd934f3f7efa372f640ab6972c0000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16442', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff6d58cd8edbb61addfb29b84c008f911445eeda9d499b493249104f90a03b5aa22566245220453bea2aef70bbb805da97cb93dc733e4ab29c7491a2f648e4f773be73cee79d4f7dad5ef960b453ef8289b634ae57af8d512fb551774372954aa132a5baaead33d12c9efa64d54beb3a8b477aaf748c36f6ca3a15ccd11ef96d69bbc6b7bab78572a6f2bdc5ff7a17d5c9e2d2373e4c57ab320539a53636a8bd6d746f826e544c6d6bfbb53ad52618b5f778de8d47e82a1804857b8dabb52b8c2a7cd3e8bd0ff200c368b5753dfef1e4602a7ccb237b8df36d3fac55177c8b98786fd0a5592bed4aa5cb234ee3979dd138d51c0e88336e56f7b551ad317c7ead6ad394bce2b7c178577d4e6bb53b17728d9bc30382fb64bf7dfd2baa830da80b2eee8d3ada687b468d54d587cd6ea374d30c3ceae95335181de246f1a69cb93a20277f629ef86e1badbe7aa70b7b403d9f17def916ff73ed7d67c6a41f6ddf3dbf7eac2a8dc7a5a0ccc8baa24925ce40222d2ad0ebe621e65cc7a04aeb9c09aaf6b1c763fb81eddfacb645e143393617df482efe80cb512ab4deb45dada3fd43a2d3bdfac5d8cf7cfa68cd29aa9df1a9012670913231022e56aa8f48d18a42753af4bc9471740d2a1d55b495636e1ad0b26d87b24b5ffd652771044abe0049304dc6c48651122c5e15ba350cbb43f102ababd5cbe45056a73b651a53f005b411f11d737dbddaeb46ee9bcfcb303d370a911698018d1b6c83b38c7998717240b2c655ba322d2743de7c3720d041bb6ab3e23c49ad4be5bbdeb61814e489ceafd5b7af7fdf2adde2edc2a7a0abdc81600a9e832697360723356ef540c0f8131eb8fafebec5406dd42ddad999252c2581eb9c806da4173801e9b9455b0adfb6c92136c113aa8261eff13630a21b5f2523a7fc384d9b6f5fff9111d92d09a59ba98295463264087c04e23167be90820096680fb1840f7838150de6c0fe91430036d0a8096b99541691d4ba91091edfc2fb47d3f84e8aa2a3346f1a3fd36dd40b34fb68c2fa927c6c4443e23865bc50708bcefcafb3a8618987da35e02f2dcc3c855efc10aa95f1904350960623b420c86bb42d4aae77a94f28dd7b133be03077e53cc3ab5bf267ec50ab3c6651dba96db800a19483b0de974e00b9987e7e3ef9f090d1b0ec3cd9b9441a114356eb600864c483f61b4ccd0b3332bc102c1b16f9068019c61881f05a79928a9040f4850cf380a2b6718d2000104ca82158e27a6c8c2b1bc2e670c0d78ef3ddd7c1a7aa5687600dfe38082052d34bf4a8ef3f2c7b301cfc3c049facab93566fc827db0a870c5252dd44af6a5bd50dfef563db968471502d8e9d0802dd9588aac663c42f65620da2ad5004e96a2e29cfb38816a41191bb0fc837217dc4b6b71e3004891626c9fc2257ca10d5a64c1822bc87ec434f1663855893065132ff515e2aa10cdfa54c329868370ef1667533ab60d689f5a5e4911f115d04829d7a3043d640be8a5b33cb0be70304ee6a48807191026b3fa87802ef9506213188d6b4c81f21b744ac4a481a23822ff83a622a86bd0945b0e0504cf091dccd5241f34c60db80a09c4d6f8ada794c238b81109c3f4aac9bd572bede9bcf28645437d3e0bec508f6096059dd0060160a34c9cbc2307429d6eb33870a8304390935d06ef8816e45710046007baa629e014ef2df1437b23693e907011bdbb1c77fbde88a4584f40142b799da46f549599524b125713885e94749d42bdbaa9714a50f6e246e5469a47b4471425ce07d872fa9bd17ea6f0feaa38e98eeaac74d65f05d879718cb0ff4521a60a544abfb5ac60847b02683e9479e06678890c9c1679776c3744a751f52db4d1a8ea04945d90ab448627260353866f62859c3114263b38a32ec13646fb3baa0f9377aacd9ce007128afda963804ef7cb46a0707097de7b08389dbc92d64468bb5a82ffa434942008e1c85ab275e93066427c67ecd7a3345333957831e824bb4d048d6e77fb58bbc9af5b9ba14801198c1d069c485616195e0132b72e766359b2ec6f2ce231001fef54ca6082450e356db66ecd29286e12cc82cb5d1470b305060693c337ca52098e37e8e42ab2224e1919639eb3064b3e8b3c67c709600db1167a36bcc164648a010f3005e4b99cd67c2cf5dcdc61451815340478d0549004cb8dd21b88a4782dafc896749bd72bf823dea2680863f4a8949c6a804dd4d6b405735a804ea22ac82aae11030701cfda811c79c31259a4fc5eaed74727643b56f8485c87559edf809f858d6710f897795a4b5f87a9a693c9c8f7c9b7ada127503ba73627148e6288463dd225aae9db8124c9650c0b4e158776812393b7bbe6c8962bb516f9d39e7b596b97f310084dc92d6ead9cfeb69ea239af1d95b979d252292b7d093c6eec5b4e24a5f045d0813b12ce73cb06a7832f71ed58e0ceb8b71d01dbfb780074b5deb721e4a3874a92cb1a28b87d29f9cf28bc2329d72ce9fa34081aad2ec6244dbc69c004da8db654dff8a59d9dd34e310e8d49f0d8791910022ee05ca3be06f9c38fc71e6836b8f6a06470d8845a2d7124bcc6726412fa7bfcc6d88f359b8eb608f9932af345690c6e632a73d48ce6a0a2f31f742bb538dc617e484474f7efee9d9b3279b57bbc7eb3c62d38652d87e44559c0244a91f227b21eedf9c79d4ba23ed4135ad181cb34cfb511a7162114173304d50cc3d5b91bd235b5e262470343cd77c21f02ae13390896f8e9348c17a2678c5fbbc96b114bd47537052ea7c6639c2fd6a56e802e6261144102ff13d31dba58cfabc324e87fff4e4e97f101b547510a51cb9e3fec5767ba3e87a39c6a53918c7828ba1fb1e8eea171229f735561926895c38ba2e37ede0a31b9d2213641036dcdae4e229ffb30d9ce8a99cf937ef49415b1e8f1d1a6d6ab9d78fd8f1b00d6770f4e04631118c17e0012af1d6899e2f7209b4c5b9e156160f54173e95d473b022b964497bb4cc6ba3ee0cc18372ac7f18809bb13e77d84039f96a2f19f468d01ccf4cd13062091a40d86270fc52a5b636cc67dd529b675fa17ef7a09647afb637b7bf3f9eb418f26850768ae0f8c3438631357aba163b23cbccee28cd65426d77cfb76fce2dcdbf23a04477d086215ad0cb6bef6571dd42884a59dac47efd97cb467e9cec0b242a4a96335468dd03195d4f98650697e53adabcf8f4d134870cfc51a1655343a9c9a12d169891cae6c5115be054a3e362163872eb490a09a28b9d368bced8d4d12f06b26af08dc93f3ce1fa90573419a7cb3d7c56d6e4c459ade5ce85e7ecd985712310fdd5f0f93e45f59d3b9997efcd6a9b97cccaf86ef6030d7d5aa13b89e9b9c6f6c99f6e2ef518003c4c067ffcad04e94e80d5b0813a08f37268dd42d9cde441e6852b6779dee14109b21282b8c0437f4e7ef1541bca303eda9c1060cc03974e680f0d99fce9e217bbbccf2ecb97277bb3fad5731a8c1640392e6a4ca32159cba7d495f4126b7cf5803553a8fc57b8b93d30a83889c256e31fee91483ffe26740bc58269d350ddf780a96ab963e299d73c0e8ceb83786a467af05f4a0d43b581526f56d76fefee9ebfb9dfa927ff07271cdacddc140000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16443', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed5ceb6e1a49167e9512bf662440e6eacb3f82d98913db30066726b3bb5a95bb0ba8b8bb8bed0b0e3b8a34efb0fb63479a7db97992fd4e555f01034e6c274e1c29916977d7b97fe73bd5457e2d713f9496234a47bf96a45d3a2af9e29f9108c252b9e4706f12f1097ee5458e532ecda22b4706534177d5f7eaad4aad56d9abe3c650bc0f716da8a270ca5e2b5f708f0d7c11485b78213b1582bde2829d2d226fc2227f226cd69d4a4f042277d7cf92bd92de4ce29650311e04320899f4982fe6724e576d397394cba12cf3c44485123f2a2f60371242cf959f886676e4eb55a642faec4a3a3c143e775810b9ae0ccbec662a7cc1ae14eef7e225f8c417500a728537e59e2598a51c875f295fdf406ab85c7a21fed2cabe98e02a2d1972ac2fc34599cd7ce5422792eb735b9419f76cc6ed3956a38b33c1b1aa188fa16750fd9b379a0ae60a410f94d9543836c9f86121943779179559ce936588f6afa1ddcff2cfdf7e0fd858fa700c248782cd652043521bb6b2cbeab0cab8e32c68a95a8d2d04f7832a2349c674368651ea860cc5b54e207965c02d3986437b96f2948b1fba4acd446cf5779d41affb3d9b70dcae3d4a2649cf72221b6bc012172e08b9731d186363a56ce979c267531584b8ed6a41f187c51dcb52be1d871797b4316a0ce97016822fdcd99407f25f5a3d1eb21742bea3bbe752dc046c2854e4202b2089892040c248ed7fa88a60586c862c26a9a4c8cc81af0316c88947c6712497746770bc8eac2ac6124bc0e7b934f18563b2a24a5a52ba2866715790da3378cf27f772f62af2e0578fcf987084450f208ed06f6e1cacd81577b4bc743d93a859a4a0a9852ae090201dac25c4759a2963182bbc096acfa5dad04f0e16507481928433a9a4b4b76da666a174512b3014b12fb33f7ffbe38471178f5b2af2f9c4c4c017162d8430dbd268a39decf205a58cbac10d956581b99aaab213047426f289a92de81a0ba4a3838115609f978b8ba55c37f2a09bce28b805f51ee269640977d424127a95d582aafef9dbff4c9514406596c205f91ad6104ae023921eb5a62ced1164260244d9840fb83902ba715ffecbe880ec40a8926c33c0925365ca1d5dc5f153787e2e1c35d35ee1810e5f52816256652f11eeb9f0cb450092012212c485460275e62234ff9d4938d1c64d6e1905a06368b00ac1585155ea02d18bc02f0e55510e25bb085ca08d3d8bc208cebb10c10ca968e292d5f1dfbc1342d160066f99520bb84c22071150c65e68ec7b3fd349998300fa7ca3fc6b9310f9e01346db302440a14db92f2899a1103240a0725e8a18e735cc52c8027a02b9e9c74a22cba74c11b268200894a50b7a01b7ba41194a204750a582f22528c7a1f16c8732673cc6658f6a3c9cfa2a9a4cd9d89702bf5ce894889c506b0f0fff8f1cef0b2a7e53073f4b6f1a71764e98d299609185712a7702c5a6723275f0378c2397478d3173b16e821208b05669e228d479b15b9401b713784107d6f894d6935017c811c078e5c3e008f643b92ba9908980524b44ba86612c75236a3a768442c273301f3d1a50462e22a738d0921c10779989c60d358b0cd2a0aabdb89061dc71da0d4dbb28175b1fa124d40b90c51ebb160bd30be959883560afa11f69e055161152d98a7cf2fe820537403f5b4027d2c2152e1c009d5dca5a16c16a94092ed0e350ca5a5c09dff2259014553c2704275fa1f5099f02871c32e684c29a7a0a1549de800a9e9a6b5d614bbec82ec43bb83260c749f5f6518761847c81cd4832895694b4991c759845c1b49c61a9c6115f2f052f706fb102bbbaf3202191dc891f4d1d503dff415d8ed09bcc09173ae1282257f857e9fe22a12231028dba06e1e22e1499eea44dcbc387c78001700a7b2d5df68a9ad3a517e337fc14a33eb4b8815e807f0f17a9091768801cb39f78800a9f849064fb6a36c343a4cb0ac8d802e96223d8e154971296209f2c4418c33570433734bd70c6d78ec91c9b8dfcc89d25bd1c4a131e194ee0c288848b4d8133295931bd1c2a38d2745352fb06ed0f112ea0fd398f9d3614483af897756cac82877e926c083289464f150f407613da60602d98ea368c00516b82061e01156427e0a623604819052ced3b893a098915082200856b2c318d7a2d7324d1e4a04ab10fc4a9e90ba21c418eb9909b40192704a0303be55fa4cc4041139dfcdd1452a1894fbd0e3cca8903954763900cc297a9e073897ca0564b2cd464b076098a394cf5e0ccf2238d262e59cdfd85218eca349b4b4f528e0d29d5620669d88c46024bd308a05b64403dc57d13584352a1158005a0e4482005f209d23d2837a1250170ea86d6d21e3311f3e59c3b3ea1f14fdacb84c9f005111d5700b4a6001474198d2d701c560110073139159a3e9bbcd2dd9f3a572893a50d319a2a476311219ee97af409299277e4159abd37d176e52e27758d9bcd92fd282486c28e017a9e663b84e9f084478e0b1075ee697e82ead23090cc3bd21b3b1141b7e17f861d056e95f53d91d955d6b5ff72813ca499a9ccdacd7252f998bfd83b253dc332a1917e0a4171e49526b010a92c9f5b1a8dc82d991d34782802f02bf83b20bdde0b0ffd475d492408f97acaedb43241d7b56b295bb8756dab1b8fa99c67c91e3b7500950335aa4994121adde362a3909ce87245a7fe1e9816ef25758e4e1d8519f310ba2a2827463a9b8748c1b8ecf0db1414ba0afef43d6a05811511ef3204996e4a5abb9dfc2a8d44902e0669633937c859e198481c693c1d5d01eb24a7164c69f7927b3753c4de2264f86eaf596fb7f7aaaf87df974d9925038b25c338b182444338fb3aa070e8614064702abd39118549327150a919f40f74286ec88d003bf027b4ce2b0a86219214753b82017341eb8af7947b138d6a8014e5cc935e051e1a11711c99398d7c112ac4054b453365c08e52be92f66a0b3c27a2444213d3142830d4c964be992193d5eb7bb57d2887eebad01d330690d1cb4ee7981107a652b6c55878e4714dee965392bd203ca5f98ddc0cbe44901813302f99ca63669a68a693833287a6382d3871404609138cb253188ee7269f4b5a1f533502e5d2a81fa78f0281c8d22304426a3a410a237d909978ea86f85f4053a1b4b2904b3d87c0bd20ad843f63a97b2f61a59c4b32accace04a50ffc515e2982e3d841671849a9fcd99536214484527d52a006278bd00a2871513c2adfad3ad24fd73aa1269d120cf68b02be7cf7ba737cf2cbf74953469b14f03b35c3782bc2243235eb442c6648f2338587711a2d5867d8eb9c6731353b0b70d1193ac422908431a74ae951b6837e649b294e33b17fd3ec611e20104632326a5d9ea05ecd4324c72ca44c3340aee7ed409a49280c843336c91ff76a3dbac1d904a52ee69918d0d251126361e2a579ae1ea8ecca494ba43c2a4cb9a6f7c4618da9a34fe0ea2b4798dd2888f7cdcca62baa389aa71d36f234c92a6b9939fa19521ce2f940f7610ed6afa2802df194741ca79d1333764e849aa5ccc021ce66f19956aac7318fd27e4eb1312307c709dd8ff74f606f92b31c9490fb1a80a970bd5c8b17091b490730636636d60316f48808f40218fd27e18e375341ed181fa5b108994c0be649d1155a49c25573fb7866c2cdfbcf547795b61765e8a49b9091ef981f3f944b7a8c084a477ffdb584f401409233bde44edab551a5a3526d6f0f8b689e6853eb2d1ded550ff505dab7a4c7ff5e2ed9b02c79907e06d1b564a0572b5d9ebf3eefff745e2281c912108989b374543fdc2f97744e60d9e79dd0bbee84963ec0f7133033e09e84af2bad2abc88f401a1a2442f1d8d0113a26cb6a6450d317095cd49123e7786c3dec5a8776cae66fbd4b401987cf867c4edae032fe2fe37bd8b179dd37f74fbe77f393de98ef058a0223f0ea7a55728bdee5ffcd07fa31306d0e72fcca592d1c02ce921b170b9104ddca07cb0be78ac4a6e25dcc0adb422598a3c9988302faefbf27c591c2ec5e24a3fd65a7b0d323a1699a5c68ef21633fa78d1fbf1b2371c953e943716ca5e734da13c57ca975229e5d891cdbd5aeac8fae141eaca477ba790a9d26ab453559a7bf5822a9fffa543a667bd56cb92af76586ba59a7e3ddb6399b58d7aeb30b5b6b177d84ead7d42b375ce9c76de9c762d9766771b0b734b1e340e724bb6333c7a9a83631e1cf6b34c6f1cd69b99b3bed40930a77cab9145bad9d8cbb0ed9b999e72ced8afd73367b45acd02ba3e8d816a99ded536b2bbfa5dd8ddaf2b040d158294dfafb650000ed1915abd5da5fe189327ed05f8773d25ec0f7a179dd149fffc915961f9b1a860423d335a081e3cbc3c5d430bb17829470b1b6b6861fb99167e61b4b0d6aae7384eb396e1c5a3bfffcd11af83468eacb60e6f89f0b7f2a667190f9b1bf1b0714fd3ee37086d9d1f2e7abd35c0563c789407b9566d15e41a05902b1d9f0c4efb67f064b7f40980b75f6ba415d16aeca705f1f40e48e5b0e790e026c19ef661365f7dc5672b968bb9516d6e28e6e6a314f3c6422b14739c3e1fbb6fb53b6a18da7597edaae1e560d0bfd8ba5d55ab6fe525f754b2354c9d597ad75b597a3feef9affc86462bdb79a9d76ad9a4b4db1999dc4a8dfa416ea55606484fee14cdca66f2e6f6da7af8cde4c1c5ebe52ac1a5755592faf2e10bf263f6ad937de457bdeefa7961f9585d69cbfb970769ad60bd596f45d1d6f36de8aee72673ddad7d98eb6ead7a566c4fe99ce31d5fb5b41fbe3a1e8915e64b64a786954d261b25e99790777fc9d2da5fa9868307a9866f63d3bb98d4071b737afff373b04f4bebf283e7f2ea28b5231b5bfbf2b0716fbb44ad836c671894e5701ddff9864fcee6b68d0fda199f6beed71b4b2f7fbea8c32d77db1f3e2896efcbb783fee8650f28d939bde712dec8db4a3fb6daf57a3b2be15cba7d6c6bba1c760ad2cce795722e9cccbd4b73ba75ab77b988eb0f7854e6b986b7d4f072311c6e2886c32dbdacf4e6647842bceb536b01a9b85c0b5976967e44251ce46a21ef982f716f61c742c024f180ef3cbeb617f4f8939953cfbd4dbfb7f3f1f9d300b56c2fa6d16c64fded291e6d5f19cadad5d6a6f36f7bdbaafeb877d62fddf74b528c22bd8b931d4ece75df9cee52b6590e6fae5d5aeed66373bb6c72ea84bd4b9f1c5cf4473b0c71b5da63bd2d78d4da6a36f6b289b1593bc826c6cf77707ea542ea9b4f886e3b228ab80c3b03c4f94d6fa7e6782f095f88d59796f39d6ef772b8e665d952caefafce77edd6bd75c4af1bd5f737e7ec9d0ebeace6eacef0fc98079b772f8e624876ac8e84cdf52ebadb53b7dd58dd72abdd5fea3e1f4ffcba8f272e15f3e63dc6da279edad8ad98efbf17ac2be01797c33b6e3216926b7329d3e2f997be9df3ae9e41b715736bb50fed1f14a9d7d9c9e9c9a873f1f65388d793ccd4e783b4b983b42b3db8bea96cb79dcf288d2efafdc1701367dcb974919f3b576feaf2cdd5444b7e8eb75e67fd1728b65fb6f6e075af07ee8f3e3ee7fb1db7d26b773afc90df46387b3b4cb611cc3d4e16ec3895129d1efcac75bef124ae71e3687e2c6fddfd049529cf5ca83e6e231297e8b54a8f5e7f92ab9fbfa0f7d44f623f7f41eff90b7acf5fd07b9e80bf9e09f879ae78fe82def317f43ee317f4f0db4910db5b607fad587aacd29131fa5a5282e2f9cbf3d1c55bed7a80fbca9407d0124466840ebcb174995b9ac853bfab905647894ea990de9bdef9e81fa3b7835e4e4ed79c4fdd41c64162011846a0bc234788ca3b2e2a6e1c9e580a823fd4a14f242c8771ab2dcb9e32a1bbd553c9d6596e5d2cb261dd58fff7b2f22e0dfb6dca1772a320e1e060938ba8b28e263163ccad7fdae9e6bdff43764771f135eac74be713f488285eb63a2aab737ef24b527b8990ad5471597a7bab65417c9ce316b392d31edb566dc78b866a26ada36cc4c8561ef50727dddccac7f97bb62dbf9249e668d8ad9994c3dbe5d55bbb0684bad20e11d1c7cb75ff409bd7b52e92ff1b2af99265b0ac43635d562c9b684efcdc6ae2f2b9b48280fa3a2bdbabc862beb3b719573ac4ee3f5640f2727fb3888121d81f2b24fe8ec46619e68b393b8968ac13614e9a6f9391fc3ffe5b85d0cbb06521e97efc662909b7ff585b92d3c55ba44433fa6ec32e428ac59fdb3cbda5f4cfb23b8a6b37b763fdb5742bef889947de06b02f1e0f2d0a696c6f8837b212a0c55580901b84c4df938eefda2a645d28e273005b0ad0c2b4b55a81b55511f452665944ba5bbc59c899d27c772731cb31b1f501c44a181f40bccd5f4be7140b626a6bda7cbbb58e0ae9b7cfdb9890f0ad154b6abb80aed96abd1574d36dd6e5b5db1ffefee1ff4650f896d8630000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16444', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff258ec111c3200c045b510199d080860292a7dd801244d0182306c1c3dd2781f7dece1ea67e668f892978ecd233fb8d7564a01260d7e352a04f6346b720ba357d69b83c56bfe9e8099eda98a6f2a04a652901b4c03ed8025dd0151adb38193ae5c3fe288a256ec276038d51de42d9c04802488179e28eaefe8aabe5e6d32f192b6fccb0000000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16445', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed55cb6edb3010fc15826759b1f372a39b6a0b451eb5045b0d100441c0486b99084d2a2495d60dfcef5d5272ecc428722b7ac84de22e67666747d00b65daf242008d5e282f6944353c35602c0da860b26a588525d90811d0ba7910dc2cc0751df60f4f7a8341af7f8c8d167e593c9ba9c62ec8a5d2c0089325b960359384551aa0244a921c714bb62256110da65902b14c3c1a579a3b5ccdc10444cde7bce04c1862182f09976406aa11a1e3e1d609a5fec053e4ea71a55a0aac375a6075616d6da28303093f4d08bfd8b2167060dc959e75ed741d507806690d8d6e5f28b356f387c672253783166c090a91fa47a7885a2839e725c802a9fbe1177fe02676d7e9f83cbb4abfc7f9f988de05b46416de9be3ce320d05379e818ee31bea046c20510248b4f4ec38a0c6e23690e55f59ba46cd9512a5b1c051db7188cc0b6eacd2bc60e8e51cef40d0e60206287ba94a26b85de17b3c9b25d33c19b7a7db900856f83015aa9156bbcecb74ead384031d0dc393213e3b270687a7e119da29d1edcd52dd6e9e1a568e0433e82fbd4ea65fe3abfb519a66c9145d4e27886454a33be70acfdc31bc6774b25b511b8aad9b5856ba6292ff66bb9bd74a7493ac8357f48b6cf206bd7ddf43f7bbf918172dc72d57806edcbae755ed2ec7dfa649e2f7b1645c262e9ecec4cf707e86f3bf09a7ab55a61b6d37766727dd1a3a19513be22377d1a1a3f4c7249fde78971f40ec8daa41c033f35083b0df8ef62ed4ed8edd47d17392a256d02b43729d4cf2fbfc264b7648e2eea7f021fc46bc0f47e47f145be8ec2a1eeda2cebaf20e2a42eca39e76a056d5bc884a5e0bb544d38b2d729e66f85d6e91c7bb3d1fc1ef39deaefdaf8e6fd6ff0677385cdfadff006ea251b001080000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16446', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ff15cac10980400c04c056b602fbf0ade23b7841035e22d920d8bdfa1c98f9502c6ea50d53492961fd0a7ea4f856164e84634c71c4ad092ba21b69a7e2cad853fa1f566dae6cf20c2f053ca22e52000000');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16447', 131072);
SELECT pg_catalog.lowrite(0, '\x1f8b08000000000000ffed544d6fdb300cfd2b86ce4e90644891f966b81e60a07582c4d9100c45a1d8ac434c9652490e9615f9efa36ce7a31986f6b0dd7a2445bdf7f848e985716d3117c0821786050b9886e71a8c653e135c96352fe948d642f86c5baf059a0db8aad16034ee0d87bdc1980a2dfcb494cb36e02d255a28bc85e5168c87d556190a0d97b945258da7a497682e3db503eda1355e85c6a0006fab55a979e50abe4121c1147cdf77d8689d38b6b886a0b35a8b56dbc167b003690d0bbebf306eadc675edaa8fd2735e812294e1cd27ba972bf98405c89c8007fdcf4dc2f5e0aeb3389aa6d3fb24620f3e2ba88beb665d6ea62147d3e0b3db70c51cfd11900480248b26239f194bee12c7ffb4e8403a4b250a6301494f6fd227ba0d1aab34e69c0c7ae2c280df0e1786a4b552051768f714878b453ccfe2db367b9eb4e0f92978ae7911096ec81d761f66f13c09ef1ec9a42f774994d145a36add359e37186cb9081b976b69f5fe143b012da2a469b8f4a51154a074c925fee29783d34a74425c9f646709f6922a99a7afa8daf80faa6e61dec1b0df36db16a651964cd3c6dd8aa38cdd7ab937f2b15c1fcbf5cf96cb9196a6a37cb536e3ced38e3c68a97fa01b3e8ba6cb349baf9a2f7a0de22c4183801d6f3086fdc1c17f13b635efafb0d726be897fdc04f75a7aaedde0d4ec8926fe1aa7d963b69ac5174cc7effd1d24371d89555bcc03a04355617ec6cfa6337a6067e8f85c71013de84f0e0f87dfe132adacff060000');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: entente_decision entente_decision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_decision
    ADD CONSTRAINT entente_decision_pkey PRIMARY KEY (pk);


--
-- Name: entente_event entente_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_event
    ADD CONSTRAINT entente_event_pkey PRIMARY KEY (pk);


--
-- Name: entente_story entente_story_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_story
    ADD CONSTRAINT entente_story_pkey PRIMARY KEY (id);


--
-- Name: entente_tag entente_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_tag
    ADD CONSTRAINT entente_tag_pkey PRIMARY KEY (pk);


--
-- Name: entente_wp_post entente_wp_post_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_wp_post
    ADD CONSTRAINT entente_wp_post_pkey PRIMARY KEY (postid);


--
-- Name: entente_tag uk8x4uxp4tbpgrcgbhtchk5qb0a; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_tag
    ADD CONSTRAINT uk8x4uxp4tbpgrcgbhtchk5qb0a UNIQUE (storyid, tagid);


--
-- Name: entente_decision ukl2mo8jmil8xgebqlvsiy6v9xc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.entente_decision
    ADD CONSTRAINT ukl2mo8jmil8xgebqlvsiy6v9xc UNIQUE (storyid, tagid);


--
-- Name: idx1gtrqmr0frlxyfyolhv4b67cc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx1gtrqmr0frlxyfyolhv4b67cc ON public.entente_event USING btree (eventdate);


--
-- Name: idx4ib3fl7aisbajc41cv9hnd7rj; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx4ib3fl7aisbajc41cv9hnd7rj ON public.entente_tag USING btree (tagid);


--
-- Name: idxjkmlcgcta6ion36e83m2ybeka; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idxjkmlcgcta6ion36e83m2ybeka ON public.entente_wp_post USING btree (retryat);


--
-- Name: idxl09f470rd6eqhg9u0wgsoyyiq; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idxl09f470rd6eqhg9u0wgsoyyiq ON public.entente_wp_post USING btree (seenmodified);


--
-- Name: idxmt92277o67gwl8hwbji4npx58; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idxmt92277o67gwl8hwbji4npx58 ON public.entente_event USING btree (type);


--
-- Name: idxo1xjbbm55bg29dapqt9bpxars; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idxo1xjbbm55bg29dapqt9bpxars ON public.entente_event USING btree (storyid);


--
-- PostgreSQL database dump complete
--

\unrestrict WZOPQkgTSVNU5TtNkzvRCh59b2Y4n5Dr1fMCvp7tOKepRgKGKSELAnfKOkPyLeg

