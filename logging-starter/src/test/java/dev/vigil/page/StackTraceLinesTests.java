package dev.vigil.page;

import java.util.List;

import dev.vigil.ErrorFingerprint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page sets the application's frames apart from those of libraries, by the rule the
 * fingerprint groups failures with.
 */
class StackTraceLinesTests {

	@Test
	void marksTheApplicationsFramesWhateverModuleOrClassLoaderPrefixTheyCarry() {
		StackTraceLines lines = new StackTraceLines(new ErrorFingerprint(List.of("com.example")));
		List<StackTraceLines.Line> trace = lines.of("""
				java.lang.IllegalStateException: Order 7 failed
				\tat app//com.example.orders.OrderService.place(OrderService.java:12)
				\tat com.example.orders.OrderController$Inner.lambda$handle$0(OrderController.java:30)
				\tat java.base/java.lang.Thread.run(Thread.java:1583)
				\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1)
				\tat com.examples.Other.run(Other.java:1)
				\t... 42 more
				Caused by: java.io.IOException: disk
				""");
		assertThat(trace).extracting(StackTraceLines.Line::kind)
			.containsExactly(StackTraceLines.Kind.TEXT, StackTraceLines.Kind.APPLICATION,
					StackTraceLines.Kind.APPLICATION, StackTraceLines.Kind.LIBRARY, StackTraceLines.Kind.LIBRARY,
					StackTraceLines.Kind.LIBRARY, StackTraceLines.Kind.TEXT, StackTraceLines.Kind.TEXT);
		assertThat(trace.get(1).text()).isEqualTo("app//com.example.orders.OrderService.place(OrderService.java:12)");
		assertThat(trace.get(6).text()).isEqualTo("... 42 more");
	}

	@Test
	void withoutApplicationPackagesEveryFrameOutsideTheKnownLibrariesIsTheApplications() {
		StackTraceLines lines = new StackTraceLines(new ErrorFingerprint(List.of()));
		assertThat(lines.of("x\n\tat shop.Orders.place(Orders.java:1)\n\tat jdk.internal.Foo.bar(Foo.java:1)\n"))
			.extracting(StackTraceLines.Line::kind)
			.containsExactly(StackTraceLines.Kind.TEXT, StackTraceLines.Kind.APPLICATION,
					StackTraceLines.Kind.LIBRARY);
	}

}
