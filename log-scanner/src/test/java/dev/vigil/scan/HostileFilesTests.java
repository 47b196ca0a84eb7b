package dev.vigil.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static dev.vigil.scan.LogScanTests.at;
import static dev.vigil.scan.ScanResult.scan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that someone else wrote, or that were damaged. Meant to drive the terminal of whoever
 * scans them: every control character, line or paragraph separator, bidirectional control and
 * byte that is not UTF-8 reaches the output escaped, in every output mode. Meant to stop the
 * scan or make it print another file: nesting, endless names, damaged backups and symbolic
 * links do neither.
 */
class HostileFilesTests {

	// Clear the screen, set the window title, 8-bit CSI, DEL, NUL, a carriage return that
	// overwrites the line, NEL, the Unicode separators and a right-to-left override.
	static final String HOSTILE = "cls \u001b[2J\u001b[H title \u001b]0;owned\u0007 csi \u009b31m del \u007f nul \u0000"
			+ " cr \rfake nel \u0085 ls \u2028 ps \u2029 rlo \u202eabc";

	static final String ESCAPED = "cls \\u001b[2J\\u001b[H title \\u001b]0;owned\\u0007 csi \\u009b31m del \\u007f"
			+ " nul \\u0000 cr \\rfake nel \\u0085 ls \\u2028 ps \\u2029 rlo \\u202eabc";

	static final String TEXT_ENTRY = "2026-11-25T10:00:00.000Z ERROR [main] com.example.OrderService [-] - ";

	@TempDir
	Path logs;

	@Test
	void controlCharactersOfATextFileArePrintedEscaped() throws IOException {
		write("app.log", bytes(TEXT_ENTRY + HOSTILE + "\n\tat com.example.A.run(A.java:1)\u001b[8m\n"));
		ScanResult result = scan(this.logs);
		assertThat(result.status()).isEqualTo(1);
		assertTerminalSafe(result.out());
		assertThat(result.lines()).containsExactly(TEXT_ENTRY + ESCAPED, "\tat com.example.A.run(A.java:1)\\u001b[8m");
	}

	@Test
	void bytesThatAreNotUtf8ArePrintedAsTheirHexadecimalValue() throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		content.writeBytes(bytes(TEXT_ENTRY + "binary "));
		content.writeBytes(new byte[] { (byte) 0xff, (byte) 0xfe, 0x1b, (byte) 0x9b, (byte) 0xc2, (byte) 0x9b, '!',
				(byte) 0xe2, (byte) 0x80, '\n' });
		write("app.log", content.toByteArray());
		ScanResult result = scan(this.logs);
		assertTerminalSafe(result.out());
		assertThat(result.out()).doesNotContain("\ufffd")
			.isEqualTo(TEXT_ENTRY + "binary \\xff\\xfe\\u001b\\x9b\\u009b!\\xe2\\x80\n");
		assertThat(scan(this.logs, "--json").json().get(0).get("message").asString())
			.isEqualTo("binary \\xff\\xfe\u001b\\x9b\u009b!\\xe2\\x80");
	}

	@Test
	void jsonOutputEscapesEveryControlCharacterAndTheUnicodeSeparatorsAndLosesNothing() throws IOException {
		write("app.log", bytes(TEXT_ENTRY + HOSTILE + "\n"));
		ScanResult result = scan(this.logs, "--json");
		assertTerminalSafe(result.out());
		assertThat(result.out().lines()).hasSize(1);
		assertThat(result.json().get(0).get("message").asString()).isEqualTo(HOSTILE);
		assertThat(result.out()).contains("\\u001b[2J", "\\u009b31m", "\\u007f", "\\u0000", "\\r", "\\u0085",
				"\\u2028", "\\u2029", "\\u202e");
	}

	@Test
	void aStructuredEntryIsLaidOutOnOneLineWithItsMessageEscaped() {
		new LogLines("ecs").add(at("10:00:00"), Level.ERROR, "first\n" + TEXT_ENTRY + "forged " + HOSTILE)
			.writeTo(this.logs.resolve("app.log"), at("10:00:00"));
		ScanResult result = scan(this.logs);
		assertTerminalSafe(result.out());
		assertThat(result.lines()).containsExactly(TEXT_ENTRY + "first\\n" + TEXT_ENTRY + "forged " + ESCAPED);
	}

	@Test
	void unpairedSurrogatesOfAJsonEntryArePrintedEscaped() throws IOException {
		write("app.log", bytes("{\"@timestamp\":\"2026-11-25T10:00:00Z\",\"log.level\":\"ERROR\","
				+ "\"message\":\"lone \\ud800 high, lone \\udc00 low, pair \\ud83d\\ude00\"}\n"));
		ScanResult text = scan(this.logs);
		assertTerminalSafe(text.out());
		assertThat(text.out()).endsWith(" - lone \\ud800 high, lone \\udc00 low, pair \ud83d\ude00\n");
		ScanResult json = scan(this.logs, "--json");
		assertTerminalSafe(json.out());
		assertThat(json.json().get(0).get("message").asString())
			.isEqualTo("lone \ud800 high, lone \udc00 low, pair \ud83d\ude00");
	}

	@Test
	void summaryGroupsAndExamplesArePrintedEscapedInTextAndJson() throws IOException {
		write("app.log", bytes(TEXT_ENTRY + HOSTILE + "\n"));
		ScanResult text = scan(this.logs, "--summary");
		assertTerminalSafe(text.out());
		assertThat(text.out()).contains("  e.g. " + ESCAPED + "\n")
			.contains("  cls \\u001b[<num>J\\u001b[H title \\u001b]<num>;owned");
		ScanResult json = scan(this.logs, "--summary", "--json");
		assertTerminalSafe(json.out());
		assertThat(json.json().get(0).get("example").asString()).isEqualTo(HOSTILE);
	}

	@Test
	void fileNamesArePrintedEscaped() throws IOException {
		String name = "app\u001b]0;owned\u0007\u2028.log";
		write(name, bytes(TEXT_ENTRY + "one\n"));
		write("app.log", bytes(TEXT_ENTRY + "two\n"));
		String escapedName = this.logs.resolve("app\\u001b]0;owned\\u0007\\u2028.log").toString();
		ScanResult text = scan(this.logs.resolve(name), this.logs.resolve("app.log"));
		assertTerminalSafe(text.out());
		assertThat(text.out()).contains("==> " + escapedName + " <==\n");
		ScanResult json = scan(this.logs.resolve(name), "--json");
		assertTerminalSafe(json.out());
		assertThat(json.json().get(0).get("file").asString()).isEqualTo(this.logs.resolve(name).toString());
	}

	@Test
	void errorMessagesNamingAFileArePrintedEscaped() {
		Path missing = this.logs.resolve("missing\u001b[2J\u0085.log");
		ScanResult result = scan(missing);
		assertThat(result.status()).isEqualTo(2);
		assertTerminalSafe(result.err());
		assertThat(result.err()).isEqualTo(
				"logscan: " + this.logs.resolve("missing\\u001b[2J\\u0085.log") + ": no such file or directory\n");
	}

	@Test
	void aLineOfDeeplyNestedJsonIsAnOrdinaryLineOfTheEntryBeforeIt() throws IOException {
		int depth = 150_000;
		String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
		write("app.log", bytes(TEXT_ENTRY + "before\n" + nested + "\n" + TEXT_ENTRY.replace("10:00:00", "10:00:01")
				+ "after\n"));
		ScanResult result = scan(this.logs, "--json");
		assertThat(result.err()).isEmpty();
		assertThat(result.status()).isEqualTo(1);
		assertThat(result.json()).extracting((entry) -> entry.get("message").asString())
			.containsExactly("before\n" + nested, "after");
	}

	@ParameterizedTest
	@ValueSource(strings = { "--json", "--summary", "--grep=boom" })
	void aLineOfEndlessPackageNamesDoesNotStopTheScan(String option) throws IOException {
		String endless = "a.".repeat(400_000) + "Exception: boom";
		write("app.log", bytes(TEXT_ENTRY + "before\n" + endless + "\n" + TEXT_ENTRY.replace("10:00:00", "10:00:01")
				+ "after boom\n"));
		ScanResult result = scan(this.logs, option);
		assertThat(result.err()).isEmpty();
		assertThat(result.status()).isEqualTo(1);
		assertThat(scan(this.logs, "--json").json()).extracting((entry) -> entry.get("message").asString())
			.containsExactly("before\n" + endless, "after boom");
	}

	@Test
	void aGrepExpressionThatOverflowsTheStackOnALongLineEndsTheScanWithStatusTwo() throws IOException {
		write("app.log", bytes(TEXT_ENTRY + "before\n" + "xy".repeat(400_000) + "\n"));
		ScanResult result = scan(this.logs, "--grep", "(x|y)*z");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).startsWith("logscan: ran out of stack").contains("--grep").endsWith("\n");
		assertThat(result.err().lines()).hasSize(1);
	}

	@Test
	void summaryGroupsOfHugeExceptionAndFrameNamesAreCut() throws IOException {
		String exception = "com.example." + "A".repeat(100_000) + "Exception";
		String frame = "com.example." + "b".repeat(100_000) + ".run";
		write("app.log", bytes(TEXT_ENTRY + "failed\n" + exception + ": boom\n\tat " + frame + "(X.java:1)\n"));
		JsonNode group = scan(this.logs, "--summary", "--json").json().get(0);
		assertThat(group.get("exception").asString()).hasSize(Summary.MAX_NAME_LENGTH + 3)
			.startsWith("com.example.AAA")
			.endsWith("A...");
		assertThat(group.get("frame").asString()).hasSize(Summary.MAX_NAME_LENGTH + 3).endsWith("b...");
		assertThat(group.get("group").asString())
			.isEqualTo(group.get("exception").asString() + " at " + group.get("frame").asString());
	}

	@Test
	void symbolicLinksInALogDirectoryAreNotFollowedNamedOnesAre(@TempDir Path elsewhere) throws IOException {
		Path secret = Files.write(elsewhere.resolve("secret.txt"), bytes(TEXT_ENTRY + "secret\n"));
		write("app.log", bytes(TEXT_ENTRY + "mine\n"));
		Files.createSymbolicLink(this.logs.resolve("app.log.1"), secret);
		Files.createSymbolicLink(this.logs.resolve("error.log"), secret);
		assertThat(scan(this.logs, "--json").json()).extracting((entry) -> entry.get("message").asString())
			.containsExactly("mine");
		assertThat(scan(this.logs.resolve("app.log.1"), "--json").json())
			.extracting((entry) -> entry.get("message").asString())
			.containsExactly("secret");
	}

	@Test
	void aDamagedBackupIsReportedAndTheScanGoesOnWithTheOtherFiles() throws IOException {
		new LogLines("text").add(at("08:00:00"), Level.ERROR, "rotated out of app.log")
			.add(at("09:05:00"), Level.ERROR, "in the damaged backup")
			.add(at("09:30:00"), Level.ERROR, "in app.log")
			.writeTo(this.logs.resolve("error.log"), at("09:30:00"));
		LogLines backup = new LogLines("text");
		for (int i = 0; i < 2000; i++) {
			backup.add(at("09:00:00").plusMillis(i), Level.INFO, "line " + i + " of the backup");
		}
		backup.add(at("09:05:00"), Level.ERROR, "in the damaged backup")
			.writeTo(this.logs.resolve("app.log.1.gz"), at("09:05:00"));
		byte[] gzip = Files.readAllBytes(this.logs.resolve("app.log.1.gz"));
		Files.write(this.logs.resolve("app.log.1.gz"), java.util.Arrays.copyOf(gzip, gzip.length / 2));
		new LogLines("text").add(at("09:30:00"), Level.ERROR, "in app.log")
			.writeTo(this.logs.resolve("app.log"), at("09:30:00"));
		ScanResult result = scan(this.logs, "--json");
		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).startsWith("logscan: " + this.logs.resolve("app.log.1.gz") + ": not a complete gzip file");
		assertThat(result.err().lines()).hasSize(1);
		assertThat(result.json()).extracting((entry) -> entry.get("message").asString() + " @ "
				+ this.logs.relativize(Path.of(entry.get("file").asString())))
			.containsExactly("rotated out of app.log @ error.log", "in the damaged backup @ error.log",
					"in app.log @ app.log");
		ScanResult summary = scan(this.logs, "--summary");
		assertThat(summary.status()).isEqualTo(2);
		assertThat(summary.out()).endsWith("3 entries in 3 groups\n");
	}

	private void write(String name, byte[] content) throws IOException {
		Path file = Files.write(this.logs.resolve(name), content);
		Files.setLastModifiedTime(file, FileTime.from(at("10:00:00")));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Asserts that the output holds no character a terminal acts on other than the line feeds
	 * that end its lines and the tabs that indent stack frames.
	 */
	static void assertTerminalSafe(String output) {
		List<String> unsafe = output.codePoints()
			.filter((c) -> c != '\n' && c != '\t')
			.filter((c) -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
					|| c == '\u2028' || c == '\u2029' || c == '\ufffd' || (c >= '\u202a' && c <= '\u202e')
					|| (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c')
			.mapToObj((c) -> String.format("U+%04X", c))
			.toList();
		assertThat(unsafe).as("characters a terminal acts on").isEmpty();
	}

}
