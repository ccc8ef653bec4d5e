package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Starts {@code audit_entry_seq} after the highest seq already stored. Java, because neither H2 nor
 * PostgreSQL takes a query where {@code alter sequence ... restart with} wants its number.
 */
public class V51__AuditSequenceStart extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			long next;
			try (ResultSet max = statement.executeQuery("select coalesce(max(seq), 0) + 1 from audit_entry")) {
				max.next();
				next = max.getLong(1);
			}
			statement.execute("alter sequence audit_entry_seq restart with " + next);
		}
	}

}
