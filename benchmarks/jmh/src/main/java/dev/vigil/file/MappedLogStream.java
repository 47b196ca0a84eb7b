package dev.vigil.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A prototype, for {@link AppenderBenchmark} only: a log file written through a memory-mapped
 * region, as Log4j 2's {@code MemoryMappedFileAppender} does. A line reaches the page cache
 * without a system call, so a killed process loses none; the file is extended by a whole region
 * at a time and cut to what was written only when it is closed (a killed process leaves zero
 * bytes at its end). No rotation, no failure handling: it measures the write path only.
 */
final class MappedLogStream extends OutputStream {

	private static final int REGION_SIZE = 32 * 1024 * 1024;

	private final FileChannel channel;

	private long regionStart;

	private MappedByteBuffer region;

	MappedLogStream(Path file) throws IOException {
		this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		this.regionStart = this.channel.size();
		this.region = this.channel.map(FileChannel.MapMode.READ_WRITE, this.regionStart, REGION_SIZE);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		if (this.region.remaining() < length) {
			this.regionStart += this.region.position();
			this.region = this.channel.map(FileChannel.MapMode.READ_WRITE, this.regionStart, REGION_SIZE);
		}
		this.region.put(bytes, offset, length);
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void close() throws IOException {
		this.channel.truncate(this.regionStart + this.region.position());
		this.channel.close();
	}

}
