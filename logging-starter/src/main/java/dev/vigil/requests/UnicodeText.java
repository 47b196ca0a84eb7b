package dev.vigil.requests;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes JSON and XML bodies the way their parsers do, whatever the declared charset: in the
 * Unicode encoding a byte order mark names, else the one the zero bytes around the first
 * character show (it is ASCII in JSON and XML, RFC 4627 section 3), else in the declared one.
 * A masker given the text in the wrong encoding would recognise no name at all.
 */
final class UnicodeText {

	private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

	private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

	private UnicodeText() {
	}

	static String decode(byte[] bytes, int length, Charset declared) {
		if (startsWith(bytes, length, 0xef, 0xbb, 0xbf)) {
			return new String(bytes, 3, length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, length, 0x00, 0x00, 0xfe, 0xff)) {
			return new String(bytes, 4, length - 4, UTF_32BE);
		}
		if (startsWith(bytes, length, 0xff, 0xfe, 0x00, 0x00)) {
			return new String(bytes, 4, length - 4, UTF_32LE);
		}
		if (startsWith(bytes, length, 0xfe, 0xff)) {
			return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
		}
		if (startsWith(bytes, length, 0xff, 0xfe)) {
			return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
		}
		return new String(bytes, 0, length, byZeroBytes(bytes, length, declared));
	}

	private static Charset byZeroBytes(byte[] b, int length, Charset declared) {
		if (length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
			return UTF_32BE;
		}
		if (length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
			return UTF_32LE;
		}
		if (length >= 2 && b[0] == 0 && b[1] != 0) {
			return StandardCharsets.UTF_16BE;
		}
		if (length >= 2 && b[0] != 0 && b[1] == 0) {
			return StandardCharsets.UTF_16LE;
		}
		return declared;
	}

	private static boolean startsWith(byte[] bytes, int length, int... prefix) {
		if (length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xff) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
