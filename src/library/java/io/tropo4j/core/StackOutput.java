package io.tropo4j.core;

import io.tropo4j.fn.Fn;
import io.tropo4j.fn.GetStackOutput;
import io.tropo4j.fn.Value;
import java.util.Objects;

/**
 * An output of another stack of the same {@link App}, as a value this stack uses: the app knows where each
 * stack is deployed, so the reference is written for it, and makes the producer a dependency of the stack
 * that reads it (deployed first, deleted after).
 *
 * <ul>
 *   <li>{@link #value()}: the default, a weak reference ({@code Fn::GetStackOutput}): no export, so the
 *       producer stays free to change or drop the output, which is what the AWS CDK's users most often
 *       fight (an export cannot change while imported); the app's order still deploys the producer first.
 *   <li>{@link #strong()}: an export the app adds to the producer's output, under a derived name
 *       ({@code producer:OutputId}), and {@code Fn::ImportValue}: CloudFormation then refuses to drop or
 *       change the output while this stack reads it. Only within one account and region, as exports are.
 * </ul>
 *
 * Read it while the app builds the stack (in its {@code build()}); the app records which stack read it.
 */
public final class StackOutput {
  private final App app;
  private final App.Member producer;
  private final String outputId;

  StackOutput(App app, App.Member producer, String outputId) {
    this.app = app;
    this.producer = producer;
    this.outputId = Objects.requireNonNull(outputId, "output ID");
  }

  /** The stack whose output it is. */
  public String stackName() {
    return producer.name();
  }

  public String outputId() {
    return outputId;
  }

  /** The export name a strong reference gives the output: stack names are unique in an account and region. */
  public String exportName() {
    return producer.name() + ":" + outputId;
  }

  /** A weak reference: {@code Fn::GetStackOutput}, with the producer's region when it is deployed elsewhere. */
  public Value<String> value() {
    App.Member reader = app.reading(this, false);
    GetStackOutput output = Fn.getStackOutput(producer.name(), outputId);
    String region = producer.environment().region();
    return region != null && !region.equals(reader.environment().region()) ? output.inRegion(region) : output;
  }

  /** A strong reference: the producer exports the output, and this stack imports it. Same account and region only. */
  public Value<String> strong() {
    App.Member reader = app.reading(this, true);
    if (!reader.environment().equals(producer.environment())) {
      throw new IllegalStateException("stack " + reader.name() + " cannot import output " + outputId + " of stack "
          + producer.name() + ": they are deployed in different accounts or regions (" + reader.environment()
          + ", " + producer.environment() + "), where exports do not reach; read it with value()");
    }
    return Fn.importValue(exportName());
  }
}
