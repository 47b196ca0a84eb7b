import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a log file of about N megabytes in Vigil's default text pattern, for measuring the
 * scanner's throughput: mostly INFO request lines, some WARN, and ERROR entries with a
 * 40-line stack trace and a cause. Deterministic (fixed seed), JDK only:
 *
 *   java scripts/GenerateLogs.java /tmp/bench/app.log 500 [errorPerMille]
 */
public class GenerateLogs {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
		.withZone(ZoneOffset.UTC);

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java GenerateLogs.java FILE MEGABYTES [ERRORS_PER_THOUSAND (default 5)]");
			System.exit(2);
		}
		Path file = Path.of(args[0]);
		long target = Long.parseLong(args[1]) * 1024 * 1024;
		int errorsPerMille = (args.length > 2) ? Integer.parseInt(args[2]) : 5;
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Random random = new Random(42);
		long time = Instant.parse("2026-11-25T00:00:00Z").toEpochMilli();
		long written = 0;
		long entries = 0;
		long errors = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			while (written < target) {
				time += random.nextInt(20);
				String requestId = Long.toHexString(random.nextLong() | Long.MIN_VALUE);
				String thread = "http-nio-8080-exec-" + (1 + random.nextInt(200));
				int roll = random.nextInt(1000);
				String text;
				if (roll < errorsPerMille) {
					text = error(time, thread, requestId, random);
					errors++;
				}
				else if (roll < errorsPerMille + 60) {
					text = line(time, "WARN ", thread, "o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver", requestId,
							"Resolved [org.springframework.web.bind.MissingServletRequestParameterException: "
									+ "Required parameter 'id' is not present]");
				}
				else {
					text = line(time, "INFO ", thread, "dev.vigil.requests.RequestLogFilter", requestId,
							"GET /orders/" + random.nextInt(100_000) + " 200 " + random.nextInt(500) + " ms");
				}
				out.write(text);
				written += text.length();
				entries++;
			}
		}
		System.out.printf("%s: %d MB, %d entries, %d ERROR entries%n", file, written / (1024 * 1024), entries, errors);
	}

	private static String line(long time, String level, String thread, String logger, String requestId,
			String message) {
		return TIME.format(Instant.ofEpochMilli(time)) + " " + level + " [" + thread + "] " + logger + " ["
				+ requestId + "] - " + message + "\n";
	}

	private static String error(long time, String thread, String requestId, Random random) {
		StringBuilder entry = new StringBuilder(line(time, "ERROR", thread,
				"o.a.c.c.C.[.[.[/].[dispatcherServlet]", requestId,
				"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception"));
		entry.append("java.lang.IllegalStateException: Order ").append(random.nextInt(100_000)).append(" failed\n");
		String[] frames = { "com.example.shop.OrderService.place", "com.example.shop.OrderController.create",
				"org.springframework.web.method.support.InvocableHandlerMethod.doInvoke",
				"org.springframework.web.servlet.DispatcherServlet.doDispatch",
				"org.apache.catalina.core.ApplicationFilterChain.doFilter", "java.lang.Thread.run" };
		for (int i = 0; i < 30; i++) {
			String frame = frames[Math.min(i / 6, frames.length - 1)];
			entry.append("\tat ").append(frame).append("(").append(frame.substring(frame.lastIndexOf('.', frame.lastIndexOf('.') - 1) + 1, frame.lastIndexOf('.')))
				.append(".java:").append(10 + i).append(")\n");
		}
		entry.append("Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available\n");
		for (int i = 0; i < 8; i++) {
			entry.append("\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:").append(100 + i).append(")\n");
		}
		entry.append("\t... 30 more\n");
		return entry.toString();
	}

}
