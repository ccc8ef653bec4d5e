package com.pledgeboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engines are plain Java: the extractor, the table reconstruction and the name resolution can be
 * driven by a unit test without Spring, and reused anywhere.
 */
class PlainJavaEngineTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.pledgeboard");

	@Test
	void shouldKeepSpringOutOfTheEngines() {
		noClasses().that()
			.resideInAnyPackage("com.pledgeboard.extraction..", "com.pledgeboard.ingest.text..",
					"com.pledgeboard.ingest.resolve..", "com.pledgeboard.ingest.grid..", "com.pledgeboard.ingest.xlsx..",
					"com.pledgeboard.ingest.csv..", "com.pledgeboard.ingest.pdf..", "com.pledgeboard.ingest.document..")
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
