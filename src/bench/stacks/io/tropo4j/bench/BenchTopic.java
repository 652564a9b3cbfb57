package io.tropo4j.bench;

import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.sns.Topic;

/** A stack of one topic, the same in each of the bench app's stacks: what is timed is the deploying. */
public abstract class BenchTopic implements Stack {
  private final String name;

  BenchTopic(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return "one topic, for the app deploy benchmark";
  }

  @Override
  public Template build() {
    Template t = new Template().description("tropo4j benchmark: one SNS topic");
    Topic topic = t.add(new Topic("Topic"));
    t.add(new Output("TopicArn", topic.ref()));
    return t;
  }

  public static final class One extends BenchTopic {
    public One() {
      super("bench-1");
    }
  }

  public static final class Two extends BenchTopic {
    public Two() {
      super("bench-2");
    }
  }

  public static final class Three extends BenchTopic {
    public Three() {
      super("bench-3");
    }
  }

  public static final class Four extends BenchTopic {
    public Four() {
      super("bench-4");
    }
  }
}
