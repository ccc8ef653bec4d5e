package com.pledgeboard.ingest;

import java.util.List;
import java.util.Map;

/**
 * Extra columns of the exports, contributed by modules that know more about a commitment than the
 * catalogue: the progress module's status light (红黄绿灯), the scoring module's score and rank. A
 * module offers a bean of this type; the XLSX, CSV and PDF exports add its columns after the targets.
 * None exists yet, so the exports have no such column until those modules provide one.
 */
public interface ExportColumns {

	/** The columns' headings in Chinese, in order. */
	List<String> headings();

	/** Per commitment id of the plan year, one value per heading; a missing commitment gets empty cells. */
	Map<Long, List<String>> values(long planYearId);

}
