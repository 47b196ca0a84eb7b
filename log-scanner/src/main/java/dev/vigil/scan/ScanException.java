package dev.vigil.scan;

/**
 * A usage or I/O problem that ends the scan with exit status 2 and a one-line message.
 */
class ScanException extends Exception {

	ScanException(String message) {
		super(message);
	}

}
