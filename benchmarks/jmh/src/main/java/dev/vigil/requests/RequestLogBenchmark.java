package dev.vigil.requests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import dev.vigil.file.BenchmarkFiles;
import dev.vigil.file.RollingFiles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.slf4j.LoggerFactory;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * CPU time per request of what Vigil adds to a request like the sample's {@code GET /hello},
 * without the rest of the server: the application logs one INFO line, which goes to a
 * console-like appender (Spring Boot's pattern, into a stream that discards the bytes) in every
 * variant.
 * <ul>
 * <li>{@code off}: the application alone, as with {@code vigil.enabled=false};
 * <li>{@code files}: its line also in Vigil's {@code app.log} ({@code vigil.requests.enabled=false});
 * <li>{@code filter}: and Vigil's request filter, with the request line kept out by its level;
 * <li>{@code vigil}: everything as shipped, the request line in {@code app.log} too.
 * </ul>
 * The differences between the variants are Vigil's own work per request, which the load test
 * of the whole application cannot resolve below a few microseconds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestLogBenchmark {

	private static final String CONSOLE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p --- [%15.15t] %-40.40logger{39} : %m%n";

	@Param({ "off", "files", "filter", "vigil" })
	public String variant;

	private final org.slf4j.Logger appLogger = LoggerFactory.getLogger("com.example.HelloController");

	private final FilterChain application = (request, response) -> {
		this.appLogger.info("Saying hello");
		((HttpServletResponse) response).setStatus(200);
	};

	private LoggerContext context;

	private Path directory;

	private RollingFiles files;

	private RequestLogFilter filter;

	private MockHttpServletRequest request;

	private MockHttpServletResponse response;

	@Setup
	public void setUp() throws IOException {
		this.context = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.context.reset();
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.setLevel(Level.INFO);
		root.addAppender(console());
		this.directory = Files.createTempDirectory("vigil-bench");
		if (!"off".equals(this.variant)) {
			this.files = BenchmarkFiles.attach(this.context, this.directory.toString());
		}
		if ("filter".equals(this.variant) || "vigil".equals(this.variant)) {
			// as the auto-configuration builds it with text files and request lines in them only
			RequestLogProperties properties = new RequestLogProperties();
			this.filter = new RequestLogFilter(properties, null,
					RequestMasker.secretNames(RequestLogFilter.secretWords(properties)), RequestLineFormatter.standard(),
					SlowRequestCounter.NONE, false);
			this.files.routeOnlyHere(RequestLineLogger.logger.getName());
			if ("filter".equals(this.variant)) {
				this.context.getLogger(RequestLineLogger.logger.getName()).setLevel(Level.WARN);
			}
		}
		this.request = new MockHttpServletRequest("GET", "/hello");
		this.request.setRemoteAddr("127.0.0.1");
		this.request.addHeader("Host", "localhost:8080");
		this.request.addHeader("User-Agent", "wrk");
		this.response = new MockHttpServletResponse();
	}

	private OutputStreamAppender<ILoggingEvent> console() {
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.context);
		encoder.setPattern(CONSOLE_PATTERN);
		encoder.start();
		OutputStreamAppender<ILoggingEvent> console = new OutputStreamAppender<>();
		console.setContext(this.context);
		console.setName("CONSOLE");
		console.setEncoder(encoder);
		console.setOutputStream(OutputStream.nullOutputStream());
		console.start();
		return console;
	}

	@TearDown
	public void tearDown() throws IOException {
		if (this.files != null) {
			this.files.destroy();
		}
		this.context.reset();
		BenchmarkFiles.delete(this.directory);
	}

	@Benchmark
	public int request() throws IOException, ServletException {
		if (this.filter != null) {
			this.filter.doFilter(this.request, this.response, this.application);
		}
		else {
			this.application.doFilter(this.request, this.response);
		}
		return this.response.getStatus();
	}

}
