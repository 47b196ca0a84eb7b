package dev.vigil.alerts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AlertAppender} on the real root logger, without a mailer taking from the
 * queue.
 */
class AlertAppenderTests {

	private static final Logger orders = LoggerFactory.getLogger("com.example.shop.OrderService");

	private final BlockingQueue<AlertEvent> queue = new ArrayBlockingQueue<>(5);

	private final AlertStats stats = new AlertStats(this.queue);

	private final Thread mailer = new Thread(() -> orders.error("Logged by the mailer thread"));

	private AlertAppender appender;

	private void attach(int threshold, int contextLines) {
		AlertRoute route = new AlertRoute(AlertRoute.DEFAULT, threshold, "", null, null,
				new FloodControl(Duration.ZERO, 1, Clock.systemUTC()), List.of());
		this.appender = new AlertAppender(List.of(route), contextLines, this.queue, this.stats, List.of(this.mailer));
		this.appender.attach((LoggerContext) LoggerFactory.getILoggerFactory());
	}

	@AfterEach
	void detach() {
		this.appender.detach();
	}

	@Test
	void alertsBeyondTheQueueAreDroppedAndCounted() {
		attach(Level.ERROR_INT, 20);
		for (int i = 0; i < 100; i++) {
			orders.error("Order {} failed", i);
		}
		assertThat(this.stats.getQueued()).isEqualTo(5);
		assertThat(this.stats.getDropped()).isEqualTo(95);
		assertThat(this.queue.peek().event().getFormattedMessage()).isEqualTo("Order 0 failed");
	}

	@Test
	void onlyEventsAtTheThresholdAlert() {
		attach(Level.ERROR_INT, 20);
		orders.info("Order placed");
		orders.warn("Order late");
		orders.error("Order failed");
		assertThat(this.queue).extracting((alert) -> alert.event().getLevel()).containsExactly(Level.ERROR);
	}

	@Test
	void eventsOfTheAlertingCodeAndOfTheMailerThreadNeverAlert() throws InterruptedException {
		attach(Level.WARN_INT, 20);
		LoggerFactory.getLogger("dev.vigil.alerts.MailDelivery").error("Could not send");
		this.mailer.start();
		this.mailer.join();
		assertThat(this.queue).isEmpty();
	}

	@Test
	void carriesTheEventsLoggedBeforeTheAlertOldestFirst() {
		attach(Level.ERROR_INT, 3);
		for (int i = 1; i <= 5; i++) {
			orders.info("Step {}", i);
		}
		orders.error("Order failed");
		AlertEvent alert = this.queue.poll();
		assertThat(alert.event().getFormattedMessage()).isEqualTo("Order failed");
		assertThat(alert.preceding()).extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Step 3", "Step 4", "Step 5");
	}

	@Test
	void withoutContextLinesCarriesNone() {
		attach(Level.ERROR_INT, 0);
		orders.info("Step 1");
		orders.error("Order failed");
		assertThat(this.queue.poll().preceding()).isEmpty();
	}

}
