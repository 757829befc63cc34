package io.github.baozhi.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one job per input on a pool of workers and hands the outcomes to a sink in input order,
 * whatever the number of workers. At most a few jobs per worker are in flight, so memory stays
 * bounded however many inputs there are.
 *
 * @param <I> an input
 * @param <O> the outcome of its job
 */
final class Batch<I, O> {

  /** Receives outcomes, one at a time, in input order, on the calling thread. */
  interface Sink<I, O> {
    void accept(I input, O outcome) throws IOException;
  }

  private static final int IN_FLIGHT_PER_WORKER = 4;

  private final int workers;

  Batch(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + workers);
    }
    this.workers = workers;
  }

  void run(List<I> inputs, Function<I, O> job, Sink<I, O> sink) throws IOException {
    if (workers == 1) {
      for (I input : inputs) {
        sink.accept(input, job.apply(input));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "baozhi-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<O>> inFlight = new ArrayDeque<>();
      int next = 0;
      int window = workers * IN_FLIGHT_PER_WORKER;
      for (int done = 0; done < inputs.size(); done++) {
        while (next < inputs.size() && inFlight.size() < window) {
          I input = inputs.get(next++);
          inFlight.add(pool.submit(() -> job.apply(input)));
        }
        sink.accept(inputs.get(done), await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
