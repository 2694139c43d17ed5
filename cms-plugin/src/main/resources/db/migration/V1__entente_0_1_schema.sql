-- The schema Entente 0.1 let Hibernate create (hibernate.hbm2ddl.auto=update, Hibernate ORM 6.6 on
-- WildFly 39), with its generated index and constraint names: a database made by 0.1 is adopted as
-- this version without running it (SchemaMigration). One text for every database: ${binary} is the
-- type of the gzip columns, BLOB as 0.1 had it on H2, BYTEA on PostgreSQL.

create sequence ENTENTE_DECISION_SEQ start with 1 increment by 50;
create sequence ENTENTE_EVENT_SEQ start with 1 increment by 50;
create sequence ENTENTE_TAG_SEQ start with 1 increment by 50;

create table ENTENTE_STORY (
    id varchar(200) not null,
    analyzedAt timestamp(6) with time zone,
    BODY_GZ ${binary},
    contentHash varchar(64),
    EXTRACTION_GZ ${binary},
    html boolean not null,
    mainEventDate date,
    mainEventParticipants varchar(200),
    mainEventPlace varchar(3),
    mainEventType varchar(20),
    published date,
    terms varchar(4000),
    title varchar(1000),
    url varchar(2000),
    version bigint not null,
    primary key (id)
);

create table ENTENTE_EVENT (
    pk bigint not null,
    cameo varchar(8),
    eventDate date,
    eventId varchar(20),
    modality varchar(20),
    participants varchar(500),
    storyId varchar(200) not null,
    type varchar(20),
    primary key (pk)
);

create table ENTENTE_TAG (
    pk bigint not null,
    confidence float(53) not null,
    kind varchar(20),
    label varchar(300),
    relevance float(53) not null,
    status varchar(20),
    storyId varchar(200) not null,
    tagId varchar(300) not null,
    primary key (pk)
);

create table ENTENTE_DECISION (
    pk bigint not null,
    decidedAt timestamp(6) with time zone,
    decision varchar(10) not null,
    storyId varchar(200) not null,
    tagId varchar(300) not null,
    primary key (pk)
);

create table ENTENTE_WP_POST (
    postId bigint not null,
    failures integer not null,
    lastError varchar(1000),
    retryAt timestamp(6) with time zone,
    seenModified timestamp(6) with time zone,
    syncedVersion varchar(64),
    written varchar(8000),
    primary key (postId)
);

create index IDXO1XJBBM55BG29DAPQT9BPXARS on ENTENTE_EVENT (storyId);
create index IDXMT92277O67GWL8HWBJI4NPX58 on ENTENTE_EVENT (type);
create index IDX1GTRQMR0FRLXYFYOLHV4B67CC on ENTENTE_EVENT (eventDate);
create index IDX4IB3FL7AISBAJC41CV9HND7RJ on ENTENTE_TAG (tagId);
create index IDXL09F470RD6EQHG9U0WGSOYYIQ on ENTENTE_WP_POST (seenModified);
create index IDXJKMLCGCTA6ION36E83M2YBEKA on ENTENTE_WP_POST (retryAt);
alter table ENTENTE_DECISION add constraint UKL2MO8JMIL8XGEBQLVSIY6V9XC unique (storyId, tagId);
alter table ENTENTE_TAG add constraint UK8X4UXP4TBPGRCGBHTCHK5QB0A unique (storyId, tagId);
