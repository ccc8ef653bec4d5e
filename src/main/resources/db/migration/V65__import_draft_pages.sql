-- The page images of a draft read by OCR, as PNG, for the review to show each doubtful cell beside
-- the part of the page it was read from. Deleted with the draft. pixels_per_unit maps the cells'
-- boxes (in the page's points) to the image's pixels. SQL that both H2 and PostgreSQL accept.
create table import_draft_page (
    draft_id bigint not null references import_draft (id) on delete cascade,
    page_index integer not null,
    pixels_per_unit double precision not null,
    png bytea not null,
    primary key (draft_id, page_index)
);
