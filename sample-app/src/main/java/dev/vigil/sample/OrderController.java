package dev.vigil.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An endpoint with a validated request body: an invalid order is answered with a 400 problem
 * listing each invalid field.
 *
 * <pre>
 * curl -i -X POST localhost:8080/orders -H 'Content-Type: application/json' -d '{"item": "", "quantity": 0}'
 * </pre>
 */
@RestController
class OrderController {

	@PostMapping("/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Order place(@Valid @RequestBody Order order) {
		return order;
	}

	record Order(@NotBlank String item, @Min(1) int quantity) {
	}

}
