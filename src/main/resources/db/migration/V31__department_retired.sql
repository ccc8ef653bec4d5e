-- A department the assessment office has retired (撤销): kept with its past entries, no longer offered
-- to new imports or to new users. SQL that both H2 and PostgreSQL accept.
alter table department add column retired_at timestamp with time zone;
