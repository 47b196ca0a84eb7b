package dev.vigil.requests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoint;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * Tells every {@link RequestLogFilter} of the application the paths of the actuator's web
 * endpoints, wherever {@code management.endpoints.web.base-path} puts them, when the main port
 * serves them; with a management port of its own, only the additional paths the main port
 * serves (health probes), since requests to the actuator's paths on the main port are then
 * ordinary requests (404s), logged like any other. Done once every
 * singleton exists, so that the actuator's endpoints are not created early for a filter, which
 * the web server creates before anything else; the server takes requests only after that.
 */
final class ActuatorPathExclusion implements SmartInitializingSingleton {

	private final ObjectProvider<PathMappedEndpoints> endpoints;

	private final ListableBeanFactory beanFactory;

	private final boolean endpointsOnMainPort;

	ActuatorPathExclusion(ObjectProvider<PathMappedEndpoints> endpoints, ListableBeanFactory beanFactory,
			boolean endpointsOnMainPort) {
		this.endpoints = endpoints;
		this.beanFactory = beanFactory;
		this.endpointsOnMainPort = endpointsOnMainPort;
	}

	@Override
	public void afterSingletonsInstantiated() {
		PathMappedEndpoints endpoints = this.endpoints.getIfAvailable();
		if (endpoints == null) {
			return;
		}
		List<String> patterns = patterns(endpoints, this.endpointsOnMainPort);
		for (RequestLogFilter filter : filters()) {
			filter.excludeAlso(patterns);
		}
	}

	static List<String> patterns(PathMappedEndpoints endpoints, boolean endpointsOnMainPort) {
		Set<String> patterns = new LinkedHashSet<>();
		String basePath = endpoints.getBasePath();
		if (endpointsOnMainPort && !basePath.isEmpty()) {
			// the links page
			patterns.add(basePath);
		}
		if (endpointsOnMainPort) {
			for (String path : endpoints.getAllPaths()) {
				patterns.add(below(path));
			}
		}
		for (PathMappedEndpoint endpoint : endpoints) {
			for (String path : endpoint.getAdditionalPaths(WebServerNamespace.SERVER)) {
				patterns.add(below(path));
			}
		}
		return new ArrayList<>(patterns);
	}

	// "/health/**" matches "/health" itself too
	private static String below(String path) {
		return (path.startsWith("/") ? path : "/" + path) + "/**";
	}

	private List<RequestLogFilter> filters() {
		List<RequestLogFilter> filters = new ArrayList<>(this.beanFactory.getBeansOfType(RequestLogFilter.class).values());
		for (FilterRegistrationBean<?> registration : this.beanFactory.getBeansOfType(FilterRegistrationBean.class)
			.values()) {
			if (registration.getFilter() instanceof RequestLogFilter filter && !filters.contains(filter)) {
				filters.add(filter);
			}
		}
		return filters;
	}

}
