package com.pledgeboard.audit;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts every change of the audit trail by its action ({@code pledgeboard_changes_total{action=...}}),
 * once its transaction has committed: public ratings, leadership and difficulty ratings, reports,
 * approvals, imports. A change that was rolled back is not counted, as it is not in the trail either.
 */
@Component
class ChangeMetrics {

	private final MeterRegistry meters;

	ChangeMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(AuditEvent event) {
		meters.counter("pledgeboard.changes", "action", event.action()).increment();
	}

}
