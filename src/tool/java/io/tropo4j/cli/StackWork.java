package io.tropo4j.cli;

import io.tropo4j.core.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;

/**
 * One piece of work per stack (build, validate, serialize), run on every core: stacks are
 * independent, and this is most of a run after start-up. Results are read back in the stacks'
 * order, so output never depends on which finished first. {@code templates} and {@code validate}
 * share it.
 *
 * <p>Classes rather than lambdas here and in the jobs: a lambda's call site is linked the first
 * time it runs, in every run, and these run in every {@code templates} and {@code validate}
 * (README, Benchmarks).
 */
final class StackWork {
  private StackWork() {}

  /** What a command does with each stack. */
  interface Job<T> {
    T run(Stack stack);
  }

  static <T> List<Future<T>> start(List<Stack> stacks, Job<T> job) {
    if (stacks.size() == 1) { // no pool for one stack: starting it costs more than it could save
      FutureTask<T> only = new FutureTask<>(new Call<>(job, stacks.get(0)));
      only.run();
      return List.of(only);
    }
    // More threads than cores, measured: on 2 cores, five threads for the five catalog stacks took
    // validate about 4% less time than two (a first build often waits, for a class that another
    // thread is initializing among others, and a spare thread keeps the core busy meanwhile).
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = Math.max(1, Math.min(stacks.size(), 2 * cores + 1));
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Daemons());
    try {
      List<Future<T>> results = new ArrayList<>();
      for (Stack stack : stacks) {
        results.add(pool.submit(new Call<>(job, stack)));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /** The work's result; what it threw, rethrown as it was when unchecked. */
  static <T> T join(Future<T> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private record Call<T>(Job<T> job, Stack stack) implements Callable<T> {
    @Override
    public T call() {
      return job.run(stack);
    }
  }

  /** Daemon threads: a run ends when its main thread does, whatever a pool thread is doing. */
  private static final class Daemons implements ThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "tropo4j-stacks");
      thread.setDaemon(true);
      return thread;
    }
  }
}
