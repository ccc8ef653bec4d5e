-- Final readings entered in the back office: the office's correction of a target's reading (a figure
-- the statistics bureau confirmed after the last report) with its reason, and a reviewer's grade of a
-- commitment without measurable targets with an optional comment. recorded_at is when. Rows stored
-- before this carry neither who nor why. SQL that both H2 and PostgreSQL accept.
alter table final_reading add column recorded_by varchar(100);
alter table final_reading add column reason varchar(500);
