package dev.vigil.scan;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exit status and output of one scan, run in-process with a fixed clock.
 */
record ScanResult(int status, String out, String err) {

	static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static ScanResult scan(Object... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String[] arguments = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
		int status = LogScan.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
		return new ScanResult(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	List<String> lines() {
		return this.out.lines().toList();
	}

	/**
	 * Each line of the output read by Jackson, which fails on anything that is not JSON.
	 */
	List<JsonNode> json() {
		return this.out.lines().map(JSON::readTree).toList();
	}

	/**
	 * The first lines of the reported entries, those starting with a timestamp.
	 */
	List<String> entryLines() {
		return this.out.lines().filter((line) -> line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")).toList();
	}

}
