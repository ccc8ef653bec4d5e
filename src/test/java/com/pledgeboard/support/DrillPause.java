package com.pledgeboard.support;

import com.pledgeboard.audit.AuditEvent;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * For failure drills only, and only in a process started with {@code pledgeboard.drill.pause-on=ACTION}:
 * when a change publishes its audit event of that action, inside the change's open transaction, says
 * so on standard output and waits, so that the drill can kill the process at that exact point.
 */
@Component
@ConditionalOnProperty("pledgeboard.drill.pause-on")
public class DrillPause {

	public static final String MARKER = "DRILL-PAUSED-IN-TRANSACTION ";

	private final String action;

	DrillPause(org.springframework.core.env.Environment environment) {
		this.action = environment.getRequiredProperty("pledgeboard.drill.pause-on");
	}

	@EventListener
	@Order(Integer.MAX_VALUE)
	void pause(AuditEvent event) throws InterruptedException {
		if (action.equals(event.action())) {
			System.out.println(MARKER + event.action() + " " + event.entityId());
			System.out.flush();
			Thread.sleep(600_000);
		}
	}

}
