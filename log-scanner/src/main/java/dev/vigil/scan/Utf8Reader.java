package dev.vigil.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and writes each byte that is not part of a UTF-8 character as {@code \xNN}:
 * unlike the replacement character of {@code InputStreamReader}, that shows which bytes a
 * binary or differently encoded file holds, and no byte is lost.
 */
final class Utf8Reader extends Reader {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes;

	// escapes that did not fit the caller's buffer
	private final StringBuilder pending = new StringBuilder();

	private boolean endOfInput;

	private boolean flushed;

	Utf8Reader(InputStream in, int bufferSize) {
		this.in = in;
		this.bytes = ByteBuffer.allocate(bufferSize).flip();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			if (!this.pending.isEmpty()) {
				int taken = Math.min(out.remaining(), this.pending.length());
				out.append(this.pending, 0, taken);
				this.pending.delete(0, taken);
				continue;
			}
			if (this.flushed) {
				return -1;
			}
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			if (result.isError()) {
				for (int i = 0; i < result.length(); i++) {
					int b = this.bytes.get() & 0xff;
					this.pending.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xf]);
				}
			}
			else if (result.isOverflow() && out.position() == offset) {
				// a surrogate pair does not fit the caller's buffer
				CharBuffer pair = CharBuffer.allocate(2);
				this.decoder.decode(this.bytes, pair, this.endOfInput);
				this.pending.append(pair.flip());
			}
			else if (result.isUnderflow()) {
				if (this.endOfInput) {
					this.decoder.flush(out);
					this.flushed = true;
				}
				else {
					fill();
				}
			}
		}
		return out.position() - offset;
	}

	private void fill() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
