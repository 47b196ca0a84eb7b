package dev.vigil.file;

import java.time.Duration;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.MDC;

import org.springframework.mock.env.MockEnvironment;

/**
 * The application of {@link KilledProcessTests}, run in a JVM of its own: attaches Vigil's files
 * as shipped to a directory, logs batches of INFO lines, printing {@code LOGGED n} once the calls
 * that logged the first {@code n} lines have returned, and waits to be killed.
 */
public final class LoggingUntilKilled {

	private LoggingUntilKilled() {
	}

	/**
	 * Runs the application.
	 * @param args the log directory, the number of batches and the lines per batch
	 * @throws InterruptedException never: the process is killed while it waits
	 */
	public static void main(String[] args) throws InterruptedException {
		int batches = Integer.parseInt(args[1]);
		int lines = Integer.parseInt(args[2]);
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(MDC.getMDCAdapter());
		FileLoggingProperties properties = new FileLoggingProperties();
		properties.setDirectory(args[0]);
		RollingFiles.attach(properties, new LogFileEncoders(context, properties, new MockEnvironment()));
		Logger logger = context.getLogger("com.example.OrderService");
		int logged = 0;
		for (int batch = 0; batch < batches; batch++) {
			for (int line = 0; line < lines; line++) {
				logged++;
				logger.info("Order {} placed", logged);
			}
			System.out.println("LOGGED " + logged);
			System.out.flush();
		}
		Thread.sleep(Duration.ofMinutes(5).toMillis());
	}

}
