package com.pledgeboard.ingest;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The ingest module's persistence home: every SQL statement on its tables, {@code import_draft} and
 * {@code import_draft_page}. It checks nothing: {@link ImportDrafts} holds the rules and checks and calls
 * it inside its transactions.
 */
@Component
class DraftStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DraftStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Stores a new draft with the images of its pages, in order; returns its id. */
	long insert(String createdBy, String sourceName, DocumentFormat format, String sourceSha256, String regionCode,
			int year, ImportDraft.Body body, List<ParsedTable.PageImage> pages) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into import_draft (created_by, source_name, source_format, source_sha256, region_code, year_number, document)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(createdBy, sourceName, format.name(), sourceSha256, regionCode, year, json.writeValueAsString(body))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		for (int p = 0; p < pages.size(); p++) {
			jdbc.sql("insert into import_draft_page (draft_id, page_index, pixels_per_unit, png) values (?, ?, ?, ?)")
				.params(id, p, (double) pages.get(p).pixelsPerUnit(), pages.get(p).png())
				.update();
		}
		return id;
	}

	Optional<ImportDraft> find(long id) {
		return jdbc.sql("""
				select id, created_by, created_at, source_name, source_format, region_code, year_number, document
				from import_draft where id = ?""").param(id).query((rs, n) -> new ImportDraft(rs.getLong(1), rs.getString(2),
						rs.getTimestamp(3).toInstant(), rs.getString(4), DocumentFormat.valueOf(rs.getString(5)), rs.getString(6),
						rs.getInt(7), json.readValue(rs.getString(8), ImportDraft.Body.class))).optional();
	}

	/** Drafts waiting, newest first. */
	List<ImportDrafts.Pending> pending() {
		return jdbc.sql("select id, source_name, year_number, created_by from import_draft order by id desc")
			.query((rs, n) -> new ImportDrafts.Pending(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
			.list();
	}

	/** A page image of a draft as stored: its PNG and how many pixels it has per unit of the page. */
	record StoredPage(double pixelsPerUnit, byte[] png) {
	}

	/** One page image of a draft; empty where there is none. */
	Optional<StoredPage> page(long draftId, int pageIndex) {
		return jdbc.sql("select pixels_per_unit, png from import_draft_page where draft_id = ? and page_index = ?")
			.params(draftId, pageIndex)
			.query((rs, n) -> new StoredPage(rs.getDouble(1), rs.getBytes(2)))
			.optional();
	}

	void updateBody(long id, ImportDraft.Body body) {
		jdbc.sql("update import_draft set document = ? where id = ?").params(json.writeValueAsString(body), id).update();
	}

	void delete(long id) {
		jdbc.sql("delete from import_draft where id = ?").param(id).update();
	}

}
