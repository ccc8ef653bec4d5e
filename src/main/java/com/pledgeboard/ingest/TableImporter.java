package com.pledgeboard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.Commitment;
import com.pledgeboard.catalogue.DepartmentEntry;
import com.pledgeboard.catalogue.DirectoryDepartment;
import com.pledgeboard.catalogue.NewPlanYearTable;
import com.pledgeboard.catalogue.PlanYear;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.TableDocument;
import com.pledgeboard.catalogue.UnknownRegionException;
import com.pledgeboard.audit.AuditEvent;
import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.TargetExtractor;
import com.pledgeboard.ingest.resolve.DepartmentNameResolver;
import com.pledgeboard.ingest.resolve.KnownDepartment;
import com.pledgeboard.ingest.resolve.Resolution;
import com.pledgeboard.ingest.document.DocumentReader;
import com.pledgeboard.ingest.grid.ReadLimits;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a commitment table (seed-format text, CSV, XLSX or PDF, told apart by content), resolves its
 * departments against the region's directory and stores it as a new plan year in one transaction.
 * A table that does not add up is refused whole. Every stored table is audited.
 */
@Service
public class TableImporter {

	private final Catalogue catalogue;

	private final ApplicationEventPublisher events;

	private final TargetExtractor extractor = new TargetExtractor();

	private final DocumentReader reader;

	private final MeterRegistry meters;

	TableImporter(Catalogue catalogue, ApplicationEventPublisher events, MeterRegistry meters,
			@Value("${pledgeboard.import.max-bytes:20MB}") DataSize maxBytes,
			@Value("${pledgeboard.import.max-rows:100000}") int maxRows) {
		this.catalogue = catalogue;
		this.events = events;
		this.meters = meters;
		this.reader = new DocumentReader(new ReadLimits(maxBytes.toBytes(), maxRows));
	}

	/** Reads and resolves without writing anything. */
	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] content, String sourceName, String regionCode, int year) {
		return preview(content, sourceName, regionCode, year, ReadProgress.NONE);
	}

	/** Reads and resolves without writing anything, telling {@code progress} how far the reading is. */
	@Transactional(readOnly = true)
	public ImportPreview preview(byte[] content, String sourceName, String regionCode, int year, ReadProgress progress) {
		return read(content, sourceName, regionCode, year, progress).preview();
	}

	/**
	 * Imports in one transaction. With {@code createUnknown}, a printed name that matched no department
	 * at all becomes a new department of the directory; an ambiguous one stays unresolved.
	 * @throws TableFormatException when the file cannot be read as a table
	 * @throws com.pledgeboard.catalogue.PlanYearExistsException when the year is already there
	 */
	@Transactional
	public ImportResult importTable(byte[] content, String sourceName, String regionCode, int year,
			PlanYearState state, boolean createUnknown) {
		return importTable(content, sourceName, regionCode, year, state, createUnknown, ReadProgress.NONE);
	}

	/**
	 * Imports a table that was published as it stands (the bundled seed), as a {@code PUBLISHED} plan year
	 * whose departments must all be in the directory already.
	 * @throws java.io.UncheckedIOException when the table cannot be read
	 */
	@Transactional
	public ImportResult importPublished(Resource table, String regionCode, int year) {
		byte[] content;
		try (InputStream in = table.getInputStream()) {
			content = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bundled seed table " + table, ex);
		}
		return importTable(content, table.getFilename(), regionCode, year, PlanYearState.PUBLISHED, false);
	}

	/** As {@link #importTable(byte[], String, String, int, PlanYearState, boolean)}, telling {@code progress}. */
	@Transactional
	public ImportResult importTable(byte[] content, String sourceName, String regionCode, int year,
			PlanYearState state, boolean createUnknown, ReadProgress progress) {
		try {
			return readAndStore(content, sourceName, regionCode, year, state, createUnknown, progress);
		}
		catch (RuntimeException ex) {
			meters.counter("pledgeboard.imports", "outcome", "refused").increment();
			throw ex;
		}
	}

	private ImportResult readAndStore(byte[] content, String sourceName, String regionCode, int year, PlanYearState state,
			boolean createUnknown, ReadProgress progress) {
		Read read = read(content, sourceName, regionCode, year, progress);
		if (read.recognised()) {
			// nothing read by OCR is stored without a person's look: the review shows each doubtful cell beside its image
			throw new TableFormatException(sourceName, 0, "the table was read from scanned images by text recognition (OCR); import it through"
					+ " the review page (/admin/import), where each doubtful cell is shown beside its image (扫描件须在导入确认页核对后提交)");
		}
		List<NewPlanYearTable.Entry> entries = new ArrayList<>(read.departments().size());
		for (int i = 0; i < read.departments().size(); i++) {
			ParsedDepartment d = read.departments().get(i);
			Resolution r = read.resolutions().get(i);
			Long departmentId = r.canonicalName() != null ? read.resolver().idOf(r.canonicalName()) : null;
			if (departmentId == null && createUnknown && r.status() == Resolution.Status.UNKNOWN) {
				departmentId = catalogue.createDepartment(regionCode, d.nameInText());
				events.publishEvent(AuditEvent.of("DEPARTMENT_CREATED", "department", departmentId, null,
						Map.of("region", regionCode, "canonicalName", d.nameInText())));
			}
			entries.add(new NewPlanYearTable.Entry(departmentId, d.nameInText(), d.category(), d.selfCoefficient(),
					d.assessedCoefficient(), d.commitments()
						.stream()
						.map(c -> new NewPlanYearTable.NewCommitment(c.no(), c.title(), c.description(),
								proposals(c.description(), year)))
						.toList()));
		}
		ImportPreview preview = read.preview();
		long planYearId = store(new NewPlanYearTable(regionCode, year, state, entries), sourceName, preview.format(), null);
		return new ImportResult(planYearId, preview);
	}

	/**
	 * Stores a table in the caller's transaction, announces it and records it in the audit trail.
	 * @param draftId the reviewed upload it came from, or {@code null}
	 */
	long store(NewPlanYearTable table, String sourceName, DocumentFormat format, Long draftId) {
		var stored = catalogue.store(table);
		int commitments = table.entries().stream().mapToInt(e -> e.commitments().size()).sum();
		int unresolved = (int) table.entries().stream().filter(e -> e.departmentId() == null).count();
		events.publishEvent(new CommitmentTableImported(stored.planYearId(), table.regionCode(), table.year(), sourceName,
				table.entries().size(), commitments, unresolved));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("source", sourceName);
		after.put("format", format.name());
		after.put("region", table.regionCode());
		after.put("year", table.year());
		after.put("state", table.state().name());
		after.put("departments", table.entries().size());
		after.put("commitments", commitments);
		after.put("unresolved", unresolved);
		if (draftId != null) {
			after.put("draft", draftId);
		}
		events.publishEvent(AuditEvent.of("TABLE_IMPORTED", "plan_year", stored.planYearId(), null, after));
		meters.counter("pledgeboard.imports", "outcome", "stored").increment();
		meters.counter("pledgeboard.imported.commitments").increment(commitments);
		return stored.planYearId();
	}

	/** The proposals of the extractor for a description: what the import stores as proposed targets. */
	List<ExtractedTarget> targetsOf(String description, int year) {
		return proposals(description, year);
	}

	/** Reads a document without resolving anything. */
	DocumentReader.Read parse(byte[] content, String sourceName, ReadProgress progress) {
		return reader.read(content, sourceName, progress);
	}

	/**
	 * Runs the extractor again over every commitment of a plan year. Proposals are replaced; targets a
	 * person has confirmed or edited stay as they are. Returns the number of targets afterwards.
	 */
	@Transactional
	public int reextract(String regionCode, int year) {
		PlanYear planYear = catalogue.findPlanYear(regionCode, year)
			.orElseThrow(() -> new IllegalArgumentException("no plan year " + year + " of region " + regionCode));
		int count = 0;
		for (DepartmentEntry entry : catalogue.entries(planYear.id())) {
			for (Commitment c : entry.commitments()) {
				count += catalogue.replaceProposedTargets(c.id(), proposals(c.description(), year)).size();
			}
		}
		events.publishEvent(AuditEvent.of("TARGETS_REEXTRACTED", "plan_year", planYear.id(), null,
				Map.of("targets", count)));
		return count;
	}

	private List<ExtractedTarget> proposals(String description, int year) {
		return extractor.extract(description, year).stream().filter(t -> !t.isBaseline()).toList();
	}

	private Read read(byte[] content, String sourceName, String regionCode, int year, ReadProgress progress) {
		if (catalogue.regionName(regionCode).isEmpty()) {
			throw new UnknownRegionException(regionCode);
		}
		DocumentReader.Read document = reader.read(content, sourceName, progress);
		ParsedTable table = document.table();
		var resolver = new DirectoryResolver(catalogue.directory(regionCode));
		List<ImportWarning> warnings = new ArrayList<>(table.warnings());
		List<String> unresolved = new ArrayList<>();
		List<Resolution> resolutions = new ArrayList<>();
		List<TableDocument.Department> departments = new ArrayList<>();
		for (ParsedDepartment d : table.departments()) {
			Resolution r = resolver.resolver().resolve(d.nameInText());
			resolutions.add(r);
			if (r.canonicalName() == null) {
				unresolved.add(d.nameInText());
				warnings.add(new ImportWarning("line " + d.line(), switch (r.status()) {
					case AMBIGUOUS -> "department name '" + d.nameInText() + "' is ambiguous: it fits "
							+ String.join(", ", r.candidates()) + " (部门名称有歧义，未匹配)";
					default -> "department name '" + d.nameInText() + "' is not in the directory (部门名录中没有该部门，未匹配)";
				}));
			}
			departments.add(new TableDocument.Department(r.canonicalName(), d.nameInText(), d.category(),
					d.selfCoefficient(), d.assessedCoefficient(), d.commitments()
						.stream()
						.map(c -> new TableDocument.Item(c.no(), c.title(), c.description(), null))
						.toList()));
		}
		var preview = new ImportPreview(sourceName, document.format(), regionCode, year, new TableDocument(departments),
				warnings, unresolved);
		return new Read(table.departments(), resolutions, resolver, preview, table.recognised());
	}

	private record Read(List<ParsedDepartment> departments, List<Resolution> resolutions, DirectoryResolver resolver,
			ImportPreview preview, boolean recognised) {
	}

	/** The resolver over a region's directory, remembering which id each canonical name has. */
	private record DirectoryResolver(DepartmentNameResolver resolver, Map<String, Long> ids) {

		DirectoryResolver(List<DirectoryDepartment> directory) {
			this(new DepartmentNameResolver(directory.stream()
				.map(d -> new KnownDepartment(d.canonicalName(), d.aliases()))
				.toList()), directory.stream()
					.collect(Collectors.toMap(DirectoryDepartment::canonicalName, DirectoryDepartment::id)));
		}

		Long idOf(String canonicalName) {
			return ids.get(canonicalName);
		}

	}

}
