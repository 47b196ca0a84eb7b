package dev.vigil.errors;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * Actuator endpoint {@code errors} showing the {@link ErrorRegistry}: {@code GET} lists the
 * error groups (most recently seen first), {@code GET /{fingerprint}} shows one,
 * {@code DELETE} clears them. Like every endpoint but health, it is exposed over HTTP only
 * when {@code management.endpoints.web.exposure.include} names it.
 *
 * @author Vigil
 */
@Endpoint(id = "errors")
public class ErrorsEndpoint {

	private final ErrorRegistry registry;

	/**
	 * Creates the endpoint.
	 * @param registry the registry to show
	 */
	public ErrorsEndpoint(ErrorRegistry registry) {
		this.registry = registry;
	}

	/**
	 * The error groups, the most recently seen first.
	 * @return the groups
	 */
	@ReadOperation
	public ErrorGroups errors() {
		List<ErrorGroup> groups = this.registry.groups();
		return new ErrorGroups(this.registry.capacity(), groups.stream().mapToLong(ErrorGroup::count).sum(),
				groups);
	}

	/**
	 * One error group.
	 * @param fingerprint the fingerprint of the group
	 * @return the group, or {@code null} (404) when the registry does not hold it
	 */
	@ReadOperation
	public @Nullable ErrorGroup error(@Selector String fingerprint) {
		return this.registry.group(fingerprint).orElse(null);
	}

	/**
	 * Forgets every error group.
	 */
	@DeleteOperation
	public void clear() {
		this.registry.clear();
	}

	/**
	 * The response of the {@code errors} endpoint.
	 *
	 * @param capacity the maximum number of groups the registry keeps
	 * @param occurrences the number of occurrences counted by the groups shown
	 * @param groups the groups, the most recently seen first
	 */
	public record ErrorGroups(int capacity, long occurrences, List<ErrorGroup> groups)
			implements OperationResponseBody {

	}

}
