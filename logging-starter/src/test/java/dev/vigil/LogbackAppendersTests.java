package dev.vigil;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LogbackAppenders}, on the real Logback root logger.
 */
class LogbackAppendersTests {

	private static final String NAME = "VIGIL_TEST_APPENDERS";

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	private final Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final Logger logger = this.context.getLogger("com.example.shop.Orders");

	@AfterEach
	void detachLeftovers() {
		for (String name : List.of(NAME, "VIGIL_2_TEST_APPENDERS", "VIGIL_3_TEST_APPENDERS")) {
			while (this.root.detachAppender(name)) {
				// until none is left
			}
		}
	}

	@Test
	void attachesAStartedAppenderToTheRootLogger() {
		ListAppender<ILoggingEvent> appender = started();
		LogbackAppenders.attach(this.context, appender);
		this.logger.info("placed");
		assertThat(this.root.getAppender(NAME)).isSameAs(appender);
		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("placed");
	}

	@Test
	void replacesAndStopsAnAppenderOfTheSameName() {
		ListAppender<ILoggingEvent> first = started();
		ListAppender<ILoggingEvent> second = started();
		LogbackAppenders.attach(this.context, first);
		LogbackAppenders.attach(this.context, second);
		this.logger.info("placed");
		assertThat(this.root.getAppender(NAME)).isSameAs(second);
		assertThat(this.root.isAttached(first)).isFalse();
		assertThat(first.isStarted()).isFalse();
		assertThat(first.list).isEmpty();
		assertThat(second.list).hasSize(1);
	}

	@Test
	void attachingTheSameAppenderTwiceKeepsItOnceAndRunning() {
		ListAppender<ILoggingEvent> appender = started();
		LogbackAppenders.attach(this.context, appender);
		LogbackAppenders.attach(this.context, appender);
		this.logger.info("placed");
		assertThat(appender.isStarted()).isTrue();
		assertThat(appender.list).hasSize(1);
	}

	@Test
	void detachTakesTheAppenderOffAndStopsIt() {
		ListAppender<ILoggingEvent> appender = started();
		LogbackAppenders.attach(this.context, appender);
		LogbackAppenders.detach(this.context, appender);
		this.logger.info("placed");
		assertThat(this.root.isAttached(appender)).isFalse();
		assertThat(appender.isStarted()).isFalse();
		assertThat(appender.list).isEmpty();
	}

	@Test
	void detachOfAReplacedAppenderLeavesItsReplacementAttached() {
		ListAppender<ILoggingEvent> first = started();
		ListAppender<ILoggingEvent> second = started();
		LogbackAppenders.attach(this.context, first);
		LogbackAppenders.attach(this.context, second);
		LogbackAppenders.detach(this.context, first);
		this.logger.info("placed");
		assertThat(this.root.getAppender(NAME)).isSameAs(second);
		assertThat(second.isStarted()).isTrue();
		assertThat(second.list).hasSize(1);
	}

	@Test
	void attachesEachContextsAppenderBesideTheOthersUnderTheFirstFreeNumberedName() {
		ListAppender<ILoggingEvent> first = started();
		ListAppender<ILoggingEvent> second = started();
		ListAppender<ILoggingEvent> third = started();
		LogbackAppenders.attachNumbered(this.context, first);
		LogbackAppenders.attachNumbered(this.context, second);
		LogbackAppenders.attachNumbered(this.context, third);
		this.logger.info("placed");
		assertThat(List.of(first, second, third)).extracting(ListAppender::getName)
			.containsExactly(NAME, "VIGIL_2_TEST_APPENDERS", "VIGIL_3_TEST_APPENDERS");
		assertThat(List.of(first, second, third)).allSatisfy((appender) -> {
			assertThat(appender.isStarted()).isTrue();
			assertThat(appender.list).hasSize(1);
		});
		LogbackAppenders.detach(this.context, second);
		ListAppender<ILoggingEvent> fourth = started();
		LogbackAppenders.attachNumbered(this.context, fourth);
		assertThat(fourth.getName()).isEqualTo("VIGIL_2_TEST_APPENDERS");
	}

	private ListAppender<ILoggingEvent> started() {
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.setContext(this.context);
		appender.setName(NAME);
		appender.start();
		return appender;
	}

}
