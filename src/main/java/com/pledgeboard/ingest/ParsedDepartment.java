package com.pledgeboard.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One department's block of a commitment table.
 *
 * @param nameInText the name exactly as printed (lines joined), not yet resolved
 * @param category the category label (类别) of the department's section, or {@code null} when the
 * document prints none
 * @param selfCoefficient 自评难度系数 with the scale as printed, or {@code null} when the text has none
 * @param assessedCoefficient 评定难度系数 with the scale as printed, or {@code null}
 * @param line the 1-based line where the printed name starts
 * @param commitments the department's commitments, in printed order
 */
public record ParsedDepartment(String nameInText, String category, BigDecimal selfCoefficient,
		BigDecimal assessedCoefficient, int line, List<ParsedCommitment> commitments) {

	public ParsedDepartment {
		Objects.requireNonNull(nameInText, "nameInText");
		commitments = List.copyOf(commitments);
	}

}
