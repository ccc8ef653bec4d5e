package com.pledgeboard.ingest.bench;

/**
 * Writes a commitment table in the seed's layout, of any size, for benchmarks and scale tests:
 * sections of five departments with wrapped names, six wrapped titles each, wrapped descriptions,
 * coefficients for every department of every third section, and a wrapped double header row
 * followed by a category label after every third section.
 */
public final class SeedTableGenerator {

	/** Departments per section, as on a printed page. */
	public static final int DEPARTMENTS_PER_SECTION = 5;

	/** Commitments per department. */
	public static final int COMMITMENTS_PER_DEPARTMENT = 6;

	private static final String[] CATEGORIES = { "经济发展类", "社会发展类", "政法执法类", "党群工作类" };

	private SeedTableGenerator() {
	}

	/** The table's text, with {@code departments} departments (a multiple of five is not required). */
	public static String generate(int departments) {
		StringBuilder text = new StringBuilder(departments * 700);
		int sections = (departments + DEPARTMENTS_PER_SECTION - 1) / DEPARTMENTS_PER_SECTION;
		for (int s = 0; s < sections; s++) {
			int first = s * DEPARTMENTS_PER_SECTION;
			int count = Math.min(DEPARTMENTS_PER_SECTION, departments - first);
			for (int d = first; d < first + count; d++) {
				text.append("市第").append(d + 1).append("号公共\n服务管理中心\n\n");
			}
			for (int d = first; d < first + count; d++) {
				for (int c = 1; c <= COMMITMENTS_PER_DEPARTMENT; c++) {
					text.append(c).append(c % 2 == 0 ? ". " : ".").append("推进第").append(c).append("项重点\n工作落地见效\n\n");
				}
			}
			for (int d = first; d < first + count; d++) {
				for (int c = 1; c <= COMMITMENTS_PER_DEPARTMENT; c++) {
					text.append("全年完成第").append(d + 1).append("号中心第").append(c)
						.append("项重点工作，新增服务网点12个，群众满意率达到\n95%以上，办理时限压缩30%，形成可复制推广的\n经验做法3项。\n\n");
				}
			}
			if (s % 3 == 0) {
				for (int d = 0; d < count; d++) {
					text.append("1.").append(d % 5).append("\n\n");
				}
				for (int d = 0; d < count; d++) {
					text.append("1.").append(20 + d).append("\n\n");
				}
				text.append("部门 承诺事项 具体描述 自评难\n度系数\n\n评定难\n度系数\n\n");
				text.append(CATEGORIES[(s / 3) % CATEGORIES.length]).append("\n\n");
			}
		}
		return text.toString();
	}

}
