package dev.vigil.benchmarks.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The realistic endpoint of the load scripts: {@code GET /orders} answers a JSON list of five
 * orders (about 1 KB, written by Jackson) and logs one INFO line, as a small REST service does.
 * The orders are built for every request, as a service would read them from its store.
 */
@RestController
class OrdersController {

	private static final Logger logger = LoggerFactory.getLogger(OrdersController.class);

	private static final Instant PLACED = Instant.parse("2026-11-02T09:15:30Z");

	@GetMapping("/orders")
	List<Order> orders(@RequestParam(defaultValue = "c-1042") String customer) {
		List<Order> orders = List.of(order(71001, customer, 1), order(71002, customer, 2),
				order(71003, customer, 3), order(71004, customer, 1), order(71005, customer, 2));
		logger.info("Listing {} orders of customer {}", orders.size(), customer);
		return orders;
	}

	private static Order order(long id, String customer, int items) {
		List<Line> lines = (items == 1) ? List.of(new Line("SKU-3301", "Espresso beans 1 kg", 1, new BigDecimal("24.90")))
				: List.of(new Line("SKU-3301", "Espresso beans 1 kg", items, new BigDecimal("24.90")),
						new Line("SKU-0870", "Paper filters, 100", 1, new BigDecimal("3.50")));
		BigDecimal total = lines.stream()
			.map((line) -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Order(id, customer, "SHIPPED", PLACED.plusSeconds(id % 1000 * 3600), "EUR", total, lines);
	}

	record Order(long id, String customer, String status, Instant placedAt, String currency, BigDecimal total,
			List<Line> lines) {
	}

	record Line(String sku, String name, int quantity, BigDecimal unitPrice) {
	}

}
