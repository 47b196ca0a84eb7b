package dev.vigil.alerts;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.mail.internet.MimeUtility;

/**
 * The value of the {@code Subject} header. Mail readers decode an encoded word such as
 * {@code =?utf-8?B?...?=} wherever it stands in a header, so a log message carrying one would
 * show text of the sender's choosing. A subject containing {@code =?} is therefore encoded as a
 * whole: readers decode it once and show the sequence as it was logged.
 */
final class SubjectHeader {

	// 39 bytes give 52 base64 characters: "Subject: " and one word stay within 78 characters
	private static final int BYTES_PER_WORD = 39;

	private SubjectHeader() {
	}

	/**
	 * Encodes a subject that has no control characters.
	 * @param subject the subject
	 * @return the header value, folded, in US-ASCII
	 */
	static String of(String subject) {
		if (!subject.contains("=?")) {
			try {
				return MimeUtility.fold(9, MimeUtility.encodeText(subject, StandardCharsets.UTF_8.name(), null));
			}
			catch (UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		StringBuilder header = new StringBuilder(subject.length() * 2);
		int start = 0;
		while (start < subject.length()) {
			int end = start;
			int bytes = 0;
			while (end < subject.length()) {
				int codePoint = subject.codePointAt(end);
				bytes += utf8Length(codePoint);
				if (bytes > BYTES_PER_WORD) {
					break;
				}
				end += Character.charCount(codePoint);
			}
			if (start > 0) {
				header.append("\r\n ");
			}
			header.append("=?UTF-8?B?")
				.append(Base64.getEncoder().encodeToString(subject.substring(start, end).getBytes(StandardCharsets.UTF_8)))
				.append("?=");
			start = end;
		}
		return header.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
