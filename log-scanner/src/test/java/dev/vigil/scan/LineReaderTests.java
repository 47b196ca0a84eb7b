package dev.vigil.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading lines from plain and gzip files, with bounded memory.
 */
class LineReaderTests {

	@TempDir
	Path directory;

	@Test
	void readsLinesEndedByLfOrCrLfAndALastLineWithoutEnd() throws IOException {
		Path file = Files.writeString(this.directory.resolve("a.log"), "one\r\ntwo\n\nthree\rstill three\nlast");
		assertThat(lines(file)).containsExactly("one", "two", "", "three\rstill three", "last");
	}

	@Test
	void recognisesGzipByItsContentWhateverTheName() throws IOException {
		Path file = this.directory.resolve("app.log.1");
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write("compressed\nlines\n".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(lines(file)).containsExactly("compressed", "lines");
	}

	@Test
	void cutsALineLongerThanTheLimitAndCountsWhatWasCut() throws IOException {
		int length = LineReader.MAX_LINE + 12_345;
		Path file = Files.writeString(this.directory.resolve("a.log"), "x".repeat(length) + "\nnext\n");
		List<String> lines = lines(file);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("x".repeat(LineReader.MAX_LINE) + " [")
			.endsWith(" [12345 more characters cut by the scanner]");
		assertThat(lines.get(1)).isEqualTo("next");
	}

	@Test
	void linesAcrossBufferBoundariesAreWhole() throws IOException {
		StringBuilder content = new StringBuilder();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			String line = "line " + i + " " + "y".repeat(i % 97) + ((i % 3 == 0) ? "\u00e9\u20ac" : "");
			expected.add(line);
			content.append(line).append((i % 2 == 0) ? "\r\n" : "\n");
		}
		Path file = Files.writeString(this.directory.resolve("a.log"), content);
		assertThat(lines(file)).isEqualTo(expected);
	}

	@Test
	void bytesThatAreNotUtf8AreReadAsTheirHexadecimalValueAcrossBufferBoundaries() throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 30_000; i++) {
			String line = "line " + i + " " + "y".repeat(i % 89);
			content.writeBytes(line.getBytes(StandardCharsets.UTF_8));
			// a valid character, a lone byte, and a character cut short by the line's end
			content.writeBytes(new byte[] { (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xff, (byte) 0xe2,
					(byte) 0x82, '\n' });
			expected.add(line + "\u20ac\\xff\\xe2\\x82");
		}
		content.writeBytes(new byte[] { 'e', 'n', 'd', (byte) 0xc3 });
		expected.add("end\\xc3");
		Path file = Files.write(this.directory.resolve("a.log"), content.toByteArray());
		assertThat(lines(file)).isEqualTo(expected);
	}

	@Test
	void readsCharactersOneByOneSurrogatePairsAndEscapesIncluded() throws IOException {
		byte[] bytes = { 'a', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xff, 'b', (byte) 0xe2 };
		StringBuilder read = new StringBuilder();
		try (Utf8Reader reader = new Utf8Reader(new java.io.ByteArrayInputStream(bytes), 4)) {
			for (int c = reader.read(); c >= 0; c = reader.read()) {
				read.append((char) c);
			}
		}
		assertThat(read).hasToString("a\ud83d\ude00\\xffb\\xe2");
	}

	private static List<String> lines(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		try (LineReader reader = LineReader.open(Files.newInputStream(file))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
				assertThat(reader.lineNumber()).isEqualTo(lines.size());
			}
		}
		return lines;
	}

}
