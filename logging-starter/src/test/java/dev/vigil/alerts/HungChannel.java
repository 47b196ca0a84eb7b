package dev.vigil.alerts;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A channel whose server never answers: every delivery blocks until the test releases it.
 */
class HungChannel implements AlertChannel, AutoCloseable {

	private final String name;

	private final CountDownLatch released = new CountDownLatch(1);

	final AtomicInteger started = new AtomicInteger();

	HungChannel(String name) {
		this.name = name;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public void send(Alert alert) {
		hang();
	}

	@Override
	public void send(AlertDigest digest) {
		hang();
	}

	private void hang() {
		this.started.incrementAndGet();
		try {
			this.released.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while hanging", ex);
		}
	}

	/**
	 * Lets every delivery in progress and to come return.
	 */
	@Override
	public void close() {
		this.released.countDown();
	}

}
