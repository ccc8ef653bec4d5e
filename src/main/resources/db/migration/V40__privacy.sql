-- What identifies a person is kept only as a keyed hash (issue 14). The HMAC secret moves from the
-- evaluation module to the privacy module, which hashes for evaluation, account and audit alike.
create table privacy_setting (
    setting_key varchar(64) not null primary key,
    setting_value varchar(200) not null
);

insert into privacy_setting (setting_key, setting_value)
select setting_key, setting_value from evaluation_setting where setting_key = 'hmac-secret';

delete from evaluation_setting where setting_key = 'hmac-secret';

-- Sign-in counts were kept per raw client address; they are now per keyed hash. Forgetting the old
-- counts only gives a blocked address its tries back.
delete from sign_in_throttle where throttle_key like 'address:%';

-- The window of a sign-in key ends a fixed time after it started; blocked_until is no longer kept.
alter table sign_in_throttle drop column blocked_until;

-- After the retention period, a rating of a year no longer open keeps its choice but not the number's
-- hash that tied it to one person.
alter table public_rating alter column phone_hash drop not null;
