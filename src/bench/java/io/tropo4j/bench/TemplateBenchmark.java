package io.tropo4j.bench;

import io.tropo4j.Templates;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.resources.ec2.SecurityGroup.Ingress;
import io.tropo4j.resources.ec2.SecurityGroup;
import java.util.List;
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
  static Template build() {
    Template t = new Template().description("500 security groups");
    Parameter<String> vpc = t.add(Parameter.of("Vpc", ParameterType.VPC_ID));
    for (int i = 0; i < 500; i++) {
      t.add(new SecurityGroup("Group" + i)
          .groupDescription("group " + i)
          .vpcId(vpc.ref())
          .securityGroupIngress(List.of(
              new Ingress().ipProtocol("tcp").fromPort(80).toPort(80).cidrIp("0.0.0.0/0"),
              new Ingress().ipProtocol("tcp").fromPort(443).toPort(443).cidrIp("0.0.0.0/0")))
          .tags(Tags.of("Name", "group-" + i).and("Stack", Pseudo.STACK_NAME)));
    }
    return t;
  }

  /** toJson validates first (every check, the body size included), then serializes. */
  @Benchmark
  public String buildValidateSerialize() {
    return Templates.toJson(build());
  }
}
