-- The audit trail becomes several chains (lanes), so that concurrent audited writes no longer all
-- wait on the one audit_head row: a transaction takes a free lane's head row (select ... for update
-- skip locked) and chains its entries there. Each entry now carries its lane, its place in the lane
-- (lane_seq, 1, 2, 3 ... without gaps) and the id of the key whose HMAC its hash is; the key lives
-- outside the database. Entries written before this have no key id: their hash is the plain SHA-256
-- of before, and they stay in lane 1 with lane_seq = seq. seq stays the order of the whole trail,
-- now drawn from a sequence (V51 starts it after the highest seq already stored).

alter table audit_entry add column lane integer default 1 not null;
alter table audit_entry add column lane_seq bigint;
update audit_entry set lane_seq = seq;
alter table audit_entry alter column lane_seq set not null;
alter table audit_entry add column key_id varchar(64);
alter table audit_entry add constraint uq_audit_entry_lane_seq unique (lane, lane_seq);

alter table audit_head drop constraint ck_audit_head_single;
alter table audit_head add constraint ck_audit_head_lane check (id between 1 and 64);
insert into audit_head (id, last_seq, last_hash) values
    (2, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (3, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (4, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (5, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (6, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (7, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (8, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (9, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (10, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (11, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (12, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (13, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (14, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (15, 0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (16, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create sequence audit_entry_seq start with 1;
