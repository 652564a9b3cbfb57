package io.tropo4j.deploy.cloudformation;

import java.time.Duration;

/**
 * How often the deployer asks while it waits: soon at first, as most steps end within seconds (and an
 * emulator's at once), then every {@code interval}; twice as long after AWS throttled, up to half a
 * minute. Internal.
 */
public final class Polling {
  static final Duration MAX_INTERVAL = Duration.ofSeconds(30);
  private static final Duration FIRST = Duration.ofMillis(100);

  private final Duration interval;
  private Duration next;

  /** @param interval the steady interval, reached by doubling from a tenth of a second */
  public Polling(Duration interval) {
    this.interval = interval;
    this.next = FIRST.compareTo(interval) < 0 ? FIRST : interval;
  }

  /** Waits before the next look; an interrupt is an {@link Interruption}. */
  public void pause(String what) {
    sleep(next, what);
    if (next.compareTo(interval) < 0) {
      Duration doubled = next.multipliedBy(2);
      next = doubled.compareTo(interval) > 0 ? interval : doubled;
    }
  }

  /** AWS throttled the last look: wait longer before the next. */
  public void throttled() {
    next = backOff(next.compareTo(interval) < 0 ? interval : next);
  }

  /** Twice as long as last time, up to half a minute: AWS asks callers to slow down when it throttles. */
  static Duration backOff(Duration interval) {
    Duration doubled = interval.multipliedBy(2);
    return doubled.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : doubled;
  }

  public static void sleep(Duration interval, String what) {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      throw new Interruption(what);
    }
  }
}
