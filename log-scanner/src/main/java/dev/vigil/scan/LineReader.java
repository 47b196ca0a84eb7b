package dev.vigil.scan;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of a log file, plain or gzip (recognised by its first bytes, whatever its
 * name). Unlike {@code BufferedReader} it cuts overlong lines, so that a file without line
 * breaks cannot exhaust memory; bytes that are not UTF-8 are read as {@code \xNN}, not fatal.
 */
final class LineReader implements Closeable {

	static final int MAX_LINE = 1 << 20;

	private static final int BUFFER = 64 * 1024;

	private final Reader in;

	private final char[] buffer = new char[BUFFER];

	private int pos;

	private int limit;

	private long number;

	private LineReader(Reader in) {
		this.in = in;
	}

	static LineReader open(InputStream file) throws IOException {
		InputStream raw = new BufferedInputStream(file, BUFFER);
		try {
			raw.mark(2);
			boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
			raw.reset();
			InputStream in = gzip ? new GZIPInputStream(raw, BUFFER) : raw;
			return new LineReader(new Utf8Reader(in, BUFFER));
		}
		catch (IOException ex) {
			raw.close();
			throw ex;
		}
	}

	/**
	 * The next line without its line break ({@code \n} or {@code \r\n}).
	 * @return the line, or {@code null} at the end of the file
	 */
	@Nullable String readLine() throws IOException {
		StringBuilder partial = null;
		long cut = 0;
		while (true) {
			if (this.pos == this.limit && !fill()) {
				if (partial == null) {
					return null;
				}
				return finish(partial, cut);
			}
			int start = this.pos;
			while (this.pos < this.limit) {
				if (this.buffer[this.pos] == '\n') {
					int end = this.pos++;
					if (partial == null) {
						if (end > start && this.buffer[end - 1] == '\r') {
							end--;
						}
						this.number++;
						return new String(this.buffer, start, end - start);
					}
					cut += append(partial, start, end);
					return finish(partial, cut);
				}
				this.pos++;
			}
			if (partial == null) {
				partial = new StringBuilder(2 * (this.limit - start) + 16);
			}
			cut += append(partial, start, this.limit);
		}
	}

	private long append(StringBuilder partial, int start, int end) {
		int room = Math.max(0, MAX_LINE - partial.length());
		int taken = Math.min(room, end - start);
		partial.append(this.buffer, start, taken);
		return (end - start) - taken;
	}

	private String finish(StringBuilder partial, long cut) {
		this.number++;
		int length = partial.length();
		if (cut == 0 && length > 0 && partial.charAt(length - 1) == '\r') {
			partial.setLength(length - 1);
		}
		if (cut > 0) {
			partial.append(" [").append(cut).append(" more characters cut by the scanner]");
		}
		return partial.toString();
	}

	private boolean fill() throws IOException {
		int read = this.in.read(this.buffer, 0, this.buffer.length);
		while (read == 0) {
			read = this.in.read(this.buffer, 0, this.buffer.length);
		}
		this.pos = 0;
		this.limit = Math.max(read, 0);
		return read > 0;
	}

	/**
	 * The number of the line last read, from 1.
	 */
	long lineNumber() {
		return this.number;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
