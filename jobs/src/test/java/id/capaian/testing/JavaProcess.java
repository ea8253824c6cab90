package id.capaian.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A child JVM started from the test's own classpath (our classes, Spark and every test dependency),
 * with the project's JVM flags. Its output goes to a log file, shown when it fails. Closing it kills
 * it and its descendants, so a failed test leaves no Spark master or worker behind.
 */
public final class JavaProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private JavaProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code mainClass} with {@code args}; {@code env} adds to the inherited environment. */
  public static JavaProcess start(
      String name, Path logDir, Map<String, String> env, List<String> jvmArgs, String mainClass,
      List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + SharedCorpus.projectDir().resolve("jobs/jvm.options"));
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classpath()));
    command.add(mainClass);
    command.addAll(args);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    try {
      return new JavaProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + name, e);
    }
  }

  /** Waits for the process to end; returns its exit code, or fails after {@code timeout}. */
  public int await(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        close();
        throw new AssertionError(name + " did not finish within " + timeout + "; its log:\n" + output());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String output() {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** Kills the process and everything it started (a worker's executors), waiting for them to go. */
  @Override
  public void close() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  /**
   * The entries of this JVM's classpath. Surefire and failsafe start tests from a manifest-only jar,
   * so its Class-Path attribute is expanded.
   */
  public static List<String> classpath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      List<String> expanded = manifestClassPath(Path.of(entry));
      if (expanded.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      } else {
        entries.addAll(expanded);
      }
    }
    return List.copyOf(entries);
  }

  private static List<String> manifestClassPath(Path entry) {
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return List.of();
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (classPath == null || !entry.getFileName().toString().startsWith("surefire")) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      URI base = entry.toAbsolutePath().getParent().toUri();
      for (String url : classPath.trim().split("\\s+")) {
        out.add(Path.of(base.resolve(url)).toString());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + entry, e);
    }
  }
}
