-- A read model the account module publishes to other modules (@OwnsTables(published = ...) on its
-- package-info): the name a user is shown by, for pages that say who filed or decided something.
-- SQL that H2 and PostgreSQL accept.
create view v_user_display_name as
select id as user_id, display_name from app_user;
