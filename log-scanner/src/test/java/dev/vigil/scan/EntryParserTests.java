package dev.vigil.scan;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recognising the first line of an entry written as text.
 */
class EntryParserTests {

	private final EntryParser parser = new EntryParser(ZoneId.of("Europe/Paris"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-25T12:26:20.439Z INFO  [main] dev.vigil.sample.SampleApplication [-] - Starting SampleApplication | main | dev.vigil.sample.SampleApplication | | Starting SampleApplication
			2026-11-25T12:26:31.702+01:00 ERROR [http-nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet] [4f1c9a2b7d3e8a10] - Servlet.service() for servlet [dispatcherServlet] threw exception | http-nio-8080-exec-3 | o.a.c.c.C.[.[.[/].[dispatcherServlet] | 4f1c9a2b7d3e8a10 | Servlet.service() for servlet [dispatcherServlet] threw exception
			2026-11-25T12:26:31.702Z WARN  [pool-1 thread [2]] com.example.Job [-] - a - b [c] - d | pool-1 thread [2] | com.example.Job | | a - b [c] - d
			2026-11-25T12:26:31.702Z INFO  [http-nio-8080-exec-1] dev.vigil.requests [4f1c9a2b7d3e8a10] [4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7] - GET /orders -> 200 | http-nio-8080-exec-1 | dev.vigil.requests | 4f1c9a2b7d3e8a10 | GET /orders -> 200
			2026-11-25T12:26:31.702Z ERROR [main] com.example.Job [-] [4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7] - failed [x] - y | main | com.example.Job | | failed [x] - y
			2026-11-25T12:26:20.439Z  INFO 12345 --- [sample] [           main] d.v.sample.SampleApplication             : Started in 1.2 seconds | | d.v.sample.SampleApplication | | Started in 1.2 seconds
			2026-11-25 12:26:20,439 ERROR something else entirely | | | | something else entirely
			""")
	void readsTheFieldsOfATextLine(String line, String thread, String logger, String requestId, String message) {
		LogEntry entry = this.parser.parse(line, "app.log", 1);
		assertThat(entry).isNotNull();
		assertThat(entry.thread()).isEqualTo(thread);
		assertThat(entry.logger()).isEqualTo(logger);
		assertThat(entry.requestId()).isEqualTo(requestId);
		assertThat(entry.message()).isEqualTo(message);
	}

	@org.junit.jupiter.api.Test
	void readsAnEmptyMessage() {
		LogEntry entry = this.parser.parse("2026-11-25T12:26:31.702Z DEBUG [main] a.B [-] - ", "app.log", 1);
		assertThat(entry.logger()).isEqualTo("a.B");
		assertThat(entry.message()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-25T12:26:20.439Z INFO x           | 2026-11-25T12:26:20.439Z       | INFO
			2026-11-25T12:26:20.439+01:00 WARN x      | 2026-11-25T11:26:20.439Z       | WARN
			2026-11-25T12:26:20.439-0530 ERROR x      | 2026-11-25T17:56:20.439Z       | ERROR
			2026-11-25T12:26:20.439+01 DEBUG x        | 2026-11-25T11:26:20.439Z       | DEBUG
			2026-11-25T12:26:20.123456789Z TRACE x    | 2026-11-25T12:26:20.123456789Z | TRACE
			2026-11-25 12:26:20.439 INFO x            | 2026-11-25T11:26:20.439Z       | INFO
			2026-11-25 12:26:20,439 INFO x            | 2026-11-25T11:26:20.439Z       | INFO
			2026-11-25T12:26:20 FATAL x               | 2026-11-25T11:26:20Z           | ERROR
			2026-11-25T12:26:20.439Z WARNING          | 2026-11-25T12:26:20.439Z       | WARN
			""")
	void anEntryStartsWithATimestampAndALevel(String line, String time, LogLevel level) {
		LogEntry entry = this.parser.parse(line, "app.log", 1);
		assertThat(entry).isNotNull();
		assertThat(entry.time()).isEqualTo(Instant.parse(time));
		assertThat(entry.level()).isEqualTo(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "\tat com.example.OrderService.place(OrderService.java:42)",
			"java.lang.IllegalStateException: boom", "Caused by: java.lang.RuntimeException", "\t... 12 more",
			"2026-11-25T12:26:20.439Z", "2026-11-25T12:26:20.439Z NOTICE x", "2026-11-25T12:26:20.439ZINFO x",
			"2026-11-25T12:26:20.439Z INFOx", "2026-13-25T12:26:20.439Z INFO x", "2026-11-25X12:26:20.439Z INFO x",
			"12 items left", "{\"message\":\"json without time or level\"}", "{broken json" })
	void otherLinesContinueThePreviousEntry(String line) {
		assertThat(this.parser.parse(line, "app.log", 1)).isNull();
	}

}
