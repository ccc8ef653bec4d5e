package com.pledgeboard.support;

import com.pledgeboard.ingest.TableImporter;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the whole-application web tests share besides {@link WebFixture}: the importer that drafts years
 * from the seed's table, and the seed's two departments most of them sign users in for. It carries no
 * test configuration of its own: each test class keeps its {@code @SpringBootTest} and
 * {@code @AutoConfigureMockMvc} (and whatever else it needs), so extending it adds no Spring context.
 */
public abstract class WholeApplication extends WebFixture {

	/** The seed's department whose users the tests call their own. */
	public static final String OWN = "市文化广电旅游局";

	/** A department of the seed that is not {@link #OWN}. */
	public static final String OTHER = "市公安局";

	@Autowired
	protected TableImporter importer;

}
