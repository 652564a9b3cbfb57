package io.tropo4j.bench;

import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * In-process timing for compare.py: {@code InProcess webapp|security-groups WARMUP_SECONDS RUNS}
 * builds, validates and serializes the workload's template for WARMUP_SECONDS (so the JIT has
 * compiled it), then RUNS times more, each timed, and prints the median of those in seconds. The
 * troposphere twin does the same (to_json).
 */
public final class InProcess {
  private InProcess() {}

  public static void main(String[] args) {
    Supplier<Template> workload = switch (args[0]) {
      case "webapp" -> WebappTemplate::build;
      case "security-groups" -> SecurityGroupsTemplate::build;
      default -> throw new IllegalArgumentException("unknown workload " + args[0]);
    };
    long warmup = (long) (Double.parseDouble(args[1]) * 1e9);
    int runs = Integer.parseInt(args[2]);
    int sink = 0;
    for (long start = System.nanoTime(); System.nanoTime() - start < warmup; ) {
      sink += Templates.toJson(workload.get()).length();
    }
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += Templates.toJson(workload.get()).length();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    System.out.println(times[runs / 2] / 1e9 + (sink == 0 ? " " : ""));
  }
}
