package id.capaian.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One load at a time per warehouse: an OS file lock on {@code WAREHOUSE/.lock}, held for the whole
 * run. The OS releases it when the process dies, however it dies, so a killed run never leaves a
 * stale lock behind. Who holds it is written beside it, for the refusal message.
 */
public final class WarehouseLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;
  private final Path owner;

  private WarehouseLock(FileChannel channel, FileLock lock, Path owner) {
    this.channel = channel;
    this.lock = lock;
    this.owner = owner;
  }

  /** Takes the lock, or fails at once with who holds it. */
  public static WarehouseLock acquire(Path root) {
    Path file = root.resolve(".lock");
    Path owner = root.resolve(".lock.owner");
    try {
      Files.createDirectories(root);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // this JVM already holds it: a second load in the same process is refused too
      }
      if (lock == null) {
        channel.close();
        throw new WarehouseBusyException("Cannot load warehouse " + root + ": another capaian run is loading it"
            + holder(owner) + "; runs on one warehouse are not interleaved, try again when it finished");
      }
      Files.writeString(owner, "pid " + ProcessHandle.current().pid() + " on "
          + ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^\\d+@", "") + " since " + Instant.now()
          + "\n", StandardCharsets.UTF_8);
      return new WarehouseLock(channel, lock, owner);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock warehouse " + root, e);
    }
  }

  private static String holder(Path owner) {
    try {
      return Files.exists(owner) ? " (" + Files.readString(owner).strip() + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(owner);
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the warehouse lock", e);
    }
  }

  /** Another run holds the warehouse. */
  public static final class WarehouseBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    WarehouseBusyException(String message) {
      super(message);
    }
  }
}
