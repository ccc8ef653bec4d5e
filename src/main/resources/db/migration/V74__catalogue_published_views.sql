-- Read models the catalogue publishes to other modules (@OwnsTables(published = ...) on its
-- package-info): where a commitment and a target sit, so that progress and others select by plan year,
-- department or year state without joining the catalogue's tables. SQL that H2 and PostgreSQL accept.

-- A commitment with its entry, department and plan year. department_id is null while the entry's
-- printed name is unresolved; department_name is the directory's name, else the name as printed.
create view v_commitment_scope as
select c.id as commitment_id, c.no as commitment_no, c.title as commitment_title, e.id as entry_id,
       e.department_id as department_id, coalesce(d.canonical_name, e.name_in_text) as department_name,
       p.id as plan_year_id, p.region_id as region_id, p.year_number as year_number, p.state as year_state
from commitment c
join department_entry e on e.id = c.entry_id
join plan_year p on p.id = e.plan_year_id
left join department d on d.id = e.department_id;

-- A target with its commitment and plan year.
create view v_target_scope as
select t.id as target_id, t.commitment_id as commitment_id, e.plan_year_id as plan_year_id
from target t
join commitment c on c.id = t.commitment_id
join department_entry e on e.id = c.entry_id;
