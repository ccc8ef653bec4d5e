package com.pledgeboard.ingest;

import com.pledgeboard.account.Role;
import com.pledgeboard.audit.AuditSlice;
import com.pledgeboard.catalogue.DirectoryEditing;
import com.pledgeboard.i18n.Dates;
import com.pledgeboard.i18n.Numbers;
import com.pledgeboard.support.WebFixture;
import com.pledgeboard.support.WebSlice;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The import page's refusals of a file in a web slice (see {@link WebSlice}): the real controller,
 * drafts, importer and document readers, the real audit trail, on the slice's database. A file the
 * readers cannot read goes back to the upload with the reason in the reader's language, naming the
 * file and never the parser's words, and no draft is kept.
 */
@WebSlice
@Import({ ImportController.class, ImportDrafts.class, DraftStore.class, TableImporter.class, DirectoryEditing.class, AuditSlice.class,
		Dates.class, Numbers.class, SimpleMeterRegistry.class })
class ImportWebSliceTests extends WebFixture {

	private UserDetails admin() {
		return users.user("import-office", Role.ADMIN, null);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	@Test
	void shouldRefuseAnUnreadableFileWithAMessageAndKeepNoDraft() throws Exception {
		long before = count("import_draft");
		mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "表.xlsx", null, "PK\u0003\u0004broken".getBytes()))
			.param("region", "330500").param("year", "2043").with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import"))
			.andExpect(result -> assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains("表.xlsx"));
		assertThat(count("import_draft")).isEqualTo(before);
	}

	/** A PDF that PDFBox cannot open: the reader's language, the file named, nothing PDFBox said. */
	@Test
	void shouldRefuseADamagedPdfInTheReadersLanguageWithoutTheParsersWords() throws Exception {
		long before = count("import_draft");
		byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		String chinese = String.valueOf(mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "损坏.pdf", null, damaged))
			.param("region", "330500").param("year", "2043").with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import")).andReturn().getFlashMap().get("problem"));
		assertThat(chinese).startsWith("无法读取该文件：损坏.pdf：").contains("文件已损坏");
		assertThat(chinese.replace("损坏.pdf", "").replace("PDF", "")).doesNotContainPattern("[A-Za-z]{2,}");
		String english = String.valueOf(mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "损坏.pdf", null, damaged))
			.param("region", "330500").param("year", "2043").param("lang", "en").with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/import")).andReturn().getFlashMap().get("problem"));
		assertThat(english).startsWith("The file cannot be read: 损坏.pdf: cannot be read as a PDF file").contains("damaged")
			.doesNotContainPattern("(?i)exception|pdfbox|org\\.apache|COS|xref|trailer");
		assertThat(count("import_draft")).isEqualTo(before);
	}

}
