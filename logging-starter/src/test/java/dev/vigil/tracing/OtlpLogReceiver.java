package dev.vigil.tracing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;

/**
 * A real OTLP/HTTP receiver on a loopback port: takes what an OpenTelemetry exporter posts to
 * {@code /v1/logs} and decodes it with the official protobuf classes. It can hold its answers
 * back, as a collector that hangs.
 */
final class OtlpLogReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<ExportedLog> records = new CopyOnWriteArrayList<>();

	private final AtomicInteger heldExports = new AtomicInteger();

	private volatile CountDownLatch release = new CountDownLatch(0);

	OtlpLogReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/v1/logs", this::receive);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1/logs";
	}

	/**
	 * The log records received so far.
	 */
	List<ExportedLog> records() {
		return List.copyOf(this.records);
	}

	/**
	 * From now on, answers no export until {@link #answer()}.
	 */
	void hang() {
		this.release = new CountDownLatch(1);
	}

	/**
	 * The number of exports waiting for an answer.
	 */
	int heldExports() {
		return this.heldExports.get();
	}

	void answer() {
		this.release.countDown();
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.heldExports.incrementAndGet();
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finally {
				this.heldExports.decrementAndGet();
			}
			ExportLogsServiceRequest request = ExportLogsServiceRequest.parseFrom(body(exchange));
			for (ResourceLogs resource : request.getResourceLogsList()) {
				for (ScopeLogs scope : resource.getScopeLogsList()) {
					scope.getLogRecordsList().stream().map(ExportedLog::of).forEach(this.records::add);
				}
			}
			byte[] answer = ExportLogsServiceResponse.getDefaultInstance().toByteArray();
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

	private static InputStream body(HttpExchange exchange) throws IOException {
		InputStream body = exchange.getRequestBody();
		return "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
				? new GZIPInputStream(body) : body;
	}

	@Override
	public void close() {
		answer();
		this.server.stop(0);
	}

	/**
	 * A log record as it arrived, in plain Java types: test classes must not name the protobuf
	 * classes in their signatures, which the test executions without OpenTelemetry load.
	 *
	 * @param body the body
	 * @param severity the severity number ({@code 9} is INFO, {@code 17} ERROR)
	 * @param traceId the trace id in hexadecimal, empty without one
	 * @param spanId the span id in hexadecimal, empty without one
	 * @param attributes the attributes, their values as text
	 * @param everything everything the record carries, as text, to look for what must not be
	 * there
	 */
	record ExportedLog(String body, int severity, String traceId, String spanId, Map<String, String> attributes,
			String everything) {

		static ExportedLog of(LogRecord record) {
			Map<String, String> attributes = new LinkedHashMap<>();
			for (KeyValue attribute : record.getAttributesList()) {
				attributes.put(attribute.getKey(), text(attribute.getValue()));
			}
			return new ExportedLog(record.getBody().getStringValue(), record.getSeverityNumberValue(),
					HexFormat.of().formatHex(record.getTraceId().toByteArray()),
					HexFormat.of().formatHex(record.getSpanId().toByteArray()), attributes, record.toString());
		}

		private static String text(AnyValue value) {
			return switch (value.getValueCase()) {
				case STRING_VALUE -> value.getStringValue();
				case INT_VALUE -> Long.toString(value.getIntValue());
				case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
				case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
				default -> value.toString();
			};
		}

	}

}
