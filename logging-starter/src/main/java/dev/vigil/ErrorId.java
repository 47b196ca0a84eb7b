package dev.vigil;

import java.security.SecureRandom;

/**
 * Short, unique identifiers of error occurrences, shown to the client and written to the log so
 * that the one log entry of a failure can be found from the response.
 *
 * @author Vigil
 */
public final class ErrorId {

	/**
	 * MDC key under which the id of the error being logged is available to appenders.
	 * @deprecated since 0.2.0 for removal; use {@link VigilMdc#ERROR_ID}
	 */
	@Deprecated(since = "0.2.0", forRemoval = true)
	public static final String MDC_KEY = VigilMdc.ERROR_ID;

	private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ErrorId() {
	}

	/**
	 * A new 12 character id (about 61 bits of randomness), such as {@code k3x9q2m7bd4w}.
	 * @return the id
	 */
	public static String next() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		char[] id = new char[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			id[i] = ALPHABET[(bytes[i] & 0xff) % ALPHABET.length];
		}
		return new String(id);
	}

}
