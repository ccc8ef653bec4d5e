package com.pledgeboard.progress.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.pledgeboard.extraction.ExtractedTarget;
import com.pledgeboard.extraction.HighlightedText;
import com.pledgeboard.extraction.ProposedReading;
import com.pledgeboard.extraction.ReadingExtractor;
import com.pledgeboard.extraction.TargetKind;
import com.pledgeboard.rules.Measurement;

/**
 * What a progress narrative (进展情况) says of a commitment's targets, beside what the reporter typed:
 * the readings the {@link ReadingExtractor} proposes, turned into what the report form's fields take,
 * with the words they came from; and where a typed reading and the narrative disagree. Worked out
 * whenever it is shown, from the narrative and the readings as stored; nothing of it is stored.
 * <p>
 * A field takes a total so far (or a figure the text does not say is the period's alone), a place, a
 * rate, a change in the promised direction, or for a deadline the day done (the period's last day, or
 * today if that is earlier) or nothing when the narrative says it is not done yet. A share of the target
 * (完成年度目标的65%) and the period's own figure (本季度新增) are shown with their words but fill no field,
 * since the field asks for the total so far. Immutable and thread-safe.
 */
public final class NarrativeReadings {

	private final ReadingExtractor extractor;

	public NarrativeReadings(ReadingExtractor extractor) {
		this.extractor = Objects.requireNonNull(extractor, "extractor");
	}

	/** A target of the report form: its id and what it promises. */
	public record FormTarget(long id, ExtractedTarget definition) {
	}

	/**
	 * One reading the narrative gives a target.
	 *
	 * @param field what the target's field takes from it, as {@link Measurement#parse} reads it: a number,
	 * a day (yyyy-MM-dd) for a deadline done, empty for one not done; {@code null} where it fills no field
	 */
	public record Proposal(long targetId, ProposedReading reading, String field) {

		public boolean fills() {
			return field != null;
		}

	}

	/** The narrative with what it proposes, in the order written, and its words highlighted. */
	public record Narrative(String text, List<Proposal> proposals, HighlightedText highlighted) {

		public Narrative {
			proposals = List.copyOf(proposals);
		}

		/** The field of each target the narrative fills, by target id: the first reading that fills it. */
		public Map<Long, String> fields() {
			Map<Long, String> fields = new LinkedHashMap<>();
			proposals.stream().filter(Proposal::fills).forEach(p -> fields.putIfAbsent(p.targetId(), p.field()));
			return fields;
		}

		/** What it says of one target, in the order written. */
		public List<Proposal> of(long targetId) {
			return proposals.stream().filter(p -> p.targetId() == targetId).toList();
		}

		public boolean isEmpty() {
			return proposals.isEmpty();
		}

	}

	/** How a typed reading and the narrative disagree. */
	public enum Disagreeing {

		/** The narrative gives another number than the one typed. */
		VALUE,
		/** The narrative says a deadline's thing is done; no day done was typed. */
		SAID_DONE,
		/** The narrative says it is not done yet; a day done was typed. */
		SAID_NOT_DONE

	}

	/**
	 * A typed reading the narrative contradicts.
	 *
	 * @param typed the value as typed (a change in the promised direction), or {@code null}
	 * @param typedDoneOn the day done as typed, or {@code null}
	 * @param said the narrative's reading, with its words
	 */
	public record Disagreement(long targetId, Disagreeing how, BigDecimal typed, LocalDate typedDoneOn, Proposal said) {
	}

	/**
	 * Reads a narrative against the form's targets.
	 *
	 * @param asOf the last day of the period reported
	 * @param today a deadline said done is proposed done on {@code asOf}, or on {@code today} if earlier
	 */
	public Narrative read(List<FormTarget> targets, String narrative, LocalDate asOf, LocalDate today) {
		String text = narrative == null ? "" : narrative;
		Map<ExtractedTarget, Long> ids = new IdentityHashMap<>();
		List<ExtractedTarget> definitions = new ArrayList<>();
		for (FormTarget t : targets) {
			ids.put(t.definition(), t.id());
			definitions.add(t.definition());
		}
		LocalDate doneOn = today.isBefore(asOf) ? today : asOf;
		List<Proposal> proposals = new ArrayList<>();
		List<HighlightedText.Span> spans = new ArrayList<>();
		for (ProposedReading r : this.extractor.propose(definitions, text, asOf)) {
			Long id = ids.get(r.target());
			if (id == null) {
				continue;
			}
			proposals.add(new Proposal(id, r, field(r, doneOn)));
			spans.add(new HighlightedText.Span(r.spanStart(), r.spanEnd()));
		}
		return new Narrative(text, proposals, HighlightedText.of(text, spans));
	}

	/**
	 * Where the narrative contradicts what was typed, target by target in the order of {@code typed}; a
	 * target the narrative says nothing of, or says only a share or the period's figure of, is not one.
	 *
	 * @param typed each target's reading as stored, by target id
	 */
	public List<Disagreement> disagreements(Narrative narrative, Map<Long, Measurement> typed) {
		Map<Long, String> fields = narrative.fields();
		List<Disagreement> found = new ArrayList<>();
		typed.forEach((id, m) -> {
			String field = fields.get(id);
			if (field == null) {
				return;
			}
			Proposal said = narrative.proposals().stream()
				.filter(p -> p.targetId() == id && field.equals(p.field()))
				.findFirst()
				.orElseThrow();
			if (m.kind() == TargetKind.DEADLINE) {
				boolean saidDone = !field.isEmpty();
				if (saidDone != m.done()) {
					found.add(new Disagreement(id, saidDone ? Disagreeing.SAID_DONE : Disagreeing.SAID_NOT_DONE, null,
							m.doneOn(), said));
				}
			}
			else if (m.entered() == null || m.entered().compareTo(new BigDecimal(field)) != 0) {
				found.add(new Disagreement(id, Disagreeing.VALUE, m.entered(), null, said));
			}
		});
		return found;
	}

	private static String field(ProposedReading r, LocalDate doneOn) {
		ExtractedTarget target = r.target();
		if (target.kind() == TargetKind.DEADLINE) {
			return r.done() == null ? null : r.done() ? doneOn.toString() : "";
		}
		if (r.value() == null || Boolean.FALSE.equals(r.cumulative())) {
			return null;
		}
		if (r.unit() != null && target.unit() != null && !r.unit().equals(target.unit())) {
			return null;
		}
		return r.value().toPlainString();
	}

}
