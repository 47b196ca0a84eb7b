package dev.vigil.scan;

import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static dev.vigil.scan.LogScanTests.at;
import static dev.vigil.scan.ScanResult.scan;
import static dev.vigil.scan.StackTraces.applicationFailure;
import static dev.vigil.scan.StackTraces.thrownAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --summary}: entries grouped by what failed.
 */
class SummaryTests {

	@TempDir
	Path logs;

	@Test
	void groupsByExceptionAndFirstApplicationFrameElseByMaskedMessageMostFrequentFirst() {
		new LogLines("text")
			.add(at("10:00:00"), Level.ERROR, "Order 1 failed", applicationFailure("a", "com.example.OrderService.place"))
			.add(at("10:00:01"), Level.ERROR, "Payment 123 declined for 4f1c9a2b7d3e8a10")
			.add(at("10:00:02"), Level.ERROR, "Order 2 failed", applicationFailure("b", "com.example.Billing.charge"))
			.add(at("10:00:03"), Level.ERROR, "Payment 4567 declined for 9a8b7c6d5e4f3a21")
			.add(at("10:00:04"), Level.ERROR, "Order 3 failed", applicationFailure("c", "com.example.OrderService.place"))
			.add(at("10:00:05"), Level.WARN, "Session 550e8400-e29b-41d4-a716-446655440000 expired")
			.add(at("10:00:06"), Level.ERROR, "Order 4 failed", applicationFailure("d", "com.example.OrderService.place"))
			.writeTo(this.logs.resolve("app.log"), at("10:00:06"));
		List<JsonNode> groups = scan(this.logs, "--summary", "--json", "--level", "WARN").json();
		assertThat(groups).extracting((group) -> group.get("count").asInt() + " " + group.get("group").asString())
			.containsExactly("3 java.lang.IllegalStateException at com.example.OrderService.place",
					"2 Payment <num> declined for <hex>", "1 Session <uuid> expired",
					"1 java.lang.IllegalStateException at com.example.Billing.charge");
		JsonNode first = groups.get(0);
		assertThat(first.get("exception").asString()).isEqualTo("java.lang.IllegalStateException");
		assertThat(first.get("frame").asString()).isEqualTo("com.example.OrderService.place");
		assertThat(first.get("level").asString()).isEqualTo("ERROR");
		assertThat(first.get("firstSeen").asString()).isEqualTo("2026-11-25T10:00:00Z");
		assertThat(first.get("lastSeen").asString()).isEqualTo("2026-11-25T10:00:06Z");
		assertThat(first.get("example").asString()).isEqualTo("Order 1 failed");
		assertThat(groups.get(1).get("exception").isNull()).isTrue();
		assertThat(groups.get(2).get("level").asString()).isEqualTo("WARN");
	}

	@Test
	void printsATableWithAnExamplePerGroup() {
		new LogLines("text")
			.add(at("10:00:00"), Level.ERROR, "Order 1 failed", applicationFailure("a", "com.example.OrderService.place"))
			.add(at("10:00:04"), Level.ERROR, "Order 3 failed", applicationFailure("c", "com.example.OrderService.place"))
			.add(at("10:00:05"), Level.ERROR, "Disk full")
			.writeTo(this.logs.resolve("app.log"), at("10:00:06"));
		ScanResult result = scan(this.logs, "--summary");
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.lines()).containsExactly(
				"  COUNT  LEVEL    FIRST SEEN                     LAST SEEN                      GROUP",
				"      2  ERROR    2026-11-25T10:00:00.000Z       2026-11-25T10:00:04.000Z       "
						+ "java.lang.IllegalStateException at com.example.OrderService.place",
				"         e.g. Order 1 failed",
				"      1  ERROR    2026-11-25T10:00:05.000Z       2026-11-25T10:00:05.000Z       Disk full",
				"         e.g. Disk full", "3 entries in 2 groups");
	}

	@Test
	void theRootCauseAndItsApplicationFrameNameTheGroup() {
		Exception cause = thrownAt(new java.sql.SQLException("deadlock"), "org.h2.Engine.execute",
				"com.example.OrderRepository.save", "com.example.OrderService.place");
		RuntimeException wrapper = thrownAt(new IllegalStateException("could not save", cause),
				"com.example.OrderService.place", "java.lang.Thread.run");
		RuntimeException libraryOnlyCause = thrownAt(
				new IllegalStateException("wrapped", thrownAt(new java.io.IOException("x"), "java.io.File.open")),
				"java.util.Objects.x", "com.example.Importer.run");
		new LogLines("text").add(at("10:00:00"), Level.ERROR, "failed", wrapper)
			.add(at("10:00:01"), Level.ERROR, "failed too", libraryOnlyCause)
			.add(at("10:00:02"), Level.ERROR, "only library frames",
					thrownAt(new IllegalArgumentException("bad"), "java.util.Objects.requireNonNull",
							"org.springframework.util.Assert.notNull"))
			.writeTo(this.logs.resolve("app.log"), at("10:00:02"));
		assertThat(scan(this.logs, "--summary", "--json").json()).extracting((group) -> group.get("group").asString())
			.containsExactly("java.io.IOException at com.example.Importer.run",
					"java.lang.IllegalArgumentException at java.util.Objects.requireNonNull",
					"java.sql.SQLException at com.example.OrderRepository.save");
	}

	@Test
	void groupsBeyondTheCapAreCountedInOneLastGroup() {
		LogLines lines = new LogLines("text");
		int distinct = Summary.MAX_GROUPS + 5;
		for (int i = 0; i < distinct; i++) {
			lines.add(at("10:00:00"), Level.ERROR, "failure " + letters(i));
		}
		lines.add(at("10:00:01"), Level.ERROR, "failure " + letters(0));
		lines.writeTo(this.logs.resolve("app.log"), at("10:00:01"));
		List<JsonNode> groups = scan(this.logs, "--summary", "--json").json();
		assertThat(groups).hasSize(Summary.MAX_GROUPS + 1);
		assertThat(groups.get(0).get("count").asInt()).isEqualTo(2);
		JsonNode other = groups.get(groups.size() - 1);
		assertThat(other.get("group").asString()).isEqualTo(Summary.OTHER);
		assertThat(other.get("count").asInt()).isEqualTo(5);
		assertThat(groups.stream().mapToInt((group) -> group.get("count").asInt()).sum()).isEqualTo(distinct + 1);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Order 42 failed after 1500 ms                       | Order <num> failed after <num> ms
			Request 4f1c9a2b7d3e8a10 timed out                  | Request <hex> timed out
			User 550E8400-E29B-41D4-A716-446655440000 not found | User <uuid> not found
			Cache deadbeef missed on node-7                     | Cache deadbeef missed on node-<num>
			""")
	void masksNumbersHexadecimalIdsAndUuids(String message, String masked) {
		assertThat(MessageMask.mask(message)).isEqualTo(masked);
	}

	private static String letters(int number) {
		StringBuilder letters = new StringBuilder();
		do {
			letters.append((char) ('a' + number % 26));
			number /= 26;
		}
		while (number > 0);
		return letters.toString();
	}

}
