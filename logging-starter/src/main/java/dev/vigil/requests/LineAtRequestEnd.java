package dev.vigil.requests;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;

/**
 * Writes the line of a synchronous request when the container ends the request, after any
 * error dispatch: {@code sendError} (Spring Security's access-denied handler, for one) only
 * sets a status, and the error dispatch that the container runs once the filters have returned
 * may answer the client with another one, as the error path does when it is secured.
 * <p>
 * The filter leaves the line here only for requests this listener has seen begin, so that
 * where no listener runs (a filter registered in another container, a mock request) the line
 * is written as soon as the filter has served the request.
 */
final class LineAtRequestEnd implements ServletRequestListener {

	private static final String ATTRIBUTE = LineAtRequestEnd.class.getName();

	@Override
	public void requestInitialized(ServletRequestEvent event) {
		event.getServletRequest().setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	@Override
	public void requestDestroyed(ServletRequestEvent event) {
		if (event.getServletRequest().getAttribute(ATTRIBUTE) instanceof PendingLine line) {
			line.write();
		}
	}

	/**
	 * Leaves the line to be written when the request ends.
	 * @return whether this listener will write it, {@code false} when it has not seen the
	 * request begin
	 */
	static boolean writeAtEnd(ServletRequest request, PendingLine line) {
		if (request.getAttribute(ATTRIBUTE) == null) {
			return false;
		}
		request.setAttribute(ATTRIBUTE, line);
		return true;
	}

}
