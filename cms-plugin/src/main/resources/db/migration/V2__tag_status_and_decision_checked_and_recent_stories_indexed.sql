-- Tag statuses and decisions are closed sets (the TagStatus and Decision enums): the database refuses
-- anything else, as it would every value 0.1 wrote. The panel lists stories by analysis time.

alter table ENTENTE_TAG add constraint ENTENTE_TAG_STATUS check (status in ('SUGGESTED', 'APPLIED', 'ACCEPTED'));
alter table ENTENTE_DECISION add constraint ENTENTE_DECISION_VALUE check (decision in ('ACCEPT', 'REJECT'));
create index ENTENTE_STORY_ANALYZED on ENTENTE_STORY (analyzedAt);
