package dev.vigil.config;

import java.util.ArrayList;
import java.util.List;

import dev.vigil.alerts.AlertStats;
import dev.vigil.file.RollingFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Logs, once every singleton exists, which features are active in a reactive application and
 * which are not.
 */
final class ReactiveApplicationNotice implements SmartInitializingSingleton {

	static final String INACTIVE = "request line, request ids, problem responses, error registry";

	private static final Logger logger = LoggerFactory.getLogger("dev.vigil");

	private final ObjectProvider<RollingFiles> files;

	private final ObjectProvider<AlertStats> alerts;

	private final ListableBeanFactory beanFactory;

	ReactiveApplicationNotice(ObjectProvider<RollingFiles> files, ObjectProvider<AlertStats> alerts,
			ListableBeanFactory beanFactory) {
		this.files = files;
		this.alerts = alerts;
		this.beanFactory = beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		logger.info("Vigil in a reactive web application: active: {}; not active, they need a servlet web "
				+ "application: {}", active(), INACTIVE);
	}

	private String active() {
		List<String> active = new ArrayList<>();
		if (this.files.getIfAvailable() != null) {
			active.add("log files");
		}
		if (this.alerts.getIfAvailable() != null) {
			active.add("e-mail alerts");
		}
		// the indicator's type is package-private: its bean name is what the health endpoint shows
		if (this.beanFactory.containsBean("loggingHealthIndicator")) {
			active.add("logging health");
		}
		return active.isEmpty() ? "none" : String.join(", ", active);
	}

}
