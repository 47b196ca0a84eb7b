package dev.vigil.file;

import java.io.File;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the usable space of the log directory as the gauge {@code vigil.log.disk.free}
 * (in bytes; {@code vigil_log_disk_free_bytes} in Prometheus), tagged with the directory's
 * path. Read when the registry is scraped or published, not on any log event.
 */
public final class LogDiskMetrics implements MeterBinder {

	static final String METER_NAME = "vigil.log.disk.free";

	private final File directory;

	/**
	 * Creates the binder of the gauge for the directory of the given files.
	 * @param files the log files of this context
	 */
	public LogDiskMetrics(RollingFiles files) {
		this.directory = files.directory().toFile();
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(METER_NAME, this.directory, File::getUsableSpace)
			.description("Usable space of the file system holding the log directory")
			.tag("path", this.directory.getPath())
			.baseUnit(BaseUnits.BYTES)
			.strongReference(true)
			.register(registry);
	}

}
