package com.pledgeboard.ingest;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pledgeboard.account.SignedInUser;
import com.pledgeboard.catalogue.Catalogue;
import com.pledgeboard.catalogue.DirectoryDepartment;
import com.pledgeboard.catalogue.DirectoryEditing;
import com.pledgeboard.catalogue.NewPlanYearTable;
import com.pledgeboard.catalogue.PlanYearState;
import com.pledgeboard.catalogue.UnknownRegionException;
import com.pledgeboard.i18n.Message;
import com.pledgeboard.i18n.NotFound;
import com.pledgeboard.i18n.Refused;
import com.pledgeboard.ingest.resolve.DepartmentNameResolver;
import com.pledgeboard.ingest.resolve.KnownDepartment;
import com.pledgeboard.ingest.resolve.Resolution;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads under review: read and resolved into a draft row, fixed by the reviewer (a department chosen
 * from the directory, a coefficient corrected), then committed in one transaction or cancelled. Only
 * the assessment office ({@code ADMIN}) may do any of it; every method checks that itself.
 */
@Service
class ImportDrafts {

	private final DraftStore store;

	private final Catalogue catalogue;

	private final TableImporter importer;

	private final DirectoryEditing directoryEditing;

	private final BigDecimal minCoefficient;

	private final BigDecimal maxCoefficient;

	ImportDrafts(DraftStore store, Catalogue catalogue, TableImporter importer, DirectoryEditing directoryEditing,
			@Value("${pledgeboard.import.coefficient-min:1.00}") BigDecimal minCoefficient,
			@Value("${pledgeboard.import.coefficient-max:1.50}") BigDecimal maxCoefficient) {
		this.store = store;
		this.catalogue = catalogue;
		this.importer = importer;
		this.directoryEditing = directoryEditing;
		this.minCoefficient = minCoefficient;
		this.maxCoefficient = maxCoefficient;
	}

	/** Reads an upload into a new draft. Nothing is written if it cannot be read. */
	@Transactional
	public long create(byte[] content, String sourceName, String regionCode, int year, ReadProgress progress) {
		SignedInUser user = ImportPolicy.requireImporter();
		if (catalogue.regionName(regionCode).isEmpty()) {
			throw new UnknownRegionException(regionCode);
		}
		var read = importer.parse(content, sourceName, progress);
		List<DirectoryDepartment> directory = catalogue.directory(regionCode);
		var resolver = new DepartmentNameResolver(directory.stream().map(d -> new KnownDepartment(d.canonicalName(), d.aliases())).toList());
		Map<String, Long> ids = directory.stream().collect(Collectors.toMap(DirectoryDepartment::canonicalName, DirectoryDepartment::id));
		List<ImportDraft.Department> departments = new ArrayList<>();
		for (ParsedDepartment d : read.table().departments()) {
			Resolution r = resolver.resolve(d.nameInText());
			departments.add(new ImportDraft.Department(d.nameInText(), r.canonicalName() == null ? null : ids.get(r.canonicalName()),
					r.status().name(), r.status() == Resolution.Status.AMBIGUOUS ? r.candidates() : List.of(), d.category(),
					d.selfCoefficient(), d.assessedCoefficient(), d.line(),
					d.commitments().stream().map(c -> new ImportDraft.Item(c.no(), c.title(), c.description(), c.line())).toList()));
		}
		return store.insert(user.getUsername(), truncate(sourceName, 255), read.format(), sha256(content), regionCode,
				year, new ImportDraft.Body(departments, read.table().warnings(), read.table().cells(),
						read.table().recognised()),
				read.table().pages());
	}

	@Transactional(readOnly = true)
	public Optional<ImportDraft> find(long id) {
		ImportPolicy.requireImporter();
		return store.find(id);
	}

	/** A draft waiting, without its table. */
	public record Pending(long id, String sourceName, int year, String createdBy) {
	}

	/** Drafts waiting, newest first. */
	@Transactional(readOnly = true)
	public List<Pending> pending() {
		ImportPolicy.requireImporter();
		return store.pending();
	}

	/** Every doubt about a draft as it stands, recomputed after each fix. */
	@Transactional(readOnly = true)
	public List<ImportDoubt> doubts(ImportDraft draft) {
		List<ImportDoubt> doubts = new ArrayList<>();
		if (catalogue.findPlanYear(draft.regionCode(), draft.year()).isPresent()) {
			doubts.add(new ImportDoubt(-1, 0, ImportDoubt.Kind.YEAR_EXISTS, List.of(String.valueOf(draft.year()))));
		}
		if (draft.body().recognised()) {
			doubts.add(new ImportDoubt(-1, 0, ImportDoubt.Kind.RECOGNISED, List.of(String.valueOf(SourceCell.LOW_CONFIDENCE))));
		}
		Set<Long> seen = new HashSet<>();
		List<ImportDraft.Department> departments = draft.body().departments();
		for (int i = 0; i < departments.size(); i++) {
			ImportDraft.Department d = departments.get(i);
			if (d.departmentId() == null && !d.createsDepartment()) {
				doubts.add(new ImportDoubt(i, 0, d.candidates().isEmpty() ? ImportDoubt.Kind.UNKNOWN_DEPARTMENT
						: ImportDoubt.Kind.AMBIGUOUS_DEPARTMENT, List.of(d.nameInText(), String.join("、", d.candidates()))));
			}
			else if (!seen.add(d.departmentId())) {
				doubts.add(new ImportDoubt(i, 0, ImportDoubt.Kind.DUPLICATE_DEPARTMENT, List.of(d.nameInText())));
			}
			if (d.category() == null) {
				doubts.add(new ImportDoubt(i, 0, ImportDoubt.Kind.NO_CATEGORY, List.of(d.nameInText())));
			}
			for (BigDecimal c : new BigDecimal[] { d.selfCoefficient(), d.assessedCoefficient() }) {
				if (c != null && (c.compareTo(minCoefficient) < 0 || c.compareTo(maxCoefficient) > 0)) {
					doubts.add(new ImportDoubt(i, 0, ImportDoubt.Kind.COEFFICIENT_OUT_OF_BOUNDS,
							List.of(c.toPlainString(), minCoefficient.toPlainString(), maxCoefficient.toPlainString())));
				}
			}
			int previous = 0;
			for (ImportDraft.Item item : d.commitments()) {
				if (item.no() != previous + 1) {
					doubts.add(new ImportDoubt(i, item.no(), ImportDoubt.Kind.NUMBERING_GAP,
							List.of(String.valueOf(previous), String.valueOf(item.no()))));
				}
				previous = item.no();
			}
		}
		List<SourceCell> cells = draft.body().cells();
		for (int k = 0; k < cells.size(); k++) {
			SourceCell cell = cells.get(k);
			if (cell.department() < 0 || cell.department() >= departments.size()) {
				continue;
			}
			String text = cellText(departments.get(cell.department()), cell);
			for (SourceCell.Doubt doubt : cell.doubts()) {
				doubts.add(new ImportDoubt(cell.department(), cell.commitmentNo(), ImportDoubt.Kind.valueOf(doubt.name()),
						List.of(text, String.valueOf(cell.confidence()), String.valueOf(cell.page() + 1)), k));
			}
		}
		return doubts;
	}

	/** The text a cell gave the draft, shortened to quote it in a doubt. */
	private static String cellText(ImportDraft.Department department, SourceCell cell) {
		String text = switch (cell.field()) {
			case DEPARTMENT -> department.nameInText();
			case SELF_COEFFICIENT -> department.selfCoefficient() == null ? "" : department.selfCoefficient().toPlainString();
			case ASSESSED_COEFFICIENT -> department.assessedCoefficient() == null ? "" : department.assessedCoefficient().toPlainString();
			case TITLE, DESCRIPTION -> department.commitments().stream()
				.filter(c -> c.no() == cell.commitmentNo())
				.map(c -> cell.field() == SourceCell.Field.TITLE ? c.title() : c.description())
				.findFirst()
				.orElse("");
		};
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}

	/**
	 * The part of a scanned page that a cell of an OCR draft was read from, as PNG, with a margin
	 * around it; empty when the draft has no such cell or no page image.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> crop(long id, int cellIndex) {
		ImportDraft draft = find(id).orElseThrow(() -> NotFound.of("import draft " + id));
		List<SourceCell> cells = draft.body().cells();
		if (cellIndex < 0 || cellIndex >= cells.size()) {
			return Optional.empty();
		}
		SourceCell cell = cells.get(cellIndex);
		return store.page(id, cell.page()).map(page -> PageCrop.crop(page.png(), page.pixelsPerUnit(), cell));
	}

	/**
	 * A reviewer's fix of one department: the directory department, or with {@code create} a new
	 * department named as printed; the coefficients as typed.
	 */
	public record Fix(Long departmentId, boolean create, String selfCoefficient, String assessedCoefficient) {
	}

	/**
	 * Applies the reviewer's fixes, one per department in order.
	 * @throws Refused when a value is not a coefficient or a department not of the region
	 */
	@Transactional
	public void fix(long id, List<Fix> fixes) {
		ImportDraft draft = find(id).orElseThrow(() -> NotFound.of("import draft " + id));
		Map<Long, DirectoryDepartment> directory = catalogue.directory(draft.regionCode()).stream()
			.collect(Collectors.toMap(DirectoryDepartment::id, Function.identity()));
		List<ImportDraft.Department> departments = new ArrayList<>(draft.body().departments());
		if (fixes.size() != departments.size()) {
			throw new Refused("import.refused.changed");
		}
		for (int i = 0; i < departments.size(); i++) {
			ImportDraft.Department d = departments.get(i);
			Fix fix = fixes.get(i);
			if (fix.departmentId() != null && !directory.containsKey(fix.departmentId())) {
				throw new Refused("import.refused.notInDirectory", i + 1);
			}
			if (fix.create()) {
				requireNewName(d.nameInText(), directory.values());
			}
			boolean chosen = fix.create() != d.createsDepartment() || !Objects.equals(fix.departmentId(), d.departmentId());
			String resolution = fix.create() ? ImportDraft.Department.NEW
					: fix.departmentId() == null ? "UNKNOWN" : "CHOSEN";
			departments.set(i, new ImportDraft.Department(d.nameInText(), fix.create() ? null : fix.departmentId(),
					chosen ? resolution : d.resolution(), chosen ? List.of() : d.candidates(),
					d.category(), coefficient(fix.selfCoefficient(), d.nameInText(), "field.selfCoefficient"),
					coefficient(fix.assessedCoefficient(), d.nameInText(), "field.assessedCoefficient"), d.line(),
					d.commitments()));
		}
		store.updateBody(id, new ImportDraft.Body(departments, draft.body().warnings(), draft.body().cells(),
				draft.body().recognised()));
	}

	/**
	 * Stores the draft as a new plan year and deletes it, in one transaction, audited. A draft read by
	 * OCR is stored only with the reviewer's {@code confirmed} that they compared it with the page images.
	 * @return the new plan year's id
	 * @throws com.pledgeboard.catalogue.PlanYearExistsException when the year is there already
	 */
	@Transactional
	public long commit(long id, PlanYearState state, boolean confirmed) {
		ImportDraft draft = find(id).orElseThrow(() -> NotFound.of("import draft " + id));
		if (draft.body().recognised() && !confirmed) {
			throw new Refused("import.refused.unconfirmed");
		}
		int year = draft.year();
		List<String> undecided = draft.body().departments().stream()
			.filter(d -> d.departmentId() == null && !d.createsDepartment())
			.map(ImportDraft.Department::nameInText)
			.toList();
		if (!undecided.isEmpty()) {
			throw new Refused("import.refused.undecided", String.join("、", undecided));
		}
		List<ImportDraft.Department> departments = new ArrayList<>();
		for (ImportDraft.Department d : draft.body().departments()) {
			if (d.createsDepartment()) {
				// Refused there, with the department named, where the name has been taken since the fix.
				long created = directoryEditing.create(draft.regionCode(), d.nameInText());
				d = new ImportDraft.Department(d.nameInText(), created, d.resolution(), d.candidates(), d.category(),
						d.selfCoefficient(), d.assessedCoefficient(), d.line(), d.commitments());
			}
			departments.add(d);
		}
		List<NewPlanYearTable.Entry> entries = departments.stream()
			.map(d -> new NewPlanYearTable.Entry(d.departmentId(), d.nameInText(), d.category(), d.selfCoefficient(),
					d.assessedCoefficient(), d.commitments().stream()
						.map(c -> new NewPlanYearTable.NewCommitment(c.no(), c.title(), c.description(), importer.targetsOf(c.description(), year)))
						.toList()))
			.toList();
		long planYearId = importer.store(new NewPlanYearTable(draft.regionCode(), year, state, entries), draft.sourceName(),
				draft.format(), id);
		store.delete(id);
		return planYearId;
	}

	/** Refused where the printed name is already a department's name or alias: the reviewer should choose it. */
	private static void requireNewName(String name, Collection<DirectoryDepartment> directory) {
		for (DirectoryDepartment d : directory) {
			if (d.canonicalName().equals(name) || d.aliases().contains(name)) {
				throw new Refused("import.refused.createTaken", name, d.canonicalName());
			}
		}
	}

	@Transactional
	public void cancel(long id) {
		ImportPolicy.requireImporter();
		store.delete(id);
	}

	/** The directory of the draft's region, for choosing a department. */
	@Transactional(readOnly = true)
	public List<DirectoryDepartment> directory(ImportDraft draft) {
		return catalogue.directory(draft.regionCode());
	}

	/** A coefficient as typed into the field that {@code fieldCode} labels. */
	private static BigDecimal coefficient(String typed, String department, String fieldCode) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(typed.strip());
			if (value.signum() > 0 && value.compareTo(BigDecimal.TEN) < 0 && value.scale() <= 3) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Refused("import.refused.coefficient", department, Message.of(fieldCode), typed);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
