package com.pledgeboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engines are plain Java: the extractor, the table reconstruction, the name resolution, the
 * difficulty arithmetic, the light rules and the scoring arithmetic can be driven by a unit test
 * without Spring, and reused anywhere. A package-info may carry Spring Modulith's annotations, which
 * declare a package's place in the modules and add no dependency to its code.
 */
class PlainJavaEngineTests {

	/** Imported once for the class: both rules read the same classes. */
	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.pledgeboard");

	@Test
	void shouldKeepSpringOutOfTheEngines() {
		noClasses().that()
			.resideInAnyPackage("com.pledgeboard.extraction..", "com.pledgeboard.ingest.text..",
					"com.pledgeboard.ingest.resolve..", "com.pledgeboard.difficulty.rules..",
					"com.pledgeboard.progress.rules..", "com.pledgeboard.progress.files..",
					"com.pledgeboard.scoring.engine..", "com.pledgeboard.rules..", "com.pledgeboard.ingest.grid..", "com.pledgeboard.ingest.xlsx..",
					"com.pledgeboard.ingest.csv..", "com.pledgeboard.ingest.pdf..", "com.pledgeboard.ingest.document..", "com.pledgeboard.ingest.ocr..")
			.and()
			.doNotHaveSimpleName("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "tools.jackson..",
					"java.sql..", "javax.sql..")
			.check(classes);
	}

	@Test
	void shouldKeepIoOutOfTheExtractor() {
		noClasses().that()
			.resideInAPackage("com.pledgeboard.extraction..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
			.check(classes);
	}

}
