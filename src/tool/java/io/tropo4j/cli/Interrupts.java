package io.tropo4j.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) during a deploy command: the JVM runs its shutdown hooks, and this one interrupts
 * the command's thread and waits for it to finish what it must (remove the change set it made and did
 * not run, look at what it started) and to say what AWS now holds, before the JVM ends. Should the
 * command not finish within the grace period, the printer's notice says the least that is true.
 */
final class Interrupts implements AutoCloseable {
  /** How long the command gets to tidy up and speak after Ctrl-C: a few calls to AWS. */
  static final Duration GRACE = Duration.ofSeconds(20);

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  /** What the command says when it did not finish within the grace period. */
  interface Notice {
    void interrupted();
  }

  Interrupts(Notice printer) {
    Thread worker = Thread.currentThread();
    hook = new Thread(new Hook(worker, finished, printer), "tropo4j-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The command has said what it had to say: the JVM may end. */
  void finished() {
    finished.countDown();
  }

  @Override
  public void close() {
    finished();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs: it is waiting for finished(), which was just counted down
    }
  }

  private record Hook(Thread worker, CountDownLatch finished, Notice printer) implements Runnable {
    @Override
    public void run() {
      worker.interrupt();
      try {
        if (!finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
          printer.interrupted();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
