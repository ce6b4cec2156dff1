package io.github.awsnetbook.tools.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders and calls back with the changed paths once per burst of
 * changes: an editor saves with several writes (a temporary file, a rename, a change of mode), so
 * the callback waits until the folders have been quiet for {@link #QUIET_MILLIS}, and at most
 * {@link #MAX_WAIT_MILLIS}.
 */
final class SourceWatcher implements AutoCloseable {

  static final long QUIET_MILLIS = 30;
  static final long MAX_WAIT_MILLIS = 150;

  private final WatchService service;
  private final Consumer<Set<Path>> onChange;
  private final Thread thread;

  SourceWatcher(List<Path> folders, Consumer<Set<Path>> onChange) {
    this.onChange = onChange;
    try {
      this.service = FileSystems.getDefault().newWatchService();
      for (Path folder : folders) {
        registerTree(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + folders, e);
    }
    this.thread = new Thread(this::watch, "preview-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey first = service.take();
        Set<Path> changed = new HashSet<>();
        handle(first, changed);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
        WatchKey next;
        while (System.nanoTime() < deadline
            && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          handle(next, changed);
        }
        onChange.accept(changed);
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes the key's events into {@code changed}; a new folder is watched too. */
  private void handle(WatchKey key, Set<Path> changed) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name) {
        changed.add(dir.resolve(name));
      } else {
        changed.add(dir);
      }
      if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
        try {
          registerTree(dir.resolve(name));
        } catch (IOException vanished) {
          // A temporary folder that is gone again: nothing to watch.
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    thread.interrupt();
  }
}
