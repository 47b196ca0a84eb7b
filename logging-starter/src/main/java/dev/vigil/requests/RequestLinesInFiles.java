package dev.vigil.requests;

import dev.vigil.file.RollingFiles;

import org.springframework.beans.factory.InitializingBean;

/**
 * Keeps request lines in Vigil's log files and off the console: with a line per request, the
 * console (a synchronized stream, colour and padding converters, often a terminal or a pipe)
 * would be the most expensive place to write them.
 */
final class RequestLinesInFiles implements InitializingBean {

	private final RollingFiles files;

	RequestLinesInFiles(RollingFiles files) {
		this.files = files;
	}

	@Override
	public void afterPropertiesSet() {
		this.files.routeOnlyHere(RequestLineLogger.logger.getName());
	}

}
