package dev.vigil.requests;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;

/**
 * Writes the line of an async request when it completes, with its final status and whole
 * duration, on whichever thread the container completes it.
 */
final class AsyncCompletion implements AsyncListener {

	private final PendingLine line;

	AsyncCompletion(PendingLine line) {
		this.line = line;
	}

	@Override
	public void onComplete(AsyncEvent event) {
		this.line.write();
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
		// a new async cycle drops the listeners of the previous one
		event.getAsyncContext().addListener(this);
	}

	@Override
	public void onTimeout(AsyncEvent event) {
	}

	@Override
	public void onError(AsyncEvent event) {
	}

}
