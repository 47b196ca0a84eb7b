package dev.vigil.requests;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnicodeTextTests {

	private static final String JSON = "{\"password\":\"p\u00e9\"}";

	@Test
	void decodesInTheEncodingOfAByteOrderMark() {
		assertDecoded(bytes(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, StandardCharsets.UTF_8));
		assertDecoded(bytes(new byte[] { (byte) 0xfe, (byte) 0xff }, StandardCharsets.UTF_16BE));
		assertDecoded(bytes(new byte[] { (byte) 0xff, (byte) 0xfe }, StandardCharsets.UTF_16LE));
		assertDecoded(bytes(new byte[] { 0, 0, (byte) 0xfe, (byte) 0xff }, Charset.forName("UTF-32BE")));
		assertDecoded(bytes(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 0 }, Charset.forName("UTF-32LE")));
	}

	@Test
	void decodesInTheEncodingTheZeroBytesShowWithoutAByteOrderMark() {
		for (String charset : new String[] { "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE" }) {
			byte[] bytes = JSON.getBytes(Charset.forName(charset));
			assertThat(UnicodeText.decode(bytes, bytes.length, StandardCharsets.UTF_8)).as(charset).isEqualTo(JSON);
		}
	}

	@Test
	void decodesInTheDeclaredCharsetOtherwise() {
		byte[] latin1 = JSON.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(UnicodeText.decode(latin1, latin1.length, StandardCharsets.ISO_8859_1)).isEqualTo(JSON);
		byte[] utf8 = JSON.getBytes(StandardCharsets.UTF_8);
		assertThat(UnicodeText.decode(utf8, utf8.length, StandardCharsets.UTF_8)).isEqualTo(JSON);
	}

	@Test
	void decodesOnlyTheGivenLength() {
		byte[] bytes = JSON.getBytes(StandardCharsets.UTF_16LE);
		assertThat(UnicodeText.decode(bytes, 4, StandardCharsets.UTF_8)).isEqualTo("{\"");
		assertThat(UnicodeText.decode(new byte[] { '{' }, 1, StandardCharsets.UTF_8)).isEqualTo("{");
		assertThat(UnicodeText.decode(new byte[0], 0, StandardCharsets.UTF_8)).isEmpty();
	}

	private static byte[] bytes(byte[] byteOrderMark, Charset charset) {
		byte[] text = JSON.getBytes(charset);
		byte[] bytes = new byte[byteOrderMark.length + text.length];
		System.arraycopy(byteOrderMark, 0, bytes, 0, byteOrderMark.length);
		System.arraycopy(text, 0, bytes, byteOrderMark.length, text.length);
		return bytes;
	}

	private static void assertDecoded(byte[] bytes) {
		assertThat(UnicodeText.decode(bytes, bytes.length, StandardCharsets.ISO_8859_1)).isEqualTo(JSON);
	}

	@Test
	void decodesABodyCutToItsFirstCharacterByItsZeroBytes() {
		for (String charset : new String[] { "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE" }) {
			byte[] bytes = JSON.getBytes(Charset.forName(charset));
			int firstCharacter = charset.startsWith("UTF-16") ? 2 : 4;
			assertThat(UnicodeText.decode(bytes, firstCharacter, StandardCharsets.UTF_8)).as(charset).isEqualTo("{");
		}
	}

	@Test
	void decodesABodyThatIsOnlyAByteOrderMarkAsEmpty() {
		assertThat(UnicodeText.decode(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, 3, StandardCharsets.ISO_8859_1))
			.isEmpty();
		assertThat(UnicodeText.decode(new byte[] { (byte) 0xfe, (byte) 0xff }, 2, StandardCharsets.ISO_8859_1)).isEmpty();
	}

}
