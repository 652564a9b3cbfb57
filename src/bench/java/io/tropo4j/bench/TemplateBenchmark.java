package io.tropo4j.bench;

import io.tropo4j.Templates;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Build, validate and serialize a template of 500 security groups, each with 2 ingress rules and
 * 2 tags: the work troposphere needs about 35 ms for. Target: under 2 ms in a warm JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class TemplateBenchmark {
  /** toJson validates first (every check, the body size included), then serializes. */
  @Benchmark
  public String buildValidateSerialize() {
    return Templates.toJson(SecurityGroupsTemplate.build());
  }
}
